import { describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import type { Backlog } from '../src/backlog/model.js';
import { compareCodePoints } from '../src/planner/order.js';
import { buildPlan, freeSlotsNeeded, type PlanSettings } from '../src/planner/plan.js';

/** A backlog from one-line session entries: `name category status [steps] [key: value...]`. */
function backlog(header: string, ...sessions: string[]): Backlog {
  const text = `version: 1\n${header}\nsessions:\n${sessions.map((s) => `  - {${s}}`).join('\n')}\n`;
  const result = parseBacklog(text, 'sessions.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.backlog;
}

const s = (name: string, category: string, status: string, extra = '') =>
  `name: ${name}, category: ${category}, status: ${status}${extra ? `, ${extra}` : ''}`;

const plan = (b: Backlog, settings?: PlanSettings) => buildPlan(b, settings);

/** One session per rotation category, so nothing is cold unless a test wants it. */
const warm = [
  'Security',
  'Data Integrity',
  'Golden Path',
  'CI Stability',
  'Graph',
  'Infrastructure',
  'UX',
  'Analytics',
].map((c, i) => s(`warm-${i}`, `"${c}"`, 'needs-more-work', 'remaining_steps: 9, next_action: go'));

describe('capacity', () => {
  it('free slots needed = max(0, active − (capacity − reserve))', () => {
    expect(freeSlotsNeeded(14, 15, 1)).toBe(0);
    expect(freeSlotsNeeded(15, 15, 1)).toBe(1);
    expect(freeSlotsNeeded(18, 15, 2)).toBe(5);
    expect(freeSlotsNeeded(0, 15, 1)).toBe(0);
  });

  it("the playbook's two-session example at capacity 2, reserve 1 needs one free slot", () => {
    const p = plan(
      backlog(
        'capacity: 2',
        s('timeline-ui', 'UX', 'pr-ready'),
        s(
          'ci-hardening',
          '"CI Stability"',
          'needs-more-work',
          'remaining_steps: 3, blocked: true, blocker: infra',
        ),
      ),
    );
    expect(p.freeSlotsNeeded).toBe(1);
    expect(p.closeOrder[0]!.name).toBe('timeline-ui');
    expect(p.coldCategories).toEqual(
      expect.arrayContaining(['Data Integrity', 'Golden Path']) as string[],
    );
  });

  it('archived sessions take no slot', () => {
    const p = plan(
      backlog(
        'capacity: 2',
        s('a', 'UX', 'archived'),
        s('b', 'UX', 'archived'),
        s('c', 'UX', 'pr-ready'),
      ),
    );
    expect(p.counts).toMatchObject({ active: 1, archived: 2 });
    expect(p.freeSlotsNeeded).toBe(0);
    expect(p.archived.map((a) => a.name)).toEqual(['a', 'b']);
  });

  it('flags override the file capacity and reserve', () => {
    const b = backlog('capacity: 15', ...warm);
    expect(plan(b).freeSlotsNeeded).toBe(0);
    expect(plan(b, { capacity: 8, reserve: 2 }).freeSlotsNeeded).toBe(2);
  });

  it('rail capacity: the reserve slot is taken (a warning at the session that took it)', () => {
    const p = plan(backlog('capacity: 9', ...warm, s('extra', 'UX', 'pr-ready')));
    const rail = p.violations.find((v) => v.rail === 'capacity')!;
    expect(rail).toMatchObject({ severity: 'warning', session: 'extra', line: 12 });
    expect(p.violations.some((v) => v.rail === 'capacity-hard')).toBe(false);
    expect(p.verdict).toBe('warn');
  });

  it('rail capacity-hard: more active sessions than the cap fails, at the first one over it', () => {
    const p = plan(backlog('capacity: 7', ...warm));
    const rail = p.violations.find((v) => v.rail === 'capacity-hard')!;
    expect(rail).toMatchObject({ severity: 'error', session: 'warm-7' });
    expect(rail.message).toBe('8 active sessions exceed the hard cap of 7 by 1.');
    expect(p.verdict).toBe('fail');
  });

  it('no rail is broken when every category is warm and a slot is free', () => {
    const p = plan(backlog('', ...warm));
    expect(p.violations).toEqual([]);
    expect(p.verdict).toBe('pass');
  });
});

describe('close/ship order', () => {
  it('PR-ready and PR-created first, then blocked, then needs more work', () => {
    const p = plan(
      backlog(
        '',
        s('n', 'UX', 'needs-more-work', 'remaining_steps: 0, next_action: x'),
        s('b', 'UX', 'blocked', 'blocker: y'),
        s('c', 'UX', 'pr-created', 'remaining_steps: 2'),
        s('r', 'UX', 'pr-ready', 'remaining_steps: 1'),
      ),
    );
    expect(p.closeOrder.map((x) => x.name)).toEqual(['r', 'c', 'b', 'n']);
  });

  it('within a rank, fewest remaining steps first', () => {
    const p = plan(
      backlog(
        '',
        s('a', 'UX', 'pr-ready', 'remaining_steps: 3'),
        s('b', 'UX', 'pr-ready', 'remaining_steps: 1'),
        s('c', 'UX', 'pr-ready', 'remaining_steps: 2'),
      ),
    );
    expect(p.closeOrder.map((x) => x.name)).toEqual(['b', 'c', 'a']);
  });

  it("each session's reason names its own blocker or next action, whatever its neighbours share", () => {
    const p = plan(
      backlog(
        'capacity: 20',
        s('a1', 'UX', 'needs-more-work', 'remaining_steps: 2, next_action: write the test'),
        s('a2', 'UX', 'needs-more-work', 'remaining_steps: 2, next_action: write the test'),
        s('a3', 'UX', 'needs-more-work', 'remaining_steps: 2, next_action: fix the docs'),
        s('a4', 'UX', 'needs-more-work', 'remaining_steps: 2, next_action: write the test'),
        s('a5', 'UX', 'needs-more-work', 'remaining_steps: 2'),
        s('b1', 'UX', 'blocked', 'blocker: infra'),
        s('b2', 'UX', 'blocked', 'blocker: infra'),
        s('b3', 'UX', 'blocked', 'blocker: review'),
        s('b4', 'UX', 'blocked', 'blocker: infra'),
      ),
    );
    const reasons = Object.fromEntries(p.closeOrder.map((x) => [x.name, x.reason]));
    const parked = (why: string) =>
      `Blocked (${why}): log the blocker in the session update and switch to the next session.`;
    expect(reasons).toEqual({
      a1: 'Next action: write the test',
      a2: 'Next action: write the test',
      a3: 'Next action: fix the docs',
      a4: 'Next action: write the test',
      a5: 'Needs more work, and no next action is recorded.',
      b1: parked('infra'),
      b2: parked('infra'),
      b3: parked('review'),
      b4: parked('infra'),
    });
  });

  it('ties are broken by name in code point order, never by locale', () => {
    const names = ['b', 'B', 'á', 'a', '😀', '！'];
    const p = plan(backlog('', ...names.map((n) => s(`"${n}"`, 'UX', 'pr-ready'))));
    expect(p.closeOrder.map((x) => x.name)).toEqual(['B', 'a', 'b', 'á', '！', '😀']);
  });

  it('compares astral characters after every BMP character, as code points do', () => {
    expect(compareCodePoints('😀', '！')).toBeGreaterThan(0);
    expect(compareCodePoints('！', '😀')).toBeLessThan(0);
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'a')).toBe(0);
  });

  it('in sessions.yaml, blocked: true ranks as blocked whatever the status', () => {
    const p = plan(
      backlog(
        '',
        s('ready-but-blocked', 'UX', 'pr-ready', 'blocked: true, blocker: legal review'),
        s('work', 'UX', 'needs-more-work', 'remaining_steps: 0, next_action: x'),
        s('ready', 'UX', 'pr-ready', 'remaining_steps: 5'),
      ),
    );
    expect(p.closeOrder.map((x) => [x.name, x.rank])).toEqual([
      ['ready', 0],
      ['ready-but-blocked', 2],
      ['work', 3],
    ]);
  });

  it("the playbook tool's JSON keeps the tool's rank: the status alone decides", () => {
    const result = parseBacklog(
      JSON.stringify([
        { name: 'w', status: 'needs-more-work', remaining_steps: 0, blocked: true, blocker: 'x' },
        { name: 'b', status: 'blocked', remaining_steps: 5 },
      ]),
      'x.json',
    );
    if (!result.ok) throw new Error('unexpected');
    expect(plan(result.backlog).closeOrder.map((x) => x.name)).toEqual(['b', 'w']);
  });

  it('lists as many exits as slots to free, or the next two when none must be freed', () => {
    const four = ['a', 'b', 'c', 'd'].map((n) => s(n, 'UX', 'pr-ready'));
    expect(plan(backlog('capacity: 10', ...four)).closeFirst).toEqual(['a', 'b']);
    expect(plan(backlog('capacity: 2', ...four)).closeFirst).toEqual(['a', 'b', 'c']);
    expect(plan(backlog('capacity: 10', four[0]!)).closeFirst).toEqual(['a']);
  });
});

describe('plan actions', () => {
  const actions = (b: Backlog) =>
    Object.fromEntries(plan(b).closeOrder.map((x) => [x.name, x.action]));

  it('ship a PR-ready session, archive one whose PR exists, park a blocked one, continue the rest', () => {
    expect(
      actions(
        backlog(
          '',
          s('r', 'UX', 'pr-ready'),
          s('c', 'UX', 'pr-created'),
          s('b', 'UX', 'needs-more-work', 'blocked: true, blocker: waiting on infra'),
          s('n', 'UX', 'needs-more-work', 'next_action: write the test'),
        ),
      ),
    ).toEqual({ r: 'ship', c: 'archive', b: 'park', n: 'continue' });
  });

  it('park says what blocks the session', () => {
    const p = plan(backlog('', s('b', 'UX', 'blocked', 'blocker: waiting on infra')));
    expect(p.closeOrder[0]!.reason).toBe(
      'Blocked (waiting on infra): log the blocker in the session update and switch to the next session.',
    );
  });

  it('continue carries the recorded next action', () => {
    const p = plan(backlog('', s('n', 'UX', 'needs-more-work', 'next_action: write the test')));
    expect(p.closeOrder[0]!.reason).toBe('Next action: write the test');
  });

  it('when full, fast-track the nearest-to-finish session that still needs work', () => {
    const p = plan(
      backlog(
        'capacity: 3',
        s('far', 'UX', 'needs-more-work', 'remaining_steps: 5, next_action: x'),
        s('near', 'UX', 'needs-more-work', 'remaining_steps: 1, next_action: x'),
        s('mid', 'UX', 'needs-more-work', 'remaining_steps: 3, next_action: x'),
      ),
    );
    expect(p.freeSlotsNeeded).toBe(1);
    expect(p.closeOrder.map((x) => [x.name, x.action])).toEqual([
      ['near', 'fast-track'],
      ['mid', 'continue'],
      ['far', 'continue'],
    ]);
  });

  it('fast-tracks as many sessions as shipping and archiving leave uncovered', () => {
    const p = plan(
      backlog(
        'capacity: 4',
        s('r', 'UX', 'pr-ready'),
        ...['a', 'b', 'c', 'd'].map((n, i) =>
          s(n, 'UX', 'needs-more-work', `remaining_steps: ${i + 1}, next_action: x`),
        ),
      ),
    );
    // 5 active, 3 usable slots: 2 must go; shipping r covers one, fast-tracking a covers the other.
    expect(p.closeOrder.filter((x) => x.action === 'fast-track').map((x) => x.name)).toEqual(['a']);
  });

  it('nothing is fast-tracked while a slot is free', () => {
    const p = plan(backlog('', s('n', 'UX', 'needs-more-work', 'next_action: x')));
    expect(p.closeOrder[0]!.action).toBe('continue');
  });

  it('a session that needs more work without a next action is a warning at its line', () => {
    const p = plan(backlog('', ...warm, s('quiet', 'UX', 'needs-more-work')));
    expect(p.violations).toEqual([
      expect.objectContaining({
        rail: 'missing-next-action',
        severity: 'warning',
        session: 'quiet',
        line: 12,
      }),
    ]);
    expect(p.verdict).toBe('warn');
  });
});

describe('cold categories', () => {
  it('a rotation category with no active session is cold, in priority order', () => {
    const p = plan(backlog('', s('a', 'Graph', 'pr-ready'), s('b', 'Security', 'archived')));
    expect(p.coldCategories).toEqual([
      'Security',
      'Data Integrity',
      'Golden Path',
      'CI Stability',
      'Infrastructure',
      'UX',
      'Analytics',
    ]);
  });

  it('rail cold-category fails the plan and points at the category in the file when listed', () => {
    const p = plan(backlog('categories:\n  - Docs\n  - Security', s('a', 'Security', 'pr-ready')));
    expect(p.violations).toEqual([
      expect.objectContaining({
        rail: 'cold-category',
        severity: 'error',
        category: 'Docs',
        line: 3,
      }),
    ]);
    expect(p.verdict).toBe('fail');
  });

  it('a category outside the rotation is counted but never cold', () => {
    const p = plan(
      backlog('categories: [Security]', s('a', 'Security', 'pr-ready'), s('b', 'Docs', 'pr-ready')),
    );
    expect(p.counts.active).toBe(2);
    expect(p.coldCategories).toEqual([]);
  });
});

describe('backpressure', () => {
  it('says so when more than half the capacity needs more work', () => {
    const many = Array.from({ length: 3 }, (_, i) =>
      s(`n${i}`, 'UX', 'needs-more-work', 'next_action: x'),
    );
    expect(plan(backlog('capacity: 4', ...many)).notes[0]).toMatch(/^Backpressure: 3 of 4 slots/);
    expect(plan(backlog('capacity: 6', ...many)).notes).toEqual([]);
  });
});
