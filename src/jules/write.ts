// The Jules seam's write half: start a session, archive one, approve a plan. The key travels in
// a header and in no message. A create is never retried blind: Jules may have made the session,
// so a timeout or a 5xx is handed back as "unknown" and the caller lists before anything else.
import { hostOf, networkCause, networkRetryWait, NETWORK_RETRIES } from '../network.js';
import type { ServiceOptions } from '../network.js';
import type { CreateSessionBody } from '../planner/dispatch.js';
import type { Surface } from '../surface.js';
import { retryAfter, type JulesTiming } from './client.js';

const TIMING: JulesTiming = { timeoutMs: 30_000, retries: 4, backoffMs: 1_000, maxWaitMs: 60_000 };

export interface WriteOptions extends ServiceOptions<JulesTiming> {
  apiKey: string;
}

export type WriteResult =
  | { ok: true; session: { id: string; url: string } }
  | { ok: false; refused: string }
  /** The request may have reached Jules: whether it acted is known only from a fresh list. */
  | { ok: false; unknown: string };

/** `POST sessions`: one attempt, but a 429 (Jules did nothing) waits and tries again. */
export function createSession(options: WriteOptions, body: CreateSessionBody) {
  return post(options, 'sessions', body, false);
}

/** `POST sessions/{id}:archive`: archiving twice is harmless, so a failure is retried. */
export function archiveSession(options: WriteOptions, id: string) {
  return post(options, `sessions/${encodeURIComponent(id)}:archive`, {}, true);
}

/** `POST sessions/{id}:approvePlan`: approving twice is harmless, so a failure is retried. */
export function approvePlan(options: WriteOptions, id: string) {
  return post(options, `sessions/${encodeURIComponent(id)}:approvePlan`, {}, true);
}

async function post(
  options: WriteOptions,
  path: string,
  body: object,
  repeatable: boolean,
): Promise<WriteResult> {
  const timing = { ...TIMING, ...options.timing };
  const fetcher = options.fetch ?? fetch;
  const url = `${options.apiUrl.replace(/\/+$/, '')}/${path}`;
  for (let attempt = 0; ; attempt++) {
    let problem: string;
    let wait: number;
    let unreached = false;
    try {
      const response = await fetcher(url, {
        method: 'POST',
        headers: {
          'x-goog-api-key': options.apiKey,
          accept: 'application/json',
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
        // fetch keeps custom headers across a redirect to another host: the key would follow it.
        redirect: 'error',
        signal: AbortSignal.timeout(timing.timeoutMs),
      });
      const text = await response.text();
      if (response.ok) {
        const session = sessionOf(text, path);
        // Jules acted but did not say on what: only a list can tell which session it made.
        if (session.id === '') {
          return {
            ok: false,
            unknown: `Jules answered ${response.status} without naming the session`,
          };
        }
        return { ok: true, session };
      }
      if (response.status === 429) {
        problem = 'Jules answered 429 (too many requests)';
        wait = Math.min(
          timing.maxWaitMs,
          retryAfter(response.headers.get('retry-after')) ?? timing.backoffMs * 2 ** attempt,
        );
      } else if (response.status >= 500 || response.status === 408) {
        problem = `Jules answered ${response.status}`;
        if (!repeatable) return { ok: false, unknown: problem };
        wait = Math.min(timing.maxWaitMs, timing.backoffMs * 2 ** attempt);
      } else {
        return { ok: false, refused: refusal(response.status, text, options.surface) };
      }
    } catch (error) {
      const name = (error as Error).name;
      const cause = networkCause(error);
      const refused = (error as { cause?: { message?: unknown } }).cause?.message;
      if (typeof refused === 'string' && /redirect/i.test(refused)) {
        return {
          ok: false,
          refused: `Jules answered with a redirect; the key is never sent on, so point ${options.surface.julesUrl} at the final address`,
        };
      }
      if (name === 'TimeoutError' || name === 'AbortError') {
        problem = `Jules did not answer within ${timing.timeoutMs / 1000} s`;
      } else {
        unreached = cause !== undefined;
        problem = `could not reach ${hostOf(url)}: ${cause ?? 'network error'}`;
      }
      // A connection that broke may have carried the whole request: only a list can tell.
      if (!repeatable) return { ok: false, unknown: problem };
      wait = unreached
        ? networkRetryWait(timing.backoffMs, attempt)
        : Math.min(timing.maxWaitMs, timing.backoffMs * 2 ** attempt);
    }
    const most = unreached ? Math.min(NETWORK_RETRIES, timing.retries) : timing.retries;
    if (attempt >= most) {
      return { ok: false, refused: `${problem} after ${attempt + 1} attempts` };
    }
    options.log?.(`${problem}; retrying in ${Math.round(wait / 100) / 10} s.`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** The id and link of the session an answer names; for archive and approve, the path's id. */
function sessionOf(text: string, path: string): { id: string; url: string } {
  let data: { id?: unknown; name?: unknown; url?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) data = parsed;
  } catch {
    // archive and approvePlan may answer with an empty body.
  }
  const fromPath = /^sessions\/([^:]+):/.exec(path)?.[1];
  const id =
    typeof data.id === 'string'
      ? data.id
      : typeof data.name === 'string'
        ? data.name.replace(/^sessions\//, '')
        : decodeURIComponent(fromPath ?? '');
  return { id, url: typeof data.url === 'string' ? data.url : '' };
}

/** Jules' refusal in a sentence: its status, its own message cut short, and the fix. */
function refusal(status: number, text: string, surface: Surface): string {
  let said = '';
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === 'string') said = `: ${message.slice(0, 300)}`;
  } catch {
    // Not JSON: the status says enough.
  }
  if (status === 401) {
    return `Jules refused the API key (401): put a current key from https://jules.google.com/settings#api in ${surface.julesKey}`;
  }
  if (status === 403) {
    return `Jules denied the request (403${said}): make sure the key's account has this repository connected to Jules`;
  }
  return `Jules refused the request (${status}${said})`;
}
