// The action's flow in-process: inputs from INPUT_*, outputs, summary, annotations and the verdict.
import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/main.js';
import type { Plan, Violation } from '../src/planner/types.js';
import { startFakeGitHub } from './helpers/fake-github.js';
import { eventFile, makeRunner, type Runner } from './helpers/runner.js';

const example = await readFile('examples/sessions.yaml', 'utf8');
const overCap = `version: 1
capacity: 2
sessions:
  - {name: a, category: UX, status: pr-ready}
  - {name: b, category: UX, status: pr-ready}
  - {name: c, category: UX, status: needs-more-work}
`;

let log = '';
const savedEnv = { ...process.env };

beforeEach(() => {
  log = '';
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

async function runAction(
  files: Record<string, string>,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  // Movement across sweeps has tests of its own; elsewhere the ledger is off unless asked for.
  const runner: Runner = await makeRunner(files, { ledger: 'off', ...inputs });
  Object.assign(process.env, runner.env, env);
  await run();
  return { runner, outputs: await runner.outputs(), summary: await runner.summary() };
}

describe('the action on a healthy backlog', () => {
  it('passes, writes the summary, plan.json and every output', async () => {
    const { outputs, summary } = await runAction({ 'sessions.yaml': example });
    expect(process.exitCode).toBeUndefined();
    expect(outputs.verdict).toBe('pass');
    expect(outputs['free-slots-needed']).toBe('0');
    expect(JSON.parse(outputs['cold-categories']!)).toEqual([]);
    expect(JSON.parse(outputs.violations!)).toEqual([]);
    const plan = JSON.parse(await readFile(outputs['plan-json']!, 'utf8')) as Plan;
    expect(plan.counts.active).toBe(14);
    expect(summary).toMatch(/^## Session sweep: ✅ pass/);
    expect(log).toContain('=== SESSION PLAN ===');
  });

  it('reads the backlog from the sessions-file input, relative to the workspace', async () => {
    const { outputs } = await runAction({ 'team.yaml': example }, { 'sessions-file': 'team.yaml' });
    expect(outputs.verdict).toBe('pass');
  });
});

describe('the workspace boundary', () => {
  it('a backlog that is a symlink to a file outside the workspace is refused, not read', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'outside-'));
    await writeFile(join(outside, 'secret.yaml'), 'token: ghs_should_never_show\n');
    const runner = await makeRunner({}, { ledger: 'off' });
    await symlink(join(outside, 'secret.yaml'), join(runner.workspace, 'sessions.yaml'));
    Object.assign(process.env, runner.env);
    await run();
    expect(process.exitCode).toBe(1);
    expect(log).toContain('sessions.yaml resolves to a file outside the workspace; it is not read');
    expect(log).not.toContain('ghs_should_never_show');
    expect(await runner.summary()).not.toContain('ghs_should_never_show');
  });
});

describe('nothing is lost', () => {
  it('warnings from the file reach the summary and the violations output', async () => {
    const sessions = Array.from(
      { length: 12 },
      (_, i) => `  - {name: s${i}, category: ux, status: pr-ready}`,
    );
    const { outputs, summary } = await runAction({
      'sessions.yaml': `version: 1\ncategories: [UX]\nsessions:\n${sessions.join('\n')}\n`,
    });
    const violations = JSON.parse(outputs.violations!) as Violation[];
    expect(violations.filter((v) => v.rail === 'schema' && v.severity === 'warning')).toHaveLength(
      12,
    );
    expect(summary).toContain('session &quot;s11&quot; has category &quot;ux&quot;');
    expect(outputs.verdict).toBe('fail'); // UX itself is cold: "ux" keeps nothing warm
  });

  it('two sweeps in one job keep two plans', async () => {
    const first = await runAction({ 'sessions.yaml': example });
    const path = first.outputs['plan-json']!;
    const second = await runAction(
      { 'sessions.yaml': overCap },
      {},
      { RUNNER_TEMP: first.runner.env.RUNNER_TEMP! },
    );
    expect(second.outputs['plan-json']).not.toBe(path);
    expect((JSON.parse(await readFile(path, 'utf8')) as Plan).counts.active).toBe(14);
  });
});

describe('broken rails', () => {
  it('enforce mode fails the job, naming the rails, and annotates the offending lines', async () => {
    const { outputs } = await runAction({ 'sessions.yaml': overCap });
    expect(process.exitCode).toBe(1);
    expect(outputs.verdict).toBe('fail');
    expect(outputs['free-slots-needed']).toBe('2');
    const violations = JSON.parse(outputs.violations!) as Violation[];
    expect(violations.map((v) => v.rail)).toContain('capacity-hard');
    expect(log).toMatch(
      /::error title=session-sweeper%3A capacity-hard,file=sessions.yaml,line=6,col=5::3 active sessions exceed the hard cap of 2 by 1\./,
    );
    expect(log).toContain(
      '::error::2 rails are broken. capacity-hard: 3 active sessions exceed the hard cap of 2 by 1. Fix: Archive or merge 1 session(s) before anything else; the fastest exits are "a", "b". cold-category: Category "Security" is cold: no active session covers it. (and 6 more) Fix: Start the next Security prompt',
    );
  });

  it('report mode reports the same verdict and leaves the job green', async () => {
    const { outputs } = await runAction({ 'sessions.yaml': overCap }, { mode: 'report' });
    expect(outputs.verdict).toBe('fail');
    expect(process.exitCode).toBeUndefined();
    expect(log).toContain('mode is report, so the job passes. 2 rails are broken.');
  });

  it('capacity and reserve inputs override the file', async () => {
    const { outputs } = await runAction(
      { 'sessions.yaml': example },
      { capacity: '14', reserve: '2' },
    );
    expect(outputs['free-slots-needed']).toBe('2');
    expect(outputs.verdict).toBe('warn');
    expect(process.exitCode).toBeUndefined();
  });

  it("annotates findings within GitHub's 10 per type, leaving one of each for the run's own and counting the rest", async () => {
    const sessions = Array.from(
      { length: 14 },
      (_, i) => `  - {name: s${i}, category: UX, status: needs-more-work}`,
    ).join('\n');
    await runAction({ 'sessions.yaml': `version: 1\ncapacity: 30\nsessions:\n${sessions}\n` });
    expect(log.match(/^::warning /gm)).toHaveLength(9);
    expect(log.match(/^::error /gm)).toHaveLength(7); // the seven cold categories
    expect(log).toContain('5 more findings are not annotated; the job summary lists them all.');
  });

  it("with more errors than GitHub shows, the job's own failure line is still among the ten", async () => {
    const categories = Array.from({ length: 12 }, (_, i) => `C${i}`);
    await runAction({
      'sessions.yaml': `version: 1\ncategories: [${categories.join(', ')}]\nsessions: []\n`,
    });
    const errors = log.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)).toMatch(/^::error::A rail is broken\./);
  });

  it('the violations output writes invisible characters from the backlog as JSON escapes', async () => {
    const name = 'a\u202eb\u061cc\u{e0001}d\u2028e\u00adf';
    const { outputs } = await runAction({
      'sessions.yaml': `version: 1\ncategories: [UX]\nsessions:\n  - {name: "${name}", category: UX, status: needs-more-work}\n`,
    });
    expect(outputs.violations).not.toMatch(/[\u202e\u061c\u2028\u00ad]|\u{e0001}/u);
    const violations = JSON.parse(outputs.violations!) as { session?: string }[];
    expect(violations.some((v) => v.session === name)).toBe(true);
  });
});

describe('a backlog that cannot be read', () => {
  it('fails with an annotation at the line, a summary of the problems and no plan', async () => {
    const { outputs, summary } = await runAction({
      'sessions.yaml': 'version: 1\nsessions:\n  - {name: a, category: UX, status: shipped}\n',
    });
    expect(process.exitCode).toBe(1);
    expect(outputs.verdict).toBe('fail');
    expect(outputs['plan-json']).toBeUndefined();
    expect(outputs['cold-categories']).toBe('[]');
    expect(JSON.parse(outputs.violations!)).toEqual([
      expect.objectContaining({ rail: 'schema', line: 3, column: 37 }),
    ]);
    expect(log).toContain(
      '::error title=session-sweeper%3A schema,file=sessions.yaml,line=3,col=37::session "a": unknown status "shipped"',
    );
    expect(summary).toContain('could not be read, so no plan was made');
  });

  it('a missing file says which file and how to fix it', async () => {
    const { outputs } = await runAction({});
    expect(outputs.verdict).toBe('fail');
    expect(log).toContain('backlog file sessions.yaml was not found');
  });

  it('a bad input fails the step with the input name, before reading anything', async () => {
    const { outputs } = await runAction({ 'sessions.yaml': example }, { mode: 'strict' });
    expect(process.exitCode).toBe(1);
    expect(outputs).toEqual({});
    expect(log).toContain('::error::input "mode" must be "report" or "enforce", got "strict"');
  });

  it('a reserve input that reaches the capacity is a clear failure', async () => {
    await runAction({ 'sessions.yaml': example }, { reserve: '15' });
    expect(process.exitCode).toBe(1);
    expect(log).toContain('reserve (15) must be smaller than capacity (15)');
  });
});

/** The workflow commands the runner would obey: `::` lines outside stop-commands blocks. */
function obeyedCommands(text: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const line of text.split('\n')) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1];
    else if (line.startsWith('::')) commands.push(line);
  }
  return commands;
}

describe('untrusted text in the log', () => {
  const hostile = JSON.stringify({
    version: 1,
    categories: ['UX', 'Sec\n::warning::owned-category'],
    sessions: [{ name: 'x\n::error::owned-name', category: 'UX', status: 'pr-ready' }],
  });

  it.each(['enforce', 'report'])(
    'in %s mode no session or category text runs as a workflow command',
    async (mode) => {
      await runAction({ 'sessions.yaml': hostile }, { mode });
      const commands = obeyedCommands(log);
      expect(commands.length).toBeGreaterThan(0);
      for (const command of commands) expect(command).not.toMatch(/^::(error|warning)::owned/);
      expect(commands.filter((c) => c.includes('owned')).every((c) => !c.includes('\n'))).toBe(
        true,
      );
      expect(log).toContain('x\\u{a}::error::owned-name');
    },
  );

  it('a bad status on the load-failure path cannot issue a command either', async () => {
    await runAction(
      {
        'sessions.yaml': JSON.stringify({
          version: 1,
          sessions: [{ name: 'a', category: 'UX', status: 'x\n::error::owned' }],
        }),
      },
      { mode: 'report' },
    );
    for (const command of obeyedCommands(log)) expect(command).not.toMatch(/^::error::owned/);
  });
});

describe('live status in the action', () => {
  const backlog = `version: 1
categories: [UX]
sessions:
  - {name: a, category: UX, status: pr-ready, pr: 1}
`;

  it('without a token the plan is made from the file and the summary says so at the top', async () => {
    const { outputs, summary } = await runAction({ 'sessions.yaml': backlog });
    expect(outputs.verdict).toBe('pass');
    expect(summary.split('\n').slice(0, 6).join('\n')).toContain(
      'Live status is missing: no github\\-token was given, so pull requests were not looked up',
    );
  });

  it('a github-token that arrives as an unexpanded ${{ github.token }} is sent nowhere, and the sweep says why', async () => {
    const github = await startFakeGitHub();
    try {
      const { outputs, summary } = await runAction(
        { 'sessions.yaml': backlog },
        { 'github-token': '${{ github.token }}', ledger: 'artifact' },
        {
          GITHUB_API_URL: github.url,
          GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
          GITHUB_REPOSITORY: 'acme/summit',
        },
      );
      expect(github.requests).toEqual([]);
      expect(outputs.verdict).toBe('pass');
      const sentence =
        'the github-token input holds an expression the runner did not expand, so it was sent nowhere and the sweep goes on without live status from GitHub';
      expect(log).toContain(`::warning::T${sentence.slice(1)}.`);
      expect(summary).toContain(`Live status is missing: ${sentence.replaceAll('-', '\\-')}`);
    } finally {
      await github.close();
    }
  });

  it("the action's messages name what a workflow sets, never a command-line flag", async () => {
    const github = await startFakeGitHub();
    delete process.env.GITHUB_REPOSITORY;
    try {
      const { summary } = await runAction(
        { 'sessions.yaml': backlog },
        { 'github-token': 'ghs_test' },
        { GITHUB_API_URL: github.url, GITHUB_GRAPHQL_URL: `${github.url}/graphql` },
      );
      expect(summary).toContain('GITHUB\\_REPOSITORY is not set in this job');
      expect(log).toContain('write the pull request as owner/repo#12 or its URL');
      expect(`${log}\n${summary}`).not.toMatch(/(^|[\s(`])--[a-z]/m);
    } finally {
      await github.close();
    }
  });

  it('a jules-api-key that arrives unexpanded is sent nowhere, and Jules is skipped with the reason', async () => {
    const { outputs, summary } = await runAction(
      { 'sessions.yaml': backlog },
      { 'jules-api-key': '${{ secrets.JULES_API_KEY }}' },
    );
    expect(outputs.verdict).toBe('pass');
    expect(log).toContain(
      '::warning::The jules-api-key input holds an expression the runner did not expand, so it was sent nowhere and the sweep goes on without live sessions from Jules.',
    );
    expect(summary).toContain('Jules: skipped. The jules\\-api\\-key input holds an expression');
  });
});

describe('rails across sweeps', () => {
  const twoCategories = (steps: number) => `version: 1
categories: [Security, Graph]
sessions:
  - {name: a, category: Security, status: needs-more-work, remaining_steps: ${steps}, next_action: go}
  - {name: b, category: Graph, status: needs-more-work, remaining_steps: 4, next_action: go}
`;

  it('a ledger file carries movement from sweep to sweep: Graph goes cold, b stalls', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T05:00:00Z'));
    try {
      const ledgerDir = await mkdtemp(join(tmpdir(), 'ledger-'));
      const ledger = join(ledgerDir, 'ledger.json');
      const results = [];
      for (let sweep = 1; sweep <= 3; sweep++) {
        results.push(
          await runAction({ 'sessions.yaml': twoCategories(sweep) }, { ledger, mode: 'report' }),
        );
        process.env = { ...savedEnv };
      }
      const plans = await Promise.all(
        results.map(
          async (r) => JSON.parse(await readFile(r.outputs['plan-json']!, 'utf8')) as Plan,
        ),
      );
      expect(plans.map((p) => [p.cycle, p.movement])).toEqual([
        [1, 'window'],
        [2, 'ledger'],
        [3, 'ledger'],
      ]);
      // Sweep 1 has no ledger and no dates: sessions without either count as moving.
      expect(plans.map((p) => p.coldCategories)).toEqual([[], [], ['Graph']]);
      expect(
        plans[2]!.violations.filter((v) => v.rail === 'stalled').map((v) => v.session),
      ).toEqual(['b']);
      const kept = JSON.parse(await readFile(ledger, 'utf8')) as { sweeps: { cycle: number }[] };
      expect(kept.sweeps.map((s) => s.cycle)).toEqual([1, 2, 3]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a sweep reads the clock once: the ledger records the moment the run started', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-02-03T04:05:06Z'));
    try {
      const ledger = join(await mkdtemp(join(tmpdir(), 'ledger-')), 'ledger.json');
      await runAction({ 'sessions.yaml': twoCategories(2) }, { ledger, mode: 'report' });
      const kept = JSON.parse(await readFile(ledger, 'utf8')) as { sweeps: { time: string }[] };
      expect(kept.sweeps.map((s) => s.time)).toEqual(['2030-02-03T04:05:06.000Z']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('`ledger: Artifact` means the keyword, whatever its case', async () => {
    const { summary } = await runAction({ 'sessions.yaml': example }, { ledger: 'Artifact' });
    expect(summary).toContain('The ledger was not read\\: workflow artifacts are only available');
  });

  it('outside a job the artifact ledger is skipped, and the summary says why', async () => {
    const { summary } = await runAction({ 'sessions.yaml': example }, { ledger: 'artifact' });
    expect(summary).toContain(
      'The ledger was not read\\: workflow artifacts are only available inside a GitHub Actions job\\.',
    );
  });

  it('a corrupt ledger file is ignored with a warning, never trusted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ledger-'));
    await writeFile(join(dir, 'ledger.json'), '{"schemaVersion": 9}');
    const { outputs } = await runAction(
      { 'sessions.yaml': example },
      { ledger: join(dir, 'ledger.json') },
    );
    expect(outputs.verdict).toBeDefined();
    expect(log).toContain(
      '::warning::The ledger was ignored: the ledger is not a version 1 ledger',
    );
  });
});

describe('the required check on a pull request', () => {
  const base = `version: 1
capacity: 3
categories: [Security, Graph]
sessions:
  - {name: a, category: Security, status: needs-more-work, next_action: go}
  - {name: b, category: Graph, status: needs-more-work, next_action: go}
`;

  async function check(
    head: string | undefined,
    baseText: string | undefined,
    inputs: Record<string, string> = {},
  ) {
    const github = await startFakeGitHub();
    if (baseText !== undefined) github.files.set('acme/summit/sessions.yaml@base123', baseText);
    const event = await eventFile({
      pull_request: { number: 7, base: { sha: 'base123', repo: { full_name: 'acme/summit' } } },
    });
    try {
      const result = await runAction(
        head === undefined ? {} : { 'sessions.yaml': head },
        { 'github-token': 'ghs_pr', ...inputs },
        {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: event,
          GITHUB_API_URL: github.url,
          GITHUB_REPOSITORY: 'acme/summit',
        },
      );
      return { ...result, requests: github.requests };
    } finally {
      await github.close();
    }
  }

  it('under pull_request_target the head read through the API is held to max-file-size', async () => {
    const github = await startFakeGitHub();
    github.files.set('acme/summit/sessions.yaml@base123', base);
    github.files.set('fork/summit/sessions.yaml@head456', `${base}# ${'x'.repeat(4000)}\n`);
    const event = await eventFile({
      pull_request: {
        number: 7,
        base: { sha: 'base123', repo: { full_name: 'acme/summit' } },
        head: { sha: 'head456', repo: { full_name: 'fork/summit' } },
      },
    });
    try {
      const { outputs } = await runAction(
        { 'sessions.yaml': base },
        { 'github-token': 'ghs_pr', 'max-file-size': '2KiB' },
        {
          GITHUB_EVENT_NAME: 'pull_request_target',
          GITHUB_EVENT_PATH: event,
          GITHUB_API_URL: github.url,
          GITHUB_REPOSITORY: 'acme/summit',
        },
      );
      expect(outputs.verdict).toBe('fail');
      expect(log).toContain(
        'sessions.yaml is 4.1 KiB (4215 bytes), over the 2 KiB (2048 bytes) limit',
      );
    } finally {
      await github.close();
    }
  });

  it('a base over max-file-size is not judged, and the summary says why', async () => {
    const { outputs, summary } = await check(
      `${base}  - {name: c, category: Graph, status: needs-more-work, next_action: go}\n`,
      `${base}# ${'x'.repeat(4000)}\n`,
      { 'max-file-size': '2KiB' },
    );
    expect(outputs.verdict).not.toBe('fail');
    expect(summary.replaceAll('\\', '')).toContain(
      'sessions.yaml@base is 4.1 KiB (4215 bytes), over the 2 KiB (2048 bytes) limit for a backlog; it was not parsed, so findings could not be told new from existing',
    );
  });

  it('an untouched backlog passes at once with "backlog unchanged"', async () => {
    const { outputs, summary, requests } = await check(base, base);
    expect(outputs).toMatchObject({ verdict: 'pass', violations: '[]' });
    expect(summary).toContain('backlog unchanged');
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /repos/acme/summit/contents/sessions.yaml?ref=base123',
    ]);
    expect(process.exitCode).toBeUndefined();
  });

  it('with an unexpanded github-token the check reads nothing from GitHub and says why it could not read the base', async () => {
    const { summary, requests } = await check(base, base, {
      'github-token': '${{ github.token }}',
    });
    expect(requests).toEqual([]);
    expect(summary).toContain(
      'the github\\-token input holds an expression the runner did not expand, so it was sent nowhere and the sweep goes on without live status from GitHub, so the base branch could not be read',
    );
  });

  it('adding a session at capacity fails, as introduced, on the added line', async () => {
    const head = `${base}  - {name: c, category: Graph, status: needs-more-work, next_action: go}\n`;
    const { outputs } = await check(head, base);
    expect(process.exitCode).toBe(1);
    const violations = JSON.parse(outputs.violations!) as Violation[];
    expect(violations.find((v) => v.rail === 'new-session-at-capacity')).toMatchObject({
      session: 'c',
      line: 7,
      introduced: true,
      severity: 'error',
    });
    expect(log).toContain(
      '::error title=session-sweeper%3A new-session-at-capacity,file=sessions.yaml,line=7',
    );
  });

  it('archiving one and adding one in the same change passes', async () => {
    const head =
      base.replace(
        'name: a, category: Security, status: needs-more-work',
        'name: a, category: Security, status: archived',
      ) + '  - {name: c, category: Security, status: needs-more-work, next_action: go}\n';
    const { outputs } = await check(head, base);
    expect(outputs.verdict).toBe('pass');
    expect(process.exitCode).toBeUndefined();
  });

  it('violations the base already had are reported as existing and do not fail the check', async () => {
    const coldBase = base.replace('category: Graph', 'category: Security');
    const head = coldBase.replace('name: b', 'name: b2');
    const { outputs } = await check(head, coldBase);
    const cold = (JSON.parse(outputs.violations!) as Violation[]).find(
      (v) => v.rail === 'cold-category',
    )!;
    expect(cold.introduced).toBe(false);
    expect(outputs.verdict).toBe('warn');
    expect(process.exitCode).toBeUndefined();
    await check(head, coldBase, { 'fail-on-existing': 'true' });
    expect(process.exitCode).toBe(1);
  });

  it('a new backlog file: every finding is introduced', async () => {
    const head = base.replace('category: Graph', 'category: Security');
    const { outputs, summary } = await check(head, undefined);
    expect((JSON.parse(outputs.violations!) as Violation[]).every((v) => v.introduced)).toBe(true);
    expect(summary).toContain('this pull request creates sessions\\.yaml, so every finding is new');
    expect(outputs.verdict).toBe('fail');
  });

  it('an absolute sessions-file inside the workspace is read at the base like a relative one', async () => {
    const { outputs } = await check(base, base, { 'sessions-file': '' });
    expect(outputs.verdict).toBe('pass');
  });

  it('the finding that fails the check is annotated first, ahead of existing ones', async () => {
    const many = `version: 1
capacity: 3
categories: [${Array.from({ length: 12 }, (_, i) => `C${i}`).join(', ')}]
sessions:
  - {name: a, category: C0, status: needs-more-work, next_action: go}
  - {name: b, category: C1, status: needs-more-work, next_action: go}
`;
    await check(
      `${many}  - {name: c, category: C2, status: needs-more-work, next_action: go}
`,
      many,
    );
    const errors = log.split('\n').filter((l) => l.startsWith('::error title='));
    expect(errors[0]).toContain('new-session-at-capacity');
    // Nine findings; the tenth error GitHub shows is the job's own failure line.
    expect(errors).toHaveLength(9);
    expect(log).toMatch(/^::error::A rail is broken\./m);
  });

  it('a deleted backlog file is a warning that says the nightly sweep will fail', async () => {
    const { outputs, summary } = await check(undefined, base);
    expect(outputs.verdict).toBe('warn');
    expect(summary).toContain('This pull request deletes sessions\\.yaml');
    expect(process.exitCode).toBeUndefined();
  });
});
