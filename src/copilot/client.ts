// The Copilot seam: lists a repository's agent tasks (GitHub Copilot's cloud agent), every page,
// archived ones too when asked, looks up the file's ids the lists leave out, links each task to
// the pull requests it opened, and starts a task for dispatch. Requests go through the one
// Octokit (src/github/agent-tasks.ts); the token travels in a header and in no message.
import {
  createAgentTasksClient,
  type AgentAnswer,
  type AgentFailure,
  type AgentTasksClient,
  type StartTaskBody,
} from '../github/agent-tasks.js';
import type { GitHubOptions } from '../github/client.js';
import type { WriteResult } from '../jules/write.js';
import { hostOf } from '../network.js';
import type { LiveSession, RepositoryName, SourceInput } from '../sources/source.js';
import type { Surface } from '../surface.js';
import { z } from 'zod';

export type { StartTaskBody } from '../github/agent-tasks.js';

/** A guard against a server that never stops paging: 1,000 pages are 100,000 tasks. */
export const MAX_PAGES = 1_000;

/** Ids looked up one by one at most; past this many, the rest are left unchecked and said so. */
export const MAX_LOOKUPS = 50;

/** GraphQL's `nodes(ids:)` takes at most 100 ids. */
export const NODES_PER_QUERY = 100;

export interface CopilotOptions extends GitHubOptions {
  /** The repository whose tasks are listed: Copilot's slots are this repository's. */
  repository: RepositoryName;
  /**
   * The file's `copilot:` ids, the ones that matter most first: each one the lists leave out is
   * asked for by id, until one lookup fails for a reason other than 404.
   */
  ids?: readonly string[];
  /** Also list the archived tasks (`is_archived=true`), for dispatch's exactly-once markers. */
  archived?: boolean;
  /** Pages read of one list at most (MAX_PAGES unless set, as tests do). */
  maxPages?: number;
}

export type CopilotWriteOptions = Omit<CopilotOptions, 'ids' | 'archived' | 'maxPages'>;

/**
 * Why Copilot refuses a token, in the words of where it is set: the agent tasks API takes a
 * user's token only. Shared with the flows, which say it where a token is checked.
 */
export function userTokenSentence(surface: Surface): string {
  return `Copilot's agent tasks API accepts only a user's token: a fine-grained personal access token or a GitHub App user access token with the "Agent tasks" repository permission (read, and write to dispatch); GITHUB_TOKEN and installation tokens are not accepted. Put such a token in ${surface.copilotToken}.`;
}

/** Why a token cannot be used before anything is sent, or undefined. */
export function copilotTokenProblem(token: string, surface: Surface): string | undefined {
  // A header cannot carry line breaks or non-ASCII: say so, rather than send what fetch refuses.
  if (!/^[\x21-\x7e]+$/.test(token)) {
    return `${surface.copilotToken} holds spaces, line breaks or other characters no token has: copy the token again`;
  }
  // What GITHUB_TOKEN and every installation token look like: refused, so never sent.
  if (token.startsWith('ghs_')) {
    return `The token is an installation token (it starts with ghs_, as GITHUB_TOKEN does). ${userTokenSentence(surface)}`;
  }
  return undefined;
}

/** A field as text, or undefined when GitHub sent none or something else (null, a number). */
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** The record GitHub sent, or undefined when it is no object. */
const recordOf = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/**
 * A task's fields, each read on its own: a task with an id holds its slot whatever shape the
 * rest came in (a fresh task with a `null` name, a state of another type), so a field GitHub
 * sends oddly never frees a slot that is taken. Without an id there is nothing to count it by.
 */
function taskFields(raw: unknown) {
  const t = recordOf(raw);
  const id = textOf(t?.id);
  if (t === undefined || id === undefined || id === '') return undefined;
  return {
    id,
    name: textOf(t.name),
    htmlUrl: textOf(t.html_url),
    // A state that is no text is one this version does not know: it holds a slot.
    state: textOf(t.state) ?? (t.state === undefined ? undefined : 'unknown'),
    createdAt: textOf(t.created_at),
    updatedAt: textOf(t.updated_at),
    archivedAt: t.archived_at,
    artifacts: Array.isArray(t.artifacts) ? (t.artifacts as unknown[]) : [],
  };
}

const pageSchema = z.object({ tasks: z.array(z.unknown()) }).loose();

const nodesSchema = z.object({
  nodes: z.array(
    z.object({ id: z.string().optional(), url: z.string().optional() }).loose().nullable(),
  ),
});

/** Why a list could not be read, in a sentence that names the fix. */
class CopilotError extends Error {}

/** A task as read, with the global ids of the pull requests it opened, to be linked. */
interface ReadTask {
  session: LiveSession;
  pullIds: string[];
  /** Pull request artifacts without a global id: they cannot be linked. */
  unlinkable: number;
}

/**
 * Every task of the repository, archived ones too when asked, and the file's ids the lists leave
 * out. Never throws: a failure is returned with what it means, and the sweep counts slots from
 * the file alone.
 */
export async function listCopilotTasks(options: CopilotOptions): Promise<SourceInput> {
  const repository = options.repository;
  const base = { source: 'copilot' as const, enabled: true, repository };
  const problem = copilotTokenProblem(options.token, options.surface);
  if (problem) return { ...base, sessions: [], requests: 0, retries: 0, failure: problem };
  const client = createAgentTasksClient(options);
  const maxPages = options.maxPages ?? MAX_PAGES;
  const counter = { unreadable: 0 };
  const byId = new Map<string, ReadTask>();
  const warnings: string[] = [];
  let archivedUnread: string | undefined;
  try {
    const { tasks, cut } = await listAll(client, options, false, maxPages, counter);
    // Slots counted from part of the list would read free slots that are not: not used.
    if (cut) {
      throw new CopilotError(
        `GitHub kept paging the Copilot tasks of ${nameOf(repository)} past ${maxPages} pages; the list was not used`,
      );
    }
    for (const task of tasks) byId.set(task.session.id, task);
  } catch (error) {
    return { ...base, sessions: [], ...client.stats(), failure: why(error) };
  }
  if (options.archived) {
    // A task the default list returned is never replaced, so a server that ignores the filter
    // cannot mark live tasks archived and free their slots.
    try {
      const { tasks, cut } = await listAll(client, options, true, maxPages, counter);
      for (const task of tasks) if (!byId.has(task.session.id)) byId.set(task.session.id, task);
      if (cut) {
        archivedUnread = `GitHub had more than ${maxPages} pages of them`;
        warnings.push(
          `the archived Copilot tasks were read for their first ${maxPages} pages (${tasks.length} tasks) and GitHub had more pages; the ones on them were not read`,
        );
      }
    } catch (error) {
      archivedUnread = why(error);
      warnings.push(`archived Copilot tasks could not be listed (${why(error)})`);
    }
  }
  const notFound = await lookUp(client, options, byId, counter, warnings);
  const tasks = [...byId.values()];
  // An archived task is done with: its pull requests link no entry, so none is asked for.
  await linkPulls(
    client,
    tasks.filter((t) => !t.session.archived),
    warnings,
  );
  const result: SourceInput = {
    ...base,
    sessions: tasks.map((t) => t.session),
    ...client.stats(),
  };
  if (notFound.length > 0) result.notFound = notFound;
  if (archivedUnread !== undefined) result.archivedUnread = archivedUnread;
  if (counter.unreadable > 0) {
    // Not counted, so the slots may be too few: said, never silent.
    warnings.unshift(
      `${counter.unreadable} task(s) in GitHub's answer had no id this sweep can read and were not counted`,
    );
  }
  if (warnings.length > 0) result.warning = warnings.join('; ');
  return result;
}

/**
 * `POST /agents/repos/{owner}/{repo}/tasks`, sent once. A 5xx, a time limit or a broken
 * connection may still have started the task: "unknown", and the caller lists before anything
 * else. Never throws.
 */
export async function startCopilotTask(
  options: CopilotWriteOptions,
  body: StartTaskBody,
): Promise<WriteResult> {
  const problem = copilotTokenProblem(options.token, options.surface);
  if (problem) return { ok: false, refused: problem };
  const client = createAgentTasksClient(options);
  const answer = await client.startTask(options.repository, body);
  if (answer.ok) {
    const task = taskFields(answer.data);
    // GitHub acted but did not say on what: only a list can tell which task it made.
    if (!task) {
      return { ok: false, unknown: `GitHub answered ${answer.status} without naming the task` };
    }
    return { ok: true, session: { id: task.id, url: task.htmlUrl ?? '' } };
  }
  const { failure } = answer;
  if (failure.unanswered) return { ok: false, unknown: failure.message };
  const status = failure.status ?? 0;
  if (status >= 500 || status === 408) {
    return { ok: false, unknown: `GitHub answered ${status}` };
  }
  return { ok: false, refused: refusal(failure, options, 'start a Copilot task') };
}

const nameOf = (repository: RepositoryName) => `${repository.owner}/${repository.repo}`;

const why = (error: unknown) =>
  error instanceof CopilotError
    ? error.message
    : `Copilot's tasks could not be read: ${String(error)}`;

/** A failure of a list or a lookup in a sentence that names the fix. */
function refusal(failure: AgentFailure, options: CopilotWriteOptions, doing: string): string {
  const status = failure.status;
  const said = failure.message.slice(0, 300);
  if (failure.unanswered) return `${failure.message}, even after retries; try again later`;
  if (failure.rateLimited) {
    return `GitHub's rate limit is exhausted (${status}): ${said}; the token's limit resets within the hour`;
  }
  if (status === 401 || status === 403) {
    return `GitHub refused the token (${status}). ${userTokenSentence(options.surface)}`;
  }
  if (status === 404) {
    const host = hostOf(options.apiUrl);
    const where =
      host === 'api.github.com'
        ? 'the repository does not exist, or the token was not granted it'
        : `the repository does not exist, the token was not granted it, or ${host} is a GitHub Enterprise Server, which does not offer the agent tasks API`;
    return `Copilot's agent tasks API is not available for ${nameOf(options.repository)} (404): ${where}`;
  }
  if (status !== undefined && status >= 500) {
    return `GitHub kept failing after retries (${status}): ${said}; try again later`;
  }
  return `GitHub refused to ${doing} (${status ?? 'no status'}: ${said})`;
}

/** Every page of one list, by the `Link` header's `rel="next"`. */
async function listAll(
  client: AgentTasksClient,
  options: CopilotOptions,
  archived: boolean,
  maxPages: number,
  counter: { unreadable: number },
): Promise<{ tasks: ReadTask[]; cut: boolean }> {
  const tasks: ReadTask[] = [];
  const seen = new Set<number>();
  let page = 1;
  for (let read = 0; ; read++) {
    // Pages were left: `cut`, for the caller to judge what a part of the list is worth.
    if (read === maxPages) return { tasks, cut: true };
    seen.add(page);
    const answer = await client.listTasks(options.repository, { page, archived });
    if (!answer.ok) throw new CopilotError(refusal(answer.failure, options, 'list Copilot tasks'));
    const parsed = pageSchema.safeParse(answer.data);
    if (!parsed.success) {
      throw new CopilotError(
        `GitHub answered the Copilot task list of ${nameOf(options.repository)} with something this sweep cannot read`,
      );
    }
    for (const raw of parsed.data.tasks) {
      const task = toTask(raw, options.repository, archived);
      if (task) tasks.push(task);
      else counter.unreadable++;
    }
    const next = nextPage(answer.link);
    if (next === undefined) return { tasks, cut: false };
    if (next === 'unreadable') {
      throw new CopilotError(
        "GitHub's next-page link of the Copilot task list has no page number; the list was not used",
      );
    }
    if (seen.has(next)) {
      throw new CopilotError(
        `GitHub's next-page link of the Copilot task list went back to page ${next}; the list was not used`,
      );
    }
    page = next;
  }
}

/**
 * The page `rel="next"` points at; undefined on the last page. Only its page number is taken:
 * the next request goes to the same address as the first, so a link elsewhere carries no token.
 */
function nextPage(link: string | undefined): number | 'unreadable' | undefined {
  for (const part of (link ?? '').split(',')) {
    const [target = '', ...params] = part.split(';').map((p) => p.trim());
    const rel = params.find((p) => /^rel\s*=/i.test(p))?.replace(/^rel\s*=\s*/i, '');
    if (!rel?.replace(/"/g, '').split(/\s+/).includes('next')) continue;
    const url = target.replace(/^<|>$/g, '');
    if (!URL.canParse(url)) return 'unreadable';
    const page = Number(new URL(url).searchParams.get('page') ?? NaN);
    return Number.isInteger(page) && page >= 1 ? page : 'unreadable';
  }
  return undefined;
}

/** `archivedWhenAbsent`: read from the `is_archived=true` list, a task without the field is. */
function toTask(
  raw: unknown,
  repository: RepositoryName,
  archivedWhenAbsent: boolean,
): ReadTask | undefined {
  const t = taskFields(raw);
  if (!t) return undefined;
  const pullIds: string[] = [];
  let unlinkable = 0;
  for (const item of t.artifacts) {
    const artifact = recordOf(item);
    if (artifact?.type !== 'pull') continue;
    const id = textOf(recordOf(artifact.data)?.global_id);
    if (id) pullIds.push(id);
    else unlinkable++;
  }
  return {
    session: {
      id: t.id,
      name: t.name ?? '',
      title: t.name ?? '',
      prompt: '',
      state: t.state ?? '',
      url: t.htmlUrl ?? '',
      createTime: t.createdAt ?? null,
      updateTime: t.updatedAt ?? null,
      source: `sources/github/${repository.owner}/${repository.repo}`,
      archived:
        typeof t.archivedAt === 'string'
          ? true
          : t.archivedAt === null
            ? false
            : archivedWhenAbsent,
      pullRequests: [],
    },
    pullIds,
    unlinkable,
  };
}

/** The file's ids the lists leave out, asked for one by one; the ones GitHub has not. */
async function lookUp(
  client: AgentTasksClient,
  options: CopilotOptions,
  byId: Map<string, ReadTask>,
  counter: { unreadable: number },
  warnings: string[],
): Promise<string[]> {
  const notFound: string[] = [];
  const unknown = [...new Set(options.ids ?? [])].filter((id) => !byId.has(id));
  let stopped = false;
  for (const [index, id] of unknown.slice(0, MAX_LOOKUPS).entries()) {
    const answer: AgentAnswer = await client.getTask(options.repository, id);
    if (answer.ok) {
      const task = toTask(answer.data, options.repository, false);
      if (task) byId.set(task.session.id, task);
      else counter.unreadable++;
      continue;
    }
    if (answer.failure.status === 404) {
      notFound.push(id);
      continue;
    }
    // What failed one lookup (a refused token, GitHub down) fails the next: ask no more.
    const left = unknown.length - index - 1;
    warnings.push(
      `Copilot task ${id} could not be looked up (${refusal(answer.failure, options, 'read a Copilot task')})${left > 0 ? `, so the lookups stopped and ${left} more id(s) of the file that are not listed were not looked up` : ''}`,
    );
    stopped = true;
    break;
  }
  if (!stopped && unknown.length > MAX_LOOKUPS) {
    warnings.push(
      `${unknown.length - MAX_LOOKUPS} more Copilot id(s) of the file are not listed and were not looked up (at most ${MAX_LOOKUPS} a sweep)`,
    );
  }
  return notFound;
}

/** The GraphQL that turns pull request global ids into links, 100 ids a query. */
export const PULL_URLS_QUERY = `query CopilotTaskPulls($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on PullRequest {
      id
      url
    }
  }
}`;

/**
 * Fills each task's `pullRequests`. A task whose links cannot be read is kept, unlinked: the
 * slot it holds counts all the same, and the warning says which link was lost.
 */
async function linkPulls(
  client: AgentTasksClient,
  tasks: readonly ReadTask[],
  warnings: string[],
): Promise<void> {
  const unlinkable = tasks.reduce((sum, t) => sum + t.unlinkable, 0);
  if (unlinkable > 0) {
    warnings.push(
      `${unlinkable} pull request(s) of Copilot tasks came without a global id, so they are not linked to entries by pr`,
    );
  }
  const ids = [...new Set(tasks.flatMap((t) => t.pullIds))];
  const urls = new Map<string, string>();
  let failed = 0;
  let reason = '';
  for (let start = 0; start < ids.length; start += NODES_PER_QUERY) {
    const chunk = ids.slice(start, start + NODES_PER_QUERY);
    const answer = await client.graphql(PULL_URLS_QUERY, { ids: chunk });
    const data = answer.ok ? (answer.data as { data?: unknown }).data : undefined;
    const parsed = nodesSchema.safeParse(data);
    if (!parsed.success) {
      failed += chunk.length;
      reason ||= answer.ok
        ? graphqlProblem(answer.data)
        : answer.failure.unanswered
          ? answer.failure.message
          : `GitHub answered ${answer.failure.status ?? 'no status'}: ${answer.failure.message.slice(0, 200)}`;
      continue;
    }
    for (const node of parsed.data.nodes) {
      if (node?.id && node.url) urls.set(node.id, node.url);
    }
  }
  let missing = 0;
  for (const task of tasks) {
    for (const id of task.pullIds) {
      const url = urls.get(id);
      if (url) task.session.pullRequests.push(url);
      else missing++;
    }
  }
  if (failed > 0) {
    warnings.push(
      `the links of ${failed} pull request(s) of Copilot tasks could not be read (${reason}), so those tasks are counted but not linked to entries by pr`,
    );
  } else if (missing > 0) {
    warnings.push(
      `${missing} pull request(s) of Copilot tasks were not found, or the token cannot see them, so they are not linked to entries by pr`,
    );
  }
}

function graphqlProblem(answer: unknown): string {
  const errors = (answer as { errors?: { message?: unknown }[] } | null)?.errors;
  const first = Array.isArray(errors) ? errors[0]?.message : undefined;
  return typeof first === 'string'
    ? `GitHub's GraphQL said: ${first.slice(0, 200)}`
    : "GitHub's GraphQL answer could not be read";
}
