// Did-you-mean stays bounded: a banded distance with a cut-off, and a capped candidate set.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDistance, closest, MAX_WORK, Suggester } from '../src/backlog/suggest.js';

/** Levenshtein distance, the whole table: what the banded one must agree with. */
function fullDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

describe('did you mean', () => {
  it('the banded distance is the edit distance, or one past the cut-off when it is further', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 14 });
    fc.assert(
      fc.property(word, word, fc.nat(8), (a, b, limit) => {
        expect(boundedDistance(a, b, limit)).toBe(Math.min(fullDistance(a, b), limit + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('suggests the near name, ignoring case, and nothing for a far one', () => {
    expect(closest('secuirty', ['Security', 'Graph'])).toBe('Security');
    expect(closest('GRAPH', ['Security', 'Graph'])).toBe('Graph');
    expect(closest('zzzzzz', ['Security', 'Graph'])).toBeUndefined();
  });

  it('ten thousand near misses of ten thousand long names compute a bounded number of table cells', () => {
    const known = Array.from({ length: 10_000 }, (_, i) => `known${'x'.repeat(90)}${i}`);
    const suggester = new Suggester(known);
    const typed = Array.from({ length: 10_000 }, (_, i) => `typed${'x'.repeat(90)}${i}`);
    const found = typed.map((word) => suggester.closest(word));
    // Compared in full, this is 10^8 tables of about 10^4 cells each; the work stops at its cap,
    // past which at most one more comparison (a word of 100 units, a band of 67) is computed.
    expect(suggester.cellsComputed).toBeLessThanOrEqual(MAX_WORK + 100 * 67);
    // Bounded, not blind: the first near misses still get their suggestion.
    expect(found[0]).toBe(known[0]);
  });
});
