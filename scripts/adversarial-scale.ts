// Backlogs built to make one rule do the most work: N categories, N unknown category names, N
// incidents naming no session, N prompts, N aliases. Each is read, checked, planned and rendered
// in-process; `npm run bench` times them at two sizes and reports how the time grows.
import { performance } from 'node:perf_hooks';
import { parseBacklog } from '../src/backlog/load.js';
import { buildPlan } from '../src/planner/plan.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';

/** A name of `length` characters, unique for `i`, differing from its neighbours at the end. */
const longName = (prefix: string, i: number, length = 100) => {
  const tail = String(i).padStart(6, '0');
  return `${prefix}${'x'.repeat(Math.max(0, length - prefix.length - tail.length))}${tail}`;
};

export const ADVERSARIAL_SCENARIOS: { name: string; what: string; make: (n: number) => string }[] =
  [
    {
      name: 'categories',
      what: 'N rotation categories with one prompt each, and a slot open for every one',
      make: (n) => {
        const lines = ['version: 1', `capacity: ${n + 1}`, 'categories:'];
        for (let i = 0; i < n; i++) lines.push(`  - c${i}`);
        lines.push('sessions: []', 'backlog:');
        for (let i = 0; i < n; i++) lines.push(`  c${i}:`, `    active: [{id: p${i}, title: t}]`);
        return `${lines.join('\n')}\n`;
      },
    },
    {
      name: 'unknown names',
      what: 'N sessions whose 100-character categories are near misses of N rotation categories',
      make: (n) => {
        const lines = ['version: 1', `capacity: ${n + 1}`, 'categories:'];
        for (let i = 0; i < n; i++) lines.push(`  - ${longName('known', i)}`);
        lines.push('sessions:');
        for (let i = 0; i < n; i++) {
          lines.push(
            `  - {name: s${i}, category: ${longName('typed', i)}, status: pr-ready, remaining_steps: 1}`,
          );
        }
        return `${lines.join('\n')}\n`;
      },
    },
    {
      name: 'incidents',
      what: 'N incidents whose `hardening` names none of N sessions',
      make: (n) => {
        const lines = ['version: 1', `capacity: ${n + 1}`, 'sessions:'];
        for (let i = 0; i < n; i++) {
          lines.push(
            `  - {name: ${longName('session', i, 40)}, category: Security, status: pr-ready}`,
          );
        }
        lines.push('incidents:');
        for (let i = 0; i < n; i++) {
          lines.push(
            `  - {id: i${i}, date: 2026-11-01, category: Security, summary: s, hardening: ${longName('missing', i, 40)}}`,
          );
        }
        return `${lines.join('\n')}\n`;
      },
    },
    {
      name: 'prompts',
      what: 'N prompts in the eight categories, and a slot open for every one',
      make: (n) => {
        const categories = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
        const lines = [
          'version: 1',
          `capacity: ${n + 1}`,
          `categories: [${categories.join(', ')}]`,
        ];
        lines.push('sessions: []', 'backlog:');
        categories.forEach((c, k) => {
          lines.push(`  ${c}:`, '    active:');
          for (let i = k; i < n; i += categories.length)
            lines.push(`      - {id: p${i}, title: t}`);
        });
        return `${lines.join('\n')}\n`;
      },
    },
    {
      name: 'aliases',
      what: 'N sessions whose next action is an alias of one anchored text',
      make: (n) => {
        const lines = ['version: 1', `capacity: ${n + 1}`, 'sessions:'];
        lines.push(
          '  - {name: s0, category: Security, status: pr-ready, next_action: &next write the test}',
        );
        for (let i = 1; i < n; i++) {
          lines.push(`  - {name: s${i}, category: Security, status: pr-ready, next_action: *next}`);
        }
        return `${lines.join('\n')}\n`;
      },
    },
  ];

/** Read, check, plan and render one backlog text: milliseconds, and whether it read. */
export function sweepInProcess(text: string): { ms: number; ok: boolean } {
  const start = performance.now();
  const loaded = parseBacklog(text, 'sessions.yaml');
  if (loaded.ok) {
    const plan = buildPlan(loaded.backlog, { now: '2026-12-01T00:00:00Z' });
    renderText(plan);
    renderMarkdown(plan);
  }
  return { ms: performance.now() - start, ok: loaded.ok };
}

/** Each scenario at each size: the best of `times` runs, and the growth from the first size. */
export function adversarialScale(sizes: readonly number[], times = 3) {
  return ADVERSARIAL_SCENARIOS.map((scenario) => {
    const runs = sizes.map((n) => {
      const text = scenario.make(n);
      let best = Infinity;
      let ok = false;
      for (let i = 0; i < times; i++) {
        const run = sweepInProcess(text);
        best = Math.min(best, run.ms);
        ok = run.ok;
      }
      return { n, bytes: Buffer.byteLength(text), ms: Number(best.toFixed(1)), ok };
    });
    const first = runs[0]!;
    const last = runs[runs.length - 1]!;
    return {
      scenario: scenario.name,
      what: scenario.what,
      runs,
      growth: Number((last.ms / Math.max(first.ms, 0.1)).toFixed(1)),
    };
  });
}
