// The job summary: what a lead takes in at a glance. Every value from the backlog is escaped.
import { dispatchMarkdown } from './dispatch.js';
import type { Diagnostic } from '../backlog/model.js';
import type { HeatCell, Metrics } from '../planner/metrics.js';
import type { JulesReport, Plan, PlannedSession, Verdict, Violation } from '../planner/types.js';
import { COPILOT, JULES, type SourceKind } from '../sources/index.js';
import { julesPlanLine, slotsLine } from './capacity.js';
import {
  codeBlock,
  endSentence,
  escapeHtml,
  escapeHtmlText,
  escapeMarkdown as md,
  excerpt,
} from './escape.js';

/** GitHub shows at most 1 MiB of summary per step; stay well under it. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;

const BANNER: Record<Verdict, string> = {
  pass: '✅ pass: every rail holds',
  warn: '⚠️ warn: rails bent, none broken',
  fail: '❌ fail: a rail is broken',
};

/** What the summary shows beyond the plan: metrics and the SESSION UPDATE blocks. */
export interface SummaryExtras {
  metrics?: Metrics;
  updates?: { name: string; text: string }[];
}

const NONE = '_no data yet_';

/** Rows of problems a summary always shows, whatever their size. */
const FIRST_ROWS = 5;
/** Characters of one finding's text in a table cell: a message quotes excerpts, this bounds it. */
const CELL_CHARS = 2000;
const cell = (text: string) => md(excerpt(text, CELL_CHARS));
const HEAT: Record<HeatCell, string> = { moved: '🟩', quiet: '⬜', cold: '🟦' };
const SPARKS = '▁▂▃▄▅▆▇█';

/** ▁▂▃▅▇ for a series; flat when nothing changed. */
export function sparkline(values: readonly number[]): string {
  // A loop, not Math.min(...values): a long ledger's series would pass too many arguments.
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return values
    .map(
      (v) =>
        SPARKS[high === low ? 0 : Math.round(((v - low) / (high - low)) * (SPARKS.length - 1))],
    )
    .join('');
}

/**
 * Top to bottom: verdict, capacity, rails, the close/ship order, cold categories, the heat map,
 * the metrics, every SESSION UPDATE, and how GitHub was read. The detail sections are shortened
 * first, so the whole stays under GitHub's per-step limit.
 */
export function renderMarkdown(
  plan: Plan,
  budget = SUMMARY_BUDGET_BYTES,
  extras: SummaryExtras = {},
): string {
  const broken = [
    ...new Set(plan.violations.filter((v) => v.severity === 'error').map((v) => v.rail)),
  ];
  const head = [
    `## Session sweep: ${BANNER[plan.verdict]}${broken.length > 0 ? ` (${broken.map((r) => `\`${r}\``).join(', ')})` : ''}`,
    '',
    `**${slotsText(plan)}** ${gauge(plan)} · reserve ${plan.reserve} · **free slots needed: ${plan.freeSlotsNeeded}** · ${plan.counts.archived} archived · ${plan.counts.blocked} blocked · backlog ${md(plan.source.file)}`,
    '',
  ];
  head.push(...dispatchMarkdown(plan)); // dispatch: what was started, archived, approved
  const limits = julesPlanLine(plan);
  if (limits) head.push(limits, '');
  // Said at the top: a plan made without live status may be stale.
  if (plan.api.failure) {
    head.push(
      `> [!WARNING]`,
      `> Live status is missing: ${cell(plan.api.failure)}. This plan is made from the file alone.`,
      '',
    );
  }
  for (const { report, label, noun } of reports(plan)) {
    if (report.failure) {
      head.push(
        `> [!WARNING]`,
        `> Live ${noun}s from ${label} are missing: ${cell(endSentence(report.failure))} Slots are counted ${label === 'Jules' ? 'from the file alone' : `without ${label}`}.`,
        '',
      );
    } else if (report.skipped) {
      head.push(`> ${cell(report.skipped)}`, '');
    }
  }
  const merged = plan.archived.filter((a) => a.drift.some((d) => d.code === 'pr-merged'));
  if (merged.length > 0) {
    head.push(
      `**Archive now** (pull request merged, slot already free): ${list(
        merged.map((a) => a.name),
        budget / 16,
      )}`,
      '',
    );
  }
  for (const note of plan.notes) head.push(`> ${cell(note)}`, '');
  head.push(...violationTable(plan.violations, budget / 4), '');

  const tableHead = [
    '### Close/ship order',
    '',
    '| # | Session | Category | Status | Effective | Plan action | Steps | PR | Drift | Why |',
    '|---:|---|---|---|---|---|---:|---|---|---|',
  ];
  const rows = plan.closeOrder.map(
    (s, i) =>
      `| ${i + 1} | ${md(s.name)} | ${md(s.category)} | ${s.declaredStatus} | ${statusCell(s)} | **${s.action}** | ${s.remainingSteps} | ${pullCell(s)} | ${s.drift.map((d) => `\`${d.code}\``).join(' ')} | ${md(s.reason)} |`,
  );
  const cold =
    plan.coldCategories.length > 0
      ? [
          '',
          '### Cold categories',
          '',
          'Backfill in this order (the playbook picks from a cold category even if it is lower priority):',
          '',
          ...fit(
            plan.coldCategories.map((c) => `- **${md(c)}**: start the next ${md(c)} prompt.`),
            budget / 16,
            'cold categories',
          ),
        ]
      : [];
  const metrics = extras.metrics ? metricsSection(extras.metrics, budget / 4) : [];
  const next =
    plan.recommendations.length > 0
      ? [
          '',
          '### Next',
          '',
          '| What | Category | Prompt or session | Why |',
          '|---|---|---|---|',
          ...fit(
            plan.recommendations.map(
              (r) =>
                `| **${r.kind}** | ${md(r.category ?? '')} | ${r.url ? link(r.prompt ?? r.session ?? 'session', r.url) : md(r.prompt ?? r.session ?? '')} | ${md(r.reason)} |`,
            ),
            budget / 16,
            'recommendations',
          ),
        ]
      : [];
  const untracked = reports(plan).flatMap(({ report, label, noun, field }) =>
    report.untracked.length > 0
      ? [
          '',
          `### Live in ${label}, missing from the backlog`,
          '',
          `Each takes a slot. Add it to the backlog with \`${field}: <id>\`, or stop it in ${label}.`,
          '',
          `| ${label} ${noun} | Title | State | Started |`,
          '|---|---|---|---|',
          ...fit(
            report.untracked.map(
              (j) =>
                `| ${link(j.id, j.url)} | ${md(j.title)} | ${md(j.state)} | ${md(j.createTime ?? '')} |`,
            ),
            budget / 16,
            `untracked ${noun}s`,
          ),
        ]
      : [],
  );
  const api = ['', '### Live status', '', apiLine(plan), ...reports(plan).flatMap(sourceLine)];
  const tail = [
    ...(plan.archived.length > 0 ? ['', `Archived: ${plan.archived.length} session(s).`] : []),
  ];

  // The close order gets what the fixed sections leave; the updates get what is left after it.
  const fixed = size([
    ...head,
    ...tableHead,
    ...untracked,
    ...cold,
    ...next,
    ...metrics,
    ...api,
    ...tail,
  ]);
  const orderRows = fit(rows, (budget - fixed) * 0.6, 'sessions');
  const body =
    plan.closeOrder.length > 0 ? [...tableHead, ...orderRows] : ['_No active sessions._'];
  const updatesRoom = budget - fixed - size(body) - 200;
  const updates = extras.updates ? updatesSection(extras.updates, updatesRoom) : [];
  return (
    [
      ...head,
      ...body,
      ...tail,
      ...untracked,
      ...cold,
      ...next,
      ...metrics,
      ...updates,
      ...api,
    ].join('\n') + '\n'
  );
}

/** ▰▰▰▱ one block per slot (up to 40), so a lead sees how full the cap is. */
function gauge(plan: Plan): string {
  if (plan.capacity > 40) return '';
  const taken = plan.slots.counted;
  const used = Math.min(taken, plan.capacity);
  return `${'▰'.repeat(used)}${'▱'.repeat(plan.capacity - used)}${taken > plan.capacity ? ' ⚠️ over the cap' : ''}`;
}

/** "12 / 15 active", or with Jules read, the account's slots by where they run. */
const slotsText = (plan: Plan): string => slotsLine(plan, md);

/**
 * A link to an https address, the address HTML-encoded and its `|` percent-encoded so it cannot
 * end a table cell; plain text for any other address.
 */
function link(text: string, url: string): string {
  if (!/^https:\/\/[^\s]+$/.test(url)) return md(text);
  return `<a href="${escapeHtml(url.replaceAll('|', '%7C'))}">${md(text)}</a>`;
}

/** Each source the sweep knows of: Jules always (as before), Copilot when its token was given. */
function reports(plan: Plan) {
  const of = (report: JulesReport, { label, noun, id }: SourceKind) =>
    ({ report, label, noun, field: id }) as const;
  return [of(plan.jules, JULES), ...(plan.copilot ? [of(plan.copilot, COPILOT)] : [])];
}

function sourceLine({ report, label, noun }: ReturnType<typeof reports>[number]): string[] {
  if (!report.enabled)
    return report.skipped ? ['', `${label}: skipped. ${md(report.skipped)}`] : [];
  if (report.failure) return ['', `${label}: missing. ${cell(endSentence(report.failure))}`];
  return [
    '',
    `${label}: ${report.sessions} ${noun}(s) of this repository, ${report.live} holding a slot, ${report.untracked.length} untracked; ${report.requests} request(s), ${report.retries} retried.`,
  ];
}

function apiLine({ api }: Plan): string {
  if (api.failure) return `Missing: ${cell(api.failure)}.`;
  if (!api.enabled) return 'Off: no session names a pull request, or the sweep ran offline.';
  const rate = api.rateLimit
    ? ` Rate limit: cost ${api.rateLimit.cost}, ${api.rateLimit.remaining} remaining until ${md(api.rateLimit.resetAt)}.`
    : '';
  return `${api.pullRequests} pull request(s) read in ${api.requests} request(s), ${api.retries} retried.${rate}`;
}

/** The heat map, then the metrics: both within `room` bytes. */
function metricsSection(m: Metrics, room: number): string[] {
  const lines = ['', '### Category heat map', ''];
  if (!m.heatMap) {
    lines.push(`${NONE}: the heat map needs the ledger of earlier sweeps.`);
  } else {
    lines.push(
      `| Category | ${m.heatMap.cycles.map((c) => `#${c}`).join(' | ')} |`,
      `|---|${m.heatMap.cycles.map(() => ':---:').join('|')}|`,
      ...fit(
        m.heatMap.rows.map(
          (r) => `| ${md(r.category)} | ${r.cells.map((c) => HEAT[c]).join(' | ')} |`,
        ),
        room / 2,
        'categories',
      ),
      '',
      `${HEAT.moved} moved · ${HEAT.quiet} quiet · ${HEAT.cold} cold`,
    );
  }
  return [...lines, ...metricsList(m, room / 4)];
}

function metricsList(m: Metrics, room: number): string[] {
  const lines = ['', '### Metrics', ''];
  lines.push(
    `- **Sessions:** ${m.sessions.open} open, ${m.sessions.archived} archived, ${m.sessions.blocked} blocked`,
  );
  lines.push(
    `- **Age:** ${m.age ? `0–2 days ${m.age['0-2']}, 3–7 days ${m.age['3-7']}, 8–14 days ${m.age['8-14']}, over 14 days ${m.age['over 14']}${m.age.unknown > 0 ? `, ${m.age.unknown} without a start date` : ''}` : `${NONE} (no session has \`started\`)`}`,
  );
  lines.push(
    `- **PRs per cycle:** ${m.prsPerCycle && m.prsPerCycle.length > 0 ? `${m.prsPerCycle.join(', ')} ${sparkline(m.prsPerCycle)}` : `${NONE} (needs two sweeps in the ledger)`}`,
  );
  lines.push(
    `- **Median time to PR:** ${m.medianDaysToPr === null ? `${NONE} (needs start dates and live pull requests)` : `${m.medianDaysToPr.toFixed(1)} days`}`,
  );
  lines.push(
    `- **Checks:** ${m.checks ? `${m.checks.passed} passed, ${m.checks.failed} failed, ${m.checks.pending} pending${m.checks.passRate === null ? '' : ` (${m.checks.passRate}% pass)`}` : `${NONE} (needs live status)`}`,
  );
  lines.push(
    `- **Flaky checks:** ${m.flakyChecks === null ? `${NONE} (needs the ledger)` : m.flakyChecks.length === 0 ? 'none seen' : list(m.flakyChecks, room)}`,
  );
  if (m.trends) {
    lines.push(
      `- **Trends** over the last ${m.trends.active.length} sweeps: active ${sparkline(m.trends.active)} (${m.trends.active.at(-1)}), cold categories ${sparkline(m.trends.cold)} (${m.trends.cold.at(-1)}), blocked ${sparkline(m.trends.blocked)} (${m.trends.blocked.at(-1)})`,
    );
  }
  return lines;
}

/** Each SESSION UPDATE in a collapsed block; the text is fenced so nothing in it renders. */
function updatesSection(
  updates: readonly { name: string; text: string }[],
  room: number,
): string[] {
  const blocks = updates.map(({ name, text }) =>
    [
      `<details><summary>SESSION UPDATE: ${escapeHtmlText(excerpt(name, 200))}</summary>`,
      '',
      codeBlock(text),
      '',
      '</details>',
    ].join('\n'),
  );
  return [
    '',
    '### Session updates',
    '',
    ...fit(blocks, room, 'session updates', 'every update is in session-updates.md'),
  ];
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

/**
 * The rows that fit in `room` bytes, and a line saying how many did not; the first `atLeast`
 * rows are always kept (each is bounded by `cell`), so a summary never shows a table of none.
 */
function fit(
  rows: readonly string[],
  room: number,
  what: string,
  rest = 'the full plan is in plan.json',
  atLeast = 0,
): string[] {
  const kept: string[] = [];
  let used = 200; // the closing line
  for (const row of rows) {
    used += Buffer.byteLength(row, 'utf8') + 1;
    if (used > room && kept.length >= atLeast) break;
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
      `| \`${v.rail}\` | ${v.severity} | ${v.introduced === undefined ? '' : v.introduced ? 'new' : 'existing'} | ${v.file ? `${cell(v.file)}${v.line ? `:${v.line}` : ''}` : ''} | ${cell(v.message)} | ${cell(v.fix)} |`,
  );
  return [
    '### Rails',
    '',
    '| Rail | Severity | New | Where | What | Fix |',
    '|---|---|---|---|---|---|',
    ...fit(rows, room, 'rail findings', undefined, FIRST_ROWS),
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
      `| ${e.location ? `${cell(e.location.file)}:${e.location.line}:${e.location.column}` : cell(file)} | ${cell(e.message)} | ${cell(e.fix ?? '')} |`,
  );
  return [
    `## Session sweep: ${BANNER.fail}`,
    '',
    `The backlog ${md(file)} could not be read, so no plan was made.`,
    '',
    '| Where | Problem | Fix |',
    '|---|---|---|',
    ...fit(rows, budget, 'problems', '`session-sweeper validate` lists them all', FIRST_ROWS),
    '',
  ].join('\n');
}

const size = (lines: readonly string[]) =>
  lines.reduce((total, line) => total + Buffer.byteLength(line, 'utf8') + 1, 0);
