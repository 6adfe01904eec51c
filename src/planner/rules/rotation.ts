// The rotation model and its backfill discipline: what goes into a free slot, which category the
// fast lane serves, and which prompts wait, need a refill or must be replaced.
import { MinHeap } from '../heap.js';
import type { Recommendation, Violation } from '../types.js';
import { atLocation, type Findings } from './rule.js';
import type { SweepFacts } from '../facts.js';

const DAY_MS = 86_400_000;
/** The categories the playbook names as never to starve. */
const NEVER_STARVE = ['Security', 'Data Integrity', 'Golden Path'];

/**
 * If a category is “cold” (no movement in the last two sweeps), pick from that backlog even if lower priority.
 * @rail cold-category
 * @test test/planner.test.ts > rail cold-category fails the plan and points at the category in the file when listed
 */
export function coldCategory({
  backlog,
  coldCategories,
  covered,
  priority,
  settings,
}: SweepFacts): Findings {
  const sweeps = settings.movement?.coldAfterSweeps;
  const violations = coldCategories.map((category): Violation => {
    const location = backlog.locations.categories?.[priority.get(category) ?? -1];
    const why = covered.has(category)
      ? `none of its active sessions moved${sweeps ? ` in the last ${sweeps} sweeps` : ''}`
      : 'no active session covers it';
    return {
      rail: 'cold-category',
      severity: 'error',
      message: `Category "${category}" is cold: ${why}.`,
      fix: `Start the next ${category} prompt (pick from a cold category's backlog even if it is lower priority).`,
      ...(location ? atLocation(location) : {}),
      category,
    };
  });
  return { violations };
}

/**
 * After closing a PR in any category, immediately enqueue the next prompt from that category.
 *
 * Queued for its category (and so not handed out again by `start-prompt`); which open slot goes to
 * which category is decided by need, so the queue never starves a cold category.
 * @test test/rotation.test.ts > after a session closes, enqueue the next prompt from its category
 */
export function enqueueAfterClose({ last, sessions, prompts }: SweepFacts): Findings {
  if (!last) return {};
  const open = new Set(sessions.map((s) => s.name));
  const recommendations: Recommendation[] = [];
  for (const [name, before] of Object.entries(last.sessions)) {
    if (before.status === 'archived' || open.has(name)) continue;
    const prompt = prompts.take(before.category);
    recommendations.push({
      kind: 'enqueue',
      category: before.category,
      session: name,
      ...(prompt ? { prompt: prompt.id } : {}),
      reason: `"${name}" closed since the last sweep: "immediately enqueue the next prompt from that category"${prompt || !prompts.kept ? '' : ', but its active backlog is empty'}.`,
    });
  }
  return { recommendations };
}

/**
 * Immediately start the next priority prompt when a slot is open.
 *
 * With "never let a category go cold": each open slot goes to the category that is cold, else the
 * one with the fewest sessions still moving after this cycle (an exit or a last step leaves soon),
 * then priority.
 * @test test/rotation.test.ts > cold categories first, then the priority order, from each active backlog
 */
export function startPrompt({
  openSlots,
  sessions,
  coldCategories,
  priority,
  prompts,
}: SweepFacts): Findings {
  if (openSlots <= 0) return {};
  // Without a prompt to hand out, there is no need to weigh: the sessions go uncounted.
  const usable: [string, number][] = [];
  for (const entry of priority) if (prompts.peek(entry[0])) usable.push(entry);
  if (usable.length === 0) return { recommendations: [] };
  const cold = new Set(coldCategories);
  const lasting = new Map<string, number>();
  // Indexed: a for-of makes an iterator result per session until the loop is optimised.
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i]!;
    const leaving =
      s.blocked || s.remainingSteps <= 1 || s.status === 'pr-ready' || s.status === 'pr-created';
    if (!leaving) lasting.set(s.category, (lasting.get(s.category) ?? 0) + 1);
  }
  const assigned = new Map<string, number>();
  const need = (category: string) =>
    // Cold comes first, for one prompt: then the category is warm again.
    (cold.has(category) && !assigned.has(category) ? -1 : 0) * 1000 +
    (lasting.get(category) ?? 0) +
    (assigned.get(category) ?? 0);
  // The categories with a usable prompt, least need first, then priority: a heap, so each slot
  // costs a logarithm of the categories, not a sort of them.
  const queue = new MinHeap<{ category: string; need: number; order: number }>(
    (a, b) => a.need - b.need || a.order - b.order,
  );
  for (const [category, order] of usable) queue.push({ category, need: need(category), order });
  const recommendations: Recommendation[] = [];
  for (let slots = openSlots; slots > 0; slots--) {
    const top = queue.pop();
    if (!top) break;
    const { category } = top;
    const prompt = prompts.take(category)!;
    assigned.set(category, (assigned.get(category) ?? 0) + 1);
    if (prompts.peek(category)) queue.push({ ...top, need: need(category) });
    recommendations.push({
      kind: 'start-prompt',
      category,
      prompt: prompt.id,
      reason: cold.has(category)
        ? `${category} is cold: "pick from that backlog even if lower priority".`
        : `A slot is open: "immediately start the next priority prompt", keeping ${category} warm (${prompt.title}).`,
    });
  }
  return { recommendations };
}

/**
 * Rotate the fast lane among categories so security/data/golden-path items do not starve.
 *
 * The least recently used category first, never-starve categories next, then priority.
 * @test test/rotation.test.ts > rotates among categories, and security, data and golden path never starve
 */
export function fastLane({ history, backlog, priority, reserve }: SweepFacts): Findings {
  // Without a reserve slot there is no fast lane to rotate.
  if (reserve <= 0) return {};
  const used = history.map((s) => s.fastLane).filter((c): c is string => Boolean(c));
  const lastUsed = new Map<string, number>();
  used.forEach((c, i) => lastUsed.set(c, i));
  const lastUse = (c: string) => lastUsed.get(c) ?? -1;
  const laneOrder = (a: string, b: string) =>
    lastUse(a) - lastUse(b) ||
    Number(!NEVER_STARVE.includes(a)) - Number(!NEVER_STARVE.includes(b)) ||
    priority.get(a)! - priority.get(b)!;
  let lane: string | undefined;
  for (const c of backlog.categories) if (lane === undefined || laneOrder(c, lane) < 0) lane = c;
  if (!lane) return {};
  return {
    recommendations: [
      {
        kind: 'fast-lane',
        category: lane,
        reason: `The fast-lane slot goes to ${lane} next${used.length > 0 ? ` (last used by ${used.at(-1)!})` : ''}: "rotate the fast lane among categories".`,
      },
    ],
  };
}

/**
 * Maintain an active and reserve backlog per category; pull from active, refill from reserve weekly.
 *
 * An empty active list is refilled from reserve; the first sweep of a week promotes reserve.
 * @test test/rotation.test.ts > the first sweep of a new week promotes reserve prompts; other sweeps do not
 */
export function refill({ prompts, last, today }: SweepFacts, category: string): Findings {
  if (!prompts.kept) return {};
  const group = prompts.of(category);
  if (!group || !group.active.some((p) => !p.obsolete)) {
    const reason = group?.reserve.length
      ? `The active backlog of ${category} is empty: refill it from reserve.`
      : `${category} has no prompts waiting: add some, so the next slot has one.`;
    return { recommendations: [{ kind: 'refill', category, reason }] };
  }
  // A new week needs an earlier sweep to be new against.
  const newWeek =
    today !== undefined && last !== undefined && isoWeek(Date.parse(last.time)) !== isoWeek(today);
  if (!newWeek || group.reserve.length === 0) return {};
  const reason = `A new week: "refill from reserve weekly" (${group.reserve.length} waiting in ${category}).`;
  return { recommendations: [{ kind: 'promote-reserve', category, reason }] };
}

/**
 * If a prompt becomes obsolete, replace it with a fresher variant before the next sweep.
 *
 * Obsolete and stale prompts, active or in reserve, are replaced before the next sweep.
 * @rail stale-prompt
 * @test test/rotation.test.ts > an obsolete prompt or one older than 30 days must be replaced: a stale-prompt warning
 */
export function stalePrompt(
  { prompts, ageOf, stalePromptDays }: SweepFacts,
  category: string,
): Findings {
  const group = prompts.of(category);
  if (!group) return {};
  const recommendations: Recommendation[] = [];
  const violations: Violation[] = [];
  for (const prompt of group.active.concat(group.reserve)) {
    const age = ageOf(prompt);
    if (!prompt.obsolete && age <= stalePromptDays) continue;
    const why = prompt.obsolete ? 'is marked obsolete' : `is ${age} days old`;
    recommendations.push({
      kind: 'replace-prompt',
      category,
      prompt: prompt.id,
      reason: `Prompt "${prompt.id}" ${why}: "replace it with a fresher variant before the next sweep".`,
    });
    violations.push({
      rail: 'stale-prompt',
      severity: 'warning',
      message: `Prompt "${prompt.id}" ${why}.`,
      fix: 'Replace it with a fresher variant before the next sweep.',
      ...atLocation(prompt.location),
      category,
    });
  }
  return { recommendations, violations };
}

/** The ISO year and week of a time, as one number. */
function isoWeek(time: number): number {
  const date = new Date(time);
  const day = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * DAY_MS));
  return date.getUTCFullYear() * 100 + week;
}
