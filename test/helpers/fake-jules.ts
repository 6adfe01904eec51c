// A fake Jules REST API on 127.0.0.1: lists the account's sessions a few per page (archived ones
// only under `filter=archived = true`), answers `GET sessions/{id}` (404 for an unknown id),
// records every request (with the key it carried), and injects faults (status codes, Retry-After,
// slow or broken answers).
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

export interface FakeJules {
  url: string;
  sessions: FakeJulesSession[];
  /** Sessions per page, whatever pageSize asks: a server may return fewer. */
  perPage: number;
  requests: { method: string; url: string; key: string | undefined }[];
  faults: JulesFault[];
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
    perPage: 100,
    requests: [],
    faults: [],
  };
  const server = createServer((request, response) => {
    void (async () => {
      const key = request.headers['x-goog-api-key'];
      fake.requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        key: typeof key === 'string' ? key : undefined,
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
