// npm run bench: planner scale (15 to 100,000 sessions, in-process and as a whole process), the
// bundles' sizes and cold starts under Node 24 (the action's runtime), and GitHub requests per
// sweep against the local fake. Prints JSON; `npm run bench -- --write` also records the numbers
// and the machine in docs/benchmarks.md. Rebuilds dist/ first (`--no-package` skips that).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parseBacklog } from '../src/backlog/load.js';
import { PLAYBOOK_CATEGORIES } from '../src/backlog/schema.js';
import { readLiveStatus } from '../src/github/live.js';
import { buildPlan } from '../src/planner/plan.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';
import { CLI_SURFACE } from '../src/surface.js';
import { startFakeGitHub, type FakeGitHub } from '../test/helpers/fake-github.js';
import { adversarialScale } from './adversarial-scale.js';
import { makeRunner, node24 } from '../test/helpers/runner.js';

const WRITE = process.argv.includes('--write');
const SIZES = [15, 1_000, 10_000, 100_000];
const PULL_COUNTS = [15, 100, 1_000];
const COLD_RUNS = 11;
const STATUSES = [
  'pr-ready',
  'pr-created',
  'needs-more-work',
  'needs-more-work',
  'blocked',
  'archived',
];

function backlogText(size: number, withPulls = false): string {
  const lines = [`version: 1`, `capacity: ${Math.max(15, size)}`, 'sessions:'];
  for (let i = 0; i < size; i++) {
    const status = withPulls ? 'pr-created' : STATUSES[(i * 7) % STATUSES.length]!;
    const category = PLAYBOOK_CATEGORIES[(i * 3) % PLAYBOOK_CATEGORIES.length]!;
    const extra =
      status === 'blocked' ? ', blocker: waiting on review' : ', next_action: write the test';
    const pr = withPulls ? `, pr: ${i + 1}` : '';
    lines.push(
      `  - {name: session-${(i * 7919) % size}-${i}, category: ${category}, status: ${status}, remaining_steps: ${i % 9}${extra}${pr}}`,
    );
  }
  return lines.join('\n') + '\n';
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(1));
}

function time(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Median wall time of a whole process, which must exit 0. */
function processMs(file: string, args: string[], times: number, env?: NodeJS.ProcessEnv): number {
  return time(() => {
    const run = spawnSync(file, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    if (run.status !== 0)
      throw new Error(`${file} ${args.join(' ')} failed: ${run.stderr.toString()}`);
  }, times);
}

if (!process.argv.includes('--no-package')) {
  execFileSync('npm', ['run', '-s', 'package'], { stdio: 'inherit' });
}
const node = node24();
const progress = (what: string) => {
  console.error(`bench: ${what}`);
};
progress('planner scale');
const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();

// Planner scale: each stage in-process (this Node), and the bundled CLI as a process (Node 24).
const dir = mkdtempSync(join(tmpdir(), 'sweeper-bench-'));
const planner = SIZES.map((size) => {
  const text = backlogText(size);
  const file = join(dir, `sessions-${size}.yaml`);
  writeFileSync(file, text);
  const times = size >= 100_000 ? 3 : 7;
  const loaded = parseBacklog(text, file);
  if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
  const plan = buildPlan(loaded.backlog);
  return {
    sessions: size,
    fileBytes: statSync(file).size,
    parseMs: time(() => parseBacklog(text, file), times),
    planMs: time(() => buildPlan(loaded.backlog), times),
    renderTextMs: time(() => renderText(plan), times),
    renderMarkdownMs: time(() => renderMarkdown(plan), times),
    // Files over 2 MiB are refused unless the limit is raised, as a user of 100,000 sessions would.
    cliProcessMs: processMs(
      node,
      ['dist/cli.js', file, '--format', 'json', '--max-file-size', '64MiB'],
      times,
    ),
  };
});

// Files built to make one rule do the most work, at two sizes: the time should grow with N.
progress('adversarial scale');
const ADVERSARIAL_SIZES = [1_000, 10_000];
const adversarial = adversarialScale(ADVERSARIAL_SIZES);

progress('bundles and cold start');
// Bundle sizes: what the runner loads for the action, and what the command ships.
function files(folder: string, match: (name: string) => boolean): string[] {
  return readdirSync(folder)
    .filter(match)
    .map((name) => join(folder, name));
}
function sizes(paths: string[]) {
  return {
    files: paths.length,
    bytes: paths.reduce((sum, p) => sum + statSync(p).size, 0),
    gzipBytes: paths.reduce((sum, p) => sum + gzipSync(readFileSync(p)).length, 0),
  };
}
const actionChunks = files('dist', (n) => /^\d+\.index\.js$/.test(n));
const bundles = {
  actionEntry: sizes(['dist/index.js']),
  actionChunks: sizes(actionChunks),
  largestActionChunk: Math.max(...actionChunks.map((p) => statSync(p).size)),
  cli: sizes(['dist/cli.js', ...files('dist/cli', (n) => n.endsWith('.js'))]),
};

// Cold start under Node 24: the action's offline sweep as the runner starts it, and the command.
const workspaceFiles = { 'sessions.yaml': readFileSync('examples/sessions.yaml', 'utf8') };
const offline = await makeRunner(workspaceFiles, {
  'sessions-file': 'sessions.yaml',
  'github-token': '',
  ledger: 'off',
  mode: 'enforce',
});
const actionEnv = { PATH: process.env.PATH ?? '', ...offline.env, GITHUB_ACTIONS: 'true' };
const coldStart = {
  runs: COLD_RUNS,
  nodeOnlyMs: processMs(node, ['-e', '0'], COLD_RUNS),
  actionOfflineSweepMs: time(() => {
    // The runner appends to these files; start each run from the same state.
    writeFileSync(offline.env.GITHUB_OUTPUT!, '');
    writeFileSync(offline.env.GITHUB_STEP_SUMMARY!, '');
    const run = spawnSync(node, [join(process.cwd(), 'dist/index.js')], {
      cwd: offline.workspace,
      env: actionEnv,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (run.status !== 0) throw new Error(`dist/index.js failed: ${run.stderr.toString()}`);
  }, COLD_RUNS),
  cliVersionMs: processMs(node, ['dist/cli.js', '--version'], COLD_RUNS),
  cliExamplePlanMs: processMs(node, ['dist/cli.js', 'examples/sessions.yaml'], COLD_RUNS),
};
const offlineOutputs = await offline.outputs();
if (offlineOutputs.verdict !== 'pass')
  throw new Error('the offline sweep of the example must pass');

progress('GitHub requests');
// Live status: batched GraphQL through the real client, against one REST call per pull request.
const github = await startFakeGitHub();
const live = [];
for (const count of PULL_COUNTS) {
  github.pulls.splice(
    0,
    Infinity,
    ...Array.from({ length: count }, (_, i) => ({
      owner: 'acme',
      repo: 'summit',
      number: i + 1,
      checks: [{ name: 'test', conclusion: 'SUCCESS' }],
    })),
  );
  const loaded = parseBacklog(backlogText(count, true), 'sessions.yaml');
  if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
  github.requests.length = 0;
  const start = performance.now();
  const status = await readLiveStatus(
    {
      apiUrl: github.url,
      graphqlUrl: `${github.url}/graphql`,
      serverUrl: 'https://github.com',
      repository: { owner: 'acme', repo: 'summit' },
    },
    // No pause between requests here; on GitHub the client waits a second between queries.
    { token: 'bench', surface: CLI_SURFACE, timing: { spacingMs: 0 } },
    loaded.backlog.sessions,
  );
  const graphqlMs = performance.now() - start;
  const restStart = performance.now();
  for (let n = 1; n <= count; n++) {
    const response = await fetch(`${github.url}/repos/acme/summit/pulls/${n}`);
    await response.json();
  }
  const restMs = performance.now() - restStart;
  live.push({
    pullRequests: count,
    graphqlRequests: status.api.requests,
    graphqlMs: Number(graphqlMs.toFixed(1)),
    restRequests: count,
    restMs: Number(restMs.toFixed(1)),
    pausesOnGitHubSeconds: Math.max(0, status.api.requests - 1),
  });
}

// Requests per sweep: the action bundle end to end against the fake, as a workflow runs it.
const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const artifactEnv = {
  // The runtime token is a JWT the artifact client only decodes, for its run and job ids.
  ACTIONS_RUNTIME_TOKEN: `${part({ alg: 'none' })}.${part({ scp: 'Actions.Results:run-1:job-1' })}.sig`,
  ACTIONS_RESULTS_URL: `${github.url}/`,
  GITHUB_WORKFLOW_REF: 'acme/summit/.github/workflows/sweep.yml@refs/heads/main',
};
async function requestsOf(
  fake: FakeGitHub,
  head: string,
  inputs: Record<string, string>,
  event: { name: string; payload: object },
  extra: Record<string, string> = {},
): Promise<{ requests: number; byKind: Record<string, number> }> {
  const runner = await makeRunner(
    { 'sessions.yaml': head },
    { 'github-token': 'ghs_bench', ...inputs },
  );
  const eventPath = join(runner.workspace, '..', 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  fake.requests.length = 0;
  // Asynchronously: the fake answers from this process, so it must not be blocked meanwhile.
  const code = await new Promise<number>((done, fail) => {
    const child = spawn(node, [join(process.cwd(), 'dist/index.js')], {
      cwd: runner.workspace,
      env: {
        PATH: process.env.PATH ?? '',
        ...runner.env,
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/summit',
        GITHUB_API_URL: fake.url,
        GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_ACTIONS: 'true',
        ...extra,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', fail);
    child.on('exit', (status) => {
      done(status ?? 1);
    });
  });
  if (code !== 0 && code !== 1) throw new Error(`dist/index.js exited ${code}`);
  const byKind: Record<string, number> = {};
  for (const r of fake.requests) {
    const kind = r.url.startsWith('/graphql')
      ? 'graphql'
      : r.url.includes('/contents/')
        ? 'contents'
        : r.url.includes('/actions/')
          ? 'actions'
          : r.url.includes('/twirp/')
            ? 'results service'
            : r.url.startsWith('/blob/')
              ? 'blob storage'
              : 'other';
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  return { requests: fake.requests.length, byKind };
}
const example = readFileSync('examples/sessions.yaml', 'utf8');
github.pulls.splice(
  0,
  Infinity,
  ...[1412, 1398, 1420].map((number) => ({
    owner: 'acme',
    repo: 'summit',
    number,
    checks: [{ name: 'test', conclusion: 'SUCCESS' }],
  })),
  { owner: 'acme', repo: 'platform', number: 88, checks: [] },
);
// On the default branch: the ledger is read from that branch's last successful run.
const nightly = {
  name: 'schedule',
  payload: { schedule: '0 5 * * *', repository: { default_branch: 'main' } },
};
const pullRequest = {
  name: 'pull_request',
  payload: {
    pull_request: { number: 9, base: { sha: 'b45e', repo: { full_name: 'acme/summit' } } },
  },
};
github.files.set('acme/summit/sessions.yaml@b45e', example);
github.artifacts.length = 0;
github.runs.length = 0;
const firstWithLedger = await requestsOf(
  github,
  example,
  { ledger: 'artifact' },
  nightly,
  artifactEnv,
);
for (const artifact of github.artifacts) artifact.runId = 41;
github.runs.push(41);
const sweeps = {
  backlog: 'examples/sessions.yaml (14 active sessions, 4 pull requests)',
  nightlyLedgerOff: await requestsOf(github, example, { ledger: 'off' }, nightly),
  nightlyFirstWithLedgerArtifact: firstWithLedger,
  nightlyLaterWithLedgerArtifact: await requestsOf(
    github,
    example,
    { ledger: 'artifact' },
    nightly,
    artifactEnv,
  ),
  pullRequestBacklogUnchanged: await requestsOf(github, example, {}, pullRequest),
  pullRequestBacklogChanged: await requestsOf(
    github,
    example.replace('remaining_steps: 2\n', 'remaining_steps: 1\n'),
    {},
    pullRequest,
  ),
};
await github.close();

const cpu = cpus();
const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    nodeInProcess: process.version,
    nodeRuntime: nodeVersion,
  },
  planner,
  adversarial,
  bundles,
  coldStart,
  live,
  sweeps,
};
console.log(JSON.stringify(results, null, 2));

if (WRITE) {
  writeFileSync('docs/benchmarks.md', benchmarksMarkdown(results));
  execFileSync('npx', ['--no-install', 'prettier', '--write', 'docs/benchmarks.md'], {
    stdio: 'ignore',
  });
  console.error('wrote docs/benchmarks.md');
}

function benchmarksMarkdown(r: typeof results): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const head = (cells: string[]) => [row(cells), row(cells.map(() => '---'))].join('\n');
  const kinds = (k: Record<string, number>) =>
    Object.entries(k)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ') || 'none';
  return `# Benchmarks

Measured by \`npm run bench -- --write\` on ${r.date}, which rewrites this file. Numbers are
medians; they vary with the machine, so compare runs on the same one.

**Machine**: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.os}.

**Node**: ${r.machine.nodeInProcess} for the in-process stages; ${r.machine.nodeRuntime} for the bundles, the action's runtime (\`runs.using: node24\`).

## Planner scale

A generated backlog of N sessions across the eight categories, every status. In-process: read
and check the YAML, plan, render the text plan and the job summary. Whole process: \`node
dist/cli.js sessions.yaml --format json --max-file-size 64MiB\`, start to exit.

${head(['Sessions', 'File', 'Parse ms', 'Plan ms', 'Text ms', 'Summary ms', 'Whole process ms'])}
${r.planner
  .map((p) =>
    row([
      p.sessions.toLocaleString('en-US'),
      kb(p.fileBytes),
      p.parseMs,
      p.planMs,
      p.renderTextMs,
      p.renderMarkdownMs,
      p.cliProcessMs,
    ]),
  )
  .join('\n')}

## Adversarial scale

Backlogs built to make one rule do the most work, each read, checked, planned and rendered
(text plan and job summary) in-process; the best of three runs. Growth is the time at
${ADVERSARIAL_SIZES.at(-1)!.toLocaleString('en-US')} over the time at ${ADVERSARIAL_SIZES[0]!.toLocaleString('en-US')}: ten times the input, so about 10 is linear.

${head(['Backlog', ...ADVERSARIAL_SIZES.map((n) => `N = ${n.toLocaleString('en-US')} ms`), 'Growth', 'File at largest N'])}
${r.adversarial
  .map((a) =>
    row([
      `${a.scenario}: ${a.what}`,
      ...a.runs.map((run) => run.ms),
      `×${a.growth}`,
      kb(a.runs.at(-1)!.bytes),
    ]),
  )
  .join('\n')}

## Bundles

${head(['Bundle', 'Files', 'Size', 'Gzipped'])}
${row(['`dist/index.js` (the action, loaded at start)', r.bundles.actionEntry.files, kb(r.bundles.actionEntry.bytes), kb(r.bundles.actionEntry.gzipBytes)])}
${row(['`dist/*.index.js` (chunks loaded on demand: GitHub client, artifacts)', r.bundles.actionChunks.files, kb(r.bundles.actionChunks.bytes), kb(r.bundles.actionChunks.gzipBytes)])}
${row(['`dist/cli.js` and `dist/cli/` (the command)', r.bundles.cli.files, kb(r.bundles.cli.bytes), kb(r.bundles.cli.gzipBytes)])}

The largest chunk (${kb(r.bundles.largestActionChunk)}) is the artifact client: it is loaded only when the ledger or the plan artifact is used.

## Cold start (Node ${r.machine.nodeRuntime.slice(1)}, median of ${r.coldStart.runs})

${head(['Run', 'ms'])}
${row(['`node -e 0` (Node itself)', r.coldStart.nodeOnlyMs])}
${row(['`dist/index.js`: offline sweep of the example (`github-token` empty, `ledger: off`), outputs and summary written', r.coldStart.actionOfflineSweepMs])}
${row(['`dist/cli.js --version`', r.coldStart.cliVersionMs])}
${row(['`dist/cli.js examples/sessions.yaml`', r.coldStart.cliExamplePlanMs])}

## GitHub requests

Live status for N sessions with pull requests, through the real client against the local fake
GitHub: aliased GraphQL, 50 pull requests a request, against one REST call per pull request. On
GitHub the client waits a second between queries.

${head(['Pull requests', 'GraphQL requests', 'GraphQL ms', 'REST requests', 'REST ms'])}
${r.live.map((l) => row([l.pullRequests.toLocaleString('en-US'), l.graphqlRequests, l.graphqlMs, l.restRequests, l.restMs])).join('\n')}

Whole sweeps by \`dist/index.js\` against the fake, counting every request; the backlog is ${r.sweeps.backlog}:

${head(['Sweep', 'Requests', 'Which'])}
${row(['Nightly, `ledger: off`', r.sweeps.nightlyLedgerOff.requests, kinds(r.sweeps.nightlyLedgerOff.byKind)])}
${row(['Nightly, ledger artifact, first sweep', r.sweeps.nightlyFirstWithLedgerArtifact.requests, kinds(r.sweeps.nightlyFirstWithLedgerArtifact.byKind)])}
${row(['Nightly, ledger artifact, a later sweep', r.sweeps.nightlyLaterWithLedgerArtifact.requests, kinds(r.sweeps.nightlyLaterWithLedgerArtifact.byKind)])}
${row(['Pull request, backlog unchanged', r.sweeps.pullRequestBacklogUnchanged.requests, kinds(r.sweeps.pullRequestBacklogUnchanged.byKind)])}
${row(['Pull request, backlog changed', r.sweeps.pullRequestBacklogChanged.requests, kinds(r.sweeps.pullRequestBacklogChanged.byKind)])}
`;
}
