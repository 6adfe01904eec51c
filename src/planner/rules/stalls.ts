// When a session stalls or is blocked: stalled rails, rescue and unblocker sessions, aging
// blockers, and the sessions that wait for a person's answer.
import type { Session } from '../../backlog/model.js';
import { JULES, meaningOf, type LiveSession, type SourceKind } from '../../sources/index.js';
import type { Recommendation, Violation } from '../types.js';
import { atSession, nameOf, sessionViolation, type Findings } from './rule.js';
import type { SweepFacts } from '../facts.js';

/**
 * If two cycles pass without movement, start a short-lived rescue or unblocker session.
 *
 * Quiet for `cold-after-sweeps` sweeps in the ledger, blocked or not.
 * @rail stalled
 * @test test/sweeps.test.ts > a session with no movement for two sweeps is stalled, and gets a rescue
 */
export function stalled({ movement, coldAfterSweeps }: SweepFacts): Findings {
  if (!movement) return {};
  const violations: Violation[] = [];
  for (const [session, quiet] of movement.quiet) {
    if (quiet < coldAfterSweeps) continue;
    violations.push(
      sessionViolation(
        session,
        'stalled',
        'warning',
        `Session "${session.name}" has not moved in ${quiet} sweep(s).`,
        session.blocked
          ? 'Escalate the blocker with a proposed mitigation, or start a short-lived unblocker session.'
          : 'Trim it to a shippable slice, or start a short-lived rescue session (stabilise → test → PR).',
      ),
    );
  }
  return { violations };
}

/**
 * Re-evaluate scope; trim to a shippable slice that still moves the main objective.
 *
 * A session Jules has paused is stalled whatever the ledger says.
 * @rail stalled
 * @test test/jules.test.ts > PAUSED is active and stalled
 */
export function pausedInJules({ active }: SweepFacts): Findings {
  const paused = active.filter((s) => s.paused);
  return {
    violations: paused.map(({ session, agent }) => ({
      rail: 'stalled',
      severity: 'warning',
      message:
        agent!.kind === JULES
          ? `Session "${session.name}" is paused in Jules (${agent!.session.id}).`
          : `Session "${session.name}" is ${agent!.session.state} in ${agent!.kind.label} (${agent!.session.id}).`,
      fix: `Resume it in ${agent!.kind.label}, trim it to a shippable slice, or start a short-lived rescue session.`,
      ...atSession(session),
    })),
  };
}

/**
 * Continuous forward motion: every cycle either closes a PR or advances a session with a concrete, high-value step.
 *
 * "Answer the agent" comes before anything else: a person is what holds these sessions, tracked in
 * the file or not.
 * @test test/jules.test.ts > waiting on a person: the first recommendations are to answer the agent, with its URL
 */
export function answerAgent({ active, untracked }: SweepFacts): Findings {
  const waiting = (kind: SourceKind, j: LiveSession) =>
    kind === JULES
      ? j.state === 'AWAITING_PLAN_APPROVAL'
        ? `Jules is waiting for its plan to be approved: review it at ${j.url}.`
        : `Jules asked a question and waits for an answer: reply at ${j.url}.`
      : `${kind.label} asked for input and waits for an answer: reply at ${j.url}.`;
  const recommendations: Recommendation[] = [];
  // Indexed: a for-of makes an iterator result per session until the loop is optimised.
  for (let i = 0; i < active.length; i++) {
    const { session, agent, awaitingInput } = active[i]!;
    if (!awaitingInput || !agent) continue;
    recommendations.push({
      kind: 'answer-agent',
      session: session.name,
      category: session.category,
      url: agent.session.url,
      reason: waiting(agent.kind, agent.session),
    });
  }
  for (const { kind, session: j } of untracked) {
    if (meaningOf(kind, j.state) !== 'needs-person') continue;
    const session = nameOf(j);
    recommendations.push({ kind: 'answer-agent', session, url: j.url, reason: waiting(kind, j) });
  }
  return { recommendations };
}

/**
 * If two cycles pass without movement, start a short-lived rescue or unblocker session.
 *
 * A rescue session is the rescue: it is not told to start another; a blocked one needs an
 * unblocker.
 * @test test/rotation.test.ts > a session stalled for two sweeps gets a rescue, not before
 */
export function rescueStalled({ movement, coldAfterSweeps }: SweepFacts): Findings {
  if (!movement) return {};
  const recommendations: Recommendation[] = [];
  for (const [session, quiet] of movement.quiet) {
    const helper = session.kind === 'rescue' || session.kind === 'unblocker';
    if (quiet < coldAfterSweeps || session.blocked || helper) continue;
    recommendations.push({
      kind: 'rescue',
      session: session.name,
      category: session.category,
      reason: `No movement in ${quiet} sweeps: start a short-lived rescue session (stabilise → test → PR).`,
    });
  }
  return { recommendations };
}

/**
 * If multiple sessions are blocked in the same area, spin up a short-lived unblocker session to clear the path.
 *
 * Two or more blocked in one category, and no unblocker session there yet.
 * @test test/rotation.test.ts > two sessions blocked in one category get one unblocker
 */
export function unblocker({ sessions }: SweepFacts): Findings {
  const blockedBy = new Map<string, Session[]>();
  const unblocking = new Set<string>();
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i]!;
    if (s.kind === 'unblocker') unblocking.add(s.category);
    if (!s.blocked) continue;
    const same = blockedBy.get(s.category);
    if (same) same.push(s);
    else blockedBy.set(s.category, [s]);
  }
  const recommendations: Recommendation[] = [];
  for (const [category, blocked] of blockedBy) {
    if (blocked.length < 2 || unblocking.has(category)) continue;
    recommendations.push({
      kind: 'unblocker',
      category,
      reason: `${blocked.length} sessions are blocked in ${category} (${blocked.map((s) => s.name).join(', ')}): spin up one short-lived unblocker session.`,
    });
  }
  return { recommendations };
}

/**
 * Escalate aging blockers after two cycles with a proposed mitigation or dependency owner.
 *
 * Blocked in this sweep and in the sweeps before it, more than two cycles in all.
 * @rail blocker-aging
 * @test test/rotation.test.ts > a blocker older than two cycles is escalated, with its text and age
 */
export function blockerAging({ sessions, history }: SweepFacts): Findings {
  const violations: Violation[] = [];
  for (let k = 0; k < sessions.length; k++) {
    const session = sessions[k]!;
    if (!session.blocked) continue;
    let cycles = 1;
    for (let i = history.length - 1; i >= 0; i--) {
      const before = Object.hasOwn(history[i]!.sessions, session.name)
        ? history[i]!.sessions[session.name]
        : undefined;
      if (!before || !(before.blocked ?? before.status === 'blocked')) break;
      cycles++;
    }
    if (cycles <= 2) continue;
    violations.push(
      sessionViolation(
        session,
        'blocker-aging',
        'warning',
        `Session "${session.name}" has been blocked for ${cycles} cycles: ${session.blocker ?? 'unspecified'}.`,
        'Escalate with a proposed mitigation or a dependency owner ("escalate aging blockers after two cycles").',
      ),
    );
  }
  return { violations };
}

/**
 * If two cycles pass without movement, start a short-lived rescue or unblocker session.
 *
 * A session Jules failed on is archived, and what is left goes to a rescue prompt.
 * @test test/jules.test.ts > COMPLETED without a pull request and FAILED are archive candidates; FAILED gets a rescue
 */
export function rescueFailed({ active }: SweepFacts): Findings {
  return {
    recommendations: active
      .filter((s) => s.failed && s.agent)
      .map(({ session, agent }) => ({
        kind: 'rescue',
        session: session.name,
        category: session.category,
        url: agent!.session.url,
        reason: `${agent!.kind.label} failed on it: archive it and start a short-lived rescue prompt (stabilise → test → PR) for what is left.`,
      })),
  };
}
