// The action with copilot-token, through run(): Copilot's tasks counted beside Jules' sessions in
// the slots, a waiting task first in "Next", user tokens only (a GITHUB_TOKEN-looking token is
// never sent), the token masked everywhere, and the sweep going on when Copilot is missing.
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Ajv } from 'ajv';
import { PLAN_SCHEMA_PATH } from '../scripts/plan-schema.js';
import { run } from '../src/main.js';
import { validators, type FakeTask } from './helpers/fake-copilot.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { startFakeJules, type FakeJules } from './helpers/fake-jules.js';
import { makeRunner } from './helpers/runner.js';

const TOKEN = 'github_pat_11AAcopilotSweep';
const INSTALLATION_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const JULES_KEY = 'jk-live-copilot-sweep';

const USER_TOKENS =
  'Copilot\'s agent tasks API accepts only a user\'s token: a fine-grained personal access token or a GitHub App user access token with the "Agent tasks" repository permission';

let github: FakeGitHub;
let jules: FakeJules;
let log = '';
const savedEnv = { ...process.env };

const jEntry = (i: number) =>
  `  - { name: j${i}, category: Security, status: needs-more-work, remaining_steps: 2, next_action: go, jules: j-${i} }`;
const cEntry = (i: number) =>
  `  - { name: c${i}, category: Testing, status: needs-more-work, remaining_steps: 2, next_action: go, copilot: t-${i} }`;

/** 9 entries for Jules' sessions and 4 for Copilot's tasks, against a capacity of 15. */
const backlogText = `version: 1
capacity: 15
reserve: 1
categories: [Security, Testing]
sessions:
${Array.from({ length: 9 }, (_, i) => jEntry(i)).join('\n')}
${Array.from({ length: 4 }, (_, i) => cEntry(i)).join('\n')}
`;

const task = (i: number, state: FakeTask['state']): FakeTask => ({
  id: `t-${i}`,
  repo: 'acme/summit',
  state,
  name: `Copilot work ${i}`,
});

beforeAll(async () => {
  // Compiled before the first request, so no request waits on it.
  validators();
  github = await startFakeGitHub();
  jules = await startFakeJules();
});
afterAll(async () => {
  await github.close();
  await jules.close();
});
beforeEach(() => {
  log = '';
  github.requests.length = 0;
  github.faults.length = 0;
  Object.assign(github.copilot, {
    tasks: [0, 1, 2, 3].map((i) => task(i, 'in_progress')),
    tokens: undefined,
    requests: [],
    violations: [],
  });
  jules.requests.length = 0;
  jules.faults.length = 0;
  jules.sessions.splice(
    0,
    Infinity,
    ...Array.from({ length: 9 }, (_, i) => ({
      id: `j-${i}`,
      state: 'IN_PROGRESS',
      repo: 'acme/summit',
    })),
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
  // Whatever a test asserts, the sweep sent only what GitHub's description allows.
  expect(github.copilot.violations).toEqual([]);
});

async function sweep(inputs: Record<string, string>) {
  const runner = await makeRunner(
    { 'sessions.yaml': backlogText },
    {
      ledger: 'off',
      'github-token': '',
      'jules-api-key': JULES_KEY,
      'jules-api-url': jules.url,
      ...inputs,
    },
  );
  Object.assign(process.env, runner.env, {
    GITHUB_REPOSITORY: 'acme/summit',
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
  });
  await run();
  const outputs = await runner.outputs();
  const dir = outputs['plan-json'] ? dirname(outputs['plan-json']) : undefined;
  const files: Record<string, string> = {};
  if (dir) {
    for (const name of await readdir(dir)) files[name] = await readFile(join(dir, name), 'utf8');
  }
  const summary = await runner.summary();
  return { outputs, summary, files, plan: JSON.parse(files['plan.json'] ?? '{}') as PlanJson };
}

interface PlanJson {
  slots?: Record<string, unknown>;
  copilot?: Record<string, unknown>;
  verdict?: string;
  freeSlotsNeeded?: number;
}

/** Markdown escapes punctuation and HTML; the sentence reads the same once rendered. */
const plain = (text: string) =>
  text
    .replaceAll('\\', '')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

/** The token appears in no log line but its mask, no summary, output, annotation or plan file. */
function expectNowhere(token: string, run: Awaited<ReturnType<typeof sweep>>) {
  expect(log).toContain(`::add-mask::${token}`);
  expect(log.replaceAll(`::add-mask::${token}`, '')).not.toContain(token);
  expect(run.summary).not.toContain(token);
  expect(JSON.stringify(run.outputs)).not.toContain(token);
  expect(Object.keys(run.files).length).toBeGreaterThan(0);
  for (const text of Object.values(run.files)) expect(text).not.toContain(token);
}

const agentRequests = () => github.copilot.requests;

describe('the action with copilot-token', () => {
  it('9 live Jules sessions and 4 live Copilot tasks hold 13 slots: the summary shows both, plan.json agrees', async () => {
    const result = await sweep({ 'copilot-token': TOKEN });
    expect(result.summary).toContain(
      '13 / 15 slots: this repository 13 (Jules 9, Copilot 4), other repositories 0, repoless 0; the file 13 active',
    );
    expect(result.summary).toContain(
      'Copilot: 4 task(s) of this repository, 4 holding a slot, 0 untracked',
    );
    expect(result.plan.slots).toMatchObject({ file: 13, jules: 9, copilot: 4, counted: 13 });
    expect(result.plan.copilot).toMatchObject({ enabled: true, sessions: 4, live: 4 });
    // plan.json with Copilot in it is what its published schema describes.
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(PLAN_SCHEMA_PATH, 'utf8')) as object,
    );
    expect(validate(result.plan) ? [] : validate.errors).toEqual([]);
    // 13 held and 1 in reserve of 15: no slot needs freeing, and nothing is broken.
    expect(result.outputs['free-slots-needed']).toBe('0');
    expect(result.plan.freeSlotsNeeded).toBe(0);
    expect(result.outputs.verdict).toBe(result.plan.verdict);
    expect(result.outputs.verdict).not.toBe('fail');
    // The token went to the agent tasks API in its header, with the API's version.
    expect(agentRequests().length).toBeGreaterThan(0);
    for (const r of agentRequests()) {
      expect(r.authorization).toMatch(new RegExp(`^(token|bearer) ${TOKEN}$`, 'i'));
      expect(r.path).toBe('/agents/repos/acme/summit/tasks');
    }
    expectNowhere(TOKEN, result);
  });

  it('a Copilot task waiting for the user is the first thing in "Next": answer the agent, with its link', async () => {
    github.copilot.tasks[2] = task(2, 'waiting_for_user');
    const result = await sweep({ 'copilot-token': TOKEN });
    const next = result.summary
      .split('### Next')[1]
      ?.split('\n')
      .filter((l) => l.startsWith('| **'));
    expect(next?.[0]).toContain('| **answer-agent** |');
    expect(next?.[0]).toContain(
      '<a href="https://github.com/acme/summit/copilot/tasks/t-2">c2</a>',
    );
    expect(result.summary).toContain('`copilot-waiting`');
    // A waiting task still holds its slot.
    expect(result.plan.slots).toMatchObject({ jules: 9, copilot: 4, counted: 13 });
  });

  it('a GITHUB_TOKEN-looking token is never sent: the user-token sentence is a warning and in the summary, and the sweep goes on', async () => {
    const result = await sweep({ 'copilot-token': INSTALLATION_TOKEN });
    expect(agentRequests()).toEqual([]);
    expect(log).toMatch(
      /^::warning::Live tasks from Copilot are missing: The token is an installation token/m,
    );
    expect(log).toContain(USER_TOKENS);
    expect(plain(result.summary)).toContain(USER_TOKENS);
    expect(plain(result.summary)).toContain(
      'Put such a token in the secret that copilot-token reads. Slots are counted without Copilot.',
    );
    // Jules and the file count the slots; the verdict is what it would be without a token.
    expect(result.plan.slots).toMatchObject({ jules: 9, file: 13, counted: 13 });
    expect(result.plan.slots?.copilot).toBeUndefined();
    expect(result.outputs.verdict).not.toBe('fail');
    expect(process.exitCode).toBeUndefined();
    expectNowhere(INSTALLATION_TOKEN, result);
  });

  it('a 403 from the agent tasks API says the same and the sweep goes on', async () => {
    github.faults.push({
      status: 403,
      body: JSON.stringify({ message: 'Resource not accessible by integration' }),
    });
    const result = await sweep({ 'copilot-token': TOKEN });
    expect(agentRequests()).toHaveLength(0); // the fault answered before the fake's API did
    expect(github.requests.filter((r) => r.url.startsWith('/agents/'))).toHaveLength(1);
    expect(log).toContain(
      '::warning::Live tasks from Copilot are missing: GitHub refused the token (403).',
    );
    expect(log).toContain(USER_TOKENS);
    expect(plain(result.summary)).toContain(`GitHub refused the token (403). ${USER_TOKENS}`);
    // The reason's own full stop ends the sentence: never two.
    expect(log).toContain('copilot-token reads. Slots are counted without Copilot.');
    expect(plain(result.summary)).not.toContain('reads..');
    expect(result.plan.slots).toMatchObject({ jules: 9, file: 13, counted: 13 });
    expect(result.outputs.verdict).not.toBe('fail');
    expect(process.exitCode).toBeUndefined();
    expectNowhere(TOKEN, result);
  });

  it('on-api-error: fail fails the job when Copilot is missing, and the token stays masked', async () => {
    github.faults.push({ status: 403 });
    const result = await sweep({ 'copilot-token': TOKEN, 'on-api-error': 'fail' });
    expect(process.exitCode).toBe(1);
    expect(log).toContain(
      '::error::Live tasks from Copilot are missing (on-api-error: fail): GitHub refused the token (403).',
    );
    expectNowhere(TOKEN, result);
  });

  it('on-api-error: fail with Copilot read whole leaves the job alone', async () => {
    await sweep({ 'copilot-token': TOKEN, 'on-api-error': 'fail' });
    expect(process.exitCode).toBeUndefined();
  });

  it('an unexpanded ${{ secrets.X }} copilot-token is dropped, said, and sent nowhere', async () => {
    const result = await sweep({ 'copilot-token': '${{ secrets.COPILOT_TOKEN }}' });
    expect(agentRequests()).toEqual([]);
    expect(plain(result.summary)).toContain(
      "The copilot-token input holds an expression the runner did not expand, so it was sent nowhere and the sweep goes on without Copilot's tasks",
    );
    expect(result.plan.slots).toMatchObject({ jules: 9, counted: 13 });
    expect(result.outputs.verdict).not.toBe('fail');
    expect(process.exitCode).toBeUndefined();
  });

  it('without copilot-token nothing is asked of the agent tasks API', async () => {
    const result = await sweep({});
    expect(agentRequests()).toEqual([]);
    expect(result.summary).not.toContain('Copilot');
  });
});
