// The rotation's cadence: governance and scheduler upgrades every so many cycles, and hardening
// after an incident.
import type { Recommendation, Violation } from '../types.js';
import { atLocation, type Findings } from './rule.js';
import type { SweepFacts } from '../facts.js';

const UPGRADES = [
  ['governance', 'governanceEvery', 'governance/documentation upgrade'],
  ['scheduler', 'schedulerEvery', 'scheduler/orchestrator upgrade'],
] as const;

/**
 * Inject governance/documentation upgrades every 12 cycles; upgrade scheduler/orchestrator every 30 cycles.
 *
 * Due once so many cycles have passed since the ledger last saw a session of the kind; a session
 * of that kind resets the count.
 * @rail cadence-overdue
 * @test test/rotation.test.ts > a governance prompt is due every 12 cycles; a governance session resets the count
 */
export function upgradeCadence({ backlog, sessions, history, cycle }: SweepFacts): Findings {
  const recommendations: Recommendation[] = [];
  const violations: Violation[] = [];
  for (const [kind, key, what] of UPGRADES) {
    const every = backlog.cadence[key];
    if (sessions.some((s) => s.kind === kind)) continue;
    const seen = history.findLast((s) => Object.values(s.sessions).some((f) => f.kind === kind));
    const since = cycle - (seen?.cycle ?? 0);
    if (since < every) continue;
    recommendations.push({
      kind,
      reason: `A ${what} is due every ${every} cycles; the last was ${seen ? `${since} cycles ago` : 'never seen in the ledger'}.`,
    });
    violations.push({
      rail: 'cadence-overdue',
      severity: 'warning',
      message: `The ${what} is overdue: due every ${every} cycles, ${seen ? `last ${since} cycles ago` : 'none seen yet'}.`,
      fix: `Start a session of kind ${kind}.`,
    });
  }
  return { recommendations, violations };
}

/**
 * After any incident or regression, schedule a follow-up hardening prompt within the next two cycles.
 *
 * An incident is answered by the session it names, or by any hardening session in its category,
 * finished ones included: an archived hardening session does not reopen the incident.
 * @rail hardening-overdue
 * @test test/rotation.test.ts > a hardening session is due within two cycles; after that, hardening-overdue
 */
export function hardeningAfterIncident({ backlog, history, today }: SweepFacts): Findings {
  if (backlog.incidents.length === 0) return {};
  const names = new Set(backlog.sessions.map((s) => s.name));
  const hardening = new Set(
    backlog.sessions.filter((s) => s.kind === 'hardening').map((s) => s.category),
  );
  const recommendations: Recommendation[] = [];
  const violations: Violation[] = [];
  for (const incident of backlog.incidents) {
    const answered =
      (incident.hardening !== undefined && names.has(incident.hardening)) ||
      hardening.has(incident.category);
    if (answered) continue;
    // A date after this sweep is a typo (futureDates warns of it): it counts as older than
    // every sweep recorded, so the rail is never kept quiet by it.
    const future = today !== undefined && Date.parse(incident.date) > today;
    const since = (future ? history : history.filter((s) => s.time >= incident.date)).length + 1;
    recommendations.push({
      kind: 'hardening',
      category: incident.category,
      reason: `Incident "${incident.id}" (${incident.summary}): schedule a hardening prompt within two cycles.`,
    });
    if (since <= 2) continue;
    violations.push({
      rail: 'hardening-overdue',
      severity: 'warning',
      message: `Incident "${incident.id}" has had no hardening session for ${since} cycles (the playbook: within two).`,
      fix: 'Start a session of kind hardening in its category, or name it in `hardening:`.',
      ...atLocation(incident.location),
      category: incident.category,
    });
  }
  return { recommendations, violations };
}
