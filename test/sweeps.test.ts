// Rails across sweeps (the ledger) and across a change (a pull request against its base).
import { describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import type { Backlog } from '../src/backlog/model.js';
import { judgeChange } from '../src/planner/change.js';
import { LEDGER_KEEP, recordDispatch, recordedStarts, type Ledger } from '../src/planner/ledger.js';
import { parseLedger } from '../src/planner/ledger-file.js';
import { nextLedger } from '../src/planner/movement.js';
import { buildPlan, type PlanSettings } from '../src/planner/plan.js';

function backlog(header: string, ...sessions: string[]): Backlog {
  const text = `version: 1\n${header}\nsessions:\n${sessions.map((s) => `  - {${s}}`).join('\n')}\n`;
  const result = parseBacklog(text, 'sessions.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.backlog;
}

const s = (name: string, category: string, status = 'needs-more-work', extra = 'next_action: go') =>
  `name: ${name}, category: ${category}, status: ${status}, ${extra}`;

const TWO = 'categories: [Security, Graph]';
const hours = (h: number) =>
  new Date(Date.parse('2026-11-25T05:00:00Z') + h * 3_600_000).toISOString();

/** Runs sweeps in order, each over its backlog, carrying the ledger: returns every plan. */
function sweeps(backlogs: Backlog[], settings: Omit<PlanSettings, 'movement'> = {}) {
  let ledger: Ledger | undefined;
  return backlogs.map((b, i) => {
    const now = hours(24 * i);
    const movement = { now, coldAfterSweeps: 2, coldAfterHours: 48, ...(ledger ? { ledger } : {}) };
    const plan = buildPlan(b, { ...settings, movement });
    ledger = nextLedger(plan, ledger, now);
    return plan;
  });
}

const steps = (n: number) => `remaining_steps: ${n}, next_action: go`;

describe('the sweep ledger', () => {
  it('counts cycles and keeps the last 60 sweeps', () => {
    const b = backlog(TWO, s('a', 'Security'), s('b', 'Graph'));
    let ledger: Ledger | undefined;
    for (let i = 0; i < 65; i++) {
      const plan = buildPlan(b, {
        movement: {
          now: hours(i),
          coldAfterSweeps: 2,
          coldAfterHours: 48,
          ...(ledger ? { ledger } : {}),
        },
      });
      expect(plan.cycle).toBe(i + 1);
      ledger = nextLedger(plan, ledger, hours(i));
    }
    expect(ledger!.sweeps).toHaveLength(LEDGER_KEEP);
    expect(ledger!.sweeps[0]!.cycle).toBe(6);
    expect(ledger!.sweeps.at(-1)!.sessions.a).toMatchObject({
      category: 'Security',
      status: 'needs-more-work',
    });
  });

  it('a prompt dispatch started stays started after its sweep leaves the ledger: never offered again, 65 sweeps later', () => {
    const parsed = parseBacklog(
      `version: 1
capacity: 5
categories: [Security]
sessions:
  - {name: a, category: Security, status: needs-more-work, next_action: go}
backlog:
  Security:
    active:
      - {id: sec-audit, title: Audit the export}
      - {id: sec-tokens, title: Rotate the tokens}
`,
      'sessions.yaml',
    );
    if (!parsed.ok) throw new Error('backlog');
    let ledger: Ledger | undefined;
    for (let i = 0; i < 65; i++) {
      const movement = {
        now: hours(i),
        coldAfterSweeps: 2,
        coldAfterHours: 48,
        ...(ledger ? { ledger } : {}),
      };
      const plan = buildPlan(parsed.backlog, { movement });
      const offered = plan.recommendations.flatMap((r) => (r.prompt ? [r.prompt] : []));
      if (i === 0) expect(offered).toContain('sec-audit');
      else expect(offered).not.toContain('sec-audit');
      ledger = nextLedger(plan, ledger, hours(i));
      if (i === 0) {
        const started = [{ prompt: 'sec-audit', category: 'Security', session: 's-1' }];
        ledger = recordDispatch(ledger, { started, archived: [], approved: [] }, new Map());
      }
      // Read back as the next sweep reads it: the file carries the start.
      const read = parseLedger(JSON.stringify(ledger));
      if (!('ledger' in read)) throw new Error(read.problem);
      ledger = read.ledger;
    }
    expect(ledger!.sweeps[0]!.cycle).toBe(6);
    expect(ledger!.starts).toEqual([{ prompt: 'sec-audit', session: 's-1', time: hours(0) }]);
    expect(recordedStarts(ledger).get('sec-audit')).toEqual({ session: 's-1', time: hours(0) });
  });

  it('a category warms up, goes cold after two quiet sweeps, and warms again', () => {
    const moving = (n: number) =>
      backlog(
        TWO,
        s('a', 'Security', 'needs-more-work', steps(n)),
        s('b', 'Graph', 'needs-more-work', steps(9 - n)),
      );
    const quietGraph = (n: number) =>
      backlog(
        TWO,
        s('a', 'Security', 'needs-more-work', steps(n)),
        s('b', 'Graph', 'needs-more-work', steps(5)),
      );
    const plans = sweeps([
      moving(1),
      moving(2),
      quietGraph(3),
      quietGraph(4),
      quietGraph(5),
      moving(6),
    ]);
    expect(plans.map((p) => p.coldCategories)).toEqual([[], [], [], [], ['Graph'], []]);
    const cold = plans[4]!.violations.find((v) => v.rail === 'cold-category')!;
    expect(cold.message).toBe(
      'Category "Graph" is cold: none of its active sessions moved in the last 2 sweeps.',
    );
    expect(plans[4]!.closeOrder.find((p) => p.name === 'b')!.quietSweeps).toBe(2);
  });

  it('a session with no movement for two sweeps is stalled, and gets a rescue', () => {
    const b = backlog(TWO, s('a', 'Security'), s('b', 'Graph', 'blocked', 'blocker: vendor'));
    const plans = sweeps([b, b, b]);
    expect(plans[1]!.violations.filter((v) => v.rail === 'stalled')).toEqual([]);
    const stalled = plans[2]!.violations.filter((v) => v.rail === 'stalled');
    expect(stalled.map((v) => [v.session, v.severity])).toEqual([
      ['a', 'warning'],
      ['b', 'warning'],
    ]);
    expect(stalled.find((v) => v.session === 'a')!.fix).toContain(
      'rescue session (stabilise → test → PR)',
    );
    expect(stalled.find((v) => v.session === 'b')!.fix).toContain('unblocker session');
  });

  it('a finding the last sweep did not have is introduced; one it had is not', () => {
    const ok = backlog(
      TWO,
      s('a', 'Security', 'needs-more-work', steps(1)),
      s('b', 'Graph', 'needs-more-work', steps(1)),
    );
    const noGraph = backlog(TWO, s('a', 'Security', 'needs-more-work', steps(2)));
    const plans = sweeps([
      ok,
      noGraph,
      backlog(TWO, s('a', 'Security', 'needs-more-work', steps(3))),
    ]);
    expect(plans[1]!.violations.find((v) => v.rail === 'cold-category')?.introduced).toBe(true);
    expect(plans[2]!.violations.find((v) => v.rail === 'cold-category')?.introduced).toBe(false);
  });

  it('opening a session when no slot was free and nothing closed breaks new-session-at-capacity', () => {
    const full = backlog(
      'capacity: 3\n' + TWO,
      s('a', 'Security', 'needs-more-work', steps(1)),
      s('b', 'Graph', 'needs-more-work', steps(1)),
    );
    const opened = backlog(
      'capacity: 3\n' + TWO,
      s('a', 'Security', 'needs-more-work', steps(2)),
      s('b', 'Graph', 'needs-more-work', steps(2)),
      s('c', 'Graph', 'needs-more-work', steps(2)),
    );
    const plans = sweeps([full, opened]);
    expect(
      plans[1]!.violations
        .filter((v) => v.rail === 'new-session-at-capacity')
        .map((v) => [v.session, v.severity]),
    ).toEqual([['c', 'error']]);
    expect(plans[1]!.verdict).toBe('fail');

    const swapped = backlog(
      'capacity: 3\n' + TWO,
      s('a', 'Security', 'archived'),
      s('b', 'Graph', 'needs-more-work', steps(2)),
      s('c', 'Graph', 'needs-more-work', steps(2)),
    );
    expect(
      sweeps([full, swapped])[1]!.violations.some((v) => v.rail === 'new-session-at-capacity'),
    ).toBe(false);
  });

  it('without a ledger, movement is judged over a time window and the plan says so', () => {
    const b = backlog(
      TWO,
      s('a', 'Security', 'needs-more-work', 'started: 2026-11-24, next_action: go'),
      s('b', 'Graph', 'needs-more-work', 'started: 2026-11-01, next_action: go'),
    );
    const plan = buildPlan(b, {
      movement: { now: '2026-11-25T05:00:00Z', coldAfterSweeps: 2, coldAfterHours: 48 },
    });
    expect(plan.movement).toBe('window');
    expect(plan.coldCategories).toEqual(['Graph']);
    expect(plan.notes).toContain(
      'Without a ledger of earlier sweeps, movement is judged over the last 48 hours from pull request activity and start dates.',
    );
  });

  it('without movement tracking, cold still means no active session', () => {
    const b = backlog(
      TWO,
      s('a', 'Security', 'needs-more-work', 'started: 2020-01-01, next_action: go'),
    );
    expect(buildPlan(b).coldCategories).toEqual(['Graph']);
  });

  it('fail-on decides which rails fail; every other rail warns', () => {
    const b = backlog('capacity: 2\n' + TWO, s('a', 'Security'), s('b', 'Graph'));
    const defaults = buildPlan(b);
    expect(defaults.violations.find((v) => v.rail === 'capacity')?.severity).toBe('warning');
    const strict = buildPlan(b, { failOn: new Set(['capacity']) });
    expect(strict.violations.find((v) => v.rail === 'capacity')?.severity).toBe('error');
    expect(strict.verdict).toBe('fail');
  });

  it('a ledger that is not one is reported, never trusted', () => {
    expect(parseLedger('{')).toEqual({ problem: 'the ledger is not JSON' });
    expect(parseLedger('{"schemaVersion": 2, "sweeps": []}')).toMatchObject({
      problem: expect.stringContaining('not a version 1 ledger') as string,
    });
  });
});

describe('a pull request judged against its base', () => {
  const base = backlog('capacity: 3\n' + TWO, s('a', 'Security'), s('b', 'Graph'));

  it('adding a session at capacity without archiving anything fails, as introduced', () => {
    const head = backlog(
      'capacity: 3\n' + TWO,
      s('a', 'Security'),
      s('b', 'Graph'),
      s('c', 'Graph'),
    );
    const plan = judgeChange(base, head);
    const rail = plan.violations.find((v) => v.rail === 'new-session-at-capacity')!;
    expect(rail).toMatchObject({ session: 'c', severity: 'error', introduced: true, line: 7 });
    expect(plan.verdict).toBe('fail');
  });

  it('archiving one and adding one in the same change passes', () => {
    const head = backlog(
      'capacity: 3\n' + TWO,
      s('a', 'Security', 'archived'),
      s('b', 'Graph'),
      s('c', 'Security'),
    );
    const plan = judgeChange(base, head);
    expect(plan.violations.filter((v) => v.introduced)).toEqual([]);
    expect(plan.verdict).toBe('pass');
  });

  it('existing violations are reported but only introduced ones fail, unless fail-on-existing', () => {
    const coldBase = backlog('categories: [Security, Graph, UX]', s('a', 'Security'));
    const head = backlog(
      'categories: [Security, Graph, UX]',
      s('a', 'Security', 'needs-more-work', steps(3)),
    );
    const plan = judgeChange(coldBase, head);
    expect(
      plan.violations.filter((v) => v.rail === 'cold-category').map((v) => v.introduced),
    ).toEqual([false, false]);
    expect(plan.verdict).toBe('warn');
    expect(judgeChange(coldBase, head, {}, undefined, { failOnExisting: true }).verdict).toBe(
      'fail',
    );
  });

  it('adding to a warm category while another is cold is a rotation warning', () => {
    const coldBase = backlog('categories: [Security, Graph]', s('a', 'Security'));
    const head = backlog('categories: [Security, Graph]', s('a', 'Security'), s('n', 'Security'));
    const rotation = judgeChange(coldBase, head).violations.find((v) => v.rail === 'rotation')!;
    expect(rotation).toMatchObject({ session: 'n', severity: 'warning', introduced: true });
    expect(rotation.fix).toBe(
      'Pick the next prompt from Graph instead, even if it is lower priority.',
    );
  });

  it('each rotation warning names a few cold categories, so a change with many is never quadratic in size', () => {
    const cold = Array.from({ length: 300 }, (_, i) => `Cold${'c'.repeat(90)}${i}`);
    const header = `capacity: 1000\nreserve: 0\ncategories: [Warm, ${cold.join(', ')}]`;
    const base = backlog(header, s('a', 'Warm'));
    const added = Array.from({ length: 300 }, (_, i) => s(`n${i}`, 'Warm'));
    const rotation = judgeChange(base, backlog(header, s('a', 'Warm'), ...added)).violations.filter(
      (v) => v.rail === 'rotation',
    );
    expect(rotation).toHaveLength(300);
    expect(rotation[0]!.message).toMatch(/ and 297 more are cold\.$/);
    expect(Math.max(...rotation.map((v) => v.message.length))).toBeLessThan(400);
  });

  it('a new backlog file: every finding is introduced', () => {
    const head = backlog(TWO, s('a', 'Security'));
    const plan = judgeChange(undefined, head);
    expect(plan.violations.every((v) => v.introduced)).toBe(true);
    expect(plan.verdict).toBe('fail');
  });
});

describe('review fixes: counting, carrying, keys', () => {
  it('a change gets as many new sessions as slots are free, and no more', () => {
    const base = backlog('capacity: 4\n' + TWO, s('a', 'Security'), s('b', 'Graph'));
    const head = backlog(
      'capacity: 4\n' + TWO,
      s('a', 'Security'),
      s('b', 'Graph'),
      s('c', 'Graph'),
      s('d', 'Security'),
    );
    const flagged = judgeChange(base, head).violations.filter(
      (v) => v.rail === 'new-session-at-capacity',
    );
    expect(flagged.map((v) => v.session)).toEqual(['d']);
  });

  it('raising the capacity in the same change does not make room at the base', () => {
    const base = backlog('capacity: 3\n' + TWO, s('a', 'Security'), s('b', 'Graph'));
    const head = backlog(
      'capacity: 5\n' + TWO,
      s('a', 'Security'),
      s('b', 'Graph'),
      s('c', 'Graph'),
    );
    expect(
      judgeChange(base, head).violations.some((v) => v.rail === 'new-session-at-capacity'),
    ).toBe(true);
  });

  it('a capacity rail the base had is introduced again when the change adds to the overflow', () => {
    const over = (...names: string[]) =>
      backlog('capacity: 2\n' + TWO, ...names.map((n) => s(n, 'Graph')), s('sec', 'Security'));
    const plan = judgeChange(over('a', 'b'), over('a', 'b', 'c'));
    expect(plan.violations.find((v) => v.rail === 'capacity-hard')?.introduced).toBe(true);
    const same = judgeChange(over('a', 'b'), over('a', 'b'));
    expect(same.violations.find((v) => v.rail === 'capacity-hard')?.introduced).toBe(false);
  });

  it('a base that could not be read introduces nothing and fails nothing, unless fail-on-existing', () => {
    const head = backlog(TWO, s('a', 'Security'));
    const plan = judgeChange(undefined, head, {}, undefined, { baseUnknown: true });
    expect(plan.violations.every((v) => v.introduced === undefined)).toBe(true);
    expect(plan.verdict).toBe('warn');
    expect(
      judgeChange(undefined, head, {}, undefined, { baseUnknown: true, failOnExisting: true })
        .verdict,
    ).toBe('fail');
  });

  it('a sweep that could not read GitHub carries the pull request fields instead of seeing movement', () => {
    const b = backlog(TWO, s('a', 'Security', 'pr-created', 'pr: 7'), s('b', 'Graph'));
    const seen = {
      lookups: {
        a: {
          pull: {
            ref: 'acme/summit#7',
            url: '',
            title: '',
            body: '',
            state: 'OPEN' as const,
            isDraft: false,
            merged: false,
            mergedAt: null,
            closedAt: null,
            createdAt: '',
            updatedAt: '2026-11-20T00:00:00Z',
            additions: 0,
            deletions: 0,
            changedFiles: 0,
            reviewDecision: null,
            mergeable: 'MERGEABLE' as const,
            mergeStateStatus: 'CLEAN',
            headSha: 'abc',
            checkState: 'SUCCESS',
            checks: [],
          },
        },
      },
      api: { enabled: true, requests: 1, retries: 0, pullRequests: 1 },
    };
    const movement = (ledger?: Ledger) => ({
      now: hours(0),
      coldAfterSweeps: 2,
      coldAfterHours: 48,
      ...(ledger ? { ledger } : {}),
    });
    const first = buildPlan(b, { movement: movement() }, seen);
    let ledger = nextLedger(first, undefined, hours(0));
    const second = buildPlan(b, { movement: movement(ledger) }, seen);
    ledger = nextLedger(second, ledger, hours(24));
    const offline = buildPlan(b, { movement: movement(ledger) });
    expect(offline.closeOrder.find((x) => x.name === 'a')?.quietSweeps).toBe(2);
    expect(nextLedger(offline, ledger, hours(48)).sweeps.at(-1)!.sessions.a!.headSha).toBe('abc');
  });

  it('a session named __proto__ is kept in the ledger like any other', () => {
    const b = backlog(TWO, s('__proto__', 'Security'), s('b', 'Graph'));
    const plan = buildPlan(b, {
      movement: { now: hours(0), coldAfterSweeps: 2, coldAfterHours: 48 },
    });
    const ledger = nextLedger(plan, undefined, hours(0));
    expect(Object.hasOwn(ledger.sweeps[0]!.sessions, '__proto__')).toBe(true);
    const reread = parseLedger(JSON.stringify(ledger));
    expect(
      'ledger' in reread && Object.hasOwn(reread.ledger.sweeps[0]!.sessions, '__proto__'),
    ).toBe(true);
  });

  it('a ledger whose cycles do not increase, or whose times are not times, is refused', () => {
    const sweep = (cycle: number, time = '2026-11-25T05:00:00Z') => ({
      cycle,
      time,
      sessions: {},
      violations: [],
    });
    expect(parseLedger(JSON.stringify({ schemaVersion: 1, sweeps: [sweep(2), sweep(2)] }))).toEqual(
      {
        problem: 'the ledger is not a version 1 ledger (its cycles do not increase)',
      },
    );
    expect(
      parseLedger(JSON.stringify({ schemaVersion: 1, sweeps: [sweep(1, 'yesterday')] })),
    ).toMatchObject({
      problem: expect.stringContaining('sweeps.0.time') as string,
    });
  });
});
