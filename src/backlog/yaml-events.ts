// Where js-yaml's events stand in the text, as `yaml` places the same nodes: each node's offset,
// each key's name as the data holds it, and a tree of places that mirrors the data.
import {
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  SCALAR_STYLE,
  type Event,
  type ScalarEvent,
} from 'js-yaml';

export interface Place {
  at: number;
  /** Mapping: each key's offset and its value's place. */
  keys?: Map<string, { key: number; value: Place }>;
  /** Sequence: each item's place. */
  items?: Place[];
}

type NodeKind = 'mapping' | 'sequence' | 'scalar';

/**
 * Calls `visit` for every node that is a value (not a key), with its data path, its offset, what
 * `visit` returned for its collection and, for a mapping's value, its key's offset. Keys that are
 * not plain text have no path, nor does anything in a collection `descend` refuses. The path is
 * one array, stepped in and out: valid during the call.
 */
function walk<T>(
  text: string,
  events: readonly Event[],
  visit: (
    path: readonly (string | number)[],
    at: number,
    kind: NodeKind,
    parent: T | undefined,
    keyAt?: number,
  ) => T | undefined,
  descend: (path: readonly (string | number)[]) => boolean = () => true,
): void {
  interface Frame {
    /** Whether the collection has a path; one inside a key that is not text has none. */
    named: boolean;
    /** Whether the collection's own step is on the path, to take off when it closes. */
    stepped: boolean;
    mapping: boolean;
    /** A mapping reads key, value, key, value: true while the next node is a key. */
    expectKey: boolean;
    key?: { name: string; at: number } | null;
    items: number;
    /** The document itself: its one node is the root, at path []. */
    document?: boolean;
    /** Where a block sequence starts: its items' `-` stand at this offset's column. */
    start?: number;
    value?: T | undefined;
  }
  const frames: Frame[] = [];
  const path: (string | number)[] = [];
  let lastAt = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      if (frames.pop()?.stepped) path.pop();
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) {
      frames.push({
        named: true,
        stepped: false,
        mapping: false,
        expectKey: false,
        items: 0,
        document: true,
      });
      continue;
    }
    const parent = frames[frames.length - 1];
    const offset =
      event.type === EVENT_ID.SCALAR
        ? scalarStart(text, event)
        : event.type === EVENT_ID.ALIAS
          ? event.anchorStart - 1
          : event.start;
    // An empty value has no range (-1): an item is placed at its `-`, a value at its key.
    const at =
      offset >= 0
        ? offset
        : parent && !parent.mapping && !parent.document
          ? nextDash(text, lastAt, parent.start)
          : (parent?.key?.at ?? lastAt);
    lastAt = at;
    const kind: NodeKind =
      event.type === EVENT_ID.MAPPING
        ? 'mapping'
        : event.type === EVENT_ID.SEQUENCE
          ? 'sequence'
          : 'scalar';
    let named = false;
    let stepped = false;
    let value: T | undefined;
    if (parent?.mapping && parent.expectKey) {
      // A key: remembered for its value; a key that is not plain text names nothing.
      // A key below a collection not descended into keeps its place alone, for an empty value.
      parent.key =
        event.type !== EVENT_ID.SCALAR
          ? null
          : { name: parent.named ? (keyName(text, event) ?? '') : '', at };
      parent.expectKey = false;
    } else if (parent) {
      let keyAt: number | undefined;
      if (parent.named) {
        if (parent.mapping) {
          if (parent.key) {
            path.push(parent.key.name);
            keyAt = parent.key.at;
            named = stepped = true;
          }
        } else if (parent.document) named = true;
        else {
          path.push(parent.items);
          named = stepped = true;
        }
      }
      if (!parent.mapping && !parent.document) parent.items++;
      if (parent.mapping) parent.expectKey = true;
      if (named) value = visit(path, at, kind, parent.value, keyAt);
    }
    if (kind === 'scalar') {
      if (stepped) path.pop();
    } else {
      frames.push({
        named: named && descend(path),
        stepped,
        mapping: kind === 'mapping',
        expectKey: kind === 'mapping',
        items: 0,
        value,
        ...(kind === 'sequence' ? { start: at } : {}),
      });
    }
  }
}

const PLAIN_WORD = /^[a-z_]+$/;

/**
 * A key as the data holds it: a plain scalar as the core schema resolves it (`0x1` is `1`, `True`
 * is `true`), as text; null for an empty or null key.
 */
export function keyName(text: string, event: ScalarEvent): string | null {
  if (event.valueStart < 0) return null;
  const value = getScalarValue(text, event);
  const tag = event.tagStart >= 0 ? text.slice(event.tagStart, event.tagEnd) : '';
  if (event.style !== SCALAR_STYLE.PLAIN || (tag !== '' && tag !== '!!int')) return value;
  // The usual key, a lowercase word: the core schema reads it as itself unless it is one of these.
  if (PLAIN_WORD.test(value) && value !== 'null' && value !== 'true' && value !== 'false')
    return value;
  const resolved = CORE_SCHEMA.resolveImplicitScalarTag(value).value;
  if (resolved === null) return tag === '' ? null : value;
  return typeof resolved === 'number' ||
    typeof resolved === 'boolean' ||
    typeof resolved === 'bigint'
    ? String(resolved)
    : typeof resolved === 'string'
      ? resolved
      : value;
}

/** Where an event's text ends, or `before` when it has no place of its own. */
export function eventEnd(event: Event, before: number): number {
  switch (event.type) {
    case EVENT_ID.SCALAR:
      return event.valueEnd >= 0 ? event.valueEnd : before;
    case EVENT_ID.ALIAS:
      return event.anchorEnd >= 0 ? event.anchorEnd : before;
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return event.start >= 0 ? event.start : before;
    default:
      return before;
  }
}

/** The offset of the first node, where directives end. */
export function firstNode(events: readonly Event[]): number | undefined {
  for (const event of events) {
    const at =
      event.type === EVENT_ID.SCALAR
        ? event.valueStart
        : event.type === EVENT_ID.ALIAS
          ? event.anchorStart
          : eventEnd(event, -1);
    if (at >= 0) return at;
  }
  return undefined;
}

/** Every collection's place and every key's offset, mirroring the data. */
export function placeTree(
  text: string,
  events: readonly Event[],
  keep: (path: readonly (string | number)[], at: number) => boolean,
  descend?: (path: readonly (string | number)[]) => boolean,
): Place {
  let root: Place = { at: 0 };
  walk<Place>(
    text,
    events,
    (path, at, kind, parent, keyAt) => {
      if (!keep(path, at)) return undefined;
      const place: Place =
        kind === 'mapping'
          ? { at, keys: new Map() }
          : kind === 'sequence'
            ? { at, items: [] }
            : { at };
      if (path.length === 0) {
        root = place;
        return place;
      }
      const last = path[path.length - 1]!;
      if (typeof last === 'number') {
        if (parent?.items) parent.items[last] = place;
      } else {
        parent?.keys?.set(last, { key: keyAt ?? at, value: place });
      }
      return place;
    },
    descend,
  );
  return root;
}

/** Where a scalar starts as written: its opening quote or block indicator, as `yaml` places it. */
export function scalarStart(text: string, event: ScalarEvent): number {
  const start = event.valueStart;
  if (start < 0) return start;
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    return start - 1;
  }
  if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
    // Back from the content to the `|` or `>` that opens it, a line or so before.
    for (let i = start - 1; i >= 0 && i >= start - 400; i--) {
      const c = text[i];
      if (c === '|' || c === '>') return i;
    }
    return start;
  }
  return start;
}

/**
 * The `-` that starts the next item after `from`: the next line whose `-` stands in the list's own
 * column, so a dash inside a block scalar is not taken for it. `from` when there is none.
 */
function nextDash(text: string, from: number, listStart: number | undefined): number {
  const column =
    listStart === undefined ? undefined : listStart - (text.lastIndexOf('\n', listStart - 1) + 1);
  for (let i = text.indexOf('\n', from); i !== -1; i = text.indexOf('\n', i + 1)) {
    const dash = /^[ \t]*-/.exec(text.slice(i + 1, i + 200));
    if (dash && (column === undefined || dash[0].length - 1 === column)) return i + dash[0].length;
  }
  return from;
}
