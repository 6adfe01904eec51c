// The close order: rank, then fewest remaining steps, then name by code point, then the file's
// order, whatever the names, ranks and steps (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeOrder, compareCodePoints } from '../src/planner/order.js';

interface Entry {
  rank: number;
  session: { remainingSteps: number; name: string };
  place: number;
}

/** The order as the playbook states it, one comparison at a time. */
const stated = (entries: readonly Entry[]) =>
  [...entries].sort(
    (a, b) =>
      a.rank - b.rank ||
      a.session.remainingSteps - b.session.remainingSteps ||
      compareCodePoints(a.session.name, b.session.name) ||
      a.place - b.place,
  );

const places = (entries: readonly Entry[]) => entries.map((e) => e.place);

const entries = (
  name: fc.Arbitrary<string>,
  steps: fc.Arbitrary<number> = fc.nat({ max: 12 }),
): fc.Arbitrary<Entry[]> =>
  fc
    .array(fc.record({ rank: fc.constantFrom(0, 2, 3, 4), remainingSteps: steps, name }), {
      maxLength: 60,
    })
    .map((list) =>
      list.map(({ rank, remainingSteps, name }, place) => ({
        rank,
        session: { remainingSteps, name },
        place,
      })),
    );

// Names alike for many characters, so whole names must decide; a few units from every plane.
const alike = fc
  .tuple(
    fc.constantFrom('', 'session-', 'session-session-session-'),
    fc.string({
      maxLength: 12,
      unit: fc.constantFrom('a', 'b', '-', '1', '\ue000', '\ud800', '😀'),
    }),
  )
  .map(([prefix, rest]) => prefix + rest);

describe('close order', () => {
  it('orders any names by code point, names alike for many characters too', () => {
    fc.assert(
      fc.property(
        entries(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), alike)),
        (list) => {
          expect(places(closeOrder(list))).toEqual(places(stated(list)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps sessions of one name in the file order', () => {
    fc.assert(
      fc.property(entries(fc.constantFrom('a', 'ab', 'session-1', 'session-1x')), (list) => {
        expect(places(closeOrder(list))).toEqual(places(stated(list)));
      }),
    );
  });

  it('orders fractional, negative and huge remaining steps as numbers', () => {
    const steps = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(0, -0, 1, 2 ** 40, Number.MAX_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(entries(alike, steps), (list) => {
        expect(places(closeOrder(list))).toEqual(places(stated(list)));
      }),
    );
  });

  it('puts a private-use character before an astral one, as code points do', () => {
    const list = ['x😀', 'x\ue000', 'x', 'xa'].map((name, place) => ({
      rank: 0,
      session: { remainingSteps: 1, name },
      place,
    }));
    expect(closeOrder(list).map((e) => e.session.name)).toEqual(['x', 'xa', 'x\ue000', 'x😀']);
  });

  it('orders thousands of sessions as the playbook states it', () => {
    const list = Array.from({ length: 5000 }, (_, place) => ({
      rank: [0, 2, 3][place % 3]!,
      session: { remainingSteps: place % 9, name: `session-${(place * 7919) % 5000}-${place % 7}` },
      place,
    }));
    expect(places(closeOrder(list))).toEqual(places(stated(list)));
  });
});
