// Live Jules sessions against the backlog file: which entry is which session, what each state
// means for the plan, and which sessions hold a slot the file does not know about. Pure.
import type { PullRequestRef, Session } from '../backlog/model.js';
import type { AccountSlots, Drift, JulesPlanName, JulesSession } from './types.js';

/** What the sweep read from Jules; absent when no key was given. */
export interface JulesInput {
  enabled: boolean;
  /** The repository the sweep runs for; a bare `pr: 12` belongs to it. */
  repository?: RepositoryName;
  /**
   * Every session of the key's account, every page: all repositories and repoless ones, and the
   * archived ones that were asked for. Empty when the list could not be read.
   */
  sessions: JulesSession[];
  /** Ids the file names that Jules answered 404 for: the only ones called missing. */
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

/** The repository the sweep runs for: Jules sessions of other repositories are not counted. */
export interface RepositoryName {
  owner: string;
  repo: string;
}

/**
 * The state table (README "Live sessions from Jules"): every state but COMPLETED and FAILED holds
 * a slot, including states this version does not know yet.
 */
export const JULES_STATE_MEANING: Record<string, string> = {
  QUEUED: 'Active work: waiting to start.',
  PLANNING: 'Active work: Jules is writing a plan.',
  IN_PROGRESS: 'Active work.',
  AWAITING_PLAN_APPROVAL:
    'Active, waiting on a person: approve the plan. The first recommendation is to answer the agent.',
  AWAITING_USER_FEEDBACK:
    'Active, waiting on a person: Jules asked a question. The first recommendation is to answer the agent.',
  PAUSED: 'Active and stalled: the `stalled` rail asks for a rescue or an unblocker.',
  COMPLETED:
    'Finished: no slot in Jules (its entry counts in the file until archived). With a pull request the entry is pr-created (archive once the PR is merged); without one it is an archive candidate.',
  FAILED:
    'Finished: no slot in Jules (its entry counts in the file until archived). An archive candidate, with a rescue prompt recommended.',
};

export const holdsSlot = (state: string): boolean => state !== 'COMPLETED' && state !== 'FAILED';

export const AWAITING_STATES: ReadonlySet<string> = new Set([
  'AWAITING_PLAN_APPROVAL',
  'AWAITING_USER_FEEDBACK',
]);

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

/**
 * The repository a source names, as people write it: `owner/repo`, or for the older form the
 * `owner-repo` it holds; undefined for a repoless session.
 */
export function repositoryOfSource(source: string): string | undefined {
  if (source.trim() === '') return undefined;
  const current = /^sources\/github\/([^/]+\/[^/]+)$/i.exec(source);
  if (current) return current[1]!;
  const older = /^sources\/github-(.+)$/i.exec(source);
  return older ? older[1]! : source.replace(/^sources\//, '');
}

/**
 * Each plan's two limits (Jules' usage-limits page): sessions at once, and tasks started in any
 * rolling 24 hours. The playbook's 15 is the Pro cap.
 */
export const JULES_PLANS: Record<JulesPlanName, { concurrent: number; dailyTasks: number }> = {
  free: { concurrent: 3, dailyTasks: 15 },
  pro: { concurrent: 15, dailyTasks: 100 },
  ultra: { concurrent: 60, dailyTasks: 300 },
};

export const JULES_PLAN_NAMES = Object.keys(JULES_PLANS) as JulesPlanName[];

/** A session that holds one of the account's slots: live, and not archived. */
export const takesSlot = (j: JulesSession): boolean => !j.archived && holdsSlot(j.state);

/**
 * The account's slots by where they run. This repository's part is the larger of the file's
 * active count and its live Jules sessions (a session linked to an entry, by id or by pull
 * request, counts here whatever its source, so it is never counted twice).
 */
export function accountSlots(
  jules: readonly JulesSession[],
  links: JulesLinks,
  repository: RepositoryName | undefined,
  fileActive: number,
): AccountSlots & { julesHere: number } {
  const linked = new Set(links.linked.values());
  let here = 0;
  let repoless = 0;
  const others = new Map<string, { repository: string; live: number }>();
  for (const j of jules) {
    if (!takesSlot(j)) continue;
    if (linked.has(j) || !repository || isOfRepository(j.source, repository)) {
      here++;
      continue;
    }
    const name = repositoryOfSource(j.source);
    if (name === undefined) {
      repoless++;
      continue;
    }
    const key = name.toLowerCase();
    const entry = others.get(key) ?? { repository: name, live: 0 };
    entry.live++;
    others.set(key, entry);
  }
  return {
    julesHere: here,
    thisRepository: Math.max(fileActive, here),
    otherRepositories: [...others.values()].sort(
      (a, b) => b.live - a.live || (a.repository < b.repository ? -1 : 1),
    ),
    repoless,
  };
}

export const accountTotal = (a: AccountSlots): number =>
  a.thisRepository + a.otherRepositories.reduce((sum, o) => sum + o.live, 0) + a.repoless;

/** owner/repo#n, lower-cased; undefined when the repository is not known. */
function pullKeyOfRef(ref: PullRequestRef, repository: RepositoryName | undefined) {
  const owner = ref.owner ?? repository?.owner;
  const repo = ref.repo ?? repository?.repo;
  return owner && repo ? `${owner}/${repo}#${ref.number}`.toLowerCase() : undefined;
}

/** A pull request reference for a Jules output URL, as `pr:` would hold it. */
function refOfUrl(url: string): PullRequestRef | undefined {
  const match = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\/pull\/(\d+)\/?$/.exec(url);
  return match ? { owner: match[1]!, repo: match[2]!, number: Number(match[3]), url } : undefined;
}

export interface JulesLinks {
  /** Entry of the file → its Jules session. */
  linked: Map<Session, JulesSession>;
  /** Entries whose `jules:` names a session Jules answered 404 for. */
  missing: Session[];
  /** This repository's sessions holding a slot in Jules that no entry of the file names. */
  untracked: JulesSession[];
}

/**
 * An entry names its Jules session with `jules: <id>` (ids are the account's, so any repository);
 * failing that, a session of the account, of any repository, whose outputs hold the entry's pull
 * request is the same work. Nothing is linked twice.
 */
export function linkJules(
  sessions: readonly Session[],
  jules: readonly JulesSession[],
  repository: RepositoryName | undefined,
  notFound: readonly string[] = [],
): JulesLinks {
  const byId = new Map(jules.map((j) => [j.id, j]));
  const gone = new Set(notFound);
  const ofHere = (j: JulesSession) => !repository || isOfRepository(j.source, repository);
  const linked = new Map<Session, JulesSession>();
  const taken = new Set<JulesSession>();
  const missing: Session[] = [];
  for (const session of sessions) {
    if (session.jules === undefined) continue;
    const found = byId.get(session.jules);
    if (found && !taken.has(found)) {
      linked.set(session, found);
      taken.add(found);
    } else if (!found && gone.has(session.jules)) {
      missing.push(session);
    }
  }
  // A pull request's URL names its repository, so any session of the account may be the one
  // an entry's `pr:` names (a backlog here may track pull requests of another repository).
  const byPull = new Map<string, JulesSession>();
  for (const j of jules) {
    if (taken.has(j) || j.archived) continue;
    for (const url of j.pullRequests) {
      const ref = refOfUrl(url);
      const key = ref ? pullKeyOfRef(ref, undefined) : undefined;
      if (key && !byPull.has(key)) byPull.set(key, j);
    }
  }
  for (const session of sessions) {
    if (linked.has(session) || session.jules !== undefined || !session.pr) continue;
    const key = pullKeyOfRef(session.pr, repository);
    const found = key ? byPull.get(key) : undefined;
    if (found && !taken.has(found)) {
      linked.set(session, found);
      taken.add(found);
    }
  }
  const untracked = jules.filter((j) => !taken.has(j) && takesSlot(j) && ofHere(j));
  return { linked, missing, untracked };
}

/**
 * Entries with the pull request Jules opened, where the file names none, so GitHub can look it
 * up. A list that could not be read links nothing.
 */
export function withJulesPulls(
  sessions: readonly Session[],
  jules: JulesInput | undefined,
): readonly Session[] {
  if (!jules?.enabled || jules.failure) return sessions;
  const { linked } = linkJules(sessions, jules.sessions, jules.repository, jules.notFound);
  return sessions.map((session) => {
    const url = linked.get(session)?.pullRequests[0];
    const ref = url !== undefined && !session.pr ? refOfUrl(url) : undefined;
    return ref ? { ...session, pr: ref } : session;
  });
}

/**
 * The ids worth asking Jules for one by one when its lists leave them out: those of entries still
 * active (an entry archived in the file needs nothing from Jules), the head's before a base's, so
 * a cap on lookups never leaves an entry that counts waiting behind one that does not. Each once.
 */
export function idsToLookUp(...files: readonly (readonly Session[])[]): string[] {
  const ids = files.flatMap((sessions) =>
    sessions.flatMap((s) => (s.status !== 'archived' && s.jules !== undefined ? [s.jules] : [])),
  );
  return [...new Set(ids)];
}

/** What a Jules state does to one entry of the file. */
export interface JulesEffect {
  session: Session;
  drift: Drift[];
  /** An archive candidate, with the reason the plan gives. */
  exit?: string;
  awaitingInput: boolean;
  paused: boolean;
  failed: boolean;
}

export function applyJules(declared: Session, j: JulesSession): JulesEffect {
  let session = declared;
  const effect: JulesEffect = {
    session,
    drift: [],
    awaitingInput: false,
    paused: false,
    failed: false,
  };
  const label = `Jules session ${j.id}`;
  // Archived in Jules: the session holds no slot, and the entry is done with.
  if (j.archived) {
    if (session.status !== 'archived') {
      effect.drift.push({
        code: 'jules-archived',
        message: `archived in Jules (${label}): set the entry's status to archived`,
      });
      effect.session = { ...session, status: 'archived', statusText: 'archived' };
    }
    return effect;
  }
  // The pull request Jules opened is the entry's, when the file names none.
  const opened = j.pullRequests[0];
  const openedRef = opened !== undefined && !session.pr ? refOfUrl(opened) : undefined;
  if (openedRef) effect.session = session = { ...session, pr: openedRef };
  if (session.status === 'archived') {
    if (holdsSlot(j.state)) {
      effect.drift.push({
        code: 'jules-untracked',
        message: `archived in the file, but ${label} is still ${j.state}: it takes a slot`,
      });
    }
    return effect;
  }
  if (AWAITING_STATES.has(j.state)) {
    effect.awaitingInput = true;
    effect.drift.push({
      code: 'jules-awaiting-input',
      message:
        j.state === 'AWAITING_PLAN_APPROVAL'
          ? `${label} is waiting for its plan to be approved`
          : `${label} is waiting for an answer`,
    });
  } else if (j.state === 'PAUSED') {
    effect.paused = true;
  } else if (j.state === 'FAILED') {
    effect.failed = true;
    effect.drift.push({ code: 'jules-failed', message: `${label} failed` });
    effect.exit = `Jules failed on this session: archive it, and start a rescue prompt for what is left.`;
  } else if (j.state === 'COMPLETED') {
    const url = j.pullRequests[0];
    if (url !== undefined) {
      if (session.status !== 'pr-created') {
        effect.drift.push({
          code: 'jules-finished',
          message: `the file says ${session.status}, but ${label} completed with pull request ${url}`,
        });
      }
      // Jules finished: whatever blocked the entry no longer holds the slot.
      effect.session = {
        ...session,
        blocked: false,
        status: 'pr-created',
        statusText: 'pr-created',
        remainingSteps: 0,
      };
    } else {
      effect.drift.push({
        code: 'jules-finished',
        message: `the file says ${session.status}, but ${label} completed without a pull request`,
      });
      effect.exit =
        'Jules completed without a pull request: archive the session, or start a follow-up prompt.';
    }
  }
  return effect;
}

/** The Jules session as text for a person: its title, or its id. */
export const julesLabel = (j: JulesSession): string =>
  j.title.trim() !== '' ? `"${j.title}" (${j.id})` : j.id;
