// npm run bench: planner scale, in-process and as a whole CLI process. Prints JSON.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBacklog } from '../src/backlog/load.js';
import { PLAYBOOK_CATEGORIES } from '../src/backlog/schema.js';
import { buildPlan } from '../src/planner/plan.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';

const SIZES = [15, 1_000, 10_000, 100_000];
const STATUSES = [
  'pr-ready',
  'pr-created',
  'needs-more-work',
  'needs-more-work',
  'blocked',
  'archived',
];

function backlogText(size: number): string {
  const lines = [`version: 1`, `capacity: ${Math.max(15, size)}`, 'sessions:'];
  for (let i = 0; i < size; i++) {
    const status = STATUSES[(i * 7) % STATUSES.length]!;
    const category = PLAYBOOK_CATEGORIES[(i * 3) % PLAYBOOK_CATEGORIES.length]!;
    const extra =
      status === 'blocked' ? ', blocker: waiting on review' : ', next_action: write the test';
    lines.push(
      `  - {name: session-${(i * 7919) % size}-${i}, category: ${category}, status: ${status}, remaining_steps: ${i % 9}${extra}}`,
    );
  }
  return lines.join('\n') + '\n';
}

function median(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return Number(samples[Math.floor(samples.length / 2)]!.toFixed(2));
}

const dir = mkdtempSync(join(tmpdir(), 'sweeper-bench-'));
const results = SIZES.map((size) => {
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
    parseMs: median(() => parseBacklog(text, file), times),
    planMs: median(() => buildPlan(loaded.backlog), times),
    renderTextMs: median(() => renderText(plan), times),
    renderMarkdownMs: median(() => renderMarkdown(plan), times),
    cliProcessMs: median(() => {
      execFileSync(process.execPath, ['dist/cli.js', file, '--format', 'json'], {
        stdio: ['ignore', 'ignore', 'inherit'],
        maxBuffer: 1 << 30,
      });
    }, times),
  };
});

console.log(
  JSON.stringify(
    {
      machine: { node: process.version, cpus: cpus().length, model: cpus()[0]?.model },
      results,
    },
    null,
    2,
  ),
);
