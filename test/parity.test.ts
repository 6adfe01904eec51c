// The playbook names tools/session_sweeper.py; its users must get the same answers from us.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import { buildPlan } from '../src/planner/plan.js';
import { sweep, tempFile } from './helpers/cli.js';

const dir = join(import.meta.dirname, 'fixtures', 'playbook-tool');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));

describe("the playbook tool's own input gives the tool's answers", () => {
  it.each(cases)('%s: the plan opens with the lines the tool printed', async (name) => {
    const { args, sessions } = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as {
      args: string[];
      sessions: unknown[];
    };
    const file = await tempFile('sessions.json', JSON.stringify(sessions));

    const expected = readFileSync(join(dir, `${name}.expected.txt`), 'utf8');
    const { code, out } = await sweep([file, ...args]);
    expect(code).toBe(0);
    expect(out.startsWith(expected)).toBe(true);
    // More may follow the tool's lines, after a blank line.
    expect(out.slice(expected.length).startsWith('\n')).toBe(true);
  });
});

// The playbook tool's rules as its facts sheet states them (../shared/seed/README.md), restated
// independently here so generated backlogs can be checked against them.
const TOOL_RANK: Record<string, number> = {
  'pr-ready': 0,
  'pr-created': 0,
  'pr created': 0,
  blocked: 2,
  'needs-more-work': 3,
};
const ROTATION = [
  'Security',
  'Data Integrity',
  'Golden Path',
  'CI Stability',
  'Graph',
  'Infrastructure',
  'UX',
  'Analytics',
];

function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

interface ToolSession {
  name: string;
  status: string;
  category: string;
  remaining_steps: number;
  blocked: boolean;
}

function toolAnswers(sessions: ToolSession[], capacity: number, reserve: number) {
  const free = Math.max(0, sessions.length - (capacity - reserve));
  const listed = free || Math.min(2, sessions.length);
  const order = [...sessions].sort(
    (a, b) =>
      (TOOL_RANK[a.status] ?? 4) - (TOOL_RANK[b.status] ?? 4) ||
      a.remaining_steps - b.remaining_steps ||
      byCodePoint(a.name, b.name),
  );
  const covered = new Set(sessions.map((s) => s.category));
  return {
    observed: sessions.length,
    free,
    first: order.slice(0, listed).map((s) => `${s.name} (${s.status})`),
    cold: ROTATION.filter((c) => !covered.has(c)),
  };
}

describe("generated backlogs in the tool's JSON get the tool's answers", () => {
  const toolSession = fc.record({
    // Blank names are refused (the only extra error on the tool's own input), so none here.
    name: fc
      .string({
        minLength: 1,
        maxLength: 6,
        unit: fc.constantFrom('a', 'B', 'é', '😀', '！', ' ', 'z'),
      })
      .filter((name) => name.trim() !== ''),
    status: fc.constantFrom('pr-ready', 'pr-created', 'pr created', 'needs-more-work', 'blocked'),
    category: fc.constantFrom(...ROTATION, 'Docs'),
    remaining_steps: fc.nat({ max: 5 }),
    blocked: fc.boolean(),
  });

  it('observed, free slots needed, the close/ship list and the cold categories', () => {
    fc.assert(
      fc.property(
        fc.array(toolSession, { maxLength: 25 }),
        fc.integer({ min: 1, max: 20 }),
        fc.nat({ max: 19 }),
        (sessions, capacity, reserveSeed) => {
          const reserve = reserveSeed % capacity;
          const result = parseBacklog(
            JSON.stringify(sessions.map((s) => (s.blocked ? { ...s, blocker: 'x' } : s))),
            'sessions.json',
          );
          if (!result.ok) throw new Error(result.errors[0]!.message);
          const plan = buildPlan(result.backlog, { capacity, reserve });
          const tool = toolAnswers(sessions, capacity, reserve);
          expect(plan.counts.active).toBe(tool.observed);
          expect(plan.freeSlotsNeeded).toBe(tool.free);
          expect(
            plan.closeOrder
              .slice(0, plan.closeFirst.length)
              .map((s) => `${s.name} (${s.statusText})`),
          ).toEqual(tool.first);
          expect(plan.coldCategories).toEqual(tool.cold);
        },
      ),
      { numRuns: 300 },
    );
  });
});
