// A backlog written as JSON is read with JSON.parse: the YAML parser builds a node for every
// value and needs over 600 MB for 100,000 sessions. Locations come from scanning the text, only
// as far as a path needs; the sessions' own offsets are found once.
import type { SourceLocation } from './model.js';

export type Path = readonly PropertyKey[];
/** Maps a data path to the closest value in the file; with `key`, to that key itself. */
export type Locate = (path: Path, key?: string) => SourceLocation;

/**
 * The data and a locator, or undefined when the text is not strict JSON (flow-style YAML, say)
 * or repeats a key, which JSON.parse would silently resolve: the YAML parser then reports it.
 */
export function readJson(
  text: string,
  file: string,
): { data: unknown; locate: Locate } | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const scanned = scan(text);
  if (scanned.repeats) return undefined;
  return { data, locate: jsonLocator(text, file, scanned) };
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

function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

interface Member {
  /** The index in a list, the key in a mapping. */
  key: number | string;
  keyAt?: number;
  at: number;
}

/** The members of the list or mapping that starts at `i`. */
function members(text: string, i: number): Member[] {
  const mapping = text[i] === '{';
  const found: Member[] = [];
  i = skipSpace(text, i + 1);
  if (text[i] === (mapping ? '}' : ']')) return found;
  for (;;) {
    if (mapping) {
      const end = skipString(text, i);
      const keyAt = i;
      const key = keyText(text, i, end);
      i = skipSpace(text, skipSpace(text, end) + 1);
      found.push({ key, keyAt, at: i });
    } else found.push({ key: found.length, at: i });
    i = skipSpace(text, skipValue(text, i));
    if (text[i] !== ',') return found;
    i = skipSpace(text, i + 1);
  }
}

interface Scan {
  /** A mapping repeats a key; JSON.parse keeps the last one without a word. */
  repeats: boolean;
  lineStarts: number[];
  /** The members of the top-level value and of the lists directly in it, by where each starts. */
  members: Map<number, Member[]>;
}

interface Frame {
  mapping: boolean;
  /** The keys met so far: a list while short, as most mappings are, a set past that. */
  keys?: string[] | Set<string>;
  /** Kept for the top-level value and the lists in it: every session is located. */
  members?: Member[];
  expectKey: boolean;
  key?: { text: string; at: number };
}

/** A set is dearer to build than a short list is to search. */
const SHORT_MAPPING = 16;

/** Adds `key` to a mapping's keys; false when it is already there. */
function addKey(frame: Frame, key: string): boolean {
  const keys = frame.keys!;
  if (Array.isArray(keys)) {
    if (keys.includes(key)) return false;
    keys.push(key);
    if (keys.length > SHORT_MAPPING) frame.keys = new Set(keys);
    return true;
  }
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
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
 * One pass over text that JSON.parse has accepted: repeated keys, where each line starts (a JSON
 * string holds no raw line break), and the members of the top-level value and its lists.
 */
function scan(text: string): Scan {
  const lineStarts = [0];
  const members = new Map<number, Member[]>();
  const frames: Frame[] = [];
  let frame: Frame | undefined;
  /** A value starts at `at`: a member of the frame, when the frame keeps them. */
  const value = (at: number) => {
    if (!frame) return;
    if (frame.members) {
      if (!frame.mapping) frame.members.push({ key: frame.members.length, at });
      else if (frame.key) frame.members.push({ key: frame.key.text, keyAt: frame.key.at, at });
    }
    frame.key = undefined;
  };
  const length = text.length;
  for (let i = 0; i < length;) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      lineStarts.push(++i);
      // Indentation, in one step: most of a pretty-printed file's characters outside strings.
      while (text.charCodeAt(i) === 0x20) i++;
    } else if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3a /* : */) {
      i++;
    } else if (c === 0x2c /* , */) {
      if (frame?.mapping) frame.expectKey = true;
      i++;
    } else if (c === 0x22 /* " */) {
      const end = skipString(text, i);
      if (frame?.mapping && frame.expectKey) {
        const key = keyText(text, i, end);
        if (!addKey(frame, key)) return { repeats: true, lineStarts, members };
        frame.key = { text: key, at: i };
        frame.expectKey = false;
      } else value(i);
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      value(i);
      const mapping = c === 0x7b;
      const keep = frames.length === 0 || (frames.length === 1 && !mapping);
      const next: Frame = { mapping, expectKey: mapping };
      if (mapping) next.keys = [];
      if (keep) members.set(i, (next.members = []));
      if (frame) frames.push(frame);
      frame = next;
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      frame = frames.pop();
      i++;
    } else {
      value(i);
      i = literalEnd(text, i + 1);
    }
  }
  return { repeats: false, lineStarts, members };
}

/** Offset in the text → file:line:column, by a binary search over the lines' starts. */
export function offsetLocator(
  text: string,
  file: string,
  lineStarts = lineStartsOf(text),
): (offset: number) => SourceLocation {
  return (offset) => {
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

function lineStartsOf(text: string): number[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return lineStarts;
}

function jsonLocator(text: string, file: string, first: Scan): Locate {
  const at = offsetLocator(text, file, first.lineStarts);
  const root = skipSpace(text, 0);
  // The first pass kept the members of the top-level value and its lists (the sessions); any
  // other list or mapping is scanned once, when a path first goes through it. A mapping's members
  // are looked up by key in an index, so N keys cost N, not N².
  const scanned = new Map<number, { list: Member[]; byKey?: Map<PropertyKey, Member> }>();
  const find = (from: number, key: PropertyKey): Member | undefined => {
    if (text[from] !== '{' && text[from] !== '[') return undefined;
    let found = scanned.get(from);
    if (!found)
      scanned.set(from, (found = { list: first.members.get(from) ?? members(text, from) }));
    if (typeof key === 'number' && text[from] === '[') return found.list[key];
    if (!found.byKey) {
      const byKey = new Map<PropertyKey, Member>();
      for (const m of found.list) if (!byKey.has(m.key)) byKey.set(m.key, m);
      found.byKey = byKey;
    }
    return found.byKey.get(key);
  };

  return (path, key) => {
    // The deepest value on the path that exists, and where it starts.
    let start = root;
    let depth = 0;
    for (; depth < path.length; depth++) {
      const member = find(start, path[depth]!);
      if (!member) break;
      start = member.at;
    }
    if (key !== undefined && depth === path.length && text[start] === '{') {
      const member = find(start, key);
      if (member?.keyAt !== undefined) return at(member.keyAt);
    }
    return at(start);
  };
}
