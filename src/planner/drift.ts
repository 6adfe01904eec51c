// Effective status: the declared status corrected by what GitHub says. Pure.
import type { Session } from '../backlog/model.js';
import type { Status } from '../backlog/schema.js';
import { excerptList } from '../render/escape.js';

/** The longest check name quoted whole. */
const CHECK_NAME_CHARS = 120;
import type { Drift, DriftCode, LiveLookup, LivePull } from './types.js';

/**
 * What each drift code means: when GitHub shows it, and what the planner then does. The README's
 * drift table is generated from this (`npm run docs`), so a new code is documented where it is made.
 */
export const DRIFT_MEANINGS: Record<DriftCode, { when: string; effect: string }> = {
  'pr-merged': {
    when: 'the pull request merged while the file says pr-ready, pr-created or needs-more-work',
    effect: 'the session is archived: its slot is free at no cost, listed under "Archive now"',
  },
  'pr-closed': {
    when: 'the pull request was closed without merging',
    effect: 'needs more work; next action: reopen it, or archive the session',
  },
  'pr-missing': {
    when: 'the pull request is not found, not accessible, or on another host',
    effect: 'status unchanged; the reason says which',
  },
  'pr-ref-missing': {
    when: 'status pr-created but no `pr:` (also offline)',
    effect: 'status unchanged',
  },
  'checks-failing': {
    when: 'a check run failed, timed out, was cancelled or needs action, or a status errored',
    effect:
      'a PR-ready or PR-created session needs more work; next action names the failing checks',
  },
  'checks-pending': { when: 'checks are still running', effect: 'status unchanged' },
  'changes-requested': {
    when: 'a reviewer requested changes',
    effect: 'a PR-ready or PR-created session needs more work',
  },
  'merge-conflict': {
    when: 'the pull request conflicts with its base',
    effect: 'a PR-ready or PR-created session needs more work',
  },
  draft: {
    when: 'marked pr-ready but the pull request is a draft',
    effect: 'needs more work; next action: mark it ready for review',
  },
  'jules-untracked': {
    when: 'Jules runs a session of this repository that no entry names (or one the file archived)',
    effect:
      "it takes a slot: counted in Jules' live count; recommendation: track it with `jules: <id>`",
  },
  'jules-awaiting-input': {
    when: 'Jules waits for a plan approval or an answer',
    effect:
      'status unchanged; the first recommendation is to answer the agent, with the session URL',
  },
  'jules-failed': {
    when: 'the session failed in Jules',
    effect: 'an archive candidate, first in the close order; recommendation: a rescue prompt',
  },
  'jules-finished': {
    when: 'the file says active, Jules says COMPLETED',
    effect:
      'with a pull request: pr-created (archive once it is merged); without one: an archive candidate',
  },
  'jules-missing': {
    when: 'the file names a Jules id that Jules answers 404 for',
    effect: 'status unchanged',
  },
  'jules-archived': {
    when: 'the file names a Jules session that was archived in Jules',
    effect:
      "archived in Jules: set the entry's status to archived; the entry plans as archived and holds no slot",
  },
  'copilot-untracked': {
    when: "Copilot's cloud agent runs a task in this repository that no entry names (or one the file archived)",
    effect:
      'it takes a slot: counted with the live tasks; recommendation: track it with `copilot: <task id>`',
  },
  'copilot-waiting': {
    when: 'a Copilot task waits for a person (`waiting_for_user`)',
    effect: 'status unchanged; the first recommendation is to answer the agent, with the task URL',
  },
  'copilot-failed': {
    when: 'a Copilot task failed or timed out',
    effect: 'an archive candidate, first in the close order; recommendation: a rescue prompt',
  },
  'copilot-finished': {
    when: 'the file says active, the Copilot task completed or was cancelled',
    effect:
      'with a pull request: pr-created (archive once it is merged); without one: an archive candidate',
  },
  'copilot-missing': {
    when: 'the file names a Copilot task id that the agent tasks API answers 404 for',
    effect: 'status unchanged',
  },
  'copilot-archived': {
    when: 'the file names a Copilot task that was archived',
    effect:
      "archived in Copilot: set the entry's status to archived; the entry plans as archived and holds no slot",
  },
};

export interface Effective {
  status: Status;
  remainingSteps: number;
  nextAction?: string;
  drift: Drift[];
}

/** No drift: frozen, so a push onto the list every such entry shares fails loudly. */
const NO_DRIFT: Drift[] = Object.freeze([]) as unknown as Drift[];

/** Status pr-created and no `pr:`, whether GitHub was read or not; frozen, as NO_DRIFT. */
const REF_MISSING: Drift[] = Object.freeze([
  Object.freeze({
    code: 'pr-ref-missing',
    message: 'status is pr-created but no `pr:` names the pull request',
  }),
]) as unknown as Drift[];

/** Check conclusions that mean the pull request cannot ship as it is. */
const FAILING = new Set([
  'FAILURE',
  'ERROR',
  'TIMED_OUT',
  'CANCELLED',
  'ACTION_REQUIRED',
  'STARTUP_FAILURE',
]);

export function failingChecks(pull: LivePull): string[] {
  return pull.checks
    .filter((c) => c.conclusion !== null && FAILING.has(c.conclusion))
    .map((c) => c.name);
}

/**
 * The drift table (README "Live status"): a merged PR means archive first; a closed one means
 * reopen or archive; failing checks, a merge conflict, requested changes or a draft mean a
 * PR-ready or PR-created session is not shippable and needs more work, with that as its next action.
 */
export function reconcile(session: Session, lookup: LiveLookup | undefined): Effective {
  const refMissing = session.status === 'pr-created' && !session.pr;
  // Offline, an entry's drift is one of two lists every such entry shares, which nothing changes.
  const unread = !lookup || session.status === 'archived';
  const drift = unread
    ? refMissing
      ? REF_MISSING
      : NO_DRIFT
    : refMissing
      ? [REF_MISSING[0]!]
      : [];
  const { status, remainingSteps, nextAction } = session;
  // Made whole at once: a field added later costs each of 100,000 entries a second allocation.
  const declared: Effective =
    nextAction !== undefined
      ? { status, remainingSteps, drift, nextAction }
      : { status, remainingSteps, drift };
  if (!lookup || session.status === 'archived') return declared;
  if ('missing' in lookup) {
    declared.drift.push({ code: 'pr-missing', message: lookup.missing });
    return declared;
  }

  const pull = lookup.pull;
  const number = pull.ref.slice(pull.ref.lastIndexOf('#'));
  if (pull.merged || pull.state === 'MERGED') {
    drift.push({
      code: 'pr-merged',
      message: `PR ${number} was merged: archive the session, its slot is free`,
    });
    return { ...declared, status: 'archived', nextAction: `Archive: PR ${number} was merged.` };
  }
  if (pull.state === 'CLOSED') {
    drift.push({ code: 'pr-closed', message: `PR ${number} was closed without merging` });
    return demote(
      declared,
      `PR ${number} was closed without merging: reopen it, or archive the session.`,
      true,
    );
  }

  const shippable = session.status === 'pr-ready' || session.status === 'pr-created';
  const reasons: string[] = [];
  const failing = failingChecks(pull);
  if (failing.length > 0) {
    // Check names come from the pull request's workflows: a fork chooses them, so they are
    // bounded, at a length that keeps real ones ("CI / test (ubuntu-latest, node 24)") whole.
    const named = excerptList(failing, 3, CHECK_NAME_CHARS);
    drift.push({ code: 'checks-failing', message: `failing checks: ${named}` });
    reasons.push(`Fix the failing checks: ${named}.`);
  } else if (pull.checkState === 'PENDING' || pull.checkState === 'EXPECTED') {
    drift.push({ code: 'checks-pending', message: 'checks are still running' });
  }
  if (pull.mergeable === 'CONFLICTING') {
    drift.push({ code: 'merge-conflict', message: `PR ${number} conflicts with its base branch` });
    reasons.push('Resolve the merge conflict.');
  }
  if (pull.reviewDecision === 'CHANGES_REQUESTED') {
    drift.push({ code: 'changes-requested', message: 'a reviewer requested changes' });
    reasons.push('Address the requested changes.');
  }
  if (pull.isDraft && session.status === 'pr-ready') {
    drift.push({ code: 'draft', message: `marked pr-ready, but PR ${number} is a draft` });
    reasons.push('Mark the pull request ready for review.');
  }
  if (shippable && reasons.length > 0) return demote(declared, reasons.join(' '), false);
  return declared;
}

function demote(declared: Effective, nextAction: string, always: boolean): Effective {
  if (!always && declared.status !== 'pr-ready' && declared.status !== 'pr-created')
    return declared;
  return {
    ...declared,
    status: declared.status === 'blocked' ? 'blocked' : 'needs-more-work',
    remainingSteps: Math.max(1, declared.remainingSteps),
    nextAction,
  };
}
