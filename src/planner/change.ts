// A pull request that edits the backlog, judged against its base: which findings it introduces,
// and the rails only a change can break. Pure.
import type { Backlog } from '../backlog/model.js';
import { violationKey } from './ledger.js';
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
  const headActive = new Set(headPlan.closeOrder.map((s) => s.name));
  const added = headPlan.closeOrder.filter((s) => !baseActive.has(s.name));
  const closed = [...baseActive].some((name) => !headActive.has(name));
  const changeRails: Violation[] = [];

  // "Never open a new prompt until at least one session is archived or merged."
  if (basePlan && basePlan.counts.active >= basePlan.capacity - basePlan.reserve && !closed) {
    for (const s of added) {
      changeRails.push({
        rail: 'new-session-at-capacity',
        severity: 'error',
        message: `This change opens session "${s.name}" while no slot is free (${basePlan.counts.active} active, capacity ${basePlan.capacity}, reserve ${basePlan.reserve}) and archives or removes nothing.`,
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
  for (const s of added) {
    if (cold.length === 0 || cold.includes(s.category) || !head.categories.includes(s.category))
      continue;
    changeRails.push({
      rail: 'rotation',
      severity: 'warning',
      message: `This change adds session "${s.name}" to ${s.category}, which is not cold, while ${cold.join(', ')} ${cold.length === 1 ? 'is' : 'are'} cold.`,
      fix: `Pick the next prompt from ${cold[0]!} instead, even if it is lower priority.`,
      file: s.location.file,
      line: s.location.line,
      column: s.location.column,
      session: s.name,
      category: s.category,
    });
  }

  const violations = [...headPlan.violations, ...changeRails].map((v) => ({
    ...v,
    severity: railSeverity(v, failOn),
    introduced: !existing.has(violationKey(v)),
  }));
  return {
    ...headPlan,
    violations,
    verdict: verdictOf(violations, !options.failOnExisting),
  };
}
