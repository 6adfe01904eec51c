export const id = 966;
export const ids = [966];
export const modules = {

/***/ 36966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* reexport */ github_client/* createGitHubClient */.LX),
  fetchLiveStatus: () => (/* binding */ fetchLiveStatus)
});

// UNUSED EXPORTS: readLiveStatus

// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var github_client = __webpack_require__(43154);
;// CONCATENATED MODULE: ./src/github/query.ts
/** GitHub allows many aliased fields per query; 50 pull requests keep one answer small and cheap. */
const PULLS_PER_QUERY = 50;
const PULL_FRAGMENT = `fragment SweepPull on PullRequest {
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
/** One query per 50 pull requests, each repository asked for once per query. */
function buildPullQueries(pulls, size = PULLS_PER_QUERY) {
    const unique = [...new Map(pulls.map((p) => [p.key, p])).values()];
    const queries = [];
    for (let start = 0; start < unique.length; start += size) {
        const chunk = unique.slice(start, start + size);
        const byRepo = new Map();
        for (const pull of chunk) {
            const repoKey = `${pull.owner}/${pull.repo}`.toLowerCase();
            const same = byRepo.get(repoKey);
            if (same)
                same.push(pull);
            else
                byRepo.set(repoKey, [pull]);
        }
        const variables = {};
        const declarations = [];
        const fields = [];
        const aliases = new Map();
        [...byRepo.values()].forEach((repoPulls, r) => {
            const first = repoPulls[0];
            variables[`o${r}`] = first.owner;
            variables[`n${r}`] = first.repo;
            declarations.push(`$o${r}: String!`, `$n${r}: String!`);
            const pullFields = repoPulls.map((p) => {
                aliases.set(`r${r}.p${p.number}`, p);
                return `    p${p.number}: pullRequest(number: ${p.number}) { ...SweepPull }`;
            });
            fields.push(`  r${r}: repository(owner: $o${r}, name: $n${r}) {\n${pullFields.join('\n')}\n  }`);
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
/** Reads one answer: every pull request found, or why it is missing. Partial answers are normal. */
function decodePullAnswer(query, answer) {
    const data = isRecord(answer.data) ? answer.data : {};
    const errors = answer.errors ?? [];
    const lookups = new Map();
    for (const [alias, pull] of query.aliases) {
        const [repoAlias, pullAlias] = alias.split('.');
        const repository = data[repoAlias];
        const node = isRecord(repository) ? repository[pullAlias] : undefined;
        const name = `${pull.owner}/${pull.repo}#${pull.number}`;
        if (isRecord(node)) {
            const live = toLivePull(node, name);
            lookups.set(pull.key, live ? { pull: live } : { missing: `GitHub's answer for ${name} was incomplete` });
            continue;
        }
        const error = errors.find((e) => e.path?.[0] === repoAlias && e.path[1] === pullAlias) ??
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
function missingReason(name, error) {
    if (error?.type === 'NOT_FOUND')
        return `${name} was not found, or the token cannot see it`;
    if (error?.type === 'FORBIDDEN') {
        return `the token may not read ${name}: add \`pull-requests: read\` to the workflow's permissions`;
    }
    if (error?.message)
        return `${name} could not be read: ${error.message}`;
    return `GitHub did not answer for ${name}`;
}
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value) => (typeof value === 'string' ? value : null);
const num = (value) => (typeof value === 'number' ? value : 0);
function toLivePull(node, ref) {
    const state = node.state;
    if (state !== 'OPEN' && state !== 'CLOSED' && state !== 'MERGED')
        return undefined;
    const commits = isRecord(node.commits) && Array.isArray(node.commits.nodes) ? node.commits.nodes : [];
    const commit = isRecord(commits[0]) ? commits[0].commit : undefined;
    const rollup = isRecord(commit) && isRecord(commit.statusCheckRollup) ? commit.statusCheckRollup : undefined;
    const contexts = rollup && isRecord(rollup.contexts) && Array.isArray(rollup.contexts.nodes)
        ? rollup.contexts.nodes
        : [];
    const checks = [];
    for (const context of contexts) {
        if (!isRecord(context))
            continue;
        if (context.__typename === 'CheckRun') {
            checks.push({
                name: str(context.name) ?? 'check',
                kind: 'check-run',
                status: str(context.status) ?? 'UNKNOWN',
                conclusion: str(context.conclusion),
            });
        }
        else if (context.__typename === 'StatusContext') {
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
        reviewDecision: review === 'APPROVED' || review === 'CHANGES_REQUESTED' || review === 'REVIEW_REQUIRED'
            ? review
            : null,
        mergeable: mergeable === 'MERGEABLE' || mergeable === 'CONFLICTING' ? mergeable : 'UNKNOWN',
        mergeStateStatus: str(node.mergeStateStatus) ?? 'UNKNOWN',
        headSha: str(node.headRefOid) ?? (isRecord(commit) ? str(commit.oid) : null),
        checkState: rollup ? str(rollup.state) : null,
        checks,
    };
}

// EXTERNAL MODULE: ./src/github/refs.ts
var refs = __webpack_require__(99081);
;// CONCATENATED MODULE: ./src/github/live.ts



// The flows load this one module on demand, so the client is bundled into one chunk only.

/** Makes the client and reads live status: the one entry the flows load on demand. */
function readLiveStatus(endpoints, options, sessions) {
    const client = createGitHubClient({
        ...options,
        apiUrl: endpoints.apiUrl,
        graphqlUrl: endpoints.graphqlUrl,
    });
    const context = { serverUrl: endpoints.serverUrl, surface: options.surface };
    if (endpoints.repository)
        context.repository = endpoints.repository;
    return fetchLiveStatus(client, sessions, context);
}
/** Looks up every referenced pull request; a failure keeps what was fetched and says why. */
async function fetchLiveStatus(client, sessions, context) {
    // A Map, turned into an object only at the end: session names are data, never prototypes.
    const lookups = new Map();
    const wanted = new Map();
    const sessionsByKey = new Map();
    for (const session of sessions) {
        // An archived session's pull request no longer changes the plan.
        if (!session.pr || session.status === 'archived')
            continue;
        const resolution = (0,refs/* resolvePull */.Uj)(session.pr, context.repository, context.serverUrl, context.surface);
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
    let rateLimit;
    let failure;
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
                for (const name of sessionsByKey.get(key) ?? [])
                    lookups.set(name, lookup);
            }
        }
        catch (error) {
            failure = error instanceof github_client/* GitHubApiError */.OS ? error.message : String(error);
            break;
        }
    }
    const { requests, retries } = client.stats();
    const api = { enabled: true, requests, retries, pullRequests: wanted.size };
    if (rateLimit)
        api.rateLimit = rateLimit;
    if (failure)
        api.failure = failure;
    return { lookups: Object.fromEntries(lookups), api };
}


/***/ })

};
