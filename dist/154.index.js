export const id = 154;
export const ids = [154];
export const modules = {

/***/ 43154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OS: () => (/* binding */ GitHubApiError),
  pM: () => (/* binding */ NetworkFailure),
  Ng: () => (/* binding */ connect),
  LX: () => (/* binding */ createGitHubClient)
});

// UNUSED EXPORTS: DEFAULT_TIMING

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 18 modules
var utils = __webpack_require__(79083);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/network.ts
var network = __webpack_require__(69473);
;// CONCATENATED MODULE: ./src/github/client.ts
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
    const inner = options.fetch ?? utils/* defaults */.NT.request?.fetch ?? fetch;
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
                const cause = (0,network/* networkCause */.u6)(error);
                if (cause === undefined)
                    throw error;
                const host = (0,network/* hostOf */.w4)(requestUrl(input));
                if (attempt >= networkRetries)
                    throw new NetworkFailure(host, cause);
                log(`GitHub: could not reach ${host}: ${cause}; retrying.`);
                await new Promise((resolve) => setTimeout(resolve, (0,network/* networkRetryWait */.Yx)(timing.retryBaseMs, attempt)));
            }
        }
    };
    const timedFetch = fetchRetrying(network/* NETWORK_RETRIES */.Sw);
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
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
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
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: timing.spacingMs }),
            onRateLimit: rateLimitHandler('primary'),
            onSecondaryRateLimit: rateLimitHandler('secondary'),
        },
    }, dist_bundle/* retry */.L, throttling);
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

/***/ 69473:
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
