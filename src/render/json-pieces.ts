// JSON written as it is made: a plan of 100,000 sessions is 64 MB as one string, and twice that
// again as the buffer that writes it. The pieces join to exactly what JSON.stringify(value, null, 2)
// returns.

/** Pieces are gathered to about this many characters, so a write carries more than one value. */
const PIECE_CHARS = 64 * 1024;

/** Containers this deep and deeper are written by JSON.stringify whole, unless a long list. */
const WHOLE_DEPTH = 2;
/** A list this long is written an item at a time at any depth. */
const LONG_LIST = 256;

/** The text of JSON.stringify(value, null, 2), in pieces of about PIECE_CHARS. */
export function* jsonPieces(value: unknown): Generator<string> {
  let gathered = '';
  for (const piece of pieces(resolve(value, ''), '', 0)) {
    gathered += piece;
    if (gathered.length >= PIECE_CHARS) {
      yield gathered;
      gathered = '';
    }
  }
  if (gathered !== '') yield gathered;
}

/** What JSON.stringify writes nothing for in an object, and `null` for in an array. */
const skipped = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** A value after its toJSON, as JSON.stringify calls it: once, with its key. */
const resolve = (value: unknown, key: string): unknown =>
  hasToJson(value) ? value.toJSON(key) : value;

/** Whether JSON.stringify writes `value` whole at this depth. */
const isWhole = (value: unknown, depth: number) =>
  value === null ||
  typeof value !== 'object' ||
  (depth >= WHOLE_DEPTH && !(Array.isArray(value) && value.length >= LONG_LIST));

/**
 * Items of a list stringified together, at most: one call instead of one each, and a piece of
 * tens of kilobytes, which the write encodes in memory it reuses (a larger one is mapped afresh).
 */
const RUN_ITEMS = 64;

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (isWhole(value, depth)) {
    // Nested lines move right by the depth the value stands at; strings hold no raw line break.
    const text = JSON.stringify(value, null, 2);
    yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield `[\n${inner}`;
    for (let i = 0; i < value.length;) {
      if (i > 0) yield `,\n${inner}`;
      let end = i;
      while (end < value.length && end - i < RUN_ITEMS && runs(value[end], depth + 1)) end++;
      if (end > i) {
        yield items(value.slice(i, end), inner);
        i = end;
        continue;
      }
      const item = resolve(value[i], String(i));
      if (skipped(item)) yield 'null';
      else yield* pieces(item, inner, depth + 1);
      i++;
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [name, field] of Object.entries(value as object)) {
    const resolved = resolve(field, name);
    if (skipped(resolved)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(name)}: `;
    first = false;
    yield* pieces(resolved, inner, depth + 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** An item written whole with its neighbours: its toJSON would be called with another index. */
const runs = (item: unknown, depth: number) => isWhole(item, depth) && !hasToJson(item);

/** The text around one item of a list nested to a depth, by the depth's indent. */
const shells = new Map<number, { head: number; tail: number }>();

/**
 * Items of a list whose items stand at `inner`, as JSON.stringify writes them there, separators
 * included: stringified inside as many lists as the indent is deep, so no line is re-indented.
 */
function items(run: unknown[], inner: string): string {
  const levels = inner.length / 2 - 1;
  let shell = shells.get(levels);
  if (!shell) {
    const text = JSON.stringify(nest([0], levels), null, 2);
    shell = { head: text.indexOf('0'), tail: text.length - text.indexOf('0') - 1 };
    shells.set(levels, shell);
  }
  const text = JSON.stringify(nest(run, levels), null, 2);
  return text.slice(shell.head, text.length - shell.tail);
}

function nest(value: unknown[], levels: number): unknown[] {
  let nested = value;
  for (let i = 0; i < levels; i++) nested = [nested];
  return nested;
}

function hasToJson(value: unknown): value is { toJSON: (key: string) => unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}
