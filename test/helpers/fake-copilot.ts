// GitHub's agent tasks API (Copilot's cloud agent) as the fake GitHub serves it: a repository's
// tasks listed a page at a time with `Link` pagination, `state`, `is_archived`, `since`, `sort`
// and `direction`, one task by id, and `POST` to start one. Every request and every answer is
// checked against the operations' own description in @octokit/openapi (with ajv): a request the
// description does not allow is answered 400 with the reason, and every breach is recorded in
// `violations`, so a test can assert that none happened.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Ajv, type ValidateFunction } from 'ajv';

/** The API version these routes exist in. */
export const API_VERSION = '2026-03-10';

export const TASK_STATES = [
  'queued',
  'in_progress',
  'completed',
  'failed',
  'idle',
  'waiting_for_user',
  'timed_out',
  'cancelled',
] as const;

export type TaskState = (typeof TASK_STATES)[number];

export interface FakeTask {
  id: string;
  /** owner/repo. */
  repo: string;
  state: TaskState;
  /** Absent: the prompt's first line, or "Task <id>". */
  name?: string;
  prompt?: string;
  archived?: boolean;
  /** Numbers of pull requests of the same repository it opened (each also a branch artifact). */
  pulls?: number[];
  /** Its pull request artifacts carry only the database id, as the description's example. */
  noGlobalId?: boolean;
  createdAt?: string;
  updatedAt?: string;
  /** The body it was started with, for a task made by `POST`. */
  body?: Record<string, unknown>;
}

/** A fault for the next `POST` only, after the task was made: the answer is lost or late. */
export type TaskPostFault = { statusAfterCreate: number } | { hangAfterCreateMs: number };

export interface TaskRequest {
  method: string;
  path: string;
  query: Record<string, string[]>;
  body: unknown;
  authorization: string | undefined;
  apiVersion: string | undefined;
}

export interface FakeCopilot {
  tasks: FakeTask[];
  /** Tasks per page at most, whatever `per_page` asks: a server may return fewer. */
  maxPerPage: number;
  /** Set: every list answers this `Link` header instead of its own (a broken server). */
  link?: string;
  /** Set: only these tokens are accepted (others 401); any token that is not `ghs_…` otherwise. */
  tokens?: string[];
  /** Set: every list of archived tasks answers this status. */
  archivedStatus?: number;
  postFaults: TaskPostFault[];
  requests: TaskRequest[];
  /** Every request or answer the description does not allow, with why. */
  violations: string[];
}

export function createFakeCopilot(tasks: FakeTask[] = []): FakeCopilot {
  return { tasks, maxPerPage: 100, postFaults: [], requests: [], violations: [] };
}

/** A pull request's GraphQL global id, as the fake GitHub resolves it in `nodes(ids:)`. */
export const pullNodeId = (owner: string, repo: string, number: number) =>
  `PR_${Buffer.from(`${owner}/${repo}/${number}`.toLowerCase()).toString('base64url')}`;

// ---- the description ----------------------------------------------------------------------

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Record<string, unknown>;
}

interface Operation {
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<
    string,
    { content?: Record<string, { schema: Record<string, unknown> }>; headers?: object }
  >;
}

const LIST = '/agents/repos/{owner}/{repo}/tasks';
const ONE = '/agents/repos/{owner}/{repo}/tasks/{task_id}';

/** One path's entry of the dereferenced description, or undefined when `text` ends before it does. */
function describedPath(text: string, path: string): Record<string, Operation> | undefined {
  const key = `"${path}":`;
  const at = text.indexOf(key);
  if (at < 0) return undefined;
  const start = text.indexOf('{', at + key.length);
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      return JSON.parse(text.slice(start, i + 1)) as Record<string, Operation>;
    }
  }
  return undefined;
}

/**
 * The paths' entries, read from the head of the 70 MB file as far as they reach: parsing all of
 * it takes a second, and `paths` comes first, in order, so `/agents/…` is near the start.
 */
function describedPaths(file: string, paths: readonly string[]): Record<string, Operation>[] {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    for (let length = 1 << 20; ; length *= 2) {
      const buffer = Buffer.alloc(Math.min(length, size));
      readSync(fd, buffer, 0, buffer.length, 0);
      const text = buffer.toString('utf8');
      const found = paths.map((path) => describedPath(text, path));
      if (found.every((f) => f !== undefined)) return found;
      if (buffer.length === size) {
        throw new Error(`the OpenAPI description lacks ${paths.join(' or ')}`);
      }
    }
  } finally {
    closeSync(fd);
  }
}

interface Validators {
  query: ValidateFunction;
  path: ValidateFunction;
  body?: ValidateFunction;
  responses: Map<string, ValidateFunction>;
  arrays: Set<string>;
}

let compiled: Record<string, Validators> | undefined;

/**
 * Validators of the three operations, by `METHOD path`, compiled once per test file on the first
 * request (half a second: a test with short time limits calls this first, in its `beforeAll`).
 */
export function validators(): Record<string, Validators> {
  if (compiled) return compiled;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@octokit/openapi/package.json'));
  const file = join(root, 'generated', 'api.github.com.deref.json');
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: 'array' });
  const strict = new Ajv({ strict: false, allErrors: true });
  for (const a of [ajv, strict]) {
    a.addFormat(
      'date-time',
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i,
    );
    a.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    a.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    a.addFormat('double', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  }
  const object = (params: Parameter[]) => ({
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
    // Not described is not allowed: a misspelt parameter would be ignored without a word.
    additionalProperties: false,
  });
  const result: Record<string, Validators> = {};
  const described = describedPaths(file, [LIST, ONE]);
  for (const [index, path] of [LIST, ONE].entries()) {
    for (const [method, operation] of Object.entries(described[index]!)) {
      const params = operation.parameters;
      const body = operation.requestBody?.content['application/json']?.schema;
      const validatorsOf: Validators = {
        query: ajv.compile(object(params.filter((p) => p.in === 'query'))),
        path: strict.compile(object(params.filter((p) => p.in === 'path'))),
        responses: new Map(),
        arrays: new Set(
          params.filter((p) => p.in === 'query' && p.schema.type === 'array').map((p) => p.name),
        ),
      };
      // GitHub drops body fields it does not know: the fake refuses them, so none is lost.
      if (body) validatorsOf.body = strict.compile({ ...body, additionalProperties: false });
      for (const [status, described] of Object.entries(operation.responses)) {
        const schema = described.content?.['application/json']?.schema;
        if (schema) validatorsOf.responses.set(status, strict.compile(schema));
      }
      result[`${method.toUpperCase()} ${path}`] = validatorsOf;
    }
  }
  compiled = result;
  return result;
}

const errorsOf = (validate: ValidateFunction) =>
  (validate.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');

// ---- serving -------------------------------------------------------------------------------

const DOCS = 'https://docs.github.com/rest/agent-tasks/agent-tasks';

function send(
  copilot: FakeCopilot,
  operation: string,
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const validate = validators()[operation]?.responses.get(String(status));
  if (!validate) {
    copilot.violations.push(`${operation} answered ${status}, which the description does not list`);
  } else if (!validate(body)) {
    copilot.violations.push(`${operation} answered ${status} with ${errorsOf(validate)}`);
  }
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

const isoHoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

function taskJson(task: FakeTask, apiBase: string, index: number) {
  const [owner = '', repo = ''] = task.repo.split('/');
  const firstLine = task.prompt?.split('\n')[0];
  const artifacts = (task.pulls ?? []).flatMap((number) => [
    {
      provider: 'github',
      type: 'pull',
      data: {
        id: 900_000 + number,
        ...(task.noGlobalId ? {} : { global_id: pullNodeId(owner, repo, number) }),
      },
    },
    {
      provider: 'github',
      type: 'branch',
      data: { head_ref: `copilot/${task.id}`, base_ref: 'main' },
    },
  ]);
  const created = task.createdAt ?? isoHoursAgo(2 + index);
  return {
    id: task.id,
    url: `${apiBase}/agents/repos/${owner}/${repo}/tasks/${task.id}`,
    html_url: `https://github.com/${owner}/${repo}/copilot/tasks/${task.id}`,
    name: task.name ?? firstLine ?? `Task ${task.id}`,
    creator: { id: 1 },
    creator_type: 'user',
    owner: { id: 1 },
    repository: { id: 1296269 },
    state: task.state,
    session_count: 1,
    artifacts,
    archived_at: task.archived ? isoHoursAgo(1) : null,
    created_at: created,
    updated_at: task.updatedAt ?? created,
  };
}

const failure = (message: string, errors?: { code: string; message: string }[]) => ({
  message,
  documentation_url: DOCS,
  ...(errors ? { errors } : {}),
});

/**
 * Answers a request under `/agents/`; true when it did. `apiBase` is the fake's address, for
 * the links it sends.
 */
export async function serveAgentTasks(
  copilot: FakeCopilot,
  request: IncomingMessage,
  url: URL,
  text: string,
  response: ServerResponse,
  apiBase: string,
): Promise<boolean> {
  if (!url.pathname.startsWith('/agents/')) return false;
  const method = request.method ?? '';
  const version = request.headers['x-github-api-version'];
  const apiVersion = typeof version === 'string' ? version : undefined;
  const authorization = request.headers.authorization;
  let body: unknown;
  if (text !== '') {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = text;
    }
  }
  const query: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (query[name] ??= []).push(value);
  copilot.requests.push({ method, path: url.pathname, query, body, authorization, apiVersion });

  const list = /^\/agents\/repos\/([^/]+)\/([^/]+)\/tasks$/.exec(url.pathname);
  const one = /^\/agents\/repos\/([^/]+)\/([^/]+)\/tasks\/([^/]+)$/.exec(url.pathname);
  const path = list ? LIST : one ? ONE : undefined;
  const operation = `${method} ${path ?? url.pathname}`;
  const checks = path ? validators()[operation] : undefined;
  if (!checks) {
    copilot.violations.push(`${operation} is not an operation of the agent tasks API`);
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(failure('Not Found')));
    return true;
  }
  const refuse = (why: string) => {
    copilot.violations.push(`${operation}: ${why}`);
    send(copilot, operation, response, 400, failure(`Bad request: ${why}`));
  };
  if (apiVersion !== API_VERSION) {
    refuse(`X-GitHub-Api-Version is ${apiVersion ?? 'absent'}, not ${API_VERSION}`);
    return true;
  }
  const [, owner = '', repo = '', rawId] = (list ?? one)!;
  const params = {
    owner: decodeURIComponent(owner),
    repo: decodeURIComponent(repo),
    ...(rawId === undefined ? {} : { task_id: decodeURIComponent(rawId) }),
  };
  if (!checks.path(params)) {
    refuse(`path ${errorsOf(checks.path)}`);
    return true;
  }
  const values: Record<string, unknown> = Object.fromEntries(
    Object.entries(query).map(([name, all]) => [
      name,
      checks.arrays.has(name) || all.length > 1 ? all : all[0],
    ]),
  );
  if (!checks.query(values)) {
    refuse(`query ${errorsOf(checks.query)}`);
    return true;
  }
  if (method === 'POST') {
    const type = request.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) {
      refuse(`the body is sent as ${type || 'nothing'}, not application/json`);
      return true;
    }
    if (checks.body && !checks.body(body)) {
      refuse(`body ${errorsOf(checks.body)}`);
      return true;
    }
  }

  // Authentication: the API takes a user's token only.
  const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization ?? '')?.[1];
  if (!token) {
    send(copilot, operation, response, 401, failure('Requires authentication'));
    return true;
  }
  if (token.startsWith('ghs_')) {
    send(copilot, operation, response, 403, failure('Resource not accessible by integration'));
    return true;
  }
  if (copilot.tokens && !copilot.tokens.includes(token)) {
    send(copilot, operation, response, 401, failure('Bad credentials'));
    return true;
  }

  const repoName = `${params.owner}/${params.repo}`.toLowerCase();
  const ofRepo = copilot.tasks.filter((t) => t.repo.toLowerCase() === repoName);
  const json = (task: FakeTask) => taskJson(task, apiBase, copilot.tasks.indexOf(task));

  if (method === 'GET' && one) {
    const task = ofRepo.find((t) => t.id === params.task_id);
    if (!task) send(copilot, operation, response, 404, failure('Not Found'));
    else send(copilot, operation, response, 200, json(task));
    return true;
  }

  if (method === 'POST') {
    const b = body as { prompt: string } & Record<string, unknown>;
    if (b.prompt.trim() === '') {
      send(
        copilot,
        operation,
        response,
        422,
        failure('Validation Failed', [{ code: 'missing_field', message: 'prompt is empty' }]),
      );
      return true;
    }
    const task: FakeTask = {
      id: `00000000-0000-4000-8000-${String(copilot.tasks.length + 1).padStart(12, '0')}`,
      repo: `${params.owner}/${params.repo}`,
      state: 'queued',
      prompt: b.prompt,
      createdAt: new Date().toISOString(),
      body: b,
    };
    copilot.tasks.push(task);
    const fault = copilot.postFaults.shift();
    if (fault && 'statusAfterCreate' in fault) {
      // A gateway that lost GitHub's answer: not the operation's own, so not checked.
      response.writeHead(fault.statusAfterCreate, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Bad gateway' }));
      return true;
    }
    if (fault) await new Promise((resolve) => setTimeout(resolve, fault.hangAfterCreateMs));
    send(copilot, operation, response, 201, json(task));
    return true;
  }

  // The list.
  const archived = values.is_archived === true;
  if (archived && copilot.archivedStatus !== undefined) {
    send(
      copilot,
      operation,
      response,
      copilot.archivedStatus,
      failure(`fault ${copilot.archivedStatus}`),
    );
    return true;
  }
  const states = typeof values.state === 'string' ? values.state.split(',') : undefined;
  const unknownState = states?.find((s) => !(TASK_STATES as readonly string[]).includes(s));
  if (unknownState !== undefined) {
    copilot.violations.push(
      `${operation}: state ${JSON.stringify(unknownState)} is not a task state`,
    );
    send(
      copilot,
      operation,
      response,
      422,
      failure('Validation Failed', [{ code: 'invalid', message: `unknown state ${unknownState}` }]),
    );
    return true;
  }
  const since = typeof values.since === 'string' ? Date.parse(values.since) : undefined;
  const sortKey = values.sort === 'created_at' ? 'created_at' : 'updated_at';
  const sign = values.direction === 'asc' ? 1 : -1;
  const matching = ofRepo
    .filter((t) => (t.archived ?? false) === archived)
    .filter((t) => !states || states.includes(t.state))
    .map(json)
    .filter((t) => since === undefined || Date.parse(t.updated_at) >= since)
    .sort((a, b) => sign * (Date.parse(a[sortKey]) - Date.parse(b[sortKey])));
  const perPage = Math.min(
    copilot.maxPerPage,
    typeof values.per_page === 'number' ? values.per_page : 30,
  );
  const page = typeof values.page === 'number' ? values.page : 1;
  const pages = Math.max(1, Math.ceil(matching.length / perPage));
  const link = (n: number, rel: string) => {
    const next = new URL(url.href);
    next.searchParams.set('page', String(n));
    next.searchParams.set('per_page', String(perPage));
    return `<${apiBase}${next.pathname}${next.search}>; rel="${rel}"`;
  };
  const links = [
    ...(page < pages ? [link(page + 1, 'next')] : []),
    ...(page > 1 ? [link(page - 1, 'prev')] : []),
    link(1, 'first'),
    // As the description has it: `last` on the final page.
    ...(page >= pages ? [link(pages, 'last')] : []),
  ];
  send(
    copilot,
    operation,
    response,
    200,
    {
      tasks: matching.slice((page - 1) * perPage, page * perPage),
      total_active_count: ofRepo.filter((t) => !t.archived).length,
      total_archived_count: ofRepo.filter((t) => t.archived).length,
    },
    { link: copilot.link ?? links.join(', ') },
  );
  return true;
}
