// The Jules plan's daily quota: how many tasks the last 24 hours used, and when the next one frees.
import type { JulesSession, Plan } from './types.js';

const DAY_MS = 86_400_000;

/** Sessions created in the 24 hours before `now`, archived ones too: each was one task. */
export function dailyQuota(
  sessions: readonly JulesSession[],
  limit: number,
  now: string,
): NonNullable<Plan['dailyQuota']> {
  const end = Date.parse(now);
  const times = sessions
    .map((j) => (j.createTime === null ? Number.NaN : Date.parse(j.createTime)))
    .filter((t) => Number.isFinite(t) && t > end - DAY_MS && t <= end);
  times.sort((a, b) => a - b);
  // Jules starts a task once fewer than `limit` are in the window: past the limit, that is when
  // the (created - limit + 1)-th oldest ages out; within it, when the oldest does.
  const freeing = times[Math.max(0, times.length - limit)];
  return {
    created: times.length,
    limit,
    freesAt: freeing === undefined ? null : new Date(freeing + DAY_MS).toISOString(),
  };
}

/** "14:06 UTC" for 14:05:59: the minute rounded up, so never earlier than the truth. */
const utcClock = (iso: string): string => {
  const minute = 60_000;
  const up = new Date(Math.ceil(Date.parse(iso) / minute) * minute).toISOString();
  return `${up.slice(11, 16)} UTC`;
};

/** "the oldest frees a task at 14:05 UTC", or "a task frees at …" past the limit; "" for none. */
export function freesText({ created, limit, freesAt }: NonNullable<Plan['dailyQuota']>): string {
  if (freesAt === null) return '';
  return `${created > limit ? 'a task frees' : 'the oldest frees a task'} at ${utcClock(freesAt)}`;
}
