// A backlog written as JSON is read with JSON.parse: the YAML parser builds a node for every
// value and needs over 600 MB for 100,000 sessions. Locations come from scanning the text, only
// as far as a path needs; the sessions' own offsets are found once.
import type { SourceLocation } from './model.js';

export type Path = readonly PropertyKey[];
/** Maps a data path to the closest value in the file; with `key`, to that key itself. */
export interface Locate {
  (path: Path, key?: string): SourceLocation;
  /**
   * Where each item of the list at `path` is, as `path` and its index would say, in one sweep;
   * undefined when the reader has no faster way than asking for each.
   */
  items?: (path: Path) => SourceLocation[] | undefined;
}

/**
 * The data and a locator, or undefined when the text is not strict JSON (flow-style YAML, say)
 * or repeats a key, which JSON.parse would silently resolve: the YAML parser then reports it.
 */
export function readJson(
  text: string,
  file: string,
): { data: unknown; locate: Locate; ownStrings: true } | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const scanned = scan(text, file);
  // Each mapping keeps one property a key: fewer properties than keys written means a repeat.
  if (propertyCount(data) !== scanned.keys) return undefined;
  return { data, locate: jsonLocator(text, file, scanned), ownStrings: true };
}

/** The properties of every mapping in `data`, counted without recursion: nesting is unbounded. */
function propertyCount(data: unknown): number {
  let count = 0;
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) pending.push(item);
      }
      continue;
    }
    for (const key in value) {
      count++;
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) pending.push(item);
    }
  }
  return count;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** From the opening quote to just past the closing one: the first quote not escaped. */
function skipString(text: string, i: number): number {
  for (let end = text.indexOf('"', i + 1); ; end = text.indexOf('"', end + 1)) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return end + 1;
  }
}

function skipValue(text: string, i: number): number {
  const first = text[i];
  if (first === '"') return skipString(text, i);
  if (first === '{' || first === '[') {
    for (let depth = 0; ;) {
      const c = text[i];
      if (c === '"') {
        i = skipString(text, i);
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
      i++;
    }
  }
  return literalEnd(text, i);
}

function keyText(text: string, start: number): string {
  const end = skipString(text, start);
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

/** A key of a mapping: where it is written, and where its value starts. */
interface Member {
  keyAt: number;
  at: number;
}

/** Where each item of the list that starts at `i` starts. */
function itemsOf(text: string, i: number): number[] {
  const found: number[] = [];
  i = skipSpace(text, i + 1);
  if (text[i] === ']') return found;
  for (;;) {
    found.push(i);
    i = skipSpace(text, skipValue(text, i));
    if (text[i] !== ',') return found;
    i = skipSpace(text, i + 1);
  }
}

/** The members of the mapping that starts at `i`, by key; the first of a repeated key wins. */
function membersOf(text: string, i: number): Map<string, Member> {
  const found = new Map<string, Member>();
  i = skipSpace(text, i + 1);
  if (text[i] === '}') return found;
  for (;;) {
    const keyAt = i;
    const key = keyText(text, i);
    i = skipSpace(text, skipSpace(text, skipString(text, i)) + 1);
    if (!found.has(key)) found.set(key, { keyAt, at: i });
    i = skipSpace(text, skipValue(text, i));
    if (text[i] !== ',') return found;
    i = skipSpace(text, i + 1);
  }
}

interface Scan {
  /** The keys written, in every mapping: a colon outside a string is always a key's. */
  keys: number;
  /** The members of a top-level mapping, when the top-level value is one. */
  top: Map<string, Member> | undefined;
  /** Where the items of the top-level list, or of the lists directly in a top-level mapping, start. */
  lists: Map<number, number[]>;
  /** Those items' places, by where their list starts. */
  places: Map<number, SourceLocation[]>;
}

/** Where a number, true, false or null ends: at the next space, comma or bracket. */
function literalEnd(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d) return i;
  }
  return i;
}

/**
 * One pass over text that JSON.parse has accepted: the keys written, the top-level members and
 * the items of its lists, each placed by the lines counted so far (a JSON string holds no raw
 * line break). Below the second level it only counts and skips: that is most of a large file.
 */
function scan(text: string, file: string): Scan {
  const outline = new Outline(text, file);
  let keys = 0;
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  const length = text.length;
  // The loop's state is in locals: what the first two levels keep is the outline's, off this path.
  for (let i = 0; i < length;) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = ++i;
      // Indentation, in one step: most of a pretty-printed file's characters outside strings.
      while (text.charCodeAt(i) === 0x20) i++;
    } else if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x2c /* , */) {
      i++;
    } else if (c === 0x3a /* : */) {
      keys++;
      if (depth === 1) outline.valueNext = true;
      i++;
    } else if (c === 0x22 /* " */) {
      if (depth < 3) outline.value(i, false, depth, line, lineStart);
      i = skipString(text, i);
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth < 3) outline.value(i, c === 0x5b, depth, line, lineStart);
      depth++;
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (--depth === 1) outline.closed();
      i++;
    } else {
      if (depth < 3) outline.value(i, false, depth, line, lineStart);
      i = literalEnd(text, i + 1);
    }
  }
  return { keys, top: outline.top, lists: outline.lists, places: outline.places };
}

/** What the scan keeps of the first two levels: the top-level members and its lists' items. */
class Outline {
  readonly lists = new Map<number, number[]>();
  readonly places = new Map<number, SourceLocation[]>();
  top: Map<string, Member> | undefined;
  /** The items of the list being read at the first or second level, when one is. */
  private items: number[] | undefined;
  private itemPlaces: SourceLocation[] = [];
  /** In the top-level mapping: where the key whose value comes next is written. */
  private keyAt = -1;
  /** In the top-level mapping: a colon was met, so the next value is that key's. */
  valueNext = false;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  /**
   * A value starts at `at`, `depth` levels in, on the line that starts at `lineStart`: the
   * top-level one, a member, or a list's item, which is placed now, as every session is.
   */
  value(at: number, list: boolean, depth: number, line: number, lineStart: number): void {
    if (depth === 0) {
      if (list) this.list(at);
      else this.top = new Map();
    } else if (depth === 1 && this.top) {
      if (!this.valueNext) this.keyAt = at;
      else {
        this.valueNext = false;
        const key = keyText(this.text, this.keyAt);
        if (!this.top.has(key)) this.top.set(key, { keyAt: this.keyAt, at });
        if (list) this.list(at);
      }
    } else if (this.items && (depth === 1 || this.top)) {
      this.items.push(at);
      this.itemPlaces.push({ file: this.file, line, column: at - lineStart + 1 });
    }
  }

  private list(at: number): void {
    this.lists.set(at, (this.items = []));
    this.places.set(at, (this.itemPlaces = []));
  }

  /** A value in the top-level mapping ended: a list in it is done. */
  closed(): void {
    if (this.top) this.items = undefined;
  }
}

/**
 * How far lines are counted from the top, over all the places asked for, before the lines' starts
 * are listed: the few places near the top a valid backlog needs cost no list of every line.
 */
const COUNTED_CHARS = 1 << 20;

/**
 * Offset in the text → file:line:column: lines counted from the top for the first places, then a
 * binary search over the lines' starts.
 */
export function offsetLocator(text: string, file: string): (offset: number) => SourceLocation {
  let lineStarts: number[] | undefined;
  let counted = 0;
  return (offset) => {
    if (lineStarts === undefined && (counted += Math.max(offset, 0)) <= COUNTED_CHARS) {
      let line = 1;
      let start = 0;
      for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
      }
      return { file, line, column: offset - start + 1 };
    }
    lineStarts ??= lineStartsOf(text);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { file, line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

/** The places of offsets that ascend, in one sweep over the lines; undefined if one goes back. */
export function placesInOrder(
  text: string,
  file: string,
  offsets: readonly number[],
): SourceLocation[] | undefined {
  const places = new Array<SourceLocation>(offsets.length);
  let line = 1;
  let start = 0;
  let next = text.indexOf('\n');
  for (let k = 0; k < offsets.length; k++) {
    const offset = offsets[k]!;
    if (offset < start) return undefined;
    while (next !== -1 && next < offset) {
      line++;
      start = next + 1;
      next = text.indexOf('\n', start);
    }
    places[k] = { file, line, column: offset - start + 1 };
  }
  return places;
}

function lineStartsOf(text: string): number[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return lineStarts;
}

function jsonLocator(text: string, file: string, first: Scan): Locate {
  const at = offsetLocator(text, file);
  const root = skipSpace(text, 0);
  // The first pass kept the top-level members and the items of the lists in them (the
  // sessions); any other list or mapping is scanned once, when a path first goes through it.
  const lists = first.lists;
  const mappings = new Map<number, Map<string, Member>>();
  if (first.top) mappings.set(root, first.top);
  const itemsAt = (from: number): number[] => {
    let found = lists.get(from);
    if (!found) lists.set(from, (found = itemsOf(text, from)));
    return found;
  };
  const membersAt = (from: number): Map<string, Member> => {
    let found = mappings.get(from);
    if (!found) mappings.set(from, (found = membersOf(text, from)));
    return found;
  };
  /** Where the value under `key` of the value at `from` starts; -1 when there is none. */
  const step = (from: number, key: PropertyKey): number => {
    const c = text.charCodeAt(from);
    if (c === 0x5b /* [ */) return typeof key === 'number' ? (itemsAt(from)[key] ?? -1) : -1;
    if (c === 0x7b /* { */)
      return typeof key === 'string' ? (membersAt(from).get(key)?.at ?? -1) : -1;
    return -1;
  };
  /** The deepest value on the path that exists: where it starts, and how far the path went. */
  const reach = (path: Path): { start: number; depth: number } => {
    let start = root;
    let depth = 0;
    for (; depth < path.length; depth++) {
      const next = step(start, path[depth]!);
      if (next < 0) break;
      start = next;
    }
    return { start, depth };
  };

  const locate: Locate = (path, key) => {
    const { start, depth } = reach(path);
    if (key !== undefined && depth === path.length && text.charCodeAt(start) === 0x7b) {
      const member = membersAt(start).get(key);
      if (member) return at(member.keyAt);
    }
    return at(start);
  };
  // The scan placed the items of the lists it kept (the sessions); any other list's are found.
  locate.items = (path) => {
    const { start, depth } = reach(path);
    if (depth < path.length || text.charCodeAt(start) !== 0x5b) return undefined;
    return first.places.get(start) ?? itemsAt(start).map(at);
  };
  return locate;
}
