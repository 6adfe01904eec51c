export const id = 966;
export const ids = [966];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   pM: () => (/* binding */ NetworkFailure)
/* harmony export */ });
/* unused harmony export DEFAULT_TIMING */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9083);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _network_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
// The one GitHub seam: an Octokit made once with retry and throttling. No other module imports
// Octokit or makes one (./agent-tasks.ts gets its own from `connect`). It only reads; it never
// writes to the repository.






const DEFAULT_TIMING = {
    retryBaseMs: 1000,
    rateLimitUnitMs: 1000,
    requestTimeoutMs: 30_000,
    maxRateLimitWaitSeconds: 90,
    spacingMs: 1000,
};
/**
 * A request that never reached GitHub. Octokit hands an error named AbortError on as it is,
 * where any other would become a "500" that its retry plugin retries for seconds more.
 */
class NetworkFailure extends Error {
    host;
    reason;
    name = 'AbortError';
    constructor(host, reason) {
        super(`could not reach ${host}: ${reason}`);
        this.host = host;
        this.reason = reason;
    }
}
function requestUrl(input) {
    if (typeof input === 'string')
        return input;
    return input instanceof URL ? input.href : input.url;
}
/** A request that failed for good, with what to do about it. */
class GitHubApiError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/**
 * Makes the one Octokit for a token: retry for 5xx and network errors, throttling for rate
 * limits, a time limit per request, and the API's base URL (GitHub Enterprise Server, fakes).
 * The only place an Octokit is made; the seams over it (this file, ./agent-tasks.ts) use it.
 */
function connect(options) {
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    const log = options.log ?? (() => undefined);
    const inner = options.fetch ?? _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch;
    let requests = 0;
    let calls = 0;
    // A request that never reached GitHub is retried here, briefly, and then reported as such.
    const fetchRetrying = (networkRetries) => async (input, init) => {
        for (let attempt = 0;; attempt++) {
            requests++;
            try {
                return await inner(input, {
                    ...init,
                    signal: AbortSignal.timeout(timing.requestTimeoutMs),
                });
            }
            catch (error) {
                const cause = (0,_network_js__WEBPACK_IMPORTED_MODULE_3__/* .networkCause */ .u6)(error);
                if (cause === undefined)
                    throw error;
                const host = (0,_network_js__WEBPACK_IMPORTED_MODULE_3__/* .hostOf */ .w4)(requestUrl(input));
                if (attempt >= networkRetries)
                    throw new NetworkFailure(host, cause);
                log(`GitHub: could not reach ${host}: ${cause}; retrying.`);
                await new Promise((resolve) => setTimeout(resolve, (0,_network_js__WEBPACK_IMPORTED_MODULE_3__/* .networkRetryWait */ .Yx)(timing.retryBaseMs, attempt)));
            }
        }
    };
    const timedFetch = fetchRetrying(_network_js__WEBPACK_IMPORTED_MODULE_3__/* .NETWORK_RETRIES */ .Sw);
    const rateLimitHandler = (kind) => (retryAfter, _options, _octokit, retryCount) => {
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
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
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
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2___default().Group)({ maxConcurrent: 1, minTime: timing.spacingMs }),
            onRateLimit: rateLimitHandler('primary'),
            onSecondaryRateLimit: rateLimitHandler('secondary'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
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
function createGitHubClient(options, connection = connect(options)) {
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
                const data = response.data;
                if (typeof data !== 'object' || data === null) {
                    throw new GitHubApiError('GitHub answered the GraphQL query with something that is not JSON', response.status);
                }
                return data;
            }
            catch (error) {
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
                const data = response.data;
                if (typeof data === 'string')
                    return data;
                throw new GitHubApiError(`${path} at ${ref} is not a file`, response.status);
            }
            catch (error) {
                if (error.status === 404)
                    return null;
                throw explain(error, '`contents: read`', timing, options.surface);
            }
        },
        async recentSweepRuns(owner, repo, workflow, branch) {
            connection.asked();
            try {
                const response = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow}/runs', { owner, repo, workflow, branch, status: 'completed', per_page: 20 });
                const runs = response.data.workflow_runs ?? [];
                const self = `${owner}/${repo}`.toLowerCase();
                return runs
                    .filter((run) => {
                    const event = typeof run.event === 'string' ? run.event : '';
                    const from = run.head_repository?.full_name;
                    return (!event.startsWith('pull_request') &&
                        typeof from === 'string' &&
                        from.toLowerCase() === self);
                })
                    .map((run) => run.id)
                    .filter((id) => typeof id === 'number');
            }
            catch (error) {
                if (error.status === 404)
                    return [];
                throw explain(error, '`actions: read`', timing, options.surface);
            }
        },
        stats: connection.stats,
    };
}
const PULLS_PERMISSIONS = '`pull-requests: read`, `checks: read` and `statuses: read`';
/** Turns an Octokit failure into a sentence that says what to fix. */
function explain(error, permissions, timing, surface) {
    if (error instanceof GitHubApiError)
        return error;
    if (error instanceof NetworkFailure) {
        return new GitHubApiError(`${error.message}, even after retries`, undefined);
    }
    const status = error.status;
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
        return new GitHubApiError(`the token was refused (403): add ${permissions} to the workflow's \`permissions:\``, code);
    }
    if (code === 429)
        return new GitHubApiError(`GitHub's rate limit is exhausted (429): ${message}`, code);
    if (/GraphQL Rate Limit/i.test(message)) {
        return new GitHubApiError("GitHub's GraphQL rate limit is exhausted until it resets", 403);
    }
    if (error.name === 'TimeoutError' || /due to timeout/.test(message)) {
        return new GitHubApiError(`GitHub did not answer within ${timing.requestTimeoutMs / 1000}s, even after retries`, code);
    }
    if (code !== undefined && code >= 500) {
        return new GitHubApiError(`GitHub kept failing after retries (${code}): ${message}`, code);
    }
    return new GitHubApiError(`GitHub could not be reached: ${message}`, code);
}


/***/ }),

/***/ 6966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readLiveStatus: () => (/* binding */ readLiveStatus)
});

// UNUSED EXPORTS: createGitHubClient, fetchLiveStatus

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
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
var refs = __webpack_require__(9081);
;// CONCATENATED MODULE: ./src/github/live.ts



// The flows load this one module on demand, so the client is bundled into one chunk only.

/** Makes the client and reads live status: the one entry the flows load on demand. */
function readLiveStatus(endpoints, options, sessions) {
    const client = (0,github_client/* createGitHubClient */.LX)({
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


/***/ }),

/***/ 9473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sw: () => (/* binding */ NETWORK_RETRIES),
/* harmony export */   Yx: () => (/* binding */ networkRetryWait),
/* harmony export */   u6: () => (/* binding */ networkCause),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/** Why fetch could not reach a server, or undefined when `error` is not a network failure. */
function networkCause(error) {
    if (!(error instanceof TypeError))
        return undefined;
    const cause = error.cause;
    if (!(cause instanceof Error))
        return undefined;
    const code = cause.code;
    const detail = typeof code === 'string' ? code : cause.message;
    switch (code) {
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return `the host name does not resolve (${detail})`;
        case 'ECONNREFUSED':
            return `the connection was refused (${detail})`;
        case 'ECONNRESET':
            return `the connection was reset (${detail})`;
        case 'ETIMEDOUT':
        case 'UND_ERR_CONNECT_TIMEOUT':
            return `the connection timed out (${detail})`;
        case 'CERT_HAS_EXPIRED':
        case 'DEPTH_ZERO_SELF_SIGNED_CERT':
        case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
        case 'SELF_SIGNED_CERT_IN_CHAIN':
            return `its TLS certificate was not accepted (${detail})`;
        default:
            // fetch refuses some ports outright (6000, 1, …) with a bare "bad port".
            if (cause.message === 'bad port')
                return 'fetch refuses to connect to that port (bad port)';
            return detail || 'network error';
    }
}
/** Retries of a request that never reached its server: a wrong address does not mend in a minute. */
const NETWORK_RETRIES = 2;
/** The wait before network retry `attempt` (0 first): a quarter of the backoff unit, then half. */
function networkRetryWait(backoffMs, attempt) {
    return (backoffMs / 4) * (attempt + 1);
}
/** The host (and port, when it is not the scheme's own) a URL points at, for messages. */
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}


/***/ })

};
