// The core loop's decision for each active session: ship, archive, park, continue, or fast-track
// when full. Pure.
import type { Session } from '../backlog/model.js';
import type { Swept } from './facts.js';
import type { PlanAction, PlannedSession } from './types.js';

/**
 * "If full, fast-track the nearest-to-finish session": when slots must be freed, the sessions
 * that still need work with the fewest remaining steps, as many as shipping and archiving leave
 * uncovered, and at least one.
 */
export function chooseFastTrack(
  ordered: readonly { session: Session }[],
  needed: number,
  candidates: ReadonlySet<Session>,
): Set<Session> {
  if (needed === 0) return new Set();
  const chosen = new Set<Session>();
  const shipping = ordered.filter(
    ({ session: s }) =>
      candidates.has(s) || (!s.blocked && (s.status === 'pr-ready' || s.status === 'pr-created')),
  ).length;
  const count = Math.max(1, needed - shipping);
  // The close order already puts the fewest remaining steps first.
  for (let i = 0; i < ordered.length && chosen.size < count; i++) {
    const { session } = ordered[i]!;
    if (!session.blocked && session.status === 'needs-more-work' && !candidates.has(session))
      chosen.add(session);
  }
  return chosen;
}

export function planSession(
  swept: Swept,
  fastTrack: boolean,
  reasons: Reasons = new Reasons(),
): PlannedSession {
  const { session } = swept;
  const action = swept.exit ? 'archive' : decide(session, fastTrack);
  const planned: PlannedSession = {
    name: session.name,
    category: session.category,
    status: session.status,
    declaredStatus: swept.declaredStatus,
    statusText: session.statusText,
    remainingSteps: session.remainingSteps,
    blocked: session.blocked,
    blockedFlag: session.blockedFlag,
    kind: session.kind,
    actions: session.actions,
    rank: swept.rank,
    action,
    reason: swept.exit ? swept.exit : reasons.of(session, action),
    location: session.location,
    drift: swept.drift,
  };
  if (swept.live) planned.live = swept.live;
  if (swept.jules) planned.jules = swept.jules;
  if (swept.agent?.kind.id === 'copilot') planned.copilot = swept.agent.session;
  if (session.blocker !== undefined) planned.blocker = session.blocker;
  if (session.pr !== undefined) planned.pr = session.pr;
  if (session.started !== undefined) planned.started = session.started;
  if (session.nextAction !== undefined) planned.nextAction = session.nextAction;
  return planned;
}

/** "For each session, decide if it is PR-ready": ship, archive, park, continue or fast-track. */
function decide(session: Session, fastTrack: boolean): PlanAction {
  if (session.blocked) return 'park';
  switch (session.status) {
    case 'pr-ready':
      return 'ship';
    case 'pr-created':
      return 'archive';
    default:
      return fastTrack ? 'fast-track' : 'continue';
  }
}

/**
 * Each decision in the playbook's words. Neighbours in the close order often share a blocker or
 * a next action, so the last reason made from each is given again rather than made anew.
 */
export class Reasons {
  private blocker: string | undefined;
  private parked = '';
  private nextAction: string | undefined;
  private next = '';

  of(session: Session, action: PlanAction): string {
    switch (action) {
      case 'park':
        if (this.parked === '' || session.blocker !== this.blocker) {
          this.blocker = session.blocker;
          this.parked = `Blocked (${session.blocker ?? 'unspecified'}): log the blocker in the session update and switch to the next session.`;
        }
        return this.parked;
      case 'ship':
        return 'PR-ready: run targeted checks, clean the diff, craft the PR title and body, and open the PR.';
      case 'archive':
        return 'PR already exists: confirm its checks and approvals, then archive the session.';
      case 'fast-track':
        return `No slot is free: finish the shortest path to a PR (stabilise → test → PR), ${session.remainingSteps} step(s) left.`;
      default:
        if (!session.nextAction) return 'Needs more work, and no next action is recorded.';
        if (this.next === '' || session.nextAction !== this.nextAction) {
          this.nextAction = session.nextAction;
          this.next = `Next action: ${session.nextAction}`;
        }
        return this.next;
    }
  }
}
