// The backlog as the planner sees it: validated, normalised, each session with its place in the file.
import type { Kind, Status } from './schema.js';
import type { SourceId } from '../sources/source.js';

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  /** How to fix it, in one sentence. */
  fix?: string;
  location?: SourceLocation;
}

/** A pull request reference; owner and repo are absent for a bare number (this repository). */
export interface PullRequestRef {
  owner?: string;
  repo?: string;
  number: number;
  url?: string;
}

export interface Session {
  name: string;
  category: string;
  status: Status;
  /** The status as written, lower-cased: what the playbook tool prints. */
  statusText: string;
  remainingSteps: number;
  /** Blocked by the flag or by the status. */
  blocked: boolean;
  /** The `blocked:` key as written: the playbook tool's closure reason reads only this. */
  blockedFlag: boolean;
  blocker?: string;
  pr?: PullRequestRef;
  /** The Jules session id (without `sessions/`). */
  jules?: string;
  /** The Copilot cloud agent task id; never set with `jules` (a session runs in one place). */
  copilot?: string;
  started?: string;
  /** Where `started` is written, for a warning about its date. */
  startedLocation?: SourceLocation;
  nextAction?: string;
  actions: string[];
  kind: Kind;
  location: SourceLocation;
}

export type BacklogFormat = 'sessions-yaml' | 'playbook-json';

/** A prompt waiting for a slot. */
export interface Prompt {
  id: string;
  title: string;
  added?: string;
  obsolete: boolean;
  /** Where dispatch starts it, as written; the backlog's `agent` when absent (see agentOf). */
  agent?: SourceId;
  /** The text a dispatched session is sent; the title when absent. */
  prompt?: string;
  /** The starting branch of a dispatched session; the repository's default when absent. */
  branch?: string;
  /** `manual`: Jules waits for a person to approve its plan. */
  approve: 'auto' | 'manual';
  location: SourceLocation;
}

/** A category's prompts: pull from active, refill it from reserve. */
export interface CategoryPrompts {
  category: string;
  active: Prompt[];
  reserve: Prompt[];
  location: SourceLocation;
}

export interface Incident {
  id: string;
  date: string;
  category: string;
  summary: string;
  /** The session that answers it. */
  hardening?: string;
  location: SourceLocation;
}

export interface Backlog {
  file: string;
  format: BacklogFormat;
  capacity: number;
  reserve: number;
  /** Where dispatch starts a prompt that names no agent: the file's `agent`, else jules. */
  agent: SourceId;
  /** The rotation in priority order. */
  categories: string[];
  sessions: Session[];
  prompts: CategoryPrompts[];
  incidents: Incident[];
  /** Cycles between governance/documentation and scheduler/orchestrator prompts. */
  cadence: { governanceEvery: number; schedulerEvery: number };
  /** Problems that do not stop a plan: near-miss categories, keys the playbook tool ignored. */
  warnings: Diagnostic[];
  /** Where the file sets these, for rails that point at them. */
  locations: {
    capacity?: SourceLocation;
    reserve?: SourceLocation;
    agent?: SourceLocation;
    categories?: SourceLocation[];
  };
}

/** Where dispatch starts a prompt: its own `agent`, else the backlog's. */
export const agentOf = (prompt: Pick<Prompt, 'agent'>, backlog: Pick<Backlog, 'agent'>): SourceId =>
  prompt.agent ?? backlog.agent;
