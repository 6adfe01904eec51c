// The Copilot client against the fake GitHub's agent tasks API: pages by Link, the archived
// list, lookups of the file's ids, user tokens only, faults, pull request links through GraphQL,
// starting a task exactly once, and the fake's own check of requests against GitHub's description.
import { schema } from '@octokit/graphql-schema';
import { buildClientSchema, parse, validate, type IntrospectionQuery } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  listCopilotTasks,
  PULL_URLS_QUERY,
  startCopilotTask,
  userTokenSentence,
  type CopilotOptions,
} from '../src/copilot/client.js';
import type { Timing } from '../src/github/client.js';
import { ACTION_SURFACE, CLI_SURFACE } from '../src/surface.js';
import { API_VERSION, pullNodeId, validators, type FakeTask } from './helpers/fake-copilot.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';

const repository = { owner: 'acme', repo: 'summit' };
const fast: Partial<Timing> = {
  retryBaseMs: 1,
  rateLimitUnitMs: 1,
  requestTimeoutMs: 400,
  spacingMs: 0,
};
const TOKEN = 'github_pat_11AAcopilot';

let fake: FakeGitHub;

beforeAll(async () => {
  // Compiled before the first request, whose time limit here is short.
  validators();
  fake = await startFakeGitHub([
    { owner: 'acme', repo: 'summit', number: 12 },
    { owner: 'acme', repo: 'summit', number: 13 },
  ]);
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.faults.length = 0;
  Object.assign(fake.copilot, {
    tasks: [],
    maxPerPage: 100,
    link: undefined,
    tokens: undefined,
    archivedStatus: undefined,
    postFaults: [],
    requests: [],
  });
});
afterEach(() => {
  // Whatever a test asserts, the client sent only what GitHub's description allows.
  expect(fake.copilot.violations).toEqual([]);
});

const options = (extra: Partial<CopilotOptions> = {}): CopilotOptions => ({
  token: TOKEN,
  apiUrl: fake.url,
  graphqlUrl: `${fake.url}/graphql`,
  repository,
  surface: ACTION_SURFACE,
  timing: fast,
  ...extra,
});

const list = (extra: Partial<CopilotOptions> = {}) => listCopilotTasks(options(extra));

const task = (id: string, state: FakeTask['state'], extra: Partial<FakeTask> = {}): FakeTask => ({
  id,
  repo: 'acme/summit',
  state,
  ...extra,
});

const listRequests = () => fake.copilot.requests.filter((r) => r.method === 'GET');

describe('listing the Copilot tasks of the repository', () => {
  it("follows the Link header's next page across 3 pages and keeps only this repository's tasks", async () => {
    fake.copilot.maxPerPage = 2;
    fake.copilot.tasks.push(
      task('t1', 'in_progress', { name: 'Harden the login' }),
      task('t2', 'waiting_for_user'),
      task('elsewhere', 'in_progress', { repo: 'acme/platform' }),
      task('t3', 'queued'),
      task('t4', 'completed'),
      task('t5', 'failed'),
    );
    const result = await list();
    expect(result.failure).toBeUndefined();
    expect(result.sessions.map((s) => s.id).sort()).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(result).toMatchObject({ source: 'copilot', enabled: true, requests: 3, retries: 0 });
    expect(listRequests().map((r) => r.query.page)).toEqual([['1'], ['2'], ['3']]);
    expect(result.sessions.find((s) => s.id === 't1')).toMatchObject({
      name: 'Harden the login',
      title: 'Harden the login',
      prompt: '',
      state: 'in_progress',
      url: 'https://github.com/acme/summit/copilot/tasks/t1',
      source: 'sources/github/acme/summit',
      archived: false,
      pullRequests: [],
    });
  });

  it('asks for 100 a page, oldest first, the tasks that are not archived, with the API version and the token', async () => {
    await list();
    expect(listRequests()).toEqual([
      expect.objectContaining({
        path: '/agents/repos/acme/summit/tasks',
        query: {
          per_page: ['100'],
          page: ['1'],
          sort: ['created_at'],
          direction: ['asc'],
          is_archived: ['false'],
        },
        apiVersion: API_VERSION,
        authorization: `token ${TOKEN}`,
      }),
    ]);
  });

  it('with archived, also lists is_archived=true and marks those tasks archived', async () => {
    fake.copilot.tasks.push(
      task('live', 'in_progress'),
      task('old', 'completed', { archived: true }),
    );
    const result = await list({ archived: true });
    expect(listRequests().map((r) => r.query.is_archived)).toEqual([['false'], ['true']]);
    expect(result.sessions.map((s) => [s.id, s.archived])).toEqual([
      ['live', false],
      ['old', true],
    ]);
    expect(result.warning).toBeUndefined();
  });

  it('an archived list that fails is a warning: the live tasks still count', async () => {
    fake.copilot.tasks.push(task('live', 'in_progress'));
    fake.copilot.archivedStatus = 422;
    const result = await list({ archived: true });
    expect(result.failure).toBeUndefined();
    expect(result.sessions.map((s) => s.id)).toEqual(['live']);
    expect(result.warning).toContain('archived Copilot tasks could not be listed');
    expect(result.archivedUnread).toContain('422');
  });

  it('a task that changes while the list is paged is still read: the pages do not move under it', async () => {
    fake.copilot.maxPerPage = 2;
    const at = (hour: number) => `2026-11-25T${String(hour).padStart(2, '0')}:00:00Z`;
    fake.copilot.tasks.push(
      ...['t1', 't2', 't3', 't4'].map((id, i) =>
        task(id, 'in_progress', { createdAt: at(i + 1), updatedAt: at(10 - i) }),
      ),
    );
    // The agent works on t4 while the first page is read: its updated_at becomes the newest.
    const moving: typeof fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('page=2')) {
        fake.copilot.tasks.find((t) => t.id === 't4')!.updatedAt = at(20);
      }
      return fetch(input, init);
    };
    const result = await list({ fetch: moving });
    expect(result.failure).toBeUndefined();
    expect(result.sessions.map((s) => s.id).sort()).toEqual(['t1', 't2', 't3', 't4']);
  });

  it("looks up the file's ids the list leaves out: found ones join, 404 ones are notFound", async () => {
    fake.copilot.tasks.push(
      task('listed', 'in_progress'),
      task('put-away', 'completed', { archived: true }),
    );
    const result = await list({ ids: ['listed', 'put-away', 'gone'] });
    expect(result.sessions.map((s) => [s.id, s.archived])).toEqual([
      ['listed', false],
      ['put-away', true],
    ]);
    expect(result.notFound).toEqual(['gone']);
    expect(fake.copilot.requests.map((r) => r.path)).toEqual([
      '/agents/repos/acme/summit/tasks',
      '/agents/repos/acme/summit/tasks/put-away',
      '/agents/repos/acme/summit/tasks/gone',
    ]);
  });
});

describe('a task GitHub answers in an odd shape', () => {
  it('a task with an id still holds its slot when its other fields are null or of another type', async () => {
    fake.faults.push({
      raw: JSON.stringify({
        tasks: [
          { id: 'fresh', state: 'queued', name: null, html_url: null, created_at: null },
          { id: 'odd-state', state: 7, artifacts: null },
          { id: 'odd-artifacts', state: 'in_progress', artifacts: { type: 'pull' } },
          {
            id: 'odd-pieces',
            state: 'idle',
            artifacts: ['pull', null, { type: 'pull', data: 'x' }],
          },
          { state: 'in_progress', name: 'no id' },
          { id: 5, state: 'in_progress' },
        ],
      }),
    });
    const result = await list();
    expect(result.failure).toBeUndefined();
    expect(result.sessions.map((s) => [s.id, s.state, s.name, s.url, s.pullRequests])).toEqual([
      ['fresh', 'queued', '', '', []],
      ['odd-state', 'unknown', '', '', []],
      ['odd-artifacts', 'in_progress', '', '', []],
      ['odd-pieces', 'idle', '', '', []],
    ]);
    // Only what has no id to count it by is left out, and said so.
    expect(result.warning).toBe(
      "2 task(s) in GitHub's answer had no id this sweep can read and were not counted; 1 pull request(s) of Copilot tasks came without a global id, so they are not linked to entries by pr",
    );
  });
});

describe('Copilot takes a user token only', () => {
  it('a ghs_ token (GITHUB_TOKEN, an installation token) fails at once, and nothing is sent', async () => {
    const result = await list({ token: 'ghs_abcdefABCDEF0123456789' });
    expect(result.failure).toContain(userTokenSentence(ACTION_SURFACE));
    expect(result.failure).toContain('the secret that copilot-token reads');
    expect(result.failure).not.toContain('abcdef');
    expect(result).toMatchObject({ sessions: [], requests: 0 });
    expect(fake.requests).toEqual([]);
  });

  it.each([
    [401, () => (fake.copilot.tokens = ['someone-else'])],
    [403, () => fake.faults.push({ status: 403, body: '{"message":"Forbidden"}' })],
  ])(
    '%i names the kind of token and the "Agent tasks" permission, and is not retried',
    async (status, arrange) => {
      arrange();
      const result = await list({ surface: CLI_SURFACE });
      expect(result.failure).toBe(
        `GitHub refused the token (${status}). ${userTokenSentence(CLI_SURFACE)}`,
      );
      expect(result.failure).toContain('"Agent tasks" repository permission');
      expect(result.failure).toContain('GITHUB_TOKEN and installation tokens are not accepted');
      expect(result.failure).toContain('COPILOT_TOKEN');
      expect(result.failure).not.toContain(TOKEN);
      expect(fake.requests).toHaveLength(1);
    },
  );

  it('a token with a line break is named, and nothing is sent', async () => {
    const result = await list({ token: `${TOKEN}\n` });
    expect(result.failure).toBe(
      'the secret that copilot-token reads holds spaces, line breaks or other characters no token has: copy the token again',
    );
    expect(fake.requests).toEqual([]);
  });
});

describe('when the task list cannot be read', () => {
  it('a 5xx is retried; after the last retry the failure says so', async () => {
    fake.faults.push(...Array.from({ length: 4 }, () => ({ status: 503 })));
    const result = await list();
    expect(result.failure).toBe(
      'GitHub kept failing after retries (503): fault 503; try again later',
    );
    expect(result).toMatchObject({ sessions: [], requests: 4, retries: 3 });
  });

  it('a 5xx then an answer: the list is whole', async () => {
    fake.copilot.tasks.push(task('t1', 'queued'));
    fake.faults.push({ status: 502 });
    const result = await list();
    expect(result.failure).toBeUndefined();
    expect(result).toMatchObject({ requests: 2, retries: 1 });
    expect(result.sessions.map((s) => s.id)).toEqual(['t1']);
  });

  it.each([
    ['not JSON', '{"tasks": ['],
    ['no task list', '{"tasks": 5}'],
  ])('an answer with %s is a failure, not a crash', async (_, raw) => {
    fake.faults.push({ raw });
    const result = await list();
    expect(result.failure).toBe(
      'GitHub answered the Copilot task list of acme/summit with something this sweep cannot read',
    );
  });

  it('a next link back to a page already read stops the list, which is not used', async () => {
    fake.copilot.tasks.push(task('t1', 'queued'));
    fake.copilot.link = `<${fake.url}/agents/repos/acme/summit/tasks?page=1&per_page=100>; rel="next"`;
    const result = await list();
    expect(result.failure).toBe(
      "GitHub's next-page link of the Copilot task list went back to page 1; the list was not used",
    );
    expect(result.sessions).toEqual([]);
    expect(listRequests()).toHaveLength(1);
  });

  it('a next link to another host is read from this host: the token never goes there', async () => {
    fake.copilot.tasks.push(task('t1', 'queued'));
    fake.copilot.link =
      '<https://elsewhere.example/agents/repos/acme/summit/tasks?page=2>; rel="next"';
    const result = await list();
    // Page 2 was asked of the fake itself; its own next link (page 2 again) then ends the list.
    expect(listRequests().map((r) => r.query.page)).toEqual([['1'], ['2']]);
    expect(result.failure).toContain('went back to page 2');
  });

  it('a list that does not answer in time is asked again', async () => {
    fake.copilot.tasks.push(task('t1', 'queued'));
    fake.faults.push({ delayMs: 1_000 });
    const result = await list();
    expect(result.failure).toBeUndefined();
    expect(result.sessions.map((s) => s.id)).toEqual(['t1']);
    expect(result.retries).toBe(1);
  });

  it('a list that never answers in time fails with the time limit, not an HTTP status', async () => {
    fake.faults.push(...Array.from({ length: 4 }, () => ({ delayMs: 1_000 })));
    const result = await list();
    expect(result.failure).toBe(
      'GitHub did not answer within 0.4s, even after retries; try again later',
    );
  });

  it('a list that keeps paging past the bound is not used', async () => {
    fake.copilot.maxPerPage = 1;
    fake.copilot.tasks.push(task('a', 'queued'), task('b', 'queued'), task('c', 'queued'));
    const result = await list({ maxPages: 2 });
    expect(result.failure).toBe(
      'GitHub kept paging the Copilot tasks of acme/summit past 2 pages; the list was not used',
    );
    expect(listRequests()).toHaveLength(2);
  });

  it('404: the API is not there for this repository, and GitHub Enterprise Server is named', async () => {
    fake.faults.push({ status: 404 });
    const result = await list();
    expect(result.failure).toBe(
      "Copilot's agent tasks API is not available for acme/summit (404): the repository does not exist, the token was not granted it, or " +
        `${new URL(fake.url).host} is a GitHub Enterprise Server, which does not offer the agent tasks API`,
    );
  });
});

describe("the pull requests a task opened, by GraphQL's nodes(ids:)", () => {
  const github = buildClientSchema(schema.json as unknown as IntrospectionQuery);

  it("the query validates against GitHub's public schema", () => {
    expect(validate(github, parse(PULL_URLS_QUERY))).toEqual([]);
  });

  it('each pull artifact becomes its URL, in one query for every task', async () => {
    fake.copilot.tasks.push(
      task('t1', 'completed', { pulls: [12] }),
      task('t2', 'in_progress', { pulls: [13] }),
    );
    const result = await list();
    expect(result.warning).toBeUndefined();
    expect(Object.fromEntries(result.sessions.map((s) => [s.id, s.pullRequests]))).toEqual({
      t1: ['https://github.com/acme/summit/pull/12'],
      t2: ['https://github.com/acme/summit/pull/13'],
    });
    const graphql = fake.requests.filter((r) => r.url === '/graphql');
    expect(graphql).toHaveLength(1);
    const { variables } = JSON.parse(graphql[0]!.body) as { variables: { ids: string[] } };
    expect(variables.ids.sort()).toEqual(
      [pullNodeId('acme', 'summit', 12), pullNodeId('acme', 'summit', 13)].sort(),
    );
  });

  it("archived tasks' pull requests are not looked up: an archived task holds no entry's pull request", async () => {
    fake.copilot.tasks.push(
      task('live', 'completed', { pulls: [12] }),
      task('put-away', 'completed', { pulls: [13], archived: true }),
    );
    const result = await list({ archived: true });
    expect(result.sessions.map((s) => [s.id, s.archived])).toEqual([
      ['live', false],
      ['put-away', true],
    ]);
    const graphql = fake.requests.filter((r) => r.url === '/graphql');
    expect(graphql.map((r) => (JSON.parse(r.body) as { variables: unknown }).variables)).toEqual([
      { ids: [pullNodeId('acme', 'summit', 12)] },
    ]);
  });

  it('when GraphQL fails the tasks are kept, unlinked, and the warning says the link was lost', async () => {
    fake.copilot.tasks.push(task('t1', 'completed', { pulls: [12] }));
    fake.faults.push({ pass: true }, { status: 401, body: '{"message":"Bad credentials"}' });
    const result = await list();
    expect(result.failure).toBeUndefined();
    expect(result.sessions).toMatchObject([{ id: 't1', pullRequests: [] }]);
    expect(result.warning).toBe(
      'the links of 1 pull request(s) of Copilot tasks could not be read (GitHub answered 401: Bad credentials), so those tasks are counted but not linked to entries by pr',
    );
  });

  it('a pull request GitHub cannot resolve, or one without a global id, is said in the warning', async () => {
    fake.copilot.tasks.push(
      task('t1', 'completed', { pulls: [99] }),
      task('t2', 'completed', { pulls: [12], noGlobalId: true }),
    );
    const result = await list();
    expect(result.sessions.map((s) => s.pullRequests)).toEqual([[], []]);
    expect(result.warning).toBe(
      '1 pull request(s) of Copilot tasks came without a global id, so they are not linked to entries by pr; 1 pull request(s) of Copilot tasks were not found, or the token cannot see them, so they are not linked to entries by pr',
    );
  });
});

describe('starting a Copilot task', () => {
  const body = {
    prompt: '[p-7] Harden the login\nDetails follow.',
    base_ref: 'main',
    create_pull_request: true as const,
  };

  it('sends the body and the API version once, and answers with the task', async () => {
    const result = await startCopilotTask(options(), body);
    expect(result).toEqual({
      ok: true,
      session: {
        id: '00000000-0000-4000-8000-000000000001',
        url: 'https://github.com/acme/summit/copilot/tasks/00000000-0000-4000-8000-000000000001',
      },
    });
    expect(fake.copilot.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/agents/repos/acme/summit/tasks',
        body,
        apiVersion: API_VERSION,
        authorization: `token ${TOKEN}`,
      }),
    ]);
    // The task is named after the prompt's first line: the exactly-once marker leads it.
    const listed = await list();
    expect(listed.sessions.map((s) => s.name)).toEqual(['[p-7] Harden the login']);
  });

  it('a 5xx after GitHub made the task is "unknown", and the request is not sent again', async () => {
    fake.copilot.postFaults.push({ statusAfterCreate: 502 });
    const result = await startCopilotTask(options(), body);
    expect(result).toEqual({ ok: false, unknown: 'GitHub answered 502' });
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(fake.copilot.tasks).toHaveLength(1);
  });

  it('an answer that never comes is "unknown", and the request is not sent again', async () => {
    fake.copilot.postFaults.push({ hangAfterCreateMs: 1_000 });
    const result = await startCopilotTask(options(), body);
    expect(result).toEqual({ ok: false, unknown: 'GitHub did not answer within 0.4s' });
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('a ghs_ token is refused before anything is sent', async () => {
    const result = await startCopilotTask(options({ token: 'ghs_installation' }), body);
    expect(result).toMatchObject({
      ok: false,
      refused: expect.stringContaining(userTokenSentence(ACTION_SURFACE)) as string,
    });
    expect(fake.requests).toEqual([]);
  });

  it("a refusal carries GitHub's reason", async () => {
    const result = await startCopilotTask(options(), { ...body, prompt: '   ' });
    expect(result).toEqual({
      ok: false,
      refused: 'GitHub refused to start a Copilot task (422: Validation Failed)',
    });
  });
});

describe("the fake checks requests against GitHub's description of the agent tasks API", () => {
  const ask = (path: string, init: RequestInit = {}) =>
    fetch(`${fake.url}${path}`, {
      ...init,
      headers: {
        authorization: `token ${TOKEN}`,
        'x-github-api-version': API_VERSION,
        'content-type': 'application/json',
        ...(init.headers as Record<string, string> | undefined),
      },
    });

  it.each([
    [
      'per_page above 100',
      '/agents/repos/acme/summit/tasks?per_page=500',
      {},
      'per_page must be <= 100',
    ],
    [
      'a parameter it does not describe',
      '/agents/repos/acme/summit/tasks?pageSize=5',
      {},
      'must NOT have additional properties',
    ],
    [
      'an is_archived that is no boolean',
      '/agents/repos/acme/summit/tasks?is_archived=maybe',
      {},
      'is_archived must be boolean',
    ],
    [
      'a body field it does not describe',
      '/agents/repos/acme/summit/tasks',
      { method: 'POST', body: JSON.stringify({ prompt: 'x', baseRef: 'main' }) },
      'must NOT have additional properties',
    ],
    [
      'a body without a prompt',
      '/agents/repos/acme/summit/tasks',
      { method: 'POST', body: '{}' },
      "must have required property 'prompt'",
    ],
    [
      'no API version',
      '/agents/repos/acme/summit/tasks',
      { headers: { 'x-github-api-version': '2022-11-28' } },
      'X-GitHub-Api-Version is 2022-11-28',
    ],
  ])('refuses %s with 400, and records it', async (_, path, init, why) => {
    const response = await ask(path, init);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(why);
    expect(fake.copilot.violations).toEqual([expect.stringContaining(why)]);
    fake.copilot.violations.length = 0;
  });

  it('serves what the description allows: state and since filters, sorted, with first and last links', async () => {
    fake.copilot.tasks.push(
      task('new', 'in_progress', { updatedAt: '2026-11-30T10:00:00Z' }),
      task('older', 'waiting_for_user', { updatedAt: '2026-11-29T10:00:00Z' }),
      task('oldest', 'completed', { updatedAt: '2026-11-01T10:00:00Z' }),
    );
    const response = await ask(
      '/agents/repos/acme/summit/tasks?state=in_progress,waiting_for_user&since=2026-11-15T00:00:00Z&direction=asc',
    );
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { tasks: { id: string }[] };
    expect(answer.tasks.map((t) => t.id)).toEqual(['older', 'new']);
    expect(response.headers.get('link')).toMatch(/rel="first".*rel="last"/);
  });
});
