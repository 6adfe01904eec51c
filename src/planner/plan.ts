// The playbook's capacity half as pure functions: backlog in, plan out. Nothing here formats
// text for a report or does I/O.
import type { Backlog, Diagnostic, Session } from '../backlog/model.js';
import type { Status } from '../backlog/schema.js';
import { closest } from '../backlog/suggest.js';
import { reconcile } from './drift.js';
import { violationKey } from './ledger.js';
import { judgeMovement, own, type Movement, type MovementSettings } from './movement.js';
import { closeOrder, rank } from './order.js';
import { planRotation } from './rotation.js';
import {
  PLAN_SCHEMA_VERSION,
  RAIL_IDS,
  type ApiReport,
  type Drift,
  type LiveLookup,
  type LivePull,
  type Plan,
  type PlanAction,
  type PlannedSession,
  type RailId,
  type Verdict,
  type Violation,
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
}

export const DEFAULT_FAIL_ON: readonly RailId[] = [
  'capacity-hard',
  'cold-category',
  'schema',
  'new-session-at-capacity',
];

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
}

const OFFLINE: ApiReport = { enabled: false, requests: 0, retries: 0, pullRequests: 0 };

/** A session as this sweep sees it: the file's entry corrected by live status. */
interface Swept {
  session: Session;
  declaredStatus: Status;
  drift: Drift[];
  live?: LivePull;
}

function sweep(session: Session, lookup: LiveLookup | undefined): Swept {
  const effective = reconcile(session, lookup);
  const swept: Swept = { session, declaredStatus: session.status, drift: effective.drift };
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

export function buildPlan(backlog: Backlog, settings: PlanSettings = {}, live?: LiveInput): Plan {
  const capacity = settings.capacity ?? backlog.capacity;
  const reserve = settings.reserve ?? backlog.reserve;
  const sweptActive: Swept[] = [];
  const archived: Swept[] = [];
  const counts = { active: 0, archived: 0, prReady: 0, prCreated: 0, blocked: 0, needsMoreWork: 0 };
  for (const declared of backlog.sessions) {
    // Own entries only: a session named `constructor` or `__proto__` is a name, not a prototype.
    const swept = sweep(declared, live ? own(live.lookups, declared.name) : undefined);
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
  const needed = freeSlotsNeeded(active.length, capacity, reserve);

  const ordered = closeOrder(
    active.map((session) => ({
      session,
      rank: rank(session, backlog.format),
      name: session.name,
      remainingSteps: session.remainingSteps,
    })),
  );
  const fastTracked = chooseFastTrack(ordered, needed, counts.prReady + counts.prCreated);
  const movement = settings.movement
    ? judgeMovement(sweptActive, settings.movement, capacity - reserve)
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

  const found = [
    ...schemaViolations(backlog.warnings),
    ...capacityRails(
      active,
      capacity,
      reserve,
      needed,
      ordered.slice(0, Math.max(1, listed)).map((o) => o.session),
    ),
    ...coldCategoryRails(backlog, coldCategories, covered, settings.movement?.coldAfterSweeps),
    ...nextActionRails(active),
    ...driftRails([...sweptActive, ...archived]),
    ...(movement ? movementRails(movement, settings.movement!.coldAfterSweeps) : []),
  ];
  const rotation = planRotation({
    backlog,
    active,
    cold: coldCategories,
    openSlots: Math.max(0, capacity - reserve - active.length),
    reserve,
    freeSlotsNeeded: needed,
    ...(fastTracked.size > 0 ? { rapidRescue: [...fastTracked][0]! } : {}),
    quiet: movement?.quiet ?? new Map(),
    history: settings.movement?.ledger?.sweeps ?? [],
    ...((settings.movement?.now ?? settings.now)
      ? { now: settings.movement?.now ?? settings.now }
      : {}),
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
    freeSlotsNeeded: needed,
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
    ...(movement ? { cycle: movement.cycle, movement: movement.mode } : {}),
    recommendations: rotation.recommendations,
    ...(rotation.fastLane ? { fastLane: rotation.fastLane } : {}),
  };
}

/** A rail fails the check when `fail-on` names it; problems in the file keep their own severity. */
export function railSeverity(v: Pick<Violation, 'rail' | 'severity'>, failOn: ReadonlySet<RailId>) {
  return v.rail === 'schema' ? v.severity : failOn.has(v.rail) ? 'error' : 'warning';
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
  exits: number,
): Set<Session> {
  if (needed === 0) return new Set();
  const chosen = new Set<Session>();
  const count = Math.max(1, needed - exits);
  // The close order already puts the fewest remaining steps first.
  for (const { session } of ordered) {
    if (chosen.size === count) break;
    if (!session.blocked && session.status === 'needs-more-work') chosen.add(session);
  }
  return chosen;
}

function planSession(swept: Swept, rank: number, fastTrack: boolean): PlannedSession {
  const { session } = swept;
  const { action, reason } = decide(session, fastTrack);
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
  capacity: number,
  reserve: number,
  needed: number,
  exits: readonly Session[],
): Violation[] {
  const violations: Violation[] = [];
  // Name the first few exits; a long list belongs in the close order, not in one fix line.
  const shown = exits.slice(0, 10).map((s) => `"${s.name}"`);
  const exitNames = `${shown.join(', ')}${exits.length > shown.length ? `, and ${exits.length - shown.length} more in the close order` : ''}`;
  // "Maximum concurrent sessions": the session entry past the cap is where the file overflows.
  if (active.length > capacity) {
    const over = active.length - capacity;
    violations.push({
      rail: 'capacity-hard',
      severity: 'error',
      message: `${active.length} active sessions exceed the hard cap of ${capacity} by ${over}.`,
      fix: `Archive or merge ${over} session(s) before anything else; the fastest exits are ${exitNames}.`,
      ...at(active[capacity]!),
    });
  }
  // "Ensure at least one slot stays free."
  if (needed > 0) {
    violations.push({
      rail: 'capacity',
      severity: 'warning',
      message: `${active.length} active sessions take the reserve slot (capacity ${capacity}, reserve ${reserve}): ${needed} free slot(s) needed.`,
      fix: `Ship or archive ${exitNames} before opening a new prompt.`,
      ...at(active[capacity - reserve]!),
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
  return cold.map((category) => {
    const index = backlog.categories.indexOf(category);
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
