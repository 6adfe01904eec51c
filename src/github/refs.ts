// Which pull request a session's `pr:` names: a number in this repository, owner/repo#n, or a URL.
import type { PullRequestRef } from '../backlog/model.js';
import type { Surface } from '../surface.js';

export interface Repository {
  owner: string;
  repo: string;
}

export interface ResolvedPull extends Repository {
  number: number;
  /** owner/repo#n, lower-cased: GitHub names are case-insensitive. */
  key: string;
}

export type Resolution = { pull: ResolvedPull } | { problem: string };

/** `owner/name`, as GITHUB_REPOSITORY and the CLI's repository option write it. */
export function parseRepository(text: string | undefined): Repository | undefined {
  const match = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(text?.trim() ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

export function resolvePull(
  ref: PullRequestRef,
  current: Repository | undefined,
  serverUrl: string,
  surface: Surface,
): Resolution {
  if (ref.url !== undefined) {
    const host = new URL(ref.url).host.toLowerCase();
    const expected = new URL(serverUrl).host.toLowerCase();
    if (host !== expected) {
      return { problem: `${ref.url} is on ${host}, not on ${expected}, where this sweep runs` };
    }
  }
  const owner = ref.owner ?? current?.owner;
  const repo = ref.repo ?? current?.repo;
  if (owner === undefined || repo === undefined) {
    return {
      problem: `pull request #${ref.number} names no repository and none is known (${surface.repository})`,
    };
  }
  return {
    pull: { owner, repo, number: ref.number, key: `${owner}/${repo}#${ref.number}`.toLowerCase() },
  };
}

/** The loader's option for the repository a bare `pr: 12` belongs to, when it is known. */
export const ofRepository = (repository: Repository | undefined) =>
  repository ? { repository } : {};
