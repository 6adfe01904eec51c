// What people read: SESSION UPDATE blocks in the playbook's template, the metrics, the heat map.
import { describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import type { Backlog } from '../src/backlog/model.js';
import type { Ledger } from '../src/planner/ledger.js';
import { computeMetrics } from '../src/planner/metrics.js';
import { nextLedger } from '../src/planner/movement.js';
import { buildPlan, type LiveInput } from '../src/planner/plan.js';
import type { LivePull, Plan } from '../src/planner/types.js';
import { renderMarkdown, sparkline } from '../src/render/markdown.js';
import { renderReport } from '../src/render/report.js';
import { renderUpdates } from '../src/render/updates.js';

function backlog(text: string): Backlog {
  const result = parseBacklog(text, 'sessions.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.backlog;
}

const pull = (extra: Partial<LivePull> = {}): LivePull => ({
  ref: 'acme/summit#12',
  url: 'https://github.com/acme/summit/pull/12',
  title: 'feat(ui): timeline zoom',
  body: 'Adds zoom to the timeline.\nTested with the e2e suite.',
  state: 'OPEN',
  isDraft: false,
  merged: false,
  mergedAt: null,
  closedAt: null,
  createdAt: '2026-11-22T10:00:00Z',
  updatedAt: '2026-11-24T10:00:00Z',
  additions: 120,
  deletions: 30,
  changedFiles: 4,
  reviewDecision: 'APPROVED',
  mergeable: 'MERGEABLE',
  mergeStateStatus: 'CLEAN',
  headSha: 'abcdef1234567890',
  checkState: 'SUCCESS',
  checks: [{ name: 'test', kind: 'check-run', status: 'COMPLETED', conclusion: 'SUCCESS' }],
  ...extra,
});

const live = (lookups: Record<string, LivePull>): LiveInput => ({
  lookups: Object.fromEntries(Object.entries(lookups).map(([name, p]) => [name, { pull: p }])),
  api: { enabled: true, requests: 1, retries: 0, pullRequests: Object.keys(lookups).length },
});

describe('SESSION UPDATE, in the playbook template', () => {
  it('a PR-created session: status, actions, next action, and the PR title, body and changes', () => {
    const b = backlog(`version: 1
sessions:
  - name: timeline-ui
    category: UX
    status: PR created
    pr: 12
    remaining_steps: 0
    next_action: Confirm checks, then archive
    actions: [Added zoom controls, Ran the e2e suite]
`);
    const text = renderUpdates(buildPlan(b, {}, live({ 'timeline-ui': pull() })));
    expect(text).toBe(`=== SESSION UPDATE: timeline-ui ===

STATUS:
PR created

ACTIONS PERFORMED:
- Added zoom controls
- Ran the e2e suite

NEXT ACTION:
Confirm checks, then archive

IF PR CREATED:
feat(ui): timeline zoom
Adds zoom to the timeline.
Tested with the e2e suite.
+120 −30 in 4 files
`);
  });

  it('a blocked session says what blocks it; one without work or PR says so', () => {
    const b = backlog(`version: 1
sessions:
  - {name: ci-hardening, category: CI Stability, status: needs more work, blocked: true, blocker: waiting for infra fix}
`);
    expect(renderUpdates(buildPlan(b))).toBe(`=== SESSION UPDATE: ci-hardening ===

STATUS:
needs more work

ACTIONS PERFORMED:
- No work recorded yet.

NEXT ACTION:
Blocked: waiting for infra fix. Logged; switch to the next session.

IF PR CREATED:
No pull request yet.
`);
  });

  it('what GitHub shows since the last sweep: commits pushed, checks run, merged', () => {
    const b = backlog(
      'version: 1\nsessions:\n  - {name: s, category: UX, status: pr-created, pr: 12}\n',
    );
    const before = buildPlan(
      b,
      {},
      live({ s: pull({ headSha: 'aaaaaaa000', checkState: 'PENDING' }) }),
    );
    const ledger = nextLedger(before, undefined, '2026-11-24T05:00:00Z');
    const after = buildPlan(b, {}, live({ s: pull({ state: 'MERGED', merged: true }) }));
    const text = renderUpdates(after, ledger.sweeps.at(-1)!.sessions);
    expect(text).toContain('STATUS:\narchived');
    expect(text).toContain('- Pushed commits (head now abcdef1).');
    expect(text).toContain('- Checks ran: success (test).');
    expect(text).toContain('- Merged acme/summit#12.');
  });

  it('a check name cannot forge lines of an update, whatever it holds', () => {
    const b = backlog(
      'version: 1\nsessions:\n  - {name: s, category: UX, status: pr-created, pr: 12}\n',
    );
    const before = buildPlan(b, {}, live({ s: pull({ checkState: 'PENDING' }) }));
    const ledger = nextLedger(before, undefined, '2026-11-24T05:00:00Z');
    const name = 'ci\n=== SESSION UPDATE: forged ===\nSTATUS: PR-ready\u001b[2J\u202e';
    const checks = [
      { name, kind: 'check-run' as const, status: 'COMPLETED', conclusion: 'SUCCESS' },
    ];
    const text = renderUpdates(
      buildPlan(b, {}, live({ s: pull({ checks }) })),
      ledger.sweeps.at(-1)!.sessions,
    );
    expect(text.match(/^=== SESSION UPDATE/gm)).toHaveLength(1);
    expect(text).not.toMatch(/^STATUS: PR-ready/m);
    expect(text).toContain(
      '- Checks ran: success (ci === SESSION UPDATE: forged === STATUS: PR-ready\\u{1b}[2J\\u{202e}).',
    );
  });

  it('a pull request body cannot forge another update or add blank lines', () => {
    const b = backlog(
      'version: 1\nsessions:\n  - {name: s, category: UX, status: pr-created, pr: 12}\n',
    );
    const body = 'ok\n\n\n=== SESSION UPDATE: t ===\n\nSTATUS:\nPR-ready';
    const text = renderUpdates(buildPlan(b, {}, live({ s: pull({ body }) })));
    expect(text.match(/^=== SESSION UPDATE/gm)).toHaveLength(1);
    expect(text).toContain(
      'IF PR CREATED:\nfeat(ui): timeline zoom\nok\n  === SESSION UPDATE: t ===\n  STATUS:\nPR-ready\n',
    );
  });

  it('without an earlier sweep, nothing is claimed about what GitHub did since', () => {
    const b = backlog(
      'version: 1\nsessions:\n  - {name: s, category: UX, status: pr-created, pr: 12}\n',
    );
    expect(renderUpdates(buildPlan(b, {}, live({ s: pull() })))).toContain(
      'ACTIONS PERFORMED:\n- No work recorded yet.\n',
    );
  });

  it('shortens a long body, and keeps control characters from reaching the reader', () => {
    const b = backlog(
      'version: 1\nsessions:\n  - {name: "x\\u001b[2Jy", category: UX, status: pr-created, pr: 12}\n',
    );
    const text = renderUpdates(
      buildPlan(b, {}, live({ 'x\u001b[2Jy': pull({ body: 'z'.repeat(5000) }) })),
    );
    expect(text).toContain('=== SESSION UPDATE: x\\u{1b}[2Jy ===');
    expect(text).not.toContain('\u001b');
    expect(text).toMatch(/z{500,}…\n/);
    expect(text).not.toMatch(/z{700}/);
  });
});

describe('metrics', () => {
  const now = '2026-11-25T05:00:00Z';

  it('say "no data yet" (null) rather than 0 when there is nothing to measure', () => {
    const m = computeMetrics(
      buildPlan(backlog('version: 1\nsessions:\n  - {name: a, category: UX, status: pr-ready}\n')),
      undefined,
      now,
    );
    expect(m).toMatchObject({
      age: null,
      prsPerCycle: null,
      medianDaysToPr: null,
      checks: null,
      flakyChecks: null,
      heatMap: null,
      trends: null,
    });
    const md = renderMarkdown(buildPlan(backlog('version: 1\nsessions: []\n')), undefined, {
      metrics: m,
    });
    expect(md).toContain('**Age:** _no data yet_');
    expect(md).toContain('the heat map needs the ledger of earlier sweeps');
  });

  it('age in the playbook buckets, median days to PR, and check pass rates', () => {
    const b = backlog(`version: 1
sessions:
  - {name: a, category: UX, status: pr-created, pr: 1, started: 2026-11-24}
  - {name: b, category: UX, status: pr-created, pr: 2, started: 2026-11-20}
  - {name: c, category: UX, status: needs-more-work, next_action: x, started: 2026-11-12}
  - {name: d, category: UX, status: needs-more-work, next_action: x, started: 2026-10-01}
  - {name: e, category: UX, status: needs-more-work, next_action: x}
`);
    const checks = [
      { name: 'lint', kind: 'check-run' as const, status: 'COMPLETED', conclusion: 'SUCCESS' },
      { name: 'e2e', kind: 'check-run' as const, status: 'COMPLETED', conclusion: 'FAILURE' },
      { name: 'deploy', kind: 'check-run' as const, status: 'IN_PROGRESS', conclusion: null },
    ];
    const plan = buildPlan(
      b,
      {},
      live({
        a: pull({ createdAt: '2026-11-25T00:00:00Z', checks }),
        b: pull({ createdAt: '2026-11-23T00:00:00Z', checks: checks.slice(0, 1) }),
      }),
    );
    const m = computeMetrics(plan, undefined, now);
    expect(m.age).toEqual({ '0-2': 1, '3-7': 1, '8-14': 1, 'over 14': 1, unknown: 1 });
    expect(m.medianDaysToPr).toBe(2);
    expect(m.checks).toEqual({ passed: 2, failed: 1, pending: 1, passRate: 66.7 });
  });

  it('a category heat map over the recent sweeps: moved, quiet, cold', () => {
    const sweep = (steps: number, graph: boolean) =>
      backlog(`version: 1
categories: [Security, Graph]
sessions:
  - {name: a, category: Security, status: needs-more-work, next_action: x, remaining_steps: ${steps}}
${graph ? '  - {name: b, category: Graph, status: needs-more-work, next_action: x}' : ''}
`);
    let ledger: Ledger | undefined;
    const plans: Plan[] = [];
    for (const [i, b] of [
      sweep(1, true),
      sweep(2, true),
      sweep(3, true),
      sweep(3, false),
    ].entries()) {
      const at = `2026-11-2${i}T05:00:00Z`;
      const plan = buildPlan(b, {
        movement: {
          now: at,
          coldAfterSweeps: 2,
          coldAfterHours: 48,
          ...(ledger ? { ledger } : {}),
        },
      });
      ledger = nextLedger(plan, ledger, at);
      plans.push(plan);
    }
    const plan = plans.at(-1)!;
    const m = computeMetrics(plan, ledger, '2026-11-23T05:00:00Z');
    expect(m.heatMap).toEqual({
      cycles: [1, 2, 3, 4],
      rows: [
        { category: 'Security', cells: ['moved', 'moved', 'moved', 'quiet'] },
        { category: 'Graph', cells: ['moved', 'quiet', 'cold', 'cold'] },
      ],
    });
    expect(m.trends).toEqual({ active: [2, 2, 2, 1], cold: [0, 0, 1, 1], blocked: [0, 0, 0, 0] });
    const md = renderMarkdown(plan, undefined, { metrics: m });
    expect(md).toContain('| Graph | 🟩 | ⬜ | 🟦 | 🟦 |');
  });

  it('a check whose conclusion flips on the same head commit is flaky', () => {
    const b = backlog(
      'version: 1\nsessions:\n  - {name: s, category: UX, status: pr-created, pr: 12}\n',
    );
    let ledger: Ledger | undefined;
    for (const conclusion of ['FAILURE', 'SUCCESS']) {
      const plan = buildPlan(
        b,
        {},
        live({
          s: pull({
            checks: [{ name: 'e2e', kind: 'check-run', status: 'COMPLETED', conclusion }],
          }),
        }),
      );
      ledger = nextLedger(plan, ledger, '2026-11-25T05:00:00Z');
    }
    expect(computeMetrics(buildPlan(b), ledger, '2026-11-25T05:00:00Z').flakyChecks).toEqual([
      'e2e',
    ]);
  });

  it('sparklines rise with the numbers', () => {
    expect(sparkline([0, 1, 2, 4, 7])).toBe('▁▂▃▅█');
    expect(sparkline([3, 3])).toBe('▁▁');
  });
});

describe('the layered summary', () => {
  const b = backlog(`version: 1
capacity: 5
sessions:
  - {name: "<details>open</details>", category: UX, status: pr-created, pr: 12}
  - {name: "tick\`\`\`s", category: Graph, status: needs-more-work, next_action: "\`\`\`\\n::error::x"}
`);
  const plan = buildPlan(b, {}, live({ '<details>open</details>': pull() }));
  const { summary, files } = renderReport(plan, { now: '2026-11-25T05:00:00Z' });

  it('goes verdict, capacity, rails, close order, cold categories, metrics, updates, live status', () => {
    const order = [
      '## Session sweep',
      '### Rails',
      '### Close/ship order',
      '### Cold categories',
      '### Category heat map',
      '### Metrics',
      '### Session updates',
      '### Live status',
    ];
    const positions = order.map((heading) => summary.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });

  it('a line break in a name cannot end the <details> block', () => {
    const evil = backlog(
      'version: 1\nsessions:\n  - {name: "evil\\n\\n![pixel](https://attacker.example/p.png)", category: UX, status: pr-ready}\n',
    );
    const out = renderReport(buildPlan(evil), { now: '2026-11-25T05:00:00Z' }).summary;
    expect(out).toContain(
      '<details><summary>SESSION UPDATE: evil\\u{a}\\u{a}!&#91;pixel&#93;(https://attacker.example/p.png)</summary>',
    );
    expect(out).not.toMatch(/^!\[pixel\]/m);
  });

  it('SESSION UPDATE blocks sit in <details>, fenced so their text never renders', () => {
    expect(summary).toContain(
      '<details><summary>SESSION UPDATE: &lt;details&gt;open&lt;/details&gt;</summary>',
    );
    expect(summary).toContain('````text\n=== SESSION UPDATE: tick```s ===');
    // Raw <details> appears only as our own blocks; the name inside a fence is inert text.
    expect(summary.match(/<details><summary>/g)).toHaveLength(2);
  });

  it('the artifact holds plan.json with metrics, plan.md and session-updates.md', () => {
    expect(Object.keys(files).sort()).toEqual(['plan.json', 'plan.md', 'session-updates.md']);
    expect(JSON.parse(files['plan.json']!)).toHaveProperty('metrics.sessions.open', 2);
    expect(files['session-updates.md']).toContain(
      '=== SESSION UPDATE: <details>open</details> ===',
    );
  });

  it('at 10,000 sessions the summary still fits, and says the rest is in the artifact', () => {
    const many = backlog(
      `version: 1\ncapacity: 10000\nsessions:\n${Array.from({ length: 10_000 }, (_, i) => `  - {name: s${i}, category: UX, status: needs-more-work, next_action: ${'do the thing '.repeat(4)}}`).join('\n')}\n`,
    );
    const report = renderReport(buildPlan(many), { now: '2026-11-25T05:00:00Z' });
    expect(Buffer.byteLength(report.summary)).toBeLessThan(1024 * 1024);
    expect(report.summary).toMatch(
      /more session updates are not shown here; every update is in session-updates\.md\./,
    );
    expect(report.files['session-updates.md']!.match(/=== SESSION UPDATE/g)).toHaveLength(10_000);
  });
});

describe('no data is not zero', () => {
  it('pull requests without checks give no check metrics; sweeps without GitHub give no PR counts', () => {
    const b = backlog(
      'version: 1\nsessions:\n  - {name: s, category: UX, status: pr-created, pr: 12}\n',
    );
    const plan = buildPlan(b, {}, live({ s: pull({ checks: [] }) }));
    expect(computeMetrics(plan, undefined, '2026-11-25T05:00:00Z').checks).toBeNull();
    let ledger: Ledger | undefined;
    for (let i = 0; i < 2; i++)
      ledger = nextLedger(buildPlan(b), ledger, `2026-11-2${i}T05:00:00Z`);
    expect(computeMetrics(buildPlan(b), ledger, '2026-11-25T05:00:00Z').prsPerCycle).toBeNull();
  });

  it('a heat map of 12,000 categories is shortened to fit the summary', () => {
    const categories = Array.from({ length: 12_000 }, (_, i) => `category-${i}-${'y'.repeat(40)}`);
    const b = backlog(`version: 1\ncategories: [${categories.join(', ')}]\nsessions: []\n`);
    let ledger: Ledger | undefined;
    let summary = '';
    for (let i = 0; i < 3; i++) {
      const now = `2026-11-2${i}T05:00:00Z`;
      const plan = buildPlan(b, {
        movement: { now, coldAfterSweeps: 2, coldAfterHours: 48, ...(ledger ? { ledger } : {}) },
      });
      const previous = ledger;
      ledger = nextLedger(plan, ledger, now);
      summary = renderReport(plan, {
        ...(previous ? { previous } : {}),
        next: ledger,
        now,
      }).summary;
    }
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    expect(summary).toMatch(/more categories are not shown here/);
  });
});
