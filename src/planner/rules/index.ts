// Every playbook rule the planner applies, in the order it applies them. The order is the plan's:
// violations and recommendations appear in it rule by rule, so a rule's place here is where its
// findings show. docs/rules.md is generated from this list (`npm run docs`).
import type { SweepFacts } from '../facts.js';
import type { Recommendation, Violation } from '../types.js';
import {
  backpressure,
  capacityHard,
  dailyQuotaRule,
  freeSlot,
  newSessionAtCapacity,
  planCapacity,
  rapidRescue,
} from './capacity.js';
import { governanceCadence, hardeningAfterIncident, schedulerCadence } from './cadence.js';
import { drift, julesUntracked, missingNextAction, schema, trackSession } from './hygiene.js';
import {
  coldCategory,
  enqueueAfterClose,
  fastLane,
  refill,
  stalePrompt,
  startPrompt,
} from './rotation.js';
import type { Findings, Rule } from './rule.js';
import {
  answerAgent,
  blockerAging,
  pausedInJules,
  rescueFailed,
  rescueStalled,
  stalled,
  unblocker,
} from './stalls.js';

export type { Family, Findings, Rule } from './rule.js';

export const RULES: readonly Rule[] = [
  // The file, then the slots: what must be fixed before anything is started.
  schema,
  planCapacity,
  dailyQuotaRule,
  capacityHard,
  freeSlot,
  backpressure,
  coldCategory,
  missingNextAction,
  drift,
  stalled,
  newSessionAtCapacity,
  pausedInJules,
  julesUntracked,
  // A person's answer first, then what fills the open slots.
  answerAgent,
  enqueueAfterClose,
  startPrompt,
  fastLane,
  governanceCadence,
  schedulerCadence,
  hardeningAfterIncident,
  refill,
  stalePrompt,
  blockerAging,
  rescueStalled,
  unblocker,
  rapidRescue,
  rescueFailed,
  trackSession,
];

/** Everything the rules found, in rule order. */
export interface AllFindings {
  recommendations: Recommendation[];
  violations: Violation[];
  notes: string[];
}

/**
 * Runs the rules in order. Consecutive category rules run category by category, in the order of
 * `categories:`, so each category's findings stay together.
 */
export function applyRules(facts: SweepFacts, rules: readonly Rule[] = RULES): AllFindings {
  const all: AllFindings = { recommendations: [], violations: [], notes: [] };
  for (let i = 0; i < rules.length;) {
    const rule = rules[i]!;
    if (rule.scope === 'sweep') {
      collect(all, rule.apply(facts));
      i++;
      continue;
    }
    let end = i;
    while (rules[end]?.scope === 'category') end++;
    for (const category of facts.backlog.categories) {
      for (let k = i; k < end; k++) collect(all, (rules[k] as typeof rule).apply(facts, category));
    }
    i = end;
  }
  return all;
}

/** Appends one by one: a spread of 100,000 findings would overflow the call stack. */
function collect(all: AllFindings, found: Findings): void {
  for (const r of found.recommendations ?? []) all.recommendations.push(r);
  for (const v of found.violations ?? []) all.violations.push(v);
  for (const n of found.notes ?? []) all.notes.push(n);
}
