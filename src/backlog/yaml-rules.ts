// One reading of YAML: the rules both readers (`yaml` for small files, js-yaml's events for large
// ones) hold a document to before its data is built, worded once, so a file gets the same verdict,
// the same messages and the same places whichever reader its size picks.
import type { Diagnostic, SourceLocation } from './model.js';

/** Values that aliases may add in all: a backlog has no use for more, a billion laughs does. */
export const MAX_EXPANDED_NODES = 10_000;
/** Characters that aliases may add in all: as much as a whole backlog file may hold. */
export const MAX_EXPANDED_CHARS = 2 * 1024 * 1024;
/** Deeper than any backlog nests: sessions, a session, its keys, a list in it. */
export const MAX_DEPTH = 64;
/** Problems of structure reported for one file; the first ones by place. */
export const MAX_STRUCTURE_PROBLEMS = 100;

const CORE = 'tag:yaml.org,2002:';

/** A tag as a person writes it: `!!str` for the core schema's, else as it was resolved. */
export function shortTag(tag: string): string {
  const verbatim = /^!<(.*)>$/.exec(tag);
  const name = verbatim ? verbatim[1]! : tag;
  return name.startsWith(CORE) ? `!!${name.slice(CORE.length)}` : name;
}

/**
 * The problem with an explicit tag, if any: only the core schema's `!!str` and `!!int` are read,
 * on plain values (`!!int` on a whole number); any other tag would mean something the data
 * cannot hold, or would be read differently by another YAML parser.
 */
export function tagProblem(
  tag: string,
  kind: 'scalar' | 'collection',
  value: string,
): string | undefined {
  const short = shortTag(tag);
  if (kind === 'scalar' && short === '!!str') return undefined;
  if (kind === 'scalar' && short === '!!int') {
    return /^[-+]?[0-9]+$/.test(value.trim())
      ? undefined
      : `the tag !!int needs a whole number, got ${JSON.stringify(value.slice(0, 40))}`;
  }
  return `the tag ${short.slice(0, 60)} is not supported: write the value without it (only !!str and !!int are read)`;
}

export const MERGE_KEY = 'merge keys are not supported: write the fields out';
export const DUPLICATE_KEY = 'invalid YAML: Map keys must be unique';
export const COMPLEX_KEY =
  'invalid YAML: a key must be plain text, not a list, a mapping or an alias';
export const TOO_DEEP = 'the file nests lists or mappings too deeply to be read';
export const ALIAS_BOMB = 'the file cannot be read as data: its aliases expand to too many values';
export const TWO_DOCUMENTS = 'the file holds more than one YAML document';
export const NULL_KEY = 'invalid YAML: a key must be text, not empty or null';
export const TAG_DIRECTIVE =
  '%TAG directives are not supported: write the tags out (only !!str and !!int are read)';

/** An alias names an anchor that has not been met, or whose node it stands in. */
export function undefinedAlias(name: string): string {
  return `invalid YAML: alias "*${name.slice(0, 60)}" names no anchor before it`;
}
const UNDEFINED_ALIAS = /^invalid YAML: alias ".*" names no anchor before it$/;

const FIX: Record<string, string> = {
  [MERGE_KEY]: 'Copy the fields of the anchored mapping into each place that uses `<<:`.',
  [DUPLICATE_KEY]: 'Remove or rename the repeated key.',
  [COMPLEX_KEY]: 'Write the key as text.',
  [TOO_DEEP]: 'A backlog nests a few levels at most: sessions, a session, its keys.',
  [ALIAS_BOMB]: 'Write the values out instead of expanding anchors and aliases.',
  [TWO_DOCUMENTS]: 'Keep one document: remove the `---` lines that start another.',
  [NULL_KEY]: 'Write the key as text; quote it if it must read `null` or `~`.',
  [TAG_DIRECTIVE]: 'Remove the `%TAG` line and write values without tags.',
};

/**
 * A carriage return not followed by a line feed: `yaml` reads it as a line break, js-yaml as part
 * of the line, so a key could hide in a comment for one reader and not the other.
 */
export function loneCarriageReturn(text: string, file: string): Diagnostic | undefined {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text[i + 1] === '\n') continue;
    const lineStart = text.lastIndexOf('\n', i) + 1;
    let line = 1;
    for (let j = text.indexOf('\n'); j !== -1 && j < i; j = text.indexOf('\n', j + 1)) line++;
    const column = i - lineStart + 1;
    return {
      severity: 'error',
      message: `a carriage return without a line feed at ${line}:${column}: save the file with LF or CRLF line endings`,
      fix: 'Save the file with LF or CRLF line endings.',
      location: { file, line, column },
    };
  }
  return undefined;
}

/**
 * Where an empty key stands: the first `?` or `:` from `from` on, past spaces, comments and flow
 * punctuation; `from` when another character comes first.
 */
export function emptyKeyAt(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (/[\s,{}[\]"'-]/.test(c)) i++;
    else break;
  }
  return text[i] === '?' || text[i] === ':' ? i : from;
}

/**
 * The first `%TAG` directive before the document's first node (`before`): a handle may rename
 * `!!str` to anything, so tags are read only as the core schema writes them, and no directive
 * may redefine them.
 */
export function tagDirective(text: string, before: number): StructureProblem | undefined {
  const head = text.slice(0, Math.max(0, before));
  const found = /^%TAG[ \t]/m.exec(head);
  return found ? { offset: found.index, message: TAG_DIRECTIVE } : undefined;
}

/** One problem of structure, found at an offset of the text. */
export interface StructureProblem {
  offset: number;
  message: string;
}

/** The first problems by place, as diagnostics. */
export function structureDiagnostics(
  problems: StructureProblem[],
  at: (offset: number) => SourceLocation,
): Diagnostic[] {
  return problems
    .sort((a, b) => a.offset - b.offset)
    .slice(0, MAX_STRUCTURE_PROBLEMS)
    .map(({ offset, message }) => ({
      severity: 'error',
      message,
      fix:
        FIX[message] ??
        (UNDEFINED_ALIAS.test(message)
          ? 'Define the anchor (`&name`) on a value before the alias (`*name`) that repeats it.'
          : 'Write the value without a tag; quote it if it must stay text.'),
      location: at(offset),
    }));
}

/**
 * What the aliases of a document expand to, counted as they are met in document order: values
 * and characters. `add` returns the offset to report when a bound is passed.
 */
export class AliasBudget {
  private values = 0;
  private chars = 0;

  /** False once the aliases expand to more than either bound. */
  add(size: { values: number; chars: number }): boolean {
    this.values += size.values;
    this.chars += size.chars;
    return this.values <= MAX_EXPANDED_NODES && this.chars <= MAX_EXPANDED_CHARS;
  }
}
