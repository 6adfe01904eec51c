// What each rail guards, in the playbook's words, and what breaking it does to the check. The
// README's rails table is generated from this and from the default `fail-on` (`npm run docs`), so
// a new rail is documented where it is declared.
import { closest } from '../backlog/suggest.js';
import { RAIL_IDS, type RailId, type Verdict, type Violation } from './types.js';

export const RAIL_MEANINGS: Record<
  RailId,
  {
    brokenWhen: string;
    pointsAt: string;
    /** A graded rail's severities under `fail-on`, when they are not simply "error". */
    graded?: string;
  }
> = {
  capacity: {
    brokenWhen:
      "slots taken > capacity − reserve (the reserve slot is taken); with Jules read, slots are the whole account's",
    pointsAt: 'the session that took the reserve slot',
  },
  'capacity-hard': {
    brokenWhen:
      "slots taken > capacity (with `jules-plan`, the smaller of the file's and the plan's)",
    pointsAt: 'the first session past the cap',
  },
  'cold-category': {
    brokenWhen: 'a rotation category has no active session, or (across sweeps) none that moved',
    pointsAt: 'the category in `categories:`, when listed',
  },
  schema: {
    brokenWhen:
      'the backlog cannot be read or is invalid; a warning when the file reads but something in it is likely wrong (a near-miss category, a converted value, a capacity above what `jules-plan` allows)',
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
  'daily-quota': {
    brokenWhen:
      "with `jules-plan`, the sessions created in the last 24 hours (archived ones too) reach 80% of the plan's daily tasks; an error once they are all spent while prompts wait for a slot",
    pointsAt: 'the account (no line): the summary says when the oldest task frees one',
    graded: 'error when spent while prompts wait; warning from 80%',
  },
};

export const DEFAULT_FAIL_ON: readonly RailId[] = [
  'capacity-hard',
  'cold-category',
  'schema',
  'new-session-at-capacity',
  'daily-quota',
];

/**
 * Rails whose findings are graded: under `fail-on` each keeps its own severity (a warning short
 * of the limit, an error past it); left out of `fail-on`, all warn.
 */
const GRADED_RAILS: ReadonlySet<RailId> = new Set(['daily-quota']);

/** `capacity-hard, cold-category`: the rail ids of `fail-on` and `--fail-on`. */
export function parseRailIds(text: string): RailId[] | { problem: string } {
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const unknown = ids.filter((id) => !(RAIL_IDS as readonly string[]).includes(id));
  if (unknown.length > 0) {
    const hint = closest(unknown[0]!, RAIL_IDS);
    return {
      problem: `names no rail ${unknown.map((id) => `"${id}"`).join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}; rails are ${RAIL_IDS.join(', ')}`,
    };
  }
  return ids as RailId[];
}

/**
 * A rail fails the check when `fail-on` names it; problems in the file keep their own severity,
 * and so does a graded rail's finding when `fail-on` names it.
 */
export function railSeverity(v: Pick<Violation, 'rail' | 'severity'>, failOn: ReadonlySet<RailId>) {
  if (v.rail === 'schema') return v.severity;
  if (!failOn.has(v.rail)) return 'warning';
  return GRADED_RAILS.has(v.rail) ? v.severity : 'error';
}

/** fail: an error rail is broken (with `onlyIntroduced`, one this change introduced). */
export function verdictOf(violations: readonly Violation[], onlyIntroduced = false): Verdict {
  if (violations.some((v) => v.severity === 'error' && (!onlyIntroduced || v.introduced !== false)))
    return 'fail';
  if (violations.length > 0) return 'warn';
  return 'pass';
}
