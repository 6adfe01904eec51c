// Two session sources at once: Jules and GitHub Copilot's cloud agent counted against one
// capacity, each source's states planned through the same seam, and each source's drift codes.
import { describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import type { Backlog } from '../src/backlog/model.js';
import { nextLedger } from '../src/planner/movement.js';
import { buildPlan } from '../src/planner/plan.js';
import type { LiveInput, PlanSettings } from '../src/planner/plan.js';
import type { Plan } from '../src/planner/types.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';
import type { LiveSession, SourceInput } from '../src/sources/index.js';

const repository = { owner: 'acme', repo: 'summit' };

function backlog(yaml: string): Backlog {
  const loaded = parseBacklog(yaml, 'sessions.yaml');
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return loaded.backlog;
}

function julesSession(id: string, state: string, extra: Partial<LiveSession> = {}): LiveSession {
  return {
    id,
    name: `sessions/${id}`,
    title: `Jules work ${id}`,
    prompt: '',
    state,
    url: `https://jules.google.com/session/${id}`,
    createTime: '2026-11-24T08:00:00Z',
    updateTime: '2026-11-25T06:00:00Z',
    source: 'sources/github/acme/summit',
    archived: false,
    pullRequests: [],
    ...extra,
  };
}

function task(id: string, state: string, extra: Partial<LiveSession> = {}): LiveSession {
  return {
    id,
    name: `Copilot work ${id}`,
    title: `Copilot work ${id}`,
    prompt: '',
    state,
    url: `https://github.com/acme/summit/copilot/tasks/${id}`,
    createTime: '2026-11-24T08:00:00Z',
    updateTime: '2026-11-25T06:00:00Z',
    source: 'sources/github/acme/summit',
    archived: false,
    pullRequests: [],
    ...extra,
  };
}

const reading = (sessions: LiveSession[], extra: Partial<SourceInput> = {}): SourceInput => ({
  enabled: true,
  sessions,
  requests: 1,
  retries: 0,
  repository,
  ...extra,
});

function live(jules?: SourceInput, copilot?: SourceInput): LiveInput {
  return {
    lookups: {},
    api: { enabled: false, requests: 0, retries: 0, pullRequests: 0 },
    ...(jules ? { jules } : {}),
    ...(copilot ? { copilot: { ...copilot, source: 'copilot' as const } } : {}),
  };
}

const head = (capacity = 15) =>
  `version: 1\ncapacity: ${capacity}\nreserve: 1\ncategories: [Security, Testing]\nsessions:\n`;

/** A file with no entries: everything live is untracked. */
const none = () => head().replace('sessions:\n', 'sessions: []\n');

const jEntry = (i: number) =>
  `  - { name: j${i}, category: Security, status: needs-more-work, remaining_steps: 2, next_action: go, jules: j-${i} }`;
const cEntry = (i: number, extra = '') =>
  `  - { name: c${i}, category: Testing, status: needs-more-work, remaining_steps: 2, next_action: go, copilot: t-${i}${extra} }`;

function plan(yaml: string, input: LiveInput, settings: PlanSettings = {}): Plan {
  return buildPlan(backlog(yaml), settings, input);
}

const nine = Array.from({ length: 9 }, (_, i) => julesSession(`j-${i}`, 'IN_PROGRESS'));
const four = Array.from({ length: 4 }, (_, i) => task(`t-${i}`, 'in_progress'));

describe('capacity across sources', () => {
  const file =
    head() +
    Array.from({ length: 9 }, (_, i) => jEntry(i)).join('\n') +
    '\n' +
    Array.from({ length: 4 }, (_, i) => cEntry(i)).join('\n') +
    '\n';

  it('9 live Jules sessions and 4 live Copilot tasks count 13 slots, and the summary shows both', () => {
    const p = plan(file, live(reading(nine), reading(four)));
    expect(p.slots).toMatchObject({ file: 13, jules: 9, copilot: 4, counted: 13 });
    expect(p.copilot).toMatchObject({ enabled: true, sessions: 4, live: 4, untracked: [] });
    const md = renderMarkdown(p);
    expect(md).toMatch(/Jules 9/);
    expect(md).toMatch(/Copilot 4/);
    const text = renderText(p);
    expect(text).toMatch(/Copilot: 4 task\(s\) of this repository, 4 holding a slot/);
  });

  it('untracked tasks of both sources count beyond the file, so 9 + 4 live against 5 entries is still 13', () => {
    const few =
      head() +
      [0, 1, 2].map(jEntry).join('\n') +
      '\n' +
      [0, 1].map((i) => cEntry(i)).join('\n') +
      '\n';
    const p = plan(few, live(reading(nine), reading(four)));
    expect(p.slots.counted).toBe(13);
    const codes = p.violations.map((v) => v.message.match(/\[([a-z-]+)\]/)?.[1]).filter(Boolean);
    expect(codes.filter((c) => c === 'jules-untracked')).toHaveLength(6);
    expect(codes.filter((c) => c === 'copilot-untracked')).toHaveLength(2);
    const track = p.recommendations.filter((r) => r.kind === 'track-session');
    expect(track.map((r) => r.reason)).toContain(
      'Add it to the backlog with `copilot: t-3` (it is in_progress in Copilot and takes a slot), or stop it in Copilot.',
    );
  });

  it('13 live across both sources against a capacity of 12 is capacity-hard', () => {
    const p = plan(
      file.replace('capacity: 15', 'capacity: 12'),
      live(reading(nine), reading(four)),
    );
    expect(p.violations.map((v) => v.rail)).toContain('capacity-hard');
  });

  it('a Copilot task of another repository is not counted here', () => {
    const elsewhere = [
      ...four,
      task('t-other', 'in_progress', { source: 'sources/github/acme/other' }),
    ];
    const p = plan(file, live(reading(nine), reading(elsewhere)));
    expect(p.slots.counted).toBe(13);
  });

  it('beside Copilot, the Jules plan still caps Jules: more live Jules sessions than the plan runs is capacity-hard', () => {
    const p = plan(file, live(reading(nine), reading(four)), { julesPlan: 'free' });
    // The file's capacity holds for both sources: Copilot is not held to Jules' 3.
    expect(p.capacity).toBe(15);
    const over = p.violations.find((v) => v.message.startsWith('Jules runs 9 sessions'));
    expect(over).toMatchObject({ rail: 'capacity-hard', severity: 'error' });
    expect(over!.message).toContain("over the Jules free plan's 3 at once");
  });

  it("a night the Copilot list fails, the capacity stays the file's and the Jules plan still caps Jules", () => {
    const failed = reading([], { failure: 'GitHub kept failing after retries (502)' });
    const p = plan(file, live(reading(nine), failed), { julesPlan: 'free' });
    // The token is given: the capacity is what the configuration says, not what answered tonight.
    expect(p.capacity).toBe(15);
    const over = p.violations.find((v) => v.message.startsWith('Jules runs 9 sessions'));
    expect(over).toMatchObject({ rail: 'capacity-hard', severity: 'error' });
    expect(p.violations.filter((v) => v.rail === 'capacity-hard')).toHaveLength(1);
  });

  it('without Copilot, the Jules plan caps the capacity as before', () => {
    const p = plan(file, live(reading(nine)), { julesPlan: 'free' });
    expect(p.capacity).toBe(3);
    expect(p.copilot).toBeUndefined();
  });
});

describe('Copilot task states', () => {
  it('a Copilot task in waiting_for_user is the first "needs you" item, with its link', () => {
    const file = head() + [0, 1].map((i) => cEntry(i)).join('\n') + '\n';
    const tasks = [task('t-0', 'in_progress'), task('t-1', 'waiting_for_user')];
    const p = plan(file, live(undefined, reading(tasks)));
    expect(p.recommendations[0]).toMatchObject({
      kind: 'answer-agent',
      session: 'c1',
      url: 'https://github.com/acme/summit/copilot/tasks/t-1',
    });
    const c1 = p.closeOrder.find((s) => s.name === 'c1')!;
    expect(c1.drift.map((d) => d.code)).toContain('copilot-waiting');
    expect(c1.copilot?.id).toBe('t-1');
    const md = renderMarkdown(p);
    const needs = md.indexOf('https://github.com/acme/summit/copilot/tasks/t-1');
    expect(needs).toBeGreaterThan(-1);
  });

  it('an untracked Copilot task waiting for a person is answered too', () => {
    const p = plan(none(), live(undefined, reading([task('t-9', 'waiting_for_user')])));
    expect(p.recommendations[0]).toMatchObject({
      kind: 'answer-agent',
      session: 'Copilot work t-9',
      url: 'https://github.com/acme/summit/copilot/tasks/t-9',
    });
  });

  it('completed with a pull request is pr-created and frees its slot; completed without one is an archive candidate', () => {
    const file = head() + [0, 1].map((i) => cEntry(i)).join('\n') + '\n';
    const tasks = [
      task('t-0', 'completed', { pullRequests: ['https://github.com/acme/summit/pull/41'] }),
      task('t-1', 'completed'),
    ];
    const p = plan(file, live(undefined, reading(tasks)));
    const [c0, c1] = ['c0', 'c1'].map((n) => p.closeOrder.find((s) => s.name === n)!);
    expect(c0).toMatchObject({ status: 'pr-created', pr: { number: 41 } });
    expect(c0!.drift.map((d) => d.code)).toContain('copilot-finished');
    expect(c1!.drift.map((d) => d.code)).toContain('copilot-finished');
    expect(c1!.action).toBe('archive');
    expect(p.copilot!.live).toBe(0);
  });

  it('failed and timed_out are archive candidates with a rescue', () => {
    const file = head() + [0, 1].map((i) => cEntry(i)).join('\n') + '\n';
    const p = plan(
      file,
      live(undefined, reading([task('t-0', 'failed'), task('t-1', 'timed_out')])),
    );
    for (const name of ['c0', 'c1']) {
      const s = p.closeOrder.find((x) => x.name === name)!;
      expect(s.drift.map((d) => d.code)).toContain('copilot-failed');
      expect(s.action).toBe('archive');
    }
  });

  it('idle is active and stalled', () => {
    const file = head() + cEntry(0) + '\n';
    const p = plan(file, live(undefined, reading([task('t-0', 'idle')])));
    const stalled = p.violations.find((v) => v.rail === 'stalled');
    expect(stalled?.message).toBe('Session "c0" is idle in Copilot (t-0).');
    expect(p.slots.counted).toBe(1);
  });

  it('an id the agent tasks API answered 404 for is copilot-missing', () => {
    const file = head() + cEntry(0) + '\n';
    const p = plan(file, live(undefined, reading([], { notFound: ['t-0'] })));
    const c0 = p.closeOrder.find((s) => s.name === 'c0')!;
    expect(c0.drift).toContainEqual({
      code: 'copilot-missing',
      message: 'Copilot has no task t-0 (it answered 404 for it)',
    });
  });

  it('a task archived in Copilot archives its entry', () => {
    const file = head() + cEntry(0) + '\n';
    const p = plan(file, live(undefined, reading([task('t-0', 'completed', { archived: true })])));
    expect(p.archived.map((a) => a.name)).toContain('c0');
    expect(p.archived[0]!.drift.map((d) => d.code)).toContain('copilot-archived');
  });

  it('a Copilot list that could not be read counts slots from the file and says why', () => {
    const file = head() + cEntry(0) + '\n';
    const failure = "Copilot's agent tasks API accepts only a user's token";
    const p = plan(file, live(undefined, reading([], { failure })));
    expect(p.slots).toMatchObject({ file: 1, counted: 1 });
    expect(p.copilot).toMatchObject({ enabled: true, failure });
    expect(renderText(p)).toContain(`Copilot: missing (${failure})`);
  });

  it('a task title is escaped in the summary', () => {
    const p = plan(
      none(),
      live(
        undefined,
        reading([task('t-5', 'in_progress', { title: '<img src=x onerror=alert(1)> | x' })]),
      ),
    );
    const md = renderMarkdown(p);
    expect(md).not.toContain('<img src=x');
  });
});

describe("Copilot's own activity is movement across sweeps", () => {
  const file = head() + cEntry(0) + '\n';
  const day = (n: number) => new Date(Date.UTC(2026, 10, 20 + n, 5)).toISOString();

  /** Sweeps the file once per Copilot answer, carrying the ledger, as the nightly sweep does. */
  function sweeps(answers: SourceInput[]): Plan[] {
    let ledger: ReturnType<typeof nextLedger> | undefined;
    return answers.map((answer, i) => {
      const made = plan(file, live(undefined, answer), {
        movement: {
          now: day(i),
          coldAfterSweeps: 2,
          coldAfterHours: 48,
          ...(ledger ? { ledger } : {}),
        },
      });
      ledger = nextLedger(made, ledger, day(i));
      return made;
    });
  }
  const working = (update: string) => reading([task('t-0', 'in_progress', { updateTime: update })]);

  it('a Copilot task that keeps updating is moving, though the file never changes', () => {
    const plans = sweeps([working('t1'), working('t2'), working('t3')]);
    expect(plans.map((p) => p.closeOrder[0]?.quietSweeps)).toEqual([undefined, 0, 0]);
  });

  it('one that stops updating stalls', () => {
    const plans = sweeps([working('t1'), working('t1'), working('t1')]);
    expect(plans[2]?.closeOrder[0]?.quietSweeps).toBe(2);
    expect(plans[2]?.violations).toContainEqual(
      expect.objectContaining({ rail: 'stalled', session: 'c0' }),
    );
  });
});
