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

/** UTF-16 order differs from code point order only from U+D800 up; most names never get there. */
const nameOrder = (names: readonly string[]) =>
  names.some((n) => /[\ud800-\uffff]/.test(n)) ? compareCodePoints : compareUnits;

/**
 * A UTF-16 unit as a number in code point order: a surrogate (0xD800–0xDFFF) after every other
 * unit, as compareCodePoints puts it.
 */
const inCodePointOrder = (unit: number) =>
  unit < 0xd800 ? unit : unit < 0xe000 ? unit + 0x2000 : unit - 0x800;

/** A session in the close order: its rank, and the session whose steps and name order it. */
export interface Ranked {
  rank: number;
  session: { remainingSteps: number; name: string };
}

/** Characters of a name the sort key holds at most, after the prefix every name shares. */
const KEY_CHARS = 8;

/**
 * Fastest exit first: by rank, then fewest remaining steps, then name by code point, then the
 * file's order. One number per session orders it, so the sort never calls back into a comparator.
 */
export function closeOrder<T extends Ranked>(sessions: readonly T[]): T[] {
  const order = keyedOrder(sessions) ?? comparedOrder(sessions);
  const ordered = new Array<T>(order.length);
  for (let k = 0; k < order.length; k++) ordered[k] = sessions[order[k]!]!;
  return ordered;
}

/** The order by comparator: for ranks or steps the sort key cannot hold (fractions, negatives). */
function comparedOrder(sessions: readonly Ranked[]) {
  const ranks = Float64Array.from(sessions, (s) => s.rank);
  const steps = Float64Array.from(sessions, (s) => s.session.remainingSteps);
  const names = sessions.map((s) => s.session.name);
  const byName = nameOrder(names);
  return Array.from(sessions, (_, i) => i).sort(
    (i, j) => ranks[i]! - ranks[j]! || steps[i]! - steps[j]! || byName(names[i]!, names[j]!),
  );
}

/**
 * The order by one exact integer per session: rank and steps, then the first characters of its
 * name after the prefix all names share, then its place in the file. Sessions whose keys differ
 * only in the place are sorted again by whole name; they are few. Undefined when rank or steps
 * are no small whole numbers.
 */
function keyedOrder(sessions: readonly Ranked[]): Uint32Array | Float64Array | undefined {
  const n = sessions.length;
  if (n === 0) return new Uint32Array(0);
  let maxRank = 0;
  let maxSteps = 0;
  const names = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const { rank, session } = sessions[i]!;
    const { remainingSteps, name } = session;
    if (!(Number.isInteger(rank) && rank >= 0 && Number.isInteger(remainingSteps)))
      return undefined;
    if (remainingSteps < 0) return undefined;
    if (rank > maxRank) maxRank = rank;
    if (remainingSteps > maxSteps) maxSteps = remainingSteps;
    names[i] = name;
  }
  const stepSpan = maxSteps + 1;
  const buckets = (maxRank + 1) * stepSpan;
  // Room left for the name's characters in an integer a double holds exactly.
  const room = Math.floor(2 ** 53 / (buckets * n));
  if (room < 1) return undefined;

  // The prefix every name shares orders nothing. Most names start with the prefix as it stands,
  // which one native call tells, unlike a loop over their characters before it is optimised.
  let prefix = names[0]!;
  for (let i = 1; i < n && prefix !== ''; i++) {
    const name = names[i]!;
    if (name.startsWith(prefix)) continue;
    let j = 0;
    const end = Math.min(prefix.length, name.length);
    while (j < end && name.charCodeAt(j) === prefix.charCodeAt(j)) j++;
    prefix = prefix.slice(0, j);
  }
  const shared = prefix.length;
  // The units that follow it, as a digit each: 0 is past the end, so a prefix sorts first. Only
  // from U+D800 up do units need moving into code point order.
  let [low, high] = unitRange(names, shared, false);
  const moved = high >= 0xd800;
  if (moved) [low, high] = unitRange(names, shared, true);
  const radix = high >= low ? high - low + 2 : 1;
  let chars = 0;
  let span = 1;
  while (chars < KEY_CHARS && radix > 1 && span * radix <= room) {
    span *= radix;
    chars++;
  }

  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { rank, session } = sessions[i]!;
    const name = names[i]!;
    let key = rank * stepSpan + session.remainingSteps;
    for (let j = shared; j < shared + chars; j++) {
      if (j >= name.length) {
        key *= radix;
        continue;
      }
      const unit = name.charCodeAt(j);
      key = key * radix + (moved ? inCodePointOrder(unit) : unit) - low + 1;
    }
    keys[i] = key * n + i;
  }
  keys.sort();

  // Back to places, in the same array; a run of equal keys (less the place) is names alike in
  // their first characters.
  const order = keys;
  let byName: ((a: string, b: string) => number) | undefined;
  let start = 0;
  let runKey = -1;
  for (let k = 0; k <= n; k++) {
    const place = k < n ? order[k]! % n : 0;
    const key = k < n ? order[k]! - place : -1;
    if (key !== runKey) {
      if (k - start > 1 && !allShort(names, order, start, k, shared + chars)) {
        byName ??= nameOrder(names);
        const compare = byName;
        order.subarray(start, k).sort((i, j) => compare(names[i]!, names[j]!) || i - j);
      }
      start = k;
      runKey = key;
    }
    if (k < n) order[k] = place;
  }
  return order;
}

/** The least and greatest unit of the key's characters, in code point order when `moved`. */
function unitRange(names: readonly string[], shared: number, moved: boolean): [number, number] {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const end = Math.min(name.length, shared + KEY_CHARS);
    for (let j = shared; j < end; j++) {
      const unit = moved ? inCodePointOrder(name.charCodeAt(j)) : name.charCodeAt(j);
      if (unit < low) low = unit;
      if (unit > high) high = unit;
    }
  }
  return [low, high];
}

/** Whether every name of a run ends within the key, so they are one name and the place decides. */
function allShort(
  names: readonly string[],
  order: Float64Array,
  start: number,
  end: number,
  length: number,
): boolean {
  for (let k = start; k < end; k++) if (names[order[k]!]!.length > length) return false;
  return true;
}
