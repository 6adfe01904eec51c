// Everything a sweep publishes, rendered from one plan: the job summary and the artifact's files.
import type { Ledger } from '../planner/ledger.js';
import { computeMetrics, type Metrics } from '../planner/metrics.js';
import type { Plan } from '../planner/types.js';
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
  const updates = sessionUpdates(plan, context.previous?.sweeps.at(-1)?.sessions);
  const files: Record<string, string> = {
    'plan.json': `${JSON.stringify({ ...plan, metrics }, null, 2)}\n`,
    'plan.md': renderMarkdown(plan, WHOLE, { metrics, updates }),
    'session-updates.md': `${updates.map((u) => u.text).join('\n\n')}\n`,
  };
  if (context.next) files['ledger.json'] = `${JSON.stringify(context.next)}\n`;
  return { summary: renderMarkdown(plan, undefined, { metrics, updates }), metrics, files };
}

/** plan.json: the plan and its metrics. schema/plan.schema.json describes it. */
export type PlanFile = Plan & { metrics: Metrics };
