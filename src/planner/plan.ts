// The plan: the facts of one sweep, the playbook's rules run over them in their order, and what
// they found assembled as plain data for every renderer. Nothing here formats text or does I/O.
import type { Backlog } from '../backlog/model.js';
import { planSession, Reasons } from './actions.js';
import {
  OFFLINE,
  sweepFacts,
  type LiveInput,
  type PlanSettings,
  type SourceFacts,
  type Swept,
  type SweepFacts,
} from './facts.js';
import { COPILOT, JULES } from '../sources/index.js';
import { isOfRepository, takesSlotIn } from './sessions.js';
import { recordedStarts, violationKey } from './ledger.js';
import type { Movement } from './movement.js';
import { DEFAULT_FAIL_ON, railSeverity, verdictOf } from './rails.js';
import { promptIds, startedPromptsAsEntries, withoutRecordedStarts } from './dispatch.js';
import { applyRules } from './rules/index.js';
import {
  PLAN_SCHEMA_VERSION,
  type JulesReport,
  type Plan,
  type PlannedSession,
  type RailId,
  type Violation,
} from './types.js';

export {
  freeSlotsNeeded,
  withJules,
  withSources,
  type LiveInput,
  type PlanSettings,
} from './facts.js';
export { dailyQuota, freesText } from './quota.js';
export { DEFAULT_FAIL_ON, parseRailIds, railSeverity, verdictOf } from './rails.js';
export { schemaViolations } from './rules/hygiene.js';

export function buildPlan(file: Backlog, settings: PlanSettings = {}, live?: LiveInput): Plan {
  // A prompt an agent already runs (its marker on a session, or the ledger's record of the
  // start) is an entry of its category.
  const recorded = recordedStarts(settings.movement?.ledger);
  // One whose session is gone altogether is started work too: never offered again.
  const { backlog, notes: recordedNotes } = withoutRecordedStarts(
    startedPromptsAsEntries(file, { jules: live?.jules, copilot: live?.copilot }, recorded),
    recorded,
    promptIds(file.prompts),
  );
  const facts = sweepFacts(backlog, settings, live);
  const found = applyRules(facts);
  const { limits, quota, movement, sources } = facts;
  const copilot = sources.find((s) => s.kind === COPILOT);
  const violations = withSeverity(
    found.violations,
    new Set(settings.failOn ?? DEFAULT_FAIL_ON),
    movement,
  );
  // The fast lane is kept in the ledger, so the next sweep rotates on from it.
  const fastLane = found.recommendations.find((r) => r.kind === 'fast-lane')?.category;
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    source: { file: backlog.file, format: backlog.format },
    capacity: facts.capacity,
    reserve: facts.reserve,
    categories: backlog.categories,
    counts: facts.counts,
    slots: facts.slots,
    freeSlotsNeeded: facts.freeSlotsNeeded,
    ...(settings.julesPlan && limits
      ? {
          julesPlan: {
            name: settings.julesPlan,
            concurrent: limits.concurrent,
            dailyTasks: limits.dailyTasks,
            requestedCapacity: facts.requestedCapacity,
          },
        }
      : {}),
    ...(quota ? { dailyQuota: quota } : {}),
    closeOrder: plannedOrder(facts),
    closeFirst: facts.closeOrder.slice(0, facts.listed).map((o) => o.session.name),
    archived: facts.archived.map(archivedEntry),
    coldCategories: facts.coldCategories,
    notes: [
      ...found.notes,
      ...recordedNotes,
      ...(movement ? [movement.note] : []),
      ...sources.flatMap(({ kind, input }) =>
        input.warning ? [`${kind.label}: ${input.warning}.`] : [],
      ),
    ],
    violations,
    verdict: verdictOf(violations),
    api: live?.api ?? OFFLINE,
    jules: sourceReport(sources.find((s) => s.kind === JULES)),
    ...(copilot ? { copilot: sourceReport(copilot) } : {}),
    ...(movement ? { cycle: movement.cycle, movement: movement.mode } : {}),
    recommendations: found.recommendations,
    ...(fastLane ? { fastLane } : {}),
  };
}

/** An archived entry as the plan lists it: where it is, and what GitHub said of it. */
function archivedEntry({ session, drift, live }: Swept): Plan['archived'][number] {
  const entry: Plan['archived'][number] = {
    name: session.name,
    category: session.category,
    location: session.location,
    drift,
    actions: session.actions,
  };
  if (session.started) entry.started = session.started;
  if (live) entry.live = live;
  return entry;
}

/** Each session of the close order with its decision, and how long it has been quiet. */
function plannedOrder({ closeOrder, fastTracked, movement }: SweepFacts): PlannedSession[] {
  const planned: PlannedSession[] = [];
  const reasons = new Reasons();
  // Indexed: a for-of makes an iterator result per session until the loop is optimised.
  for (let i = 0; i < closeOrder.length; i++) {
    const swept = closeOrder[i]!;
    const one = planSession(swept, fastTracked.has(swept.session), reasons);
    const quiet = movement?.quiet.get(swept.session);
    if (quiet !== undefined) one.quietSweeps = quiet;
    planned.push(one);
  }
  return planned;
}

/**
 * Rail severity follows `fail-on`; file problems keep their own. With a ledger, a finding the
 * last sweep did not have is `introduced`. The rules made these findings for this plan alone, so
 * each is completed where it stands rather than copied.
 */
function withSeverity(
  found: Violation[],
  failOn: ReadonlySet<RailId>,
  movement: Movement | undefined,
): Violation[] {
  const previous = movement?.previousViolations;
  for (let i = 0; i < found.length; i++) {
    const v = found[i]!;
    v.severity = railSeverity(v, failOn);
    if (previous) v.introduced = !previous.has(violationKey(v));
  }
  return found;
}

function sourceReport(read: SourceFacts | undefined): JulesReport {
  if (!read)
    return { enabled: false, requests: 0, retries: 0, sessions: 0, live: 0, untracked: [] };
  const { kind, input, links } = read;
  const repository = input.repository;
  const here = input.sessions.filter((j) => !repository || isOfRepository(j.source, repository));
  return {
    enabled: input.enabled,
    requests: input.requests,
    retries: input.retries,
    sessions: here.length,
    live: links ? here.filter((j) => takesSlotIn(kind, j)).length : 0,
    untracked: links?.untracked ?? [],
    ...(input.failure ? { failure: input.failure } : {}),
    ...(input.skipped ? { skipped: input.skipped } : {}),
  };
}
