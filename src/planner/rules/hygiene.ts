// Hygiene: a backlog that reads, a next action for every session that needs work, and a file that
// agrees with what GitHub and Jules show.
import type { Diagnostic } from '../../backlog/model.js';
import { julesLabel } from '../jules.js';
import { meaningOf, type LiveSession, type SourceKind } from '../../sources/index.js';
import { futureDates } from '../movement.js';
import type { Drift, Violation } from '../types.js';
import { atLocation, nameOf, sessionViolation, type Findings } from './rule.js';
import type { SweepFacts } from '../facts.js';

/** Problems in the file itself are the `schema` rail. */
export function schemaViolations(diagnostics: readonly Diagnostic[]): Violation[] {
  return diagnostics.map((error) => ({
    rail: 'schema',
    severity: error.severity,
    message: error.message,
    fix: error.fix ?? 'See schema/sessions.schema.json.',
    ...(error.location ? atLocation(error.location) : {}),
  }));
}

/**
 * JSON array of session objects
 *
 * The loader's warnings, and dates after this sweep, which count neither as movement nor age.
 * @rail schema
 * @test test/rotation.test.ts > a prompt added in the future is a warning at its line, aged from today (not stale)
 */
export function schema({ backlog, now }: SweepFacts): Findings {
  return {
    violations: schemaViolations(backlog.warnings.concat(futureDates(backlog, now))),
  };
}

/**
 * If not ready: record the single highest-value next action (code, tests, docs, unblock).
 *
 * A session that needs more work, is not blocked and records no `next_action`: a warning at its line.
 * @rail missing-next-action
 * @test test/planner.test.ts > a session that needs more work without a next action is a warning at its line
 */
export function missingNextAction({ sessions }: SweepFacts): Findings {
  const violations: Violation[] = [];
  // Indexed: a for-of makes an iterator result per session until the loop is optimised.
  for (let i = 0; i < sessions.length; i++) {
    const session = sessions[i]!;
    if (session.status !== 'needs-more-work' || session.blocked || session.nextAction) continue;
    violations.push(
      sessionViolation(
        session,
        'missing-next-action',
        'warning',
        `Session "${session.name}" needs more work but records no next action.`,
        'Add `next_action:` with the single highest-value step (code, tests, docs, unblock).',
      ),
    );
  }
  return { violations };
}

/**
 * If PR already exists: archive the session after confirming status and follow-ups.
 *
 * Where the file and GitHub (or Jules) disagree: a warning on the session's line, one per code.
 * @rail drift
 * @test test/live.test.ts > a merged pull request archives its session and frees the slot
 */
export function drift({ active, archived }: SweepFacts): Findings {
  const violations: Violation[] = [];
  for (const swept of [active, archived]) {
    for (let i = 0; i < swept.length; i++) {
      const { session, drift: found } = swept[i]!;
      for (let k = 0; k < found.length; k++) {
        const d = found[k]!;
        violations.push(
          sessionViolation(
            session,
            'drift',
            'warning',
            `Session "${session.name}": ${d.message} [${d.code}].`,
            DRIFT_FIX[d.code],
          ),
        );
      }
    }
  }
  return { violations };
}

/**
 * Sweep all active sessions (max 15).
 *
 * A session Jules runs that the file does not name takes a slot; a paused one is stalled too.
 * @rail drift
 * @test test/jules.test.ts > a live Jules session no entry names is jules-untracked: it takes a slot
 */
export function julesUntracked({ untracked }: SweepFacts): Findings {
  const violations: Violation[] = [];
  for (const { kind, session: j } of untracked) {
    const about = findingAbout(kind, j);
    const code = kind.codes.untracked;
    violations.push({
      rail: 'drift',
      severity: 'warning',
      message: `${kind.label} ${kind.noun} ${julesLabel(j)} is ${j.state} but no entry of the backlog names it: it takes a slot [${code}].`,
      fix: DRIFT_FIX[code],
      ...about,
    });
    if (meaningOf(kind, j.state) !== 'paused') continue;
    violations.push({
      rail: 'stalled',
      severity: 'warning',
      message: `${kind.label} ${kind.noun} ${julesLabel(j)} is ${j.state === 'PAUSED' ? 'paused' : j.state}, and no entry of the backlog names it.`,
      fix: `Resume it in ${kind.label} or stop it; if it stays, add it to the backlog with \`${kind.id}: <id>\`.`,
      ...about,
    });
  }
  return { violations };
}

/** Which live session a finding is about, when no entry of the file names it. */
const findingAbout = (kind: SourceKind, j: LiveSession): Partial<Violation> =>
  kind.id === 'jules' ? { julesSession: j.id } : { copilotTask: j.id };

/**
 * Sweep all active sessions (max 15).
 *
 * The entry to add for a session Jules runs untracked, or the hint to stop it.
 * @test test/jules.test.ts > a live Jules session no entry names is jules-untracked: it takes a slot
 */
export function trackSession({ untracked }: SweepFacts): Findings {
  return {
    recommendations: untracked.map(({ kind, session: j }) => ({
      kind: 'track-session',
      session: nameOf(j),
      url: j.url,
      reason: `Add it to the backlog with \`${kind.id}: ${j.id}\` (it is ${j.state} in ${kind.label} and takes a slot), or stop it in ${kind.label}.`,
    })),
  };
}

const DRIFT_FIX: Record<Drift['code'], string> = {
  'pr-merged': 'Set `status: archived` in the backlog; the slot is already free.',
  'pr-closed': 'Reopen the pull request, or archive the session.',
  'pr-missing': 'Fix `pr:`, or give the token access to that repository.',
  'pr-ref-missing': 'Add `pr:` with the pull request number or URL.',
  'checks-failing': 'Fix the failing checks before shipping.',
  'checks-pending': 'Wait for the checks before shipping.',
  'changes-requested': 'Address the review, then ship.',
  'merge-conflict': 'Rebase or merge the base branch and resolve the conflict.',
  draft: 'Mark the pull request ready for review, or set the status to needs-more-work.',
  'jules-untracked':
    'Add the session to the backlog with `jules: <id>`, or stop it in Jules; until then it takes a slot.',
  'jules-awaiting-input': 'Answer the agent in Jules: approve the plan or reply to its question.',
  'jules-failed': 'Archive the session and start a rescue prompt for what it left undone.',
  'jules-finished':
    'Update the entry: pr-created with `pr:` when Jules opened one, otherwise archive it.',
  'jules-missing':
    'Fix `jules:` (the id is in the session URL), or remove it if the session is gone.',
  'jules-archived': "Set the entry's `status: archived`; the session holds no slot in Jules.",
  'copilot-untracked':
    'Add the task to the backlog with `copilot: <task id>`, or stop it in Copilot; until then it takes a slot.',
  'copilot-waiting': 'Answer the agent: reply to the task in Copilot.',
  'copilot-failed': 'Archive the session and start a rescue prompt for what the task left undone.',
  'copilot-finished':
    'Update the entry: pr-created with `pr:` when Copilot opened one, otherwise archive it.',
  'copilot-missing':
    'Fix `copilot:` (the task id is in the task URL), or remove it if the task is gone.',
  'copilot-archived': "Set the entry's `status: archived`; the task holds no slot.",
};
