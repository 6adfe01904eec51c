export const id = 105;
export const ids = [105];
export const modules = {

/***/ 1105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listCopilotTasks: () => (/* binding */ listCopilotTasks),
  startCopilotTask: () => (/* binding */ startCopilotTask)
});

// UNUSED EXPORTS: MAX_LOOKUPS, MAX_PAGES, NODES_PER_QUERY, PULL_URLS_QUERY, copilotTokenProblem, userTokenSentence

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/agent-tasks.ts
// GitHub's agent tasks REST API (Copilot's cloud agent, API version 2026-03-10) over the one
// Octokit: list a repository's tasks, read one, start one, and the GraphQL that turns the pull
// requests a task opened into links. Each call answers with GitHub's data or its failure as it
// came; src/copilot/client.ts words them for the user, since only it knows which token it was.

/** The agent tasks API exists in this version of the REST API only (public preview). */
const AGENT_TASKS_API_VERSION = '2026-03-10';
const headers = { 'x-github-api-version': AGENT_TASKS_API_VERSION };
/** A client for one token: a Copilot user token is not the workflow's GitHub token. */
function createAgentTasksClient(options) {
    const connection = (0,client/* connect */.Ng)(options);
    const { octokit, timing } = connection;
    const settle = async (send) => {
        connection.asked();
        try {
            const response = await send();
            return {
                ok: true,
                status: response.status,
                data: response.data,
                link: response.headers.link,
            };
        }
        catch (error) {
            return { ok: false, failure: failureOf(error, timing.requestTimeoutMs) };
        }
    };
    return {
        listTasks: (repository, query) => settle(() => octokit.request('GET /agents/repos/{owner}/{repo}/tasks', {
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
        })),
        getTask: (repository, id) => settle(() => octokit.request('GET /agents/repos/{owner}/{repo}/tasks/{task_id}', {
            owner: repository.owner,
            repo: repository.repo,
            task_id: id,
            headers,
        })),
        startTask: (repository, body) => settle(() => octokit.request('POST /agents/repos/{owner}/{repo}/tasks', {
            owner: repository.owner,
            repo: repository.repo,
            ...body,
            headers,
            // A 5xx or a lost answer may still have started the task: only a fresh list can tell.
            request: { retries: 0, fetch: connection.onceFetch },
        })),
        graphql: (query, variables) => settle(() => octokit.request({ method: 'POST', url: options.graphqlUrl, query, variables })),
        stats: connection.stats,
    };
}
function failureOf(error, timeoutMs) {
    const status = error.status;
    const response = error.response;
    const raw = error instanceof Error ? error.message : String(error);
    if (response === undefined) {
        const timedOut = error.name === 'TimeoutError' || /timeout/i.test(raw);
        const message = error instanceof client/* NetworkFailure */.pM
            ? error.message
            : timedOut
                ? `GitHub did not answer within ${timeoutMs / 1000}s`
                : `GitHub could not be reached: ${raw}`;
        return { message, unanswered: true, rateLimited: false };
    }
    const said = response.data?.message;
    const message = (typeof said === 'string' ? said : raw).replace(/\.$/, '');
    const code = typeof status === 'number' ? status : undefined;
    return {
        ...(code === undefined ? {} : { status: code }),
        message,
        unanswered: false,
        rateLimited: code === 429 || (code === 403 && /rate limit/i.test(message)),
    };
}

// EXTERNAL MODULE: ./src/network.ts
var network = __webpack_require__(9473);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./src/copilot/client.ts
// The Copilot seam: lists a repository's agent tasks (GitHub Copilot's cloud agent), every page,
// archived ones too when asked, looks up the file's ids the lists leave out, links each task to
// the pull requests it opened, and starts a task for dispatch. Requests go through the one
// Octokit (src/github/agent-tasks.ts); the token travels in a header and in no message.



/** A guard against a server that never stops paging: 1,000 pages are 100,000 tasks. */
const MAX_PAGES = 1_000;
/** Ids looked up one by one at most; past this many, the rest are left unchecked and said so. */
const MAX_LOOKUPS = 50;
/** GraphQL's `nodes(ids:)` takes at most 100 ids. */
const NODES_PER_QUERY = 100;
/**
 * Why Copilot refuses a token, in the words of where it is set: the agent tasks API takes a
 * user's token only. Shared with the flows, which say it where a token is checked.
 */
function userTokenSentence(surface) {
    return `Copilot's agent tasks API accepts only a user's token: a fine-grained personal access token or a GitHub App user access token with the "Agent tasks" repository permission (read, and write to dispatch); GITHUB_TOKEN and installation tokens are not accepted. Put such a token in ${surface.copilotToken}.`;
}
/** Why a token cannot be used before anything is sent, or undefined. */
function copilotTokenProblem(token, surface) {
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
const textOf = (value) => typeof value === 'string' ? value : undefined;
/** The record GitHub sent, or undefined when it is no object. */
const recordOf = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)
    ? value
    : undefined;
/**
 * A task's fields, each read on its own: a task with an id holds its slot whatever shape the
 * rest came in (a fresh task with a `null` name, a state of another type), so a field GitHub
 * sends oddly never frees a slot that is taken. Without an id there is nothing to count it by.
 */
function taskFields(raw) {
    const t = recordOf(raw);
    const id = textOf(t?.id);
    if (t === undefined || id === undefined || id === '')
        return undefined;
    return {
        id,
        name: textOf(t.name),
        htmlUrl: textOf(t.html_url),
        // A state that is no text is one this version does not know: it holds a slot.
        state: textOf(t.state) ?? (t.state === undefined ? undefined : 'unknown'),
        createdAt: textOf(t.created_at),
        updatedAt: textOf(t.updated_at),
        archivedAt: t.archived_at,
        artifacts: Array.isArray(t.artifacts) ? t.artifacts : [],
    };
}
const pageSchema = schemas/* object */.Ikc({ tasks: schemas/* array */.YOg(schemas/* unknown */.L5J()) }).loose();
const nodesSchema = schemas/* object */.Ikc({
    nodes: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP().optional(), url: schemas/* string */.YjP().optional() }).loose().nullable()),
});
/** Why a list could not be read, in a sentence that names the fix. */
class CopilotError extends Error {
}
/**
 * Every task of the repository, archived ones too when asked, and the file's ids the lists leave
 * out. Never throws: a failure is returned with what it means, and the sweep counts slots from
 * the file alone.
 */
async function listCopilotTasks(options) {
    const repository = options.repository;
    const base = { source: 'copilot', enabled: true, repository };
    const problem = copilotTokenProblem(options.token, options.surface);
    if (problem)
        return { ...base, sessions: [], requests: 0, retries: 0, failure: problem };
    const client = createAgentTasksClient(options);
    const maxPages = options.maxPages ?? MAX_PAGES;
    const counter = { unreadable: 0 };
    const byId = new Map();
    const warnings = [];
    let archivedUnread;
    try {
        const { tasks, cut } = await listAll(client, options, false, maxPages, counter);
        // Slots counted from part of the list would read free slots that are not: not used.
        if (cut) {
            throw new CopilotError(`GitHub kept paging the Copilot tasks of ${nameOf(repository)} past ${maxPages} pages; the list was not used`);
        }
        for (const task of tasks)
            byId.set(task.session.id, task);
    }
    catch (error) {
        return { ...base, sessions: [], ...client.stats(), failure: why(error) };
    }
    if (options.archived) {
        // A task the default list returned is never replaced, so a server that ignores the filter
        // cannot mark live tasks archived and free their slots.
        try {
            const { tasks, cut } = await listAll(client, options, true, maxPages, counter);
            for (const task of tasks)
                if (!byId.has(task.session.id))
                    byId.set(task.session.id, task);
            if (cut) {
                archivedUnread = `GitHub had more than ${maxPages} pages of them`;
                warnings.push(`the archived Copilot tasks were read for their first ${maxPages} pages (${tasks.length} tasks) and GitHub had more pages; the ones on them were not read`);
            }
        }
        catch (error) {
            archivedUnread = why(error);
            warnings.push(`archived Copilot tasks could not be listed (${why(error)})`);
        }
    }
    const notFound = await lookUp(client, options, byId, counter, warnings);
    const tasks = [...byId.values()];
    // An archived task is done with: its pull requests link no entry, so none is asked for.
    await linkPulls(client, tasks.filter((t) => !t.session.archived), warnings);
    const result = {
        ...base,
        sessions: tasks.map((t) => t.session),
        ...client.stats(),
    };
    if (notFound.length > 0)
        result.notFound = notFound;
    if (archivedUnread !== undefined)
        result.archivedUnread = archivedUnread;
    if (counter.unreadable > 0) {
        // Not counted, so the slots may be too few: said, never silent.
        warnings.unshift(`${counter.unreadable} task(s) in GitHub's answer had no id this sweep can read and were not counted`);
    }
    if (warnings.length > 0)
        result.warning = warnings.join('; ');
    return result;
}
/**
 * `POST /agents/repos/{owner}/{repo}/tasks`, sent once. A 5xx, a time limit or a broken
 * connection may still have started the task: "unknown", and the caller lists before anything
 * else. Never throws.
 */
async function startCopilotTask(options, body) {
    const problem = copilotTokenProblem(options.token, options.surface);
    if (problem)
        return { ok: false, refused: problem };
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
    if (failure.unanswered)
        return { ok: false, unknown: failure.message };
    const status = failure.status ?? 0;
    if (status >= 500 || status === 408) {
        return { ok: false, unknown: `GitHub answered ${status}` };
    }
    return { ok: false, refused: refusal(failure, options, 'start a Copilot task') };
}
const nameOf = (repository) => `${repository.owner}/${repository.repo}`;
const why = (error) => error instanceof CopilotError
    ? error.message
    : `Copilot's tasks could not be read: ${String(error)}`;
/** A failure of a list or a lookup in a sentence that names the fix. */
function refusal(failure, options, doing) {
    const status = failure.status;
    const said = failure.message.slice(0, 300);
    if (failure.unanswered)
        return `${failure.message}, even after retries; try again later`;
    if (failure.rateLimited) {
        return `GitHub's rate limit is exhausted (${status}): ${said}; the token's limit resets within the hour`;
    }
    if (status === 401 || status === 403) {
        return `GitHub refused the token (${status}). ${userTokenSentence(options.surface)}`;
    }
    if (status === 404) {
        const host = (0,network/* hostOf */.w4)(options.apiUrl);
        const where = host === 'api.github.com'
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
async function listAll(client, options, archived, maxPages, counter) {
    const tasks = [];
    const seen = new Set();
    let page = 1;
    for (let read = 0;; read++) {
        // Pages were left: `cut`, for the caller to judge what a part of the list is worth.
        if (read === maxPages)
            return { tasks, cut: true };
        seen.add(page);
        const answer = await client.listTasks(options.repository, { page, archived });
        if (!answer.ok)
            throw new CopilotError(refusal(answer.failure, options, 'list Copilot tasks'));
        const parsed = pageSchema.safeParse(answer.data);
        if (!parsed.success) {
            throw new CopilotError(`GitHub answered the Copilot task list of ${nameOf(options.repository)} with something this sweep cannot read`);
        }
        for (const raw of parsed.data.tasks) {
            const task = toTask(raw, options.repository, archived);
            if (task)
                tasks.push(task);
            else
                counter.unreadable++;
        }
        const next = nextPage(answer.link);
        if (next === undefined)
            return { tasks, cut: false };
        if (next === 'unreadable') {
            throw new CopilotError("GitHub's next-page link of the Copilot task list has no page number; the list was not used");
        }
        if (seen.has(next)) {
            throw new CopilotError(`GitHub's next-page link of the Copilot task list went back to page ${next}; the list was not used`);
        }
        page = next;
    }
}
/**
 * The page `rel="next"` points at; undefined on the last page. Only its page number is taken:
 * the next request goes to the same address as the first, so a link elsewhere carries no token.
 */
function nextPage(link) {
    for (const part of (link ?? '').split(',')) {
        const [target = '', ...params] = part.split(';').map((p) => p.trim());
        const rel = params.find((p) => /^rel\s*=/i.test(p))?.replace(/^rel\s*=\s*/i, '');
        if (!rel?.replace(/"/g, '').split(/\s+/).includes('next'))
            continue;
        const url = target.replace(/^<|>$/g, '');
        if (!URL.canParse(url))
            return 'unreadable';
        const page = Number(new URL(url).searchParams.get('page') ?? NaN);
        return Number.isInteger(page) && page >= 1 ? page : 'unreadable';
    }
    return undefined;
}
/** `archivedWhenAbsent`: read from the `is_archived=true` list, a task without the field is. */
function toTask(raw, repository, archivedWhenAbsent) {
    const t = taskFields(raw);
    if (!t)
        return undefined;
    const pullIds = [];
    let unlinkable = 0;
    for (const item of t.artifacts) {
        const artifact = recordOf(item);
        if (artifact?.type !== 'pull')
            continue;
        const id = textOf(recordOf(artifact.data)?.global_id);
        if (id)
            pullIds.push(id);
        else
            unlinkable++;
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
            archived: typeof t.archivedAt === 'string'
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
async function lookUp(client, options, byId, counter, warnings) {
    const notFound = [];
    const unknown = [...new Set(options.ids ?? [])].filter((id) => !byId.has(id));
    let stopped = false;
    for (const [index, id] of unknown.slice(0, MAX_LOOKUPS).entries()) {
        const answer = await client.getTask(options.repository, id);
        if (answer.ok) {
            const task = toTask(answer.data, options.repository, false);
            if (task)
                byId.set(task.session.id, task);
            else
                counter.unreadable++;
            continue;
        }
        if (answer.failure.status === 404) {
            notFound.push(id);
            continue;
        }
        // What failed one lookup (a refused token, GitHub down) fails the next: ask no more.
        const left = unknown.length - index - 1;
        warnings.push(`Copilot task ${id} could not be looked up (${refusal(answer.failure, options, 'read a Copilot task')})${left > 0 ? `, so the lookups stopped and ${left} more id(s) of the file that are not listed were not looked up` : ''}`);
        stopped = true;
        break;
    }
    if (!stopped && unknown.length > MAX_LOOKUPS) {
        warnings.push(`${unknown.length - MAX_LOOKUPS} more Copilot id(s) of the file are not listed and were not looked up (at most ${MAX_LOOKUPS} a sweep)`);
    }
    return notFound;
}
/** The GraphQL that turns pull request global ids into links, 100 ids a query. */
const PULL_URLS_QUERY = `query CopilotTaskPulls($ids: [ID!]!) {
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
async function linkPulls(client, tasks, warnings) {
    const unlinkable = tasks.reduce((sum, t) => sum + t.unlinkable, 0);
    if (unlinkable > 0) {
        warnings.push(`${unlinkable} pull request(s) of Copilot tasks came without a global id, so they are not linked to entries by pr`);
    }
    const ids = [...new Set(tasks.flatMap((t) => t.pullIds))];
    const urls = new Map();
    let failed = 0;
    let reason = '';
    for (let start = 0; start < ids.length; start += NODES_PER_QUERY) {
        const chunk = ids.slice(start, start + NODES_PER_QUERY);
        const answer = await client.graphql(PULL_URLS_QUERY, { ids: chunk });
        const data = answer.ok ? answer.data.data : undefined;
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
            if (node?.id && node.url)
                urls.set(node.id, node.url);
        }
    }
    let missing = 0;
    for (const task of tasks) {
        for (const id of task.pullIds) {
            const url = urls.get(id);
            if (url)
                task.session.pullRequests.push(url);
            else
                missing++;
        }
    }
    if (failed > 0) {
        warnings.push(`the links of ${failed} pull request(s) of Copilot tasks could not be read (${reason}), so those tasks are counted but not linked to entries by pr`);
    }
    else if (missing > 0) {
        warnings.push(`${missing} pull request(s) of Copilot tasks were not found, or the token cannot see them, so they are not linked to entries by pr`);
    }
}
function graphqlProblem(answer) {
    const errors = answer?.errors;
    const first = Array.isArray(errors) ? errors[0]?.message : undefined;
    return typeof first === 'string'
        ? `GitHub's GraphQL said: ${first.slice(0, 200)}`
        : "GitHub's GraphQL answer could not be read";
}


/***/ }),

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
