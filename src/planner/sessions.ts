// Live sessions of any source against the backlog file: which entry is which session, what each
// state means for the plan, and which sessions hold a slot the file does not know about. Pure.
import type { PullRequestRef, Session } from '../backlog/model.js';
import {
  holdsSlotMeaning,
  meaningOf,
  sessionLabel,
  type LiveSession,
  type RepositoryName,
  SOURCE_KINDS,
  sourceOf,
  type SourceInput,
  type SourceKind,
} from '../sources/index.js';
import type { Drift } from './types.js';

/** A session of this source holds a slot in its state (archived or not). */
export const holdsSlotIn = (kind: SourceKind, state: string): boolean =>
  holdsSlotMeaning(meaningOf(kind, state));

/** A session that holds one of the slots: live, and not archived. */
export const takesSlotIn = (kind: SourceKind, s: LiveSession): boolean =>
  !s.archived && holdsSlotIn(kind, s.state);

/**
 * `sources/github/owner/repo`, or the older `sources/github-owner-repo`, in any case. The older
 * form cannot be split when a name holds `-` (`github-my-org-my-repo` is `my-org/my-repo` or
 * `my/org-my-repo`), so it matches only the exact `owner-repo`, never a part of it.
 */
export function isOfRepository(source: string, repository: RepositoryName): boolean {
  const wanted = [
    `sources/github/${repository.owner}/${repository.repo}`,
    `sources/github-${repository.owner}-${repository.repo}`,
  ].map((s) => s.toLowerCase());
  return wanted.includes(source.toLowerCase());
}

/** owner/repo#n, lower-cased; undefined when the repository is not known. */
export function pullKeyOfRef(ref: PullRequestRef, repository: RepositoryName | undefined) {
  const owner = ref.owner ?? repository?.owner;
  const repo = ref.repo ?? repository?.repo;
  return owner && repo ? `${owner}/${repo}#${ref.number}`.toLowerCase() : undefined;
}

/**
 * A pull request reference for a session's pull request URL, as `pr:` would hold it: any case,
 * and a page of the pull request (`/files`, `#discussion…`) is the pull request.
 */
export function refOfUrl(url: string): PullRequestRef | undefined {
  const match = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\/pull\/(\d+)(?:[/?#].*)?$/i.exec(url);
  return match ? { owner: match[1]!, repo: match[2]!, number: Number(match[3]), url } : undefined;
}

/** `owner/repo#n` of a pull request's URL, lower-cased, so two spellings of one compare equal. */
export function pullKeyOfUrl(url: string): string | undefined {
  const ref = refOfUrl(url);
  return ref ? pullKeyOfRef(ref, undefined) : undefined;
}

export interface SessionLinks {
  /** Entry of the file → its live session. */
  linked: Map<Session, LiveSession>;
  /** Entries whose id names a session the source answered 404 for. */
  missing: Session[];
  /** This repository's sessions holding a slot that no entry of the file names. */
  untracked: LiveSession[];
}

/**
 * An entry names its session by id (`jules:`, `copilot:`); failing that, a session of the source,
 * of any repository, whose pull requests hold the entry's pull request is the same work. Nothing
 * is linked twice, and an entry another source already links (`taken`) is left to it.
 */
export function linkSessions(
  kind: SourceKind,
  sessions: readonly Session[],
  live: readonly LiveSession[],
  repository: RepositoryName | undefined,
  notFound: readonly string[] = [],
  taken: ReadonlySet<Session> = new Set(),
): SessionLinks {
  const byId = new Map(live.map((j) => [j.id, j]));
  const gone = new Set(notFound);
  const ofHere = (j: LiveSession) => !repository || isOfRepository(j.source, repository);
  const linked = new Map<Session, LiveSession>();
  const used = new Set<LiveSession>();
  const missing: Session[] = [];
  for (const session of sessions) {
    const id = kind.entryId(session);
    if (id === undefined) continue;
    const found = byId.get(id);
    if (found && !used.has(found)) {
      linked.set(session, found);
      used.add(found);
    } else if (!found && gone.has(id)) {
      missing.push(session);
    }
  }
  // A pull request's URL names its repository, so any session of the source may be the one an
  // entry's `pr:` names (a backlog here may track pull requests of another repository).
  const byPull = new Map<string, LiveSession>();
  for (const j of live) {
    if (used.has(j) || j.archived) continue;
    for (const url of j.pullRequests) {
      const key = pullKeyOfUrl(url);
      if (key && !byPull.has(key)) byPull.set(key, j);
    }
  }
  for (const session of sessions) {
    if (linked.has(session) || taken.has(session) || !session.pr) continue;
    if (session.jules !== undefined || session.copilot !== undefined) continue;
    const key = pullKeyOfRef(session.pr, repository);
    const found = key ? byPull.get(key) : undefined;
    if (found && !used.has(found)) {
      linked.set(session, found);
      used.add(found);
    }
  }
  const untracked = live.filter((j) => !used.has(j) && takesSlotIn(kind, j) && ofHere(j));
  return { linked, missing, untracked };
}

/**
 * Entries with the pull request their agent opened, where the file names none, so GitHub can look
 * it up. A list that could not be read links nothing; Jules links before Copilot.
 */
export function withSessionPulls(
  sessions: readonly Session[],
  reads: readonly (SourceInput | undefined)[],
): readonly Session[] {
  const opened = new Map<Session, LiveSession>();
  for (const read of reads) {
    if (!read?.enabled || read.failure) continue;
    const kind = SOURCE_KINDS[sourceOf(read)];
    const taken = new Set(opened.keys());
    const { linked } = linkSessions(
      kind,
      sessions,
      read.sessions,
      read.repository,
      read.notFound,
      taken,
    );
    for (const [entry, live] of linked) opened.set(entry, live);
  }
  if (opened.size === 0) return sessions;
  return sessions.map((session) => {
    const url = opened.get(session)?.pullRequests[0];
    const ref = url !== undefined && !session.pr ? refOfUrl(url) : undefined;
    return ref ? { ...session, pr: ref } : session;
  });
}

/**
 * The ids worth asking a source for one by one when its lists leave them out: those of entries
 * still active, the head's before a base's, so a cap on lookups never leaves an entry that counts
 * waiting behind one that does not. Each once.
 */
export function idsToLookUpIn(
  kind: SourceKind,
  ...files: readonly (readonly Session[])[]
): string[] {
  const ids = files.flatMap((sessions) =>
    sessions.flatMap((s) => {
      const id = kind.entryId(s);
      return s.status !== 'archived' && id !== undefined ? [id] : [];
    }),
  );
  return [...new Set(ids)];
}

/** What a live session's state does to one entry of the file. */
export interface SessionEffect {
  session: Session;
  drift: Drift[];
  /** An archive candidate, with the reason the plan gives. */
  exit?: string;
  awaitingInput: boolean;
  paused: boolean;
  failed: boolean;
}

export function applySession(kind: SourceKind, declared: Session, j: LiveSession): SessionEffect {
  let session = declared;
  const effect: SessionEffect = {
    session,
    drift: [],
    awaitingInput: false,
    paused: false,
    failed: false,
  };
  const label = sessionLabel(kind, j);
  // Archived in its service: the session holds no slot, and the entry is done with.
  if (j.archived) {
    if (session.status !== 'archived') {
      effect.drift.push({
        code: kind.codes.archived,
        message: `archived in ${kind.label} (${label}): set the entry's status to archived`,
      });
      effect.session = { ...session, status: 'archived', statusText: 'archived' };
    }
    return effect;
  }
  // The pull request the agent opened is the entry's, when the file names none.
  const opened = j.pullRequests[0];
  const openedRef = opened !== undefined && !session.pr ? refOfUrl(opened) : undefined;
  if (openedRef) effect.session = session = { ...session, pr: openedRef };
  const meaning = meaningOf(kind, j.state);
  if (session.status === 'archived') {
    if (holdsSlotMeaning(meaning)) {
      effect.drift.push({
        code: kind.codes.untracked,
        message: `archived in the file, but ${label} is still ${j.state}: it takes a slot`,
      });
    }
    return effect;
  }
  if (meaning === 'needs-person') {
    effect.awaitingInput = true;
    effect.drift.push({
      code: kind.codes.awaiting,
      message: `${label} ${kind.waitingFor(j.state)}`,
    });
  } else if (meaning === 'paused') {
    effect.paused = true;
  } else if (meaning === 'failed') {
    effect.failed = true;
    const how = j.state.toLowerCase() === 'failed' ? 'failed' : `ended ${j.state}`;
    effect.drift.push({ code: kind.codes.failed, message: `${label} ${how}` });
    effect.exit = `${kind.label} failed on this ${kind.noun}: archive it, and start a rescue prompt for what is left.`;
  } else if (meaning === 'finished') {
    const url = j.pullRequests[0];
    const how = j.state === 'cancelled' ? 'was cancelled' : 'completed';
    if (url !== undefined) {
      if (session.status !== 'pr-created') {
        effect.drift.push({
          code: kind.codes.finished,
          message: `the file says ${session.status}, but ${label} ${how} with pull request ${url}`,
        });
      }
      // The agent finished: whatever blocked the entry no longer holds the slot.
      effect.session = {
        ...session,
        blocked: false,
        status: 'pr-created',
        statusText: 'pr-created',
        remainingSteps: 0,
      };
    } else {
      effect.drift.push({
        code: kind.codes.finished,
        message: `the file says ${session.status}, but ${label} ${how} without a pull request`,
      });
      effect.exit = `${kind.label} ${how} without a pull request: archive the session, or start a follow-up prompt.`;
    }
  }
  return effect;
}

/** The live session as text for a person: its title, or its id. */
export const liveLabel = (j: LiveSession): string =>
  j.title.trim() !== '' ? `"${j.title}" (${j.id})` : j.id;
