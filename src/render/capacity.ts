// The capacity lines every report shares: the account's slots by where they run, and the Jules
// plan's limits. Repository names come from Jules, so the caller's escape is applied to them.
import { freesText } from '../planner/plan.js';
import type { Plan } from '../planner/types.js';

/**
 * "15 / 15 slots: this repository 10, other repositories 4 (acme/web 3, acme/api 1), repoless 1;
 * the file 9 active"; with Copilot read too, this repository's part by source ("this repository
 * 13 (Jules 9, Copilot 4)"); with Copilot alone, "5 / 15 slots: Copilot 4; the file 5 active";
 * with neither, "12 / 15 active".
 */
export function slotsLine({ slots, capacity, counts }: Plan, escape: (text: string) => string) {
  const account = slots.account;
  const copilot = slots.copilot;
  if (!account) {
    if (copilot === undefined) return `${counts.active} / ${capacity} active`;
    return `${slots.counted} / ${capacity} slots: Copilot ${copilot}; the file ${slots.file} active`;
  }
  const others = account.otherRepositories;
  const elsewhere = others.reduce((sum, o) => sum + o.live, 0);
  const each =
    others.length > 0
      ? ` (${others.map((o) => `${escape(o.repository)} ${o.live}`).join(', ')})`
      : '';
  const bySource = copilot !== undefined ? ` (Jules ${slots.jules ?? 0}, Copilot ${copilot})` : '';
  return `${slots.counted} / ${capacity} slots: this repository ${account.thisRepository}${bySource}, other repositories ${elsewhere}${each}, repoless ${account.repoless}; the file ${slots.file} active`;
}

/**
 * "Jules pro plan: 15 at once, 100 tasks a day; tasks in the last 24 h: 12 / 100; the oldest
 * frees a task at 14:05 UTC", or undefined without `jules-plan`.
 */
export function julesPlanLine({ julesPlan, dailyQuota, capacity }: Plan): string | undefined {
  if (!julesPlan) return undefined;
  const parts = [
    `Jules ${julesPlan.name} plan: ${julesPlan.concurrent} at once, ${julesPlan.dailyTasks} tasks a day`,
  ];
  if (julesPlan.requestedCapacity > capacity) {
    parts.push(`capacity ${capacity} (the file asks for ${julesPlan.requestedCapacity})`);
  }
  if (dailyQuota) {
    parts.push(
      `tasks in the last 24 h: ${dailyQuota.created} / ${dailyQuota.limit}${dailyQuota.freesAt ? `; ${freesText(dailyQuota)}` : ''}`,
    );
  }
  return parts.join('; ');
}
