// "No movement in the last two sweeps": what moved, judged from the ledger, or from a time window
// when there is no ledger yet. Pure.
import type { Backlog, Diagnostic, Session } from '../backlog/model.js';
import { excerpt } from '../render/escape.js';
import { appendSweep, quietSweeps, violationKey, type Fingerprint, type Ledger } from './ledger.js';
import { holdsSlot } from './jules.js';
import type { JulesSession, LivePull, Plan } from './types.js';
import type { LiveSession } from '../sources/index.js';

export interface MovementSettings {
  /** The previous sweeps; absent or empty on a first run. */
  ledger?: Ledger;
  /** This sweep's time (ISO 8601). */
  now: string;
  /** A category is cold when none of its active sessions moved in this many sweeps. */
  coldAfterSweeps: number;
  /** Without a ledger: moved means pull request activity or a start within this many hours. */
  coldAfterHours: number;
  /** Jules was asked but could not be read: linked sessions keep their last fingerprint. */
  julesUnread?: boolean;
}

export interface Movement {
  mode: 'ledger' | 'window';
  /** This sweep's cycle number (1 on a first run). */
  cycle: number;
  /** Per active session: true moved, false quiet, undefined cannot be judged. */
  moved: Map<Session, boolean | undefined>;
  /** Per active session, in ledger mode: sweeps in a row without movement. */
  quiet: Map<Session, number>;
  /** Sessions opened since the last sweep beyond the slots that were free or were freed. */
  openedOverCapacity: Session[];
  /** Violation keys of the last sweep, for `introduced`. */
  previousViolations?: Set<string>;
  note: string;
}

/** A record's own entry: names like `__proto__` are data here, never the prototype. */
export const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * "Never open a new prompt until at least one session is archived or merged": the sessions
 * added beyond the slots that were free before, plus those the change closed.
 */
/**
 * Sessions whose `started` day comes after the sweep's: a warning at that line each, as the
 * date never counts as movement nor as an age.
 */
export function futureDates(backlog: Backlog, now: string | undefined): Diagnostic[] {
  if (now === undefined) return [];
  const today = now.slice(0, 10);
  const found: Diagnostic[] = [];
  for (const s of backlog.sessions) {
    if (s.started === undefined || s.started <= today) continue;
    found.push({
      severity: 'warning',
      message: `session "${excerpt(s.name)}": started ${s.started} is in the future (the sweep runs on ${today}); it counts neither as movement nor as an age`,
      fix: 'Write the day the session started, or leave `started` out until it starts.',
      location: s.startedLocation ?? s.location,
    });
  }
  for (const { active, reserve } of backlog.prompts) {
    for (const p of [active, reserve].flat()) {
      if (p.added === undefined || p.added <= today) continue;
      found.push({
        severity: 'warning',
        message: `prompt "${excerpt(p.id)}": added ${p.added} is in the future (the sweep runs on ${today}); it is aged from today`,
        fix: 'Write the day the prompt was added, or leave `added` out.',
        location: p.location,
      });
    }
  }
  for (const incident of backlog.incidents) {
    if (incident.date <= today) continue;
    found.push({
      severity: 'warning',
      message: `incident "${excerpt(incident.id)}": date ${incident.date} is in the future (the sweep runs on ${today}); it counts as older than every sweep recorded`,
      fix: 'Write the day the incident happened.',
      location: incident.location,
    });
  }
  return found;
}

export function openedBeyondFreeSlots<T>(
  added: readonly T[],
  activeBefore: number,
  usableSlots: number,
  closed: number,
): T[] {
  const allowed = Math.max(0, usableSlots - activeBefore) + closed;
  return added.slice(allowed);
}

/**
 * What a session looked like at this sweep. `carry` is its last fingerprint: when GitHub was not
 * read this time, the pull request fields are carried over rather than seen to change; when Jules
 * was not read, a session it ran keeps its whole last fingerprint, since its status came from Jules.
 */
export function fingerprint(
  session: Pick<Session, 'category' | 'status' | 'remainingSteps'> & {
    pr?: unknown;
    blocked?: boolean;
    kind?: string;
  },
  live?: LivePull,
  carry?: Fingerprint,
  jules?: { session?: JulesSession; unread?: boolean },
): Fingerprint {
  const kind = session.kind ? { kind: session.kind } : {};
  if (!jules?.session && jules?.unread && carry?.jules !== undefined) {
    return { ...carry, category: session.category, ...kind };
  }
  const activity = jules?.session
    ? { jules: `${jules.session.state}@${jules.session.updateTime ?? ''}` }
    : {};
  if (!live && session.pr !== undefined && carry) {
    const { category, status, remainingSteps } = session;
    const carried: Fingerprint = {
      ...carry,
      category,
      status,
      remainingSteps,
      blocked: session.blocked ?? false,
      ...kind,
    };
    // Jules' activity is this sweep's, never the last one's.
    delete carried.jules;
    return { ...carried, ...activity };
  }
  const print: Fingerprint = {
    category: session.category,
    status: session.status,
    remainingSteps: session.remainingSteps,
    prState: live?.state ?? null,
    headSha: live?.headSha ?? null,
    updatedAt: live?.updatedAt ?? null,
    checkState: live?.checkState ?? null,
    blocked: session.blocked ?? false,
    ...kind,
    ...activity,
  };
  if (live && live.checks.length > 0) {
    print.checks = Object.fromEntries(live.checks.map((c) => [c.name, c.conclusion]));
  }
  return print;
}

export function judgeMovement(
  active: readonly {
    session: Session;
    live?: LivePull;
    jules?: JulesSession;
    /** The live session of any source: its activity is movement too. */
    agent?: { session: LiveSession };
  }[],
  settings: MovementSettings,
  usableSlots: number,
): Movement {
  const history = settings.ledger?.sweeps ?? [];
  const last = history[history.length - 1];
  const moved = new Map<Session, boolean | undefined>();
  const quiet = new Map<Session, number>();
  const cycle = (last?.cycle ?? 0) + 1;

  if (last) {
    for (const { session, live, jules, agent } of active) {
      const activity = jules ?? agent?.session;
      const current = fingerprint(session, live, own(last.sessions, session.name), {
        ...(activity ? { session: activity } : {}),
        unread: settings.julesUnread ?? false,
      });
      const count = quietSweeps(session.name, current, history);
      quiet.set(session, count);
      moved.set(session, count < settings.coldAfterSweeps);
    }
    const before = Object.entries(last.sessions).filter(([, f]) => f.status !== 'archived');
    const nowNames = new Set(active.map((a) => a.session.name));
    // Added: names the last sweep did not know at all (a session archived then is not new now).
    // An entry for a Jules session that already ran at the last sweep records a slot already taken.
    const ranBefore = (j: JulesSession | undefined) =>
      j !== undefined &&
      holdsSlot(j.state) &&
      j.createTime !== null &&
      Date.parse(j.createTime) < Date.parse(last.time);
    const added = active
      .filter((a) => own(last.sessions, a.session.name) === undefined && !ranBefore(a.jules))
      .map((a) => a.session);
    const closed = before.filter(([name]) => !nowNames.has(name)).length;
    return {
      mode: 'ledger',
      cycle,
      moved,
      quiet,
      openedOverCapacity: openedBeyondFreeSlots(added, before.length, usableSlots, closed),
      previousViolations: new Set(last.violations),
      note: `Movement is judged over the last ${settings.coldAfterSweeps} sweeps (this is sweep ${cycle}; the ledger holds ${history.length}).`,
    };
  }

  // No ledger yet: pull request activity or a start within the window counts as movement.
  const since = Date.parse(settings.now) - settings.coldAfterHours * 3_600_000;
  let unknown = 0;
  for (const { session, live } of active) {
    const times = [live?.updatedAt, session.started].filter((t): t is string => Boolean(t));
    // A date after this sweep is a typo or a plan, never movement (futureDates warns of it).
    const now = Date.parse(settings.now);
    if (times.length === 0) {
      unknown++;
      moved.set(session, undefined);
    } else {
      moved.set(
        session,
        times.some((t) => Date.parse(t) >= since && Date.parse(t) <= now),
      );
    }
  }
  return {
    mode: 'window',
    cycle,
    moved,
    quiet,
    openedOverCapacity: [],
    note: `Without a ledger of earlier sweeps, movement is judged over the last ${settings.coldAfterHours} hours from pull request activity and start dates${unknown > 0 ? `; ${unknown} session(s) have neither and count as moving` : ''}.`,
  };
}

/** The ledger to keep after this sweep. */
export function nextLedger(plan: Plan, previous: Ledger | undefined, now: string): Ledger {
  const last = previous?.sweeps.at(-1)?.sessions ?? {};
  const archived = (s: Plan['archived'][number]) =>
    fingerprint({ category: s.category, status: 'archived', remainingSteps: 0 }, s.live);
  // Built with fromEntries, so every name is an own property, `__proto__` included.
  const sessions: Record<string, Fingerprint> = Object.fromEntries([
    ...plan.closeOrder.map(
      (s) =>
        [
          s.name,
          fingerprint(s, s.live, own(last, s.name), {
            ...((s.jules ?? s.copilot) ? { session: (s.jules ?? s.copilot)! } : {}),
            unread:
              (plan.jules.enabled && plan.jules.failure !== undefined) ||
              plan.copilot?.failure !== undefined,
          }),
        ] as const,
    ),
    ...plan.archived.map((s) => [s.name, archived(s)] as const),
  ]);
  return appendSweep(previous, {
    time: now,
    sessions,
    violations: plan.violations.map(violationKey),
    ...(plan.fastLane ? { fastLane: plan.fastLane } : {}),
  });
}
