// The plan: plain data that every renderer (text, Markdown, JSON, annotations, outputs) reads.
import type { BacklogFormat, PullRequestRef, SourceLocation } from '../backlog/model.js';
import type { Kind, Status } from '../backlog/schema.js';

export const PLAN_SCHEMA_VERSION = 1;

export type PlanAction = 'ship' | 'archive' | 'fast-track' | 'park' | 'continue';
export type Severity = 'error' | 'warning';
export type RailId =
  'capacity' | 'capacity-hard' | 'cold-category' | 'schema' | 'missing-next-action';
export type Verdict = 'pass' | 'warn' | 'fail';

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
}

export interface PlannedSession {
  name: string;
  category: string;
  status: Status;
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
  /** max(0, active − (capacity − reserve)). */
  freeSlotsNeeded: number;
  /** Every active session, fastest exit first. */
  closeOrder: PlannedSession[];
  /** The head of the close order the playbook tool lists: free slots needed, or two. */
  closeFirst: string[];
  archived: { name: string; category: string; location: SourceLocation }[];
  coldCategories: string[];
  notes: string[];
  violations: Violation[];
  verdict: Verdict;
}
