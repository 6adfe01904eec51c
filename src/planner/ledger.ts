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
}

export interface Ledger {
  schemaVersion: typeof LEDGER_SCHEMA_VERSION;
  /** Oldest first. */
  sweeps: LedgerSweep[];
}

/** The previous sweeps plus this one, trimmed to the last LEDGER_KEEP. */
export function appendSweep(
  previous: Ledger | undefined,
  sweep: Omit<LedgerSweep, 'cycle'>,
): Ledger {
  const sweeps = previous?.sweeps ?? [];
  const cycle = (sweeps[sweeps.length - 1]?.cycle ?? 0) + 1;
  return {
    schemaVersion: LEDGER_SCHEMA_VERSION,
    sweeps: [...sweeps, { cycle, ...sweep }].slice(-LEDGER_KEEP),
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
}) =>
  v.rail === 'capacity' || v.rail === 'capacity-hard'
    ? v.rail
    : `${v.rail}|${v.session ?? ''}|${v.category ?? ''}${v.julesSession ? `|jules:${v.julesSession}` : ''}`;
