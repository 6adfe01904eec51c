// What each rail guards, in the playbook's words. The README's rails table is generated from this
// and from the default `fail-on` (`npm run docs`), so a new rail is documented where it is declared.
import type { RailId } from './types.js';

export const RAIL_MEANINGS: Record<RailId, { brokenWhen: string; pointsAt: string }> = {
  capacity: {
    brokenWhen: 'active > capacity − reserve (the reserve slot is taken)',
    pointsAt: 'the session that took the reserve slot',
  },
  'capacity-hard': { brokenWhen: 'active > capacity', pointsAt: 'the first session past the cap' },
  'cold-category': {
    brokenWhen: 'a rotation category has no active session, or (across sweeps) none that moved',
    pointsAt: 'the category in `categories:`, when listed',
  },
  schema: {
    brokenWhen:
      'the backlog cannot be read or is invalid; a warning when the file reads but something in it is likely wrong (a near-miss category, a converted value)',
    pointsAt: 'the offending line',
  },
  'missing-next-action': {
    brokenWhen: 'a session needs more work and records no next action',
    pointsAt: 'the session',
  },
  drift: {
    brokenWhen: 'the file and GitHub disagree (see [Live status](#live-status))',
    pointsAt: 'the session',
  },
  stalled: {
    brokenWhen:
      'a session has not moved for `cold-after-sweeps` sweeps: start a rescue (or, when blocked, an unblocker) session',
    pointsAt: 'the session',
  },
  'new-session-at-capacity': {
    brokenWhen:
      'a session was opened while no slot was free and nothing was archived or removed (between sweeps, or in a pull request)',
    pointsAt: 'the new session',
  },
  rotation: {
    brokenWhen: 'a pull request adds a session to a warm category while another is cold',
    pointsAt: 'the new session',
  },
  'cadence-overdue': {
    brokenWhen: 'no governance (every 12 cycles) or scheduler (every 30) session for that long',
    pointsAt: 'the file',
  },
  'hardening-overdue': {
    brokenWhen: 'an incident has had no hardening session for more than two cycles',
    pointsAt: 'the incident',
  },
  'stale-prompt': {
    brokenWhen: 'a prompt is marked obsolete or older than `stale-prompt-days`',
    pointsAt: 'the prompt',
  },
  'blocker-aging': {
    brokenWhen:
      'a session has been blocked for more than two cycles (the message quotes the blocker)',
    pointsAt: 'the session',
  },
};
