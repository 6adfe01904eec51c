// GitHub's agent tasks REST API (Copilot's cloud agent, API version 2026-03-10) over the one
// Octokit: list a repository's tasks, read one, start one, and the GraphQL that turns the pull
// requests a task opened into links. Each call answers with GitHub's data or its failure as it
// came; src/copilot/client.ts words them for the user, since only it knows which token it was.
import { connect, NetworkFailure, type GitHubOptions } from './client.js';
import type { RepositoryName } from '../sources/source.js';

/** The agent tasks API exists in this version of the REST API only (public preview). */
export const AGENT_TASKS_API_VERSION = '2026-03-10';

const headers = { 'x-github-api-version': AGENT_TASKS_API_VERSION };

/** What `GET /agents/repos/{owner}/{repo}/tasks` is asked for: always 100 a page, oldest first. */
export interface TaskListQuery {
  page: number;
  /** Comma-separated states; every state when absent. */
  state?: string;
  /** The archived tasks instead of the others. */
  archived: boolean;
}

/** `POST /agents/repos/{owner}/{repo}/tasks`: a task that opens a pull request. */
import type { CopilotTaskBody as StartTaskBody } from '../planner/dispatch.js';
export type { StartTaskBody };

export type AgentAnswer =
  | { ok: true; status: number; data: unknown; link: string | undefined }
  | { ok: false; failure: AgentFailure };

export interface AgentFailure {
  /** GitHub's status; absent when no answer came. */
  status?: number;
  /** GitHub's own message, or what went wrong on the way, without a full stop. */
  message: string;
  /** No answer came (a time limit, a broken connection): a write may have been acted on. */
  unanswered: boolean;
  /** A rate limit the throttling would not wait out. */
  rateLimited: boolean;
}

export interface AgentTasksClient {
  listTasks: (repository: RepositoryName, query: TaskListQuery) => Promise<AgentAnswer>;
  getTask: (repository: RepositoryName, id: string) => Promise<AgentAnswer>;
  /** Sent once: never retried after a 5xx, a time limit or a broken connection. */
  startTask: (repository: RepositoryName, body: StartTaskBody) => Promise<AgentAnswer>;
  /** One GraphQL query with the same token, to GITHUB_GRAPHQL_URL. */
  graphql: (query: string, variables: Record<string, unknown>) => Promise<AgentAnswer>;
  /** HTTP requests sent, and how many of them were retries. */
  stats: () => { requests: number; retries: number };
}

/** A client for one token: a Copilot user token is not the workflow's GitHub token. */
export function createAgentTasksClient(options: GitHubOptions): AgentTasksClient {
  const connection = connect(options);
  const { octokit, timing } = connection;
  const settle = async (
    send: () => Promise<{ status: number; data: unknown; headers: { link?: string } }>,
  ): Promise<AgentAnswer> => {
    connection.asked();
    try {
      const response = await send();
      return {
        ok: true,
        status: response.status,
        data: response.data,
        link: response.headers.link,
      };
    } catch (error) {
      return { ok: false, failure: failureOf(error, timing.requestTimeoutMs) };
    }
  };
  return {
    listTasks: (repository, query) =>
      settle(() =>
        octokit.request('GET /agents/repos/{owner}/{repo}/tasks', {
          owner: repository.owner,
          repo: repository.repo,
          per_page: 100,
          page: query.page,
          // Oldest first: a task's work moves it in the default order (updated_at), and a task
          // that moves to a page already read while the next is asked for is never seen.
          sort: 'created_at',
          direction: 'asc',
          ...(query.state === undefined ? {} : { state: query.state }),
          is_archived: query.archived,
          headers,
        }),
      ),
    getTask: (repository, id) =>
      settle(() =>
        octokit.request('GET /agents/repos/{owner}/{repo}/tasks/{task_id}', {
          owner: repository.owner,
          repo: repository.repo,
          task_id: id,
          headers,
        }),
      ),
    startTask: (repository, body) =>
      settle(() =>
        octokit.request('POST /agents/repos/{owner}/{repo}/tasks', {
          owner: repository.owner,
          repo: repository.repo,
          ...body,
          headers,
          // A 5xx or a lost answer may still have started the task: only a fresh list can tell.
          request: { retries: 0, fetch: connection.onceFetch },
        }),
      ),
    graphql: (query, variables) =>
      settle(() => octokit.request({ method: 'POST', url: options.graphqlUrl, query, variables })),
    stats: connection.stats,
  };
}

function failureOf(error: unknown, timeoutMs: number): AgentFailure {
  const status = (error as { status?: unknown }).status;
  const response = (error as { response?: { data?: unknown } }).response;
  const raw = error instanceof Error ? error.message : String(error);
  if (response === undefined) {
    const timedOut = (error as { name?: unknown }).name === 'TimeoutError' || /timeout/i.test(raw);
    const message =
      error instanceof NetworkFailure
        ? error.message
        : timedOut
          ? `GitHub did not answer within ${timeoutMs / 1000}s`
          : `GitHub could not be reached: ${raw}`;
    return { message, unanswered: true, rateLimited: false };
  }
  const said = (response.data as { message?: unknown } | undefined)?.message;
  const message = (typeof said === 'string' ? said : raw).replace(/\.$/, '');
  const code = typeof status === 'number' ? status : undefined;
  return {
    ...(code === undefined ? {} : { status: code }),
    message,
    unanswered: false,
    rateLimited: code === 429 || (code === 403 && /rate limit/i.test(message)),
  };
}
