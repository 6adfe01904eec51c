// The bundles as users run them: dist/index.js under Node 24 the way the runner starts it,
// and dist/cli.js as the `session-sweeper` command.
import { execFile, spawn, spawnSync, type ExecFileOptions } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Kind, OperationTypeNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../src/planner/types.js';
import { validators } from './helpers/fake-copilot.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { startFakeJules, type FakeJules } from './helpers/fake-jules.js';
import { makeRunner, node24 } from './helpers/runner.js';

const exec = promisify(execFile);

interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end and reports how it ended, failing or not. */
function runProgram(file: string, args: string[], options: ExecFileOptions = {}): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(file, args, { ...options, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
const bundle = join(import.meta.dirname, '..', 'dist', 'index.js');
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');

let node: string;
let github: FakeGitHub;

beforeAll(async () => {
  node = node24();
  // The bundle must run where the runner runs it: guard the harness itself.
  const { stdout } = await exec(node, ['--version']);
  if (!/^v2[4-9]\./.test(stdout)) throw new Error(`expected Node 24, got ${stdout}`);
  github = await startFakeGitHub();
}, 240_000);

afterAll(() => github.close());

async function runBundle(
  files: Record<string, string>,
  inputs: Record<string, string>,
  event: { name: string; payload: object } = {
    name: 'schedule',
    payload: { schedule: '0 5 * * *' },
  },
  extraEnv: Record<string, string> = {},
) {
  const runner = await makeRunner(files, { ledger: 'off', ...inputs });
  const eventPath = join(runner.workspace, '..', 'event.json');
  await writeFile(eventPath, JSON.stringify(event.payload));
  const env = {
    PATH: process.env.PATH ?? '',
    ...runner.env,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/summit',
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTIONS: 'true',
    ...extraEnv,
  };
  const result = await runProgram(node, [bundle], { env, cwd: runner.workspace });
  return { ...result, outputs: await runner.outputs(), summary: await runner.summary() };
}

describe('dist/index.js under Node 24', () => {
  it('sweeps the example backlog with live status: one GraphQL request, drift in the plan', async () => {
    github.pulls.splice(
      0,
      Infinity,
      {
        owner: 'acme',
        repo: 'summit',
        number: 1412,
        checks: [{ name: 'test', conclusion: 'SUCCESS' }],
      },
      { owner: 'acme', repo: 'summit', number: 1398, state: 'MERGED' },
      {
        owner: 'acme',
        repo: 'platform',
        number: 88,
        checks: [{ name: 'lint', conclusion: 'FAILURE' }],
      },
      { owner: 'acme', repo: 'summit', number: 1420, isDraft: true },
    );
    github.requests.length = 0;
    const example = await readFile('examples/sessions.yaml', 'utf8');
    const run = await runBundle(
      { 'sessions.yaml': example },
      { 'sessions-file': 'sessions.yaml', mode: 'enforce', 'github-token': 'ghs_fake' },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(github.requests.map((r) => `${r.method} ${r.url} ${r.authorization ?? ''}`)).toEqual([
      'POST /graphql token ghs_fake',
    ]);
    const plan = JSON.parse(await readFile(run.outputs['plan-json']!, 'utf8')) as Plan;
    const drift = Object.fromEntries(
      plan.closeOrder.map((s) => [s.name, s.drift.map((d) => d.code)]),
    );
    expect(drift['ci-cache-keys']).toEqual(['checks-failing']);
    expect(drift['timeline-ui']).toEqual(['draft']);
    expect(plan.archived.find((a) => a.name === 'ledger-checksums')?.drift[0]?.code).toBe(
      'pr-merged',
    );
    expect(plan.counts.active).toBe(13);
    expect(plan.api).toMatchObject({ enabled: true, requests: 1, retries: 0, pullRequests: 4 });
    expect(run.outputs.verdict).toBe('warn');
    expect(run.summary).toContain(
      '**Archive now** (pull request merged, slot already free): ledger\\-checksums',
    );
    expect(run.stdout).toContain('::add-mask::ghs_fake');
    expect(run.stdout.replace('::add-mask::ghs_fake', '')).not.toContain('ghs_fake');
  });

  it('fails the job with exit code 1 and annotations when a rail is broken', async () => {
    const run = await runBundle(
      {
        'ops.yaml':
          'version: 1\ncapacity: 2\nsessions:\n  - {name: a, category: UX, status: pr-ready}\n  - {name: b, category: UX, status: pr-ready}\n  - {name: c, category: UX, status: pr-ready}\n',
      },
      { 'sessions-file': 'ops.yaml' },
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toContain(
      '::error title=session-sweeper%3A capacity-hard,file=ops.yaml,line=6,col=5::',
    );
    expect(run.summary).toContain('## Session sweep: ❌ fail');
  });

  it('a broken backlog fails with its line, and never a stack trace', async () => {
    const run = await runBundle({ 'sessions.yaml': 'version: 1\nsessions: [\n' }, {});
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=session-sweeper%3A schema,file=sessions.yaml,line=',
    );
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });
});

describe('dist/index.js as a required check and a nightly sweep', () => {
  const backlog = `version: 1
capacity: 3
categories: [Security, Graph]
sessions:
  - {name: a, category: Security, status: needs-more-work, next_action: go}
  - {name: b, category: Graph, status: needs-more-work, next_action: go}
`;
  const pullRequest = {
    name: 'pull_request',
    payload: {
      pull_request: { number: 9, base: { sha: 'b45e', repo: { full_name: 'acme/summit' } } },
    },
  };

  it('a pull request that adds a session at capacity fails the check', async () => {
    github.files.set('acme/summit/sessions.yaml@b45e', backlog);
    const head = `${backlog}  - {name: c, category: Graph, status: needs-more-work, next_action: go}\n`;
    const run = await runBundle(
      { 'sessions.yaml': head },
      { 'github-token': 'ghs_pr' },
      pullRequest,
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toContain(
      '::error title=session-sweeper%3A new-session-at-capacity,file=sessions.yaml,line=7',
    );
  });

  it('a pull request that leaves the backlog alone passes at once', async () => {
    github.files.set('acme/summit/sessions.yaml@b45e', backlog);
    const run = await runBundle(
      { 'sessions.yaml': backlog },
      { 'github-token': 'ghs_pr' },
      pullRequest,
    );
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toContain('backlog unchanged');
  });

  it('a nightly sweep with a ledger file counts its cycles', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'e2e-ledger-'));
    const ledger = join(dir, 'ledger.json');
    for (let i = 0; i < 2; i++) {
      const run = await runBundle({ 'sessions.yaml': backlog }, { ledger });
      expect(run.code).toBe(0);
    }
    const kept = JSON.parse(await readFile(ledger, 'utf8')) as { sweeps: { cycle: number }[] };
    expect(kept.sweeps.map((s) => s.cycle)).toEqual([1, 2]);
  });
});

describe('the ledger as a workflow artifact', () => {
  // The runtime token is a JWT the artifact client only decodes, for its run and job ids.
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const runtimeToken = `${part({ alg: 'none' })}.${part({ scp: 'Actions.Results:run-1:job-1' })}.sig`;

  it('each sweep uploads the ledger; the next downloads it from the last successful run', async () => {
    github.artifacts.length = 0;
    github.runs.length = 0;
    const backlog = `version: 1\ncategories: [Security]\nsessions:\n  - {name: a, category: Security, status: needs-more-work, next_action: go}\n`;
    // A schedule's payload names no repository: the default branch is the ref it runs on.
    const job = { name: 'schedule', payload: { schedule: '0 5 * * *' } };
    const extra = {
      ACTIONS_RUNTIME_TOKEN: runtimeToken,
      ACTIONS_RESULTS_URL: `${github.url}/`,
      GITHUB_WORKFLOW_REF: 'acme/summit/.github/workflows/sweep.yml@refs/heads/main',
      GITHUB_REF_NAME: 'main',
    };
    const first = await runBundle(
      { 'sessions.yaml': backlog },
      { ledger: 'artifact', 'github-token': 'ghs_art' },
      job,
      extra,
    );
    expect(first.code).toBe(0);
    expect(github.artifacts.map((a) => a.name).sort()).toEqual([
      'session-sweeper-ledger',
      'session-sweeper-plan',
    ]);
    for (const artifact of github.artifacts) {
      expect(artifact.zip.length).toBeGreaterThan(0);
      artifact.runId = 41;
    }
    github.runs.push(41);
    const second = await runBundle(
      { 'sessions.yaml': backlog },
      { ledger: 'artifact', 'github-token': 'ghs_art' },
      job,
      extra,
    );
    expect(second.code).toBe(0);
    const plan = JSON.parse(await readFile(second.outputs['plan-json']!, 'utf8')) as Plan;
    expect([plan.cycle, plan.movement]).toEqual([2, 'ledger']);
    expect(github.artifacts).toHaveLength(4);
  });
});

describe('live sessions from Jules, through the bundles', () => {
  const key = 'jk-e2e-51d9a7c3';
  let jules: FakeJules;
  beforeAll(async () => {
    jules = await startFakeJules([
      { id: '101', state: 'IN_PROGRESS', repo: 'acme/summit' },
      { id: '102', state: 'AWAITING_PLAN_APPROVAL', repo: 'acme/summit', title: 'Needs a yes' },
      { id: '103', state: 'IN_PROGRESS', repo: 'acme/elsewhere' },
    ]);
    jules.perPage = 1;
  });
  afterAll(() => jules.close());

  it('dist/index.js counts the Jules account across pages, and the key reaches Jules alone', async () => {
    jules.requests.length = 0;
    const example = await readFile('examples/sessions.yaml', 'utf8');
    const run = await runBundle(
      { 'sessions.yaml': example },
      { 'github-token': '', 'jules-api-key': key, 'jules-api-url': jules.url },
    );
    expect(run.code).toBe(0);
    expect(jules.requests).toHaveLength(3);
    expect(jules.requests.every((r) => r.key === key)).toBe(true);
    const plan = JSON.parse(await readFile(run.outputs['plan-json']!, 'utf8')) as Plan;
    expect(plan.jules).toMatchObject({ enabled: true, sessions: 2, live: 2 });
    expect(plan.jules.untracked.map((j) => j.id)).toEqual(['101', '102']);
    // The cap is the account's: acme/elsewhere's live session takes a slot too.
    expect(plan.slots).toMatchObject({ jules: 2, counted: plan.slots.file + 1 });
    expect(plan.slots.account?.otherRepositories).toEqual([
      { repository: 'acme/elsewhere', live: 1 },
    ]);
    // Masked in the log, and nowhere else: log, summary, outputs, the plan files.
    expect(run.stdout).toContain(`::add-mask::${key}`);
    expect(`${run.stdout}${run.stderr}`.replace(`::add-mask::${key}`, '')).not.toContain(key);
    expect(run.summary).not.toContain(key);
    expect(JSON.stringify(run.outputs)).not.toContain(key);
    const dir = dirname(run.outputs['plan-json']!);
    for (const name of await readdir(dir)) {
      expect(await readFile(join(dir, name), 'utf8')).not.toContain(key);
    }
  });

  it("dist/index.js with dispatch on starts the plan's next prompt once, and a second sweep starts none", async () => {
    const dispatching = await startFakeJules();
    dispatching.sources = ['acme/summit'];
    try {
      const backlog = `version: 1
capacity: 3
reserve: 1
categories: [Security]
backlog:
  Security:
    active:
      - {id: sec-rbac-audit, title: Audit RBAC on the export endpoints}
`;
      const inputs = {
        'github-token': '',
        'jules-api-key': key,
        'jules-api-url': dispatching.url,
        dispatch: 'on',
        mode: 'report',
      };
      // A schedule's payload names no repository: its default branch is the ref it runs on.
      const ref = { GITHUB_REF_NAME: 'main' };
      const first = await runBundle({ 'sessions.yaml': backlog }, inputs, undefined, ref);
      expect(first.code).toBe(0);
      expect(JSON.parse(first.outputs.started!)).toEqual(['s1000']);
      expect(dispatching.sessions.map((j) => j.title)).toEqual([
        '[sec-rbac-audit] Audit RBAC on the export endpoints',
      ]);
      const second = await runBundle({ 'sessions.yaml': backlog }, inputs, undefined, ref);
      expect(JSON.parse(second.outputs.started!)).toEqual([]);
      expect(dispatching.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect(`${first.stdout}${first.stderr}`.replace(`::add-mask::${key}`, '')).not.toContain(key);
      expect(first.summary).not.toContain(key);
    } finally {
      await dispatching.close();
    }
  });

  it('dist/cli.js --jules reads the key from JULES_API_KEY and prints the Jules line', async () => {
    const run = await runProgram(
      cli,
      ['examples/sessions.yaml', '--jules', '--repo', 'acme/summit'],
      {
        env: { PATH: process.env.PATH ?? '', JULES_API_KEY: key, JULES_API_URL: jules.url },
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Jules: 2 session(s) of this repository, 2 holding a slot');
    expect(`${run.stdout}${run.stderr}`).not.toContain(key);
    const missing = await runProgram(cli, ['examples/sessions.yaml', '--jules'], {
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--jules reads the key from JULES_API_KEY, which is not set.');
  });
});

describe("Copilot's tasks, through the bundles", () => {
  const token = 'github_pat_11AAe2eCopilot';
  const julesKey = 'jk-e2e-copilot-9f3e';
  let jules: FakeJules;
  const jEntry = (i: number) =>
    `  - { name: j${i}, category: Security, status: needs-more-work, remaining_steps: 2, next_action: go, jules: j-${i} }`;
  const cEntry = (i: number) =>
    `  - { name: c${i}, category: Testing, status: needs-more-work, remaining_steps: 2, next_action: go, copilot: t-${i} }`;
  const backlog = `version: 1
capacity: 15
reserve: 1
categories: [Security, Testing]
sessions:
${Array.from({ length: 9 }, (_, i) => jEntry(i)).join('\n')}
${Array.from({ length: 4 }, (_, i) => cEntry(i)).join('\n')}
`;
  beforeAll(async () => {
    // Compiled before the bundle's first request, so none waits on it.
    validators();
    jules = await startFakeJules(
      Array.from({ length: 9 }, (_, i) => ({
        id: `j-${i}`,
        state: 'IN_PROGRESS',
        repo: 'acme/summit',
      })),
    );
  });
  afterAll(() => jules.close());

  it('dist/index.js with copilot-token counts 9 Jules sessions and 4 Copilot tasks as 13 slots', async () => {
    github.requests.length = 0;
    Object.assign(github.copilot, {
      tasks: [0, 1, 2, 3].map((i) => ({
        id: `t-${i}`,
        repo: 'acme/summit',
        state: 'in_progress' as const,
      })),
      // Two pages, so the bundle follows the Link header.
      maxPerPage: 2,
      requests: [],
      violations: [],
    });
    const run = await runBundle(
      { 'sessions.yaml': backlog },
      {
        'github-token': '',
        'jules-api-key': julesKey,
        'jules-api-url': jules.url,
        'copilot-token': token,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.summary).toContain(
      '13 / 15 slots: this repository 13 (Jules 9, Copilot 4), other repositories 0, repoless 0; the file 13 active',
    );
    expect(
      github.copilot.requests.map((r) => `${r.method} ${r.path} ${r.query.page?.[0] ?? '1'}`),
    ).toEqual(['GET /agents/repos/acme/summit/tasks 1', 'GET /agents/repos/acme/summit/tasks 2']);
    expect(github.copilot.violations).toEqual([]);
    // The input's name holds a '-': it reached the bundle, and its value was masked.
    expect(run.stdout).toContain(`::add-mask::${token}`);
    expect(`${run.stdout}${run.stderr}`.replace(`::add-mask::${token}`, '')).not.toContain(token);
    expect(run.summary).not.toContain(token);
    expect(JSON.stringify(run.outputs)).not.toContain(token);
  });

  it('dist/cli.js --copilot reads the token from COPILOT_TOKEN and prints the Copilot line', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'cli-copilot-')), 'sessions.yaml');
    await writeFile(file, backlog);
    const run = await runProgram(cli, [file, '--copilot', '--repo', 'acme/summit'], {
      env: { PATH: process.env.PATH ?? '', COPILOT_TOKEN: token, GITHUB_API_URL: github.url },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Copilot: 4 task(s) of this repository, 4 holding a slot');
    expect(`${run.stdout}${run.stderr}`).not.toContain(token);
    const missing = await runProgram(cli, [file, '--copilot', '--repo', 'acme/summit'], {
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      '--copilot reads the token from COPILOT_TOKEN, which is not set.',
    );
  });
});

describe('what the action sends to GitHub', () => {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const runtimeToken = `${part({ alg: 'none' })}.${part({ scp: 'Actions.Results:run-7:job-7' })}.sig`;
  const inJob = () => ({
    ACTIONS_RUNTIME_TOKEN: runtimeToken,
    ACTIONS_RESULTS_URL: `${github.url}/`,
    GITHUB_WORKFLOW_REF: 'acme/summit/.github/workflows/nightly-sweep.yml@refs/heads/main',
  });
  const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/\w+$/;

  /** Why a request would change something, or undefined for a read. */
  function write(request: { method: string; url: string; body: string }): string | undefined {
    const path = request.url.split('?')[0]!;
    if (request.method === 'GET') return undefined;
    if (request.method === 'POST' && path === '/graphql') {
      const document = parse((JSON.parse(request.body) as { query: string }).query);
      const operations = document.definitions.flatMap((d) =>
        d.kind === Kind.OPERATION_DEFINITION ? [d.operation] : [],
      );
      return operations.length > 0 && operations.every((o) => o === OperationTypeNode.QUERY)
        ? undefined
        : `a GraphQL ${operations.join(', ')}`;
    }
    // The artifact: the results service and the signed blob URL it hands out, not the repository.
    if (request.method === 'POST' && twirp.test(path)) return undefined;
    if (request.method === 'PUT' && /^\/blob\/\d+$/.test(path)) return undefined;
    return `${request.method} ${path}`;
  }

  it('makes no write call to the repository, in a sweep or a pull request check with live status', async () => {
    github.requests.length = 0;
    github.artifacts.length = 0;
    github.runs.length = 0;
    github.pulls.splice(
      0,
      Infinity,
      { owner: 'acme', repo: 'summit', number: 1412 },
      { owner: 'acme', repo: 'summit', number: 1398, state: 'MERGED' },
      { owner: 'acme', repo: 'platform', number: 88 },
    );
    const example = await readFile('examples/sessions.yaml', 'utf8');
    const sweep = {
      name: 'schedule',
      payload: { schedule: '0 5 * * *', repository: { default_branch: 'main' } },
    };
    // Report mode: whatever the verdict, each run goes all the way to its artifact.
    const inputs = { mode: 'report', ledger: 'artifact', 'github-token': 'ghs_read' };
    // Two sweeps, so the second downloads the ledger the first uploaded.
    expect((await runBundle({ 'sessions.yaml': example }, inputs, sweep, inJob())).code).toBe(0);
    for (const artifact of github.artifacts) artifact.runId = 70;
    github.runs.push(70);
    const second = await runBundle({ 'sessions.yaml': example }, inputs, sweep, inJob());
    expect(second.code).toBe(0);
    expect(
      (JSON.parse(await readFile(second.outputs['plan-json']!, 'utf8')) as Plan).movement,
    ).toBe('ledger');

    const checkStart = github.requests.length;
    github.files.set('acme/summit/sessions.yaml@ba5e', example);
    const head = example.replace(
      'Split the e2e suite once runners are available',
      'Split the e2e suite in two',
    );
    const check = await runBundle(
      { 'sessions.yaml': head },
      { mode: 'report', 'github-token': 'ghs_read' },
      {
        name: 'pull_request',
        payload: {
          pull_request: { number: 5, base: { sha: 'ba5e', repo: { full_name: 'acme/summit' } } },
        },
      },
      inJob(),
    );
    expect(check.code).toBe(0);
    expect(check.summary).not.toContain('backlog unchanged');

    const seen = github.requests.map((r) => `${r.method} ${r.url.split('?')[0]!}`);
    // Every kind of access ran, so the rule below judged each of them.
    for (const kind of [
      'POST /graphql',
      'GET /repos/acme/summit/contents/sessions.yaml',
      'GET /repos/acme/summit/actions/workflows/nightly-sweep.yml/runs',
      'GET /repos/acme/summit/actions/runs/70/artifacts',
      'POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact',
    ]) {
      expect(seen).toContain(kind);
    }
    // The pull request check itself read live status and the base, and uploaded its plan.
    expect(seen.slice(checkStart)).toEqual(
      expect.arrayContaining([
        'GET /repos/acme/summit/contents/sessions.yaml',
        'POST /graphql',
        'POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact',
      ]),
    );
    expect(github.requests.flatMap((r) => write(r) ?? [])).toEqual([]);
    expect(seen.filter((s) => /^(PUT|PATCH|DELETE) \/repos\//.test(s))).toEqual([]);
    // The artifact is written with the runner's own token; the workflow token only reads.
    for (const request of github.requests) {
      const path = request.url.split('?')[0]!;
      if (twirp.test(path)) expect(request.authorization).toBe(`Bearer ${runtimeToken}`);
      else if (path.startsWith('/blob/')) expect(request.authorization).toBeUndefined();
      else expect(request.authorization).toBe('token ghs_read');
    }
  });
});

describe('dist/cli.js', () => {
  it('prints the plan of the example backlog', async () => {
    const { stdout } = await exec(cli, ['examples/sessions.yaml']);
    expect(stdout).toMatch(/^=== SESSION PLAN ===\n/);
  });

  it('exits 2 on bad input and 1 on a broken rail under --enforce', async () => {
    const bad = await runProgram(cli, ['missing.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('backlog file missing.yaml was not found');
    expect((await runProgram(cli, ['examples/sessions.json', '--enforce'])).code).toBe(1);
  });

  describe('the same plan wherever it is written', () => {
    let dir: string;
    let args: string[];
    let piped: string;
    /** A backlog of 3000 Security sessions that need more work, written into `dir`. */
    const backlogOf = async (
      file: string,
      capacity: number,
      session: (i: number) => { name: string; steps: number },
    ) => {
      const sessions = Array.from({ length: 3000 }, (_, i) => {
        const { name, steps } = session(i);
        const status = 'needs-more-work';
        return {
          name,
          category: 'Security',
          status,
          remaining_steps: steps,
          next_action: 'write the test',
        };
      });
      const path = join(dir, file);
      await writeFile(path, JSON.stringify({ version: 1, capacity, sessions }));
      return path;
    };
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'sweeper-out-'));
      const backlog = await backlogOf('sessions.json', 3000, (i) => ({
        name: `session-${i}-é`,
        steps: i % 9,
      }));
      args = [cli, backlog, '--format', 'json'];
      piped = (await exec(node, args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
      expect(piped.length).toBeGreaterThan(1024 * 1024);
    });
    const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;
    /** Words as one shell command line, each quoted. */
    const line = (words: string[]) => words.map(quote).join(' ');
    const shell = (line: string) =>
      spawnSync('bash', ['-c', line], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

    it('into a file, the plan is the one a pipe gets, megabytes of it whole', async () => {
      const target = join(dir, 'plan.json');
      const fd = openSync(target, 'w');
      try {
        expect(spawnSync(node, args, { stdio: ['ignore', fd, 'pipe'] }).status).toBe(0);
      } finally {
        closeSync(fd);
      }
      const written = await readFile(target, 'utf8');
      expect(written).toBe(piped);
      expect((JSON.parse(written) as Plan).closeOrder).toHaveLength(3000);
    });

    it('into a full disk (/dev/full), one line says the output is not whole and the command exits 2', () => {
      const full = openSync('/dev/full', 'w');
      try {
        for (const run of [args, [cli, '--help'], [cli, '--version']]) {
          const ended = spawnSync(node, run, { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
          expect(ended.status).toBe(2);
          expect(ended.stderr).toBe(
            'session-sweeper: standard output could not be written (ENOSPC), so what it shows is not whole.\n',
          );
        }
      } finally {
        closeSync(full);
      }
    });

    it('into a shell pipe (`| cat`), the plan is whole', () => {
      const run = shell(`${line([node, ...args])} | cat`);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(piped);
    });

    it('into a terminal, the plan is the same text', () => {
      // `script` gives the command a terminal, which writes each line feed as CR LF.
      const command = line([node, ...args]);
      const run = shell(`script -qec ${quote(command)} /dev/null < /dev/null`);
      expect(run.status).toBe(0);
      expect(run.stdout.replaceAll('\r\n', '\n')).toBe(piped);
    });

    it('into a pipe left non-blocking whose reader is slow, the plan is whole', async () => {
      // Node makes a pipe non-blocking once anything in the process touches process.stdout; a
      // reader that waits half a second lets the pipe fill, so a write would find it full.
      const child = spawn(node, ['--import', 'data:text/javascript,process.stdout', ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.pause();
      const chunks: Buffer[] = [];
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      setTimeout(() => {
        child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.stdout.resume();
      }, 500);
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(piped);
    });

    it('a reader that stops early (`| head`) ends the command quietly, with exit code 0', async () => {
      const run = shell(
        `${line([node, ...args])} 2>${quote(join(dir, 'err'))} | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      );
      expect(run.stdout.trim()).toBe('0');
      expect(await readFile(join(dir, 'err'), 'utf8')).toBe('');
    });

    // A backlog of 3000 sessions with room for 10: its rails are broken, so --enforce exits 1.
    const broken = () =>
      backlogOf('broken.json', 10, (i) => ({ name: `broken-${i}`, steps: 1 + (i % 9) }));

    it('a reader that stops early leaves the exit code of a broken rail under --enforce: 1', async () => {
      const command = [node, cli, await broken(), '--format', 'json', '--enforce'];
      const run = shell(
        `set -o pipefail; ${line(command)} 2>${quote(join(dir, 'err'))} | head -c 100 >/dev/null; echo "$?"`,
      );
      expect(run.stdout.trim()).toBe('1');
      expect(await readFile(join(dir, 'err'), 'utf8')).toBe('');
    });

    it('a reader that stops early still gets --out and --write-ledger written', async () => {
      const out = join(dir, 'out');
      const ledger = join(dir, 'ledger.json');
      const command = [node, cli, await broken(), '--out', out, '--write-ledger', ledger];
      const run = shell(`${line(command)} | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`);
      expect(run.stdout.trim()).toBe('0');
      expect((await readdir(out)).sort()).toEqual([
        'ledger.json',
        'plan.json',
        'plan.md',
        'session-updates.md',
      ]);
      expect(JSON.parse(await readFile(ledger, 'utf8'))).toBeTruthy();
    });

    it('a bad input whose stderr reader stops early (`2>&1 | head`) still exits 2', async () => {
      const bad = join(dir, 'bad.json');
      await writeFile(bad, JSON.stringify({ version: 1, sessions: [{ name: 1 }] }));
      const run = shell(
        `${line([node, cli, bad])} 2>&1 | head -c 20 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      );
      expect(run.stdout.trim()).toBe('2');
    });
  });

  it('keeps GitHub client code out of what an offline run loads', async () => {
    for (const file of ['dist/cli/index.js', 'dist/index.js']) {
      expect(await readFile(file, 'utf8')).not.toContain('@octokit');
    }
    expect(await readFile('dist/cli/index.js', 'utf8')).not.toContain('issueCommand');
  });
});
