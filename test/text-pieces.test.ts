// A large text plan is written out in pieces as it is made, never held as one string.
import { describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import { buildPlan } from '../src/planner/plan.js';
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
