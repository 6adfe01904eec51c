// A large plan is written out in pieces as it is made, never held as one string: text and JSON.
import { describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import { buildPlan } from '../src/planner/plan.js';
import { jsonPieces } from '../src/render/json-pieces.js';
import { planJsonPieces, renderReport } from '../src/render/report.js';
import { renderText, renderTextPieces } from '../src/render/text.js';

function planOf(size: number) {
  const lines = ['version: 1', `capacity: ${size + 1}`, 'sessions:'];
  for (let i = 0; i < size; i++) {
    lines.push(
      `  - {name: session-${i}, category: UX, status: needs-more-work, remaining_steps: 2}`,
    );
  }
  const loaded = parseBacklog(`${lines.join('\n')}\n`, 'sessions.yaml');
  if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
  return buildPlan(loaded.backlog, { now: '2026-11-25T05:00:00Z' });
}

describe('the text plan in pieces', () => {
  it('comes in pieces of whole lines that make up the whole plan', () => {
    const plan = planOf(5_000);
    const pieces = Array.from(renderTextPieces(plan));
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(piece).toMatch(/\n$/);
    expect(pieces.join('')).toBe(renderText(plan));
    expect(pieces.join('')).toMatch(/^=== SESSION PLAN ===\n[\s\S]*\nVerdict: \w+\n$/);
  });

  it('a small plan is one piece', () => {
    expect(Array.from(renderTextPieces(planOf(3)))).toHaveLength(1);
  });
});

describe('plan.json in pieces', () => {
  it('the pieces of a large plan make up plan.json exactly', () => {
    const plan = planOf(5_000);
    const report = renderReport(plan, { now: '2026-11-25T05:00:00Z' });
    const pieces = Array.from(planJsonPieces(plan, report.metrics));
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(report.files['plan.json']);
  });

  it('reads as JSON.stringify with two spaces, for every kind of value', () => {
    const long = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? { i, at: [i] } : [i, 'x']));
    const value = {
      text: 'line one\nline "two" \u2028 é',
      empty: { list: [], mapping: {}, allSkipped: { a: undefined } },
      missing: undefined,
      holes: [undefined, () => 1, null, Number.NaN, -0, 1e21],
      date: new Date('2026-11-25T05:00:00Z'),
      dates: [1, new Date('2026-11-25T05:00:00Z'), { at: new Date(0) }],
      deep: { deeper: { deepest: [{ a: [1, { b: 2 }] }] }, long },
      top: long,
    };
    expect(Array.from(jsonPieces(value)).join('')).toBe(JSON.stringify(value, null, 2));
    expect(Array.from(jsonPieces([])).join('')).toBe('[]');
    expect(Array.from(jsonPieces('a')).join('')).toBe('"a"');
  });
});
