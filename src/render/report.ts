// Everything a sweep publishes, rendered from one plan: the job summary and the artifact's files.
import type { Ledger } from '../planner/ledger.js';
import { computeMetrics, type Metrics } from '../planner/metrics.js';
import type { Plan } from '../planner/types.js';
import { jsonPieces } from './json-pieces.js';
import { renderMarkdown } from './markdown.js';
import { sessionUpdates } from './updates.js';

export interface Report {
  /** The job summary, kept under GitHub's per-step limit. */
  summary: string;
  metrics: Metrics;
  /** The artifact's files, whole. */
  files: Record<string, string>;
}

export interface ReportContext {
  /** The ledger before this sweep, for what happened since. */
  previous?: Ledger;
  /** The ledger with this sweep added, for the heat map and trends; absent without movement. */
  next?: Ledger;
  now: string;
  coldAfterSweeps?: number;
}

/** plan.md has no size limit; the summary does. */
const WHOLE = 512 * 1024 * 1024;

export function renderReport(plan: Plan, context: ReportContext): Report {
  const metrics = computeMetrics(plan, context.next, context.now, context.coldAfterSweeps);
  // Each file is rendered when it is first read: `--format json` needs plan.json alone, and
  // for a large plan the others are hundreds of megabytes.
  const updates = once(() => sessionUpdates(plan, context.previous?.sweeps.at(-1)?.sessions));
  const files: Record<string, string> = {};
  lazy(files, 'plan.json', () => `${JSON.stringify({ ...plan, metrics }, null, 2)}\n`);
  lazy(files, 'plan.md', () => renderMarkdown(plan, WHOLE, { metrics, updates: updates() }));
  lazy(
    files,
    'session-updates.md',
    () =>
      `${updates()
        .map((u) => u.text)
        .join('\n\n')}\n`,
  );
  if (context.next) files['ledger.json'] = `${JSON.stringify(context.next)}\n`;
  const report = { metrics, files } as Report;
  lazy(report, 'summary', () => renderMarkdown(plan, undefined, { metrics, updates: updates() }));
  return report;
}

/** plan.json as it is made, piece by piece: the same text as `files['plan.json']`, never held whole. */
export function* planJsonPieces(plan: Plan, metrics: Metrics): Generator<string> {
  yield* jsonPieces({ ...plan, metrics });
  yield '\n';
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** A property made on first read, then kept; it is listed like any other. */
function lazy(target: object, key: string, make: () => string): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, enumerable: true, writable: true });
      return value;
    },
  });
}

/** plan.json: the plan and its metrics. schema/plan.schema.json describes it. */
export type PlanFile = Plan & { metrics: Metrics };
