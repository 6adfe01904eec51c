// Jules as a session source: its states, what each means to the plan, and its drift codes. Pure.
import type { SourceKind } from './source.js';

/**
 * The state table (README "Live sessions from Jules"): every state but COMPLETED and FAILED holds
 * a slot, including states this version does not know yet.
 */
export const JULES: SourceKind = {
  id: 'jules',
  label: 'Jules',
  noun: 'session',
  entryId: (session) => session.jules,
  accountWide: true,
  states: {
    QUEUED: { meaning: 'working', text: 'Active work: waiting to start.' },
    PLANNING: { meaning: 'working', text: 'Active work: Jules is writing a plan.' },
    IN_PROGRESS: { meaning: 'working', text: 'Active work.' },
    AWAITING_PLAN_APPROVAL: {
      meaning: 'needs-person',
      text: 'Active, waiting on a person: approve the plan. The first recommendation is to answer the agent.',
    },
    AWAITING_USER_FEEDBACK: {
      meaning: 'needs-person',
      text: 'Active, waiting on a person: Jules asked a question. The first recommendation is to answer the agent.',
    },
    PAUSED: {
      meaning: 'paused',
      text: 'Active and stalled: the `stalled` rail asks for a rescue or an unblocker.',
    },
    COMPLETED: {
      meaning: 'finished',
      text: 'Finished: no slot in Jules (its entry counts in the file until archived). With a pull request the entry is pr-created (archive once the PR is merged); without one it is an archive candidate.',
    },
    FAILED: {
      meaning: 'failed',
      text: 'Finished: no slot in Jules (its entry counts in the file until archived). An archive candidate, with a rescue prompt recommended.',
    },
  },
  codes: {
    untracked: 'jules-untracked',
    awaiting: 'jules-awaiting-input',
    failed: 'jules-failed',
    finished: 'jules-finished',
    missing: 'jules-missing',
    archived: 'jules-archived',
  },
  waitingFor: (state) =>
    state === 'AWAITING_PLAN_APPROVAL'
      ? 'is waiting for its plan to be approved'
      : 'is waiting for an answer',
};
