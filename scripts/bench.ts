// npm run bench: planner scale in-process and as a whole CLI process, and GitHub requests per
// sweep against a local fake. Prints JSON.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBacklog } from '../src/backlog/load.js';
import { PLAYBOOK_CATEGORIES } from '../src/backlog/schema.js';
import { readLiveStatus } from '../src/github/live.js';
import { buildPlan } from '../src/planner/plan.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';
import { startFakeGitHub } from '../test/helpers/fake-github.js';

const SIZES = [15, 1_000, 10_000, 100_000];
const PULL_COUNTS = [15, 100, 1_000];
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
  return Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(2));
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
    cliProcessMs: time(() => {
      execFileSync(process.execPath, ['dist/cli.js', file, '--format', 'json'], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }, times),
  };
});

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
    { token: 'bench', timing: { spacingMs: 0 } },
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
await github.close();

console.log(
  JSON.stringify(
    {
      machine: { node: process.version, cpus: cpus().length, model: cpus()[0]?.model },
      planner,
      live,
    },
    null,
    2,
  ),
);
