// Live status: every session's pull request, fetched in batched GraphQL through the one client.
import type { Session } from '../backlog/model.js';
import type { ApiReport, LiveLookup } from '../planner/types.js';
import {
  createGitHubClient,
  GitHubApiError,
  type GitHubClient,
  type GitHubOptions,
} from './client.js';
import type { Surface } from '../surface.js';
import type { Endpoints } from './endpoints.js';
import { buildPullQueries, decodePullAnswer, type RateLimit } from './query.js';
import { resolvePull, type Repository, type ResolvedPull } from './refs.js';

// The flows load this one module on demand, so the client is bundled into one chunk only.
export { createGitHubClient };

/** Makes the client and reads live status: the one entry the flows load on demand. */
export function readLiveStatus(
  endpoints: Endpoints,
  options: Pick<GitHubOptions, 'token' | 'surface' | 'log' | 'fetch' | 'timing'>,
  sessions: readonly Session[],
): Promise<LiveStatus> {
  const client = createGitHubClient({
    ...options,
    apiUrl: endpoints.apiUrl,
    graphqlUrl: endpoints.graphqlUrl,
  });
  const context: LiveContext = { serverUrl: endpoints.serverUrl, surface: options.surface };
  if (endpoints.repository) context.repository = endpoints.repository;
  return fetchLiveStatus(client, sessions, context);
}

export interface LiveContext {
  /** The repository a bare `pr: 12` belongs to. */
  repository?: Repository;
  /** GITHUB_SERVER_URL: pull request URLs must be on this host. */
  serverUrl: string;
  /** How a message says where the repository is named. */
  surface: Surface;
}

export interface LiveStatus {
  /** By session name; a session without a lookup had no `pr:` or was not reached. */
  lookups: Record<string, LiveLookup>;
  api: ApiReport;
}

/** Looks up every referenced pull request; a failure keeps what was fetched and says why. */
export async function fetchLiveStatus(
  client: GitHubClient,
  sessions: readonly Session[],
  context: LiveContext,
): Promise<LiveStatus> {
  // A Map, turned into an object only at the end: session names are data, never prototypes.
  const lookups = new Map<string, LiveLookup>();
  const wanted = new Map<string, ResolvedPull>();
  const sessionsByKey = new Map<string, string[]>();
  for (const session of sessions) {
    // An archived session's pull request no longer changes the plan.
    if (!session.pr || session.status === 'archived') continue;
    const resolution = resolvePull(
      session.pr,
      context.repository,
      context.serverUrl,
      context.surface,
    );
    if ('problem' in resolution) {
      lookups.set(session.name, { missing: resolution.problem });
      continue;
    }
    wanted.set(resolution.pull.key, resolution.pull);
    sessionsByKey.set(resolution.pull.key, [
      ...(sessionsByKey.get(resolution.pull.key) ?? []),
      session.name,
    ]);
  }

  let rateLimit: RateLimit | undefined;
  let failure: string | undefined;
  for (const query of buildPullQueries([...wanted.values()])) {
    try {
      const answer = await client.graphql(query.query, query.variables);
      // No data at all means the whole query was refused: that is a failure, not missing pulls.
      if ((answer.data === null || answer.data === undefined) && answer.errors?.length) {
        failure = `GitHub refused the query: ${answer.errors[0]?.message ?? 'no reason given'}`;
        break;
      }
      const decoded = decodePullAnswer(query, answer);
      rateLimit = decoded.rateLimit ?? rateLimit;
      for (const [key, lookup] of decoded.lookups) {
        for (const name of sessionsByKey.get(key) ?? []) lookups.set(name, lookup);
      }
    } catch (error) {
      failure = error instanceof GitHubApiError ? error.message : String(error);
      break;
    }
  }

  const { requests, retries } = client.stats();
  const api: ApiReport = { enabled: true, requests, retries, pullRequests: wanted.size };
  if (rateLimit) api.rateLimit = rateLimit;
  if (failure) api.failure = failure;
  return { lookups: Object.fromEntries(lookups), api };
}
