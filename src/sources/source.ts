// The session-source seam: what the planner and the renderers know of a service that runs
// sessions (Jules, GitHub Copilot's cloud agent). Each source lists its live sessions in one
// shape, says what each of its states means to the plan, and names its drift codes; the clients
// that talk to the services live in src/jules and src/copilot. Pure.
import type { Session } from '../backlog/model.js';
import type { DriftCode } from '../planner/types.js';

export type SourceId = 'jules' | 'copilot';

/** Sources in the order reports show them. */
export const SOURCE_IDS: readonly SourceId[] = ['jules', 'copilot'];

/**
 * What a live session's state means to the plan: `working` and `needs-person` and `paused` hold
 * a slot; `finished` and `failed` hold none (the entry counts in the file until archived).
 */
export type Meaning = 'working' | 'needs-person' | 'paused' | 'finished' | 'failed';

export const holdsSlotMeaning = (meaning: Meaning): boolean =>
  meaning !== 'finished' && meaning !== 'failed';

/** A live session as its source lists it, reduced to what the sweep uses. */
export interface LiveSession {
  id: string;
  /** The service's own name for it (`sessions/<id>` in Jules, the task name in Copilot). */
  name: string;
  title: string;
  prompt: string;
  /** One of the source's states, or one this version does not know (counted as working). */
  state: string;
  url: string;
  createTime: string | null;
  updateTime: string | null;
  /** The repository it runs in, as `sources/github/owner/repo`; empty for a repoless session. */
  source: string;
  /** Archived in its service: it holds no slot, and the default list leaves it out. */
  archived: boolean;
  /** URLs of the pull requests it opened. */
  pullRequests: string[];
}

/** The repository the sweep runs for: sessions of other repositories are not counted here. */
export interface RepositoryName {
  owner: string;
  repo: string;
}

/** What the sweep read from one source; absent when no key or token was given. */
export interface SourceInput {
  /** Which source; Jules when absent (what was read before there were two). */
  source?: SourceId;
  enabled: boolean;
  /** The repository the sweep runs for; a bare `pr: 12` belongs to it. */
  repository?: RepositoryName;
  /** Every session read, every page. Empty when the list could not be read. */
  sessions: LiveSession[];
  /** Ids the file names that the source answered 404 for: the only ones called missing. */
  notFound?: string[];
  requests: number;
  retries: number;
  failure?: string;
  skipped?: string;
  /** Read, but not all of it could be used. */
  warning?: string;
  /** Archived sessions were asked for and not all were read: why, in a few words. */
  archivedUnread?: string;
}

export const sourceOf = (input: Pick<SourceInput, 'source'>): SourceId => input.source ?? 'jules';

/** The drift a source's sessions can show, by what happened. */
export interface SourceCodes {
  untracked: DriftCode;
  awaiting: DriftCode;
  failed: DriftCode;
  finished: DriftCode;
  missing: DriftCode;
  archived: DriftCode;
}

/** One source as the planner sees it. */
export interface SourceKind {
  id: SourceId;
  /** How a person names it: "Jules", "Copilot". */
  label: string;
  /** What a session is called there: "session", "task". */
  noun: string;
  /** The entry's field that names its session. */
  entryId: (session: Session) => string | undefined;
  /** Each known state, what it means to the plan, and the sentence the README shows. */
  states: Readonly<Record<string, { meaning: Meaning; text: string }>>;
  codes: SourceCodes;
  /**
   * Whether the slots are the whole account's (Jules: the cap is the account's, every
   * repository's sessions count) or this repository's alone (Copilot's tasks of the repository).
   */
  accountWide: boolean;
  /** The sentence a waiting state asks a person for. */
  waitingFor: (state: string) => string;
}

/** A state's meaning; a state this version does not know holds a slot. */
export const meaningOf = (kind: SourceKind, state: string): Meaning =>
  kind.states[state]?.meaning ?? 'working';

/** "Jules session 123", "Copilot task abc". */
export const sessionLabel = (kind: SourceKind, session: LiveSession): string =>
  `${kind.label} ${kind.noun} ${session.id}`;
