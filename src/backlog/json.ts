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
  if (repeatsAKey(text)) return undefined;
  return { data, locate: jsonLocator(text, file) };
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** From the opening quote to just past the closing one. */
function skipString(text: string, i: number): number {
  for (i++; ;) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    i += c === 0x5c ? 2 : 1;
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
  while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  return i;
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

/** Whether any mapping repeats a key; JSON.parse keeps the last one without a word. */
function repeatsAKey(text: string): boolean {
  const open: (Set<string> | undefined)[] = [];
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '"') {
      const end = skipString(text, i);
      const keys = open[open.length - 1];
      if (keys && text[skipSpace(text, end)] === ':') {
        const key = keyText(text, i, end);
        if (keys.has(key)) return true;
        keys.add(key);
      }
      i = end;
      continue;
    }
    if (c === '{') open.push(new Set());
    else if (c === '[') open.push(undefined);
    else if (c === '}' || c === ']') open.pop();
    i++;
  }
  return false;
}

/** Offset in the text → file:line:column, by a binary search over the lines' starts. */
export function offsetLocator(text: string, file: string): (offset: number) => SourceLocation {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
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

function jsonLocator(text: string, file: string): Locate {
  const at = offsetLocator(text, file);
  const root = skipSpace(text, 0);
  // Lists and mappings are scanned once each, when a path first goes through them: locating
  // every session, or every category, then costs one pass over the list, not one per entry.
  // A mapping's members are looked up by key in an index, so N keys cost N, not N².
  const scanned = new Map<number, { list: Member[]; byKey: Map<PropertyKey, Member> }>();
  const find = (from: number, key: PropertyKey): Member | undefined => {
    if (text[from] !== '{' && text[from] !== '[') return undefined;
    let found = scanned.get(from);
    if (!found) {
      const list = members(text, from);
      const byKey = new Map<PropertyKey, Member>();
      for (const m of list) if (!byKey.has(m.key)) byKey.set(m.key, m);
      scanned.set(from, (found = { list, byKey }));
    }
    return typeof key === 'number' && text[from] === '[' ? found.list[key] : found.byKey.get(key);
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
