// Every playbook rule the planner applies, in the order it applies them. The order is the plan's:
// violations and recommendations appear in it rule by rule, so a rule's place here is where its
// findings show. docs/rules.md is generated from this list and the rules' comments.
import type { SweepFacts } from '../facts.js';
import * as cadence from './cadence.js';
import * as capacity from './capacity.js';
import * as hygiene from './hygiene.js';
import * as rotation from './rotation.js';
import { byCategory, collect, nothingFound, type AllFindings, type Rule } from './rule.js';
import * as stalls from './stalls.js';

export type { AllFindings, CategoryRule, Findings, Rule } from './rule.js';

/** One module per family: a rule's family is the module that exports it. */
export const FAMILIES = { capacity, rotation, cadence, stalls, hygiene };

export const RULES: readonly Rule[] = [
  // The file, then the slots: what must be fixed before anything is started.
  hygiene.schema,
  capacity.planCapacity,
  capacity.dailyQuota,
  capacity.capacityHard,
  capacity.julesOverPlan,
  capacity.freeSlot,
  capacity.backpressure,
  rotation.coldCategory,
  hygiene.missingNextAction,
  hygiene.drift,
  stalls.stalled,
  capacity.newSessionAtCapacity,
  stalls.pausedInJules,
  hygiene.julesUntracked,
  // A person's answer first, then what fills the open slots, then what needs help.
  stalls.answerAgent,
  rotation.enqueueAfterClose,
  rotation.startPrompt,
  rotation.fastLane,
  cadence.upgradeCadence,
  cadence.hardeningAfterIncident,
  byCategory(rotation.refill, rotation.stalePrompt),
  stalls.blockerAging,
  stalls.rescueStalled,
  stalls.unblocker,
  capacity.rapidRescue,
  stalls.rescueFailed,
  hygiene.trackSession,
];

/** Runs the rules in order over the facts of one sweep. */
export function applyRules(facts: SweepFacts, rules: readonly Rule[] = RULES): AllFindings {
  const all = nothingFound();
  for (const rule of rules) collect(all, rule(facts));
  return all;
}
