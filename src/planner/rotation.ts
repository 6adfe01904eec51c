// The playbook's other half: what goes into a free slot, and which sessions need help. Pure:
// the plan's facts, the backlog's prompts and the ledger in; recommendations and rails out.
import type { Backlog, Prompt, Session } from '../backlog/model.js';
import type { LedgerSweep } from './ledger.js';
import type { Recommendation, Violation } from './types.js';

export interface RotationInput {
  backlog: Backlog;
  active: readonly Session[];
  /** Rotation categories that are cold now, in priority order. */
  cold: readonly string[];
  /** Slots open for new prompts after the reserve: max(0, capacity − reserve − active). */
  openSlots: number;
  /** The effective reserve (the fast lane), after any override. */
  reserve: number;
  freeSlotsNeeded: number;
  /** The session fast-tracked when full, if any. */
  rapidRescue?: Session;
  /** Per active session: sweeps in a row without movement (ledger only). */
  quiet: ReadonlyMap<Session, number>;
  /** Earlier sweeps, oldest first (empty without a ledger). */
  history: readonly LedgerSweep[];
  /** This sweep's time; date rules are skipped without it. */
  now?: string;
  stalePromptDays: number;
  coldAfterSweeps: number;
}

export interface Rotation {
  recommendations: Recommendation[];
  violations: Violation[];
  /** The category the fast-lane slot goes to next, kept in the ledger. */
  fastLane?: string;
}

const DAY = 86_400_000;
/** The categories the playbook names as never to starve. */
const NEVER_STARVE = ['Security', 'Data Integrity', 'Golden Path'];

const at = (location: { file: string; line: number; column: number }) => ({
  file: location.file,
  line: location.line,
  column: location.column,
});

export function planRotation(input: RotationInput): Rotation {
  const { backlog, active, history } = input;
  const recommendations: Recommendation[] = [];
  const violations: Violation[] = [];
  const prompts = new Map(backlog.prompts.map((p) => [p.category, p]));
  const today = input.now ? Date.parse(input.now) : undefined;
  // A prompt added "in the future" is aged from today: 0 days (futureDates warns of it).
  const ageOf = (p: Prompt) =>
    today !== undefined && p.added
      ? Math.max(0, Math.floor((today - Date.parse(p.added)) / DAY))
      : 0;
  // Obsolete and stale prompts are replaced, never started; each prompt is handed out once.
  const usable = (p: Prompt) =>
    !p.obsolete && ageOf(p) <= input.stalePromptDays && !taken.has(p.id);
  const taken = new Set<string>();
  // A prompt once passed over is never usable again (taken only grows), so each category's
  // active list is read once from a cursor, however many slots are filled.
  const cursor = new Map<string, number>();
  const peekPrompt = (category: string): Prompt | undefined => {
    const list = prompts.get(category)?.active ?? [];
    let i = cursor.get(category) ?? 0;
    while (i < list.length && !usable(list[i]!)) i++;
    cursor.set(category, i);
    return list[i];
  };
  const nextPrompt = (category: string): Prompt | undefined => {
    const prompt = peekPrompt(category);
    if (prompt) taken.add(prompt.id);
    return prompt;
  };
  const priority = new Map<string, number>();
  backlog.categories.forEach((c, i) => {
    if (!priority.has(c)) priority.set(c, i);
  });
  const cold = new Set(input.cold);

  // "After closing a PR in any category, immediately enqueue the next prompt from that category."
  const last = history.at(-1);
  if (last) {
    const nowNames = new Map(active.map((s) => [s.name, s]));
    for (const [name, before] of Object.entries(last.sessions)) {
      if (before.status === 'archived' || nowNames.has(name)) continue;
      // Queued for its category (and so not handed out again below); which open slot goes to
      // which category is decided by need, so the queue never starves a cold category.
      const prompt = nextPrompt(before.category);
      recommendations.push({
        kind: 'enqueue',
        category: before.category,
        session: name,
        ...(prompt ? { prompt: prompt.id } : {}),
        reason: `"${name}" closed since the last sweep: "immediately enqueue the next prompt from that category"${prompt || prompts.size === 0 ? '' : ', but its active backlog is empty'}.`,
      });
    }
  }

  // "Immediately start the next priority prompt when a slot is open", and "never let a category
  // go cold": each open slot goes to the category that is cold, else the one with the fewest
  // sessions still moving after this cycle (an exit or a last step leaves soon), then priority.
  let slots = input.openSlots;
  const lasting = new Map<string, number>();
  for (const s of active) {
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
  for (const [category, order] of priority) {
    if (slots > 0 && peekPrompt(category)) queue.push({ category, need: need(category), order });
  }
  while (slots > 0) {
    const top = queue.pop();
    if (!top) break;
    const { category } = top;
    const prompt = nextPrompt(category)!;
    assigned.set(category, (assigned.get(category) ?? 0) + 1);
    slots--;
    if (peekPrompt(category)) queue.push({ ...top, need: need(category) });
    recommendations.push({
      kind: 'start-prompt',
      category,
      prompt: prompt.id,
      reason: cold.has(category)
        ? `${category} is cold: "pick from that backlog even if lower priority".`
        : `A slot is open: "immediately start the next priority prompt", keeping ${category} warm (${prompt.title}).`,
    });
  }

  // "Rotate the fast lane among categories so security/data/golden-path items do not starve."
  const used = history.map((s) => s.fastLane).filter((c): c is string => Boolean(c));
  const lastUsed = new Map<string, number>();
  used.forEach((c, i) => lastUsed.set(c, i));
  const lastUse = (c: string) => lastUsed.get(c) ?? -1;
  // One pass for the least recently used, never-starve categories first, then priority.
  const laneOrder = (a: string, b: string) =>
    lastUse(a) - lastUse(b) ||
    Number(!NEVER_STARVE.includes(a)) - Number(!NEVER_STARVE.includes(b)) ||
    priority.get(a)! - priority.get(b)!;
  let lane: string | undefined;
  for (const c of backlog.categories) if (lane === undefined || laneOrder(c, lane) < 0) lane = c;
  if (lane && input.reserve > 0) {
    recommendations.push({
      kind: 'fast-lane',
      category: lane,
      reason: `The fast-lane slot goes to ${lane} next${used.length > 0 ? ` (last used by ${used.at(-1)!})` : ''}: "rotate the fast lane among categories".`,
    });
  }

  // Cadence: "inject governance/documentation upgrades every 12 cycles; upgrade
  // scheduler/orchestrator every 30 cycles". A session of that kind resets the count.
  const cycle = (last?.cycle ?? 0) + 1;
  for (const [kind, every] of [
    ['governance', backlog.cadence.governanceEvery],
    ['scheduler', backlog.cadence.schedulerEvery],
  ] as const) {
    if (active.some((s) => s.kind === kind)) continue;
    const seen = history.findLast((s) => Object.values(s.sessions).some((f) => f.kind === kind));
    const since = cycle - (seen?.cycle ?? 0);
    if (since < every) continue;
    const what =
      kind === 'governance' ? 'governance/documentation upgrade' : 'scheduler/orchestrator upgrade';
    recommendations.push({
      kind,
      reason: `A ${what} is due every ${every} cycles; the last was ${seen ? `${since} cycles ago` : 'never seen in the ledger'}.`,
    });
    violations.push({
      rail: 'cadence-overdue',
      severity: 'warning',
      message: `The ${what} is overdue: due every ${every} cycles, ${seen ? `last ${since} cycles ago` : 'none seen yet'}.`,
      fix: `Start a session of kind ${kind}.`,
    });
  }

  // "After any incident or regression, schedule a follow-up hardening prompt within the next
  // two cycles."
  const sessionNames = new Set(backlog.sessions.map((s) => s.name));
  const hardeningCategories = new Set(
    backlog.sessions.filter((s) => s.kind === 'hardening').map((s) => s.category),
  );
  for (const incident of backlog.incidents) {
    // Answered by the session it names, or by any hardening session in its category, finished
    // ones included: an archived hardening session does not reopen the incident.
    const answered =
      (incident.hardening !== undefined && sessionNames.has(incident.hardening)) ||
      hardeningCategories.has(incident.category);
    if (answered) continue;
    // A date after this sweep is a typo (futureDates warns of it): it counts as older than every
    // sweep recorded, so the rail is never kept quiet by it.
    const future = today !== undefined && Date.parse(incident.date) > today;
    const since = (future ? history : history.filter((s) => s.time >= incident.date)).length + 1;
    recommendations.push({
      kind: 'hardening',
      category: incident.category,
      reason: `Incident "${incident.id}" (${incident.summary}): schedule a hardening prompt within two cycles.`,
    });
    if (since > 2) {
      violations.push({
        rail: 'hardening-overdue',
        severity: 'warning',
        message: `Incident "${incident.id}" has had no hardening session for ${since} cycles (the playbook: within two).`,
        fix: 'Start a session of kind hardening in its category, or name it in `hardening:`.',
        ...at(incident.location),
        category: incident.category,
      });
    }
  }

  // Backfill discipline: refill an empty active list from reserve; promote weekly; replace
  // obsolete or stale prompts before the next sweep.
  // A new week needs an earlier sweep to be new against.
  const newWeek =
    today !== undefined && last !== undefined && isoWeek(Date.parse(last.time)) !== isoWeek(today);
  // Only a backlog that keeps prompts (a `backlog:` section) is held to these.
  for (const category of prompts.size > 0 ? backlog.categories : []) {
    const group = prompts.get(category);
    if (!group || group.active.filter((p) => !p.obsolete).length === 0) {
      recommendations.push({
        kind: 'refill',
        category,
        reason: group?.reserve.length
          ? `The active backlog of ${category} is empty: refill it from reserve.`
          : `${category} has no prompts waiting: add some, so the next slot has one.`,
      });
    } else if (newWeek && group.reserve.length > 0) {
      recommendations.push({
        kind: 'promote-reserve',
        category,
        reason: `A new week: "refill from reserve weekly" (${group.reserve.length} waiting in ${category}).`,
      });
    }
    for (const prompt of (group?.active ?? []).concat(group?.reserve ?? [])) {
      const age = ageOf(prompt);
      if (!prompt.obsolete && age <= input.stalePromptDays) continue;
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
        ...at(prompt.location),
        category,
      });
    }
  }

  // Stalls and blockers.
  for (const [session, quiet] of input.quiet) {
    // A rescue session is the rescue: it is not told to start another.
    const helper = session.kind === 'rescue' || session.kind === 'unblocker';
    if (quiet >= input.coldAfterSweeps && !session.blocked && !helper) {
      recommendations.push({
        kind: 'rescue',
        session: session.name,
        category: session.category,
        reason: `No movement in ${quiet} sweeps: start a short-lived rescue session (stabilise → test → PR).`,
      });
    }
  }
  const blockedBy = new Map<string, Session[]>();
  for (const s of active) {
    if (!s.blocked) continue;
    const same = blockedBy.get(s.category);
    if (same) same.push(s);
    else blockedBy.set(s.category, [s]);
  }
  const unblocking = new Set(active.filter((s) => s.kind === 'unblocker').map((s) => s.category));
  for (const [category, sessions] of blockedBy) {
    const helping = unblocking.has(category);
    if (sessions.length < 2 || helping) continue;
    recommendations.push({
      kind: 'unblocker',
      category,
      reason: `${sessions.length} sessions are blocked in ${category} (${sessions.map((s) => s.name).join(', ')}): spin up one short-lived unblocker session.`,
    });
  }
  for (const session of active.filter((s) => s.blocked)) {
    let cycles = 1;
    for (let i = history.length - 1; i >= 0; i--) {
      const before = Object.hasOwn(history[i]!.sessions, session.name)
        ? history[i]!.sessions[session.name]
        : undefined;
      if (!before || !(before.blocked ?? before.status === 'blocked')) break;
      cycles++;
    }
    if (cycles <= 2) continue;
    violations.push({
      rail: 'blocker-aging',
      severity: 'warning',
      message: `Session "${session.name}" has been blocked for ${cycles} cycles: ${session.blocker ?? 'unspecified'}.`,
      fix: 'Escalate with a proposed mitigation or a dependency owner ("escalate aging blockers after two cycles").',
      ...at(session.location),
      session: session.name,
      category: session.category,
    });
  }

  // "At capacity: finish the shortest path to a PR": name the rapid-rescue candidate.
  if (input.freeSlotsNeeded > 0 && input.rapidRescue) {
    recommendations.push({
      kind: 'rapid-rescue',
      session: input.rapidRescue.name,
      category: input.rapidRescue.category,
      reason: `At capacity: sprint "${input.rapidRescue.name}" through stabilise → test → PR/merge, the fastest path to a free slot.`,
    });
  }

  return { recommendations, violations, ...(lane && input.reserve > 0 ? { fastLane: lane } : {}) };
}

/** The ISO year and week of a time, as one number. */
function isoWeek(time: number): number {
  const date = new Date(time);
  const day = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * DAY));
  return date.getUTCFullYear() * 100 + week;
}

/** A binary heap: the least element by `order` first. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly order: (a: T, b: T) => number) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.order(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < items.length && this.order(items[left]!, items[least]!) < 0) least = left;
        if (right < items.length && this.order(items[right]!, items[least]!) < 0) least = right;
        if (least === i) break;
        [items[i], items[least]] = [items[least]!, items[i]!];
        i = least;
      }
    }
    return top;
  }
}
