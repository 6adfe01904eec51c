// The plain-text plan for the terminal and the job log. It opens with the playbook tool's own
// lines, in its words, so scripts that read that tool's output keep working.
import type { Diagnostic } from '../backlog/model.js';
import type { JulesReport, Plan, PlannedSession, Violation } from '../planner/types.js';
import { dispatchText } from './dispatch.js';
import { julesPlanLine, slotsLine } from './capacity.js';
import { escapeTerminal as t, excerpt } from './escape.js';

export function renderText(plan: Plan): string {
  return Array.from(renderTextPieces(plan)).join('');
}

/** Characters in a piece of the text plan, about: a few writes, whatever the plan's size. */
const PIECE = 64 * 1024;

/**
 * The text plan in pieces of whole lines, made as they are written: a plan of 100,000 sessions
 * is never held as one string.
 */
export function* renderTextPieces(plan: Plan): Generator<string> {
  let piece = '';
  for (const part of [playbookToolLines(plan), [''], dispatchText(plan), planLines(plan)]) {
    for (const line of part) {
      piece += `${line}\n`;
      if (piece.length >= PIECE) {
        yield piece;
        piece = '';
      }
    }
  }
  if (piece !== '') yield piece;
}

function playbookToolLines(plan: Plan): string[] {
  // closeFirst is the head of the close order (names may repeat in the playbook tool's JSON).
  const first = plan.closeOrder.slice(0, plan.closeFirst.length);
  const lines = [
    '=== SESSION PLAN ===',
    `Sessions observed: ${plan.counts.active} / capacity ${plan.capacity} (reserve ${plan.reserve})`,
    `Free slots needed: ${plan.freeSlotsNeeded}`,
  ];
  if (first.length > 0) {
    lines.push(
      `Close/ship in this order: ${first.map((s) => `${t(s.name)} (${t(s.statusText)})`).join(', ')}`,
    );
  }
  if (plan.coldCategories.length > 0) {
    lines.push(`Backfill cold categories: ${plan.coldCategories.map(t).join(', ')}`);
  }
  lines.push('');
  if (plan.freeSlotsNeeded > 0) {
    lines.push(`Action: free at least ${plan.freeSlotsNeeded} slot(s) by closing PR-ready work.`);
  }
  lines.push('Recommended closures:');
  for (const s of first) {
    lines.push(
      `- ${t(s.name)} [${t(s.category)}] — ${closureReason(s)}; remaining steps: ${s.remainingSteps}`,
    );
  }
  if (plan.coldCategories.length > 0) {
    lines.push('Backfill queue:');
    for (const category of plan.coldCategories) lines.push(`- Add prompt for ${t(category)}`);
  }
  return lines;
}

/** The playbook tool's reason: its blocked flag wins, whatever the status. */
function closureReason(s: PlannedSession): string {
  if (s.blockedFlag) return `Blocked (${t(s.blocker ?? 'unspecified')})`;
  return s.status === 'pr-ready' || s.status === 'pr-created' ? 'PR-ready' : 'Quick win';
}

const ACTION_WIDTH = 'fast-track'.length;

function* planLines(plan: Plan): Generator<string> {
  yield `Plan for every active session (${plan.counts.active} active, ${plan.counts.archived} archived), fastest exit first:`;
  if (plan.closeOrder.length === 0) yield '  (no active sessions)';
  for (const [index, s] of plan.closeOrder.entries()) {
    const steps = `${s.remainingSteps} step${s.remainingSteps === 1 ? '' : 's'}`;
    const drift = s.drift.length > 0 ? ` {${s.drift.map((d) => d.code).join(', ')}}` : '';
    yield `${String(index + 1).padStart(4)}. ${s.action.padEnd(ACTION_WIDTH)}  ${t(s.name)} [${t(s.category)}] ${s.status}, ${steps}${drift}: ${t(s.reason)}`;
  }
  const lines: string[] = [];
  const merged = plan.archived.filter((a) => a.drift.some((d) => d.code === 'pr-merged'));
  if (merged.length > 0) {
    lines.push(`Archive now (pull request merged): ${merged.map((a) => t(a.name)).join(', ')}`);
  }
  if (plan.archived.length > 0) {
    lines.push(`Archived: ${plan.archived.map((s) => t(s.name)).join(', ')}`);
  }
  for (const note of plan.notes) lines.push(t(note));
  if (plan.recommendations.length > 0) {
    lines.push('Recommendations:');
    for (const r of plan.recommendations) {
      const what = [
        r.category,
        r.prompt && `prompt ${r.prompt}`,
        r.session && `session ${r.session}`,
      ]
        .filter(Boolean)
        .map((x) => t(x!))
        .join(', ');
      lines.push(`- ${r.kind}${what ? ` (${what})` : ''}: ${t(r.reason)}`);
    }
  }
  lines.push(liveLine(plan));
  lines.push(...julesLines(plan));
  lines.push('');
  if (plan.violations.length === 0) {
    lines.push('Rails: all held.');
  } else {
    lines.push('Rails:');
    for (const v of plan.violations) for (const line of violationLines(v)) lines.push(line);
  }
  lines.push(`Verdict: ${plan.verdict}`);
  yield* lines;
}

function liveLine({ api }: Plan): string {
  if (api.failure)
    return `Live status: missing (${t(excerpt(api.failure, 1000))}); the plan is made from the file alone.`;
  if (!api.enabled)
    return 'Live status: off (offline sweep); the plan is made from the file alone.';
  const rate = api.rateLimit
    ? `, rate limit cost ${api.rateLimit.cost}, ${api.rateLimit.remaining} remaining`
    : '';
  return `Live status: ${api.pullRequests} pull request(s) in ${api.requests} request(s), ${api.retries} retried${rate}.`;
}

function julesLines(plan: Plan): string[] {
  const { jules } = plan;
  const limits = julesPlanLine(plan);
  const planLine = limits ? [`${limits}.`] : [];
  const copilot = plan.copilot ? copilotLines(plan.copilot, plan) : [];
  if (!jules.enabled)
    return [
      ...(jules.skipped ? [`Jules: skipped. ${t(jules.skipped)}`] : []),
      ...planLine,
      ...copilot,
    ];
  if (jules.failure)
    return [
      `Jules: missing (${t(excerpt(jules.failure, 1000))}); slots are counted from the file alone.`,
      ...planLine,
      ...copilot,
    ];
  const lines = [
    `Jules: ${jules.sessions} session(s) of this repository, ${jules.live} holding a slot; ${slotsLine(plan, t)}.`,
    ...planLine,
  ];
  for (const j of jules.untracked) {
    lines.push(`  untracked: ${t(j.id)} ${t(j.state)} ${t(j.title)} ${t(j.url)}`);
  }
  return [...lines, ...copilot];
}

/** Copilot's tasks, as Jules' sessions are shown; the slot line once, where Jules gives none. */
function copilotLines(copilot: JulesReport, plan: Plan): string[] {
  if (!copilot.enabled) return copilot.skipped ? [`Copilot: skipped. ${t(copilot.skipped)}`] : [];
  if (copilot.failure)
    return [
      `Copilot: missing (${t(excerpt(copilot.failure, 1000))}); slots are counted without Copilot.`,
    ];
  const slots = plan.slots.account ? '' : `; ${slotsLine(plan, t)}`;
  return [
    `Copilot: ${copilot.sessions} task(s) of this repository, ${copilot.live} holding a slot${slots}.`,
    ...copilot.untracked.map(
      (j) => `  untracked: ${t(j.id)} ${t(j.state)} ${t(j.title)} ${t(j.url)}`,
    ),
  ];
}

export function violationLines(v: Violation): string[] {
  const where = v.file ? `${t(v.file)}${v.line ? `:${v.line}` : ''}: ` : '';
  const age = v.introduced === undefined ? '' : v.introduced ? ' (new)' : ' (existing)';
  return [`- ${where}${v.severity} [${v.rail}]${age} ${t(v.message)}`, `    fix: ${t(v.fix)}`];
}

/** `file:line:column: error: what` and, indented below it, how to fix it. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${t(d.location.file)}:${d.location.line}:${d.location.column}: ` : '';
  return `${where}${d.severity}: ${t(d.message)}${d.fix ? `\n  fix: ${t(d.fix)}` : ''}`;
}
