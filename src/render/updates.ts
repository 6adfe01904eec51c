// The playbook's SESSION UPDATE, one per session, in its exact template:
//   === SESSION UPDATE: <session name> ===  /  STATUS:  /  ACTIONS PERFORMED:  /  NEXT ACTION:  /
//   IF PR CREATED:
import type { Fingerprint } from '../planner/ledger.js';
import { own } from '../planner/movement.js';
import type { Plan, PlannedSession } from '../planner/types.js';
import { escapeTerminal as t } from './escape.js';

/** A pull request body is shortened to this many characters in an update. */
export const BODY_LIMIT = 600;

const STATUS_WORDS: Record<PlannedSession['status'], string> = {
  'pr-ready': 'PR-ready',
  'pr-created': 'PR created',
  'needs-more-work': 'needs more work',
  blocked: 'needs more work',
  archived: 'archived',
};

/** What GitHub shows happened since the last sweep, from the two fingerprints. */
function sinceLastSweep(session: PlannedSession, before: Fingerprint | undefined): string[] {
  const live = session.live;
  // Without an earlier sweep there is nothing to compare: GitHub's history is not guessed at.
  if (!live || !before) return [];
  const seen: string[] = [];
  if (!before.prState) seen.push(`Opened ${live.ref}.`);
  if (before.headSha && live.headSha && before.headSha !== live.headSha) {
    seen.push(`Pushed commits (head now ${live.headSha.slice(0, 7)}).`);
  }
  if (live.checkState && before.checkState !== live.checkState) {
    const names = live.checks.map((c) => c.name).join(', ');
    seen.push(`Checks ran: ${live.checkState.toLowerCase()}${names ? ` (${names})` : ''}.`);
  }
  if (live.merged && before.prState !== 'MERGED') seen.push(`Merged ${live.ref}.`);
  return seen;
}

function oneLine(text: string): string {
  return t(text.replace(/\s+/g, ' ').trim());
}

const HEADINGS = /^(=== SESSION UPDATE:|STATUS:|ACTIONS PERFORMED:|NEXT ACTION:|IF PR CREATED:)/;

/**
 * A pull request body kept to its lines, shortened: no control characters, no blank lines, and
 * no line that could pass for the template's own (a body cannot forge another update).
 */
function block(text: string, limit: number): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => t(line.trimEnd()))
    .filter((line) => line.trim() !== '')
    .map((line) => (HEADINGS.test(line.trimStart()) ? `  ${line}` : line));
  const joined = lines.join('\n').trim();
  return joined.length > limit ? `${joined.slice(0, limit - 1).trimEnd()}…` : joined;
}

export function sessionUpdate(session: PlannedSession, before?: Fingerprint): string {
  // What GitHub reports (check names, refs) is as untrusted as the file: one line each, escaped.
  const actions = [...session.actions, ...sinceLastSweep(session, before)].map(oneLine);
  const next = session.blocked
    ? `Blocked: ${oneLine(session.blocker ?? 'unspecified')}. Logged; switch to the next session${session.nextAction ? `, then: ${oneLine(session.nextAction)}` : ''}.`
    : session.status === 'archived'
      ? 'None: the session is archived.'
      : oneLine(session.nextAction ?? session.reason);
  const live = session.live;
  const pullRequest = live
    ? [
        oneLine(live.title),
        block(live.body, BODY_LIMIT) || '(no description)',
        `+${live.additions} −${live.deletions} in ${live.changedFiles} file${live.changedFiles === 1 ? '' : 's'}`,
      ]
    : session.pr
      ? [`Pull request #${session.pr.number} (title and changes appear with live status)`]
      : ['No pull request yet.'];
  return [
    `=== SESSION UPDATE: ${oneLine(session.name)} ===`,
    '',
    'STATUS:',
    STATUS_WORDS[session.status],
    '',
    'ACTIONS PERFORMED:',
    ...(actions.length > 0 ? actions.map((a) => `- ${a}`) : ['- No work recorded yet.']),
    '',
    'NEXT ACTION:',
    next,
    '',
    'IF PR CREATED:',
    ...pullRequest,
  ].join('\n');
}

/** Every session's update, active ones in close order, then the archived. */
export function renderUpdates(plan: Plan, previous?: Record<string, Fingerprint>): string {
  return `${sessionUpdates(plan, previous)
    .map((u) => u.text)
    .join('\n\n')}\n`;
}

export function sessionUpdates(
  plan: Plan,
  previous?: Record<string, Fingerprint>,
): { name: string; text: string }[] {
  const archived = plan.archived.map((a): PlannedSession => ({
    name: a.name,
    category: a.category,
    status: 'archived',
    declaredStatus: 'archived',
    statusText: 'archived',
    remainingSteps: 0,
    blocked: false,
    blockedFlag: false,
    kind: 'prompt',
    actions: a.actions,
    ...(a.live ? { live: a.live } : {}),
    rank: 4,
    action: 'archive',
    reason: 'Archived.',
    location: a.location,
    drift: a.drift,
  }));
  return [...plan.closeOrder, ...archived].map((s) => ({
    name: s.name,
    text: sessionUpdate(s, previous ? own(previous, s.name) : undefined),
  }));
}
