// Capacity management: the cap, the reserve slot, the Jules plan's limits, and what to do when
// full.
import type { Surface } from '../../surface.js';
import type { SweepFacts } from '../facts.js';
import { freesText } from '../quota.js';
import type { Violation } from '../types.js';
import { atSession, type Findings } from './rule.js';

/** Without a surface (a library caller), a fix names the settings by what they are. */
const PLAIN_NAMES: Pick<Surface, 'capacity' | 'julesPlan'> = {
  capacity: "the sweep's capacity setting",
  julesPlan: 'the Jules plan setting',
};

/**
 * Maximum concurrent sessions: 15.
 *
 * A capacity above what the account's plan runs at once is a number Jules never honours.
 * @rail schema
 * @test test/jules-account.test.ts > jules-plan free with a file capacity of 15: capacity 3, and a warning at the capacity: line
 */
export function planCapacity({
  backlog,
  settings,
  requestedCapacity,
  capacity,
}: SweepFacts): Findings {
  if (!settings.julesPlan || requestedCapacity <= capacity) return {};
  const fromFile = settings.capacity === undefined;
  const where = fromFile ? backlog.locations.capacity : undefined;
  const names = settings.surface ?? PLAIN_NAMES;
  const violation: Violation = {
    rail: 'schema',
    severity: 'warning',
    message: `capacity ${requestedCapacity}${fromFile ? '' : ' (set for this sweep)'} is above the Jules ${settings.julesPlan} plan's ${capacity} concurrent sessions; the sweep counts against ${capacity}.`,
    fix: fromFile
      ? `Set \`capacity: ${capacity}\` in ${backlog.file}, or set ${names.julesPlan} to the plan the account has.`
      : `Lower ${names.capacity} to ${capacity}, or set ${names.julesPlan} to the plan the account has.`,
    ...(where
      ? { file: where.file, line: where.line, column: where.column }
      : { file: backlog.file }),
  };
  return { violations: [violation] };
}

/**
 * Maximum concurrent sessions: 15.
 *
 * Beside Copilot the file's capacity holds for both sources, and the Jules plan still caps the sessions Jules runs at once, account-wide.
 * @rail capacity-hard
 * @test test/sources.test.ts > beside Copilot, the Jules plan still caps Jules: more live Jules sessions than the plan runs is capacity-hard
 */
export function julesOverPlan({ julesLive, limits, settings }: SweepFacts): Findings {
  if (julesLive === undefined || !limits || julesLive <= limits.concurrent) return {};
  const names = settings.surface ?? PLAIN_NAMES;
  const violation: Violation = {
    rail: 'capacity-hard',
    severity: 'error',
    message: `Jules runs ${julesLive} sessions across the account, over the Jules ${settings.julesPlan} plan's ${limits.concurrent} at once.`,
    fix: `Archive or finish ${julesLive - limits.concurrent} Jules session(s), or set ${names.julesPlan} to the plan the account has; start new work in Copilot meanwhile.`,
  };
  return { violations: [violation] };
}

/**
 * If capacity is hard-capped, finish the shortest path to a PR, not the most ambitious scope.
 *
 * The plan's daily limit: a warning from 80% of it; spent while prompts wait for a slot, an error,
 * since Jules starts no new session until the oldest task is a day old.
 * @rail daily-quota
 * @test test/jules-account.test.ts > with 15 sessions created in the last 24 hours and a prompt waiting, daily-quota is an error
 */
export function dailyQuota({ quota, settings, waitingPrompts: waiting }: SweepFacts): Findings {
  if (!quota || quota.created < quota.limit * 0.8) return {};
  const { created, limit } = quota;
  const plan = settings.julesPlan!;
  const frees = quota.freesAt ? `; ${freesText(quota)}` : '';
  const spent = created >= limit;
  const violation: Violation = {
    rail: 'daily-quota',
    severity: spent && waiting > 0 ? 'error' : 'warning',
    message: spent
      ? `The Jules ${plan} plan's daily quota is spent: ${created} / ${limit} tasks in the last 24 h${waiting > 0 ? `, and ${waiting} prompt(s) wait for a slot` : ''}${frees}.`
      : `${created} / ${limit} tasks of the Jules ${plan} plan's daily quota were used in the last 24 h${frees}.`,
    fix: spent
      ? 'Start no new session until a task frees: Jules refuses them. Ship and archive what runs meanwhile.'
      : `Keep the ${limit - created} task(s) left for the prompts that matter most (cold categories first).`,
  };
  return { violations: [violation] };
}

/** How a capacity finding counts the slots, and the exits it names, in the words of its fix. */
function slotWords({ slots, sessions, closeOrder, listed }: SweepFacts) {
  const taken = slots.counted;
  const elsewhere = slots.account
    ? slots.account.otherRepositories.reduce((sum, o) => sum + o.live, 0) + slots.account.repoless
    : 0;
  // Where Jules runs more than the file lists, say both counts, and the rest of the account.
  const counted =
    elsewhere > 0
      ? `${taken} sessions hold the account's slots (this repository ${slots.account!.thisRepository}, elsewhere in the account ${elsewhere})`
      : slots.jules !== null && slots.jules > slots.file
        ? `${taken} sessions hold slots (Jules runs ${slots.jules}, the file lists ${slots.file} active)`
        : `${taken} active sessions`;
  // The entry past the cap, when the file has one; Jules' extra sessions have no line.
  const place = (index: number) => (sessions[index] ? atSession(sessions[index]) : {});
  const exits = Math.min(Math.max(1, listed), closeOrder.length);
  // Name the first few exits; a long list belongs in the close order, not in one fix line.
  const shown = closeOrder.slice(0, Math.min(10, exits)).map((o) => `"${o.session.name}"`);
  const exitNames = `${shown.join(', ')}${exits > shown.length ? `, and ${exits - shown.length} more in the close order` : ''}`;
  return { taken, counted, place, exits, exitNames };
}

/**
 * Maximum concurrent sessions: 15.
 *
 * More slots taken than the cap (the account's, with Jules read): an error at the first entry past it, naming the fastest exits.
 * @rail capacity-hard
 * @test test/planner.test.ts > rail capacity-hard: more active sessions than the cap fails, at the first one over it
 */
export function capacityHard(facts: SweepFacts): Findings {
  const { capacity } = facts;
  if (facts.slots.counted <= capacity) return {};
  const { taken, counted, place, exits, exitNames } = slotWords(facts);
  const over = taken - capacity;
  // The session entry past the cap is where the file overflows.
  const violation: Violation = {
    rail: 'capacity-hard',
    severity: 'error',
    message: `${counted} exceed the hard cap of ${capacity} by ${over}.`,
    fix: `Archive or merge ${over} session(s) before anything else; the fastest exits are ${exits > 0 ? exitNames : 'the sessions Jules runs untracked'}.`,
    ...place(capacity),
  };
  return { violations: [violation] };
}

/**
 * Ensure at least one slot stays free; if full, fast-track the nearest-to-finish session.
 *
 * The reserve slot is taken: a warning at the session that took it, naming the exits that free it.
 * @rail capacity
 * @test test/planner.test.ts > rail capacity: the reserve slot is taken (a warning at the session that took it)
 */
export function freeSlot(facts: SweepFacts): Findings {
  const { capacity, reserve, freeSlotsNeeded: needed } = facts;
  if (needed === 0) return {};
  const { counted, place, exits, exitNames } = slotWords(facts);
  const violation: Violation = {
    rail: 'capacity',
    severity: 'warning',
    message: `${counted} take the reserve slot (capacity ${capacity}, reserve ${reserve}): ${needed} free slot(s) needed.`,
    fix: `Ship or archive ${exits > 0 ? exitNames : 'a session'} before opening a new prompt.`,
    ...place(capacity - reserve),
  };
  return { violations: [violation] };
}

/**
 * Never open a new prompt until at least one session is archived or merged.
 *
 * Sessions opened since the last sweep beyond the slots that were free or were freed.
 * @rail new-session-at-capacity
 * @test test/sweeps.test.ts > opening a session when no slot was free and nothing closed breaks new-session-at-capacity
 */
export function newSessionAtCapacity({ movement }: SweepFacts): Findings {
  if (!movement) return {};
  return {
    violations: movement.openedOverCapacity.map((session) => ({
      rail: 'new-session-at-capacity',
      severity: 'error',
      message: `Session "${session.name}" was opened while no slot was free and nothing was archived or merged.`,
      fix: 'Archive or merge a session first, then open the new prompt.',
      ...atSession(session),
    })),
  };
}

/**
 * Watch for queue buildup (too many in “needs more work”); prioritize those with the fewest remaining steps.
 *
 * A note when more than half the capacity needs more work; the close order already puts the fewest remaining steps first.
 * @test test/planner.test.ts > says so when more than half the capacity needs more work
 */
export function backpressure({ counts, capacity }: SweepFacts): Findings {
  if (counts.needsMoreWork <= capacity / 2) return {};
  return {
    notes: [
      `Backpressure: ${counts.needsMoreWork} of ${capacity} slots hold sessions that need more work; the close order already puts the fewest remaining steps first.`,
    ],
  };
}

/**
 * Select the fastest-to-finish session; enforce a 3-step sprint: stabilize → test → PR/merge.
 *
 * At capacity, the first session fast-tracked is named: the fastest path to a free slot.
 * @test test/rotation.test.ts > at capacity, the rapid-rescue candidate is named
 */
export function rapidRescue({ freeSlotsNeeded, fastTracked }: SweepFacts): Findings {
  const first = fastTracked.values().next();
  if (freeSlotsNeeded === 0 || first.done) return {};
  const session = first.value;
  return {
    recommendations: [
      {
        kind: 'rapid-rescue',
        session: session.name,
        category: session.category,
        reason: `At capacity: sprint "${session.name}" through stabilise → test → PR/merge, the fastest path to a free slot.`,
      },
    ],
  };
}
