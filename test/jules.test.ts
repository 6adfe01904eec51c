// Live sessions from Jules: the state table, capacity on what really runs, drift between the
// file and Jules, and the client against a fake Jules API (pages, other repositories, faults).
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/main.js';
import { parseBacklog } from '../src/backlog/load.js';
import type { Backlog } from '../src/backlog/model.js';
import { listJulesSessions } from '../src/jules/client.js';
import type { JulesInput } from '../src/planner/jules.js';
import { judgeChange } from '../src/planner/change.js';
import { violationKey } from '../src/planner/ledger.js';
import { nextLedger } from '../src/planner/movement.js';
import { buildPlan, withJules } from '../src/planner/plan.js';
import type { JulesSession, Plan } from '../src/planner/types.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';
import { ACTION_SURFACE, CLI_SURFACE } from '../src/surface.js';
import { startFakeJules, type FakeJules } from './helpers/fake-jules.js';
import { eventFile, makeRunner } from './helpers/runner.js';

const repository = { owner: 'acme', repo: 'summit' };

function backlog(yaml: string): Backlog {
  const loaded = parseBacklog(yaml, 'sessions.yaml');
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return loaded.backlog;
}

function jules(id: string, state: string, extra: Partial<JulesSession> = {}): JulesSession {
  return {
    id,
    name: `sessions/${id}`,
    title: `Title of ${id}`,
    prompt: `Prompt of ${id}`,
    state,
    url: `https://jules.google.com/session/${id}`,
    createTime: '2026-11-24T08:00:00Z',
    updateTime: '2026-11-25T06:00:00Z',
    source: 'sources/github/acme/summit',
    archived: false,
    pullRequests: [],
    ...extra,
  };
}

const read = (sessions: JulesSession[], extra: Partial<JulesInput> = {}): JulesInput => ({
  enabled: true,
  sessions,
  requests: 1,
  retries: 0,
  repository,
  ...extra,
});

function plan(yaml: string, input?: JulesInput): Plan {
  return buildPlan(
    backlog(yaml),
    {},
    input
      ? {
          lookups: {},
          api: { enabled: false, requests: 0, retries: 0, pullRequests: 0 },
          jules: input,
        }
      : undefined,
  );
}

const entry = (name: string, id: string, extra = '') =>
  `  - { name: ${name}, category: Security, status: needs-more-work, remaining_steps: 2, next_action: go, jules: ${id}${extra} }`;

const everyState = `version: 1
categories: [Security]
sessions:
${entry('queued', 'j-queued')}
${entry('planning', 'j-planning')}
${entry('working', 'j-working')}
${entry('plan-approval', 'j-plan')}
${entry('question', 'j-question')}
${entry('paused', 'j-paused')}
${entry('done-with-pr', 'j-done-pr')}
${entry('done-without-pr', 'j-done')}
${entry('failed', 'j-failed')}
${entry('gone', 'j-unknown')}
  - { name: by-pr, category: Security, status: needs-more-work, next_action: go, pr: 91 }
`;

const everyStateJules = [
  jules('j-queued', 'QUEUED'),
  jules('j-planning', 'PLANNING'),
  jules('j-working', 'IN_PROGRESS'),
  jules('j-plan', 'AWAITING_PLAN_APPROVAL'),
  jules('j-question', 'AWAITING_USER_FEEDBACK'),
  jules('j-paused', 'PAUSED'),
  jules('j-done-pr', 'COMPLETED', { pullRequests: ['https://github.com/acme/summit/pull/77'] }),
  jules('j-done', 'COMPLETED'),
  jules('j-failed', 'FAILED'),
  jules('j-by-pr', 'IN_PROGRESS', { pullRequests: ['https://github.com/acme/summit/pull/91'] }),
  jules('j-stray', 'IN_PROGRESS', { title: 'Stray <b>work</b> | ::error::x' }),
  jules('j-old', 'COMPLETED'),
];

describe('Jules states map onto the playbook', () => {
  const result = plan(everyState, read(everyStateJules, { notFound: ['j-unknown'] }));
  const byName = new Map(result.closeOrder.map((s) => [s.name, s]));
  const codes = (name: string) => byName.get(name)?.drift.map((d) => d.code);

  it('QUEUED, PLANNING and IN_PROGRESS are active work with nothing to say', () => {
    for (const name of ['queued', 'planning', 'working', 'by-pr']) {
      expect(byName.get(name)).toMatchObject({ action: 'continue', drift: [] });
    }
  });

  it('waiting on a person: the first recommendations are to answer the agent, with its URL', () => {
    expect(codes('plan-approval')).toEqual(['jules-awaiting-input']);
    expect(codes('question')).toEqual(['jules-awaiting-input']);
    expect(result.recommendations.slice(0, 2)).toEqual([
      expect.objectContaining({
        kind: 'answer-agent',
        session: 'plan-approval',
        url: 'https://jules.google.com/session/j-plan',
        reason: expect.stringContaining('approved') as string,
      }),
      expect.objectContaining({
        kind: 'answer-agent',
        session: 'question',
        url: 'https://jules.google.com/session/j-question',
      }),
    ]);
  });

  it('PAUSED is active and stalled', () => {
    expect(byName.get('paused')?.action).toBe('continue');
    expect(result.violations).toContainEqual(
      expect.objectContaining({ rail: 'stalled', session: 'paused', severity: 'warning' }),
    );
  });

  it('COMPLETED with a pull request is pr-created: archive once the PR is merged', () => {
    expect(byName.get('done-with-pr')).toMatchObject({
      status: 'pr-created',
      declaredStatus: 'needs-more-work',
      action: 'archive',
      pr: { owner: 'acme', repo: 'summit', number: 77 },
    });
    expect(codes('done-with-pr')).toEqual(['jules-finished']);
  });

  it('COMPLETED without a pull request and FAILED are archive candidates; FAILED gets a rescue', () => {
    expect(byName.get('done-without-pr')).toMatchObject({
      action: 'archive',
      reason: expect.stringContaining('without a pull request') as string,
    });
    expect(codes('done-without-pr')).toEqual(['jules-finished']);
    expect(byName.get('failed')).toMatchObject({ action: 'archive', rank: 0 });
    expect(codes('failed')).toEqual(['jules-failed']);
    expect(result.recommendations).toContainEqual(
      expect.objectContaining({ kind: 'rescue', session: 'failed' }),
    );
    // Archive candidates come first in the close order, as the fastest exits.
    expect(result.closeFirst).toEqual(['done-with-pr', 'done-without-pr']);
  });

  it('an id Jules answers 404 for is jules-missing', () => {
    expect(codes('gone')).toEqual(['jules-missing']);
  });

  it('a live Jules session no entry names is jules-untracked: it takes a slot', () => {
    expect(result.jules.untracked.map((j) => j.id)).toEqual(['j-stray']);
    expect(result.violations).toContainEqual(
      expect.objectContaining({
        rail: 'drift',
        message: expect.stringContaining('[jules-untracked]') as string,
      }),
    );
    expect(result.recommendations.at(-1)).toMatchObject({
      kind: 'track-session',
      url: 'https://jules.google.com/session/j-stray',
    });
  });

  it('slots: the file counts 11 active, Jules 8 live (every state but COMPLETED and FAILED)', () => {
    expect(result.slots).toMatchObject({ file: 11, jules: 8, counted: 11 });
    expect(result.jules).toMatchObject({ enabled: true, sessions: 12, live: 8 });
  });

  it('untrusted Jules titles are escaped in the summary and the text plan', () => {
    const summary = renderMarkdown(result);
    expect(summary).toContain('Stray &lt;b&gt;work&lt;/b&gt; \\| \\:\\:error\\:\\:x');
    expect(summary).not.toContain('<b>work');
    expect(renderText(result)).not.toMatch(/^::error::/m);
  });
});

describe('capacity is counted on the sessions that really run', () => {
  const twoInFile = `version: 1
capacity: 5
reserve: 1
categories: [Security]
sessions:
${entry('a', 'j-a')}
${entry('b', 'j-b')}
`;

  it('Jules runs more than the file lists: the larger count is judged, both are shown', () => {
    const live = ['j-a', 'j-b', 'x1', 'x2', 'x3', 'x4'].map((id) => jules(id, 'IN_PROGRESS'));
    const result = plan(twoInFile, read(live));
    expect(result.slots).toMatchObject({ file: 2, jules: 6, counted: 6 });
    expect(result.freeSlotsNeeded).toBe(2);
    expect(result.verdict).toBe('fail');
    expect(result.violations.find((v) => v.rail === 'capacity-hard')?.message).toBe(
      '6 sessions hold slots (Jules runs 6, the file lists 2 active) exceed the hard cap of 5 by 1.',
    );
    expect(renderMarkdown(result)).toContain(
      '6 / 5 slots: this repository 6, other repositories 0, repoless 0; the file 2 active',
    );
  });

  it('the file lists more than Jules runs: the file count is judged', () => {
    const result = plan(twoInFile, read([jules('j-a', 'COMPLETED')]));
    expect(result.slots).toMatchObject({ file: 2, jules: 0, counted: 2 });
    expect(result.freeSlotsNeeded).toBe(0);
  });

  it('without a Jules key nothing changes', () => {
    const result = plan(twoInFile);
    expect(result.slots).toEqual({ file: 2, jules: null, counted: 2 });
    expect(result.jules.enabled).toBe(false);
    expect(result.closeOrder.every((s) => s.drift.length === 0)).toBe(true);
  });

  it('when Jules cannot be read the plan falls back to the file and says so at the top', () => {
    const result = plan(
      twoInFile,
      read([], { failure: 'Jules answered 503 after 5 attempts; check jules-api-url' }),
    );
    expect(result.slots).toEqual({ file: 2, jules: null, counted: 2 });
    // Nothing is called missing from a list that was never read.
    expect(result.closeOrder.flatMap((s) => s.drift)).toEqual([]);
    const summary = renderMarkdown(result);
    expect(summary.split('\n').slice(0, 8).join('\n')).toContain(
      'Live sessions from Jules are missing: Jules answered 503 after 5 attempts',
    );
  });

  it.each([
    ['in another case', 'https://github.com/ACME/summit/pull/5'],
    ['as one of its pages', 'https://github.com/acme/summit/PULL/5/files#diff-1'],
  ])(
    'a pull request in Jules outputs (%s) links the session to the entry with that pr',
    (_, url) => {
      const result = plan(
        `version: 1
categories: [Security]
sessions:
  - { name: linked, category: Security, status: pr-created, pr: "https://github.com/acme/summit/pull/5" }
`,
        read([jules('j-5', 'COMPLETED', { pullRequests: [url] })]),
      );
      expect(result.closeOrder[0]).toMatchObject({ name: 'linked', drift: [] });
      expect(result.closeOrder[0]?.jules?.id).toBe('j-5');
      expect(result.jules.untracked).toEqual([]);
    },
  );
});

describe('Jules sessions the file does not name', () => {
  const oneEntry = `version: 1
categories: [Security]
sessions:
${entry('a', 'j-a')}
`;
  const result = plan(
    oneEntry,
    read([
      jules('j-a', 'IN_PROGRESS'),
      jules('j-wait', 'AWAITING_USER_FEEDBACK', { title: '' }),
      jules('j-pause', 'PAUSED'),
      jules('j-pipe', 'QUEUED', { url: 'https://jules.google.com/session/a|b|c' }),
    ]),
  );

  it('an untracked session waiting on a person still gets "answer the agent" first', () => {
    expect(result.recommendations[0]).toMatchObject({
      kind: 'answer-agent',
      session: 'j-wait',
      url: 'https://jules.google.com/session/j-wait',
    });
  });

  it('an untracked paused session is stalled', () => {
    expect(result.violations).toContainEqual(
      expect.objectContaining({ rail: 'stalled', julesSession: 'j-pause' }),
    );
  });

  it('each untracked session is its own finding across sweeps and branches', () => {
    const keys = result.violations
      .filter((v) => v.message.includes('[jules-untracked]'))
      .map(violationKey);
    expect(new Set(keys).size).toBe(3);
  });

  it('a | in a Jules URL cannot end a table cell in the summary', () => {
    const summary = renderMarkdown(result);
    expect(summary).toContain('href="https://jules.google.com/session/a%7Cb%7Cc"');
    expect(summary).not.toContain('session/a|b');
  });
});

describe('the required check with Jules', () => {
  const base = `version: 1
capacity: 3
reserve: 1
categories: [Security]
sessions:
${entry('a', 'j1')}
${entry('b', 'j2')}
`;
  const settings = { failOn: new Set(['new-session-at-capacity'] as const) };

  it('recording a session Jules already runs opens nothing: no new-session-at-capacity', () => {
    const live = read(['j1', 'j2', 'j3'].map((id) => jules(id, 'IN_PROGRESS')));
    const head = `${base}${entry('c', 'j3')}\n`;
    const result = judgeChange(backlog(base), backlog(head), settings, {
      lookups: {},
      api: { enabled: false, requests: 0, retries: 0, pullRequests: 0 },
      jules: live,
    });
    expect(result.violations.filter((v) => v.rail === 'new-session-at-capacity')).toEqual([]);
    expect(result.verdict).not.toBe('fail');
  });

  it('a new session while Jules already fills the slots fails, though the file looks half empty', () => {
    const oneInFile = `version: 1
capacity: 3
reserve: 1
categories: [Security]
sessions:
${entry('a', 'j1')}
`;
    const live = read(['j1', 'j2', 'j3', 'j4'].map((id) => jules(id, 'IN_PROGRESS')));
    const head = `${oneInFile}  - { name: new, category: Security, status: needs-more-work, next_action: go }\n`;
    const result = judgeChange(backlog(oneInFile), backlog(head), settings, {
      lookups: {},
      api: { enabled: false, requests: 0, retries: 0, pullRequests: 0 },
      jules: live,
    });
    expect(result.violations).toContainEqual(
      expect.objectContaining({
        rail: 'new-session-at-capacity',
        session: 'new',
        introduced: true,
      }),
    );
    expect(result.verdict).toBe('fail');
  });
});

describe('jules: in sessions.yaml', () => {
  it('accepts an id or sessions/<id>, and refuses anything else with the fix', () => {
    const ok = backlog(`version: 1
sessions:
  - { name: a, category: UX, status: needs-more-work, jules: sessions/123 }
  - { name: b, category: UX, status: needs-more-work, jules: 456 }
`);
    expect(ok.sessions.map((s) => s.jules)).toEqual(['123', '456']);
    const bad = parseBacklog(
      'version: 1\nsessions:\n  - { name: a, category: UX, status: needs-more-work, jules: "a b" }\n',
      'sessions.yaml',
    );
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.errors[0]).toMatchObject({
      message: 'session "a": jules "a b" is not a Jules session id',
      location: { line: 3 },
    });
  });

  it('a long numeric id written without quotes is refused with the fix: quote it', () => {
    const bad = parseBacklog(
      'version: 1\nsessions:\n  - { name: a, category: UX, status: needs-more-work, jules: 31415926358979323846 }\n',
      'sessions.yaml',
    );
    expect(bad.ok ? [] : bad.errors[0]).toMatchObject({
      message: 'session "a": jules is a number too long to read exactly',
      fix: expect.stringContaining('Write the id in quotes') as string,
    });
  });

  it('two entries naming one Jules session is an error at the second', () => {
    const bad = parseBacklog(
      `version: 1
sessions:
  - { name: a, category: UX, status: needs-more-work, jules: "7" }
  - { name: b, category: UX, status: needs-more-work, jules: sessions/7 }
`,
      'sessions.yaml',
    );
    expect(bad.ok ? [] : bad.errors.map((e) => [e.message, e.location?.line])).toEqual([
      ['Jules session "7" is named by two sessions, at lines 3 and 4', 4],
    ]);
  });
});

describe('the Jules client against a fake Jules API', () => {
  let fake: FakeJules;
  const fast = { backoffMs: 5, maxWaitMs: 20, timeoutMs: 500 };

  beforeAll(async () => {
    fake = await startFakeJules();
  });
  afterAll(() => fake.close());

  const list = () =>
    listJulesSessions({
      apiKey: 'jk-test',
      apiUrl: fake.url,
      repository,
      surface: ACTION_SURFACE,
      timing: fast,
    });

  it('follows nextPageToken across 3 pages and keeps every session of the account', async () => {
    fake.sessions.splice(
      0,
      Infinity,
      ...[
        'QUEUED',
        'PLANNING',
        'IN_PROGRESS',
        'AWAITING_PLAN_APPROVAL',
        'AWAITING_USER_FEEDBACK',
      ].map((state, i) => ({ id: `s${i}`, state, repo: 'acme/summit' })),
      { id: 'other', state: 'IN_PROGRESS', repo: 'acme/platform' },
      { id: 's5', state: 'PAUSED', repo: 'ACME/Summit' },
      {
        id: 's6',
        state: 'COMPLETED',
        repo: 'acme/summit',
        pullRequests: ['https://github.com/acme/summit/pull/9'],
      },
      { id: 's7', state: 'FAILED', repo: 'acme/summit' },
    );
    fake.perPage = 3;
    fake.requests.length = 0;
    const result = await list();
    expect(result.failure).toBeUndefined();
    expect(result.sessions.map((s) => s.id)).toEqual([
      's0',
      's1',
      's2',
      's3',
      's4',
      'other',
      's5',
      's6',
      's7',
    ]);
    expect(result.sessions.find((s) => s.id === 's6')?.pullRequests).toEqual([
      'https://github.com/acme/summit/pull/9',
    ]);
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests.every((r) => r.key === 'jk-test')).toBe(true);
    expect(fake.requests[0]?.url).toBe('/v1alpha/sessions?pageSize=100');
    expect(fake.requests[1]?.url).toMatch(/^\/v1alpha\/sessions\?pageSize=100&pageToken=/);
    expect(result).toMatchObject({ requests: 3, retries: 0 });
  });

  it('401 names the key to fix, and is not retried', async () => {
    fake.requests.length = 0;
    fake.faults.push({ status: 401 });
    const result = await list();
    expect(result.failure).toContain('Jules refused the API key (401)');
    expect(result.failure).toContain('jules-api-key');
    expect(result.sessions).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('403 says to enable the Jules API for the key', async () => {
    fake.faults.push({ status: 403 });
    expect((await list()).failure).toContain('make sure the Jules API is enabled for the key');
  });

  it('429 then success: retried after Retry-After, and the list is whole', async () => {
    fake.sessions.splice(0, Infinity, { id: 'a', state: 'QUEUED', repo: 'acme/summit' });
    fake.requests.length = 0;
    fake.faults.push({ status: 429, headers: { 'retry-after': '0' } });
    const result = await list();
    expect(result.failure).toBeUndefined();
    expect(result).toMatchObject({ requests: 2, retries: 1 });
    expect(result.sessions.map((s) => s.id)).toEqual(['a']);
  });

  it('503 on every attempt: gives up after the retries and says so', async () => {
    fake.requests.length = 0;
    fake.faults.push(...Array.from({ length: 5 }, () => ({ status: 503 })));
    const result = await list();
    expect(result.failure).toBe(
      'Jules answered 503 after 5 attempts; check jules-api-url and try again later',
    );
    expect(fake.requests).toHaveLength(5);
    expect(result.retries).toBe(4);
  });

  it('a hung request is timed out and retried', async () => {
    fake.faults.push({ delayMs: 2_000 });
    const result = await list();
    expect(result.failure).toBeUndefined();
    expect(result.retries).toBe(1);
  });

  it('an answer that is not JSON is a failure, not a crash', async () => {
    fake.faults.push({ raw: '{"sessions": [' });
    expect((await list()).failure).toBe('Jules sent an answer that is not JSON');
  });

  it('a redirect is refused: the key never follows it to another host', async () => {
    const elsewhere = await startFakeJules([{ id: 'x', state: 'QUEUED', repo: 'acme/summit' }]);
    try {
      fake.faults.push({ status: 302, headers: { location: `${elsewhere.url}/sessions` } });
      const result = await list();
      expect(result.failure).toContain('Jules answered with a redirect');
      expect(elsewhere.requests).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it('a key no header can carry is named, and nothing is sent', async () => {
    fake.requests.length = 0;
    const result = await listJulesSessions({
      apiKey: 'jk-line\nbreak',
      apiUrl: fake.url,
      repository,
      surface: ACTION_SURFACE,
      timing: fast,
    });
    expect(result.failure).toContain(
      'the secret that jules-api-key reads holds spaces, line breaks',
    );
    expect(result.failure).not.toContain('jk-line');
    expect(fake.requests).toEqual([]);
  });

  it('an address nothing answers at reads "could not reach" after 3 attempts, never an HTTP status', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as AddressInfo;
        server.close(() => {
          resolve(free);
        });
      });
    });
    const result = await listJulesSessions({
      apiKey: 'jk-test',
      apiUrl: `http://127.0.0.1:${port}/v1alpha`,
      repository,
      surface: CLI_SURFACE,
      timing: fast,
    });
    expect(result.failure).toBe(
      `could not reach 127.0.0.1:${port}: the connection was refused (ECONNREFUSED) after 3 attempts; check JULES_API_URL and try again later`,
    );
    expect(result).toMatchObject({ requests: 3, retries: 2 });
  });

  it('a host name that does not resolve is retried twice, a short wait apart, not with the backoff of a 5xx', async () => {
    const unresolved: typeof fetch = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('getaddrinfo ENOTFOUND jules.example'), {
            code: 'ENOTFOUND',
          }),
        }),
      );
    const waits: string[] = [];
    const started = Date.now();
    const result = await listJulesSessions({
      apiKey: 'jk-test',
      apiUrl: 'https://jules.example/v1alpha',
      repository,
      surface: ACTION_SURFACE,
      fetch: unresolved,
      // The default timing, under which a 5xx waits 1, 2, 4 and 8 s.
      log: (message) => waits.push(message),
    });
    expect(result.failure).toBe(
      'could not reach jules.example: the host name does not resolve (ENOTFOUND) after 3 attempts; check jules-api-url and try again later',
    );
    expect(result).toMatchObject({ requests: 3, retries: 2 });
    expect(waits).toEqual([
      'could not reach jules.example: the host name does not resolve (ENOTFOUND); retrying in 0.3 s.',
      'could not reach jules.example: the host name does not resolve (ENOTFOUND); retrying in 0.5 s.',
    ]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a wrong jules-api-url is named', async () => {
    const result = await listJulesSessions({
      apiKey: 'jk-test',
      apiUrl: fake.url.replace('/v1alpha', '/v9'),
      repository,
      surface: ACTION_SURFACE,
      timing: fast,
    });
    expect(result.failure).toContain('(404): check jules-api-url');
  });
});

describe('the action with jules-api-key', () => {
  const key = 'jk-live-8c1f0e';
  let fake: FakeJules;
  let log = '';
  const savedEnv = { ...process.env };
  const backlogText = `version: 1
capacity: 4
reserve: 1
categories: [Security]
sessions:
${entry('tracked', 'j-1')}
`;

  beforeAll(async () => {
    fake = await startFakeJules();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    log = '';
    fake.requests.length = 0;
    fake.faults.length = 0;
    fake.sessions.splice(
      0,
      Infinity,
      { id: 'j-1', state: 'IN_PROGRESS', repo: 'acme/summit' },
      { id: 'j-2', state: 'AWAITING_USER_FEEDBACK', repo: 'acme/summit', title: 'Untracked one' },
      { id: 'j-3', state: 'QUEUED', repo: 'acme/summit' },
      { id: 'j-4', state: 'IN_PROGRESS', repo: 'acme/other' },
    );
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      log += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...savedEnv };
    process.exitCode = undefined;
  });

  async function sweep(inputs: Record<string, string>, env: Record<string, string> = {}) {
    const runner = await makeRunner(
      { 'sessions.yaml': backlogText },
      { ledger: 'off', 'github-token': '', 'jules-api-url': fake.url, ...inputs },
    );
    Object.assign(process.env, runner.env, { GITHUB_REPOSITORY: 'acme/summit' }, env);
    await run();
    const outputs = await runner.outputs();
    const dir = outputs['plan-json'] ? dirname(outputs['plan-json']) : undefined;
    const files = dir
      ? await Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), 'utf8')))
      : [];
    return { outputs, summary: await runner.summary(), files };
  }

  it('counts the slots the Jules account holds and lists the session the file misses', async () => {
    const { outputs, summary, files } = await sweep({ 'jules-api-key': key });
    // Jules holds 3 slots for acme/summit and 1 for acme/other; the file lists 1; capacity 4
    // with reserve 1: the account's fourth session takes the reserve slot.
    expect(outputs['free-slots-needed']).toBe('1');
    expect(summary).toContain(
      '4 / 4 slots: this repository 3, other repositories 1 (acme/other 1), repoless 0; the file 1 active',
    );
    expect(summary).toContain('### Live in Jules, missing from the backlog');
    expect(summary).toContain('<a href="https://jules.google.com/session/j-2">j\\-2</a>');
    expect(fake.requests.map((r) => r.key)).toEqual([key]);
    // The key is masked, and appears nowhere else: log, summary, outputs, plan files.
    expect(log).toContain(`::add-mask::${key}`);
    expect(log.replace(`::add-mask::${key}`, '')).not.toContain(key);
    expect(summary).not.toContain(key);
    expect(JSON.stringify(outputs)).not.toContain(key);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file).not.toContain(key);
  });

  it('when Jules is unreachable the plan falls back to the file and says so at the top', async () => {
    fake.faults.push(
      ...Array.from({ length: 5 }, () => ({ status: 503, headers: { 'retry-after': '0' } })),
    );
    const { outputs, summary } = await sweep({ 'jules-api-key': key });
    expect(outputs.verdict).not.toBe('fail');
    expect(summary.split('\n').slice(0, 6).join('\n')).toContain(
      'Live sessions from Jules are missing: Jules answered 503 after 5 attempts',
    );
    expect(summary).toContain('1 / 4 active');
    expect(log).toContain('::warning::Live sessions from Jules are missing');
  });

  it('on-api-error: fail fails the job when Jules refuses the key, and the key stays masked', async () => {
    fake.faults.push({ status: 401 });
    const { summary, outputs } = await sweep({ 'jules-api-key': key, 'on-api-error': 'fail' });
    expect(process.exitCode).toBe(1);
    expect(log).toContain('::error::Live sessions from Jules are missing (on-api-error: fail)');
    expect(log.replace(`::add-mask::${key}`, '')).not.toContain(key);
    expect(`${summary}${JSON.stringify(outputs)}`).not.toContain(key);
  });

  it('without a key nothing is asked of Jules', async () => {
    const { summary } = await sweep({});
    expect(fake.requests).toEqual([]);
    expect(summary).toContain('1 / 4 active');
    expect(summary).not.toContain('Jules');
  });

  it('a pull request from a fork has no secrets: the summary says the list was skipped', async () => {
    const event = await eventFile({
      pull_request: {
        number: 7,
        base: { sha: 'base123', repo: { full_name: 'acme/summit' } },
        head: { sha: 'head456', repo: { full_name: 'someone/summit' } },
      },
    });
    const { summary } = await sweep(
      {},
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    );
    expect(fake.requests).toEqual([]);
    // Markdown escapes punctuation; the sentence reads the same once rendered.
    expect(summary.replaceAll('\\', '')).toContain(
      'Live sessions from Jules were skipped: this pull request comes from a fork, and forks get no secrets',
    );
  });
});

describe("Jules' own activity is movement across sweeps", () => {
  const file = `version: 1
categories: [Security]
sessions:
${entry('a', 'j-a')}
`;
  const day = (n: number) => new Date(Date.UTC(2026, 10, 20 + n, 5)).toISOString();

  /** Sweeps the file once per Jules answer, carrying the ledger, as the nightly sweep does. */
  function sweeps(answers: JulesInput[]): Plan[] {
    let ledger: ReturnType<typeof nextLedger> | undefined;
    return answers.map((answer, i) => {
      const plan = buildPlan(
        backlog(file),
        {
          movement: {
            now: day(i),
            coldAfterSweeps: 2,
            coldAfterHours: 48,
            ...(ledger ? { ledger } : {}),
          },
        },
        withJules(undefined, answer),
      );
      ledger = nextLedger(plan, ledger, day(i));
      return plan;
    });
  }
  const working = (update: string) => read([jules('j-a', 'IN_PROGRESS', { updateTime: update })]);

  it('a Jules session that keeps updating is moving, though the file never changes', () => {
    const plans = sweeps([working('t1'), working('t2'), working('t3')]);
    expect(plans.map((p) => p.closeOrder[0]?.quietSweeps)).toEqual([undefined, 0, 0]);
    expect(plans[2]?.coldCategories).toEqual([]);
  });

  it('one that stops updating stalls, and its category goes cold', () => {
    const plans = sweeps([working('t1'), working('t1'), working('t1')]);
    expect(plans[2]?.closeOrder[0]?.quietSweeps).toBe(2);
    expect(plans[2]?.coldCategories).toEqual(['Security']);
    expect(plans[2]?.violations).toContainEqual(
      expect.objectContaining({ rail: 'stalled', session: 'a' }),
    );
  });

  it('a sweep that cannot read Jules is no evidence of movement either way', () => {
    const done = read([
      jules('j-a', 'COMPLETED', {
        updateTime: 't1',
        pullRequests: ['https://github.com/acme/summit/pull/5'],
      }),
    ]);
    const down = read([], { failure: 'Jules answered 503 after 5 attempts' });
    const plans = sweeps([done, down, done]);
    // Unread, the entry's status falls back to the file's: that is not the session moving.
    expect(plans.map((p) => p.closeOrder[0]?.quietSweeps)).toEqual([undefined, 1, 2]);
  });
});
