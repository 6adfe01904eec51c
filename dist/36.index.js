export const id = 36;
export const ids = [36];
export const modules = {

/***/ 17036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ retryAfter),
/* harmony export */   listJulesSessions: () => (/* binding */ listJulesSessions)
/* harmony export */ });
/* unused harmony export MAX_LOOKUPS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99373);
/* harmony import */ var _network_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69473);
/* harmony import */ var _address_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75511);
// The Jules seam: lists every session of the key's account, every page, with retries, and asks
// for the ids the file names that the list leaves out. The only file that talks to the Jules API.
// The key travels in a header and in no message.





const TIMING = { timeoutMs: 30_000, retries: 4, backoffMs: 1_000, maxWaitMs: 60_000 };
/** A guard against a server that never stops paging: 1,000 pages are 100,000 sessions. */
const MAX_PAGES = 1_000;
/** Ids looked up one by one at most; past this many, the rest are left unchecked and said so. */
const MAX_LOOKUPS = 50;
const sessionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    prompt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    state: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    createTime: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    updateTime: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    archived: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    sourceContext: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).loose().optional(),
    outputs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ pullRequest: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).loose().optional() })
        .loose())
        .optional(),
});
const pageSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    sessions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).optional(),
    nextPageToken: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
/** Why a page could not be read, in a sentence that names the fix. */
class JulesError extends Error {
}
/** Jules answered 404 for one session: it does not have it. */
class NotFound extends Error {
}
/**
 * Every session of the account, archived ones too when asked, and the file's ids the lists leave
 * out. Never throws: a failure is returned with what it means, and the sweep counts slots from
 * the file alone.
 */
async function listJulesSessions(options) {
    const timing = { ...TIMING, ...options.timing };
    const fetcher = options.fetch ?? fetch;
    const stats = { requests: 0, retries: 0 };
    const base = options.apiUrl.replace(/\/+$/, '');
    const get = (url, one = false) => getJson(url, options, timing, fetcher, stats, one);
    const maxPages = options.maxPages ?? MAX_PAGES;
    // A header cannot carry line breaks or non-ASCII: say so, rather than retry a request fetch refuses.
    if (!/^[\x21-\x7e]+$/.test(options.apiKey)) {
        return {
            enabled: true,
            sessions: [],
            ...stats,
            repository: options.repository,
            failure: `${options.surface.julesKey} holds spaces, line breaks or other characters no API key has: copy the key again`,
        };
    }
    const byId = new Map();
    const warnings = [];
    let archivedUnread;
    const counter = { unreadable: 0 };
    try {
        const { sessions, cut } = await listAll(base, undefined, get, counter, maxPages);
        // Slots counted from part of the list would read free slots that are not: not used.
        if (cut) {
            throw new JulesError(`Jules kept paging past ${maxPages} pages; the list was not used`);
        }
        for (const session of sessions)
            byId.set(session.id, session);
    }
    catch (error) {
        return {
            enabled: true,
            sessions: [],
            ...stats,
            failure: why(error),
            repository: options.repository,
        };
    }
    if (options.archived) {
        // Archived sessions still count against the daily quota; without them it reads low.
        // Each session keeps the `archived` Jules sends (absent: the filter's true), and one the
        // default list already returned is never replaced, so a server that ignores the filter
        // cannot mark live sessions archived and free their slots.
        try {
            const { sessions, cut } = await listAll(base, ARCHIVED, get, counter, maxPages);
            for (const session of sessions) {
                if (!byId.has(session.id))
                    byId.set(session.id, session);
            }
            // Jules does not say in which order it lists them, so the pages left may hold recent
            // ones: what was read is used, and the shortfall said, never silent.
            if (cut) {
                archivedUnread = `Jules had more than ${maxPages} pages of them`;
                warnings.push(`the archived sessions were read for their first ${maxPages} pages (${sessions.length} sessions) and Jules had more pages; the ones on them were not read, so the daily quota may read low`);
            }
        }
        catch (error) {
            archivedUnread = why(error);
            warnings.push(`archived sessions could not be listed (${why(error)}), so the daily quota counts only the others`);
        }
    }
    const notFound = [];
    const unknown = [...new Set(options.ids ?? [])].filter((id) => !byId.has(id));
    let stopped = false;
    for (const [index, id] of unknown.slice(0, MAX_LOOKUPS).entries()) {
        try {
            const session = toSession(await get(`${base}/sessions/${encodeURIComponent(id)}`, true));
            if (session)
                byId.set(session.id, session);
            else
                counter.unreadable++;
        }
        catch (error) {
            if (error instanceof NotFound) {
                notFound.push(id);
                continue;
            }
            // What failed one lookup (a refused key, Jules down) fails the next: ask no more.
            const left = unknown.length - index - 1;
            warnings.push(`session ${id} could not be looked up (${why(error)})${left > 0 ? `, so the lookups stopped and ${left} more id(s) of the file that are not listed were not looked up` : ''}`);
            stopped = true;
            break;
        }
    }
    if (!stopped && unknown.length > MAX_LOOKUPS) {
        warnings.push(`${unknown.length - MAX_LOOKUPS} more id(s) of the file are not listed and were not looked up (at most ${MAX_LOOKUPS} a sweep)`);
    }
    const result = {
        enabled: true,
        sessions: [...byId.values()],
        ...stats,
        repository: options.repository,
    };
    if (notFound.length > 0)
        result.notFound = notFound;
    if (archivedUnread !== undefined)
        result.archivedUnread = archivedUnread;
    if (counter.unreadable > 0) {
        // Not counted, so the slots may be too few: said, never silent.
        warnings.unshift(`${counter.unreadable} session(s) in Jules' answer had no id and were not counted`);
    }
    if (warnings.length > 0)
        result.warning = warnings.join('; ');
    return result;
}
const why = (error) => error instanceof JulesError ? error.message : `Jules could not be read: ${String(error)}`;
/** The AIP-160 filter of the list that holds the archived sessions. */
const ARCHIVED = 'archived = true';
/** Every page of one list: the default one, or one under an AIP-160 filter. */
async function listAll(base, filter, get, counter, maxPages) {
    const sessions = [];
    const seenTokens = new Set();
    let token;
    for (let page = 0;; page++) {
        // Pages were left: `cut`, for the caller to judge what a part of the list is worth.
        if (page === maxPages)
            return { sessions, cut: true };
        const query = [
            'pageSize=100',
            ...(filter ? [`filter=${encodeURIComponent(filter)}`] : []),
            ...(token ? [`pageToken=${encodeURIComponent(token)}`] : []),
        ].join('&');
        const answer = pageSchema.safeParse(await get(`${base}/sessions?${query}`));
        if (!answer.success)
            throw new JulesError('Jules answered with a list this sweep cannot read');
        for (const raw of answer.data.sessions ?? []) {
            const session = toSession(raw, filter === ARCHIVED);
            if (session)
                sessions.push(session);
            else
                counter.unreadable++;
        }
        token = answer.data.nextPageToken;
        if (!token)
            return { sessions, cut: false };
        if (seenTokens.has(token)) {
            throw new JulesError('Jules sent the same page token twice; the list was not used');
        }
        seenTokens.add(token);
    }
}
/** `archivedWhenAbsent`: read from the `archived = true` list, a session without the field is. */
function toSession(raw, archivedWhenAbsent = false) {
    const parsed = sessionSchema.safeParse(raw);
    if (!parsed.success)
        return undefined;
    const s = parsed.data;
    const id = s.id ?? s.name?.replace(/^sessions\//, '');
    if (!id)
        return undefined;
    return {
        id,
        name: s.name ?? `sessions/${id}`,
        title: s.title ?? '',
        prompt: s.prompt ?? '',
        state: s.state ?? 'STATE_UNSPECIFIED',
        url: s.url ?? '',
        createTime: s.createTime ?? null,
        updateTime: s.updateTime ?? null,
        source: s.sourceContext?.source ?? '',
        archived: s.archived ?? archivedWhenAbsent,
        pullRequests: (s.outputs ?? [])
            .map((o) => o.pullRequest?.url)
            .filter((u) => typeof u === 'string' && u !== ''),
    };
}
const retried = (status) => status === 408 || status === 429 || status >= 500;
async function getJson(url, options, timing, fetcher, stats, 
/** One session asked for by id: 404 means Jules does not have it, not a wrong address. */
one = false) {
    for (let attempt = 0;; attempt++) {
        stats.requests++;
        let response;
        let problem;
        let retryAfterMs;
        let unreached = false;
        try {
            response = await fetcher(url, {
                headers: { 'x-goog-api-key': options.apiKey, accept: 'application/json' },
                // fetch keeps custom headers across a redirect to another host: the key would follow it.
                redirect: 'error',
                signal: AbortSignal.timeout(timing.timeoutMs),
            });
            if (response.ok) {
                const text = await response.text();
                try {
                    return JSON.parse(text);
                }
                catch {
                    throw new JulesError('Jules sent an answer that is not JSON');
                }
            }
            if (response.status >= 300 && response.status < 400) {
                throw new JulesError(`Jules answered with a redirect (${response.status}); the key is never sent on, so point ${options.surface.julesUrl} at the final address`);
            }
            if (one && response.status === 404)
                throw new NotFound();
            if (!retried(response.status)) {
                throw new JulesError(refusal(response.status, url, options.surface));
            }
            problem = `Jules answered ${response.status}`;
            retryAfterMs = retryAfter(response.headers.get('retry-after'));
        }
        catch (error) {
            if (error instanceof JulesError || error instanceof NotFound)
                throw error;
            const name = error.name;
            // fetch refuses to follow a redirect with a TypeError whose cause says so.
            const refused = error.cause?.message;
            if (typeof refused === 'string' && /redirect/i.test(refused)) {
                throw new JulesError(`Jules answered with a redirect; the key is never sent on, so point ${options.surface.julesUrl} at the final address`);
            }
            const cause = (0,_network_js__WEBPACK_IMPORTED_MODULE_1__/* .networkCause */ .u6)(error);
            if (name === 'TimeoutError' || name === 'AbortError') {
                problem = `Jules did not answer within ${timing.timeoutMs / 1000} s`;
            }
            else if (cause !== undefined) {
                // Never reached Jules (DNS, a refused connection, a port fetch refuses): a wrong address
                // or a machine offline does not mend in a minute, so a short wait each and few retries.
                unreached = true;
                problem = `could not reach ${(0,_network_js__WEBPACK_IMPORTED_MODULE_1__/* .hostOf */ .w4)(url)}: ${cause}`;
            }
            else {
                problem = `could not reach ${(0,_network_js__WEBPACK_IMPORTED_MODULE_1__/* .hostOf */ .w4)(url)}: network error`;
            }
        }
        if (attempt >= (unreached ? Math.min(_network_js__WEBPACK_IMPORTED_MODULE_1__/* .NETWORK_RETRIES */ .Sw, timing.retries) : timing.retries)) {
            throw new JulesError(`${problem} after ${attempt + 1} attempts; check ${options.surface.julesUrl} and try again later`);
        }
        const wait = unreached
            ? (0,_network_js__WEBPACK_IMPORTED_MODULE_1__/* .networkRetryWait */ .Yx)(timing.backoffMs, attempt)
            : Math.min(timing.maxWaitMs, retryAfterMs ?? timing.backoffMs * 2 ** attempt);
        options.log?.(`${problem}; retrying in ${Math.round(wait / 100) / 10} s.`);
        stats.retries++;
        await new Promise((resolve) => setTimeout(resolve, wait));
    }
}
/** Retry-After in seconds or as a date; undefined when absent or unreadable. */
function retryAfter(header) {
    if (header === null)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : (0,_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .msUntil */ .n)(date);
}
function refusal(status, url, surface) {
    if (status === 401) {
        return `Jules refused the API key (401): put a current key from https://jules.google.com/settings#api in ${surface.julesKey}`;
    }
    if (status === 403) {
        return 'Jules denied access (403): make sure the Jules API is enabled for the key and the key is not restricted to other APIs';
    }
    if (status === 404) {
        return `Jules has no session list at ${url.replace(/\?.*$/, '')} (404): check ${surface.julesUrl} (default ${_address_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_JULES_API_URL */ .T})`;
    }
    return `Jules refused the request (${status})`;
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
