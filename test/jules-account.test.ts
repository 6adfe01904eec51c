// Capacity as Jules counts it: the whole account's slots, the plan's two limits, sessions archived
// in Jules, and source names in both forms.
import { dirname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import type { Backlog } from '../src/backlog/model.js';
import { getInputs } from '../src/inputs.js';
import { listJulesSessions } from '../src/jules/client.js';
import { run } from '../src/main.js';
import {
  idsToLookUp,
  isOfRepository,
  repositoryOfSource,
  type JulesInput,
} from '../src/planner/jules.js';
import { buildPlan, type PlanSettings } from '../src/planner/plan.js';
import type { JulesSession, Plan } from '../src/planner/types.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderReport } from '../src/render/report.js';
import { renderText } from '../src/render/text.js';
import { ACTION_SURFACE } from '../src/surface.js';
import { sweep as cli, tempFile } from './helpers/cli.js';
import { startFakeJules, type FakeJules } from './helpers/fake-jules.js';
import { makeRunner } from './helpers/runner.js';

const repository = { owner: 'acme', repo: 'summit' };
/** Every planner test runs at this instant, whatever today is. */
const NOW = '2026-12-01T09:30:00.000Z';
const hoursAgo = (h: number) => new Date(Date.parse(NOW) - h * 3_600_000).toISOString();

function backlog(yaml: string): Backlog {
  const loaded = parseBacklog(yaml, 'sessions.yaml');
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return loaded.backlog;
}

function jules(id: string, extra: Partial<JulesSession> = {}): JulesSession {
  return {
    id,
    name: `sessions/${id}`,
    title: `Title of ${id}`,
    prompt: '',
    state: 'IN_PROGRESS',
    url: `https://jules.google.com/session/${id}`,
    createTime: hoursAgo(30),
    updateTime: hoursAgo(1),
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

function plan(yaml: string, input?: JulesInput, settings: PlanSettings = {}): Plan {
  return buildPlan(
    backlog(yaml),
    { now: NOW, ...settings },
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

const file = (entries: string[], head = 'capacity: 15\nreserve: 1\n', tail = '') =>
  `version: 1\n${head}categories: [Security]\nsessions:\n${entries.join('\n')}\n${tail}`;

const nineHere = Array.from({ length: 9 }, (_, i) => entry(`s${i}`, `h${i}`));
const accountOf15 = [
  ...Array.from({ length: 10 }, (_, i) => jules(`h${i}`)),
  ...['w1', 'w2', 'w3'].map((id) => jules(id, { source: 'sources/github/acme/web' })),
  jules('a1', { source: 'sources/github/acme/api' }),
  jules('r1', { source: '' }),
  // Finished or archived elsewhere: no slot.
  jules('w4', { source: 'sources/github/acme/web', state: 'COMPLETED' }),
  jules('w5', { source: 'sources/github/acme/web', archived: true }),
];
const BREAKDOWN =
  '15 / 15 slots: this repository 10, other repositories 4 (acme/web 3, acme/api 1), repoless 1; the file 9 active';

describe('the cap belongs to the Jules account, not the repository', () => {
  const result = plan(file(nineHere), read(accountOf15));

  it('10 live here, 4 in other repositories and 1 repoless, capacity 15 reserve 1: one free slot needed', () => {
    expect(result.freeSlotsNeeded).toBe(1);
    expect(result.slots).toEqual({
      file: 9,
      jules: 10,
      counted: 15,
      account: {
        thisRepository: 10,
        otherRepositories: [
          { repository: 'acme/web', live: 3 },
          { repository: 'acme/api', live: 1 },
        ],
        repoless: 1,
      },
    });
    expect(result.violations).toContainEqual(
      expect.objectContaining({
        rail: 'capacity',
        message: expect.stringContaining(
          "15 sessions hold the account's slots (this repository 10, elsewhere in the account 5)",
        ) as string,
      }),
    );
  });

  it('the summary, the text plan and plan.json carry the same breakdown', () => {
    expect(renderMarkdown(result)).toContain(`**${BREAKDOWN}**`);
    expect(renderText(result)).toContain(BREAKDOWN);
    const json = JSON.parse(renderReport(result, { now: NOW }).files['plan.json']!) as Plan;
    expect(json.slots).toEqual(result.slots);
  });

  it("the untracked table lists this repository's sessions only", () => {
    expect(result.jules.untracked.map((j) => j.id)).toEqual(['h9']);
    expect(result.jules).toMatchObject({ sessions: 10, live: 10 });
  });

  it("capacity-hard counts the account: the file's 2 of 3 plus 2 elsewhere break the cap", () => {
    const small = plan(
      file([entry('a', 'h0'), entry('b', 'h1')], 'capacity: 3\nreserve: 1\n'),
      read([
        jules('h0'),
        jules('h1'),
        jules('w1', { source: 'sources/github/acme/web' }),
        jules('r1', { source: '' }),
      ]),
    );
    expect(small.slots.counted).toBe(4);
    expect(small.violations.map((v) => [v.rail, v.severity])).toContainEqual([
      'capacity-hard',
      'error',
    ]);
  });

  it('the rotation opens only the slots the account leaves free', () => {
    const prompts = `backlog:
  Security:
    active:
      - { id: p1, title: One }
      - { id: p2, title: Two }
      - { id: p3, title: Three }
`;
    const yaml = file([entry('a', 'h0')], 'capacity: 5\nreserve: 1\n', prompts);
    const starts = (p: Plan) => p.recommendations.filter((r) => r.kind === 'start-prompt');
    expect(starts(plan(yaml, read([jules('h0')])))).toHaveLength(3);
    const busy = read([
      jules('h0'),
      jules('w1', { source: 'sources/github/acme/web' }),
      jules('r1', { source: '' }),
    ]);
    expect(starts(plan(yaml, busy)).map((r) => r.prompt)).toEqual(['p1']);
  });

  it('an entry naming a session of another repository by id counts it once, here', () => {
    const result = plan(
      file([entry('a', 'w1')], 'capacity: 5\nreserve: 1\n'),
      read([jules('w1', { source: 'sources/github/acme/web' })]),
    );
    expect(result.slots).toMatchObject({ file: 1, counted: 1 });
    expect(result.slots.account?.otherRepositories).toEqual([]);
    expect(result.closeOrder[0]?.jules?.id).toBe('w1');
  });

  it("an entry tracking another repository's pull request counts the Jules session that opened it once, here", () => {
    const tracked = [1, 2, 3].map(
      (n) =>
        `  - { name: w${n}, category: Security, status: pr-created, remaining_steps: 1, next_action: go, pr: "acme/web#${n}" }`,
    );
    const result = plan(
      file(tracked),
      read(
        [1, 2, 3].map((n) =>
          jules(`w${n}`, {
            source: 'sources/github/acme/web',
            pullRequests: [`https://github.com/acme/web/pull/${n}`],
          }),
        ),
      ),
    );
    expect(result.slots).toEqual({
      file: 3,
      jules: 3,
      counted: 3,
      account: { thisRepository: 3, otherRepositories: [], repoless: 0 },
    });
    expect(result.closeOrder.map((s) => s.jules?.id)).toEqual(['w1', 'w2', 'w3']);
  });

  it('repository names from Jules are escaped in the summary and the text plan', () => {
    const result = plan(
      file([entry('a', 'h0')], 'capacity: 5\nreserve: 1\n'),
      read([jules('h0'), jules('x', { source: 'sources/github/<b>evil</b>/x\u202e|y' })]),
    );
    const summary = renderMarkdown(result);
    expect(summary).not.toContain('<b>evil');
    expect(summary).toContain('&lt;b&gt;evil&lt;/b&gt;');
    expect(renderText(result)).toContain('\\u{202e}');
  });
});

describe('source names: sources/github/OWNER/REPO and the older sources/github-OWNER-REPO', () => {
  const mine = { owner: 'my-org', repo: 'my-repo' };
  const theirs = { owner: 'my', repo: 'org-my-repo' };

  it('the current form tells my-org/my-repo from my/org-my-repo', () => {
    expect(isOfRepository('sources/github/my-org/my-repo', mine)).toBe(true);
    expect(isOfRepository('sources/github/my/org-my-repo', mine)).toBe(false);
    expect(isOfRepository('sources/github/my/org-my-repo', theirs)).toBe(true);
    expect(isOfRepository('sources/github/my-org/my-repo', theirs)).toBe(false);
    expect(isOfRepository('SOURCES/GITHUB/My-Org/My-Repo', mine)).toBe(true);
  });

  it('the older form matches only the exact OWNER-REPO, never a part of it', () => {
    expect(isOfRepository('sources/github-my-org-my-repo', mine)).toBe(true);
    expect(isOfRepository('sources/github-my-org-my-repo-2', mine)).toBe(false);
    expect(isOfRepository('sources/github-my-org-my', mine)).toBe(false);
    expect(isOfRepository('sources/github-org-my-repo', theirs)).toBe(false);
  });

  it('another repository is shown by the name its source holds; no source is repoless', () => {
    expect(repositoryOfSource('sources/github/acme/web')).toBe('acme/web');
    expect(repositoryOfSource('sources/github-acme-web')).toBe('acme-web');
    expect(repositoryOfSource('')).toBeUndefined();
  });

  it('sessions of my/org-my-repo are other repositories for my-org/my-repo', () => {
    const result = plan(
      file([entry('a', 'h0')], 'capacity: 9\nreserve: 1\n'),
      read(
        [
          jules('h0', { source: 'sources/github/my-org/my-repo' }),
          jules('h1', { source: 'sources/github-my-org-my-repo' }),
          jules('t1', { source: 'sources/github/my/org-my-repo' }),
          jules('t2', { source: 'sources/github-my-org-my-repo-2' }),
        ],
        { repository: mine },
      ),
    );
    expect(result.slots.account).toEqual({
      thisRepository: 2,
      otherRepositories: [
        { repository: 'my-org-my-repo-2', live: 1 },
        { repository: 'my/org-my-repo', live: 1 },
      ],
      repoless: 0,
    });
    expect(result.jules.untracked.map((j) => j.id)).toEqual(['h1']);
  });
});

describe("the Jules plan's two limits", () => {
  it('jules-plan free with a file capacity of 15: capacity 3, and a warning at the capacity: line', () => {
    const result = plan(file([entry('a', 'h0')]), undefined, { julesPlan: 'free' });
    expect(result.capacity).toBe(3);
    expect(result.julesPlan).toEqual({
      name: 'free',
      concurrent: 3,
      dailyTasks: 15,
      requestedCapacity: 15,
    });
    expect(result.violations).toContainEqual(
      expect.objectContaining({
        rail: 'schema',
        severity: 'warning',
        line: 2,
        message:
          "capacity 15 is above the Jules free plan's 3 concurrent sessions; the sweep counts against 3.",
      }),
    );
    expect(renderMarkdown(result)).toContain('capacity 3 (the file asks for 15)');
  });

  it("a capacity within the plan's is kept, without a warning", () => {
    const result = plan(file([entry('a', 'h0')], 'capacity: 10\nreserve: 1\n'), undefined, {
      julesPlan: 'pro',
    });
    expect(result.capacity).toBe(10);
    expect(result.violations.filter((v) => v.rail === 'schema')).toEqual([]);
  });

  it('an overriding capacity above the plan names the override, not a line', () => {
    const result = plan(file([entry('a', 'h0')]), undefined, { julesPlan: 'free', capacity: 8 });
    const warning = result.violations.find((v) => v.rail === 'schema');
    expect(warning?.message).toContain('capacity 8 (set for this sweep)');
    expect(warning?.line).toBeUndefined();
  });

  // 12 tasks in the last 24 h, the oldest at 14:05 yesterday; two older ones do not count.
  const twelve = [
    jules('old1', { createTime: hoursAgo(25) }),
    jules('old2', { createTime: hoursAgo(24) }),
    jules('q0', { createTime: '2026-11-30T14:05:00.000Z', state: 'COMPLETED' }),
    ...Array.from({ length: 10 }, (_, i) =>
      jules(`q${i + 1}`, { createTime: hoursAgo(i + 1), state: 'COMPLETED' }),
    ),
    jules('q11', { createTime: hoursAgo(2), state: 'COMPLETED', archived: true }),
  ];

  it('the daily quota counts sessions created in the last 24 h, archived ones too', () => {
    const result = plan(file([entry('a', 'h0')]), read(twelve), { julesPlan: 'pro' });
    expect(result.dailyQuota).toEqual({
      created: 12,
      limit: 100,
      freesAt: '2026-12-01T14:05:00.000Z',
    });
    const line = 'tasks in the last 24 h: 12 / 100; the oldest frees a task at 14:05 UTC';
    expect(renderMarkdown(result)).toContain(line);
    expect(renderText(result)).toContain(line);
    expect(result.violations.filter((v) => v.rail === 'daily-quota')).toEqual([]);
  });

  it('daily-quota warns from 80% of the daily tasks', () => {
    const result = plan(file([entry('a', 'h0')]), read(twelve), { julesPlan: 'free' });
    expect(result.violations.filter((v) => v.rail === 'daily-quota')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message:
          "12 / 15 tasks of the Jules free plan's daily quota were used in the last 24 h; the oldest frees a task at 14:05 UTC.",
      }),
    ]);
    const eleven = plan(file([entry('a', 'h0')]), read(twelve.slice(0, -1)), { julesPlan: 'free' });
    expect(eleven.violations.filter((v) => v.rail === 'daily-quota')).toEqual([]);
  });

  const fifteen = Array.from({ length: 15 }, (_, i) =>
    jules(`t${i}`, { createTime: hoursAgo(i + 1), state: 'COMPLETED' }),
  );
  const waiting = `backlog:
  Security:
    active:
      - { id: p1, title: One }
`;

  it('with 15 sessions created in the last 24 hours and a prompt waiting, daily-quota is an error', () => {
    const result = plan(
      file([entry('a', 'h0')], 'capacity: 3\nreserve: 1\n', waiting),
      read(fifteen),
      { julesPlan: 'free' },
    );
    expect(result.violations.filter((v) => v.rail === 'daily-quota')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message:
          "The Jules free plan's daily quota is spent: 15 / 15 tasks in the last 24 h, and 1 prompt(s) wait for a slot; the oldest frees a task at 18:30 UTC.",
      }),
    ]);
    expect(result.verdict).toBe('fail');
    // A slot Jules would refuse to start in is no open slot.
    expect(result.recommendations.filter((r) => r.kind === 'start-prompt')).toEqual([]);
  });

  it('spent with no prompt waiting is a warning; left out of fail-on, an error becomes one too', () => {
    const idle = plan(file([entry('a', 'h0')], 'capacity: 3\nreserve: 1\n'), read(fifteen), {
      julesPlan: 'free',
    });
    expect(idle.violations.find((v) => v.rail === 'daily-quota')?.severity).toBe('warning');
    const lenient = plan(
      file([entry('a', 'h0')], 'capacity: 3\nreserve: 1\n', waiting),
      read(fifteen),
      { julesPlan: 'free', failOn: new Set(['capacity-hard'] as const) },
    );
    expect(lenient.violations.find((v) => v.rail === 'daily-quota')?.severity).toBe('warning');
  });

  it('past the limit a task frees when the (created - limit + 1)-th oldest ages out, not the oldest', () => {
    // 20 in the window against 15: six must age out before Jules starts one more.
    const twenty = Array.from({ length: 20 }, (_, i) =>
      jules(`d${i}`, { createTime: hoursAgo(23 - i), state: 'COMPLETED' }),
    );
    const result = plan(file([entry('a', 'h0')]), read(twenty.reverse()), { julesPlan: 'free' });
    // The sixth oldest was created 18 h before 09:30, so it ages out at 15:30.
    expect(result.dailyQuota).toEqual({
      created: 20,
      limit: 15,
      freesAt: '2026-12-01T15:30:00.000Z',
    });
    expect(renderText(result)).toContain(
      'tasks in the last 24 h: 20 / 15; a task frees at 15:30 UTC',
    );
    expect(result.violations.find((v) => v.rail === 'daily-quota')?.message).toBe(
      "The Jules free plan's daily quota is spent: 20 / 15 tasks in the last 24 h; a task frees at 15:30 UTC.",
    );
  });

  it('the time a task frees is rounded up to the minute, never shown earlier than it is', () => {
    const result = plan(
      file([entry('a', 'h0')]),
      read([jules('late', { createTime: '2026-11-30T14:05:59.000Z', state: 'COMPLETED' })]),
      { julesPlan: 'pro' },
    );
    expect(result.dailyQuota?.freesAt).toBe('2026-12-01T14:05:59.000Z');
    expect(renderMarkdown(result)).toContain('the oldest frees a task at 14:06 UTC');
    expect(renderText(result)).toContain('the oldest frees a task at 14:06 UTC');
  });

  it('without jules-plan nothing is limited and no quota is counted', () => {
    const result = plan(file([entry('a', 'h0')]), read(fifteen));
    expect(result.capacity).toBe(15);
    expect(result.dailyQuota).toBeUndefined();
    expect(result.julesPlan).toBeUndefined();
  });
});

describe('sessions archived in Jules', () => {
  const yaml = file([entry('kept', 'h0'), entry('shelved', 'z1'), entry('gone', 'z404')]);
  const result = plan(
    yaml,
    read([jules('h0'), jules('z1', { archived: true, state: 'COMPLETED' })], {
      notFound: ['z404'],
    }),
  );
  const driftOf = (name: string) =>
    [...result.closeOrder, ...result.archived]
      .find((s) => s.name === name)
      ?.drift.map((d) => d.code);

  it('an entry whose session is archived in Jules gets jules-archived, not jules-missing, and plans as archived', () => {
    expect(driftOf('shelved')).toEqual(['jules-archived']);
    expect(result.archived.map((a) => a.name)).toEqual(['shelved']);
    expect(result.slots).toMatchObject({ file: 2, counted: 2 });
    expect(result.violations).toContainEqual(
      expect.objectContaining({
        rail: 'drift',
        session: 'shelved',
        message: expect.stringContaining(
          "archived in Jules (Jules session z1): set the entry's status to archived",
        ) as string,
      }),
    );
  });

  it('jules-missing is kept for the ids Jules answers 404 for', () => {
    expect(driftOf('gone')).toEqual(['jules-missing']);
  });

  it('an id Jules neither lists nor answers 404 for is not called missing', () => {
    const unsure = plan(yaml, read([jules('h0')]));
    expect([...unsure.closeOrder].find((s) => s.name === 'gone')?.drift).toEqual([]);
  });

  it('an entry already archived in the file says nothing more', () => {
    const done = plan(
      file([entry('kept', 'h0'), entry('shelved', 'z1').replace('needs-more-work', 'archived')]),
      read([jules('h0'), jules('z1', { archived: true })]),
    );
    expect(done.archived[0]?.drift).toEqual([]);
  });
});

describe('which ids are looked up one by one', () => {
  const entries = (yaml: string) => backlog(yaml).sessions;
  const head = entries(
    file([
      entry('a', 'h1'),
      entry('b', 'h2').replace('needs-more-work', 'archived'),
      entry('c', 'h3'),
    ]),
  );
  const base = entries(
    file([
      entry('a', 'h1'),
      entry('old', 'b1'),
      entry('gone', 'b2').replace('needs-more-work', 'archived'),
    ]),
  );

  it("only active entries' ids, the file's before its base's, each once", () => {
    expect(idsToLookUp(head)).toEqual(['h1', 'h3']);
    expect(idsToLookUp(head, base)).toEqual(['h1', 'h3', 'b1']);
  });

  it('an active entry below 55 archived ones still learns that Jules archived its session', async () => {
    const old = Array.from({ length: 55 }, (_, i) => `a${i}`);
    const fake = await startFakeJules(
      [...old, 'z1'].map((id) => ({ id, state: 'COMPLETED', repo: 'acme/summit', archived: true })),
    );
    try {
      const path = await tempFile(
        'sessions.yaml',
        file([
          ...old.map((id) => entry(id, id).replace('needs-more-work', 'archived')),
          entry('live', 'z1'),
        ]),
      );
      const { code, out } = await cli(
        ['plan', path, '--jules', '--repo', 'acme/summit', '--format', 'json'],
        process.cwd(),
        { JULES_API_KEY: 'jk', JULES_API_URL: fake.url },
      );
      expect(code).toBe(0);
      const result = JSON.parse(out) as Plan;
      expect(result.archived.find((a) => a.name === 'live')?.drift.map((d) => d.code)).toEqual([
        'jules-archived',
      ]);
      expect(fake.requests.map((r) => r.url)).toEqual([
        '/v1alpha/sessions?pageSize=100',
        '/v1alpha/sessions/z1',
      ]);
    } finally {
      await fake.close();
    }
  });
});

describe('jules-plan as an input and a flag', () => {
  it('the input takes free, pro or ultra; anything else names the input and the values', () => {
    const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    expect(getInputs(reader({ 'jules-plan': 'pro' })).julesPlan).toBe('pro');
    expect(getInputs(reader({})).julesPlan).toBeUndefined();
    expect(() => getInputs(reader({ 'jules-plan': 'premium' }))).toThrow(
      'input "jules-plan" must be "free", "pro", "ultra" or empty, got "premium"',
    );
  });

  it('--jules-plan free caps capacity at 3 and warns at the capacity: line', async () => {
    const path = await tempFile('sessions.yaml', file([entry('a', 'h0')]));
    const { code, out } = await cli([path, '--jules-plan', 'free', '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as Plan;
    expect(result.capacity).toBe(3);
    expect(result.violations).toContainEqual(
      expect.objectContaining({ rail: 'schema', severity: 'warning', line: 2 }),
    );
  });

  it('a capacity above the plan names the setting in the words of the command line', async () => {
    const path = await tempFile('sessions.yaml', file([entry('a', 'h0')]));
    const fromFile = await cli([path, '--jules-plan', 'free']);
    expect(fromFile.out).toContain('or set --jules-plan to the plan the account has.');
    const fromFlag = await cli([path, '--jules-plan', 'free', '--capacity', '15']);
    expect(fromFlag.out).toContain('Lower --capacity to 3, or set --jules-plan to the plan');
    expect(`${fromFile.out}${fromFlag.out}`).not.toMatch(/set jules-plan|capacity input/);
  });

  it('--jules-plan with an unknown plan is a usage error that lists the plans', async () => {
    const { code, err } = await cli(['examples/sessions.yaml', '--jules-plan', 'gold']);
    expect(code).toBe(2);
    expect(err).toContain('--jules-plan takes free, pro, ultra');
  });

  it("a reserve as large as the plan's concurrency is refused with the fix", async () => {
    const path = await tempFile(
      'sessions.yaml',
      file([entry('a', 'h0')], 'capacity: 15\nreserve: 3\n'),
    );
    const { code, err } = await cli([path, '--jules-plan', 'free']);
    expect(code).toBe(2);
    expect(err).toContain(
      "reserve (3) must be smaller than the Jules free plan's 3 concurrent sessions",
    );
  });
});

describe('the Jules client lists the whole account', () => {
  let fake: FakeJules;
  const fast = { backoffMs: 5, maxWaitMs: 20, timeoutMs: 500 };
  beforeAll(async () => {
    fake = await startFakeJules([
      { id: 'here', state: 'IN_PROGRESS', repo: 'acme/summit' },
      { id: 'older-form', state: 'QUEUED', source: 'sources/github-acme-summit' },
      { id: 'web', state: 'IN_PROGRESS', repo: 'acme/web' },
      { id: 'loose', state: 'PLANNING' },
      { id: 'shelved', state: 'COMPLETED', repo: 'acme/summit', archived: true },
    ]);
    fake.perPage = 2;
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.requests.length = 0;
  });
  const list = (extra: { ids?: string[]; archived?: boolean } = {}) =>
    listJulesSessions({
      apiKey: 'jk',
      apiUrl: fake.url,
      repository,
      surface: ACTION_SURFACE,
      timing: fast,
      ...extra,
    });

  it('every repository and repoless sessions, but no archived one by default', async () => {
    const result = await list();
    expect(result.failure).toBeUndefined();
    expect(result.sessions.map((s) => [s.id, s.source, s.archived])).toEqual([
      ['here', 'sources/github/acme/summit', false],
      ['older-form', 'sources/github-acme-summit', false],
      ['web', 'sources/github/acme/web', false],
      ['loose', '', false],
    ]);
    expect(fake.requests.every((r) => !r.url.includes('filter'))).toBe(true);
  });

  it('asked for, the archived ones come from filter=archived = true', async () => {
    const result = await list({ archived: true });
    expect(result.sessions.find((s) => s.id === 'shelved')).toMatchObject({ archived: true });
    expect(fake.requests.map((r) => r.url)).toContain(
      '/v1alpha/sessions?pageSize=100&filter=archived%20%3D%20true',
    );
  });

  it('an id the list leaves out is asked for by GET sessions/{id}: archived is learned, 404 is missing', async () => {
    const result = await list({ ids: ['here', 'shelved', 'nobody'] });
    expect(result.sessions.find((s) => s.id === 'shelved')).toMatchObject({ archived: true });
    expect(result.notFound).toEqual(['nobody']);
    expect(fake.requests.map((r) => r.url).filter((u) => /sessions\/\w/.test(u))).toEqual([
      '/v1alpha/sessions/shelved',
      '/v1alpha/sessions/nobody',
    ]);
  });

  it('a lookup that fails for another reason is a warning, and the id is not called missing', async () => {
    // The two pages of the list pass; the lookup that follows gets a 503.
    fake.faults.push({ delayMs: 0 }, { delayMs: 0 }, { status: 503 });
    const result = await listJulesSessions({
      apiKey: 'jk',
      apiUrl: fake.url,
      repository,
      surface: ACTION_SURFACE,
      timing: { ...fast, retries: 0 },
      ids: ['flaky'],
    });
    expect(result.failure).toBeUndefined();
    expect(result.notFound).toBeUndefined();
    expect(result.warning).toContain('session flaky could not be looked up (Jules answered 503');
  });

  it('the lookups stop at the first failure other than 404, and the warning says so once', async () => {
    // The two pages of the list pass; the first lookup gets a 503, which would fail the rest too.
    fake.faults.push({ delayMs: 0 }, { delayMs: 0 }, { status: 503 });
    const result = await listJulesSessions({
      apiKey: 'jk',
      apiUrl: fake.url,
      repository,
      surface: ACTION_SURFACE,
      timing: { ...fast, retries: 0 },
      ids: ['flaky', 'shelved', 'nobody'],
    });
    expect(fake.requests.map((r) => r.url).filter((u) => /sessions\/\w/.test(u))).toEqual([
      '/v1alpha/sessions/flaky',
    ]);
    expect(result.notFound).toBeUndefined();
    expect(result.warning).toBe(
      'session flaky could not be looked up (Jules answered 503 after 1 attempts; check jules-api-url and try again later), so the lookups stopped and 2 more id(s) of the file that are not listed were not looked up',
    );
  });

  it('a 404 does not stop the lookups', async () => {
    const result = await list({ ids: ['nobody', 'shelved'] });
    expect(result.notFound).toEqual(['nobody']);
    expect(result.sessions.find((s) => s.id === 'shelved')).toMatchObject({ archived: true });
    expect(result.warning).toBeUndefined();
  });

  /** A Jules that answers every list with `answer(url)`, one page each. */
  const answering =
    (answer: (url: string) => unknown[]): typeof fetch =>
    (input) =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            sessions: answer(
              typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
            ),
          }),
          { status: 200 },
        ),
      );
  const session = (id: string, extra: Record<string, unknown> = {}) => ({
    name: `sessions/${id}`,
    id,
    state: 'IN_PROGRESS',
    sourceContext: { source: 'sources/github/acme/summit' },
    ...extra,
  });

  it('a server that ignores the archived filter cannot mark the live sessions archived', async () => {
    const live = ['l0', 'l1', 'l2'].map((id) => session(id));
    const result = await listJulesSessions({
      apiKey: 'jk',
      apiUrl: 'https://jules.test/v1alpha',
      repository,
      surface: ACTION_SURFACE,
      archived: true,
      fetch: answering(() => live),
    });
    expect(result.sessions.map((s) => [s.id, s.archived])).toEqual([
      ['l0', false],
      ['l1', false],
      ['l2', false],
    ]);
    const counted = plan(file([entry('a', 'l0')]), result);
    expect(counted.slots).toMatchObject({ jules: 3, counted: 3 });
  });

  it('a session of the archived list keeps the archived field Jules sends, and is archived without one', async () => {
    const result = await listJulesSessions({
      apiKey: 'jk',
      apiUrl: 'https://jules.test/v1alpha',
      repository,
      surface: ACTION_SURFACE,
      archived: true,
      fetch: answering((url) =>
        url.includes('filter=')
          ? [
              session('said', { archived: true, state: 'COMPLETED' }),
              session('unsaid', { state: 'COMPLETED' }),
              session('unarchived', { archived: false }),
            ]
          : [],
      ),
    });
    expect(result.sessions.map((s) => [s.id, s.archived])).toEqual([
      ['said', true],
      ['unsaid', true],
      ['unarchived', false],
    ]);
  });

  it('an archived list cut at the page cap is used as read, and the notes say the daily quota may read low', async () => {
    const paged = await startFakeJules([
      { id: 'live', state: 'IN_PROGRESS', repo: 'acme/summit' },
      ...['z1', 'z2', 'z3', 'z4'].map((id) => ({
        id,
        state: 'COMPLETED',
        repo: 'acme/summit',
        archived: true,
      })),
    ]);
    paged.perPage = 1;
    try {
      const result = await listJulesSessions({
        apiKey: 'jk',
        apiUrl: paged.url,
        repository,
        surface: ACTION_SURFACE,
        timing: fast,
        archived: true,
        maxPages: 2,
      });
      expect(result.failure).toBeUndefined();
      expect(result.sessions.map((s) => s.id)).toEqual(['live', 'z1', 'z2']);
      const warning =
        'the archived sessions were read for their first 2 pages (2 sessions) and Jules had more pages; the ones on them were not read, so the daily quota may read low';
      expect(result.warning).toBe(warning);
      const planned = plan(file([entry('a', 'live')]), result, { julesPlan: 'pro' });
      expect(planned.notes).toContain(`Jules: ${warning}.`);
    } finally {
      await paged.close();
    }
  });

  it('a session list that pages past the cap is not used: slots are counted from the file', async () => {
    fake.perPage = 1;
    try {
      const result = await listJulesSessions({
        apiKey: 'jk',
        apiUrl: fake.url,
        repository,
        surface: ACTION_SURFACE,
        timing: fast,
        maxPages: 2,
      });
      expect(result.sessions).toEqual([]);
      expect(result.failure).toBe('Jules kept paging past 2 pages; the list was not used');
    } finally {
      fake.perPage = 2;
    }
  });

  it('the fake spreads createTime over the 48 hours before the request', async () => {
    const result = await list();
    const ages = result.sessions.map((s) => Date.now() - Date.parse(s.createTime!));
    expect(Math.max(...ages)).toBeLessThan(48 * 3_600_000);
    expect(ages.filter((a) => a < 24 * 3_600_000).length).toBeGreaterThan(0);
    expect(ages.filter((a) => a > 24 * 3_600_000).length).toBeGreaterThan(0);
  });
});

describe('the action counts the account and the plan', () => {
  const key = 'jk-account-3f1c';
  let fake: FakeJules;
  let log = '';
  const savedEnv = { ...process.env };
  beforeAll(async () => {
    fake = await startFakeJules();
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    log = '';
    fake.requests.length = 0;
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

  async function sweep(text: string, inputs: Record<string, string> = {}) {
    const runner = await makeRunner(
      { 'sessions.yaml': text },
      {
        ledger: 'off',
        'github-token': '',
        'jules-api-url': fake.url,
        'jules-api-key': key,
        ...inputs,
      },
    );
    Object.assign(process.env, runner.env, { GITHUB_REPOSITORY: 'acme/summit' });
    await run();
    const outputs = await runner.outputs();
    const plan = outputs['plan-json']
      ? (JSON.parse(await readFile(outputs['plan-json'], 'utf8')) as Plan)
      : undefined;
    return {
      outputs,
      summary: await runner.summary(),
      plan,
      dir: outputs['plan-json'] && dirname(outputs['plan-json']),
    };
  }

  it('10 live here, 4 elsewhere and 1 repoless, capacity 15 reserve 1: free-slots-needed is 1', async () => {
    fake.sessions.splice(
      0,
      Infinity,
      ...Array.from({ length: 10 }, (_, i) => ({
        id: `h${i}`,
        state: 'IN_PROGRESS',
        repo: 'acme/summit',
      })),
      ...['w1', 'w2', 'w3'].map((id) => ({ id, state: 'QUEUED', repo: 'acme/web' })),
      { id: 'a1', state: 'PLANNING', repo: 'acme/api' },
      { id: 'r1', state: 'IN_PROGRESS' },
    );
    const { outputs, summary, plan } = await sweep(file(nineHere));
    expect(outputs['free-slots-needed']).toBe('1');
    expect(summary).toContain(BREAKDOWN);
    expect(plan?.slots.account?.repoless).toBe(1);
    expect(log).toContain(BREAKDOWN);
  });

  it('ids of entries archived in the file are never looked up one by one', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `a${i}`);
    fake.sessions.splice(
      0,
      Infinity,
      ...ids.map((id) => ({ id, state: 'COMPLETED', repo: 'acme/summit', archived: true })),
    );
    const shelved = ids.map((id) => entry(id, id).replace('needs-more-work', 'archived'));
    const { plan } = await sweep(file(shelved));
    expect(fake.requests.map((r) => r.url)).toEqual(['/v1alpha/sessions?pageSize=100']);
    expect(plan?.notes.join(' ')).not.toContain('not looked up');
  });

  it('with jules-plan the archived sessions are listed and counted in the daily quota', async () => {
    fake.sessions.splice(
      0,
      Infinity,
      { id: 'h0', state: 'IN_PROGRESS', repo: 'acme/summit' },
      { id: 'z1', state: 'COMPLETED', repo: 'acme/summit', archived: true },
      {
        id: 'z2',
        state: 'COMPLETED',
        repo: 'acme/web',
        archived: true,
        createTime: new Date(Date.now() - 3_600_000).toISOString(),
      },
      {
        id: 'z3',
        state: 'COMPLETED',
        archived: true,
        createTime: new Date(Date.now() - 30 * 3_600_000).toISOString(),
      },
    );
    const { plan, summary } = await sweep(file([entry('a', 'h0'), entry('b', 'z1')]), {
      'jules-plan': 'free',
    });
    expect(fake.requests.some((r) => r.url.includes('filter=archived'))).toBe(true);
    // The fake spreads h0 and z1 over the last 48 h (6 h and 18 h ago); z2 is an hour old, z3 30 h.
    expect(plan?.dailyQuota).toMatchObject({ created: 3, limit: 15 });
    expect(plan?.capacity).toBe(3);
    expect(plan?.archived.map((a) => [a.name, a.drift.map((d) => d.code)])).toEqual([
      ['b', ['jules-archived']],
    ]);
    expect(summary).toContain('tasks in the last 24 h: 3 / 15');
    // The file's capacity of 15 is above the free plan's 3: annotated at the capacity: line.
    expect(log).toMatch(
      /::warning title=session-sweeper%3A schema,file=sessions\.yaml,line=2,col=\d+::capacity 15 is above the Jules free plan's 3 concurrent sessions/,
    );
    // In the action's words: the input, never the command line's flag.
    expect(log).toContain('or set jules-plan to the plan the account has.');
    expect(log).not.toContain('--jules-plan');
  });
});
