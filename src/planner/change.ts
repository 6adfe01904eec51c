// A pull request that edits the backlog, judged against its base: which findings it introduces,
// and the rails only a change can break. Pure.
import type { Backlog } from '../backlog/model.js';
import { excerpt, excerptList } from '../render/escape.js';
import { holdsSlot } from './jules.js';
import { violationKey } from './ledger.js';
import { openedBeyondFreeSlots } from './movement.js';
import {
  buildPlan,
  DEFAULT_FAIL_ON,
  railSeverity,
  verdictOf,
  type LiveInput,
  type PlanSettings,
} from './plan.js';
import type { Plan, Violation } from './types.js';

export interface ChangeOptions {
  /** Fail on findings the base already had (default: only introduced ones fail). */
  failOnExisting?: boolean;
  /**
   * The base could not be read (an API error, no token): nothing can be called introduced, so
   * findings are reported but fail the check only with failOnExisting.
   */
  baseUnknown?: boolean;
}

/**
 * Plans the head and marks each finding introduced or existing. `base` is undefined for a
 * backlog this change creates: then everything is introduced.
 */
export function judgeChange(
  base: Backlog | undefined,
  head: Backlog,
  settings: PlanSettings = {},
  live?: LiveInput,
  options: ChangeOptions = {},
): Plan {
  const failOn = new Set(settings.failOn ?? DEFAULT_FAIL_ON);
  const headPlan = buildPlan(head, settings, live);
  const basePlan = base ? buildPlan(base, settings, live) : undefined;
  const existing = new Set(basePlan?.violations.map(violationKey) ?? []);

  const baseActive = new Set(basePlan?.closeOrder.map((s) => s.name) ?? []);
  const baseKnown = new Set([...baseActive, ...(basePlan?.archived.map((s) => s.name) ?? [])]);
  const headActive = new Set(headPlan.closeOrder.map((s) => s.name));
  // Added: names the base did not know; un-archiving a session is not opening a new prompt.
  const added = headPlan.closeOrder.filter((s) => !baseKnown.has(s.name));
  // An entry for a session Jules already runs records a slot already taken: it opens nothing.
  const opened = added.filter((s) => !(s.jules && holdsSlot(s.jules.state)));
  const closed = [...baseActive].filter((name) => !headActive.has(name)).length;
  const changeRails: Violation[] = [];

  // "Never open a new prompt until at least one session is archived or merged": each session
  // added beyond the slots the base had free, plus those this change closes.
  if (basePlan) {
    const over = openedBeyondFreeSlots(
      opened,
      basePlan.slots.counted,
      basePlan.capacity - basePlan.reserve,
      closed,
    );
    for (const s of over) {
      changeRails.push({
        rail: 'new-session-at-capacity',
        severity: 'error',
        message: `This change opens session "${s.name}" with no slot free for it (the base has ${basePlan.slots.counted} slots taken, capacity ${basePlan.capacity}, reserve ${basePlan.reserve}; the change opens ${opened.length} and closes ${closed}).`,
        fix: 'Archive or merge a session in the same change, or wait for a free slot.',
        file: s.location.file,
        line: s.location.line,
        column: s.location.column,
        session: s.name,
        category: s.category,
      });
    }
  }
  // "If a category is cold, pick from that backlog even if lower priority."
  const cold = basePlan?.coldCategories ?? [];
  const coldSet = new Set(cold);
  const rotation = new Set(head.categories);
  // One bounded sentence for every added session: it names a few cold categories, never all.
  const coldNamed = `${excerptList(cold)} ${cold.length === 1 ? 'is' : 'are'} cold`;
  for (const s of opened) {
    if (cold.length === 0 || coldSet.has(s.category) || !rotation.has(s.category)) continue;
    changeRails.push({
      rail: 'rotation',
      severity: 'warning',
      message: `This change adds session "${excerpt(s.name)}" to ${excerpt(s.category)}, which is not cold, while ${coldNamed}.`,
      fix: `Pick the next prompt from ${excerpt(cold[0]!)} instead, even if it is lower priority.`,
      file: s.location.file,
      line: s.location.line,
      column: s.location.column,
      session: s.name,
      category: s.category,
    });
  }

  // A capacity rail the base had is introduced again when the change adds to the overflow.
  const grew = headPlan.slots.counted > (basePlan?.slots.counted ?? 0);
  const violations = [...headPlan.violations, ...changeRails].map((v) => {
    const capacityRail = v.rail === 'capacity' || v.rail === 'capacity-hard';
    const introduced = !existing.has(violationKey(v)) || (capacityRail && grew);
    return {
      ...v,
      severity: railSeverity(v, failOn),
      ...(options.baseUnknown ? {} : { introduced }),
    };
  });
  const verdict =
    options.baseUnknown && !options.failOnExisting
      ? violations.length > 0
        ? 'warn'
        : 'pass'
      : verdictOf(violations, !options.failOnExisting);
  return { ...headPlan, violations, verdict };
}
