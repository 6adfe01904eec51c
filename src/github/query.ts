// The GraphQL the sweep sends, and how its answers become plain data. Pure: no I/O here.
import type { LiveCheck, LiveLookup, LivePull } from '../planner/types.js';
import type { ResolvedPull } from './refs.js';

/** GitHub allows many aliased fields per query; 50 pull requests keep one answer small and cheap. */
export const PULLS_PER_QUERY = 50;

export const PULL_FRAGMENT = `fragment SweepPull on PullRequest {
  number
  url
  title
  body
  state
  isDraft
  merged
  mergedAt
  closed
  closedAt
  createdAt
  updatedAt
  additions
  deletions
  changedFiles
  reviewDecision
  mergeable
  mergeStateStatus
  headRefOid
  commits(last: 1) {
    nodes {
      commit {
        oid
        statusCheckRollup {
          state
          contexts(first: 100) {
            nodes {
              __typename
              ... on CheckRun {
                name
                status
                conclusion
              }
              ... on StatusContext {
                context
                state
              }
            }
          }
        }
      }
    }
  }
}`;

export interface PullQuery {
  query: string;
  /** Owners and names travel as variables, never spliced into the query text. */
  variables: Record<string, string>;
  /** `repositoryAlias.pullAlias` → the pull request it asks for. */
  aliases: Map<string, ResolvedPull>;
}

export interface GraphqlError {
  type?: string;
  path?: readonly (string | number)[];
  message?: string;
}

export interface GraphqlAnswer {
  data?: unknown;
  errors?: GraphqlError[];
}

/** One query per 50 pull requests, each repository asked for once per query. */
export function buildPullQueries(
  pulls: readonly ResolvedPull[],
  size = PULLS_PER_QUERY,
): PullQuery[] {
  const unique = [...new Map(pulls.map((p) => [p.key, p])).values()];
  const queries: PullQuery[] = [];
  for (let start = 0; start < unique.length; start += size) {
    const chunk = unique.slice(start, start + size);
    const byRepo = new Map<string, ResolvedPull[]>();
    for (const pull of chunk) {
      const repoKey = `${pull.owner}/${pull.repo}`.toLowerCase();
      const same = byRepo.get(repoKey);
      if (same) same.push(pull);
      else byRepo.set(repoKey, [pull]);
    }
    const variables: Record<string, string> = {};
    const declarations: string[] = [];
    const fields: string[] = [];
    const aliases = new Map<string, ResolvedPull>();
    [...byRepo.values()].forEach((repoPulls, r) => {
      const first = repoPulls[0]!;
      variables[`o${r}`] = first.owner;
      variables[`n${r}`] = first.repo;
      declarations.push(`$o${r}: String!`, `$n${r}: String!`);
      const pullFields = repoPulls.map((p) => {
        aliases.set(`r${r}.p${p.number}`, p);
        return `    p${p.number}: pullRequest(number: ${p.number}) { ...SweepPull }`;
      });
      fields.push(
        `  r${r}: repository(owner: $o${r}, name: $n${r}) {\n${pullFields.join('\n')}\n  }`,
      );
    });
    const query = `query SweepPulls(${declarations.join(', ')}) {
  rateLimit { cost remaining resetAt }
${fields.join('\n')}
}
${PULL_FRAGMENT}`;
    queries.push({ query, variables, aliases });
  }
  return queries;
}

export interface RateLimit {
  cost: number;
  remaining: number;
  resetAt: string;
}

/** Reads one answer: every pull request found, or why it is missing. Partial answers are normal. */
export function decodePullAnswer(
  query: PullQuery,
  answer: GraphqlAnswer,
): { lookups: Map<string, LiveLookup>; rateLimit?: RateLimit } {
  const data = isRecord(answer.data) ? answer.data : {};
  const errors = answer.errors ?? [];
  const lookups = new Map<string, LiveLookup>();
  for (const [alias, pull] of query.aliases) {
    const [repoAlias, pullAlias] = alias.split('.') as [string, string];
    const repository = data[repoAlias];
    const node = isRecord(repository) ? repository[pullAlias] : undefined;
    const name = `${pull.owner}/${pull.repo}#${pull.number}`;
    if (isRecord(node)) {
      const live = toLivePull(node, name);
      lookups.set(
        pull.key,
        live ? { pull: live } : { missing: `GitHub's answer for ${name} was incomplete` },
      );
      continue;
    }
    const error =
      errors.find((e) => e.path?.[0] === repoAlias && e.path[1] === pullAlias) ??
      errors.find((e) => e.path?.[0] === repoAlias && e.path.length === 1);
    lookups.set(pull.key, { missing: missingReason(name, error) });
  }
  const rate = data.rateLimit;
  if (isRecord(rate) && typeof rate.cost === 'number' && typeof rate.remaining === 'number') {
    return {
      lookups,
      rateLimit: { cost: rate.cost, remaining: rate.remaining, resetAt: String(rate.resetAt) },
    };
  }
  return { lookups };
}

function missingReason(name: string, error: GraphqlError | undefined): string {
  if (error?.type === 'NOT_FOUND') return `${name} was not found, or the token cannot see it`;
  if (error?.type === 'FORBIDDEN') {
    return `the token may not read ${name}: add \`pull-requests: read\` to the workflow's permissions`;
  }
  if (error?.message) return `${name} could not be read: ${error.message}`;
  return `GitHub did not answer for ${name}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

function toLivePull(node: Record<string, unknown>, ref: string): LivePull | undefined {
  const state = node.state;
  if (state !== 'OPEN' && state !== 'CLOSED' && state !== 'MERGED') return undefined;
  const commits =
    isRecord(node.commits) && Array.isArray(node.commits.nodes) ? node.commits.nodes : [];
  const commit: unknown = isRecord(commits[0]) ? commits[0].commit : undefined;
  const rollup =
    isRecord(commit) && isRecord(commit.statusCheckRollup) ? commit.statusCheckRollup : undefined;
  const contexts =
    rollup && isRecord(rollup.contexts) && Array.isArray(rollup.contexts.nodes)
      ? rollup.contexts.nodes
      : [];
  const checks: LiveCheck[] = [];
  for (const context of contexts as unknown[]) {
    if (!isRecord(context)) continue;
    if (context.__typename === 'CheckRun') {
      checks.push({
        name: str(context.name) ?? 'check',
        kind: 'check-run',
        status: str(context.status) ?? 'UNKNOWN',
        conclusion: str(context.conclusion),
      });
    } else if (context.__typename === 'StatusContext') {
      const contextState = str(context.state) ?? 'PENDING';
      checks.push({
        name: str(context.context) ?? 'status',
        kind: 'status',
        status: contextState,
        conclusion: contextState === 'PENDING' || contextState === 'EXPECTED' ? null : contextState,
      });
    }
  }
  const review = node.reviewDecision;
  const mergeable = node.mergeable;
  return {
    ref,
    url: str(node.url) ?? '',
    title: str(node.title) ?? '',
    body: str(node.body) ?? '',
    state,
    isDraft: node.isDraft === true,
    merged: node.merged === true,
    mergedAt: str(node.mergedAt),
    closedAt: str(node.closedAt),
    createdAt: str(node.createdAt) ?? '',
    updatedAt: str(node.updatedAt) ?? '',
    additions: num(node.additions),
    deletions: num(node.deletions),
    changedFiles: num(node.changedFiles),
    reviewDecision:
      review === 'APPROVED' || review === 'CHANGES_REQUESTED' || review === 'REVIEW_REQUIRED'
        ? review
        : null,
    mergeable: mergeable === 'MERGEABLE' || mergeable === 'CONFLICTING' ? mergeable : 'UNKNOWN',
    mergeStateStatus: str(node.mergeStateStatus) ?? 'UNKNOWN',
    headSha: str(node.headRefOid) ?? (isRecord(commit) ? str(commit.oid) : null),
    checkState: rollup ? str(rollup.state) : null,
    checks,
  };
}
