// "Did you mean" for keys, statuses, categories and session names. Bounded whatever the file
// holds: candidates of a length too far off are never compared, a comparison stops as soon as
// it cannot beat the best so far, and one word is compared with a capped number of candidates.

/** Candidates compared with one word, nearest in length first. */
const MAX_COMPARED = 16;
/**
 * Cells of distance tables one set of candidates computes in all: past it, only matches that
 * differ in case are suggested, so a file of ten thousand near misses stays fast.
 */
export const MAX_WORK = 20_000_000;
/** Words longer than this are not matched: no one mistypes a paragraph. */
const MAX_WORD = 120;

/** How many edits a word of this length may be from its match. */
const allowance = (length: number) => Math.max(2, Math.floor(length / 3));

/**
 * Levenshtein distance over code units, or `limit + 1` once it must exceed `limit`: only the
 * diagonal band of width 2·limit+1 is computed, and a row with nothing under the limit stops it.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[0] = i <= limit ? i : over;
    if (from > 1) current[from - 1] = over;
    let best = current[0];
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (best > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, over);
}

/**
 * Suggestions among one set of candidates, prepared once: an exact match without case is found
 * in a map, near ones among the few candidates closest in length.
 */
export class Suggester {
  private readonly exact = new Map<string, string>();
  /** Lower-cased candidates by length. */
  private readonly byLength = new Map<number, { lower: string; original: string }[]>();
  private work = 0;

  constructor(candidates: Iterable<string>) {
    for (const original of candidates) {
      const lower = original.toLowerCase();
      if (!this.exact.has(lower)) this.exact.set(lower, original);
      if (lower.length > MAX_WORD) continue;
      const bucket = this.byLength.get(lower.length);
      if (bucket) {
        if (bucket.length < MAX_COMPARED) bucket.push({ lower, original });
      } else this.byLength.set(lower.length, [{ lower, original }]);
    }
  }

  /** Cells of distance tables computed so far: what bounds the time suggestions take. */
  get cellsComputed(): number {
    return this.work;
  }

  /** The closest candidate, compared without case, or undefined when none is close enough. */
  closest(word: string): string | undefined {
    const needle = word.toLowerCase();
    const same = this.exact.get(needle);
    if (same !== undefined) return same;
    if (needle.length > MAX_WORD || this.work > MAX_WORK) return undefined;
    const limit = allowance(needle.length);
    let best: string | undefined;
    let bestDistance = limit + 1;
    let compared = 0;
    // Same length first, then one shorter and one longer, and so on out to the allowance.
    for (let offset = 0; offset <= limit && compared < MAX_COMPARED; offset++) {
      for (const length of offset === 0
        ? [needle.length]
        : [needle.length - offset, needle.length + offset]) {
        for (const candidate of this.byLength.get(length) ?? []) {
          if (compared++ >= MAX_COMPARED || bestDistance <= offset) break;
          this.work += needle.length * (2 * bestDistance - 1);
          const d = boundedDistance(needle, candidate.lower, bestDistance - 1);
          if (d < bestDistance) {
            best = candidate.original;
            bestDistance = d;
          }
        }
      }
    }
    return best;
  }

  didYouMean(word: string): string {
    const match = this.closest(word);
    return match === undefined ? '' : `; did you mean "${match}"?`;
  }
}

/** The closest candidate, compared without case, or undefined when none is close enough. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  return new Suggester(candidates).closest(word);
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  return new Suggester(candidates).didYouMean(word);
}
