// The drift table: how live facts correct a session's declared status.
import { describe, expect, it } from 'vitest';
import type { Session } from '../src/backlog/model.js';
import type { Status } from '../src/backlog/schema.js';
import { reconcile } from '../src/planner/drift.js';
import type { LivePull } from '../src/planner/types.js';

const session = (status: Status, extra: Partial<Session> = {}): Session => ({
  name: 's',
  category: 'UX',
  status,
  statusText: status,
  remainingSteps: 0,
  blocked: status === 'blocked',
  blockedFlag: false,
  actions: [],
  kind: 'prompt',
  location: { file: 'sessions.yaml', line: 3, column: 5 },
  pr: { number: 7 },
  ...extra,
});

const pull = (extra: Partial<LivePull> = {}): { pull: LivePull } => ({
  pull: {
    ref: 'acme/web#7',
    url: 'https://github.com/acme/web/pull/7',
    title: 't',
    body: '',
    state: 'OPEN',
    isDraft: false,
    merged: false,
    mergedAt: null,
    closedAt: null,
    createdAt: '2026-11-20T00:00:00Z',
    updatedAt: '2026-11-24T00:00:00Z',
    additions: 1,
    deletions: 1,
    changedFiles: 1,
    reviewDecision: null,
    mergeable: 'MERGEABLE',
    mergeStateStatus: 'CLEAN',
    headSha: 'abc',
    checkState: 'SUCCESS',
    checks: [],
    ...extra,
  },
});

const codes = (s: Session, live?: Parameters<typeof reconcile>[1]) =>
  reconcile(s, live).drift.map((d) => d.code);

describe('drift codes', () => {
  it('pr-merged: whatever the file says, the session is archived first', () => {
    for (const status of ['pr-ready', 'pr-created', 'needs-more-work'] as const) {
      const effective = reconcile(session(status), pull({ state: 'MERGED', merged: true }));
      expect(effective.status).toBe('archived');
      expect(effective.drift.map((d) => d.code)).toEqual(['pr-merged']);
    }
  });

  it('pr-closed: closed without merging needs work (reopen or archive)', () => {
    const effective = reconcile(session('pr-created'), pull({ state: 'CLOSED' }));
    expect(effective).toMatchObject({ status: 'needs-more-work', remainingSteps: 1 });
    expect(effective.nextAction).toBe(
      'PR #7 was closed without merging: reopen it, or archive the session.',
    );
  });

  it('pr-missing: not found keeps the declared status', () => {
    const effective = reconcile(session('pr-ready'), { missing: 'acme/web#7 was not found' });
    expect(effective.status).toBe('pr-ready');
    expect(effective.drift).toEqual([{ code: 'pr-missing', message: 'acme/web#7 was not found' }]);
  });

  it('pr-ref-missing: pr-created without `pr:`, even offline', () => {
    expect(codes(session('pr-created', { pr: undefined }))).toEqual(['pr-ref-missing']);
    expect(codes(session('pr-ready', { pr: undefined }))).toEqual([]);
  });

  it("pr-ref-missing comes before GitHub's drift, and one entry's drift never shows on another", () => {
    const noRef = { pr: undefined };
    expect(codes(session('pr-created', noRef), { missing: 'not found' })).toEqual([
      'pr-ref-missing',
      'pr-missing',
    ]);
    expect(codes(session('pr-ready'), { missing: 'not found' })).toEqual(['pr-missing']);
    expect(codes(session('pr-created', noRef))).toEqual(['pr-ref-missing']);
    expect(codes(session('pr-ready'))).toEqual([]);
    expect(codes(session('archived', noRef), { missing: 'not found' })).toEqual([]);
  });

  it('checks-failing names the failing checks and makes the next action fix them', () => {
    const effective = reconcile(
      session('pr-ready'),
      pull({
        checkState: 'FAILURE',
        checks: [
          { name: 'lint', kind: 'check-run', status: 'COMPLETED', conclusion: 'FAILURE' },
          { name: 'unit', kind: 'check-run', status: 'COMPLETED', conclusion: 'SUCCESS' },
          { name: 'ci/legacy', kind: 'status', status: 'ERROR', conclusion: 'ERROR' },
        ],
      }),
    );
    expect(effective.status).toBe('needs-more-work');
    expect(effective.drift).toEqual([
      { code: 'checks-failing', message: 'failing checks: lint, ci/legacy' },
    ]);
    expect(effective.nextAction).toBe('Fix the failing checks: lint, ci/legacy.');
  });

  it("a fork's check names are bounded: the first three, each an excerpt, then how many more", () => {
    const checks = Array.from({ length: 100 }, (_, i) => ({
      name: `${'n'.repeat(65_536)}${i}`,
      kind: 'check-run' as const,
      status: 'COMPLETED',
      conclusion: 'FAILURE',
    }));
    const effective = reconcile(session('pr-ready'), pull({ checkState: 'FAILURE', checks }));
    const message = effective.drift[0]!.message;
    expect(message).toMatch(/^failing checks: n+… \(65\d+ more characters\), .* and 97 more$/);
    // Three names of at most 120 characters each, whatever GitHub sent.
    expect(message.length).toBeLessThan(500);
    expect(effective.nextAction!.length).toBeLessThan(500);
  });

  it('checks-pending is reported and changes nothing', () => {
    const effective = reconcile(session('pr-ready'), pull({ checkState: 'PENDING' }));
    expect(effective).toMatchObject({ status: 'pr-ready', drift: [{ code: 'checks-pending' }] });
  });

  it('changes-requested and merge-conflict make a shippable session need more work', () => {
    expect(
      reconcile(session('pr-created'), pull({ reviewDecision: 'CHANGES_REQUESTED' })).status,
    ).toBe('needs-more-work');
    expect(reconcile(session('pr-ready'), pull({ mergeable: 'CONFLICTING' })).nextAction).toBe(
      'Resolve the merge conflict.',
    );
  });

  it('draft: marked pr-ready but the pull request is a draft', () => {
    expect(codes(session('pr-ready'), pull({ isDraft: true }))).toEqual(['draft']);
    expect(codes(session('needs-more-work'), pull({ isDraft: true }))).toEqual([]);
  });

  it('a session that needs more work keeps its own next action when checks fail', () => {
    const effective = reconcile(
      session('needs-more-work', { nextAction: 'write the migration' }),
      pull({
        checks: [{ name: 'lint', kind: 'check-run', status: 'COMPLETED', conclusion: 'FAILURE' }],
      }),
    );
    expect(effective).toMatchObject({
      status: 'needs-more-work',
      nextAction: 'write the migration',
    });
    expect(effective.drift.map((d) => d.code)).toEqual(['checks-failing']);
  });

  it('an archived session is never corrected', () => {
    expect(reconcile(session('archived'), pull({ state: 'CLOSED' })).drift).toEqual([]);
  });
});
