// "No movement in the last two sweeps": what moved, judged from the ledger, or from a time window
// when there is no ledger yet. Pure.
import type { Session } from '../backlog/model.js';
import { appendSweep, quietSweeps, violationKey, type Fingerprint, type Ledger } from './ledger.js';
import type { LivePull, Plan } from './types.js';

export interface MovementSettings {
  /** The previous sweeps; absent or empty on a first run. */
  ledger?: Ledger;
  /** This sweep's time (ISO 8601). */
  now: string;
  /** A category is cold when none of its active sessions moved in this many sweeps. */
  coldAfterSweeps: number;
  /** Without a ledger: moved means pull request activity or a start within this many hours. */
  coldAfterHours: number;
}

export interface Movement {
  mode: 'ledger' | 'window';
  /** This sweep's cycle number (1 on a first run). */
  cycle: number;
  /** Per active session: true moved, false quiet, undefined cannot be judged. */
  moved: Map<Session, boolean | undefined>;
  /** Per active session, in ledger mode: sweeps in a row without movement. */
  quiet: Map<Session, number>;
  /** Sessions that became active since the last sweep, and whether a slot was free then. */
  added: Session[];
  slotWasFree: boolean;
  somethingClosed: boolean;
  /** Violation keys of the last sweep, for `introduced`. */
  previousViolations?: Set<string>;
  note: string;
}

export function fingerprint(
  session: Pick<Session, 'category' | 'status' | 'remainingSteps'>,
  live?: LivePull,
): Fingerprint {
  const print: Fingerprint = {
    category: session.category,
    status: session.status,
    remainingSteps: session.remainingSteps,
    prState: live?.state ?? null,
    headSha: live?.headSha ?? null,
    updatedAt: live?.updatedAt ?? null,
    checkState: live?.checkState ?? null,
  };
  if (live && live.checks.length > 0) {
    print.checks = Object.fromEntries(live.checks.map((c) => [c.name, c.conclusion]));
  }
  return print;
}

export function judgeMovement(
  active: readonly { session: Session; live?: LivePull }[],
  settings: MovementSettings,
  usableSlots: number,
): Movement {
  const history = settings.ledger?.sweeps ?? [];
  const last = history[history.length - 1];
  const moved = new Map<Session, boolean | undefined>();
  const quiet = new Map<Session, number>();
  const cycle = (last?.cycle ?? 0) + 1;

  if (last) {
    for (const { session, live } of active) {
      const count = quietSweeps(session.name, fingerprint(session, live), history);
      quiet.set(session, count);
      moved.set(session, count < settings.coldAfterSweeps);
    }
    const before = Object.entries(last.sessions).filter(([, f]) => f.status !== 'archived');
    const beforeNames = new Set(before.map(([name]) => name));
    const nowNames = new Set(active.map((a) => a.session.name));
    return {
      mode: 'ledger',
      cycle,
      moved,
      quiet,
      added: active.map((a) => a.session).filter((s) => !beforeNames.has(s.name)),
      slotWasFree: before.length < usableSlots,
      // "Never open a new prompt until at least one session is archived or merged."
      somethingClosed: before.some(([name]) => !nowNames.has(name)),
      previousViolations: new Set(last.violations),
      note: `Movement is judged over the last ${settings.coldAfterSweeps} sweeps (this is sweep ${cycle}; the ledger holds ${history.length}).`,
    };
  }

  // No ledger yet: pull request activity or a start within the window counts as movement.
  const since = Date.parse(settings.now) - settings.coldAfterHours * 3_600_000;
  let unknown = 0;
  for (const { session, live } of active) {
    const times = [live?.updatedAt, session.started].filter((t): t is string => Boolean(t));
    if (times.length === 0) {
      unknown++;
      moved.set(session, undefined);
    } else {
      moved.set(
        session,
        times.some((t) => Date.parse(t) >= since),
      );
    }
  }
  return {
    mode: 'window',
    cycle,
    moved,
    quiet,
    added: [],
    slotWasFree: true,
    somethingClosed: false,
    note: `No ledger of earlier sweeps yet: movement is judged over the last ${settings.coldAfterHours} hours from pull request activity and start dates${unknown > 0 ? `; ${unknown} session(s) have neither and count as moving` : ''}.`,
  };
}

/** The ledger to keep after this sweep. */
export function nextLedger(plan: Plan, previous: Ledger | undefined, now: string): Ledger {
  const sessions: Record<string, Fingerprint> = {};
  for (const s of plan.closeOrder) sessions[s.name] = fingerprint(s, s.live);
  for (const s of plan.archived) {
    sessions[s.name] = fingerprint(
      { category: s.category, status: 'archived', remainingSteps: 0 },
      s.live,
    );
  }
  return appendSweep(previous, {
    time: now,
    sessions,
    violations: plan.violations.map(violationKey),
  });
}
