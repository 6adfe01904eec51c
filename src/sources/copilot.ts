// GitHub Copilot's cloud agent as a session source: the agent tasks API's states, what each means
// to the plan, and the drift codes of its tasks. Pure.
import type { SourceKind } from './source.js';

/**
 * The state table (README "Live tasks from Copilot"): a task holds a slot until it completed,
 * failed, timed out or was cancelled, including states this version does not know yet.
 */
export const COPILOT: SourceKind = {
  id: 'copilot',
  label: 'Copilot',
  noun: 'task',
  entryId: (session) => session.copilot,
  accountWide: false,
  states: {
    queued: { meaning: 'working', text: 'Active work: waiting to start.' },
    in_progress: { meaning: 'working', text: 'Active work.' },
    waiting_for_user: {
      meaning: 'needs-person',
      text: 'Active, waiting on a person: the agent asked for input. The first recommendation is to answer the agent.',
    },
    idle: {
      meaning: 'paused',
      text: 'Active and not working: the `stalled` rail asks for a rescue or an unblocker.',
    },
    completed: {
      meaning: 'finished',
      text: 'Finished: no slot (its entry counts in the file until archived). With a pull request the entry is pr-created (archive once the PR is merged); without one it is an archive candidate.',
    },
    cancelled: {
      meaning: 'finished',
      text: 'Stopped by a person: no slot. With a pull request the entry is pr-created; without one it is an archive candidate.',
    },
    failed: {
      meaning: 'failed',
      text: 'Finished: no slot. An archive candidate, with a rescue prompt recommended.',
    },
    timed_out: {
      meaning: 'failed',
      text: 'Ran out of time: no slot. An archive candidate, with a rescue prompt recommended.',
    },
  },
  codes: {
    untracked: 'copilot-untracked',
    awaiting: 'copilot-waiting',
    failed: 'copilot-failed',
    finished: 'copilot-finished',
    missing: 'copilot-missing',
    archived: 'copilot-archived',
  },
  waitingFor: () => 'is waiting for an answer',
};
