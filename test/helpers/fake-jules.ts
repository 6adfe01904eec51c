// A fake Jules REST API on 127.0.0.1: lists the account's sessions a few per page (archived ones
// only under `filter=archived = true`), answers `GET sessions/{id}` (404 for an unknown id),
// creates sessions (`POST sessions`, the body checked against the real API's fields), archives
// them and approves plans, records every request (with the key and body it carried), and injects
// faults (status codes, Retry-After, slow or broken answers; on POST, a hang after creating).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeJulesSession {
  id: string;
  title?: string;
  prompt?: string;
  state: string;
  /**
   * owner/repo: becomes `sourceContext.source` as `sources/github/owner/repo`; absent for a
   * repoless session.
   */
  repo?: string;
  /** The source exactly as sent, such as the older `sources/github-owner-repo`; wins over repo. */
  source?: string;
  archived?: boolean;
  pullRequests?: string[];
  /** Absent: spread over the 48 hours before the request, by the session's place in the list. */
  createTime?: string;
  updateTime?: string;
}

export type JulesFault =
  | { status: number; headers?: Record<string, string>; body?: string }
  | { delayMs: number }
  | { raw: string };

/** A fault for the next POST only: `hangAfterCreate` makes the session, then answers late. */
export type JulesPostFault =
  | { status: number; headers?: Record<string, string> }
  | { hangAfterCreateMs: number }
  /** Makes the session, then answers this 5xx, as a gateway that lost Jules' answer. */
  | { statusAfterCreate: number }
  /** Makes the session, then answers 200 with this body in place of the session. */
  | { bodyAfterCreate: string };

export interface FakeJules {
  url: string;
  sessions: FakeJulesSession[];
  /** Repositories connected to Jules (owner/repo): a create for any other source answers 400. */
  sources: string[];
  /** The state a created session starts in. */
  createState: string;
  postFaults: JulesPostFault[];
  /** Sessions per page, whatever pageSize asks: a server may return fewer. */
  perPage: number;
  requests: { method: string; url: string; key: string | undefined; body?: unknown }[];
  faults: JulesFault[];
  /** Set: every list of the archived sessions answers this status, as a filter Jules refuses. */
  archivedStatus?: number;
  close: () => Promise<void>;
}

const token = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
const offsetOf = (text: string | null) =>
  text ? Number(Buffer.from(text, 'base64url').toString().replace('offset:', '')) : 0;

const HOUR = 3_600_000;

/** Session `index` of `count`: created (index + ½) × 48 h / count before now, so half fall in 24 h. */
export const spreadCreateTime = (index: number, count: number, now = Date.now()) =>
  new Date(now - ((index + 0.5) * 48 * HOUR) / Math.max(1, count)).toISOString();

export function julesSessionJson(s: FakeJulesSession, createTime = s.createTime) {
  const source = s.source ?? (s.repo ? `sources/github/${s.repo}` : undefined);
  return {
    name: `sessions/${s.id}`,
    id: s.id,
    title: s.title ?? `Session ${s.id}`,
    prompt: s.prompt ?? `Prompt of ${s.id}`,
    state: s.state,
    url: `https://jules.google.com/session/${s.id}`,
    createTime: createTime ?? new Date(Date.now() - 3 * HOUR).toISOString(),
    updateTime: s.updateTime ?? '2026-11-25T06:00:00Z',
    ...(s.archived ? { archived: true } : {}),
    ...(source ? { sourceContext: { source, githubRepoContext: { startingBranch: 'main' } } } : {}),
    ...(s.pullRequests
      ? {
          outputs: s.pullRequests.map((url) => ({
            pullRequest: { url, title: `PR of ${s.id}`, description: '' },
          })),
        }
      : {}),
  };
}

export async function startFakeJules(sessions: FakeJulesSession[] = []): Promise<FakeJules> {
  const fake: Omit<FakeJules, 'url' | 'close'> = {
    sessions,
    sources: [],
    createState: 'QUEUED',
    postFaults: [],
    perPage: 100,
    requests: [],
    faults: [],
  };
  const server = createServer((request, response) => {
    void (async () => {
      const key = request.headers['x-goog-api-key'];
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      fake.requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        key: typeof key === 'string' ? key : undefined,
        ...(request.method === 'POST' ? { body: parseBody(text) } : {}),
      });
      const fault = fake.faults.shift();
      if (fault && 'delayMs' in fault) {
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      } else if (fault && 'raw' in fault) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(fault.raw);
        return;
      } else if (fault) {
        response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        response.end(fault.body ?? JSON.stringify({ error: { code: fault.status } }));
        return;
      }
      const url = new URL(request.url ?? '/', 'http://fake');
      const notFound = () => {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 404, message: 'Not Found' } }));
      };
      if (request.method === 'POST') {
        if (!key) {
          answer(response, 401, { error: { code: 401, status: 'UNAUTHENTICATED' } });
          return;
        }
        await post(fake, url.pathname, text, response);
        return;
      }
      const one = /^\/v1alpha\/sessions\/([^/]+)$/.exec(url.pathname);
      if (request.method !== 'GET' || (url.pathname !== '/v1alpha/sessions' && !one)) {
        notFound();
        return;
      }
      if (!key) {
        response.writeHead(401, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 401, status: 'UNAUTHENTICATED' } }));
        return;
      }
      const created = (s: FakeJulesSession) =>
        s.createTime ?? spreadCreateTime(fake.sessions.indexOf(s), fake.sessions.length);
      if (one) {
        const session = fake.sessions.find((s) => s.id === decodeURIComponent(one[1]!));
        if (!session) {
          notFound();
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(julesSessionJson(session, created(session))));
        return;
      }
      // AIP-160: `archived = true` lists the archived sessions; the default list leaves them out.
      const filter = url.searchParams.get('filter');
      const wantArchived = filter !== null && /^\s*archived\s*=\s*true\s*$/.test(filter);
      if (wantArchived && fake.archivedStatus !== undefined) {
        answer(response, fake.archivedStatus, { error: { code: fake.archivedStatus } });
        return;
      }
      const listed = fake.sessions.filter((s) => (s.archived ?? false) === wantArchived);
      const offset = offsetOf(url.searchParams.get('pageToken'));
      const size = Math.min(fake.perPage, Number(url.searchParams.get('pageSize') ?? 30));
      const page = listed.slice(offset, offset + size);
      const next = offset + size < listed.length ? token(offset + size) : undefined;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          sessions: page.map((s) => julesSessionJson(s, created(s))),
          ...(next ? { nextPageToken: next } : {}),
        }),
      );
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}/v1alpha`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  });
}

const parseBody = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

function answer(response: import('node:http').ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

const invalid = (message: string) => ({
  error: { code: 400, status: 'INVALID_ARGUMENT', message },
});

/** The fields `POST sessions` takes, as the Jules API reference lists them. */
const CREATE_FIELDS = new Set([
  'prompt',
  'title',
  'sourceContext',
  'requirePlanApproval',
  'automationMode',
]);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why Jules would refuse this create body (400), or undefined. */
export function createBodyProblem(body: unknown, sources: readonly string[]): string | undefined {
  if (!isRecord(body)) return 'the body is not a JSON object';
  const unknown = Object.keys(body).filter((k) => !CREATE_FIELDS.has(k));
  if (unknown.length > 0) return `Invalid JSON payload received. Unknown name "${unknown[0]}"`;
  if (typeof body.prompt !== 'string' || body.prompt.trim() === '') return 'prompt is required';
  if (body.title !== undefined && typeof body.title !== 'string') return 'title must be a string';
  if (body.requirePlanApproval !== undefined && typeof body.requirePlanApproval !== 'boolean') {
    return 'requirePlanApproval must be a boolean';
  }
  if (
    body.automationMode !== undefined &&
    body.automationMode !== 'AUTOMATION_MODE_UNSPECIFIED' &&
    body.automationMode !== 'AUTO_CREATE_PR'
  ) {
    return `Invalid value at 'automation_mode': ${JSON.stringify(body.automationMode)}`;
  }
  const context = body.sourceContext;
  if (!isRecord(context)) return 'sourceContext is required';
  const extra = Object.keys(context).filter((k) => k !== 'source' && k !== 'githubRepoContext');
  if (extra.length > 0) return `Invalid JSON payload received. Unknown name "${extra[0]}"`;
  const repo = /^sources\/github\/([^/]+\/[^/]+)$/.exec(String(context.source))?.[1];
  if (!repo || !sources.some((s) => s.toLowerCase() === repo.toLowerCase())) {
    return 'Could not get source';
  }
  const github = context.githubRepoContext;
  if (github !== undefined) {
    if (!isRecord(github)) return 'githubRepoContext must be an object';
    const more = Object.keys(github).filter((k) => k !== 'startingBranch');
    if (more.length > 0) return `Invalid JSON payload received. Unknown name "${more[0]}"`;
    if (typeof github.startingBranch !== 'string' || github.startingBranch === '') {
      return 'startingBranch is required';
    }
  }
  return undefined;
}

async function post(
  fake: Omit<FakeJules, 'url' | 'close'>,
  path: string,
  text: string,
  response: import('node:http').ServerResponse,
): Promise<void> {
  const fault = fake.postFaults.shift();
  if (fault && 'status' in fault) {
    response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
    response.end(JSON.stringify({ error: { code: fault.status } }));
    return;
  }
  const body = parseBody(text);
  if (path === '/v1alpha/sessions') {
    const problem = createBodyProblem(body, fake.sources);
    if (problem) {
      answer(response, 400, invalid(problem));
      return;
    }
    const b = body as { prompt: string; title?: string; sourceContext: { source: string } };
    const id = `s${1000 + fake.sessions.length}`;
    const session: FakeJulesSession = {
      id,
      title: b.title ?? b.prompt.slice(0, 40),
      prompt: b.prompt,
      state: fake.createState,
      source: b.sourceContext.source,
      createTime: new Date().toISOString(),
    };
    fake.sessions.push(session);
    if (fault && 'bodyAfterCreate' in fault) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(fault.bodyAfterCreate);
      return;
    }
    if (fault && 'statusAfterCreate' in fault) {
      answer(response, fault.statusAfterCreate, { error: { code: fault.statusAfterCreate } });
      return;
    }
    if (fault) await new Promise((resolve) => setTimeout(resolve, fault.hangAfterCreateMs));
    answer(response, 200, julesSessionJson(session));
    return;
  }
  const action = /^\/v1alpha\/sessions\/([^/:]+):(archive|approvePlan)$/.exec(path);
  const session = action
    ? fake.sessions.find((s) => s.id === decodeURIComponent(action[1]!))
    : undefined;
  if (!action || !session) {
    answer(response, 404, { error: { code: 404, message: 'Not Found' } });
    return;
  }
  if (!isRecord(body) || Object.keys(body).length > 0) {
    answer(response, 400, invalid('the body must be {}'));
    return;
  }
  if (action[2] === 'archive') {
    session.archived = true;
  } else {
    if (session.state !== 'AWAITING_PLAN_APPROVAL') {
      answer(response, 400, { error: { code: 400, status: 'FAILED_PRECONDITION' } });
      return;
    }
    session.state = 'IN_PROGRESS';
  }
  answer(response, 200, {});
}
