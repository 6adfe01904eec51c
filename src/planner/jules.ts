// Live Jules sessions against the backlog file: which entry is which session, what each state
// means for the plan, and which sessions hold a slot the file does not know about. Pure.
import type { Session } from '../backlog/model.js';
import { JULES, type RepositoryName, type SourceInput } from '../sources/index.js';
import {
  applySession,
  holdsSlotIn,
  isOfRepository,
  linkSessions,
  liveLabel,
  takesSlotIn,
  type SessionEffect,
  idsToLookUpIn,
  withSessionPulls,
  type SessionLinks,
} from './sessions.js';
import type { AccountSlots, JulesPlanName, JulesSession } from './types.js';

/** What the sweep read from Jules; absent when no key was given. */
export type JulesInput = SourceInput;

export type { RepositoryName };

/** The state table (README "Live sessions from Jules"), as the source describes it. */
export const JULES_STATE_MEANING: Record<string, string> = Object.fromEntries(
  Object.entries(JULES.states).map(([state, { text }]) => [state, text]),
);

export const holdsSlot = (state: string): boolean => holdsSlotIn(JULES, state);

export const AWAITING_STATES: ReadonlySet<string> = new Set(
  Object.entries(JULES.states)
    .filter(([, { meaning }]) => meaning === 'needs-person')
    .map(([state]) => state),
);

export { isOfRepository };

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
export const takesSlot = (j: JulesSession): boolean => takesSlotIn(JULES, j);

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
  /** Live tasks of this repository in other sources (Copilot's), counted here beside Jules'. */
  otherSourcesHere = 0,
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
    thisRepository: Math.max(fileActive, here + otherSourcesHere),
    otherRepositories: [...others.values()].sort(
      (a, b) => b.live - a.live || (a.repository < b.repository ? -1 : 1),
    ),
    repoless,
  };
}

export const accountTotal = (a: AccountSlots): number =>
  a.thisRepository + a.otherRepositories.reduce((sum, o) => sum + o.live, 0) + a.repoless;

export type JulesLinks = SessionLinks;

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
  return linkSessions(JULES, sessions, jules, repository, notFound);
}

/**
 * Entries with the pull request Jules opened, where the file names none, so GitHub can look it
 * up. A list that could not be read links nothing.
 */
export function withJulesPulls(
  sessions: readonly Session[],
  jules: JulesInput | undefined,
): readonly Session[] {
  return withSessionPulls(sessions, [jules]);
}

/**
 * The ids worth asking Jules for one by one when its lists leave them out: those of entries still
 * active (an entry archived in the file needs nothing from Jules), the head's before a base's, so
 * a cap on lookups never leaves an entry that counts waiting behind one that does not. Each once.
 */
export const idsToLookUp = (...files: readonly (readonly Session[])[]): string[] =>
  idsToLookUpIn(JULES, ...files);

export type JulesEffect = SessionEffect;

export const applyJules = (declared: Session, j: JulesSession): JulesEffect =>
  applySession(JULES, declared, j);

/** The Jules session as text for a person: its title, or its id. */
export const julesLabel = liveLabel;
