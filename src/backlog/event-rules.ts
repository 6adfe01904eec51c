// The rules of yaml-rules.ts over js-yaml's event stream, before any data is built: the same
// problems at the same places as the `yaml` reader finds in its document.
import { EVENT_ID, getScalarValue, type Event } from 'js-yaml';
import { eventEnd, keyName, scalarStart } from './yaml-events.js';
import * as rules from './yaml-rules.js';

/** Where a second document starts (its `---`, as `yaml` places it), if the file holds one. */
export function secondDocument(
  text: string,
  events: readonly Event[],
): rules.StructureProblem | undefined {
  let documents = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) documents++;
    else if (documents === 2) {
      const node =
        event.type === EVENT_ID.SCALAR
          ? event.valueStart
          : event.type === EVENT_ID.ALIAS
            ? event.anchorStart
            : 'start' in event
              ? event.start
              : -1;
      const before = text.lastIndexOf('\n---', node >= 0 ? node - 1 : text.length);
      const offset = before >= 0 ? before + 1 : text.startsWith('---') ? 0 : Math.max(0, node);
      return { offset, message: rules.TWO_DOCUMENTS };
    }
  }
  return undefined;
}

/**
 * The rules of yaml-rules.ts over the event stream, as load.ts holds a `yaml` document to them:
 * the same problems at the same places. Each anchor's size counts what its own aliases expand to.
 */
export function structureProblems(
  text: string,
  events: readonly Event[],
): rules.StructureProblem[] {
  interface Frame {
    mapping: boolean;
    expectKey: boolean;
    keys: Set<string>;
    size: { values: number; chars: number };
    anchor?: string;
  }
  const problems: rules.StructureProblem[] = [];
  const sizes = new Map<string, { values: number; chars: number }>();
  const budget = new rules.AliasBudget();
  let bombed = false;
  const frames: Frame[] = [];
  /** Inside a collection past MAX_DEPTH: how many collections deep, until it closes. */
  let skipping = 0;
  const anchorOf = (start: number, end: number) =>
    start >= 0 ? text.slice(start, end).replace(/^[&*]/, '') : undefined;
  // A frame's size is its own object until it closes, so it grows in place.
  const add = (values: number, chars: number) => {
    const top = frames[frames.length - 1];
    if (top) {
      top.size.values += values;
      top.size.chars += chars;
    }
  };
  // Sizes only bound what aliases expand to: with no anchor, no scalar's text is needed.
  const anchored = events.some((event) => 'anchorStart' in event && event.anchorStart >= 0);
  /** A node in the innermost mapping's key position is checked as a key. */
  const asKey = (event: Event, offset: number) => {
    const top = frames[frames.length - 1];
    if (!top?.mapping) return;
    if (top.expectKey) {
      if (event.type !== EVENT_ID.SCALAR) problems.push({ offset, message: rules.COMPLEX_KEY });
      else {
        const key = keyName(text, event);
        if (key === null)
          problems.push({
            offset: offset >= 0 ? offset : rules.emptyKeyAt(text, lastEnd),
            message: rules.NULL_KEY,
          });
        else if (key === '<<') problems.push({ offset, message: rules.MERGE_KEY });
        else if (top.keys.has(key)) problems.push({ offset, message: rules.DUPLICATE_KEY });
        else top.keys.add(key);
      }
    }
    top.expectKey = !top.expectKey;
  };
  /** Where the last event with a place ended: an empty key is found after it. */
  let lastEnd = 0;
  for (const event of events) {
    lastEnd = eventEnd(event, lastEnd);
    if (skipping > 0) {
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) skipping++;
      else if (event.type === EVENT_ID.POP) skipping--;
      continue;
    }
    switch (event.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        asKey(event, event.start);
        if (event.tagStart >= 0) {
          const problem = rules.tagProblem(
            text.slice(event.tagStart, event.tagEnd),
            'collection',
            '',
          );
          if (problem) problems.push({ offset: event.start, message: problem });
        }
        if (frames.length + 1 > rules.MAX_DEPTH) {
          problems.push({ offset: event.start, message: rules.TOO_DEEP });
          add(1, 0);
          skipping = 1;
          break;
        }
        const anchor = anchorOf(event.anchorStart, event.anchorEnd);
        frames.push({
          mapping: event.type === EVENT_ID.MAPPING,
          expectKey: true,
          keys: new Set(),
          size: { values: 1, chars: 0 },
          ...(anchor === undefined ? {} : { anchor }),
        });
        break;
      }
      case EVENT_ID.SCALAR: {
        const offset = scalarStart(text, event);
        asKey(event, offset);
        const chars = anchored && event.valueStart >= 0 ? getScalarValue(text, event).length : 0;
        if (event.tagStart >= 0) {
          const source = event.valueStart >= 0 ? text.slice(event.valueStart, event.valueEnd) : '';
          const problem = rules.tagProblem(
            text.slice(event.tagStart, event.tagEnd),
            'scalar',
            source,
          );
          if (problem)
            problems.push({ offset: offset >= 0 ? offset : event.tagStart, message: problem });
        }
        const anchor = anchorOf(event.anchorStart, event.anchorEnd);
        if (anchor !== undefined) sizes.set(anchor, { values: 1, chars });
        add(1, chars);
        break;
      }
      case EVENT_ID.ALIAS: {
        const offset = Math.max(0, event.anchorStart - 1);
        asKey(event, offset);
        const name = anchorOf(event.anchorStart, event.anchorEnd) ?? '';
        const size = sizes.get(name) ?? { values: 1, chars: 0 };
        if (!sizes.has(name)) problems.push({ offset, message: rules.undefinedAlias(name) });
        else if (!bombed && !budget.add(size)) {
          bombed = true;
          problems.push({ offset, message: rules.ALIAS_BOMB });
        }
        add(size.values, size.chars);
        break;
      }
      case EVENT_ID.POP: {
        const done = frames.pop();
        if (done?.anchor !== undefined) sizes.set(done.anchor, done.size);
        if (done) add(done.size.values, done.size.chars);
        break;
      }
      default:
        break;
    }
  }
  return problems;
}
