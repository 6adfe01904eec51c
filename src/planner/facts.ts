// The facts of one sweep, computed once: every session as live status corrects it, the slots,
// the close order, movement, the cold categories and the prompts to hand out. Every rule reads
// these; none computes them again. Pure.
import type { Backlog, BacklogFormat, Prompt, Session } from '../backlog/model.js';
import type { Status } from '../backlog/schema.js';
import type { Surface } from '../surface.js';
import { chooseFastTrack } from './actions.js';
import { reconcile } from './drift.js';
import {
  COPILOT,
  JULES,
  kindOf,
  type LiveSession,
  type SourceInput,
  type SourceKind,
} from '../sources/index.js';
import {
  accountSlots,
  accountTotal,
  JULES_PLANS,
  type JulesInput,
  type JulesLinks,
} from './jules.js';
import {
  applySession,
  isOfRepository,
  linkSessions,
  takesSlotIn,
  type SessionEffect,
  type SessionLinks,
} from './sessions.js';
import type { LedgerSweep } from './ledger.js';
import { judgeMovement, own, type Movement, type MovementSettings } from './movement.js';
import { closeOrder, rank } from './order.js';
import { PromptQueue } from './prompts.js';
import { dailyQuota } from './quota.js';
import type {
  ApiReport,
  Drift,
  JulesPlanName,
  JulesSession,
  LiveLookup,
  LivePull,
  Plan,
  RailId,
} from './types.js';

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

/** What GitHub said, by session name; absent when the sweep ran offline. */
export interface LiveInput {
  lookups: Record<string, LiveLookup>;
  api: ApiReport;
  /** The sessions Jules runs for this repository, when a Jules key was given. */
  jules?: JulesInput;
  /** The tasks Copilot's cloud agent runs for this repository, when a Copilot token was given. */
  copilot?: SourceInput;
}

export const OFFLINE: ApiReport = { enabled: false, requests: 0, retries: 0, pullRequests: 0 };

/** What was read live, with Jules' list added; GitHub's part as read, or offline. */
export function withJules(
  live: LiveInput | undefined,
  jules: JulesInput | undefined,
): LiveInput | undefined {
  return jules ? { ...(live ?? { lookups: {}, api: OFFLINE }), jules } : live;
}

/** What was read live, with each source's list added; GitHub's part as read, or offline. */
export function withSources(
  live: LiveInput | undefined,
  jules: JulesInput | undefined,
  copilot: SourceInput | undefined,
): LiveInput | undefined {
  const withJ = withJules(live, jules);
  return copilot ? { ...(withJ ?? { lookups: {}, api: OFFLINE }), copilot } : withJ;
}

/** The sources a sweep read, in report order. */
export const readings = (live: LiveInput | undefined): SourceInput[] =>
  [live?.jules, live?.copilot ? { ...live.copilot, source: 'copilot' as const } : undefined].filter(
    (r): r is SourceInput => r !== undefined,
  );

/** One source as this sweep read it, with its links to the file when its list was whole. */
export interface SourceFacts {
  kind: SourceKind;
  input: SourceInput;
  links?: SessionLinks;
  /** Live sessions of this repository in that source that hold a slot. */
  here: number;
}

/** A live session no entry names, and the source it runs in. */
export interface Untracked {
  kind: SourceKind;
  session: LiveSession;
}

/** A session as this sweep sees it: the file's entry corrected by live status. */
export interface Swept {
  session: Session;
  declaredStatus: Status;
  drift: Drift[];
  /** The playbook tool's rank in the close order; 0 for an archive candidate. */
  rank: number;
  live?: LivePull;
  /** The Jules session linked to the entry. */
  jules?: JulesSession;
  /** The live session linked to the entry, in whichever source runs it. */
  agent?: { kind: SourceKind; session: LiveSession };
  /** An archive candidate whatever its status (Jules finished or failed), and why. */
  exit?: string;
  awaitingInput?: boolean;
  paused?: boolean;
  failed?: boolean;
}

export interface SweepFacts {
  backlog: Backlog;
  settings: PlanSettings;
  /** The file's capacity, or the override's, before the Jules plan caps it. */
  requestedCapacity: number;
  /** The Jules plan's limits, with `jules-plan`. */
  limits?: { concurrent: number; dailyTasks: number };
  /** With Jules and Copilot both read: the Jules account's live sessions, against its plan. */
  julesLive?: number;
  capacity: number;
  reserve: number;
  /** This sweep's time; date rules are skipped without it. */
  now?: string;
  /** `now` as a time. */
  today?: number;
  jules?: JulesInput;
  /** Entries linked to Jules sessions, from a whole list only. */
  links?: JulesLinks;
  /** Every source read (Jules, Copilot), in report order. */
  sources: readonly SourceFacts[];
  /** Live sessions of this repository, in any source, that no entry names. */
  untracked: readonly Untracked[];
  /** Active sessions in the file's order, corrected by live status. */
  active: readonly Swept[];
  archived: readonly Swept[];
  /** The active sessions themselves, in the file's order. */
  sessions: readonly Session[];
  counts: Plan['counts'];
  slots: Plan['slots'];
  freeSlotsNeeded: number;
  quota?: NonNullable<Plan['dailyQuota']>;
  /** The active sessions, fastest exit first. */
  closeOrder: readonly Swept[];
  /** How many of the close order the playbook tool lists: free slots needed, or two. */
  listed: number;
  fastTracked: ReadonlySet<Session>;
  movement?: Movement;
  /** Rotation categories with no active session, or none that moved, in priority order. */
  coldCategories: string[];
  /** Categories with at least one active session. */
  covered: ReadonlySet<string>;
  /** Prompts of the active backlogs not marked obsolete. */
  waitingPrompts: number;
  /** Earlier sweeps, oldest first (empty without a ledger). */
  history: readonly LedgerSweep[];
  last?: LedgerSweep;
  /** This sweep's cycle: one more than the ledger's last. */
  cycle: number;
  /** Slots open for new prompts after the reserve, and within the daily quota. */
  openSlots: number;
  /** Each category's first place in `categories:`. */
  priority: ReadonlyMap<string, number>;
  prompts: PromptQueue;
  /** A prompt's age in days at this sweep; 0 without a time or an `added` day. */
  ageOf: (prompt: Prompt) => number;
  stalePromptDays: number;
  coldAfterSweeps: number;
}

const DAY_MS = 86_400_000;

/** "Free slots needed": how many active sessions must close to keep the reserve free. */
export function freeSlotsNeeded(active: number, capacity: number, reserve: number): number {
  return Math.max(0, active - (capacity - reserve));
}

export function sweepFacts(
  backlog: Backlog,
  settings: PlanSettings = {},
  live?: LiveInput,
): SweepFacts {
  const requestedCapacity = settings.capacity ?? backlog.capacity;
  const limits = settings.julesPlan ? JULES_PLANS[settings.julesPlan] : undefined;
  // The account's plan caps what the file may ask for, while Jules is the only source; beside
  // Copilot, it caps Jules' own sessions (julesOverPlan) and the file's capacity holds for both.
  // A token given is Copilot beside Jules, even the night its list fails: the capacity is the
  // configuration's, not what answered.
  const copilotGiven = live?.copilot?.enabled === true;
  const capacity =
    limits && !copilotGiven ? Math.min(requestedCapacity, limits.concurrent) : requestedCapacity;
  const reserve = settings.reserve ?? backlog.reserve;
  const now = settings.movement?.now ?? settings.now;
  const today = now ? Date.parse(now) : undefined;
  const jules = live?.jules;
  const sources = sourceFacts(backlog.sessions, live);
  const links = sources.find((s) => s.kind === JULES)?.links;
  const { active, archived, counts } = sweepAll(backlog, live, sources);
  const sessions = active.map((s) => s.session);
  const slots = slotsOf(sources, sessions.length);
  const needed = freeSlotsNeeded(slots.counted, capacity, reserve);
  const quota =
    limits && links && now ? dailyQuota(jules!.sessions, limits.dailyTasks, now) : undefined;

  return {
    backlog,
    settings,
    requestedCapacity,
    ...(limits ? { limits } : {}),
    ...(copilotGiven && links
      ? { julesLive: jules!.sessions.filter((j) => takesSlotIn(JULES, j)).length }
      : {}),
    capacity,
    reserve,
    ...(now !== undefined ? { now } : {}),
    ...(today !== undefined ? { today } : {}),
    ...(jules ? { jules } : {}),
    ...(links ? { links } : {}),
    sources,
    untracked: sources.flatMap(({ kind, links: l }) =>
      (l?.untracked ?? []).map((session) => ({ kind, session })),
    ),
    active,
    archived,
    sessions,
    counts,
    slots,
    freeSlotsNeeded: needed,
    ...(quota ? { quota } : {}),
    ...orderFacts(backlog, settings, active, needed, capacity - reserve, jules, live?.copilot),
    waitingPrompts: backlog.prompts.flatMap((p) => p.active).filter((p) => !p.obsolete).length,
    // A slot Jules would refuse to start a task in is no open slot.
    openSlots: Math.max(
      0,
      Math.min(
        capacity - reserve - slots.counted,
        quota ? quota.limit - quota.created : Number.POSITIVE_INFINITY,
      ),
    ),
    ...rotationFacts(backlog, settings, today),
  };
}

/** The close order, what moved, and so which categories are cold. */
function orderFacts(
  backlog: Backlog,
  settings: PlanSettings,
  active: readonly Swept[],
  needed: number,
  usableSlots: number,
  jules: JulesInput | undefined,
  copilot?: SourceInput,
): Pick<
  SweepFacts,
  'closeOrder' | 'listed' | 'fastTracked' | 'movement' | 'coldCategories' | 'covered'
> {
  const ordered = closeOrder(active);
  // One pass: the archive candidates and the categories covered. Loops over every session are
  // indexed: a for-of makes an iterator result per step until the loop is optimised.
  const exits = new Set<Session>();
  const covered = new Set<string>();
  for (let i = 0; i < active.length; i++) {
    const swept = active[i]!;
    if (swept.exit) exits.add(swept.session);
    covered.add(swept.session.category);
  }
  const movement = settings.movement
    ? judgeMovement(
        active,
        {
          ...settings.movement,
          // A source that could not be read is no evidence either way.
          julesUnread:
            (jules?.enabled === true && jules.failure !== undefined) ||
            (copilot?.enabled === true && copilot.failure !== undefined),
        },
        usableSlots,
      )
    : undefined;
  // Cold: no active session, or (with movement) none of them moved.
  const warm = movement ? movedCategories(active, movement) : covered;
  return {
    closeOrder: ordered,
    listed: needed || Math.min(2, ordered.length),
    fastTracked: chooseFastTrack(ordered, needed, exits),
    ...(movement ? { movement } : {}),
    coldCategories: backlog.categories.filter((c) => !warm.has(c)),
    covered,
  };
}

/** The categories with an active session that moved (or that movement has no word on). */
function movedCategories(active: readonly Swept[], movement: Movement): Set<string> {
  const moved = new Set<string>();
  for (let i = 0; i < active.length; i++) {
    const s = active[i]!;
    if (movement.moved.get(s.session) !== false) moved.add(s.session.category);
  }
  return moved;
}

/** What the rotation reads: the ledger's sweeps, the priority order and the prompts to hand out. */
function rotationFacts(
  backlog: Backlog,
  settings: PlanSettings,
  today: number | undefined,
): Pick<
  SweepFacts,
  | 'history'
  | 'last'
  | 'cycle'
  | 'priority'
  | 'prompts'
  | 'ageOf'
  | 'stalePromptDays'
  | 'coldAfterSweeps'
> {
  const priority = new Map<string, number>();
  backlog.categories.forEach((c, i) => {
    if (!priority.has(c)) priority.set(c, i);
  });
  const stalePromptDays = settings.stalePromptDays ?? 30;
  // A prompt added "in the future" is aged from today: 0 days (futureDates warns of it).
  const ageOf = (p: Prompt) =>
    today !== undefined && p.added
      ? Math.max(0, Math.floor((today - Date.parse(p.added)) / DAY_MS))
      : 0;
  const history = settings.movement?.ledger?.sweeps ?? [];
  const last = history.at(-1);
  return {
    history,
    ...(last ? { last } : {}),
    cycle: (last?.cycle ?? 0) + 1,
    priority,
    // Obsolete and stale prompts are replaced, never started.
    prompts: new PromptQueue(backlog.prompts, (p) => !p.obsolete && ageOf(p) <= stalePromptDays),
    ageOf,
    stalePromptDays,
    coldAfterSweeps: settings.movement?.coldAfterSweeps ?? 2,
  };
}

/**
 * Each source read, linked to the file from a whole list only (a partial one would call every
 * entry missing). Jules links first; an entry it links is not linked again by Copilot.
 */
function sourceFacts(sessions: readonly Session[], live: LiveInput | undefined): SourceFacts[] {
  const taken = new Set<Session>();
  return readings(live).map((input) => {
    const kind = kindOf(input);
    if (!input.enabled || input.failure) return { kind, input, here: 0 };
    const links = linkSessions(
      kind,
      sessions,
      input.sessions,
      input.repository,
      input.notFound,
      taken,
    );
    for (const session of links.linked.keys()) taken.add(session);
    const linked = new Set(links.linked.values());
    const here = input.sessions.filter(
      (s) =>
        takesSlotIn(kind, s) &&
        (linked.has(s) || !input.repository || isOfRepository(s.source, input.repository)),
    ).length;
    return { kind, input, links, here };
  });
}

/** Every entry of the file as this sweep sees it, split into active and archived, and counted. */
function sweepAll(backlog: Backlog, live: LiveInput | undefined, sources: readonly SourceFacts[]) {
  const missing = new Map<Session, SourceKind>();
  const linked = new Map<Session, { kind: SourceKind; session: LiveSession }>();
  for (const { kind, links } of sources) {
    for (const s of links?.missing ?? []) missing.set(s, kind);
    for (const [entry, session] of links?.linked ?? []) linked.set(entry, { kind, session });
  }
  const active: Swept[] = [];
  const archived: Swept[] = [];
  const counts = { active: 0, archived: 0, prReady: 0, prCreated: 0, blocked: 0, needsMoreWork: 0 };
  const declaredSessions = backlog.sessions;
  for (let i = 0; i < declaredSessions.length; i++) {
    const declared = declaredSessions[i]!;
    // Own entries only: a session named `constructor` or `__proto__` is a name, not a prototype.
    const swept = sweepEntry(
      declared,
      live ? own(live.lookups, declared.name) : undefined,
      linked.get(declared),
      missing.get(declared),
      backlog.format,
    );
    const session = swept.session;
    if (session.status === 'archived') {
      archived.push(swept);
      continue;
    }
    active.push(swept);
    if (session.blocked) counts.blocked++;
    else if (session.status === 'pr-ready') counts.prReady++;
    else if (session.status === 'pr-created') counts.prCreated++;
    else if (session.status === 'needs-more-work') counts.needsMoreWork++;
  }
  counts.active = active.length;
  counts.archived = archived.length;
  return { active, archived, counts };
}

/**
 * Capacity is judged on what really runs: the file's count or the sources', whichever is larger,
 * and the slots the rest of the Jules account holds, since Jules' cap is the account's.
 */
function slotsOf(sources: readonly SourceFacts[], file: number): Plan['slots'] {
  const jules = sources.find((s) => s.kind === JULES && s.links);
  const copilot = sources.find((s) => s.kind === COPILOT && s.links);
  const copilotHere = copilot ? copilot.here : 0;
  const account = jules
    ? accountSlots(jules.input.sessions, jules.links!, jules.input.repository, file, copilotHere)
    : undefined;
  const bySource = copilot ? { copilot: copilot.here } : {};
  if (account) {
    return {
      file,
      jules: account.julesHere,
      ...bySource,
      counted: accountTotal(account),
      account: {
        thisRepository: account.thisRepository,
        otherRepositories: account.otherRepositories,
        repoless: account.repoless,
      },
    };
  }
  return copilot
    ? { file, jules: null, ...bySource, counted: Math.max(file, copilotHere) }
    : { file, jules: null, counted: file };
}

/** The file's entry corrected first by its agent (what the agent did), then by GitHub (the PR). */
function sweepEntry(
  declared: Session,
  lookup: LiveLookup | undefined,
  agent: { kind: SourceKind; session: LiveSession } | undefined,
  missingIn: SourceKind | undefined,
  format: BacklogFormat,
): Swept {
  let session = declared;
  let effect: SessionEffect | undefined;
  let agentDrift: Drift[] | undefined;
  if (agent) {
    effect = applySession(agent.kind, declared, agent.session);
    session = effect.session;
    agentDrift = effect.drift;
  } else if (missingIn && declared.status !== 'archived') {
    agentDrift = [
      {
        code: missingIn.codes.missing,
        message: `${missingIn.label} has no ${missingIn.noun} ${missingIn.entryId(declared)} (it answered 404 for it)`,
      },
    ];
  }
  const effective = reconcile(session, lookup);
  // The agent's drift first, then GitHub's; both lists are this entry's own, so one is kept whole.
  const drift =
    agentDrift === undefined || agentDrift.length === 0
      ? effective.drift
      : effective.drift.length === 0
        ? agentDrift
        : agentDrift.concat(effective.drift);
  const corrected =
    effective.status !== session.status ||
    effective.remainingSteps !== session.remainingSteps ||
    effective.nextAction !== session.nextAction
      ? {
          ...session,
          status: effective.status,
          statusText: effective.status,
          remainingSteps: effective.remainingSteps,
          ...(effective.nextAction !== undefined ? { nextAction: effective.nextAction } : {}),
        }
      : session;
  const exit = effect?.exit;
  const swept: Swept = {
    session: corrected,
    declaredStatus: declared.status,
    drift,
    // An archive candidate is among the fastest exits, whatever its status.
    rank: exit ? 0 : rank(corrected, format),
  };
  if (agent && effect) {
    swept.agent = agent;
    if (agent.kind === JULES) swept.jules = agent.session;
    if (exit) swept.exit = exit;
    if (effect.awaitingInput) swept.awaitingInput = true;
    if (effect.paused) swept.paused = true;
    if (effect.failed) swept.failed = true;
  }
  if (lookup && 'pull' in lookup) swept.live = lookup.pull;
  return swept;
}
