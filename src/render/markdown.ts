// The job summary: what a lead takes in at a glance. Every value from the backlog is escaped.
import type { Diagnostic } from '../backlog/model.js';
import type { Plan, PlannedSession, Verdict, Violation } from '../planner/types.js';
import { escapeHtml, escapeMarkdown as md } from './escape.js';

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
  // Said at the top: a plan made without live status may be stale.
  if (plan.api.failure) {
    head.push(
      `> [!WARNING]`,
      `> Live status is missing: ${md(plan.api.failure)}. This plan is made from the file alone.`,
      '',
    );
  }
  const merged = plan.archived.filter((a) => a.drift.some((d) => d.code === 'pr-merged'));
  if (merged.length > 0) {
    head.push(
      `**Archive now** (pull request merged, slot already free): ${merged.map((a) => md(a.name)).join(', ')}`,
      '',
    );
  }
  if (plan.coldCategories.length > 0) {
    head.push(
      `**Cold categories** (backfill in this order): ${list(plan.coldCategories, budget / 16)}`,
      '',
    );
  }
  for (const note of plan.notes) head.push(`> ${md(note.slice(0, 2000))}`, '');
  // Shorten the long sections first, so the summary always fits GitHub's per-step limit.
  head.push(...violationTable(plan.violations, budget / 4), '');

  const tableHead = [
    '### Close/ship order',
    '',
    '| # | Session | Category | Status | Plan action | Steps | PR | Drift | Why |',
    '|---:|---|---|---|---|---:|---|---|---|',
  ];
  const rows = plan.closeOrder.map(
    (s, i) =>
      `| ${i + 1} | ${md(s.name)} | ${md(s.category)} | ${statusCell(s)} | **${s.action}** | ${s.remainingSteps} | ${pullCell(s)} | ${s.drift.map((d) => `\`${d.code}\``).join(' ')} | ${md(s.reason)} |`,
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

/** Escaped items joined with commas, as many as fit in `room` bytes, then how many did not. */
function list(items: readonly string[], room: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const item of items) {
    const text = md(item);
    used += Buffer.byteLength(text, 'utf8') + 2;
    if (used > room) break;
    kept.push(text);
  }
  const more = items.length - kept.length;
  return `${kept.join(', ')}${more > 0 ? ` … and ${more} more (see plan.json)` : ''}`;
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

function statusCell(s: PlannedSession): string {
  const blocked = s.blocked && s.status !== 'blocked' ? ' (blocked)' : '';
  const declared = s.declaredStatus !== s.status ? ` (file: ${s.declaredStatus})` : '';
  return `${s.status}${blocked}${declared}`;
}

const CHECK_ICON: Record<string, string> = {
  SUCCESS: '✅',
  FAILURE: '❌',
  ERROR: '❌',
  PENDING: '⏳',
  EXPECTED: '⏳',
};

/** The pull request, linked when GitHub gave its address, with the state of its checks. */
function pullCell(s: PlannedSession): string {
  if (s.live) {
    const label = md(s.live.ref.slice(s.live.ref.lastIndexOf('#')));
    const link = /^https?:\/\//.test(s.live.url)
      ? `<a href="${escapeHtml(s.live.url)}">${label}</a>`
      : label;
    const checks = s.live.checkState
      ? ` ${CHECK_ICON[s.live.checkState] ?? md(s.live.checkState)}`
      : '';
    return `${link}${checks} ${s.live.state.toLowerCase()}${s.live.isDraft ? ' draft' : ''}`;
  }
  if (!s.pr) return '';
  return md(s.pr.owner ? `${s.pr.owner}/${s.pr.repo ?? ''}#${s.pr.number}` : `#${s.pr.number}`);
}

function violationTable(violations: readonly Violation[], room: number): string[] {
  if (violations.length === 0) return ['Every rail holds.'];
  const rows = violations.map(
    (v) =>
      `| \`${v.rail}\` | ${v.severity} | ${v.introduced === undefined ? '' : v.introduced ? 'new' : 'existing'} | ${v.file ? `${md(v.file)}${v.line ? `:${v.line}` : ''}` : ''} | ${md(v.message)} | ${md(v.fix)} |`,
  );
  return [
    '### Rails',
    '',
    '| Rail | Severity | New | Where | What | Fix |',
    '|---|---|---|---|---|---|',
    ...fit(rows, room, 'rail findings'),
  ];
}

/** The summary of a check that made no plan: the backlog is unchanged, or was deleted. */
export function renderUnchanged(sentence: string, verdict: 'pass' | 'warn'): string {
  const banner = verdict === 'pass' ? '✅ pass: backlog unchanged' : '⚠️ warn: backlog deleted';
  return [`## Session sweep: ${banner}`, '', md(sentence), ''].join('\n');
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
