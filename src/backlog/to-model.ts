// Stage 6, model: validated input to the backlog the planner reads. Categories are held in NFC,
// statuses in their canonical spelling, pull requests and Jules ids parsed, a prompt's agent kept
// as written (agentOf resolves it), and every session, prompt and incident carries its place.
import type {
  Backlog,
  BacklogFormat,
  CategoryPrompts,
  Diagnostic,
  Incident,
  Prompt,
  PullRequestRef,
  Session,
  SourceLocation,
} from './model.js';
import {
  DEFAULT_AGENT,
  normaliseStatus,
  PLAYBOOK_CAPACITY,
  PLAYBOOK_CATEGORIES,
  PLAYBOOK_RESERVE,
  PR_REF_PATTERN,
  SESSION_DEFAULTS,
  type Status,
} from './format.js';
import { sessionPath, type Located } from './locate.js';
import type { RepositoryOfFile } from './read.js';
import type { CheckedSession, Validated } from './validate.js';

// A category is one whichever way its accents are encoded: every category the plan compares
// (the rotation, a session's, the backlog's, an incident's) is held in its NFC form.
export const nfc = (text: string) => (ASCII.test(text) ? text : text.normalize('NFC'));
/** Text in ASCII is in NFC already: the test costs a third of normalising it. */
const ASCII = /^[^\u0080-\uffff]*$/;

/** The backlog and, for the checks across it, the session a hardening name refers to. */
export interface Modelled {
  backlog: Backlog;
  /** The session as it spells its name, for a name written in any Unicode form. */
  sessionNamed: (name: string) => string | undefined;
}

export function toModel(
  { file, format, data, locate }: Located,
  { top, sessions: inputs, backlog }: Validated,
  warnings: Diagnostic[],
  places: readonly SourceLocation[],
  ownStrings: boolean,
): Modelled {
  // Names copied out of the file's text: one the YAML reader slices from a large file compares
  // three times slower, and the close order compares each name many times.
  const copied = ownStrings
    ? undefined
    : (JSON.parse(JSON.stringify(inputs.map((input) => input.name))) as string[]);
  const startedAt = (index: number) => locate(sessionPath(format, index), 'started');
  // A few categories spelled by many sessions: each spelling in NFC once, and one string for all
  // its sessions, which the checks and the plan then compare without reading it again.
  const categories = new Map<string, string>();
  const category = (written: string) => {
    let held = categories.get(written);
    if (held === undefined) categories.set(written, (held = nfc(written)));
    return held;
  };
  const sessions = new Array<Session>(inputs.length);
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index]!;
    const name = copied?.[index] ?? input.name;
    sessions[index] = toSession(input, name, format, places[index]!, index, startedAt, category);
  }
  const prompts: CategoryPrompts[] = backlog.map(([category, lists]) => {
    const prompt =
      (list: 'active' | 'reserve') =>
      (p: (typeof lists.active)[number], i: number): Prompt => ({
        id: p.id,
        title: p.title,
        obsolete: p.obsolete,
        ...(p.added ? { added: p.added } : {}),
        ...(p.agent !== undefined ? { agent: p.agent } : {}),
        // What a session dispatch starts is sent.
        ...(p.prompt !== undefined ? { prompt: p.prompt } : {}),
        ...(p.branch !== undefined ? { branch: p.branch } : {}),
        approve: p.approve,
        location: locate(['backlog', category, list, i]),
      });
    return {
      category: nfc(category),
      active: lists.active.map(prompt('active')),
      reserve: lists.reserve.map(prompt('reserve')),
      location: locate(['backlog', category], category),
    };
  });
  // A hardening session is named as people write names: compared after NFC, held as the session
  // spells it. Built on first use: most backlogs name no hardening session.
  let names: Map<string, string> | undefined;
  const sessionNamed = (name: string) =>
    (names ??= new Map(sessions.map((s) => [nfc(s.name), s.name]))).get(nfc(name));
  const incidents: Incident[] = (top?.incidents ?? []).map((incident, i) => {
    const hardening =
      incident.hardening === undefined
        ? undefined
        : (sessionNamed(incident.hardening) ?? incident.hardening);
    return {
      id: incident.id,
      date: incident.date,
      category: nfc(incident.category),
      summary: incident.summary,
      ...(hardening !== undefined ? { hardening } : {}),
      location: locate(['incidents', i]),
    };
  });
  const locations: Backlog['locations'] = {};
  if (top) {
    const has = (key: string) => Object.hasOwn(data as object, key);
    if (has('capacity')) locations.capacity = locate(['capacity']);
    if (has('reserve')) locations.reserve = locate(['reserve']);
    if (has('agent')) locations.agent = locate(['agent']);
    if (top.categories)
      locations.categories = top.categories.map((_, i) => locate(['categories', i]));
  }
  return {
    backlog: {
      file,
      format,
      capacity: top?.capacity ?? PLAYBOOK_CAPACITY,
      reserve: top?.reserve ?? PLAYBOOK_RESERVE,
      agent: top?.agent ?? DEFAULT_AGENT,
      categories: (top?.categories ?? [...PLAYBOOK_CATEGORIES]).map(nfc),
      sessions,
      prompts,
      incidents,
      cadence: {
        governanceEvery: top?.cadence.governance_every ?? 12,
        schedulerEvery: top?.cadence.scheduler_every ?? 30,
      },
      warnings,
      locations,
    },
    sessionNamed,
  };
}

function toSession(
  input: CheckedSession,
  name: string,
  format: BacklogFormat,
  location: SourceLocation,
  index: number,
  startedAt: (index: number) => SourceLocation,
  category: (written: string) => string,
): Session {
  // The quick check leaves out what the session does: the schema's defaults, filled in here.
  const written = input.status ?? SESSION_DEFAULTS.status;
  const status = normaliseStatus(written) as Status;
  const blocked = input.blocked ?? SESSION_DEFAULTS.blocked;
  const session: Session = {
    name,
    category: category(input.category ?? SESSION_DEFAULTS.category),
    status,
    // The playbook tool prints the status lower-cased as written ("pr created"); keep that for its JSON.
    statusText: format === 'playbook-json' ? written.trim().toLowerCase() : status,
    remainingSteps: input.remaining_steps ?? SESSION_DEFAULTS.remaining_steps,
    // The status `blocked` and the flag say the same thing; keep them in step.
    blocked: blocked || status === 'blocked',
    blockedFlag: blocked,
    actions: input.actions ?? [],
    kind: input.kind ?? SESSION_DEFAULTS.kind,
    location,
  };
  if (input.blocker) session.blocker = input.blocker;
  if (input.pr !== undefined) session.pr = parsePullRequestRef(input.pr);
  if (input.jules !== undefined) session.jules = julesId(input.jules);
  if (input.copilot !== undefined) session.copilot = input.copilot;
  if (input.started) {
    session.started = input.started;
    session.startedLocation = startedAt(index);
  }
  if (input.next_action) session.nextAction = input.next_action;
  return session;
}

/** `sessions/123` and `123` name the same Jules session. */
export const julesId = (id: number | string): string => String(id).replace(/^sessions\//, '');

/** 42, #42, owner/repo#42 or a pull request URL (already checked against PR_REF_PATTERN). */
export function parsePullRequestRef(ref: number | string): PullRequestRef {
  if (typeof ref === 'number') return { number: ref };
  const url = /^https:\/\/[^/]+\/([^/]+)\/([^/]+)\/pull\/(\d+)\/?$/.exec(ref);
  if (url) return { owner: url[1]!, repo: url[2]!, number: Number(url[3]), url: ref };
  const short = /^([^/]+)\/([^#]+)#(\d+)$/.exec(ref);
  if (short) return { owner: short[1]!, repo: short[2]!, number: Number(short[3]) };
  return { number: Number(ref.replace('#', '')) };
}

/** A `pr:` as one key for every spelling (12, "#12", owner/repo#12, its URL), and as shown. */
export function pullRequestKey(
  value: unknown,
  repository: RepositoryOfFile | undefined,
): { key: string; shown: string } | undefined {
  const valid =
    (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) ||
    (typeof value === 'string' && PR_REF_PATTERN.test(value));
  if (!valid) return undefined;
  const ref = parsePullRequestRef(value);
  const owner = ref.owner ?? repository?.owner;
  const repo = ref.repo ?? repository?.repo;
  const shown = owner && repo ? `${owner}/${repo}#${ref.number}` : `#${ref.number}`;
  return { key: shown.toLowerCase(), shown };
}
