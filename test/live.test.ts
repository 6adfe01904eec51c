// Live status against a fake GitHub on 127.0.0.1: the real client and what it reads.
// How each failure is handled is pinned in api-failures.test.ts, row by row.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import type { Backlog } from '../src/backlog/model.js';
import { createGitHubClient, type Timing } from '../src/github/client.js';
import { readLiveStatus } from '../src/github/live.js';
import { buildPlan } from '../src/planner/plan.js';
import { CLI_SURFACE } from '../src/surface.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';

// Production waits are seconds; here a "second" of retry-after is a millisecond.
const FAST: Timing = {
  retryBaseMs: 5,
  rateLimitUnitMs: 1,
  requestTimeoutMs: 300,
  maxRateLimitWaitSeconds: 90,
  spacingMs: 0,
};

let github: FakeGitHub;
beforeAll(async () => {
  github = await startFakeGitHub();
});
afterAll(() => github.close());
beforeEach(() => {
  github.requests.length = 0;
  github.faults.length = 0;
  github.always = undefined;
  github.pulls.length = 0;
});

function backlog(...sessions: string[]): Backlog {
  const text = `version: 1\nsessions:\n${sessions.map((s) => `  - {${s}}`).join('\n')}\n`;
  const result = parseBacklog(text, 'sessions.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.backlog;
}

async function live(b: Backlog, timing: Partial<Timing> = {}) {
  const log: string[] = [];
  const status = await readLiveStatus(
    {
      apiUrl: github.url,
      graphqlUrl: `${github.url}/graphql`,
      serverUrl: 'https://github.com',
      repository: { owner: 'acme', repo: 'summit' },
    },
    {
      token: 'ghs_test',
      surface: CLI_SURFACE,
      timing: { ...FAST, ...timing },
      log: (m) => log.push(m),
    },
    b.sessions,
  );
  return { status, log, plan: buildPlan(b, {}, status) };
}

const ready = (name: string, pr: string | number) =>
  `name: ${name}, category: UX, status: pr-ready, pr: ${typeof pr === 'number' ? pr : `"${pr}"`}`;

describe('live status', () => {
  it('fetches every referenced pull request and its checks in one request', async () => {
    github.pulls.push(
      {
        owner: 'acme',
        repo: 'summit',
        number: 1,
        checks: [{ name: 'test', conclusion: 'SUCCESS' }],
      },
      {
        owner: 'other',
        repo: 'web',
        number: 2,
        statuses: [{ context: 'ci/legacy', state: 'SUCCESS' }],
      },
    );
    const { status, plan } = await live(backlog(ready('a', 1), ready('b', 'other/web#2')));
    expect(github.requests).toHaveLength(1);
    expect(status.api).toMatchObject({ enabled: true, requests: 1, retries: 0, pullRequests: 2 });
    expect(status.api.rateLimit).toEqual({
      cost: 1,
      remaining: 4999,
      resetAt: github.resetAt,
    });
    const a = plan.closeOrder.find((s) => s.name === 'a')!;
    expect(a.live).toMatchObject({
      ref: 'acme/summit#1',
      state: 'OPEN',
      checkState: 'SUCCESS',
      checks: [{ name: 'test', kind: 'check-run', conclusion: 'SUCCESS' }],
      additions: 120,
      deletions: 30,
      changedFiles: 4,
    });
    expect(plan.closeOrder.find((s) => s.name === 'b')!.live?.checks[0]).toMatchObject({
      name: 'ci/legacy',
      kind: 'status',
    });
    expect(a.drift).toEqual([]);
    expect(a.action).toBe('ship');
  });

  it('a merged pull request archives its session and frees the slot', async () => {
    github.pulls.push({ owner: 'acme', repo: 'summit', number: 1, state: 'MERGED' });
    const { plan } = await live(backlog(ready('a', 1), ready('b', 2)));
    expect(plan.counts.active).toBe(1);
    expect(plan.archived).toEqual([
      expect.objectContaining({
        name: 'a',
        drift: [expect.objectContaining({ code: 'pr-merged' })],
      }),
    ]);
    expect(plan.violations).toContainEqual(
      expect.objectContaining({ rail: 'drift', session: 'a' }),
    );
  });

  it('a pull request that is not found affects only its own session', async () => {
    github.pulls.push({ owner: 'acme', repo: 'summit', number: 1 });
    const { plan, status } = await live(backlog(ready('a', 1), ready('b', 404)));
    expect(status.api.failure).toBeUndefined();
    const byName = Object.fromEntries(plan.closeOrder.map((s) => [s.name, s]));
    expect(byName.a!.drift).toEqual([]);
    expect(byName.b!.drift).toEqual([
      { code: 'pr-missing', message: 'acme/summit#404 was not found, or the token cannot see it' },
    ]);
  });

  it('failing checks, a conflict and requested changes make a PR-ready session need more work', async () => {
    github.pulls.push(
      {
        owner: 'acme',
        repo: 'summit',
        number: 1,
        checks: [
          { name: 'lint', conclusion: 'FAILURE' },
          { name: 'e2e', conclusion: 'TIMED_OUT' },
        ],
      },
      { owner: 'acme', repo: 'summit', number: 2, mergeable: 'CONFLICTING' },
      { owner: 'acme', repo: 'summit', number: 3, reviewDecision: 'CHANGES_REQUESTED' },
      { owner: 'acme', repo: 'summit', number: 4, checks: [{ name: 'test', conclusion: null }] },
    );
    const { plan } = await live(
      backlog(ready('a', 1), ready('b', 2), ready('c', 3), ready('d', 4)),
    );
    const byName = Object.fromEntries(plan.closeOrder.map((s) => [s.name, s]));
    expect(byName.a).toMatchObject({
      status: 'needs-more-work',
      declaredStatus: 'pr-ready',
      action: 'continue',
    });
    expect(byName.a!.reason).toBe('Next action: Fix the failing checks: lint, e2e.');
    expect(byName.b!.drift.map((d) => d.code)).toEqual(['merge-conflict']);
    expect(byName.c!.drift.map((d) => d.code)).toEqual(['changes-requested']);
    expect(byName.d).toMatchObject({ status: 'pr-ready', action: 'ship' });
    expect(byName.d!.drift.map((d) => d.code)).toEqual(['checks-pending']);
  });

  it('a URL on another host is reported, not fetched', async () => {
    const { plan } = await live(backlog(ready('a', 'https://gitlab.example/a/b/pull/1')));
    expect(github.requests).toHaveLength(0);
    expect(plan.closeOrder[0]!.drift[0]!.code).toBe('pr-missing');
  });

  it('sessions without a pull request cost no request', async () => {
    await live(backlog('name: a, category: UX, status: needs-more-work, next_action: x'));
    expect(github.requests).toHaveLength(0);
  });
});

describe('finding the last sweep for the ledger', () => {
  it("lists this repository's own sweeps, never a fork's pull request on a branch named main", async () => {
    github.runs.splice(0, Infinity, 52, 41);
    const client = createGitHubClient({
      token: 'ghs_test',
      surface: CLI_SURFACE,
      apiUrl: github.url,
      graphqlUrl: `${github.url}/graphql`,
      timing: FAST,
    });
    const runs = await client.recentSweepRuns('acme', 'summit', 'sweep.yml', 'main');
    expect(runs).toEqual([52, 41]);
    expect(github.requests[0]!.url).toContain(
      '/actions/workflows/sweep.yml/runs?branch=main&status=completed',
    );
  });
});

describe('session names are data', () => {
  it('sessions named constructor, toString and __proto__ plan like any other with live status', async () => {
    github.pulls.push(
      { owner: 'acme', repo: 'summit', number: 1 },
      { owner: 'acme', repo: 'summit', number: 2 },
    );
    const { plan } = await live(
      backlog(
        ready('constructor', 1),
        ready('toString', 2),
        'name: __proto__, category: UX, status: needs-more-work, next_action: go',
      ),
    );
    expect(plan.closeOrder.map((s) => s.name).sort()).toEqual([
      '__proto__',
      'constructor',
      'toString',
    ]);
    expect(plan.closeOrder.find((s) => s.name === 'constructor')?.live?.ref).toBe('acme/summit#1');
  });
});
