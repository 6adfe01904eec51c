// Properties of the planner over generated backlogs (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Backlog, Session } from '../src/backlog/model.js';
import { PLAYBOOK_CATEGORIES, STATUSES } from '../src/backlog/schema.js';
import { buildPlan } from '../src/planner/plan.js';
import { renderMarkdown, SUMMARY_BUDGET_BYTES } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';

const category = fc.oneof(fc.constantFrom(...PLAYBOOK_CATEGORIES), fc.constantFrom('Docs', 'ux'));

const session = (name: string) =>
  fc
    .record({
      category,
      status: fc.constantFrom(...STATUSES),
      remainingSteps: fc.nat({ max: 20 }),
      blockedFlag: fc.boolean(),
      nextAction: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
    })
    .map(({ blockedFlag, nextAction, ...rest }): Session => {
      const blocked = blockedFlag || rest.status === 'blocked';
      return {
        name,
        ...rest,
        statusText: rest.status,
        blocked,
        blockedFlag,
        ...(blocked ? { blocker: 'waiting' } : {}),
        ...(nextAction ? { nextAction } : {}),
        actions: [],
        kind: 'prompt',
        location: { file: 'sessions.yaml', line: 1, column: 1 },
      };
    });

const backlogArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 12, unit: 'binary' }), { maxLength: 40 })
  .chain((names) => fc.tuple(...names.map(session)))
  .chain((sessions) =>
    fc.record({
      capacity: fc.integer({ min: 1, max: 30 }),
      format: fc.constantFrom('sessions-yaml' as const, 'playbook-json' as const),
      sessions: fc.constant(sessions),
    }),
  )
  .chain(({ capacity, format, sessions }) =>
    fc.integer({ min: 0, max: capacity - 1 }).map((reserve): Backlog => ({
      file: 'sessions.yaml',
      format,
      capacity,
      reserve,
      agent: 'jules',
      categories: [...PLAYBOOK_CATEGORIES],
      sessions,
      warnings: [],
      prompts: [],
      incidents: [],
      cadence: { governanceEvery: 12, schedulerEvery: 30 },
      locations: {},
    })),
  );

const activeNames = (b: Backlog) =>
  b.sessions.filter((s) => s.status !== 'archived').map((s) => s.name);

describe('planner properties', () => {
  it('the close order is a permutation of the active sessions', () => {
    fc.assert(
      fc.property(backlogArb, (b) => {
        const order = buildPlan(b).closeOrder.map((s) => s.name);
        expect([...order].sort()).toEqual(activeNames(b).sort());
      }),
    );
  });

  it('the plan does not depend on the order of the file', () => {
    fc.assert(
      fc.property(
        backlogArb.chain((b) =>
          fc
            .shuffledSubarray(b.sessions, { minLength: b.sessions.length })
            .map((s) => [b, s] as const),
        ),
        ([b, shuffled]) => {
          const a = buildPlan(b);
          const c = buildPlan({ ...b, sessions: shuffled });
          expect(c.closeOrder.map((s) => [s.name, s.action])).toEqual(
            a.closeOrder.map((s) => [s.name, s.action]),
          );
          expect(c.coldCategories).toEqual(a.coldCategories);
          expect(c.freeSlotsNeeded).toBe(a.freeSlotsNeeded);
        },
      ),
    );
  });

  it('free slots needed follows max(0, active − (capacity − reserve))', () => {
    fc.assert(
      fc.property(backlogArb, (b) => {
        const active = activeNames(b).length;
        expect(buildPlan(b).freeSlotsNeeded).toBe(Math.max(0, active - (b.capacity - b.reserve)));
      }),
    );
  });

  it('adding a session never lowers free slots needed; archiving one never raises it', () => {
    fc.assert(
      fc.property(backlogArb, session('\u{10FFFF}added'), (b, extra) => {
        const before = buildPlan(b).freeSlotsNeeded;
        expect(
          buildPlan({ ...b, sessions: [...b.sessions, extra] }).freeSlotsNeeded,
        ).toBeGreaterThanOrEqual(before);
        const archivedOne = b.sessions.map((s, i) =>
          i === 0 ? { ...s, status: 'archived' as const } : s,
        );
        expect(buildPlan({ ...b, sessions: archivedOne }).freeSlotsNeeded).toBeLessThanOrEqual(
          before,
        );
      }),
    );
  });

  it('cold categories are rotation categories, in priority order, none with an active session', () => {
    fc.assert(
      fc.property(backlogArb, (b) => {
        const { coldCategories } = buildPlan(b);
        const covered = new Set(
          b.sessions.filter((s) => s.status !== 'archived').map((s) => s.category),
        );
        expect(coldCategories).toEqual(b.categories.filter((c) => !covered.has(c)));
      }),
    );
  });

  it('every active session gets exactly one plan action, and fast-track only when slots must be freed', () => {
    fc.assert(
      fc.property(backlogArb, (b) => {
        const plan = buildPlan(b);
        const actions = ['ship', 'archive', 'fast-track', 'park', 'continue'];
        for (const s of plan.closeOrder) expect(actions).toContain(s.action);
        expect(new Set(plan.closeOrder.map((s) => s.name)).size).toBe(plan.closeOrder.length);
        const fastTracked = plan.closeOrder.filter((s) => s.action === 'fast-track');
        if (plan.freeSlotsNeeded === 0) expect(fastTracked).toEqual([]);
        for (const s of fastTracked)
          expect([s.status, s.blocked]).toEqual(['needs-more-work', false]);
      }),
    );
  });

  it('rendering any plan never throws and the summary stays under the limit', () => {
    fc.assert(
      fc.property(backlogArb, (b) => {
        const plan = buildPlan(b);
        expect(() => renderText(plan)).not.toThrow();
        expect(Buffer.byteLength(renderMarkdown(plan))).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
      }),
    );
  });

  it('the summary fits any budget it is given, however long the names', () => {
    // At the real 1 MiB budget these backlogs never come close: a small one makes the cut happen.
    fc.assert(
      fc.property(backlogArb, fc.integer({ min: 4_000, max: 40_000 }), (b, budget) => {
        const markdown = renderMarkdown(buildPlan(b), budget);
        expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(budget);
        expect(markdown.startsWith('## Session sweep:')).toBe(true);
      }),
    );
  });
});
