// `session-sweeper convert`: the playbook tool's JSON array, as read by the loader, written out as
// an equivalent sessions.yaml. Pure: the command reads and writes the files.
import { Document, isMap, isScalar, isSeq } from 'yaml';
import type { Backlog, Diagnostic, PullRequestRef, Session } from './model.js';

export interface Conversion {
  text: string;
  /** What the conversion changed, one per session and reason; the plan is the same otherwise. */
  notes: Diagnostic[];
  /** Sessions flagged blocked whose status the tool ranked them by; sessions.yaml ranks them as blocked. */
  reranked: string[];
  /** Repeated names and what they are written as. */
  renamed: { from: string; to: string }[];
}

export interface ConvertOptions {
  capacity?: number;
  reserve?: number;
}

/** What the playbook tool printed for a blocked session without a blocker. */
export const UNSPECIFIED_BLOCKER = 'unspecified';

export function toSessionsYaml(backlog: Backlog, options: ConvertOptions = {}): Conversion {
  const notes: Diagnostic[] = [];
  const note = (session: Session, message: string, fix: string) =>
    notes.push({ severity: 'warning', message, fix, location: session.location });

  const reranked: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const unspecified: number[] = [];
  const taken = new Set<string>();
  const sessions = backlog.sessions.map((session, index) => {
    const name = uniqueName(session.name, taken);
    if (name !== session.name) {
      renamed.push({ from: session.name, to: name });
      note(
        session,
        `session name "${session.name}" is repeated: this one is written as "${name}", names are unique in sessions.yaml`,
        'Rename it, or delete the repeated entry.',
      );
    }
    const entry: Record<string, unknown> = {
      name,
      category: session.category,
      status: session.status,
      remaining_steps: session.remainingSteps,
    };
    if (session.blockedFlag) entry.blocked = true;
    if (session.blocker !== undefined) entry.blocker = session.blocker;
    else if (session.blocked) {
      // sessions.yaml requires a blocker for a blocked session; the tool printed this one.
      entry.blocker = UNSPECIFIED_BLOCKER;
      unspecified.push(index);
      note(
        session,
        `session "${session.name}" is blocked but names no blocker: written as \`blocker: ${UNSPECIFIED_BLOCKER}\`, as the tool printed it`,
        'Say what it waits for in `blocker:`.',
      );
    }
    if (session.blockedFlag && session.status !== 'blocked' && session.status !== 'archived') {
      reranked.push(name);
      note(
        session,
        `session "${session.name}" is flagged blocked with status ${session.status}: the tool ranked it by its status, sessions.yaml closes it with the blocked sessions`,
        'Nothing to do if it is blocked; otherwise remove `blocked: true`.',
      );
    }
    if (session.pr !== undefined) entry.pr = prText(session.pr);
    if (session.jules !== undefined) entry.jules = session.jules;
    if (session.copilot !== undefined) entry.copilot = session.copilot;
    if (session.started !== undefined) entry.started = session.started;
    if (session.nextAction !== undefined) entry.next_action = session.nextAction;
    if (session.actions.length > 0) entry.actions = session.actions;
    if (session.kind !== 'prompt') entry.kind = session.kind;
    return entry;
  });

  const doc = new Document({
    version: 1,
    capacity: options.capacity ?? backlog.capacity,
    reserve: options.reserve ?? backlog.reserve,
    sessions,
  });
  doc.commentBefore = [
    ` Converted from the playbook tool's ${backlog.file} by \`session-sweeper convert\`.`,
    ` Capacity: at most ${options.capacity ?? backlog.capacity} concurrent sessions, ${options.reserve ?? backlog.reserve} slot(s) kept free for the fast lane.`,
  ].join('\n');
  // A blank line between sessions, as people write the file by hand.
  const list = doc.get('sessions', true);
  if (isSeq(list)) {
    list.items.forEach((item, index) => {
      if (index > 0 && isMap(item)) item.spaceBefore = true;
    });
  }
  for (const index of unspecified) {
    const blocker = doc.getIn(['sessions', index, 'blocker'], true);
    if (isScalar(blocker)) blocker.comment = ' say what it waits for';
  }
  return { text: doc.toString({ lineWidth: 0 }), notes, reranked, renamed };
}

/** sessions.yaml requires unique names; the tool allowed repeats, so later ones get a suffix. */
function uniqueName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique.trim()); n++) unique = `${name} (${n})`;
  taken.add(unique.trim());
  return unique;
}

function prText(pr: PullRequestRef): number | string {
  if (pr.url !== undefined) return pr.url;
  if (pr.owner !== undefined && pr.repo !== undefined) return `${pr.owner}/${pr.repo}#${pr.number}`;
  return pr.number;
}
