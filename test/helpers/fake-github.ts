// A fake GitHub on 127.0.0.1: answers the GraphQL the sweep sends from a list of pull requests,
// serves Copilot's agent tasks API (./fake-copilot.ts), records every request, and injects
// faults (status codes, rate limits, slow or broken answers).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kind, parse, type FieldNode, type ValueNode } from 'graphql';
import {
  createFakeCopilot,
  pullNodeId,
  serveAgentTasks,
  type FakeCopilot,
} from './fake-copilot.js';

export interface RecordedRequest {
  method: string;
  url: string;
  body: string;
  authorization: string | undefined;
}

export interface FakePull {
  owner: string;
  repo: string;
  number: number;
  state?: 'OPEN' | 'CLOSED' | 'MERGED';
  isDraft?: boolean;
  title?: string;
  body?: string;
  reviewDecision?: 'APPROVED' | 'CHANGES_REQUESTED' | 'REVIEW_REQUIRED' | null;
  mergeable?: 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN';
  checks?: { name: string; conclusion: string | null; status?: string }[];
  statuses?: { context: string; state: string }[];
  /** Answer FORBIDDEN for this pull request, as GitHub does for a token without access. */
  forbidden?: boolean;
}

/** What the next request gets instead of a real answer. */
export type Fault =
  | { pass: true }
  | { status: number; headers?: Record<string, string>; body?: string }
  | { delayMs: number }
  | { raw: string };

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  pulls: FakePull[];
  /** File texts by `owner/repo/path@ref`, for the contents API. */
  files: Map<string, string>;
  /** Workflow runs that the runs API lists as successful, newest first. */
  runs: number[];
  /** Artifacts uploaded through the results service, with the zip bytes in blob storage. */
  artifacts: { id: number; name: string; runId: number; zip: Buffer }[];
  /** Consumed one per request, first in first out. */
  faults: Fault[];
  /** Applied to every request while set. */
  always: Fault | undefined;
  /** When the rate limit the fake reports resets: an hour after the fake started. */
  resetAt: string;
  /**
   * Applied to every request to the artifact side while set (results service, blob storage, the
   * REST API that lists and downloads artifacts), ahead of `faults` and `always`.
   */
  artifactService: Fault | undefined;
  /** Copilot's agent tasks of every repository, and what the agent tasks API was asked. */
  copilot: FakeCopilot;
  close: () => Promise<void>;
}

/** Raw request bodies, for blob uploads. */
const bodyBytes = new WeakMap<IncomingMessage, Buffer>();

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const bytes = Buffer.concat(chunks);
      bodyBytes.set(request, bytes);
      resolve(bytes.toString('utf8'));
    });
    request.on('error', reject);
  });

const json = (response: ServerResponse, status: number, value: unknown, headers = {}) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(value));
};

export async function startFakeGitHub(pulls: FakePull[] = []): Promise<FakeGitHub> {
  const fake: Omit<FakeGitHub, 'url' | 'close'> = {
    requests: [],
    pulls,
    files: new Map(),
    runs: [],
    artifacts: [],
    faults: [],
    always: undefined,
    resetAt: hoursAgo(-1),
    artifactService: undefined,
    copilot: createFakeCopilot(),
  };
  const server = createServer((request, response) => {
    void readBody(request).then(async (body) => {
      fake.requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        body,
        authorization: request.headers.authorization,
      });
      const artifactPath = ARTIFACT_PATHS.some((p) => p.test(request.url ?? ''));
      const fault =
        (artifactPath ? fake.artifactService : undefined) ?? fake.faults.shift() ?? fake.always;
      if (fault && 'pass' in fault) {
        // answered normally below
      } else if (fault && 'delayMs' in fault) {
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      } else if (fault && 'raw' in fault) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(fault.raw);
        return;
      } else if (fault) {
        response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        response.end(fault.body ?? JSON.stringify({ message: `fault ${fault.status}` }));
        return;
      }
      if (request.method === 'POST' && request.url === '/graphql') {
        json(response, 200, answer(fake.pulls, fake.resetAt, body));
        return;
      }
      const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'fake'}`);
      if (
        actionsArtifacts(fake, request.method ?? '', url, body, response, bodyBytes.get(request))
      ) {
        return;
      }
      if (
        await serveAgentTasks(
          fake.copilot,
          request,
          url,
          body,
          response,
          `http://${request.headers.host ?? 'fake'}`,
        )
      ) {
        return;
      }
      const contents = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname);
      if (request.method === 'GET' && contents) {
        const key = `${contents[1]!}/${contents[2]!}/${decodeURIComponent(contents[3]!)}@${url.searchParams.get('ref') ?? ''}`;
        const text = fake.files.get(key);
        if (text === undefined) {
          json(response, 404, { message: 'Not Found' });
        } else {
          response.writeHead(200, {
            'content-type': 'application/vnd.github.raw+json; charset=utf-8',
          });
          response.end(text);
        }
        return;
      }
      // REST, for comparison in the benchmark: one pull request per request.
      const rest = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(request.url ?? '');
      const pull = rest
        ? fake.pulls.find(
            (p) => p.owner === rest[1] && p.repo === rest[2] && p.number === Number(rest[3]),
          )
        : undefined;
      if (request.method === 'GET' && pull) {
        json(response, 200, pullNode(pull));
        return;
      }
      json(response, 404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  });
}

function value(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.STRING) return node.value;
  return undefined;
}

function args(field: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    (field.arguments ?? []).map((a) => [a.name.value, value(a.value, variables)]),
  );
}

/** Answers the query as GitHub would: aliases kept, missing pull requests null with an error. */
function answer(pulls: FakePull[], resetAt: string, body: string): unknown {
  const { query, variables = {} } = JSON.parse(body) as {
    query: string;
    variables?: Record<string, unknown>;
  };
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const data: Record<string, unknown> = {};
  const errors: unknown[] = [];
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind !== Kind.FIELD) continue;
    const alias = selection.alias?.value ?? selection.name.value;
    if (selection.name.value === 'rateLimit') {
      data[alias] = { cost: 1, remaining: 4999, resetAt };
      continue;
    }
    if (selection.name.value === 'nodes') {
      // Pull requests by global id, as Copilot's task artifacts name them; null when unknown.
      const { ids } = args(selection, variables) as { ids: unknown };
      data[alias] = (Array.isArray(ids) ? ids : []).map((id: unknown, index) => {
        const pull = pulls.find((p) => pullNodeId(p.owner, p.repo, p.number) === id);
        if (pull && !pull.forbidden) return { id, url: pullNode(pull).url };
        errors.push({
          type: pull ? 'FORBIDDEN' : 'NOT_FOUND',
          path: [alias, index],
          message: `Could not resolve to a node with the global id of '${String(id)}'`,
        });
        return null;
      });
      continue;
    }
    if (selection.name.value !== 'repository') continue;
    const { owner, name } = args(selection, variables) as { owner: string; name: string };
    const repository: Record<string, unknown> = {};
    for (const inner of selection.selectionSet?.selections ?? []) {
      if (inner.kind !== Kind.FIELD) continue;
      const pullAlias = inner.alias?.value ?? inner.name.value;
      const { number } = args(inner, variables) as { number: number };
      const pull = pulls.find(
        (p) =>
          p.owner.toLowerCase() === owner.toLowerCase() &&
          p.repo.toLowerCase() === name.toLowerCase() &&
          p.number === number,
      );
      if (!pull || pull.forbidden) {
        repository[pullAlias] = null;
        errors.push({
          type: pull ? 'FORBIDDEN' : 'NOT_FOUND',
          path: [alias, pullAlias],
          message: pull
            ? 'Resource not accessible by integration'
            : `Could not resolve to a PullRequest with the number of ${number}.`,
        });
        continue;
      }
      repository[pullAlias] = pullNode(pull);
    }
    data[alias] = repository;
  }
  return errors.length > 0 ? { data, errors } : { data };
}

function pullNode(pull: FakePull): Record<string, unknown> {
  const state = pull.state ?? 'OPEN';
  const contexts = [
    ...(pull.checks ?? []).map((c) => ({
      __typename: 'CheckRun',
      name: c.name,
      status: c.status ?? (c.conclusion === null ? 'IN_PROGRESS' : 'COMPLETED'),
      conclusion: c.conclusion,
    })),
    ...(pull.statuses ?? []).map((s) => ({
      __typename: 'StatusContext',
      context: s.context,
      state: s.state,
    })),
  ];
  const failing = contexts.some((c) =>
    ['FAILURE', 'ERROR', 'TIMED_OUT', 'CANCELLED'].includes(
      String('conclusion' in c ? c.conclusion : c.state),
    ),
  );
  const pending = contexts.some((c) =>
    'conclusion' in c ? c.conclusion === null : c.state === 'PENDING',
  );
  const rollupState =
    contexts.length === 0 ? null : failing ? 'FAILURE' : pending ? 'PENDING' : 'SUCCESS';
  const sha = `${pull.number}`.padStart(40, 'a');
  return {
    number: pull.number,
    url: `https://github.com/${pull.owner}/${pull.repo}/pull/${pull.number}`,
    title: pull.title ?? `Pull request ${pull.number}`,
    body: pull.body ?? '',
    state,
    isDraft: pull.isDraft ?? false,
    merged: state === 'MERGED',
    mergedAt: state === 'MERGED' ? hoursAgo(1) : null,
    closed: state !== 'OPEN',
    closedAt: state === 'OPEN' ? null : hoursAgo(1),
    createdAt: hoursAgo(4 * 24),
    updatedAt: hoursAgo(2),
    additions: 120,
    deletions: 30,
    changedFiles: 4,
    reviewDecision: pull.reviewDecision ?? null,
    mergeable: pull.mergeable ?? 'MERGEABLE',
    mergeStateStatus: pull.mergeable === 'CONFLICTING' ? 'DIRTY' : 'CLEAN',
    headRefOid: sha,
    commits: {
      nodes: [
        {
          commit: {
            oid: sha,
            statusCheckRollup: rollupState
              ? { state: rollupState, contexts: { nodes: contexts } }
              : null,
          },
        },
      ],
    },
  };
}

const ARTIFACT_PATHS = [
  /^\/twirp\//,
  /^\/blob\//,
  /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/\d+\/artifacts/,
  /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\//,
];

const blocks = new Map<string, Map<string, Buffer>>();
let nextArtifactId = 1000;

/**
 * The artifact side of a job, as @actions/artifact speaks to it: the results service (twirp
 * JSON), Azure-style blob storage for the zip, and the REST API that finds and downloads
 * artifacts of other runs. Answers true when it handled the request.
 */
function actionsArtifacts(
  fake: Omit<FakeGitHub, 'url' | 'close'>,
  method: string,
  url: URL,
  body: string,
  response: ServerResponse,
  bytes: Buffer | undefined,
): boolean {
  const twirp = /\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(
    url.pathname,
  );
  if (method === 'POST' && twirp) {
    const request = JSON.parse(body) as { name?: string; workflowRunBackendId?: string };
    if (twirp[1] === 'CreateArtifact') {
      const id = nextArtifactId++;
      fake.artifacts.push({ id, name: request.name ?? '', runId: 0, zip: Buffer.alloc(0) });
      json(response, 200, { ok: true, signedUploadUrl: `http://${url.host}/blob/${id}?sig=fake` });
    } else if (twirp[1] === 'FinalizeArtifact') {
      const artifact = [...fake.artifacts].reverse().find((a) => a.name === request.name);
      json(response, 200, { ok: true, artifactId: String(artifact?.id ?? 0) });
    } else {
      json(response, 404, { msg: 'unknown method' });
    }
    return true;
  }
  const blob = /^\/blob\/(\d+)$/.exec(url.pathname);
  if (blob) {
    const id = Number(blob[1]);
    const artifact = fake.artifacts.find((a) => a.id === id);
    if (method === 'PUT' && url.searchParams.get('comp') === 'block') {
      const staged = blocks.get(blob[1]!) ?? new Map<string, Buffer>();
      staged.set(url.searchParams.get('blockid') ?? '', bytes ?? Buffer.alloc(0));
      blocks.set(blob[1]!, staged);
      response.writeHead(201, { 'x-ms-request-id': 'fake' });
      response.end();
    } else if (method === 'PUT' && url.searchParams.get('comp') === 'blocklist') {
      const order = [...body.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
        (m) => m[1]!,
      );
      const staged = blocks.get(blob[1]!) ?? new Map<string, Buffer>();
      if (artifact)
        artifact.zip = Buffer.concat(order.map((id) => staged.get(id) ?? Buffer.alloc(0)));
      response.writeHead(201, { 'x-ms-request-id': 'fake', etag: '"fake"' });
      response.end();
    } else if (method === 'PUT') {
      if (artifact) artifact.zip = bytes ?? Buffer.alloc(0);
      response.writeHead(201, { 'x-ms-request-id': 'fake', etag: '"fake"' });
      response.end();
    } else if (method === 'GET' && artifact) {
      response.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': artifact.zip.length,
      });
      response.end(artifact.zip);
    } else {
      json(response, 404, { message: 'Not Found' });
    }
    return true;
  }
  if (method !== 'GET') return false;
  if (/^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/[^/]+\/runs$/.test(url.pathname)) {
    json(response, 200, {
      total_count: fake.runs.length + 1,
      workflow_runs: [
        // A fork's pull request whose branch is also named main: never a source of the ledger.
        { id: 999, event: 'pull_request', head_repository: { full_name: 'fork/summit' } },
        ...fake.runs.map((id) => ({
          id,
          event: 'schedule',
          status: 'completed',
          head_repository: { full_name: 'acme/summit' },
        })),
      ],
    });
    return true;
  }
  const list = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(url.pathname);
  if (list) {
    const name = url.searchParams.get('name');
    const found = fake.artifacts.filter(
      (a) => a.runId === Number(list[1]) && (name === null || a.name === name),
    );
    json(response, 200, {
      total_count: found.length,
      artifacts: found.map((a) => ({
        id: a.id,
        name: a.name,
        size_in_bytes: a.zip.length,
        created_at: hoursAgo(24),
      })),
    });
    return true;
  }
  const zip = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname);
  if (zip) {
    response.writeHead(302, { location: `http://${url.host}/blob/${zip[1]!}?download=1` });
    response.end();
    return true;
  }
  return false;
}

/** A moment `hours` before the clock reads now (after it, when negative): fixtures never age. */
function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3_600_000).toISOString();
}
