// The `yaml` reader, for backlogs that are not strict JSON and not large: it places every key
// and value exactly, so each problem points at file:line:column. Loaded only for such a file.
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Diagnostic, SourceLocation } from './model.js';
import type { Locate, Path } from './json.js';
import * as rules from './yaml-rules.js';

/** The YAML parser, for everything that is not strict JSON; errors point at line and column. */
export function readYaml(
  text: string,
  file: string,
): { data: unknown; locate: Locate } | { errors: Diagnostic[] } {
  const cr = rules.loneCarriageReturn(text, file);
  if (cr) return { errors: [cr] };
  const lineCounter = new LineCounter();
  // The core schema keeps `2026-11-25` and `yes` as text even under a `%YAML 1.1` directive.
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    // Checked below in one pass: the parser's own check compares every key with every other.
    uniqueKeys: false,
    schema: 'core',
  });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) =>
        // The parser recurses once per level; past a few thousand levels it runs out of stack.
        /Maximum call stack size exceeded/.test(error.message)
          ? {
              severity: 'error',
              message: 'the file nests lists or mappings too deeply to be read',
              fix: 'A backlog nests a few levels at most: sessions, a session, its keys.',
              location: at(error.pos[0]),
            }
          : {
              severity: 'error',
              message:
                error.code === 'MULTIPLE_DOCS'
                  ? rules.TWO_DOCUMENTS
                  : `invalid YAML: ${firstLine(error.message)}`,
              fix:
                error.code === 'DUPLICATE_KEY'
                  ? 'Remove or rename the repeated key.'
                  : error.code === 'MULTIPLE_DOCS'
                    ? 'Keep one document: remove the `---` lines that start another.'
                    : 'Fix the syntax; a YAML linter shows the exact spot.',
              location: at(error.pos[0]),
            },
      ),
    };
  }
  const directive = rules.tagDirective(
    text,
    (doc.contents as Node | null)?.range?.[0] ?? text.length,
  );
  if (directive) return { errors: rules.structureDiagnostics([directive], at) };
  const problems = structureCheck(doc, text);
  if (problems.length > 0) return { errors: rules.structureDiagnostics(problems, at) };
  try {
    return { data: toData(doc.contents, new Map()), locate: locator(doc, at, file) };
  } catch (error) {
    return {
      errors: [
        {
          severity: 'error',
          message: `the file cannot be read as data: ${firstLine(error instanceof Error ? error.message : String(error))}`,
          fix: 'Write the values out instead of expanding anchors and aliases.',
          location: { file, line: 1, column: 1 },
        },
      ],
    };
  }
}

/**
 * The rules of yaml-rules.ts, in one pass over the document: keys are plain text, once per mapping
 * (compared as text, so `1:` and `"1":` are the same key, as they are in the data), no merge keys,
 * no explicit tag but `!!str` and `!!int`, no deeper than MAX_DEPTH, and aliases that expand to
 * no more than the alias budget, counted in document order.
 */
function structureCheck(doc: Document, text: string): rules.StructureProblem[] {
  const problems: rules.StructureProblem[] = [];
  const offset = (node: unknown) => (node as Node | null)?.range?.[0] ?? 0;
  const anchors = new Map<string, { values: number; chars: number }>();
  const budget = new rules.AliasBudget();
  let bombed = false;
  /** The values and characters under `node`, and every rule on the way. */
  const walk = (node: unknown, depth: number): { values: number; chars: number } => {
    let size = { values: 1, chars: 0 };
    if (isAlias(node)) {
      size = anchors.get(node.source) ?? { values: 1, chars: 0 };
      // An anchor is known once its node is whole: an alias inside it would stand for nothing.
      if (!anchors.has(node.source))
        problems.push({ offset: offset(node), message: rules.undefinedAlias(node.source) });
      else if (!bombed && !budget.add(size)) {
        bombed = true;
        problems.push({ offset: offset(node), message: rules.ALIAS_BOMB });
      }
      return size;
    }
    if (isScalar(node)) {
      size = { values: 1, chars: scalarText(node.value).length };
      if (node.tag !== undefined) {
        const problem = rules.tagProblem(
          node.tag,
          'scalar',
          typeof node.source === 'string' ? node.source : text,
        );
        if (problem) problems.push({ offset: offset(node), message: problem });
      }
    } else if (isMap(node) || isSeq(node)) {
      if (node.tag !== undefined) {
        const problem = rules.tagProblem(node.tag, 'collection', '');
        if (problem) problems.push({ offset: offset(node), message: problem });
      }
      // The outermost collection past the limit is reported, and nothing inside it is read.
      if (depth > rules.MAX_DEPTH) {
        problems.push({ offset: offset(node), message: rules.TOO_DEEP });
        return size;
      }
      const seen = new Set<string>();
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          const key = item.key;
          if (key === null || (isScalar(key) && key.value === null))
            problems.push({
              offset:
                key?.range && key.range[0] === key.range[1]
                  ? emptyKeyPlace(text, offset(key))
                  : offset(key),
              message: rules.NULL_KEY,
            });
          else if (!isScalar(key))
            problems.push({ offset: offset(key), message: rules.COMPLEX_KEY });
          else if (key.value === '<<')
            problems.push({ offset: offset(key), message: rules.MERGE_KEY });
          else if (seen.has(String(key.value)))
            problems.push({ offset: offset(key), message: rules.DUPLICATE_KEY });
          else seen.add(String(key.value));
          const k = walk(key, depth + 1);
          const v = walk(item.value, depth + 1);
          size = {
            values: size.values + k.values + v.values,
            chars: size.chars + k.chars + v.chars,
          };
        } else {
          const v = walk(item, depth + 1);
          size = { values: size.values + v.values, chars: size.chars + v.chars };
        }
      }
    } else if (node === null || node === undefined) {
      return { values: 0, chars: 0 };
    }
    const anchor = (node as { anchor?: unknown }).anchor;
    if (typeof anchor === 'string') anchors.set(anchor, size);
    return size;
  };
  walk(doc.contents, 1);
  return problems;
}

/** Where an empty key stands: its `?` when it has one, else the `:` of its value. */
function emptyKeyPlace(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '?' ? i : rules.emptyKeyAt(text, offset);
}

/**
 * The document's data, as `toJS` builds it: the parser's own finds each alias's anchor by
 * searching the document, N² for N aliases; here anchors are remembered as they are met. The
 * document has passed structureCheck, so it is shallow, and every key is a scalar.
 */
function toData(node: unknown, anchors: Map<string, unknown>): unknown {
  if (isAlias(node)) return anchors.get(node.source);
  let value: unknown = null;
  if (isScalar(node)) value = node.value;
  else if (isSeq(node)) value = node.items.map((item) => toData(item, anchors));
  else if (isMap(node)) {
    const object: Record<string, unknown> = {};
    for (const pair of node.items) {
      const name = scalarText(toData(pair.key, anchors));
      // An own property even for `__proto__`, which plain assignment would turn into a prototype.
      Object.defineProperty(object, name, {
        value: toData(pair.value, anchors),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    value = object;
  }
  const anchor = (node as { anchor?: unknown } | null)?.anchor;
  if (typeof anchor === 'string') anchors.set(anchor, value);
  return value;
}

/** Maps a data path to the closest node in the document; with `key`, to that key itself. */
function locator(doc: Document, at: (offset: number) => SourceLocation, file: string): Locate {
  // A mapping's keys are indexed the first time a path goes through it: the parser's own lookup
  // reads every key, and locating each of N categories would read N² of them.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairIn = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        if (!isScalar(item.key)) continue;
        const name = String(item.key.value);
        if (!index.has(name)) index.set(name, item);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };
  const nodeAt = (path: Path, depth: number): unknown => {
    let node: unknown = doc.contents;
    for (let i = 0; i < depth; i++) {
      const step = path[i]!;
      if (isSeq(node) && typeof step === 'number') node = node.items[step];
      else if (isMap(node)) node = pairIn(node, String(step))?.value;
      else return undefined;
    }
    return node;
  };
  // Session entries are located for every session, so they are found once and remembered.
  const list = isSeq(doc.contents) ? doc.contents : nodeAt(['sessions'], 1);
  const entries = isSeq(list) ? list.items : [];
  const entryLocations: SourceLocation[] = [];
  const entryIndex = (path: Path): number | undefined => {
    const last = path[path.length - 1];
    if (typeof last !== 'number') return undefined;
    if (path.length === 1 && isSeq(doc.contents)) return last;
    if (path.length === 2 && path[0] === 'sessions') return last;
    return undefined;
  };

  return (path, key) => {
    const index = key === undefined ? entryIndex(path) : undefined;
    if (index !== undefined) {
      const range = (entries[index] as Node | undefined)?.range;
      if (range) return (entryLocations[index] ??= at(range[0]));
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(path, depth);
      if (!node || typeof node !== 'object' || !('range' in node)) continue;
      if (key !== undefined && depth === path.length && isMap(node)) {
        const keyNode = pairIn(node, key)?.key as Node | undefined;
        if (keyNode?.range) return at(keyNode.range[0]);
      }
      const range = (node as Node).range;
      if (range) return at(range[0]);
    }
    return { file, line: 1, column: 1 };
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** A scalar as the text it was read as: strings, numbers and booleans; anything else is empty. */
function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
