// The job summary: what a lead takes in at a glance. Every value from the backlog is escaped.
import type { Diagnostic } from '../backlog/model.js';
import type { Plan, Verdict, Violation } from '../planner/types.js';
import { escapeMarkdown as md } from './escape.js';

/** GitHub shows at most 1 MiB of summary per step; stay well under it. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;

const BANNER: Record<Verdict, string> = {
  pass: '✅ pass: every rail holds',
  warn: '⚠️ warn: rails bent, none broken',
  fail: '❌ fail: a rail is broken',
};

export function renderMarkdown(plan: Plan, budget = SUMMARY_BUDGET_BYTES): string {
  const head = [
    `## Session sweep: ${BANNER[plan.verdict]}`,
    '',
    `**${plan.counts.active} / ${plan.capacity} active** · reserve ${plan.reserve} · **free slots needed: ${plan.freeSlotsNeeded}** · ${plan.counts.archived} archived · ${plan.counts.blocked} blocked · backlog ${md(plan.source.file)}`,
    '',
  ];
  if (plan.coldCategories.length > 0) {
    head.push(
      `**Cold categories** (backfill in this order): ${plan.coldCategories.map(md).join(', ')}`,
      '',
    );
  }
  for (const note of plan.notes) head.push(`> ${md(note)}`, '');
  // Shorten the long sections first, so the summary always fits GitHub's per-step limit.
  head.push(...violationTable(plan.violations, budget / 4), '');

  const tableHead = [
    '### Close/ship order',
    '',
    '| # | Session | Category | Status | Plan action | Steps | Why |',
    '|---:|---|---|---|---|---:|---|',
  ];
  const rows = plan.closeOrder.map(
    (s, i) =>
      `| ${i + 1} | ${md(s.name)} | ${md(s.category)} | ${s.status}${s.blocked && s.status !== 'blocked' ? ' (blocked)' : ''} | **${s.action}** | ${s.remainingSteps} | ${md(s.reason)} |`,
  );
  const tail =
    plan.archived.length > 0 ? ['', `Archived: ${plan.archived.length} session(s).`] : [];
  const room = budget - size([...head, ...tableHead, ...tail]);
  const body =
    plan.closeOrder.length > 0
      ? [...tableHead, ...fit(rows, room, 'sessions')]
      : ['_No active sessions._'];
  return [...head, ...body, ...tail].join('\n') + '\n';
}

/** The rows that fit in `room` bytes, and a line saying how many did not. */
function fit(
  rows: readonly string[],
  room: number,
  what: string,
  rest = 'the full plan is in plan.json',
): string[] {
  const kept: string[] = [];
  let used = 200; // the closing line
  for (const row of rows) {
    used += Buffer.byteLength(row, 'utf8') + 1;
    if (used > room) break;
    kept.push(row);
  }
  if (kept.length === rows.length) return kept;
  return [...kept, '', `… ${rows.length - kept.length} more ${what} are not shown here; ${rest}.`];
}

function violationTable(violations: readonly Violation[], room: number): string[] {
  if (violations.length === 0) return ['Every rail holds.'];
  const rows = violations.map(
    (v) =>
      `| \`${v.rail}\` | ${v.severity} | ${v.file ? `${md(v.file)}${v.line ? `:${v.line}` : ''}` : ''} | ${md(v.message)} | ${md(v.fix)} |`,
  );
  return [
    '### Rails',
    '',
    '| Rail | Severity | Where | What | Fix |',
    '|---|---|---|---|---|',
    ...fit(rows, room, 'rail findings'),
  ];
}

/** The summary when the backlog cannot be read: what is wrong, and where. */
export function renderLoadFailure(
  file: string,
  errors: readonly Diagnostic[],
  budget = SUMMARY_BUDGET_BYTES,
): string {
  const rows = errors.map(
    (e) =>
      `| ${e.location ? `${md(e.location.file)}:${e.location.line}:${e.location.column}` : md(file)} | ${md(e.message)} | ${md(e.fix ?? '')} |`,
  );
  return [
    `## Session sweep: ${BANNER.fail}`,
    '',
    `The backlog ${md(file)} could not be read, so no plan was made.`,
    '',
    '| Where | Problem | Fix |',
    '|---|---|---|',
    ...fit(rows, budget, 'problems', '`session-sweeper validate` lists them all'),
    '',
  ].join('\n');
}

const size = (lines: readonly string[]) =>
  lines.reduce((total, line) => total + Buffer.byteLength(line, 'utf8') + 1, 0);
