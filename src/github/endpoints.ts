// Where GitHub is, from the runner's environment (GitHub Enterprise Server and test fakes differ).
// Kept apart from the client so reading it loads no Octokit code.
import { parseRepository, type Repository } from './refs.js';

export interface Endpoints {
  apiUrl: string;
  graphqlUrl: string;
  serverUrl: string;
  /** GITHUB_REPOSITORY: where a bare `pr: 12` lives. */
  repository?: Repository;
}

export function endpointsFromEnv(env: NodeJS.ProcessEnv, repository?: string): Endpoints {
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  // GitHub Enterprise Server serves REST under /api/v3 and GraphQL under /api/graphql.
  const graphqlUrl =
    env.GITHUB_GRAPHQL_URL ||
    (apiUrl.endsWith('/api/v3') ? `${apiUrl.slice(0, -3)}/graphql` : `${apiUrl}/graphql`);
  const endpoints: Endpoints = {
    apiUrl,
    graphqlUrl,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
  };
  const repo = parseRepository(repository ?? env.GITHUB_REPOSITORY);
  if (repo) endpoints.repository = repo;
  return endpoints;
}

/** Why artifacts cannot be used here, or undefined when they can. */
export function artifactsUnavailable(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return 'workflow artifacts are only available inside a GitHub Actions job';
  }
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
  const cloud = host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost');
  return cloud ? undefined : 'GitHub Enterprise Server does not support these artifacts';
}
