// A fake Jules REST API on 127.0.0.1: lists sessions a few per page, records every request (with
// the key it carried), and injects faults (status codes, Retry-After, slow or broken answers).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeJulesSession {
  id: string;
  title?: string;
  prompt?: string;
  state: string;
  /** owner/repo: becomes `sourceContext.source` as `sources/github/owner/repo`. */
  repo: string;
  pullRequests?: string[];
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

export function julesSessionJson(s: FakeJulesSession) {
  return {
    name: `sessions/${s.id}`,
    id: s.id,
    title: s.title ?? `Session ${s.id}`,
    prompt: s.prompt ?? `Prompt of ${s.id}`,
    state: s.state,
    url: `https://jules.google.com/session/${s.id}`,
    createTime: s.createTime ?? '2026-11-24T08:00:00Z',
    updateTime: s.updateTime ?? '2026-11-25T06:00:00Z',
    sourceContext: {
      source: `sources/github/${s.repo}`,
      githubRepoContext: { startingBranch: 'main' },
    },
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
      if (request.method !== 'GET' || url.pathname !== '/v1alpha/sessions') {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 404, message: 'Not Found' } }));
        return;
      }
      if (!key) {
        response.writeHead(401, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 401, status: 'UNAUTHENTICATED' } }));
        return;
      }
      const offset = offsetOf(url.searchParams.get('pageToken'));
      const size = Math.min(fake.perPage, Number(url.searchParams.get('pageSize') ?? 30));
      const page = fake.sessions.slice(offset, offset + size);
      const next = offset + size < fake.sessions.length ? token(offset + size) : undefined;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          sessions: page.map(julesSessionJson),
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
