// The Jules seam: lists every session of the key's account, every page, with retries, and asks
// for the ids the file names that the list leaves out. The only file that talks to the Jules API.
// The key travels in a header and in no message.
import { z } from 'zod';
import { msUntil } from '../clock.js';
import { hostOf, networkCause, networkRetryWait, NETWORK_RETRIES } from '../network.js';
import type { ServiceOptions } from '../network.js';
import type { JulesInput, RepositoryName } from '../planner/jules.js';
import type { Surface } from '../surface.js';
import { DEFAULT_JULES_API_URL } from './address.js';
import type { JulesSession } from '../planner/types.js';

export { DEFAULT_JULES_API_URL, julesUrlProblem } from './address.js';

export interface JulesTiming {
  /** Per request; a request that takes longer is retried. */
  timeoutMs: number;
  /**
   * Retries after the first attempt, for 429, 5xx and timeouts; a request that never reached
   * Jules gets at most 2 of them.
   */
  retries: number;
  /**
   * The first wait; each retry doubles it (Retry-After wins when Jules sends one). A request that
   * never reached Jules waits a quarter of it, then half.
   */
  backoffMs: number;
  /** No single wait is longer than this. */
  maxWaitMs: number;
}

const TIMING: JulesTiming = { timeoutMs: 30_000, retries: 4, backoffMs: 1_000, maxWaitMs: 60_000 };

/** A guard against a server that never stops paging: 1,000 pages are 100,000 sessions. */
const MAX_PAGES = 1_000;

/** Ids looked up one by one at most; past this many, the rest are left unchecked and said so. */
export const MAX_LOOKUPS = 50;

export interface JulesOptions extends ServiceOptions<JulesTiming> {
  apiKey: string;
  repository: RepositoryName;
  /**
   * The ids the file names, the ones that matter most first: each one the lists leave out is
   * asked for by `GET sessions/{id}`, until one lookup fails for a reason other than 404.
   */
  ids?: readonly string[];
  /** Also list the archived sessions (`filter=archived = true`), for the daily quota. */
  archived?: boolean;
  /** Pages read of one list at most (MAX_PAGES unless set, as tests do). */
  maxPages?: number;
}

const sessionSchema = z.object({
  name: z.string().optional(),
  id: z.string().optional(),
  title: z.string().optional(),
  prompt: z.string().optional(),
  state: z.string().optional(),
  url: z.string().optional(),
  createTime: z.string().optional(),
  updateTime: z.string().optional(),
  archived: z.boolean().optional(),
  sourceContext: z.object({ source: z.string().optional() }).loose().optional(),
  outputs: z
    .array(
      z
        .object({ pullRequest: z.object({ url: z.string().optional() }).loose().optional() })
        .loose(),
    )
    .optional(),
});

const pageSchema = z.object({
  sessions: z.array(z.unknown()).optional(),
  nextPageToken: z.string().optional(),
});

/** Why a page could not be read, in a sentence that names the fix. */
class JulesError extends Error {}

/** Jules answered 404 for one session: it does not have it. */
class NotFound extends Error {}

/**
 * Every session of the account, archived ones too when asked, and the file's ids the lists leave
 * out. Never throws: a failure is returned with what it means, and the sweep counts slots from
 * the file alone.
 */
export async function listJulesSessions(options: JulesOptions): Promise<JulesInput> {
  const timing = { ...TIMING, ...options.timing };
  const fetcher = options.fetch ?? fetch;
  const stats = { requests: 0, retries: 0 };
  const base = options.apiUrl.replace(/\/+$/, '');
  const get = (url: string, one = false) => getJson(url, options, timing, fetcher, stats, one);
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
  const byId = new Map<string, JulesSession>();
  const warnings: string[] = [];
  let archivedUnread: string | undefined;
  const counter = { unreadable: 0 };
  try {
    const { sessions, cut } = await listAll(base, undefined, get, counter, maxPages);
    // Slots counted from part of the list would read free slots that are not: not used.
    if (cut) {
      throw new JulesError(`Jules kept paging past ${maxPages} pages; the list was not used`);
    }
    for (const session of sessions) byId.set(session.id, session);
  } catch (error) {
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
        if (!byId.has(session.id)) byId.set(session.id, session);
      }
      // Jules does not say in which order it lists them, so the pages left may hold recent
      // ones: what was read is used, and the shortfall said, never silent.
      if (cut) {
        archivedUnread = `Jules had more than ${maxPages} pages of them`;
        warnings.push(
          `the archived sessions were read for their first ${maxPages} pages (${sessions.length} sessions) and Jules had more pages; the ones on them were not read, so the daily quota may read low`,
        );
      }
    } catch (error) {
      archivedUnread = why(error);
      warnings.push(
        `archived sessions could not be listed (${why(error)}), so the daily quota counts only the others`,
      );
    }
  }
  const notFound: string[] = [];
  const unknown = [...new Set(options.ids ?? [])].filter((id) => !byId.has(id));
  let stopped = false;
  for (const [index, id] of unknown.slice(0, MAX_LOOKUPS).entries()) {
    try {
      const session = toSession(await get(`${base}/sessions/${encodeURIComponent(id)}`, true));
      if (session) byId.set(session.id, session);
      else counter.unreadable++;
    } catch (error) {
      if (error instanceof NotFound) {
        notFound.push(id);
        continue;
      }
      // What failed one lookup (a refused key, Jules down) fails the next: ask no more.
      const left = unknown.length - index - 1;
      warnings.push(
        `session ${id} could not be looked up (${why(error)})${left > 0 ? `, so the lookups stopped and ${left} more id(s) of the file that are not listed were not looked up` : ''}`,
      );
      stopped = true;
      break;
    }
  }
  if (!stopped && unknown.length > MAX_LOOKUPS) {
    warnings.push(
      `${unknown.length - MAX_LOOKUPS} more id(s) of the file are not listed and were not looked up (at most ${MAX_LOOKUPS} a sweep)`,
    );
  }
  const result: JulesInput = {
    enabled: true,
    sessions: [...byId.values()],
    ...stats,
    repository: options.repository,
  };
  if (notFound.length > 0) result.notFound = notFound;
  if (archivedUnread !== undefined) result.archivedUnread = archivedUnread;
  if (counter.unreadable > 0) {
    // Not counted, so the slots may be too few: said, never silent.
    warnings.unshift(
      `${counter.unreadable} session(s) in Jules' answer had no id and were not counted`,
    );
  }
  if (warnings.length > 0) result.warning = warnings.join('; ');
  return result;
}

const why = (error: unknown) =>
  error instanceof JulesError ? error.message : `Jules could not be read: ${String(error)}`;

/** The AIP-160 filter of the list that holds the archived sessions. */
const ARCHIVED = 'archived = true';

/** Every page of one list: the default one, or one under an AIP-160 filter. */
async function listAll(
  base: string,
  filter: string | undefined,
  get: (url: string) => Promise<unknown>,
  counter: { unreadable: number },
  maxPages: number,
): Promise<{ sessions: JulesSession[]; cut: boolean }> {
  const sessions: JulesSession[] = [];
  const seenTokens = new Set<string>();
  let token: string | undefined;
  for (let page = 0; ; page++) {
    // Pages were left: `cut`, for the caller to judge what a part of the list is worth.
    if (page === maxPages) return { sessions, cut: true };
    const query = [
      'pageSize=100',
      ...(filter ? [`filter=${encodeURIComponent(filter)}`] : []),
      ...(token ? [`pageToken=${encodeURIComponent(token)}`] : []),
    ].join('&');
    const answer = pageSchema.safeParse(await get(`${base}/sessions?${query}`));
    if (!answer.success) throw new JulesError('Jules answered with a list this sweep cannot read');
    for (const raw of answer.data.sessions ?? []) {
      const session = toSession(raw, filter === ARCHIVED);
      if (session) sessions.push(session);
      else counter.unreadable++;
    }
    token = answer.data.nextPageToken;
    if (!token) return { sessions, cut: false };
    if (seenTokens.has(token)) {
      throw new JulesError('Jules sent the same page token twice; the list was not used');
    }
    seenTokens.add(token);
  }
}

/** `archivedWhenAbsent`: read from the `archived = true` list, a session without the field is. */
function toSession(raw: unknown, archivedWhenAbsent = false): JulesSession | undefined {
  const parsed = sessionSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const s = parsed.data;
  const id = s.id ?? s.name?.replace(/^sessions\//, '');
  if (!id) return undefined;
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
      .filter((u): u is string => typeof u === 'string' && u !== ''),
  };
}

const retried = (status: number) => status === 408 || status === 429 || status >= 500;

async function getJson(
  url: string,
  options: JulesOptions,
  timing: JulesTiming,
  fetcher: typeof fetch,
  stats: { requests: number; retries: number },
  /** One session asked for by id: 404 means Jules does not have it, not a wrong address. */
  one = false,
): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    stats.requests++;
    let response: Response | undefined;
    let problem: string;
    let retryAfterMs: number | undefined;
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
          return JSON.parse(text) as unknown;
        } catch {
          throw new JulesError('Jules sent an answer that is not JSON');
        }
      }
      if (response.status >= 300 && response.status < 400) {
        throw new JulesError(
          `Jules answered with a redirect (${response.status}); the key is never sent on, so point ${options.surface.julesUrl} at the final address`,
        );
      }
      if (one && response.status === 404) throw new NotFound();
      if (!retried(response.status)) {
        throw new JulesError(refusal(response.status, url, options.surface));
      }
      problem = `Jules answered ${response.status}`;
      retryAfterMs = retryAfter(response.headers.get('retry-after'));
    } catch (error) {
      if (error instanceof JulesError || error instanceof NotFound) throw error;
      const name = (error as Error).name;
      // fetch refuses to follow a redirect with a TypeError whose cause says so.
      const refused = (error as { cause?: { message?: unknown } }).cause?.message;
      if (typeof refused === 'string' && /redirect/i.test(refused)) {
        throw new JulesError(
          `Jules answered with a redirect; the key is never sent on, so point ${options.surface.julesUrl} at the final address`,
        );
      }
      const cause = networkCause(error);
      if (name === 'TimeoutError' || name === 'AbortError') {
        problem = `Jules did not answer within ${timing.timeoutMs / 1000} s`;
      } else if (cause !== undefined) {
        // Never reached Jules (DNS, a refused connection, a port fetch refuses): a wrong address
        // or a machine offline does not mend in a minute, so a short wait each and few retries.
        unreached = true;
        problem = `could not reach ${hostOf(url)}: ${cause}`;
      } else {
        problem = `could not reach ${hostOf(url)}: network error`;
      }
    }
    if (attempt >= (unreached ? Math.min(NETWORK_RETRIES, timing.retries) : timing.retries)) {
      throw new JulesError(
        `${problem} after ${attempt + 1} attempts; check ${options.surface.julesUrl} and try again later`,
      );
    }
    const wait = unreached
      ? networkRetryWait(timing.backoffMs, attempt)
      : Math.min(timing.maxWaitMs, retryAfterMs ?? timing.backoffMs * 2 ** attempt);
    options.log?.(`${problem}; retrying in ${Math.round(wait / 100) / 10} s.`);
    stats.retries++;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Retry-After in seconds or as a date; undefined when absent or unreadable. */
export function retryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : msUntil(date);
}

function refusal(status: number, url: string, surface: Surface): string {
  if (status === 401) {
    return `Jules refused the API key (401): put a current key from https://jules.google.com/settings#api in ${surface.julesKey}`;
  }
  if (status === 403) {
    return 'Jules denied access (403): make sure the Jules API is enabled for the key and the key is not restricted to other APIs';
  }
  if (status === 404) {
    return `Jules has no session list at ${url.replace(/\?.*$/, '')} (404): check ${surface.julesUrl} (default ${DEFAULT_JULES_API_URL})`;
  }
  return `Jules refused the request (${status})`;
}
