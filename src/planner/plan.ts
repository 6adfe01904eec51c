// The playbook's capacity half as pure functions: backlog in, plan out. Nothing here formats
// text for a report or does I/O.
import type { Backlog, Diagnostic, Session } from '../backlog/model.js';
import type { Status } from '../backlog/schema.js';
import { closest } from '../backlog/suggest.js';
import { startedPromptsAsEntries } from './dispatch.js';
import { reconcile } from './drift.js';
import {
  accountSlots,
  accountTotal,
  applyJules,
  AWAITING_STATES,
  isOfRepository,
  JULES_PLANS,
  julesLabel,
  linkJules,
  takesSlot,
  type JulesInput,
  type JulesLinks,
} from './jules.js';
import { violationKey } from './ledger.js';
import {
  futureDates,
  judgeMovement,
  own,
  type Movement,
  type MovementSettings,
} from './movement.js';
import { closeOrder, rank } from './order.js';
import { planRotation } from './rotation.js';
import {
  PLAN_SCHEMA_VERSION,
  RAIL_IDS,
  type ApiReport,
  type Drift,
  type JulesPlanName,
  type JulesReport,
  type JulesSession,
  type LiveLookup,
  type LivePull,
  type Plan,
  type PlanAction,
  type PlannedSession,
  type RailId,
  type Recommendation,
  type Verdict,
  type Violation,
} from './types.js';
import type { Surface } from '../surface.js';

export interface PlanSettings {
  /** Overrides the file's capacity (a CLI flag or action input). */
  capacity?: number;
  /** Overrides the file's reserve. */
  reserve?: number;
  /** Rails that fail the check; every other rail warns. */
  failOn?: ReadonlySet<RailId>;
  /** Movement across sweeps; without it, cold means no active session at all. */
  movement?: MovementSettings;
  /** This sweep's time, for prompt ages when movement is off. */
  now?: string;
  /** Prompts older than this many days must be replaced (default 30). */
  stalePromptDays?: number;
  /** The Jules plan whose limits hold: capacity is at most its concurrency, and a daily quota. */
  julesPlan?: JulesPlanName;
  /** How a fix names the sweep's own settings: the action's inputs or the CLI's flags. */
  surface?: Pick<Surface, 'capacity' | 'julesPlan'>;
}

/** Without a surface (a library caller), a fix names the settings by what they are. */
const PLAIN_NAMES: Pick<Surface, 'capacity' | 'julesPlan'> = {
  capacity: "the sweep's capacity setting",
  julesPlan: 'the Jules plan setting',
};

export const DEFAULT_FAIL_ON: readonly RailId[] = [
  'capacity-hard',
  'cold-category',
  'schema',
  'new-session-at-capacity',
  'daily-quota',
];

/**
 * Rails whose findings are graded: under `fail-on` each keeps its own severity (a warning short
 * of the limit, an error past it); left out of `fail-on`, all warn.
 */
const GRADED_RAILS: ReadonlySet<RailId> = new Set(['daily-quota']);

/** `capacity-hard, cold-category`: the rail ids of `fail-on` and `--fail-on`. */
export function parseRailIds(text: string): RailId[] | { problem: string } {
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const unknown = ids.filter((id) => !(RAIL_IDS as readonly string[]).includes(id));
  if (unknown.length > 0) {
    const hint = closest(unknown[0]!, RAIL_IDS);
    return {
      problem: `names no rail ${unknown.map((id) => `"${id}"`).join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}; rails are ${RAIL_IDS.join(', ')}`,
    };
  }
  return ids as RailId[];
}

/** What GitHub said, by session name; absent when the sweep ran offline. */
export interface LiveInput {
  lookups: Record<string, LiveLookup>;
  api: ApiReport;
  /** The sessions Jules runs for this repository, when a Jules key was given. */
  jules?: JulesInput;
}

const OFFLINE: ApiReport = { enabled: false, requests: 0, retries: 0, pullRequests: 0 };

/** What was read live, with Jules' list added; GitHub's part as read, or offline. */
export function withJules(
  live: LiveInput | undefined,
  jules: JulesInput | undefined,
): LiveInput | undefined {
  return jules ? { ...(live ?? { lookups: {}, api: OFFLINE }), jules } : live;
}

/** A session as this sweep sees it: the file's entry corrected by live status. */
interface Swept {
  session: Session;
  declaredStatus: Status;
  drift: Drift[];
  live?: LivePull;
  jules?: JulesSession;
  /** An archive candidate whatever its status (Jules finished or failed), and why. */
  exit?: string;
  awaitingInput?: boolean;
  paused?: boolean;
  failed?: boolean;
}

/** The file's entry corrected first by Jules (what the agent did), then by GitHub (the PR). */
function sweep(
  declared: Session,
  lookup: LiveLookup | undefined,
  jules: JulesSession | undefined,
  julesMissing: boolean,
): Swept {
  const julesDrift: Drift[] = [];
  let session = declared;
  const extra: Partial<Swept> = {};
  if (jules) {
    const effect = applyJules(declared, jules);
    session = effect.session;
    julesDrift.push(...effect.drift);
    extra.jules = jules;
    if (effect.exit) extra.exit = effect.exit;
    if (effect.awaitingInput) extra.awaitingInput = true;
    if (effect.paused) extra.paused = true;
    if (effect.failed) extra.failed = true;
  } else if (julesMissing && declared.status !== 'archived') {
    julesDrift.push({
      code: 'jules-missing',
      message: `Jules has no session ${declared.jules} (it answered 404 for it)`,
    });
  }
  const effective = reconcile(session, lookup);
  const swept: Swept = {
    session,
    declaredStatus: declared.status,
    drift: [...julesDrift, ...effective.drift],
    ...extra,
  };
  if (lookup && 'pull' in lookup) swept.live = lookup.pull;
  if (
    effective.status !== session.status ||
    effective.remainingSteps !== session.remainingSteps ||
    effective.nextAction !== session.nextAction
  ) {
    swept.session = {
      ...session,
      status: effective.status,
      statusText: effective.status,
      remainingSteps: effective.remainingSteps,
      ...(effective.nextAction !== undefined ? { nextAction: effective.nextAction } : {}),
    };
  }
  return swept;
}

/** "Free slots needed": how many active sessions must close to keep the reserve free. */
export function freeSlotsNeeded(active: number, capacity: number, reserve: number): number {
  return Math.max(0, active - (capacity - reserve));
}

export function buildPlan(file: Backlog, settings: PlanSettings = {}, live?: LiveInput): Plan {
  const backlog = startedPromptsAsEntries(file, live?.jules); // dispatch: started prompts are entries
  const requestedCapacity = settings.capacity ?? backlog.capacity;
  const limits = settings.julesPlan ? JULES_PLANS[settings.julesPlan] : undefined;
  // The account's plan caps what the file may ask for.
  const capacity = limits ? Math.min(requestedCapacity, limits.concurrent) : requestedCapacity;
  const reserve = settings.reserve ?? backlog.reserve;
  const now = settings.movement?.now ?? settings.now;
  // Linked only from a whole list: a partial one would call every entry missing.
  const jules = live?.jules;
  const links: JulesLinks | undefined =
    jules?.enabled && !jules.failure
      ? linkJules(backlog.sessions, jules.sessions, jules.repository, jules.notFound)
      : undefined;
  const missing = new Set(links?.missing ?? []);
  const sweptActive: Swept[] = [];
  const archived: Swept[] = [];
  const counts = { active: 0, archived: 0, prReady: 0, prCreated: 0, blocked: 0, needsMoreWork: 0 };
  for (const declared of backlog.sessions) {
    // Own entries only: a session named `constructor` or `__proto__` is a name, not a prototype.
    const swept = sweep(
      declared,
      live ? own(live.lookups, declared.name) : undefined,
      links?.linked.get(declared),
      missing.has(declared),
    );
    const session = swept.session;
    if (session.status === 'archived') {
      archived.push(swept);
      continue;
    }
    sweptActive.push(swept);
    if (session.blocked) counts.blocked++;
    else if (session.status === 'pr-ready') counts.prReady++;
    else if (session.status === 'pr-created') counts.prCreated++;
    else if (session.status === 'needs-more-work') counts.needsMoreWork++;
  }
  const active = sweptActive.map((s) => s.session);
  const sweptBySession = new Map(sweptActive.map((s) => [s.session, s]));
  counts.active = active.length;
  counts.archived = archived.length;
  // Capacity is judged on what really runs: here the file's count or Jules', whichever is
  // larger, and the slots the rest of the account holds, since the cap is the account's.
  const account = links
    ? accountSlots(jules!.sessions, links, jules!.repository, active.length)
    : undefined;
  const slots: Plan['slots'] = account
    ? {
        file: active.length,
        jules: account.julesHere,
        counted: accountTotal(account),
        account: {
          thisRepository: account.thisRepository,
          otherRepositories: account.otherRepositories,
          repoless: account.repoless,
        },
      }
    : { file: active.length, jules: null, counted: active.length };
  const needed = freeSlotsNeeded(slots.counted, capacity, reserve);
  const quota =
    limits && links && now ? dailyQuota(jules!.sessions, limits.dailyTasks, now) : undefined;

  const ordered = closeOrder(
    active.map((session) => ({
      session,
      // An archive candidate is among the fastest exits, whatever its status.
      rank: sweptBySession.get(session)!.exit ? 0 : rank(session, backlog.format),
      name: session.name,
      remainingSteps: session.remainingSteps,
    })),
  );
  const exits = new Set(sweptActive.filter((s) => s.exit).map((s) => s.session));
  const fastTracked = chooseFastTrack(ordered, needed, exits);
  const movement = settings.movement
    ? judgeMovement(
        sweptActive,
        {
          ...settings.movement,
          julesUnread: jules?.enabled === true && jules.failure !== undefined,
        },
        capacity - reserve,
      )
    : undefined;
  const closeOrderPlanned: PlannedSession[] = ordered.map(({ session, rank: r }) => {
    const planned = planSession(sweptBySession.get(session)!, r, fastTracked.has(session));
    const quiet = movement?.quiet.get(session);
    if (quiet !== undefined) planned.quietSweeps = quiet;
    return planned;
  });

  // The playbook tool lists as many exits as slots must be freed, or the next two.
  const listed = needed || Math.min(2, ordered.length);
  // Cold: no active session, or (with movement) none of them moved.
  const warm = new Set(
    active.filter((s) => movement?.moved.get(s) !== false).map((s) => s.category),
  );
  const covered = new Set(active.map((s) => s.category));
  const coldCategories = backlog.categories.filter((c) => !warm.has(c));

  const notes: string[] = [];
  // Backpressure: "too many in needs more work; prioritize those with the fewest remaining steps".
  if (counts.needsMoreWork > capacity / 2) {
    notes.push(
      `Backpressure: ${counts.needsMoreWork} of ${capacity} slots hold sessions that need more work; the close order already puts the fewest remaining steps first.`,
    );
  }

  if (movement) notes.push(movement.note);
  if (jules?.warning) notes.push(`Jules: ${jules.warning}.`);

  const waiting = backlog.prompts.flatMap((p) => p.active).filter((p) => !p.obsolete).length;
  const found = [
    ...schemaViolations([
      ...backlog.warnings,
      ...futureDates(backlog, settings.movement?.now ?? settings.now),
    ]),
    ...(settings.julesPlan && requestedCapacity > capacity
      ? [planCapacityWarning(backlog, settings, requestedCapacity, capacity)]
      : []),
    ...(quota ? quotaRails(quota, settings.julesPlan!, waiting) : []),
    ...capacityRails(
      active,
      slots,
      capacity,
      reserve,
      needed,
      ordered.slice(0, Math.max(1, listed)).map((o) => o.session),
    ),
    ...coldCategoryRails(backlog, coldCategories, covered, settings.movement?.coldAfterSweeps),
    ...nextActionRails(active),
    ...driftRails([...sweptActive, ...archived]),
    ...(movement ? movementRails(movement, settings.movement!.coldAfterSweeps) : []),
    ...julesRails(sweptActive, links?.untracked ?? []),
  ];
  const rotation = planRotation({
    backlog,
    active,
    cold: coldCategories,
    // A slot Jules would refuse to start a task in is no open slot.
    openSlots: Math.max(
      0,
      Math.min(
        capacity - reserve - slots.counted,
        quota ? quota.limit - quota.created : Number.POSITIVE_INFINITY,
      ),
    ),
    reserve,
    freeSlotsNeeded: needed,
    ...(fastTracked.size > 0 ? { rapidRescue: [...fastTracked][0]! } : {}),
    quiet: movement?.quiet ?? new Map(),
    history: settings.movement?.ledger?.sweeps ?? [],
    ...(now ? { now } : {}),
    stalePromptDays: settings.stalePromptDays ?? 30,
    coldAfterSweeps: settings.movement?.coldAfterSweeps ?? 2,
  });
  found.push(...rotation.violations);
  const violations = withSeverity(found, new Set(settings.failOn ?? DEFAULT_FAIL_ON), movement);

  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    source: { file: backlog.file, format: backlog.format },
    capacity,
    reserve,
    categories: backlog.categories,
    counts,
    slots,
    freeSlotsNeeded: needed,
    ...(settings.julesPlan && limits
      ? {
          julesPlan: {
            name: settings.julesPlan,
            concurrent: limits.concurrent,
            dailyTasks: limits.dailyTasks,
            requestedCapacity,
          },
        }
      : {}),
    ...(quota ? { dailyQuota: quota } : {}),
    closeOrder: closeOrderPlanned,
    closeFirst: ordered.slice(0, listed).map((o) => o.session.name),
    archived: archived.map(({ session, drift, live: pull }) => ({
      name: session.name,
      category: session.category,
      location: session.location,
      drift,
      actions: session.actions,
      ...(session.started ? { started: session.started } : {}),
      ...(pull ? { live: pull } : {}),
    })),
    coldCategories,
    notes,
    violations,
    verdict: verdictOf(violations),
    api: live?.api ?? OFFLINE,
    jules: julesReport(jules, links),
    ...(movement ? { cycle: movement.cycle, movement: movement.mode } : {}),
    recommendations: [
      ...answerAgent(sweptActive, links?.untracked ?? []),
      ...rotation.recommendations,
      ...julesFollowUps(sweptActive, links?.untracked ?? []),
    ],
    ...(rotation.fastLane ? { fastLane: rotation.fastLane } : {}),
  };
}

/**
 * A rail fails the check when `fail-on` names it; problems in the file keep their own severity,
 * and so does a graded rail's finding when `fail-on` names it.
 */
export function railSeverity(v: Pick<Violation, 'rail' | 'severity'>, failOn: ReadonlySet<RailId>) {
  if (v.rail === 'schema') return v.severity;
  if (!failOn.has(v.rail)) return 'warning';
  return GRADED_RAILS.has(v.rail) ? v.severity : 'error';
}

const DAY_MS = 86_400_000;

/** Sessions created in the 24 hours before `now`, archived ones too: each was one task. */
export function dailyQuota(
  sessions: readonly JulesSession[],
  limit: number,
  now: string,
): NonNullable<Plan['dailyQuota']> {
  const end = Date.parse(now);
  const times = sessions
    .map((j) => (j.createTime === null ? Number.NaN : Date.parse(j.createTime)))
    .filter((t) => Number.isFinite(t) && t > end - DAY_MS && t <= end);
  times.sort((a, b) => a - b);
  // Jules starts a task once fewer than `limit` are in the window: past the limit, that is when
  // the (created - limit + 1)-th oldest ages out; within it, when the oldest does.
  const freeing = times[Math.max(0, times.length - limit)];
  return {
    created: times.length,
    limit,
    freesAt: freeing === undefined ? null : new Date(freeing + DAY_MS).toISOString(),
  };
}

/** "14:06 UTC" for 14:05:59: the minute rounded up, so never earlier than the truth. */
const utcClock = (iso: string): string => {
  const minute = 60_000;
  const up = new Date(Math.ceil(Date.parse(iso) / minute) * minute).toISOString();
  return `${up.slice(11, 16)} UTC`;
};

/** "the oldest frees a task at 14:05 UTC", or "a task frees at …" past the limit; "" for none. */
export function freesText({ created, limit, freesAt }: NonNullable<Plan['dailyQuota']>): string {
  if (freesAt === null) return '';
  return `${created > limit ? 'a task frees' : 'the oldest frees a task'} at ${utcClock(freesAt)}`;
}

/**
 * The plan's daily limit: a warning from 80% of it; spent while prompts wait for a slot, an
 * error, since Jules starts no new session until the oldest task is a day old.
 */
function quotaRails(
  quota: NonNullable<Plan['dailyQuota']>,
  plan: JulesPlanName,
  waiting: number,
): Violation[] {
  const { created, limit } = quota;
  if (created < limit * 0.8) return [];
  const frees = quota.freesAt ? `; ${freesText(quota)}` : '';
  const spent = created >= limit;
  return [
    {
      rail: 'daily-quota',
      severity: spent && waiting > 0 ? 'error' : 'warning',
      message: spent
        ? `The Jules ${plan} plan's daily quota is spent: ${created} / ${limit} tasks in the last 24 h${waiting > 0 ? `, and ${waiting} prompt(s) wait for a slot` : ''}${frees}.`
        : `${created} / ${limit} tasks of the Jules ${plan} plan's daily quota were used in the last 24 h${frees}.`,
      fix: spent
        ? 'Start no new session until a task frees: Jules refuses them. Ship and archive what runs meanwhile.'
        : `Keep the ${limit - created} task(s) left for the prompts that matter most (cold categories first).`,
    },
  ];
}

/** A capacity above what the account's plan runs at once is a number Jules never honours. */
function planCapacityWarning(
  backlog: Backlog,
  settings: PlanSettings,
  requested: number,
  capacity: number,
): Violation {
  const fromFile = settings.capacity === undefined;
  const where = fromFile ? backlog.locations.capacity : undefined;
  const names = settings.surface ?? PLAIN_NAMES;
  return {
    rail: 'schema',
    severity: 'warning',
    message: `capacity ${requested}${fromFile ? '' : ' (set for this sweep)'} is above the Jules ${settings.julesPlan!} plan's ${capacity} concurrent sessions; the sweep counts against ${capacity}.`,
    fix: fromFile
      ? `Set \`capacity: ${capacity}\` in ${backlog.file}, or set ${names.julesPlan} to the plan the account has.`
      : `Lower ${names.capacity} to ${capacity}, or set ${names.julesPlan} to the plan the account has.`,
    ...(where
      ? { file: where.file, line: where.line, column: where.column }
      : { file: backlog.file }),
  };
}

/**
 * Rail severity follows `fail-on`; file problems keep their own. With a ledger, a finding the
 * last sweep did not have is `introduced`.
 */
function withSeverity(
  found: readonly Violation[],
  failOn: ReadonlySet<RailId>,
  movement: Movement | undefined,
): Violation[] {
  return found.map((v) => {
    const severity = railSeverity(v, failOn);
    const previous = movement?.previousViolations;
    return {
      ...v,
      severity,
      ...(previous ? { introduced: !previous.has(violationKey(v)) } : {}),
    };
  });
}

/**
 * "If two cycles pass without movement, start a short-lived rescue or unblocker session", and
 * "never open a new prompt until at least one session is archived or merged".
 */
function movementRails(movement: Movement, sweeps: number): Violation[] {
  const stalled: Violation[] = [...movement.quiet]
    .filter(([, quiet]) => quiet >= sweeps)
    .map(([session, quiet]) => ({
      rail: 'stalled',
      severity: 'warning',
      message: `Session "${session.name}" has not moved in ${quiet} sweep(s).`,
      fix: session.blocked
        ? 'Escalate the blocker with a proposed mitigation, or start a short-lived unblocker session.'
        : 'Trim it to a shippable slice, or start a short-lived rescue session (stabilise → test → PR).',
      ...at(session),
    }));
  const opened: Violation[] = movement.openedOverCapacity.map((session) => ({
    rail: 'new-session-at-capacity',
    severity: 'error',
    message: `Session "${session.name}" was opened while no slot was free and nothing was archived or merged.`,
    fix: 'Archive or merge a session first, then open the new prompt.',
    ...at(session),
  }));
  return [...stalled, ...opened];
}

/**
 * "If full, fast-track the nearest-to-finish session": when slots must be freed, the sessions
 * that still need work with the fewest remaining steps, as many as shipping and archiving leave
 * uncovered, and at least one.
 */
function chooseFastTrack(
  ordered: readonly { session: Session }[],
  needed: number,
  candidates: ReadonlySet<Session>,
): Set<Session> {
  if (needed === 0) return new Set();
  const chosen = new Set<Session>();
  const shipping = ordered.filter(
    ({ session: s }) =>
      candidates.has(s) || (!s.blocked && (s.status === 'pr-ready' || s.status === 'pr-created')),
  ).length;
  const count = Math.max(1, needed - shipping);
  // The close order already puts the fewest remaining steps first.
  for (const { session } of ordered) {
    if (chosen.size === count) break;
    if (!session.blocked && session.status === 'needs-more-work' && !candidates.has(session))
      chosen.add(session);
  }
  return chosen;
}

function planSession(swept: Swept, rank: number, fastTrack: boolean): PlannedSession {
  const { session } = swept;
  const { action, reason } = swept.exit
    ? { action: 'archive' as const, reason: swept.exit }
    : decide(session, fastTrack);
  const planned: PlannedSession = {
    name: session.name,
    category: session.category,
    status: session.status,
    declaredStatus: swept.declaredStatus,
    statusText: session.statusText,
    remainingSteps: session.remainingSteps,
    blocked: session.blocked,
    blockedFlag: session.blockedFlag,
    kind: session.kind,
    actions: session.actions,
    rank,
    action,
    reason,
    location: session.location,
    drift: swept.drift,
  };
  if (swept.live) planned.live = swept.live;
  if (swept.jules) planned.jules = swept.jules;
  if (session.blocker !== undefined) planned.blocker = session.blocker;
  if (session.pr !== undefined) planned.pr = session.pr;
  if (session.started !== undefined) planned.started = session.started;
  if (session.nextAction !== undefined) planned.nextAction = session.nextAction;
  return planned;
}

function decide(session: Session, fastTrack: boolean): { action: PlanAction; reason: string } {
  if (session.blocked) {
    return {
      action: 'park',
      reason: `Blocked (${session.blocker ?? 'unspecified'}): log the blocker in the session update and switch to the next session.`,
    };
  }
  switch (session.status) {
    case 'pr-ready':
      return {
        action: 'ship',
        reason:
          'PR-ready: run targeted checks, clean the diff, craft the PR title and body, and open the PR.',
      };
    case 'pr-created':
      return {
        action: 'archive',
        reason: 'PR already exists: confirm its checks and approvals, then archive the session.',
      };
    default:
      if (fastTrack) {
        return {
          action: 'fast-track',
          reason: `No slot is free: finish the shortest path to a PR (stabilise → test → PR), ${session.remainingSteps} step(s) left.`,
        };
      }
      return {
        action: 'continue',
        reason: session.nextAction
          ? `Next action: ${session.nextAction}`
          : 'Needs more work, and no next action is recorded.',
      };
  }
}

function capacityRails(
  active: readonly Session[],
  slots: Plan['slots'],
  capacity: number,
  reserve: number,
  needed: number,
  exits: readonly Session[],
): Violation[] {
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
  const place = (index: number) => (active[index] ? at(active[index]) : {});
  const violations: Violation[] = [];
  // Name the first few exits; a long list belongs in the close order, not in one fix line.
  const shown = exits.slice(0, 10).map((s) => `"${s.name}"`);
  const exitNames = `${shown.join(', ')}${exits.length > shown.length ? `, and ${exits.length - shown.length} more in the close order` : ''}`;
  // "Maximum concurrent sessions": the session entry past the cap is where the file overflows.
  if (taken > capacity) {
    const over = taken - capacity;
    violations.push({
      rail: 'capacity-hard',
      severity: 'error',
      message: `${counted} exceed the hard cap of ${capacity} by ${over}.`,
      fix: `Archive or merge ${over} session(s) before anything else; the fastest exits are ${exits.length > 0 ? exitNames : 'the sessions Jules runs untracked'}.`,
      ...place(capacity),
    });
  }
  // "Ensure at least one slot stays free."
  if (needed > 0) {
    violations.push({
      rail: 'capacity',
      severity: 'warning',
      message: `${counted} take the reserve slot (capacity ${capacity}, reserve ${reserve}): ${needed} free slot(s) needed.`,
      fix: `Ship or archive ${exits.length > 0 ? exitNames : 'a session'} before opening a new prompt.`,
      ...place(capacity - reserve),
    });
  }
  return violations;
}

/** "No cold category": every rotation category needs an active session. */
function coldCategoryRails(
  backlog: Backlog,
  cold: readonly string[],
  covered: ReadonlySet<string>,
  sweeps: number | undefined,
): Violation[] {
  const firstIndex = new Map<string, number>();
  backlog.categories.forEach((c, i) => {
    if (!firstIndex.has(c)) firstIndex.set(c, i);
  });
  return cold.map((category) => {
    const index = firstIndex.get(category) ?? -1;
    const location = backlog.locations.categories?.[index];
    const why = covered.has(category)
      ? `none of its active sessions moved${sweeps ? ` in the last ${sweeps} sweeps` : ''}`
      : 'no active session covers it';
    return {
      rail: 'cold-category',
      severity: 'error',
      message: `Category "${category}" is cold: ${why}.`,
      fix: `Start the next ${category} prompt (pick from a cold category's backlog even if it is lower priority).`,
      ...(location ? { file: location.file, line: location.line, column: location.column } : {}),
      category,
    };
  });
}

/** "If not ready: record the single highest-value next action." */
function nextActionRails(active: readonly Session[]): Violation[] {
  return active
    .filter((s) => s.status === 'needs-more-work' && !s.blocked && !s.nextAction)
    .map((session) => ({
      rail: 'missing-next-action',
      severity: 'warning',
      message: `Session "${session.name}" needs more work but records no next action.`,
      fix: 'Add `next_action:` with the single highest-value step (code, tests, docs, unblock).',
      ...at(session),
    }));
}

/** Where the file and GitHub disagree: a warning on the session's line, one per code. */
function driftRails(swept: readonly Swept[]): Violation[] {
  return swept.flatMap(({ session, drift }) =>
    drift.map((d) => ({
      rail: 'drift' as const,
      severity: 'warning' as const,
      message: `Session "${session.name}": ${d.message} [${d.code}].`,
      fix: DRIFT_FIX[d.code],
      ...at(session),
    })),
  );
}

/**
 * Jules' own findings: a session it runs that the file does not name takes a slot; a paused one
 * is stalled whatever the ledger says.
 */
function julesRails(swept: readonly Swept[], untracked: readonly JulesSession[]): Violation[] {
  const paused: Violation[] = swept
    .filter((s) => s.paused)
    .map(({ session, jules }) => ({
      rail: 'stalled',
      severity: 'warning',
      message: `Session "${session.name}" is paused in Jules (${jules!.id}).`,
      fix: 'Resume it in Jules, trim it to a shippable slice, or start a short-lived rescue session.',
      ...at(session),
    }));
  const extra: Violation[] = untracked.flatMap((j) => {
    const found: Violation[] = [
      {
        rail: 'drift',
        severity: 'warning',
        message: `Jules session ${julesLabel(j)} is ${j.state} but no entry of the backlog names it: it takes a slot [jules-untracked].`,
        fix: DRIFT_FIX['jules-untracked'],
        julesSession: j.id,
      },
    ];
    if (j.state === 'PAUSED') {
      found.push({
        rail: 'stalled',
        severity: 'warning',
        message: `Jules session ${julesLabel(j)} is paused, and no entry of the backlog names it.`,
        fix: 'Resume it in Jules or stop it; if it stays, add it to the backlog with `jules: <id>`.',
        julesSession: j.id,
      });
    }
    return found;
  });
  return [...paused, ...extra];
}

/**
 * "Answer the agent" comes before anything else: a person is what holds these sessions, tracked
 * in the file or not.
 */
function answerAgent(
  swept: readonly Swept[],
  untracked: readonly JulesSession[],
): Recommendation[] {
  const waiting = (j: JulesSession) =>
    j.state === 'AWAITING_PLAN_APPROVAL'
      ? `Jules is waiting for its plan to be approved: review it at ${j.url}.`
      : `Jules asked a question and waits for an answer: reply at ${j.url}.`;
  const tracked: Recommendation[] = swept
    .filter((s) => s.awaitingInput)
    .map(({ session, jules }) => ({
      kind: 'answer-agent',
      session: session.name,
      category: session.category,
      url: jules!.url,
      reason: waiting(jules!),
    }));
  const others: Recommendation[] = untracked
    .filter((j) => AWAITING_STATES.has(j.state))
    .map((j) => ({
      kind: 'answer-agent',
      session: j.title.trim() !== '' ? j.title : j.id,
      url: j.url,
      reason: waiting(j),
    }));
  return [...tracked, ...others];
}

/** A failed Jules session gets a rescue prompt; an untracked one gets an entry in the file. */
function julesFollowUps(
  swept: readonly Swept[],
  untracked: readonly JulesSession[],
): Recommendation[] {
  const rescues: Recommendation[] = swept
    .filter((s) => s.failed)
    .map(({ session, jules }) => ({
      kind: 'rescue',
      session: session.name,
      category: session.category,
      url: jules!.url,
      reason: `Jules failed on it: archive it and start a short-lived rescue prompt (stabilise → test → PR) for what is left.`,
    }));
  const track: Recommendation[] = untracked.map((j) => ({
    kind: 'track-session',
    session: j.title.trim() !== '' ? j.title : j.id,
    url: j.url,
    reason: `Add it to the backlog with \`jules: ${j.id}\` (it is ${j.state} in Jules and takes a slot), or stop it in Jules.`,
  }));
  return [...rescues, ...track];
}

function julesReport(jules: JulesInput | undefined, links: JulesLinks | undefined): JulesReport {
  if (!jules)
    return { enabled: false, requests: 0, retries: 0, sessions: 0, live: 0, untracked: [] };
  const repository = jules.repository;
  const here = jules.sessions.filter((j) => !repository || isOfRepository(j.source, repository));
  return {
    enabled: jules.enabled,
    requests: jules.requests,
    retries: jules.retries,
    sessions: here.length,
    live: links ? here.filter(takesSlot).length : 0,
    untracked: links?.untracked ?? [],
    ...(jules.failure ? { failure: jules.failure } : {}),
    ...(jules.skipped ? { skipped: jules.skipped } : {}),
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
};

function at(
  session: Session,
): Pick<Violation, 'file' | 'line' | 'column' | 'session' | 'category'> {
  return {
    file: session.location.file,
    line: session.location.line,
    column: session.location.column,
    session: session.name,
    category: session.category,
  };
}

/** Problems in the file itself are the `schema` rail. */
export function schemaViolations(diagnostics: readonly Diagnostic[]): Violation[] {
  return diagnostics.map((error) => ({
    rail: 'schema',
    severity: error.severity,
    message: error.message,
    fix: error.fix ?? 'See schema/sessions.schema.json.',
    ...(error.location
      ? { file: error.location.file, line: error.location.line, column: error.location.column }
      : {}),
  }));
}

/** fail: an error rail is broken (with `onlyIntroduced`, one this change introduced). */
export function verdictOf(violations: readonly Violation[], onlyIntroduced = false): Verdict {
  if (violations.some((v) => v.severity === 'error' && (!onlyIntroduced || v.introduced !== false)))
    return 'fail';
  if (violations.length > 0) return 'warn';
  return 'pass';
}
