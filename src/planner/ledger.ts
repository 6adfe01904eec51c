// The sweep ledger: what each sweep saw, so the next one can tell what moved. Pure data in and out.
import type { Status } from '../backlog/schema.js';

export const LEDGER_SCHEMA_VERSION = 1;
/** The ledger keeps this many sweeps. */
export const LEDGER_KEEP = 60;

/** What a session looked like at one sweep; any change between sweeps is movement. */
export interface Fingerprint {
  category: string;
  status: Status;
  remainingSteps: number;
  prState: string | null;
  headSha: string | null;
  updatedAt: string | null;
  checkState: string | null;
  /** Blocked by the flag or the status (absent in ledgers written before it was kept). */
  blocked?: boolean;
  /** The session's kind, for cadence (governance, scheduler). */
  kind?: string;
  /** Each check's conclusion on the head commit, for telling flaky checks. */
  checks?: Record<string, string | null>;
  /** The linked Jules session's state and last update (`STATE@time`): the agent's own activity. */
  jules?: string;
}

export interface LedgerSweep {
  cycle: number;
  time: string;
  sessions: Record<string, Fingerprint>;
  /** Keys of the violations this sweep found, so the next can tell which are new. */
  violations: string[];
  /** The category the fast-lane slot went to. */
  fastLane?: string;
  /** The write calls dispatch made to Jules this sweep. */
  dispatch?: DispatchRecord;
}

/** Each call dispatch made: the sessions it started (with their prompt), archived and approved. */
export interface DispatchRecord {
  started: { prompt: string; category: string; session: string }[];
  archived: string[];
  approved: string[];
}

/**
 * The last sweep with the calls dispatch made. Each session it started is recorded as an entry of
 * that sweep (named `[prompt-id] title`, as the planner names it), so the next sweep knows the
 * slot was taken inside the rails and `new-session-at-capacity` never flags it.
 */
export function recordDispatch(
  ledger: Ledger,
  record: DispatchRecord,
  names: ReadonlyMap<string, string>,
): Ledger {
  const last = ledger.sweeps.at(-1);
  if (!last) return ledger;
  const sessions: Record<string, Fingerprint> = { ...last.sessions };
  for (const s of record.started) {
    const name = names.get(s.prompt);
    if (name === undefined || Object.hasOwn(sessions, name)) continue;
    Object.defineProperty(sessions, name, {
      value: {
        category: s.category,
        status: 'needs-more-work',
        remainingSteps: 1,
        prState: null,
        headSha: null,
        updatedAt: null,
        checkState: null,
        jules: 'STARTED',
      } satisfies Fingerprint,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return {
    ...ledger,
    sweeps: [...ledger.sweeps.slice(0, -1), { ...last, sessions, dispatch: record }],
  };
}

/** A start an earlier sweep made, as the ledger keeps it: the session and the sweep's time. */
export interface RecordedStart {
  session: string;
  time: string;
}

/**
 * Each prompt the ledger knows started, in the kept sweeps or kept past them, with the first
 * session started for it: "exactly once" holds for a prompt whose session no longer carries its
 * marker (renamed, or deleted).
 */
export function recordedStarts(ledger: Ledger | undefined): Map<string, RecordedStart> {
  const starts = new Map<string, RecordedStart>();
  for (const { prompt, session, time } of ledger?.starts ?? []) {
    if (!starts.has(prompt)) starts.set(prompt, { session, time });
  }
  for (const sweep of ledger?.sweeps ?? []) {
    for (const s of sweep.dispatch?.started ?? []) {
      if (!starts.has(s.prompt)) starts.set(s.prompt, { session: s.session, time: sweep.time });
    }
  }
  return starts;
}

/** A start kept past the sweep that made it. */
export interface KeptStart extends RecordedStart {
  prompt: string;
}

/** The ledger keeps at most this many starts past the sweeps that made them. */
export const STARTS_KEPT = 10_000;

export interface Ledger {
  schemaVersion: typeof LEDGER_SCHEMA_VERSION;
  /** Oldest first. */
  sweeps: LedgerSweep[];
  /** The starts of sweeps no longer kept, oldest first: "exactly once" outlives the sweeps. */
  starts?: KeptStart[];
}

/**
 * The previous sweeps plus this one, trimmed to the last LEDGER_KEEP; the starts of the sweeps
 * trimmed away are kept, the last STARTS_KEPT of them.
 */
export function appendSweep(
  previous: Ledger | undefined,
  sweep: Omit<LedgerSweep, 'cycle'>,
): Ledger {
  const sweeps = previous?.sweeps ?? [];
  const cycle = (sweeps[sweeps.length - 1]?.cycle ?? 0) + 1;
  const all = [...sweeps, { cycle, ...sweep }];
  const trimmed = all.slice(0, Math.max(0, all.length - LEDGER_KEEP));
  const starts = [
    ...(previous?.starts ?? []),
    ...trimmed.flatMap((old) =>
      (old.dispatch?.started ?? []).map((s) => ({
        prompt: s.prompt,
        session: s.session,
        time: old.time,
      })),
    ),
  ].slice(-STARTS_KEPT);
  return {
    schemaVersion: LEDGER_SCHEMA_VERSION,
    sweeps: all.slice(-LEDGER_KEEP),
    ...(starts.length > 0 ? { starts } : {}),
  };
}

const same = (a: Fingerprint | undefined, b: Fingerprint | undefined) =>
  a !== undefined &&
  b !== undefined &&
  a.category === b.category &&
  a.status === b.status &&
  a.remainingSteps === b.remainingSteps &&
  a.prState === b.prState &&
  a.headSha === b.headSha &&
  a.updatedAt === b.updatedAt &&
  a.checkState === b.checkState &&
  a.jules === b.jules;

/**
 * How many sweeps in a row, ending with this one, the session has not moved: 0 when it changed
 * since the last sweep or is new. It cannot count past the history the ledger holds.
 */
export function quietSweeps(
  name: string,
  current: Fingerprint,
  history: readonly LedgerSweep[],
): number {
  let quiet = 0;
  let later = current;
  for (let i = history.length - 1; i >= 0; i--) {
    const sessions = history[i]!.sessions;
    const earlier = Object.hasOwn(sessions, name) ? sessions[name] : undefined;
    if (!same(earlier, later)) break;
    quiet++;
    later = earlier!;
  }
  return quiet;
}

/**
 * Violations are the same finding across sweeps or branches when these agree. A capacity rail
 * is one finding however many sessions overflow, whichever session it points at.
 */
export const violationKey = (v: {
  rail: string;
  session?: string;
  category?: string;
  julesSession?: string;
  copilotTask?: string;
}) =>
  v.rail === 'capacity' || v.rail === 'capacity-hard'
    ? v.rail
    : `${v.rail}|${v.session ?? ''}|${v.category ?? ''}${v.julesSession ? `|jules:${v.julesSession}` : ''}${v.copilotTask ? `|copilot:${v.copilotTask}` : ''}`;
