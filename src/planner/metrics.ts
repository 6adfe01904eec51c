// The playbook's minimal metrics and the category heat map, from the plan and the ledger. Pure.
// A metric without data is null, so reports say "no data yet" instead of showing 0.
import type { Fingerprint, Ledger, LedgerSweep } from './ledger.js';
import { own } from './movement.js';
import type { LivePull, Plan, PlannedSession } from './types.js';

export type HeatCell = 'moved' | 'quiet' | 'cold';

export interface Metrics {
  sessions: { open: number; archived: number; blocked: number };
  /** Days since `started`, in the playbook's buckets; null when no session has a start date. */
  age: { '0-2': number; '3-7': number; '8-14': number; 'over 14': number; unknown: number } | null;
  /** Pull requests opened in each recent sweep, oldest first; null without two sweeps. */
  prsPerCycle: number[] | null;
  /** Median days from a session's start to its pull request; null without both dates. */
  medianDaysToPr: number | null;
  /** Check runs and statuses on the sessions' pull requests now; null without live status. */
  checks: { passed: number; failed: number; pending: number; passRate: number | null } | null;
  /** Checks whose conclusion flipped on the same head commit between sweeps; null without a ledger. */
  flakyChecks: string[] | null;
  /** Per rotation category, one cell per recent sweep (oldest first); null without a ledger. */
  heatMap: { cycles: number[]; rows: { category: string; cells: HeatCell[] }[] } | null;
  /** Numbers over recent sweeps, for sparklines; null without two sweeps. */
  trends: { active: number[]; cold: number[]; blocked: number[] } | null;
}

/** How many recent sweeps the heat map and the trends show. */
export const RECENT_SWEEPS = 10;
const PASSING = new Set(['SUCCESS', 'NEUTRAL', 'SKIPPED']);
const DAY = 86_400_000;

const moved = (before: Fingerprint | undefined, now: Fingerprint) =>
  before === undefined ||
  before.status !== now.status ||
  before.remainingSteps !== now.remainingSteps ||
  before.prState !== now.prState ||
  before.headSha !== now.headSha ||
  before.updatedAt !== now.updatedAt ||
  before.checkState !== now.checkState;

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * `ledger` is the ledger after this sweep (it ends with this sweep), or undefined when movement
 * is not tracked; `coldAfterSweeps` as in the plan.
 */
export function computeMetrics(
  plan: Plan,
  ledger: Ledger | undefined,
  now: string,
  coldAfterSweeps = 2,
): Metrics {
  const today = Date.parse(now);
  const sessions = plan.closeOrder;
  // A start after today is no age at all: it counts with the sessions that have none.
  const startedBy = (s: { started?: string }) =>
    s.started !== undefined && s.started !== '' && Date.parse(s.started) <= today;
  // Indexed passes over the sessions, without copies: a plan may hold 100,000 of them.
  const started: PlannedSession[] = [];
  for (let i = 0; i < sessions.length; i++) if (startedBy(sessions[i]!)) started.push(sessions[i]!);
  let age: Metrics['age'] = null;
  if (started.length > 0) {
    age = {
      '0-2': 0,
      '3-7': 0,
      '8-14': 0,
      'over 14': 0,
      unknown: sessions.length - started.length,
    };
    for (const s of started) {
      const days = Math.floor((today - Date.parse(s.started!)) / DAY);
      const bucket = days <= 2 ? '0-2' : days <= 7 ? '3-7' : days <= 14 ? '8-14' : 'over 14';
      age[bucket]++;
    }
  }

  // Finished sessions count most here: the archived ones are those that reached a pull request.
  const withLive: LivePull[] = [];
  const daysToPr: number[] = [];
  const read = (s: { started?: string; live?: LivePull }) => {
    if (!s.live) return;
    withLive.push(s.live);
    if (!startedBy(s)) return;
    const days = (Date.parse(s.live.createdAt) - Date.parse(s.started!)) / DAY;
    if (Number.isFinite(days) && days >= 0) daysToPr.push(days);
  };
  for (let i = 0; i < sessions.length; i++) read(sessions[i]!);
  for (let i = 0; i < plan.archived.length; i++) read(plan.archived[i]!);

  let checks: Metrics['checks'] = null;
  if (withLive.length > 0) {
    checks = { passed: 0, failed: 0, pending: 0, passRate: null };
    for (const live of withLive) {
      for (const c of live.checks) {
        if (c.conclusion === null) checks.pending++;
        else if (PASSING.has(c.conclusion)) checks.passed++;
        else checks.failed++;
      }
    }
    const done = checks.passed + checks.failed;
    checks.passRate = done > 0 ? Math.round((checks.passed / done) * 1000) / 10 : null;
    // Pull requests without a single check say nothing about pass rates.
    if (done + checks.pending === 0) checks = null;
  }

  const sweeps = ledger?.sweeps ?? [];
  const recent = sweeps.slice(-RECENT_SWEEPS);
  const previousOf = (sweep: LedgerSweep) => sweeps[sweeps.indexOf(sweep) - 1];

  return {
    sessions: {
      open: plan.counts.active,
      archived: plan.counts.archived,
      blocked: plan.counts.blocked,
    },
    age,
    // Pull request states are known only when some sweep read GitHub.
    prsPerCycle:
      sweeps.length >= 2 && recent.some((s) => Object.values(s.sessions).some((f) => f.prState))
        ? recent
            .filter((sweep) => previousOf(sweep))
            .map((sweep) => {
              const before = previousOf(sweep)!.sessions;
              return Object.entries(sweep.sessions).filter(
                ([name, f]) => f.prState !== null && !own(before, name)?.prState,
              ).length;
            })
        : null,
    medianDaysToPr: median(daysToPr),
    checks,
    // Flakiness needs check conclusions from two sweeps at least.
    flakyChecks:
      sweeps.filter((s) => Object.values(s.sessions).some((f) => f.checks)).length >= 2
        ? flaky(sweeps)
        : null,
    heatMap: ledger ? heatMap(plan.categories, sweeps, recent, coldAfterSweeps) : null,
    trends:
      sweeps.length >= 2
        ? {
            active: recent.map(
              (s) => Object.values(s.sessions).filter((f) => f.status !== 'archived').length,
            ),
            cold: recent.map(
              (s) => coldIn(plan.categories, sweeps, sweeps.indexOf(s), coldAfterSweeps).length,
            ),
            blocked: recent.map(
              (s) =>
                Object.values(s.sessions).filter(
                  (f) => f.status !== 'archived' && (f.blocked ?? f.status === 'blocked'),
                ).length,
            ),
          }
        : null,
  };
}

/** Categories cold at sweep `index`: no active session, or none moved in the last sweeps. */
function coldIn(
  categories: readonly string[],
  sweeps: readonly LedgerSweep[],
  index: number,
  window: number,
): string[] {
  const warm = new Set<string>();
  const sweep = sweeps[index]!;
  for (const [name, f] of Object.entries(sweep.sessions)) {
    if (f.status === 'archived') continue;
    // Moved within the window, or too little history to say it has not.
    for (let k = index; k > index - window; k--) {
      const now = own(sweeps[k]!.sessions, name);
      if (k <= 0 || !now || moved(own(sweeps[k - 1]!.sessions, name), now)) {
        warm.add(f.category);
        break;
      }
    }
  }
  return categories.filter((c) => !warm.has(c));
}

function heatMap(
  categories: readonly string[],
  sweeps: readonly LedgerSweep[],
  recent: readonly LedgerSweep[],
  window: number,
): NonNullable<Metrics['heatMap']> {
  const columns = recent.map((sweep) => {
    const index = sweeps.indexOf(sweep);
    const cold = new Set(coldIn(categories, sweeps, index, window));
    const before = sweeps[index - 1]?.sessions ?? {};
    const movedNow = new Set(
      Object.entries(sweep.sessions)
        .filter(([name, f]) => f.status !== 'archived' && moved(own(before, name), f))
        .map(([, f]) => f.category),
    );
    return (category: string): HeatCell =>
      cold.has(category) ? 'cold' : movedNow.has(category) ? 'moved' : 'quiet';
  });
  return {
    cycles: recent.map((s) => s.cycle),
    rows: categories.map((category) => ({
      category,
      cells: columns.map((cell) => cell(category)),
    })),
  };
}

/** A check is flaky when its conclusion changed while the head commit stayed the same. */
function flaky(sweeps: readonly LedgerSweep[]): string[] {
  const found = new Set<string>();
  for (let k = 1; k < sweeps.length; k++) {
    for (const [name, now] of Object.entries(sweeps[k]!.sessions)) {
      const before = own(sweeps[k - 1]!.sessions, name);
      if (!before?.checks || !now.checks || !now.headSha || before.headSha !== now.headSha)
        continue;
      for (const [check, conclusion] of Object.entries(now.checks)) {
        const earlier = before.checks[check];
        if (earlier && conclusion && earlier !== conclusion) found.add(check);
      }
    }
  }
  return [...found].sort();
}
