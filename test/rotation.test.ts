// Rotation and backlog discipline: each rule of the playbook's second half, then 30 cycles.
import { describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import type { Backlog } from '../src/backlog/model.js';
import type { Ledger } from '../src/planner/ledger.js';
import { nextLedger } from '../src/planner/movement.js';
import { buildPlan, type PlanSettings } from '../src/planner/plan.js';

function backlog(text: string): Backlog {
  const result = parseBacklog(`version: 1\n${text}`, 'sessions.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.backlog;
}

const TWO = 'categories: [Security, Graph]';
const day = (d: number) => new Date(Date.UTC(2026, 10, 1 + d, 5)).toISOString();
const prompts = (category: string, ...ids: string[]) =>
  `  ${category}:\n    active:\n${ids.map((id) => `      - {id: ${id}, title: ${id} prompt, added: 2026-11-20}`).join('\n')}\n`;

/** Sweeps over backlogs in order, one a day, carrying the ledger; returns every plan. */
function sweeps(backlogs: Backlog[], settings: PlanSettings = {}) {
  let ledger: Ledger | undefined;
  return backlogs.map((b, i) => {
    const now = day(i);
    const plan = buildPlan(b, {
      ...settings,
      movement: { now, coldAfterSweeps: 2, coldAfterHours: 48, ...(ledger ? { ledger } : {}) },
    });
    ledger = nextLedger(plan, ledger, now);
    return plan;
  });
}

const kinds = (plan: ReturnType<typeof buildPlan>, kind: string) =>
  plan.recommendations.filter((r) => r.kind === kind);

describe('the next prompt for every free slot', () => {
  it('cold categories first, then the priority order, from each active backlog', () => {
    const b = backlog(`capacity: 5
${TWO}
sessions:
  - {name: s1, category: Security, status: needs-more-work, next_action: x}
backlog:
${prompts('Security', 'sec-1', 'sec-2')}${prompts('Graph', 'graph-1')}`);
    const plan = buildPlan(b);
    // 5 − 1 reserve − 1 active = 3 open: Graph is cold, so it goes first.
    expect(kinds(plan, 'start-prompt').map((r) => [r.category, r.prompt])).toEqual([
      ['Graph', 'graph-1'],
      ['Security', 'sec-1'],
      ['Security', 'sec-2'],
    ]);
    expect(kinds(plan, 'start-prompt')[0]!.reason).toContain(
      'pick from that backlog even if lower priority',
    );
  });

  it('a cold category gets one prompt first, not every open slot', () => {
    const b = backlog(`capacity: 5
${TWO}
sessions:
  - {name: s1, category: Security, status: needs-more-work, next_action: x, remaining_steps: 9}
backlog:
${prompts('Security', 'sec-1', 'sec-2')}${prompts('Graph', 'graph-1', 'graph-2', 'graph-3')}`);
    // Graph once (cold), then Security and Graph are even: priority order decides.
    expect(kinds(buildPlan(b), 'start-prompt').map((r) => r.prompt)).toEqual([
      'graph-1',
      'sec-1',
      'graph-2',
    ]);
  });

  it('a prompt queued after a close is not handed out again', () => {
    const text = (status: string) => `${TWO}
sessions:
  - {name: a, category: Graph, status: ${status}, pr: 1}
backlog:
${prompts('Graph', 'g2', 'g3')}`;
    const [, plan] = sweeps([backlog(text('pr-created')), backlog(text('archived'))]);
    const handed = plan!.recommendations.filter((r) => r.prompt).map((r) => r.prompt);
    expect(new Set(handed).size).toBe(handed.length);
    expect(kinds(plan!, 'enqueue')[0]!.prompt).toBe('g2');
  });

  it('stale prompts are replaced, never started', () => {
    const b = backlog(
      `${TWO}\nsessions: []\nbacklog:\n  Security:\n    active:\n      - {id: ancient, title: t, added: 2025-01-01}\n`,
    );
    const plan = buildPlan(b, { now: '2026-11-25T05:00:00Z' });
    expect(kinds(plan, 'start-prompt')).toEqual([]);
    expect(kinds(plan, 'replace-prompt').map((r) => r.prompt)).toEqual(['ancient']);
  });

  it('obsolete prompts are never started', () => {
    const b = backlog(`${TWO}
sessions: []
backlog:
  Security:
    active:
      - {id: old, title: old, obsolete: true}
      - {id: fresh, title: fresh}
`);
    expect(kinds(buildPlan(b), 'start-prompt').map((r) => r.prompt)).toEqual(['fresh']);
  });
});

describe('backfill discipline', () => {
  it('after a session closes, enqueue the next prompt from its category', () => {
    const before = backlog(`${TWO}
sessions:
  - {name: a, category: Graph, status: pr-created, pr: 1}
backlog:
${prompts('Graph', 'graph-2')}`);
    const after = backlog(`${TWO}
sessions:
  - {name: a, category: Graph, status: archived, pr: 1}
backlog:
${prompts('Graph', 'graph-2')}`);
    const [, plan] = sweeps([before, after]);
    expect(kinds(plan!, 'enqueue')).toEqual([
      expect.objectContaining({ category: 'Graph', session: 'a', prompt: 'graph-2' }),
    ]);
  });

  it('the first sweep of a new week promotes reserve prompts; other sweeps do not', () => {
    const b = backlog(
      `${TWO}\nsessions: []\nbacklog:\n${prompts('Security', 's1')}    reserve: [{id: r1, title: reserve one}]\n`,
    );
    // day(0) is Sunday 1 November 2026; day(1) is Monday, a new ISO week; day(2) is the same week.
    const plans = sweeps([b, b, b]);
    expect(plans.map((p) => kinds(p, 'promote-reserve').length)).toEqual([0, 1, 0]);
  });

  it('an empty active backlog is refilled from reserve', () => {
    const b = backlog(`${TWO}
sessions: []
backlog:
  Security:
    reserve: [{id: r1, title: reserve one}]
${prompts('Graph', 'g1')}  Graph2: {}
`);
    const plan = buildPlan(b, { now: day(0) });
    expect(kinds(plan, 'refill').map((r) => r.category)).toEqual(['Security']);
    expect(kinds(plan, 'refill')[0]!.reason).toBe(
      'The active backlog of Security is empty: refill it from reserve.',
    );
  });

  it('an obsolete prompt or one older than 30 days must be replaced: a stale-prompt warning', () => {
    const b = backlog(`${TWO}
sessions: []
backlog:
  Security:
    active:
      - {id: ancient, title: t, added: 2026-09-01}
      - {id: gone, title: t, obsolete: true}
      - {id: fine, title: t, added: 2026-11-20}
`);
    const plan = buildPlan(b, { now: '2026-11-25T05:00:00Z' });
    expect(
      plan.violations.filter((v) => v.rail === 'stale-prompt').map((v) => [v.message, v.severity]),
    ).toEqual([
      ['Prompt "ancient" is 85 days old.', 'warning'],
      ['Prompt "gone" is marked obsolete.', 'warning'],
    ]);
  });
});

describe('the fast lane', () => {
  it('rotates among categories, and security, data and golden path never starve', () => {
    const b = backlog('categories: [UX, Analytics, Security]\nsessions: []');
    const lanes = sweeps([b, b, b, b]).map((p) => p.fastLane);
    expect(lanes).toEqual(['Security', 'UX', 'Analytics', 'Security']);
  });

  it('without a reserve slot there is no fast lane to rotate', () => {
    expect(buildPlan(backlog('reserve: 0\nsessions: []')).fastLane).toBeUndefined();
    expect(buildPlan(backlog('sessions: []'), { reserve: 0 }).fastLane).toBeUndefined();
  });
});

describe('cadence', () => {
  it('a governance prompt is due every 12 cycles; a governance session resets the count', () => {
    const plain = backlog('cadence: {governance_every: 3, scheduler_every: 30}\nsessions: []');
    const plans = sweeps([plain, plain, plain, plain]);
    expect(plans.map((p) => kinds(p, 'governance').length)).toEqual([0, 0, 1, 1]);
    expect(plans[2]!.violations.find((v) => v.rail === 'cadence-overdue')?.severity).toBe(
      'warning',
    );
    const withGovernance = backlog(
      'cadence: {governance_every: 3, scheduler_every: 30}\nsessions:\n  - {name: docs, category: UX, status: needs-more-work, next_action: x, kind: governance}',
    );
    const reset = sweeps([withGovernance, plain, plain, plain]);
    expect(reset.map((p) => kinds(p, 'governance').length)).toEqual([0, 0, 0, 1]);
  });

  it('a scheduler upgrade is due every 30 cycles; a scheduler session resets the count', () => {
    const plain = backlog('cadence: {governance_every: 12, scheduler_every: 2}\nsessions: []');
    const plans = sweeps([plain, plain, plain]);
    expect(plans.map((p) => kinds(p, 'scheduler').length)).toEqual([0, 1, 1]);
    expect(plans[1]!.violations).toContainEqual(
      expect.objectContaining({
        rail: 'cadence-overdue',
        message: expect.stringContaining('scheduler/orchestrator upgrade is overdue') as string,
      }),
    );
    const withScheduler = backlog(
      'cadence: {governance_every: 12, scheduler_every: 2}\nsessions:\n  - {name: orchestrator, category: CI Stability, status: needs-more-work, next_action: x, kind: scheduler}',
    );
    const reset = sweeps([withScheduler, plain, plain]);
    expect(reset.map((p) => kinds(p, 'scheduler').length)).toEqual([0, 0, 1]);
  });
});

describe('the default cadence', () => {
  it('a governance prompt is due on the 12th cycle without one, not before', () => {
    const plain = backlog('sessions: []');
    const plans = sweeps(Array.from({ length: 12 }, () => plain));
    expect(plans.map((p) => kinds(p, 'governance').length)).toEqual([
      ...Array<number>(11).fill(0),
      1,
    ]);
  });
});

describe('incidents', () => {
  const incident = (hardening = '') => `${TWO}
incidents:
  - {id: INC-7, date: 2026-10-30, category: Security, summary: token leak in logs${hardening}}
sessions:
  - {name: a, category: Security, status: needs-more-work, next_action: x}
  - {name: b, category: Graph, status: needs-more-work, next_action: x}
`;

  it('an incident dated in the future is a warning at its line and still turns hardening-overdue', () => {
    const future = backlog(incident().replace('2026-10-30', '2099-01-01'));
    const plans = sweeps([future, future, future]);
    expect(
      plans.map((p) => p.violations.filter((v) => v.rail === 'hardening-overdue').length),
    ).toEqual([0, 0, 1]);
    expect(plans[0]!.violations).toContainEqual(
      expect.objectContaining({
        rail: 'schema',
        severity: 'warning',
        line: 4,
        message: expect.stringContaining(
          'incident "INC-7": date 2099-01-01 is in the future',
        ) as string,
      }),
    );
  });

  it('a prompt added in the future is a warning at its line, aged from today (not stale)', () => {
    const file = (added: string) =>
      backlog(
        `${TWO}\nsessions: []\nbacklog:\n  Security:\n    active:\n      - {id: p1, title: t, added: ${added}}\n`,
      );
    const [plan] = sweeps([file('2099-01-01')]);
    expect(plan!.violations).toContainEqual(
      expect.objectContaining({
        rail: 'schema',
        line: 7,
        message: expect.stringContaining(
          'prompt "p1": added 2099-01-01 is in the future',
        ) as string,
      }),
    );
    expect(plan!.violations.some((v) => v.rail === 'stale-prompt')).toBe(false);
  });

  it('a hardening session is due within two cycles; after that, hardening-overdue', () => {
    const plans = sweeps([backlog(incident()), backlog(incident()), backlog(incident())]);
    expect(plans.map((p) => kinds(p, 'hardening').length)).toEqual([1, 1, 1]);
    expect(
      plans.map((p) => p.violations.filter((v) => v.rail === 'hardening-overdue').length),
    ).toEqual([0, 0, 1]);
  });

  it('naming the hardening session answers the incident', () => {
    const plan = buildPlan(backlog(incident(', hardening: a')));
    expect(kinds(plan, 'hardening')).toEqual([]);
  });

  it('a hardening session that is not in the file is a warning (it may be done and gone)', () => {
    const result = parseBacklog(`version: 1\n${incident(', hardening: ghost')}`, 'sessions.yaml');
    expect(result.warnings.map((e) => e.message)).toContain(
      'incident "INC-7" names hardening session "ghost", which is not in sessions',
    );
  });

  it('a finished (archived) hardening session in the category still answers the incident', () => {
    const text = incident().replace(
      'sessions:\n',
      'sessions:\n  - {name: h, category: Security, status: archived, kind: hardening}\n',
    );
    const plans = sweeps([backlog(text), backlog(text), backlog(text)]);
    expect(plans.flatMap((p) => kinds(p, 'hardening'))).toEqual([]);
    expect(
      plans.flatMap((p) => p.violations.filter((v) => v.rail === 'hardening-overdue')),
    ).toEqual([]);
  });
});

describe('stalls and blockers', () => {
  it('two sessions blocked in one category get one unblocker', () => {
    const b = backlog(`${TWO}
sessions:
  - {name: a, category: Graph, status: blocked, blocker: schema council}
  - {name: b, category: Graph, status: blocked, blocker: schema council}
  - {name: c, category: Security, status: blocked, blocker: vendor}
`);
    expect(kinds(buildPlan(b), 'unblocker')).toEqual([
      expect.objectContaining({ category: 'Graph' }),
    ]);
  });

  it('a blocker older than two cycles is escalated, with its text and age', () => {
    const b = backlog(`${TWO}
sessions:
  - {name: a, category: Graph, status: needs-more-work, blocked: true, blocker: waiting on infra}
  - {name: s, category: Security, status: needs-more-work, next_action: x}
`);
    const plans = sweeps([b, b, b]);
    expect(plans.map((p) => p.violations.filter((v) => v.rail === 'blocker-aging').length)).toEqual(
      [0, 0, 1],
    );
    expect(plans[2]!.violations.find((v) => v.rail === 'blocker-aging')!.message).toBe(
      'Session "a" has been blocked for 3 cycles: waiting on infra.',
    );
  });

  it('a session stalled for two sweeps gets a rescue, not before', () => {
    const b = backlog(
      `${TWO}\nsessions:\n  - {name: a, category: Graph, status: needs-more-work, next_action: x}\n  - {name: s, category: Security, status: needs-more-work, next_action: x}`,
    );
    const plans = sweeps([b, b, b]);
    expect(kinds(plans[1]!, 'rescue')).toEqual([]);
    expect(kinds(plans[2]!, 'rescue').map((r) => r.session)).toEqual(['a', 's']);
  });

  it('at capacity, the rapid-rescue candidate is named', () => {
    const b = backlog(
      `capacity: 2\n${TWO}\nsessions:\n  - {name: near, category: Graph, status: needs-more-work, next_action: x, remaining_steps: 1}\n  - {name: far, category: Security, status: needs-more-work, next_action: x, remaining_steps: 4}`,
    );
    expect(kinds(buildPlan(b), 'rapid-rescue')).toEqual([
      expect.objectContaining({ session: 'near' }),
    ]);
  });
});

describe('rotation keeps every category warm', () => {
  it('over 30 simulated cycles of a 15-slot team that follows the plan', () => {
    const categories = [
      'Security',
      'Data Integrity',
      'Golden Path',
      'CI Stability',
      'Graph',
      'Infrastructure',
      'UX',
      'Analytics',
    ];
    type Live = { name: string; category: string; steps: number };
    let sessions: Live[] = categories.map((category, i) => ({
      name: `s${i}`,
      category,
      steps: (i % 4) + 1,
    }));
    let next = sessions.length;
    let ledger: Ledger | undefined;
    const coldPerCycle: string[][] = [];
    const prompts = categories
      .map(
        (c) =>
          `  ${c}:\n    active:\n${Array.from({ length: 30 }, (_, k) => `      - {id: ${c.replace(/ /g, '-')}-${k}, title: t}`).join('\n')}`,
      )
      .join('\n');
    for (let cycle = 0; cycle < 30; cycle++) {
      const text = `capacity: 15\nsessions:\n${sessions
        .map(
          (s) =>
            `  - {name: ${s.name}, category: ${s.category}, status: needs-more-work, remaining_steps: ${s.steps}, next_action: go}`,
        )
        .join('\n')}\nbacklog:\n${prompts}\n`;
      const b = backlog(text);
      const now = day(cycle);
      const plan = buildPlan(b, {
        movement: { now, coldAfterSweeps: 2, coldAfterHours: 48, ...(ledger ? { ledger } : {}) },
      });
      ledger = nextLedger(plan, ledger, now);
      coldPerCycle.push(plan.coldCategories);
      // The team follows the plan: every session moves one step and closes at zero; every
      // recommended prompt starts in a free slot.
      sessions = sessions.map((s) => ({ ...s, steps: s.steps - 1 })).filter((s) => s.steps > 0);
      for (const r of plan.recommendations.filter((r) => r.kind === 'start-prompt')) {
        sessions.push({ name: `s${next++}`, category: r.category!, steps: (next % 4) + 1 });
      }
    }
    expect(coldPerCycle.filter((cold) => cold.length > 0)).toEqual([]);
  });
});

describe('the backlog section says what is wrong, where', () => {
  const errors = (text: string) => {
    const result = parseBacklog(`version: 1\n${text}`, 'sessions.yaml');
    return result.ok ? [] : result.errors.map((e) => [e.location?.line, e.message]);
  };

  it('an unknown key in a prompt suggests the prompt key', () => {
    expect(errors('backlog:\n  Security:\n    active:\n      - {id: a, titel: x}\n')).toEqual([
      [5, 'the backlog: missing required key "backlog.Security.active.0.title"'],
      [5, 'the backlog: unknown key "titel"; did you mean "title"?'],
    ]);
  });

  it('a prompt id used twice points at both', () => {
    expect(
      errors(
        'backlog:\n  Security:\n    active:\n      - {id: a, title: x}\n    reserve:\n      - {id: a, title: y}\n',
      ),
    ).toEqual([[7, 'duplicate prompt id "a" at lines 5 and 7']]);
  });

  it('an impossible incident date', () => {
    expect(
      errors('incidents:\n  - {id: i, date: 2026-02-30, category: UX, summary: s}\n')[0]![1],
    ).toBe('the backlog: incidents.0.date "2026-02-30" is not a real calendar date');
  });
});
