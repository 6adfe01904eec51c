// The one GitHub seam: an Octokit made once with retry and throttling. No other module imports
// Octokit or makes one (./agent-tasks.ts gets its own from `connect`). It only reads; it never
// writes to the repository.
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { hostOf, networkCause, networkRetryWait, NETWORK_RETRIES } from '../network.js';
import type { ServiceOptions } from '../network.js';
import type { Surface } from '../surface.js';
import type { GraphqlAnswer } from './query.js';

export interface Timing {
  /** Backoff unit for 5xx and network errors: waits 1, 4, 9 units. */
  retryBaseMs: number;
  /** How long one second of `retry-after` or a rate-limit reset is. */
  rateLimitUnitMs: number;
  /** One HTTP request's time limit. */
  requestTimeoutMs: number;
  /** The longest rate-limit wait worth taking; a longer one fails fast. */
  maxRateLimitWaitSeconds: number;
  /** Pause between GraphQL requests (GitHub asks for a second between mutating-class requests). */
  spacingMs: number;
}

export const DEFAULT_TIMING: Timing = {
  retryBaseMs: 1000,
  rateLimitUnitMs: 1000,
  requestTimeoutMs: 30_000,
  maxRateLimitWaitSeconds: 90,
  spacingMs: 1000,
};

/** `apiUrl` is GITHUB_API_URL (GitHub Enterprise Server and test fakes use other hosts). */
export interface GitHubOptions extends ServiceOptions<Timing> {
  token: string;
  /** GITHUB_GRAPHQL_URL. */
  graphqlUrl: string;
}

export interface GitHubClient {
  /** Sends one query; answers with data and errors both, as GraphQL does for partial results. */
  graphql: (query: string, variables: Record<string, unknown>) => Promise<GraphqlAnswer>;
  /** A file's text at a commit, or null when it does not exist there (needs `contents: read`). */
  fileAt: (owner: string, repo: string, path: string, ref: string) => Promise<string | null>;
  /**
   * Recent finished sweeps of a workflow on a branch, newest first: runs of this repository
   * only (a fork's pull request can name its branch `main` too), never of pull requests, failed
   * or not, since a sweep that fails on a rail still keeps its ledger (needs `actions: read`).
   */
  recentSweepRuns: (
    owner: string,
    repo: string,
    workflow: string,
    branch: string,
  ) => Promise<number[]>;
  /** HTTP requests sent, and how many of them were retries. */
  stats: () => { requests: number; retries: number };
}

/**
 * A request that never reached GitHub. Octokit hands an error named AbortError on as it is,
 * where any other would become a "500" that its retry plugin retries for seconds more.
 */
export class NetworkFailure extends Error {
  override name = 'AbortError';
  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(`could not reach ${host}: ${reason}`);
  }
}

function requestUrl(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/** A request that failed for good, with what to do about it. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

/** The Octokit every GitHub request goes through, with the counts that `stats` reports. */
export interface Connection {
  octokit: ReturnType<typeof getOctokit>;
  timing: Timing;
  /**
   * A fetch that sends once and never again, for a request that must not be repeated blind
   * (it may have been acted on): pass it as `request.fetch` with `request.retries: 0`.
   */
  onceFetch: typeof fetch;
  /** Counts one request as asked for; every other attempt it costs is a retry. */
  asked: () => void;
  stats: () => { requests: number; retries: number };
}

/**
 * Makes the one Octokit for a token: retry for 5xx and network errors, throttling for rate
 * limits, a time limit per request, and the API's base URL (GitHub Enterprise Server, fakes).
 * The only place an Octokit is made; the seams over it (this file, ./agent-tasks.ts) use it.
 */
export function connect(options: GitHubOptions): Connection {
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const log = options.log ?? (() => undefined);
  const inner =
    options.fetch ?? (actionsDefaults.request?.fetch as typeof fetch | undefined) ?? fetch;
  let requests = 0;
  let calls = 0;

  // A request that never reached GitHub is retried here, briefly, and then reported as such.
  const fetchRetrying =
    (networkRetries: number): typeof fetch =>
    async (input, init) => {
      for (let attempt = 0; ; attempt++) {
        requests++;
        try {
          return await inner(input, {
            ...init,
            signal: AbortSignal.timeout(timing.requestTimeoutMs),
          });
        } catch (error) {
          const cause = networkCause(error);
          if (cause === undefined) throw error;
          const host = hostOf(requestUrl(input));
          if (attempt >= networkRetries) throw new NetworkFailure(host, cause);
          log(`GitHub: could not reach ${host}: ${cause}; retrying.`);
          await new Promise((resolve) =>
            setTimeout(resolve, networkRetryWait(timing.retryBaseMs, attempt)),
          );
        }
      }
    };
  const timedFetch = fetchRetrying(NETWORK_RETRIES);

  const rateLimitHandler =
    (kind: string) =>
    (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
      if (retryAfter > timing.maxRateLimitWaitSeconds) {
        log(`GitHub ${kind} rate limit: a ${retryAfter}s wait is too long; giving up.`);
        return false;
      }
      if (retryCount >= 2) {
        log(`GitHub ${kind} rate limit: still limited after ${retryCount} retries; giving up.`);
        return false;
      }
      log(`GitHub ${kind} rate limit: waiting ${retryAfter}s before retrying.`);
      return true;
    };

  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      request: { fetch: timedFetch },
      // A 429 is a rate limit: the throttling plugin waits what GitHub asks, so the backoff
      // for 5xx (which ignores retry-after) leaves it alone.
      retry: {
        retryAfterBaseValue: timing.retryBaseMs,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        id: 'session-sweeper',
        retryAfterBaseValue: timing.rateLimitUnitMs,
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.spacingMs }),
        onRateLimit: rateLimitHandler('primary'),
        onSecondaryRateLimit: rateLimitHandler('secondary'),
      },
    },
    retry,
    throttling,
  );

  return {
    octokit,
    timing,
    onceFetch: fetchRetrying(0),
    asked: () => {
      calls++;
    },
    stats: () => ({ requests, retries: Math.max(0, requests - calls) }),
  };
}

export function createGitHubClient(
  options: GitHubOptions,
  connection: Connection = connect(options),
): GitHubClient {
  const { octokit, timing } = connection;
  return {
    async graphql(query, variables) {
      connection.asked();
      try {
        const response = await octokit.request({
          method: 'POST',
          url: options.graphqlUrl,
          query,
          variables,
        });
        const data: unknown = response.data;
        if (typeof data !== 'object' || data === null) {
          throw new GitHubApiError(
            'GitHub answered the GraphQL query with something that is not JSON',
            response.status,
          );
        }
        return data;
      } catch (error) {
        throw explain(error, PULLS_PERMISSIONS, timing, options.surface);
      }
    },
    async fileAt(owner, repo, path, ref) {
      connection.asked();
      try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
          owner,
          repo,
          path,
          ref,
          headers: { accept: 'application/vnd.github.raw+json' },
        });
        const data: unknown = response.data;
        if (typeof data === 'string') return data;
        throw new GitHubApiError(`${path} at ${ref} is not a file`, response.status);
      } catch (error) {
        if ((error as { status?: unknown }).status === 404) return null;
        throw explain(error, '`contents: read`', timing, options.surface);
      }
    },
    async recentSweepRuns(owner, repo, workflow, branch) {
      connection.asked();
      try {
        const response = await octokit.request(
          'GET /repos/{owner}/{repo}/actions/workflows/{workflow}/runs',
          { owner, repo, workflow, branch, status: 'completed', per_page: 20 },
        );
        const runs =
          (response.data as { workflow_runs?: Record<string, unknown>[] }).workflow_runs ?? [];
        const self = `${owner}/${repo}`.toLowerCase();
        return runs
          .filter((run) => {
            const event = typeof run.event === 'string' ? run.event : '';
            const from = (run.head_repository as { full_name?: unknown } | null)?.full_name;
            return (
              !event.startsWith('pull_request') &&
              typeof from === 'string' &&
              from.toLowerCase() === self
            );
          })
          .map((run) => run.id)
          .filter((id): id is number => typeof id === 'number');
      } catch (error) {
        if ((error as { status?: unknown }).status === 404) return [];
        throw explain(error, '`actions: read`', timing, options.surface);
      }
    },
    stats: connection.stats,
  };
}

const PULLS_PERMISSIONS = '`pull-requests: read`, `checks: read` and `statuses: read`';

/** Turns an Octokit failure into a sentence that says what to fix. */
function explain(
  error: unknown,
  permissions: string,
  timing: Timing,
  surface: Surface,
): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  if (error instanceof NetworkFailure) {
    return new GitHubApiError(`${error.message}, even after retries`, undefined);
  }
  const status = (error as { status?: unknown }).status;
  // GitHub's messages end with a full stop; ours are followed by more text.
  const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
  const code = typeof status === 'number' ? status : undefined;
  if (code === 401) {
    return new GitHubApiError(`GitHub refused the token (401): check ${surface.githubToken}`, code);
  }
  if (code === 403 && /rate limit/i.test(message)) {
    return new GitHubApiError(`GitHub's rate limit is exhausted (403): ${message}`, code);
  }
  if (code === 403) {
    return new GitHubApiError(
      `the token was refused (403): add ${permissions} to the workflow's \`permissions:\``,
      code,
    );
  }
  if (code === 429)
    return new GitHubApiError(`GitHub's rate limit is exhausted (429): ${message}`, code);
  if (/GraphQL Rate Limit/i.test(message)) {
    return new GitHubApiError("GitHub's GraphQL rate limit is exhausted until it resets", 403);
  }
  if ((error as { name?: unknown }).name === 'TimeoutError' || /due to timeout/.test(message)) {
    return new GitHubApiError(
      `GitHub did not answer within ${timing.requestTimeoutMs / 1000}s, even after retries`,
      code,
    );
  }
  if (code !== undefined && code >= 500) {
    return new GitHubApiError(`GitHub kept failing after retries (${code}): ${message}`, code);
  }
  return new GitHubApiError(`GitHub could not be reached: ${message}`, code);
}
