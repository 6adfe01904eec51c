// Most sessions.yaml files are a mapping of plain values and lists of one-line sessions: read in
// one pass over the text, with no event stream, no js-yaml and a place for every session. Any
// text this reader is not sure of (anchors, tags, block scalars, multi-line values, numbers
// spelled otherwise than 12, repeated keys…) is declined and read by the full readers instead.
import { offsetLocator, placesInOrder, type Locate, type Path } from './json.js';
import { offsetAlong } from './place.js';
import type { Place } from './yaml-events.js';

/** Thrown to give up on the text; caught once, at the top. */
const DECLINE = new Error('not the plain shape');
const decline = (): never => {
  throw DECLINE;
};

/**
 * Characters outside YAML's printable set, and those the readers may tell apart: C1 controls,
 * NEL, the line and paragraph separators and the byte order mark; a surrogate only in a pair.
 * Scalars are checked as they are scanned, comments and quoted text with this.
 */
const ODD =
  /[^\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\uD800-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Past a character of a plain scalar that is not printable ASCII: declines what ODD would. */
function wide(text: string, j: number): number {
  const c = text.charCodeAt(j);
  if (c >= 0xa0 && c <= 0xd7ff) return c === 0x2028 || c === 0x2029 ? decline() : j;
  if (c >= 0xe000 && c <= 0xfffd) return c === 0xfeff ? decline() : j;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(j + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return j + 1;
  }
  return decline();
}

/** What the core schema reads as a whole number or a float (js-yaml's own patterns). */
const CORE_INT = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$/;
const CORE_FLOAT =
  /^(?:[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** A whole number read exactly as written: no sign but `-`, no leading zero, no more than 15 digits. */
const PLAIN_INT = /^(?:0|-?[1-9][0-9]{0,14})$/;
const WORDS = new Map<string, boolean | null>([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['~', null],
]);

/** A plain scalar as the core schema resolves it; declines a number it does not read as 12. */
function resolvePlain(source: string): unknown {
  const c = source.charCodeAt(0);
  // Digits, signs and dots may be numbers; t, f, n and ~ may be words: the rest is text.
  if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
    if (PLAIN_INT.test(source)) return Number(source);
    return CORE_INT.test(source) || CORE_FLOAT.test(source) ? decline() : source;
  }
  if (
    c !== 0x74 &&
    c !== 0x54 &&
    c !== 0x66 &&
    c !== 0x46 &&
    c !== 0x6e &&
    c !== 0x4e &&
    c !== 0x7e
  )
    return source;
  const word = WORDS.get(source);
  return word === undefined ? source : word;
}

/** A key the data holds as written: a word that no schema reads as anything but text. */
function isWordStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x24;
}
function isWordChar(c: number): boolean {
  return isWordStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}
const MAX_KEY = 200;

/**
 * Where the key at `i` ends, at its `:` (followed by a space or the line's end), or -1: words
 * of letters, digits, `_`, `$` and `-`, one space between two, as in `Data Integrity:`.
 */
function keyEnd(text: string, i: number): number {
  if (!isWordStart(text.charCodeAt(i))) return -1;
  let j = i + 1;
  for (;;) {
    while (isWordChar(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 0x20 || !isWordChar(text.charCodeAt(j + 1))) break;
    j++;
  }
  if (text.charCodeAt(j) !== 0x3a || j - i > MAX_KEY) return -1;
  const after = text.charCodeAt(j + 1);
  return after === 0x20 || isEol(after) ? j : -1;
}

/**
 * A plain scalar may not start with an indicator: `-?:,[]{}#&*!|>'"%@` and the backquote; `-`
 * before a letter or digit is taken (`-1`, `-x`), the rest declined.
 */
function plainStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x2d) {
    const next = text.charCodeAt(i + 1);
    return (next >= 0x30 && next <= 0x39) || (next >= 0x61 && next <= 0x7a);
  }
  return !(
    c === 0x20 ||
    c === 0x3f ||
    c === 0x3a ||
    c === 0x2c ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0x7b ||
    c === 0x7d ||
    c === 0x23 ||
    c === 0x26 ||
    c === 0x2a ||
    c === 0x21 ||
    c === 0x7c ||
    c === 0x3e ||
    c === 0x27 ||
    c === 0x22 ||
    c === 0x25 ||
    c === 0x40 ||
    c === 0x60 ||
    c === 0x0a ||
    c === 0x0d ||
    Number.isNaN(c)
  );
}

const isEol = (c: number) => c === 0x0a || c === 0x0d || Number.isNaN(c);
/** The escapes JSON and YAML read alike; any other declines. */
const isJsonEscape = (c: number) =>
  c === 0x22 ||
  c === 0x5c ||
  c === 0x2f ||
  c === 0x62 ||
  c === 0x66 ||
  c === 0x6e ||
  c === 0x72 ||
  c === 0x74;

const skipSpaces = (text: string, i: number) => {
  while (text.charCodeAt(i) === 0x20) i++;
  return i;
};

/**
 * Each read returns its value and leaves where it ends in `end` and, when asked for places, its
 * place in `place`: nothing is allocated per value but the value itself.
 */
class Reader {
  /** The next content line not read yet: its first character past the indentation, -1 at the end. */
  cur = -1;
  /** Where that line starts. */
  curLine = 0;
  end = 0;
  place: Place | undefined;
  /** The keys last met, by their place in a mapping. */
  keys: string[] = [];
  /** The top-level sessions' list, once read. */
  sessions: Place | undefined;

  constructor(readonly text: string) {}

  /** Moves to the first line from `from` (a line's start) with content, past blanks and comments. */
  seek(from: number): void {
    const text = this.text;
    for (let line = from; line < text.length;) {
      const i = skipSpaces(text, line);
      const c = text.charCodeAt(i);
      if (c === 0x0a || c === 0x0d || c === 0x23 || i >= text.length) {
        const end = text.indexOf('\n', i);
        this.lineEnd(i, end === -1 ? text.length : end);
        if (end === -1) break;
        line = end + 1;
        continue;
      }
      this.cur = i;
      this.curLine = line;
      return;
    }
    this.cur = -1;
  }

  /** After a value at `i`: spaces, then a comment or the line's end; moves to the next line. */
  endLine(i: number): void {
    const text = this.text;
    const start = i;
    i = skipSpaces(text, i);
    const c = text.charCodeAt(i);
    if ((c === 0x23 && i > start) || c === 0x0d) {
      const end = text.indexOf('\n', i);
      this.lineEnd(i, end === -1 ? text.length : end);
      i = end === -1 ? text.length : end;
    } else if (!isEol(c)) decline();
    this.seek(i + 1);
  }

  /** A comment or line end from `i` to the line feed at `end`: printable, CR only before LF. */
  lineEnd(i: number, end: number): void {
    const text = this.text;
    if (text.charCodeAt(end) === 0x0a && text.charCodeAt(end - 1) === 0x0d) end--;
    if (end > i && ODD.test(text.slice(i, end))) decline();
  }

  /** A key at `i`, then `:` and a space or the line's end; `end` is at the `:`. */
  key(i: number, nth: number): string {
    const text = this.text;
    // Sessions spell the same keys in the same order: the one met in this place last time,
    // when it is there again, is taken without a new string to make and to intern.
    const last = this.keys[nth];
    if (last !== undefined && text.startsWith(last, i)) {
      const j = i + last.length;
      const after = text.charCodeAt(j + 1);
      if (text.charCodeAt(j) === 0x3a && (after === 0x20 || isEol(after))) {
        this.end = j;
        return last;
      }
    }
    const j = keyEnd(text, i);
    if (j < 0) decline();
    const name = text.slice(i, j);
    const c = name.charCodeAt(0);
    if (c === 0x5f ? name === '__proto__' : j - i <= 5 && WORDS.has(name)) decline();
    this.end = j;
    if (nth < 32) this.keys[nth] = name;
    return name;
  }

  /** A one-line quoted scalar at `i`. */
  quoted(i: number): string {
    const text = this.text;
    if (text.charCodeAt(i) === 0x27) {
      // To the first quote not doubled; the text between is checked once, a line break in it
      // declined with the rest, so a line of many quotes is read in one pass.
      let close = i;
      for (;;) {
        close = text.indexOf("'", close + 1);
        if (close === -1) return decline();
        if (text.charCodeAt(close + 1) !== 0x27) break;
        close++;
      }
      const raw = text.slice(i + 1, close);
      if (ODD.test(raw)) decline();
      this.end = close + 1;
      return raw.includes("''") ? raw.replace(/''/g, "'") : raw;
    }
    let escaped = false;
    for (let j = i + 1; ; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) {
        const raw = text.slice(i, j + 1);
        if (ODD.test(raw)) decline();
        this.end = j + 1;
        return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      }
      if (isEol(c)) return decline();
      if (c === 0x5c) {
        const next = text.charCodeAt(j + 1);
        if (next === 0x75) {
          // \uXXXX outside the surrogates: one code point, the same to both.
          const hex = text.slice(j + 2, j + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex) || /^[dD][89a-fA-F]/.test(hex)) return decline();
          j += 5;
        } else if (isJsonEscape(next)) j++;
        else return decline();
        escaped = true;
      }
    }
  }

  /** A plain or quoted scalar from `i` to the line's end (a block value or list item). */
  blockScalar(i: number, places: boolean): unknown {
    const text = this.text;
    const c = text.charCodeAt(i);
    this.place = places ? { at: i } : undefined;
    if (c === 0x27 || c === 0x22) return this.quoted(i);
    if (!plainStart(text, i)) decline();
    let end = i;
    for (let j = i; ; j++) {
      const d = text.charCodeAt(j);
      if (isEol(d)) break;
      if (d < 0x20 || d > 0x7e) j = wide(text, j);
      else if (d === 0x3a) {
        const next = text.charCodeAt(j + 1);
        if (next === 0x20 || isEol(next)) decline();
      } else if (d === 0x23 && text.charCodeAt(j - 1) === 0x20) break;
      if (d !== 0x20) end = j + 1;
    }
    this.end = end;
    return resolvePlain(text.slice(i, end));
  }

  /** A plain scalar inside `[…]` or `{…}`: up to `,`, `]` or `}`, on the same line. */
  flowPlain(i: number): unknown {
    const text = this.text;
    if (!plainStart(text, i)) decline();
    let end = i;
    for (let j = i; ; j++) {
      const d = text.charCodeAt(j);
      if (d === 0x2c || d === 0x5d || d === 0x7d) break;
      if (isEol(d) || d === 0x5b || d === 0x7b) decline();
      if (d < 0x20 || d > 0x7e) j = wide(text, j);
      else if (d === 0x3a) {
        const next = text.charCodeAt(j + 1);
        if (next === 0x20 || next === 0x2c || next === 0x5d || next === 0x7d || isEol(next))
          decline();
      } else if (d === 0x23 && text.charCodeAt(j - 1) === 0x20) decline();
      if (d !== 0x20) end = j + 1;
    }
    this.end = end;
    return resolvePlain(text.slice(i, end));
  }

  /** A value inside a flow collection. */
  flowValue(i: number, places: boolean, depth: number): unknown {
    const c = this.text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) return this.flow(i, places, depth + 1);
    this.place = places ? { at: i } : undefined;
    return c === 0x27 || c === 0x22 ? this.quoted(i) : this.flowPlain(i);
  }

  /** A `{…}` or `[…]` that closes on its own line, of scalars and such collections. */
  flow(at: number, places: boolean, depth: number): unknown {
    const text = this.text;
    if (depth > 4) decline();
    let i = skipSpaces(text, at + 1);
    if (text.charCodeAt(at) === 0x5b) {
      const list: unknown[] = [];
      const items: Place[] | undefined = places ? [] : undefined;
      if (text.charCodeAt(i) !== 0x5d)
        for (;;) {
          list.push(this.flowValue(i, places, depth));
          if (items) items.push(this.place!);
          i = skipSpaces(text, this.end);
          const c = text.charCodeAt(i);
          if (c === 0x5d) break;
          if (c !== 0x2c) decline();
          i = skipSpaces(text, i + 1);
        }
      this.end = i + 1;
      this.place = items && { at, items };
      return list;
    }
    const map: Record<string, unknown> = {};
    const keys: Place['keys'] = places ? new Map() : undefined;
    let nth = 0;
    if (text.charCodeAt(i) !== 0x7d)
      for (;;) {
        const keyAt = i;
        const name = this.key(i, nth++);
        const colon = this.end;
        if (text.charCodeAt(colon + 1) !== 0x20 || Object.hasOwn(map, name)) decline();
        map[name] = this.flowValue(skipSpaces(text, colon + 1), places, depth);
        if (keys) keys.set(name, { key: keyAt, value: this.place! });
        i = skipSpaces(text, this.end);
        const c = text.charCodeAt(i);
        if (c === 0x7d) break;
        if (c !== 0x2c) decline();
        i = skipSpaces(text, i + 1);
      }
    this.end = i + 1;
    this.place = keys && { at, keys };
    return map;
  }

  /** A value after `key:` on its line: a scalar or a one-line flow collection; then the next line. */
  inline(i: number, places: boolean): unknown {
    const c = this.text.charCodeAt(i);
    const value = c === 0x7b || c === 0x5b ? this.flow(i, places, 1) : this.blockScalar(i, places);
    this.endLine(this.end);
    return value;
  }

  /**
   * One list item from `i` (past its `- `), to the line before the next item: a flow collection
   * or scalar on its line, or a mapping whose keys stand at the column of its first one.
   */
  item(i: number, places: boolean, depth: number): unknown {
    // A key followed by `:` and a space starts a mapping; anything else is a scalar.
    return keyEnd(this.text, i) < 0 ? this.inline(i, places) : this.mapping(i, places, depth + 1);
  }

  /**
   * A block mapping from its first key at `i`, to the line before one that stands left of it.
   * `entries`, at the top level only: the sessions' list is read without places but where
   * each item starts, the rest found again for an entry when a path first goes into it.
   */
  mapping(i: number, places: boolean, depth: number, entries?: number[]): unknown {
    const text = this.text;
    if (depth > MAX_NESTING) decline();
    const column = i - this.curLine;
    const map: Record<string, unknown> = {};
    const keys: Place['keys'] = places ? new Map() : undefined;
    let nth = 0;
    for (let keyAt = i; ;) {
      const name = this.key(keyAt, nth++);
      const colon = this.end;
      if (Object.hasOwn(map, name)) decline();
      const isSessions = entries !== undefined && name === 'sessions';
      const v = skipSpaces(text, colon + 1);
      const first = text.charCodeAt(v);
      let value: unknown = null;
      let place: Place | undefined = places ? { at: keyAt } : undefined;
      if (!isEol(first) && first !== 0x23) {
        if (isSessions) decline();
        value = this.inline(v, places);
        place = this.place;
      } else {
        // An empty value: a list or mapping on the lines below, or null.
        this.endLine(colon + 1);
        const below = this.cur === -1 ? -1 : this.cur - this.curLine;
        if (below >= column && text.charCodeAt(this.cur) === 0x2d) {
          value = this.list(
            below,
            places && !isSessions,
            depth + 1,
            isSessions ? entries : undefined,
          );
          place = this.place;
          if (isSessions) this.sessions = place;
        } else if (below > column) {
          if (isSessions) decline();
          value = this.mapping(this.cur, places, depth + 1);
          place = this.place;
        }
      }
      map[name] = value;
      if (keys) keys.set(name, { key: keyAt, value: place! });
      if (this.cur === -1) break;
      const indent = this.cur - this.curLine;
      if (indent < column) break;
      if (indent > column || text.charCodeAt(this.cur) === 0x2d) decline();
      keyAt = this.cur;
    }
    this.place = keys && { at: i, keys };
    return map;
  }

  /** A block list whose `-` stand at `indent`, from the current line. */
  list(indent: number, places: boolean, depth: number, entries?: number[]): unknown[] {
    const text = this.text;
    const at = this.cur;
    const value: unknown[] = [];
    const items: Place[] = [];
    for (;;) {
      const dash = this.cur;
      if (text.charCodeAt(dash + 1) !== 0x20) decline();
      const i = skipSpaces(text, dash + 2);
      const c = text.charCodeAt(i);
      if (isEol(c) || c === 0x23) decline();
      if (entries) entries.push(i);
      value.push(this.item(i, places, depth));
      if (places) items.push(this.place!);
      if (this.cur === -1) break;
      const next = this.cur - this.curLine;
      if (next === indent && text.charCodeAt(this.cur) === 0x2d) continue;
      // Left of the dashes, or a key at their column (a list may stand at its key's column):
      // the mapping around says whether that line is its own.
      if (next < indent || (next === indent && text.charCodeAt(this.cur) !== 0x2d)) break;
      decline();
    }
    this.place = places ? { at, items } : { at };
    return value;
  }
}

/** Deeper than a backlog nests in this shape: well within the rules' MAX_DEPTH. */
const MAX_NESTING = 12;
/** The depth the top-level list's items are read at: an entry read again is read alike. */
const ENTRY_DEPTH = 1;

/**
 * The data and places of a backlog in the plain shape, as readLargeYaml gives them; undefined
 * for any other text, which the full readers then read.
 */
export function readPlainYaml(
  text: string,
  file: string,
): { data: unknown; locate: Locate } | undefined {
  const reader = new Reader(text);
  const entries: number[] = [];
  try {
    reader.seek(0);
    // A mapping at the top, from the first column: a bare list or a scalar is not this shape.
    if (reader.cur === -1 || reader.cur !== reader.curLine) return undefined;
    const data = reader.mapping(reader.cur, true, ENTRY_DEPTH - 1, entries);
    if (reader.cur !== -1) decline();
    return { data, locate: plainLocator(text, file, reader.place!, reader.sessions, entries) };
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

function plainLocator(
  text: string,
  file: string,
  root: Place,
  sessions: Place | undefined,
  entries: number[],
): Locate {
  const at = offsetLocator(text, file);
  // A session's own keys and values are placed when a problem there first needs them, by
  // reading that one entry again.
  const entryPlaces = new Map<number, Place>();
  const entryPlace = (index: number): Place | undefined => {
    const offset = entries[index];
    if (offset === undefined) return undefined;
    let place = entryPlaces.get(index);
    if (!place) {
      const reader = new Reader(text);
      reader.cur = offset;
      reader.curLine = text.lastIndexOf('\n', offset - 1) + 1;
      reader.item(offset, true, ENTRY_DEPTH);
      place = reader.place!;
      entryPlaces.set(index, place);
    }
    return place;
  };
  const locate: Locate = (path: Path, key?: string) => {
    const index = path[path.length - 1];
    if (
      key === undefined &&
      typeof index === 'number' &&
      path.length === 2 &&
      path[0] === 'sessions'
    ) {
      const offset = entries[index];
      if (offset !== undefined) return at(offset);
    }
    return at(
      offsetAlong(root, path, key, (list, step) =>
        list === sessions ? entryPlace(step) : list.items?.[step],
      ),
    );
  };
  // Every session's place, for the checks and the model: one sweep down the file.
  locate.items = (path) =>
    path.length === 1 && path[0] === 'sessions' ? placesInOrder(text, file, entries) : undefined;
  return locate;
}
