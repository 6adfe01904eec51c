// Close/ship order: "Close the ready ones first", then blocked, then the fewest remaining steps.
import type { BacklogFormat, Session } from '../backlog/model.js';

/**
 * The playbook tool's ranks: pr-ready and pr-created 0, blocked 2, needs-more-work 3.
 * In sessions.yaml a session flagged `blocked: true` ranks as blocked whatever its status;
 * the tool's own JSON keeps the tool's rule (the status alone decides) so its answers stay the same.
 */
export function rank(session: Session, format: BacklogFormat): number {
  if (format === 'sessions-yaml' && session.blocked) return 2;
  switch (session.status) {
    case 'pr-ready':
    case 'pr-created':
      return 0;
    case 'blocked':
      return 2;
    case 'needs-more-work':
      return 3;
    default:
      return 4;
  }
}

/** Compares by Unicode code point, as Python compares strings: never by locale or UTF-16 unit. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (0xD800–0xDFFF) starts a code point above 0xFFFF, so it sorts after every
    // other UTF-16 unit, including 0xE000–0xFFFF, which plain `<` would put after it.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

const compareUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Fastest exit first: by rank, then fewest remaining steps, then name by code point.
 * Sorts indices over precomputed keys, which keeps 100,000 sessions well under a second.
 */
export function closeOrder<T extends { rank: number; remainingSteps: number; name: string }>(
  sessions: readonly T[],
): T[] {
  const ranks = Float64Array.from(sessions, (s) => s.rank);
  const steps = Float64Array.from(sessions, (s) => s.remainingSteps);
  const names = sessions.map((s) => s.name);
  // UTF-16 order differs from code point order only from U+D800 up; most names never get there.
  const byName = names.some((n) => /[\ud800-\uffff]/.test(n)) ? compareCodePoints : compareUnits;
  const order = Array.from(sessions, (_, i) => i).sort(
    (i, j) => ranks[i]! - ranks[j]! || steps[i]! - steps[j]! || byName(names[i]!, names[j]!),
  );
  return order.map((i) => sessions[i]!);
}
