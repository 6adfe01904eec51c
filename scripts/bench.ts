// npm run bench: planner scale (15 to 100,000 sessions, in-process and as a whole process, YAML
// and JSON), the bundles' sizes, cold starts against Node's own start (`node -e 0`) under Node 24
// (the action's runtime) and Node 20, the goals those make, and GitHub requests per sweep against
// the local fake. Prints JSON; `npm run bench -- --write` also records the numbers and the machine
// in docs/benchmarks.md. Rebuilds dist/ first (`--no-package` skips that).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadBacklogReaders, parseBacklog } from '../src/backlog/load.js';
import { PLAYBOOK_CATEGORIES } from '../src/backlog/format.js';
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
const COLD_RUNS = 21;
const STATUSES = [
  'pr-ready',
  'pr-created',
  'needs-more-work',
  'needs-more-work',
  'blocked',
  'archived',
];

function backlogData(size: number, withPulls = false) {
  const sessions = [];
  for (let i = 0; i < size; i++) {
    const status = withPulls ? 'pr-created' : STATUSES[(i * 7) % STATUSES.length]!;
    sessions.push({
      name: `session-${(i * 7919) % size}-${i}`,
      category: PLAYBOOK_CATEGORIES[(i * 3) % PLAYBOOK_CATEGORIES.length]!,
      status,
      remaining_steps: i % 9,
      ...(status === 'blocked'
        ? { blocker: 'waiting on review' }
        : { next_action: 'write the test' }),
      ...(withPulls ? { pr: i + 1 } : {}),
    });
  }
  return { version: 1, capacity: Math.max(15, size), sessions };
}

/** The generated backlog as sessions.yaml, one flow mapping a session. */
function backlogText(size: number, withPulls = false): string {
  const data = backlogData(size, withPulls);
  const lines = [`version: 1`, `capacity: ${data.capacity}`, 'sessions:'];
  for (const s of data.sessions) {
    const fields = Object.entries(s).map(([key, value]) => `${key}: ${value}`);
    lines.push(`  - {${fields.join(', ')}}`);
  }
  return lines.join('\n') + '\n';
}

/** The same backlog as JSON, as a tool that writes it would. */
const backlogJson = (size: number) => `${JSON.stringify(backlogData(size), null, 2)}\n`;

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

// Node 20 reads NODE_EXTRA_CA_CERTS at start-up (~35 ms) where it is set; every run goes without.
const ENV: NodeJS.ProcessEnv = { ...process.env };
delete ENV.NODE_EXTRA_CA_CERTS;

interface Run {
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called before each run, to start from the same state. */
  before?: () => void;
}

function runOnce(node: string, run: Run): number {
  run.before?.();
  const start = performance.now();
  const child = spawnSync(node, run.args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: run.env ?? ENV,
    ...(run.cwd ? { cwd: run.cwd } : {}),
  });
  const ms = performance.now() - start;
  if (child.status !== 0) {
    throw new Error(`${node} ${run.args.join(' ')} failed: ${child.stderr.toString()}`);
  }
  return ms;
}

/**
 * Median wall times of whole processes, every run exiting 0. The runs take turns, round after
 * round, so a busy moment on the machine falls on all of them alike, the floor included.
 */
function interleaved(node: string, runs: Record<string, Run>, rounds: number) {
  const samples: Record<string, number[]> = {};
  for (let i = 0; i < rounds; i++) {
    for (const [name, run] of Object.entries(runs)) (samples[name] ??= []).push(runOnce(node, run));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, ms]) => [name, median(ms)]));
}

// Reports the process's peak resident memory on exit, in KiB, on stderr's last line.
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\npeak-rss-kib '+process.resourceUsage().maxRSS+'\\n'))`;

function peakRssMiB(node: string, args: string[]): number {
  const child = spawnSync(node, ['--import', PEAK_RSS, ...args], {
    env: ENV,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const match = /peak-rss-kib (\d+)\s*$/.exec(child.stderr.toString());
  if (child.status !== 0 || !match)
    throw new Error(`${args.join(' ')}: ${child.stderr.toString()}`);
  return Math.round(Number(match[1]) / 1024);
}

/** A Node binary of this major version: this one, or one from the npm registry. */
function nodeOf(major: number): string {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  if (major === 24) return node24();
  return execFileSync('npx', ['-y', '-p', `node@${major}`, 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
  }).trim();
}

if (!process.argv.includes('--no-package')) {
  execFileSync('npm', ['run', '-s', 'package'], { stdio: 'inherit' });
}
await loadBacklogReaders();
// Other work on the machine stretches every wall time, Node's own start included: recorded.
const loadBefore = loadavg()[0]!;
const progress = (what: string) => {
  console.error(`bench: ${what}`);
};
const runtimes = [
  { label: 'node24', path: nodeOf(24) },
  { label: 'node20', path: nodeOf(20) },
].map((r) => ({
  ...r,
  version: execFileSync(r.path, ['--version'], { encoding: 'utf8', env: ENV }).trim(),
}));

// Planner scale: each stage in-process (this Node), and the bundled CLI as a process.
progress('planner scale');
const dir = mkdtempSync(join(tmpdir(), 'sweeper-bench-'));
interface WholeProcess {
  yamlMs: number;
  jsonMs: number;
  yamlPeakMiB: number;
  jsonPeakMiB: number;
}
const planner = SIZES.map((size) => {
  const text = backlogText(size);
  const json = backlogJson(size);
  const file = join(dir, `sessions-${size}.yaml`);
  const jsonFile = join(dir, `sessions-${size}.json`);
  writeFileSync(file, text);
  writeFileSync(jsonFile, json);
  const times = size >= 100_000 ? 3 : 7;
  const loaded = parseBacklog(text, file);
  if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
  const plan = buildPlan(loaded.backlog);
  // Files over 2 MiB are refused unless the limit is raised, as a user of 100,000 sessions would.
  const cli = (backlog: string) => [
    'dist/cli.js',
    backlog,
    '--format',
    'json',
    '--max-file-size',
    '64MiB',
  ];
  const whole: Record<string, WholeProcess> = Object.fromEntries(
    runtimes.map((r) => {
      progress(`${size} sessions, ${r.version}`);
      const ms = interleaved(
        r.path,
        { yaml: { args: cli(file) }, json: { args: cli(jsonFile) } },
        times,
      );
      return [
        r.label,
        {
          yamlMs: ms.yaml!,
          jsonMs: ms.json!,
          yamlPeakMiB: peakRssMiB(r.path, cli(file)),
          jsonPeakMiB: peakRssMiB(r.path, cli(jsonFile)),
        },
      ];
    }),
  );
  return {
    sessions: size,
    fileBytes: statSync(file).size,
    jsonBytes: statSync(jsonFile).size,
    parseMs: time(() => parseBacklog(text, file), times),
    parseJsonMs: time(() => parseBacklog(json, jsonFile), times),
    planMs: time(() => buildPlan(loaded.backlog), times),
    renderTextMs: time(() => renderText(plan), times),
    renderMarkdownMs: time(() => renderMarkdown(plan), times),
    whole,
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
  cliEntry: sizes(['dist/cli.js', 'dist/cli/index.js']),
  cli: sizes(['dist/cli.js', ...files('dist/cli', (n) => n.endsWith('.js'))]),
};

// Cold starts: the action's offline sweep as the runner starts it, and the command, each against
// Node's own start in the same rounds.
const workspaceFiles = { 'sessions.yaml': readFileSync('examples/sessions.yaml', 'utf8') };
const offline = await makeRunner(workspaceFiles, {
  'sessions-file': 'sessions.yaml',
  'github-token': '',
  ledger: 'off',
  mode: 'enforce',
});
const small = join(dir, 'sessions-15.json');
type ColdRun = 'nodeOnly' | 'cliVersion' | 'cliJson15' | 'cliExamplePlan' | 'actionOfflineSweep';
const coldRuns: Record<ColdRun, Run> = {
  nodeOnly: { args: ['-e', '0'] },
  cliVersion: { args: ['dist/cli.js', '--version'] },
  cliJson15: { args: ['dist/cli.js', small, '--format', 'json'] },
  cliExamplePlan: { args: ['dist/cli.js', 'examples/sessions.yaml'] },
  actionOfflineSweep: {
    args: [join(process.cwd(), 'dist/index.js')],
    cwd: offline.workspace,
    env: { PATH: ENV.PATH ?? '', ...offline.env, GITHUB_ACTIONS: 'true' },
    // The runner appends to these files; start each run from the same state.
    before: () => {
      writeFileSync(offline.env.GITHUB_OUTPUT!, '');
      writeFileSync(offline.env.GITHUB_STEP_SUMMARY!, '');
    },
  },
};
const coldStart = Object.fromEntries(
  runtimes.map((r) => {
    progress(`cold start, ${r.version}`);
    return [r.label, interleaved(r.path, coldRuns, COLD_RUNS)];
  }),
) as Record<string, Record<ColdRun, number>>;
const offlineOutputs = await offline.outputs();
if (offlineOutputs.verdict !== 'pass')
  throw new Error('the offline sweep of the example must pass');

/** The goals of "fast and light", each with its measure on a runtime. */
function goals(label: string) {
  const cold = coldStart[label]!;
  const floor = cold.nodeOnly;
  const at = (size: number) => planner.find((p) => p.sessions === size)!.whole[label]!;
  const overFloor = (name: string, ms: number, limit: number) => ({
    goal: `${name}: at most Node's start + ${limit} ms`,
    measured: `${ms} ms = ${floor} + ${(ms - floor).toFixed(1)} ms (${(ms / floor).toFixed(2)}× Node's start)`,
    met: ms - floor <= limit,
  });
  const within = (name: string, ms: number, limit: number) => ({
    goal: `${name}: at most ${limit} ms`,
    measured: `${ms} ms (${(ms / floor).toFixed(1)}× Node's start)`,
    met: ms <= limit,
  });
  const memory = (name: string, mib: number, limit: number) => ({
    goal: `${name}: peak memory at most ${limit} MB`,
    measured: `${Math.round((mib * 2 ** 20) / 1e6)} MB`,
    met: (mib * 2 ** 20) / 1e6 <= limit,
  });
  return [
    overFloor('`dist/cli.js` on 15 sessions in JSON (`--format json`)', cold.cliJson15, 20),
    overFloor('`dist/cli.js --version`', cold.cliVersion, 10),
    overFloor('`dist/index.js` offline sweep of the example', cold.actionOfflineSweep, 60),
    within('10,000 sessions, YAML', at(10_000).yamlMs, 150),
    within('10,000 sessions, JSON', at(10_000).jsonMs, 150),
    within('100,000 sessions, YAML', at(100_000).yamlMs, 1000),
    within('100,000 sessions, JSON', at(100_000).jsonMs, 1000),
    memory('100,000 sessions, YAML', at(100_000).yamlPeakMiB, 400),
    memory('100,000 sessions, JSON', at(100_000).jsonPeakMiB, 400),
  ];
}
const goalsMet = Object.fromEntries(runtimes.map((r) => [r.label, goals(r.label)]));
const node = runtimes[0]!.path;

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
    runtimes: runtimes.map((r) => r.version),
    loadAverage: { start: Number(loadBefore.toFixed(1)), end: Number(loadavg()[0]!.toFixed(1)) },
  },
  planner,
  adversarial,
  bundles,
  coldStart,
  goals: goalsMet,
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
  const [n24, n20] = runtimes;
  const ms = (label: string, name: keyof (typeof r.coldStart)[string]) => {
    const cold = r.coldStart[label]!;
    return `${cold[name]} (${(cold[name] / cold.nodeOnly).toFixed(2)}×)`;
  };
  const yes = (met: boolean) => (met ? 'met' : '**missed**');
  return `# Benchmarks

Measured by \`npm run bench -- --write\` on ${r.date}, which rewrites this file. Numbers are
medians; they vary with the machine, so compare runs on the same one. Every process runs without
\`NODE_EXTRA_CA_CERTS\` (Node 20 reads it at start-up where it is set, about 35 ms), and each
cold start takes turns with \`node -e 0\`, Node's own start, so both see the machine alike.

**Machine**: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.os}; load average ${r.machine.loadAverage.start} at the start and ${r.machine.loadAverage.end} at the end (on ${r.machine.cores} cores, anything above ${r.machine.cores} means the runs waited for a core).

**Node**: ${r.machine.nodeInProcess} for the in-process stages; ${r.machine.runtimes.join(' and ')} for the bundles (the action runs on \`node24\`).

## Goals

${head(['Goal', n24!.version, 'Met', n20!.version, 'Met'])}
${r.goals[n24!.label]!.map((g, i) => {
  const other = r.goals[n20!.label]![i]!;
  return row([g.goal, g.measured, yes(g.met), other.measured, yes(other.met)]);
}).join('\n')}

## Cold start (median of ${COLD_RUNS}, and the ratio to Node's start)

${head(['Run', `${n24!.version} ms`, `${n20!.version} ms`])}
${row(['`node -e 0` (Node itself)', r.coldStart[n24!.label]!.nodeOnly, r.coldStart[n20!.label]!.nodeOnly])}
${row(['`dist/cli.js --version`', ms(n24!.label, 'cliVersion'), ms(n20!.label, 'cliVersion')])}
${row(['`dist/cli.js sessions-15.json --format json`', ms(n24!.label, 'cliJson15'), ms(n20!.label, 'cliJson15')])}
${row(['`dist/cli.js examples/sessions.yaml`', ms(n24!.label, 'cliExamplePlan'), ms(n20!.label, 'cliExamplePlan')])}
${row(['`dist/index.js`: offline sweep of the example (`github-token` empty, `ledger: off`), outputs and summary written', ms(n24!.label, 'actionOfflineSweep'), ms(n20!.label, 'actionOfflineSweep')])}

## Planner scale

A generated backlog of N sessions across the eight categories, every status, as sessions.yaml
(one flow mapping a session) and as the same document in JSON. In-process (${r.machine.nodeInProcess}): read
and check the file, plan, render the text plan and the job summary. Whole process: \`node
dist/cli.js FILE --format json --max-file-size 64MiB\`, start to exit, and its peak resident memory.

${head(['Sessions', 'YAML', 'JSON', 'Parse YAML ms', 'Parse JSON ms', 'Plan ms', 'Text ms', 'Summary ms'])}
${r.planner
  .map((p) =>
    row([
      p.sessions.toLocaleString('en-US'),
      kb(p.fileBytes),
      kb(p.jsonBytes),
      p.parseMs,
      p.parseJsonMs,
      p.planMs,
      p.renderTextMs,
      p.renderMarkdownMs,
    ]),
  )
  .join('\n')}

${head(['Sessions', ...runtimes.flatMap((n) => [`${n.version} YAML ms`, 'MB', `${n.version} JSON ms`, 'MB'])])}
${r.planner
  .map((p) =>
    row([
      p.sessions.toLocaleString('en-US'),
      ...runtimes.flatMap((n) => {
        const w = p.whole[n.label]!;
        const mb = (mib: number) => Math.round((mib * 2 ** 20) / 1e6);
        return [w.yamlMs, mb(w.yamlPeakMiB), w.jsonMs, mb(w.jsonPeakMiB)];
      }),
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
${row(['`dist/*.index.js` (chunks loaded on demand: YAML readers, GitHub client, artifacts, ...)', r.bundles.actionChunks.files, kb(r.bundles.actionChunks.bytes), kb(r.bundles.actionChunks.gzipBytes)])}
${row(['`dist/cli.js` and `dist/cli/index.js` (what `--version` and `--help` load)', r.bundles.cliEntry.files, kb(r.bundles.cliEntry.bytes), kb(r.bundles.cliEntry.gzipBytes)])}
${row(['`dist/cli.js` and `dist/cli/` (the whole command, chunks included)', r.bundles.cli.files, kb(r.bundles.cli.bytes), kb(r.bundles.cli.gzipBytes)])}

The largest chunk (${kb(r.bundles.largestActionChunk)}) is the artifact client: it is loaded only when the ledger or the plan artifact is used.

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
