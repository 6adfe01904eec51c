// The plan: plain data that every renderer (text, Markdown, JSON, annotations, outputs) reads.
import type { BacklogFormat, PullRequestRef, SourceLocation } from '../backlog/model.js';
import type { Kind, Status } from '../backlog/schema.js';
import type { DispatchReport } from './dispatch.js';
import type { LiveSession } from '../sources/source.js';

export const PLAN_SCHEMA_VERSION = 1;

export type PlanAction = 'ship' | 'archive' | 'fast-track' | 'park' | 'continue';
export type Severity = 'error' | 'warning';
export type Verdict = 'pass' | 'warn' | 'fail';
export const RAIL_IDS = [
  'capacity',
  'capacity-hard',
  'cold-category',
  'schema',
  'missing-next-action',
  'drift',
  'stalled',
  'new-session-at-capacity',
  'rotation',
  'cadence-overdue',
  'hardening-overdue',
  'stale-prompt',
  'blocker-aging',
  'daily-quota',
] as const;
export type RailId = (typeof RAIL_IDS)[number];

/** A broken rail: what, how bad, how to fix it, and where in the backlog. */
export interface Violation {
  rail: RailId;
  severity: Severity;
  message: string;
  fix: string;
  file?: string;
  line?: number;
  column?: number;
  session?: string;
  category?: string;
  /** The Jules session a finding is about when no entry of the file names it. */
  julesSession?: string;
  /** The Copilot task a finding is about when no entry of the file names it. */
  copilotTask?: string;
  /** New with this change (pull request) or since the last sweep (ledger); absent when unknown. */
  introduced?: boolean;
}

export interface PlannedSession {
  name: string;
  category: string;
  /** The effective status: the declared one corrected by live status. */
  status: Status;
  /** What the backlog file says. */
  declaredStatus: Status;
  statusText: string;
  remainingSteps: number;
  blocked: boolean;
  blockedFlag: boolean;
  blocker?: string;
  kind: Kind;
  pr?: PullRequestRef;
  started?: string;
  nextAction?: string;
  actions: string[];
  /** 0 ships or archives, 2 blocked, 3 needs more work: the playbook tool's ranks. */
  rank: number;
  action: PlanAction;
  /** Why, in the playbook's words. */
  reason: string;
  location: SourceLocation;
  /** Where the file and GitHub disagree. */
  drift: Drift[];
  /** The pull request as GitHub showed it at sweep time. */
  live?: LivePull;
  /** With a ledger: sweeps in a row without movement. */
  quietSweeps?: number;
  /** The Jules session behind this entry, as the Jules API showed it at sweep time. */
  jules?: JulesSession;
  /** The Copilot task behind this entry, as the agent tasks API showed it at sweep time. */
  copilot?: LiveSession;
}

export interface Plan {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  source: { file: string; format: BacklogFormat };
  capacity: number;
  reserve: number;
  /** The rotation, in priority order. */
  categories: string[];
  /** Each active session is counted once: blocked first, whatever its status. */
  counts: {
    active: number;
    archived: number;
    prReady: number;
    prCreated: number;
    blocked: number;
    needsMoreWork: number;
  };
  /**
   * Slots taken: the file's active count, this repository's live count in Jules when Jules was
   * read, and what capacity is judged on: the larger of the two, plus, with Jules read, the
   * slots the rest of the Jules account holds.
   */
  slots: {
    file: number;
    jules: number | null;
    /** With Copilot read: this repository's live Copilot tasks. */
    copilot?: number;
    counted: number;
    /** With Jules read: the cap belongs to the whole account, each part shown. */
    account?: AccountSlots;
  };
  /** max(0, slots.counted − (capacity − reserve)). */
  freeSlotsNeeded: number;
  /** With `jules-plan`: the plan's limits and the capacity the file asked for. */
  julesPlan?: {
    name: JulesPlanName;
    concurrent: number;
    dailyTasks: number;
    /** The file's (or the input's) capacity; `capacity` is the smaller of it and `concurrent`. */
    requestedCapacity: number;
  };
  /** With `jules-plan` and Jules read: sessions created in the last 24 hours, against the plan. */
  dailyQuota?: {
    created: number;
    limit: number;
    /**
     * When a task frees: the oldest of them is 24 hours old, or past the limit the
     * (created - limit + 1)-th oldest; null when there is none.
     */
    freesAt: string | null;
  };
  /** Every active session, fastest exit first. */
  closeOrder: PlannedSession[];
  /** The head of the close order the playbook tool lists: free slots needed, or two. */
  closeFirst: string[];
  archived: {
    name: string;
    category: string;
    location: SourceLocation;
    drift: Drift[];
    actions: string[];
    started?: string;
    live?: LivePull;
  }[];
  coldCategories: string[];
  notes: string[];
  violations: Violation[];
  verdict: Verdict;
  /** Live status: requests made, retries, rate limit, and why it is missing if it is. */
  api: ApiReport;
  /** Live sessions from the Jules API: how they were read, and those the file does not track. */
  jules: JulesReport;
  /** Live tasks from Copilot's cloud agent, read as Jules' sessions are; absent without a token. */
  copilot?: JulesReport;
  /** With movement tracking: this sweep's cycle, and whether a ledger or a time window judged it. */
  cycle?: number;
  movement?: 'ledger' | 'window';
  /** What to start, enqueue, refill, rescue or escalate, each with its reason. */
  recommendations: Recommendation[];
  /** The category the fast-lane slot goes to next. */
  fastLane?: string;
  /** With `dispatch`: the sessions started, archived and approved, and what was skipped. */
  dispatch?: DispatchReport;
}

/** What to do next, with the playbook rule it comes from. */
export interface Recommendation {
  kind:
    | 'start-prompt'
    | 'enqueue'
    | 'fast-lane'
    | 'governance'
    | 'scheduler'
    | 'hardening'
    | 'refill'
    | 'promote-reserve'
    | 'replace-prompt'
    | 'rescue'
    | 'unblocker'
    | 'rapid-rescue'
    | 'answer-agent'
    | 'track-session';
  category?: string;
  prompt?: string;
  session?: string;
  /** Where to act: the Jules session to answer or track. */
  url?: string;
  reason: string;
}

/** One check run or commit status on a pull request's head commit. */
export interface LiveCheck {
  name: string;
  kind: 'check-run' | 'status';
  /** CheckRun: QUEUED, IN_PROGRESS, COMPLETED…; a status context: its state. */
  status: string;
  /** CheckRun conclusion (SUCCESS, FAILURE, …) or the status context's state; null while running. */
  conclusion: string | null;
}

/** What GitHub says of a pull request at sweep time. */
export interface LivePull {
  ref: string;
  url: string;
  title: string;
  body: string;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  isDraft: boolean;
  merged: boolean;
  mergedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  additions: number;
  deletions: number;
  changedFiles: number;
  reviewDecision: 'APPROVED' | 'CHANGES_REQUESTED' | 'REVIEW_REQUIRED' | null;
  mergeable: 'MERGEABLE' | 'CONFLICTING' | 'UNKNOWN';
  mergeStateStatus: string;
  headSha: string | null;
  /** The rollup of every check on the head commit: SUCCESS, FAILURE, ERROR, PENDING, EXPECTED. */
  checkState: string | null;
  checks: LiveCheck[];
}

/** A session's pull request as looked up: found, or why not. */
export type LiveLookup = { pull: LivePull } | { missing: string };

export const DRIFT_CODES = [
  'pr-merged',
  'pr-closed',
  'pr-missing',
  'pr-ref-missing',
  'checks-failing',
  'checks-pending',
  'changes-requested',
  'merge-conflict',
  'draft',
  'jules-untracked',
  'jules-awaiting-input',
  'jules-failed',
  'jules-finished',
  'jules-missing',
  'jules-archived',
  'copilot-untracked',
  'copilot-waiting',
  'copilot-failed',
  'copilot-finished',
  'copilot-missing',
  'copilot-archived',
] as const;
export type DriftCode = (typeof DRIFT_CODES)[number];

export type JulesPlanName = 'free' | 'pro' | 'ultra';

/** Slots the Jules account holds, by where their sessions run. */
export interface AccountSlots {
  /** The larger of the file's active count and this repository's live sessions in Jules. */
  thisRepository: number;
  /** Live sessions of other repositories, most first. */
  otherRepositories: { repository: string; live: number }[];
  /** Live sessions with no repository. */
  repoless: number;
}

/** Where the backlog file and GitHub disagree, with a stable code. */
export interface Drift {
  code: DriftCode;
  message: string;
}

/** How the sweep talked to GitHub. */
export interface ApiReport {
  /** Live status was asked for: a token and something to look up. */
  enabled: boolean;
  requests: number;
  retries: number;
  pullRequests: number;
  rateLimit?: { cost: number; remaining: number; resetAt: string };
  /** Why live status is missing or partial, in a sentence with the fix. */
  failure?: string;
}

/** A Jules session as the API lists it, reduced to what the sweep uses. */
export type JulesSession = LiveSession;

/** How the sweep read Jules. */
export interface JulesReport {
  /** A key was given and the list was asked for. */
  enabled: boolean;
  requests: number;
  retries: number;
  /** Jules sessions of this repository. */
  sessions: number;
  /** Of those, the ones that hold a slot (every state but COMPLETED and FAILED). */
  live: number;
  /** Live in Jules, named by no entry of the file: each takes a slot. */
  untracked: JulesSession[];
  /** Why the list was not read (no key on a fork, unreachable, refused), with the fix. */
  failure?: string;
  /** Why the list was not asked for, when that is worth saying (a fork's pull request). */
  skipped?: string;
}
