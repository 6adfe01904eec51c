// Dispatch as pure functions: which prompts a sweep starts in Jules, which sessions it archives
// or approves, and why it skips the rest. The flow (src/flows/dispatch.ts) does the calls.
import type { Backlog, CategoryPrompts, Prompt, Session } from '../backlog/model.js';
import { AWAITING_STATES, isOfRepository, takesSlot, type RepositoryName } from './jules.js';
import type { RecordedStart } from './ledger.js';
import type { JulesSession, Recommendation } from './types.js';
import {
  COPILOT,
  JULES,
  meaningOf,
  type LiveSession,
  type SourceId,
  type SourceInput,
  type SourceKind,
} from '../sources/index.js';
import { takesSlotIn } from './sessions.js';

export type DispatchMode = 'off' | 'dry-run' | 'on';

/** The body of `POST sessions`, field for field as the Jules API takes it. */
export interface CreateSessionBody {
  prompt: string;
  title: string;
  sourceContext: { source: string; githubRepoContext: { startingBranch: string } };
  automationMode: 'AUTO_CREATE_PR';
  requirePlanApproval: boolean;
}

/** The body of `POST /agents/repos/{owner}/{repo}/tasks`, as the agent tasks API takes it. */
export interface CopilotTaskBody {
  prompt: string;
  base_ref?: string;
  create_pull_request: true;
}

/** One write call to Jules or Copilot, as dry-run prints it and `on` sends it. */
export type DispatchCall =
  | { method: 'POST'; path: 'sessions'; prompt: string; category: string; body: CreateSessionBody }
  | {
      method: 'POST';
      path: `agents/repos/${string}/${string}/tasks`;
      prompt: string;
      category: string;
      body: CopilotTaskBody;
    }
  | { method: 'POST'; path: `sessions/${string}:archive`; session: string; body: object }
  | { method: 'POST'; path: `sessions/${string}:approvePlan`; session: string; body: object };

/** What dispatch did (or, in dry-run, would do), for the summary, plan.json and the ledger. */
export interface DispatchReport {
  mode: Exclude<DispatchMode, 'off'>;
  /** Why nothing was sent at all (the event, no key, Jules unread). */
  refused?: string;
  /** Why the starts stopped early (a refusal from Jules, an unknown outcome). */
  stopped?: string;
  started: { prompt: string; category: string; session: string; url: string }[];
  archived: { session: string; url: string; pullRequest: string }[];
  approved: { session: string; url: string; prompt: string }[];
  skipped: { prompt: string; category?: string; reason: string }[];
  /** Sessions that wait on a person and are left to one. */
  needsYou: { session: string; title: string; url: string; state: string }[];
  /** Every write call, in order: in dry-run, the ones `on` would send. */
  calls: DispatchCall[];
}

/** `[sec-rbac-audit]`: the prompt's id at the start of the session's title. */
export const markerOf = (promptId: string): string => `[${promptId}]`;

/** The title a dispatched session carries: the marker, then the prompt's title. */
export const dispatchTitle = (prompt: Pick<Prompt, 'id' | 'title'>): string =>
  `${markerOf(prompt.id)} ${prompt.title}`;

/** A title as markers are compared: look-alike forms and case folded, spaces left out. */
const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Reads which prompt's marker a session title starts with, among `ids`: the longest that fits,
 * so `[a-b]` is never `[a]` and an id holding a `]` is still found.
 */
export function markerReader(ids: Iterable<string>): (title: string) => string | undefined {
  const markers = [...new Set(ids)]
    .map((id) => ({ id, exact: markerOf(id), folded: fold(markerOf(id)) }))
    .sort((a, b) => b.exact.length - a.exact.length);
  return (title) => {
    // The marker as sent wins, so ids that differ only in case stay two prompts.
    const trimmed = title.trim();
    const folded = fold(title);
    return (
      markers.find((m) => trimmed.startsWith(m.exact)) ??
      markers.find((m) => folded.startsWith(m.folded))
    )?.id;
  };
}

/** Every prompt id of the file, started ones included: the markers a title may carry. */
export const promptIds = (prompts: readonly CategoryPrompts[]): string[] =>
  prompts.flatMap((g) => [...g.active, ...g.reserve].map((p) => p.id));

/**
 * The ledger's start of a prompt, its id read as a marker is: as recorded, else recorded in
 * another case, unless that other id is a prompt of its own among `known`.
 */
function recordOf(
  recorded: ReadonlyMap<string, RecordedStart> | undefined,
  known: Iterable<string>,
): (id: string) => RecordedStart | undefined {
  if (!recorded || recorded.size === 0) return () => undefined;
  const ids = new Set(known);
  const folded = new Map<string, RecordedStart>();
  for (const [id, start] of recorded) {
    const key = fold(id);
    if (!ids.has(id) && !folded.has(key)) folded.set(key, start);
  }
  return (id) => recorded.get(id) ?? folded.get(fold(id));
}

/** A session of another repository is that repository's start, even under the same marker. */
const elsewhere = (j: JulesSession, repository: RepositoryName | undefined): boolean =>
  repository !== undefined && j.source.trim() !== '' && !isOfRepository(j.source, repository);

/**
 * The Jules session that carries each prompt's marker, archived ones included; the oldest wins.
 * Sessions another repository's source names are left out; a session without one counts. A
 * session the ledger records as started for a prompt, its title carrying no marker of a prompt
 * the file or the ledger knows (renamed, "[WIP] ..." too), is that prompt's.
 */
export function sessionsByPrompt(
  jules: readonly JulesSession[],
  ids: Iterable<string>,
  repository?: RepositoryName,
  recorded?: ReadonlyMap<string, RecordedStart>,
): Map<string, JulesSession> {
  const known = [...ids];
  const read = markerReader(known);
  const startedFor = new Map<string, string>();
  const recordFor = recordOf(recorded, known);
  for (const id of known) {
    const start = recordFor(id);
    if (start && !startedFor.has(start.session)) startedFor.set(start.session, id);
  }
  // A marker of a prompt the ledger knows (one an entry by now): a bracket of the agent's own,
  // such as "[WIP]", is no marker.
  const marked =
    startedFor.size > 0 ? markerReader([...known, ...(recorded?.keys() ?? [])]) : undefined;
  const byPrompt = new Map<string, JulesSession>();
  const ordered = [...jules].sort((a, b) => (a.createTime ?? '').localeCompare(b.createTime ?? ''));
  for (const j of ordered) {
    if (elsewhere(j, repository)) continue;
    // A title with a marker is that marker's session, even one of a prompt the file no longer has.
    const id =
      read(j.title) ?? (marked && marked(j.title) === undefined ? startedFor.get(j.id) : undefined);
    if (id !== undefined && !byPrompt.has(id)) byPrompt.set(id, j);
  }
  return byPrompt;
}

/**
 * "Exactly once": a prompt whose marker is on a session Jules knows is started work, never a
 * waiting prompt. It leaves the prompt lists, and unless an entry of the file already names the
 * session it becomes an entry of its own (its category, `jules:` the session), so the planner
 * counts it as tracked.
 */
function withStartedPrompts(
  backlog: Backlog,
  jules: readonly JulesSession[],
  repository: RepositoryName | undefined,
  kind: SourceKind,
  recorded: ReadonlyMap<string, RecordedStart> | undefined,
  /** Every prompt id of the file, ones already entries included, so a marker is read whole. */
  known: readonly string[],
): Backlog {
  const byPrompt = sessionsByPrompt(jules, known, repository, recorded);
  if (byPrompt.size === 0) return backlog;
  const named = new Set(
    backlog.sessions.flatMap((s) => {
      const id = kind.entryId(s);
      return id !== undefined ? [id] : [];
    }),
  );
  const names = new Set(backlog.sessions.map((s) => s.name));
  const added: Session[] = [];
  const keep = (group: CategoryPrompts) => (p: Prompt) => {
    const j = byPrompt.get(p.id);
    if (!j) return true;
    const name = dispatchTitle(p);
    if (!named.has(j.id) && !names.has(name)) {
      named.add(j.id);
      names.add(name);
      added.push(entryOf(p, group.category, name, j, kind));
    }
    return false;
  };
  const prompts = backlog.prompts.map((group) => ({
    ...group,
    active: group.active.filter(keep(group)),
    reserve: group.reserve.filter(keep(group)),
  }));
  if (added.length === 0 && prompts.every((g, i) => sameLists(g, backlog.prompts[i]!))) {
    return backlog;
  }
  return { ...backlog, sessions: [...backlog.sessions, ...added], prompts };
}

/**
 * The file with the prompts Jules and Copilot already run as entries, from what the sweep read of
 * each (a list that could not be read changes nothing). Markers are read among every prompt of
 * the file, so ids that differ only in case stay two prompts whichever source is read first.
 */
export function startedPromptsAsEntries(
  file: Backlog,
  read: { jules?: SourceInput | undefined; copilot?: SourceInput | undefined },
  recorded?: ReadonlyMap<string, RecordedStart>,
): Backlog {
  const known = promptIds(file.prompts);
  const from = (backlog: Backlog, input: SourceInput | undefined, kind: SourceKind) =>
    input?.enabled && !input.failure
      ? withStartedPrompts(backlog, input.sessions, input.repository, kind, recorded, known)
      : backlog;
  return from(from(file, read.jules, JULES), read.copilot, COPILOT);
}

/**
 * A prompt the ledger records as started whose session no list shows any more (deleted) is
 * started work too: it leaves the waiting lists, so it never holds an open slot or an enqueue
 * that the next prompt of its category should have, and a note says why it is not offered.
 */
export function withoutRecordedStarts(
  backlog: Backlog,
  recorded: ReadonlyMap<string, RecordedStart>,
  /** Every prompt id of the file, started ones included. */
  known: readonly string[],
): { backlog: Backlog; notes: string[] } {
  if (recorded.size === 0) return { backlog, notes: [] };
  const recordFor = recordOf(recorded, known);
  const notes: string[] = [];
  const gone = (p: Prompt) => {
    const start = recordFor(p.id);
    if (!start) return false;
    notes.push(`Prompt ${p.id} is not offered: ${recordedStart(p.id, start)}.`);
    return true;
  };
  const prompts = backlog.prompts.map((group) => ({
    ...group,
    active: group.active.filter((p) => !gone(p)),
    reserve: group.reserve.filter((p) => !gone(p)),
  }));
  return notes.length === 0 ? { backlog, notes } : { backlog: { ...backlog, prompts }, notes };
}

const sameLists = (a: CategoryPrompts, b: CategoryPrompts) =>
  a.active.length === b.active.length && a.reserve.length === b.reserve.length;

/** The entry a started prompt plans as: its status is what Jules shows, so no drift is invented. */
function entryOf(
  p: Prompt,
  category: string,
  name: string,
  j: LiveSession,
  kind: SourceKind,
): Session {
  const done = meaningOf(kind, j.state) === 'finished' && j.pullRequests.length > 0;
  const status = j.archived ? 'archived' : done ? 'pr-created' : 'needs-more-work';
  return {
    name,
    category,
    status,
    statusText: status,
    remainingSteps: status === 'needs-more-work' ? 1 : 0,
    blocked: false,
    blockedFlag: false,
    [kind.id]: j.id,
    ...(j.createTime ? { started: j.createTime.slice(0, 10) } : {}),
    nextAction: `Follow ${kind.label} ${kind.noun} ${j.id} (started from prompt ${p.id}) at ${j.url || (kind === JULES ? 'jules.google.com' : 'github.com')}.`,
    actions: [],
    kind: 'prompt',
    location: p.location,
  };
}

export interface DispatchLimits {
  capacity: number;
  reserve: number;
  /** Slots the plan counted, account-wide. */
  counted: number;
  /** With a Jules plan: tasks started in the last 24 hours and the limit. */
  quota?: { created: number; limit: number };
  /** At most this many starts a sweep; absent: every open slot. */
  max?: number;
}

/** A start call, to either agent. */
export type StartCall = Extract<DispatchCall, { prompt: string }>;

/** Whether a start goes to Copilot. */
export const startsInCopilot = (
  call: DispatchCall,
): call is Extract<DispatchCall, { body: CopilotTaskBody }> => call.path.startsWith('agents/');

export interface StartInput {
  recommendations: readonly Recommendation[];
  prompts: readonly CategoryPrompts[];
  /** A list of every session of the account taken right before this start. */
  fresh: readonly JulesSession[];
  /** This repository's Copilot tasks, listed right before this start, when a token was given. */
  freshCopilot?: readonly LiveSession[];
  /** The Copilot list the plan counted from. */
  plannedCopilot?: readonly LiveSession[];
  /** Where a prompt that names no agent starts (the file's `agent`). */
  defaultAgent?: SourceId;
  /** The agents dispatch can start in this sweep (a key or token given, its list read), and why not. */
  unavailable?: Partial<Record<SourceId, string>>;
  /** Beside Copilot: the Jules plan's sessions at once, account-wide. */
  julesConcurrent?: number;
  limits: DispatchLimits;
  repository: RepositoryName;
  defaultBranch: string;
  /** The list the plan counted from: a live session not on it was started since. */
  planned?: readonly JulesSession[];
  /** Starts this sweep already made (they are in `fresh` too). */
  startedSoFar: number;
  /** The prompts those starts were for. */
  startedIds?: ReadonlySet<string>;
  /** Tasks the fresh list shows in the last 24 hours, when a Jules plan is set. */
  createdToday?: number;
  /** Every prompt id of the file, started ones included, so a marker is read whole. */
  knownIds?: readonly string[];
  /** The prompts earlier sweeps started, by the ledger: never started again. */
  recorded?: ReadonlyMap<string, RecordedStart>;
}

/**
 * The next session to start, in the plan's order, or why no more are started; with it, the
 * prompts passed over on the way and why. "Never more sessions than the free slots after the
 * reserve", counted account-wide from the fresh list and never below what the plan counted.
 */
export function nextStart(input: StartInput): {
  call?: StartCall;
  skipped: DispatchReport['skipped'];
  done?: string;
} {
  const { limits } = input;
  // Sessions the plan did not count and this sweep did not start: someone else took a slot.
  const known = new Set(input.planned?.map((j) => j.id));
  const ids = [
    ...promptIds(input.prompts),
    ...(input.knownIds ?? []),
    ...input.recommendations.flatMap((r) => (r.prompt ? [r.prompt] : [])),
  ];
  const read = markerReader(ids);
  const julesLive = input.fresh.filter(takesSlot);
  const copilotLive = (input.freshCopilot ?? []).filter((t) => takesSlotIn(COPILOT, t));
  const knownTasks = new Set(input.plannedCopilot?.map((t) => t.id));
  const isNew = (known: ReadonlySet<string>) => (j: LiveSession) => {
    const id = read(j.title);
    return !known.has(j.id) && !(id !== undefined && input.startedIds?.has(id));
  };
  const newcomers =
    julesLive.filter(isNew(known)).length + copilotLive.filter(isNew(knownTasks)).length;
  const live = julesLive.length + copilotLive.length;
  const taken = Math.max(limits.counted + input.startedSoFar + newcomers, live);
  const free = limits.capacity - limits.reserve - taken;
  const byPrompt = sessionsByPrompt(
    [...input.fresh, ...(input.freshCopilot ?? [])],
    ids,
    input.repository,
    input.recorded,
  );
  const recordFor = recordOf(input.recorded, ids);
  const prompts = new Map(
    input.prompts.flatMap((g) => [...g.active, ...g.reserve].map((p) => [p.id, p] as const)),
  );
  const skipped: DispatchReport['skipped'] = [];
  const wanted = input.recommendations.filter((r) => r.kind === 'start-prompt' && r.prompt);
  for (const rec of wanted) {
    const id = rec.prompt!;
    const prompt = prompts.get(id);
    // Started by this sweep: not a skip, only the next one is wanted.
    if (input.startedIds?.has(id)) continue;
    const j = byPrompt.get(id);
    if (j) {
      const where = (input.freshCopilot ?? []).includes(j) ? 'Copilot task' : 'Jules session';
      skipped.push({
        prompt: id,
        ...cat(rec),
        reason:
          read(j.title) === id
            ? `already started: ${where} ${j.id} carries its marker ${markerOf(id)}`
            : `already started: the ledger records ${where} ${j.id} started for it, though its title no longer carries the marker ${markerOf(id)}`,
      });
      continue;
    }
    const before = recordFor(id);
    if (before) {
      skipped.push({
        prompt: id,
        ...cat(rec),
        reason: `already started: ${recordedStart(id, before)}`,
      });
      continue;
    }
    if (!prompt) {
      skipped.push({ prompt: id, ...cat(rec), reason: 'the backlog holds no prompt of that id' });
      continue;
    }
    const limit = limitReached(input, free, taken);
    if (limit) {
      // Every prompt left waits for the next sweep, each said with the rail that held it.
      const left = wanted.slice(wanted.indexOf(rec));
      for (const r of left) {
        const later = r.prompt!;
        const started =
          input.startedIds?.has(later) || byPrompt.has(later) || recordFor(later) !== undefined;
        if (!started) skipped.push({ prompt: later, ...cat(r), reason: limit });
      }
      return { skipped, done: limit };
    }
    const agent = prompt.agent ?? input.defaultAgent ?? 'jules';
    // What holds one agent back leaves the prompts of the other to start.
    const held = input.unavailable?.[agent] ?? agentLimit(input, agent, julesLive.length);
    if (held) {
      skipped.push({ prompt: id, ...cat(rec), reason: held });
      continue;
    }
    const { owner, repo } = input.repository;
    return {
      call:
        agent === 'copilot'
          ? {
              method: 'POST',
              path: `agents/repos/${owner}/${repo}/tasks`,
              prompt: prompt.id,
              category: rec.category ?? '',
              body: copilotBody(prompt, input.defaultBranch),
            }
          : {
              method: 'POST',
              path: 'sessions',
              prompt: prompt.id,
              category: rec.category ?? '',
              body: createBody(prompt, input.repository, input.defaultBranch),
            },
      skipped,
    };
  }
  return { skipped, done: 'every start-prompt recommendation was handled' };
}

/** The rail that stops every start that follows, in a sentence, or undefined. */
function limitReached(input: StartInput, free: number, taken: number): string | undefined {
  const { limits } = input;
  if (limits.max !== undefined && input.startedSoFar >= limits.max) {
    return `dispatch-max (${limits.max}) reached`;
  }
  if (free <= 0) {
    return `no slot is free after the reserve: ${taken} of ${limits.capacity} taken account-wide, ${limits.reserve} kept in reserve`;
  }
  return undefined;
}

/**
 * What holds one agent's starts back while the other's may go on: Jules' daily quota, and beside
 * Copilot, the Jules plan's sessions at once. Only Jules has limits of its own.
 */
function agentLimit(input: StartInput, agent: SourceId, julesLive: number): string | undefined {
  if (agent !== 'jules') return undefined;
  const { limits } = input;
  if (limits.quota) {
    const created = Math.max(limits.quota.created + input.startedSoFar, input.createdToday ?? 0);
    if (created >= limits.quota.limit) {
      return `the daily quota is spent: ${created} / ${limits.quota.limit} tasks in the last 24 h`;
    }
  }
  if (input.julesConcurrent !== undefined && julesLive >= input.julesConcurrent) {
    return `Jules runs ${julesLive} sessions, the most its plan runs at once (${input.julesConcurrent})`;
  }
  return undefined;
}

/**
 * The task's prompt for Copilot: the marker and title on its first line, since the agent tasks API
 * names a task from its prompt, then the prompt's text; the prompt's branch, else the default.
 */
export function copilotBody(prompt: Prompt, defaultBranch: string): CopilotTaskBody {
  return {
    prompt: `${dispatchTitle(prompt)}\n\n${prompt.prompt ?? prompt.title}`,
    base_ref: prompt.branch ?? defaultBranch,
    create_pull_request: true,
  };
}

/** Why a prompt the ledger saw started is not started again, though no marker shows it. */
const recordedStart = (id: string, start: RecordedStart): string =>
  `the ledger records ${start.session} started for it on ${start.time.slice(0, 10)}, and no session or task listed this sweep carries its marker ${markerOf(id)}; give the prompt a new id to start it again`;

const cat = (rec: Recommendation) => (rec.category ? { category: rec.category } : {});

/** `POST sessions` for a prompt: the marker in the title, the prompt's text, its branch. */
export function createBody(
  prompt: Prompt,
  repository: RepositoryName,
  defaultBranch: string,
): CreateSessionBody {
  return {
    prompt: prompt.prompt ?? prompt.title,
    title: dispatchTitle(prompt),
    sourceContext: {
      source: `sources/github/${repository.owner}/${repository.repo}`,
      githubRepoContext: { startingBranch: prompt.branch ?? defaultBranch },
    },
    automationMode: 'AUTO_CREATE_PR',
    requirePlanApproval: prompt.approve === 'manual',
  };
}

/** A session we may archive: COMPLETED in Jules, not archived yet, its pull request merged. */
export interface ArchiveCandidate {
  jules: JulesSession;
  pullRequest: string;
  merged: boolean;
}

/** "If PR already exists: archive the session": only COMPLETED sessions whose PR GitHub shows merged. */
export function archiveCalls(candidates: readonly ArchiveCandidate[]): DispatchCall[] {
  const seen = new Set<string>();
  const calls: DispatchCall[] = [];
  for (const c of candidates) {
    if (c.jules.archived || c.jules.state !== 'COMPLETED' || !c.merged) continue;
    if (seen.has(c.jules.id)) continue;
    seen.add(c.jules.id);
    calls.push({
      method: 'POST',
      path: `sessions/${c.jules.id}:archive`,
      session: c.jules.id,
      body: {},
    });
  }
  return calls;
}

/**
 * Plans waiting for approval: a session started from a prompt with `approve: auto` is approved;
 * every other waiting session is left to a person.
 */
export function approvals(
  jules: readonly JulesSession[],
  prompts: readonly CategoryPrompts[],
  repository: RepositoryName,
): {
  calls: DispatchCall[];
  approvedPrompts: Map<string, string>;
  needsYou: DispatchReport['needsYou'];
} {
  const byId = new Map(
    prompts.flatMap((g) => [...g.active, ...g.reserve].map((p) => [p.id, p] as const)),
  );
  const ids = [...byId.keys()];
  const read = markerReader(ids);
  // Ours: the very title dispatch sends, and the oldest session with that marker.
  const first = sessionsByPrompt(jules, ids, repository);
  const source = `sources/github/${repository.owner}/${repository.repo}`.toLowerCase();
  const calls: DispatchCall[] = [];
  const approvedPrompts = new Map<string, string>();
  const needsYou: DispatchReport['needsYou'] = [];
  for (const j of jules) {
    if (j.archived || !AWAITING_STATES.has(j.state)) continue;
    const id = read(j.title);
    const prompt = id === undefined ? undefined : byId.get(id);
    const ours =
      prompt !== undefined &&
      prompt.approve === 'auto' &&
      j.title === dispatchTitle(prompt) &&
      first.get(prompt.id)?.id === j.id &&
      j.source.toLowerCase() === source;
    if (ours && j.state === 'AWAITING_PLAN_APPROVAL') {
      calls.push({
        method: 'POST',
        path: `sessions/${j.id}:approvePlan`,
        session: j.id,
        body: {},
      });
      approvedPrompts.set(j.id, prompt.id);
    } else {
      needsYou.push({ session: j.id, title: j.title, url: j.url, state: j.state });
    }
  }
  return { calls, approvedPrompts, needsYou };
}

/**
 * Copilot tasks that wait on a person: the agent tasks API has no call that answers for one, so
 * each is a "needs you" item, as a Jules session that waits is.
 */
export function waitingTasks(tasks: readonly LiveSession[]): DispatchReport['needsYou'] {
  return tasks
    .filter((t) => !t.archived && meaningOf(COPILOT, t.state) === 'needs-person')
    .map((t) => ({ session: t.id, title: t.title, url: t.url, state: t.state }));
}

/** The events dispatch may run on: a schedule or a person pressing the button. */
export const DISPATCH_EVENTS: ReadonlySet<string> = new Set(['schedule', 'workflow_dispatch']);

/** Why dispatch sends nothing on this event, or undefined when it may run. */
export function eventRefusal(eventName: string): string | undefined {
  if (DISPATCH_EVENTS.has(eventName)) return undefined;
  return `dispatch runs only on schedule and workflow_dispatch events; this run is ${eventName ? `a ${eventName} event` : 'not a workflow event'}, so nothing was sent to Jules`;
}
