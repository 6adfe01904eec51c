// A large YAML backlog is read from js-yaml's event stream: the `yaml` Document keeps a node for
// every value and needs over 512 MB for 100,000 sessions, the event stream under 200 MB. Each
// session's place is found in one pass; any other place only when a problem needs it.
import { constructFromEvents, CORE_SCHEMA, parseEvents, YAMLException, type Event } from 'js-yaml';
import type { Diagnostic, SourceLocation } from './model.js';
import { offsetLocator, type Locate, type Path } from './json.js';
import { secondDocument, structureProblems } from './event-rules.js';
import { offsetAlong } from './place.js';
import { firstNode, placeTree, type Place } from './yaml-events.js';
import { loneCarriageReturn, MAX_DEPTH, structureDiagnostics, tagDirective } from './yaml-rules.js';

export { LARGE_YAML_CHARS } from './limits.js';

/** The parser refuses past this depth instead of running out of stack; MAX_DEPTH is the rule. */
const PARSER_DEPTH = MAX_DEPTH * 4;

export function readLargeYaml(
  text: string,
  file: string,
): { data: unknown; locate: Locate } | { errors: Diagnostic[] } {
  const at = offsetLocator(text, file);
  let data: unknown;
  let entries: number[];
  let outline: Place;
  const cr = loneCarriageReturn(text, file);
  if (cr) return { errors: [cr] };
  try {
    const events = parseEvents(text, { filename: file, maxDepth: PARSER_DEPTH });
    // The rules both readers share, before anything is built: js-yaml counts aliases, not what
    // they expand to, and reads tags and merge keys the small reader does not.
    const second = secondDocument(text, events);
    if (second !== undefined) return { errors: structureDiagnostics([second], at) };
    const directive = tagDirective(text, firstNode(events) ?? text.length);
    if (directive) return { errors: structureDiagnostics([directive], at) };
    const problems = structureProblems(text, events);
    if (problems.length > 0) return { errors: structureDiagnostics(problems, at) };
    const documents = constructFromEvents(events, {
      source: text,
      filename: file,
      schema: CORE_SCHEMA,
      // Bounded above by what they expand to; counting them would refuse an honest file.
      maxAliases: -1,
    });
    data = documents[0];
    ({ entries, tree: outline } = firstPass(text, events, Array.isArray(data)));
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const mark = error.mark;
    const location = mark ? at(mark.position) : { file, line: 1, column: 1 };
    if (/depth/i.test(error.reason)) {
      return problem(
        location,
        'the file nests lists or mappings too deeply to be read',
        'A backlog nests a few levels at most: sessions, a session, its keys.',
      );
    }
    return problem(
      location,
      `invalid YAML: ${error.reason}`,
      /duplicated mapping key/.test(error.reason)
        ? 'Remove or rename the repeated key.'
        : 'Fix the syntax; a YAML linter shows the exact spot.',
    );
  }

  // Inside a session, places come from a tree of every node, built by a second parse when a
  // problem there needs one; everywhere else the first pass's outline has them.
  let tree: Place | undefined;
  const topIsList = Array.isArray(data);
  const places = (path: Path) =>
    insideEntry(path, topIsList)
      ? (tree ??= placeTree(
          text,
          parseEvents(text, { filename: file, maxDepth: PARSER_DEPTH }),
          () => true,
        ))
      : outline;
  return {
    data,
    locate: (path: Path, key?: string) => {
      const index = path[path.length - 1];
      const isEntry =
        key === undefined &&
        typeof index === 'number' &&
        (topIsList ? path.length === 1 : path.length === 2 && path[0] === 'sessions');
      if (isEntry && entries[index] !== undefined) return at(entries[index]);
      return at(offsetAlong(places(key === undefined ? path : [...path, key]), path, key));
    },
  };
}

function problem(location: SourceLocation, message: string, fix: string) {
  return { errors: [{ severity: 'error' as const, message, fix, location }] };
}

/** A session entry, or anything within one: `sessions[i]…`, or `[i]…` in a bare list. */
function insideEntry(path: Path, topIsList: boolean): boolean {
  return topIsList ? path.length > 1 : path.length > 2 && path[0] === 'sessions';
}

/**
 * Where each item of the sessions list starts (the top-level list, or `sessions:`'s), and the
 * places of everything outside the entries: capacity, categories, prompts, incidents.
 */
function firstPass(
  text: string,
  events: readonly Event[],
  topIsList: boolean,
): { entries: number[]; tree: Place } {
  const entries: number[] = [];
  const isEntry = (path: readonly (string | number)[]) =>
    (topIsList ? path.length === 1 : path.length === 2 && path[0] === 'sessions') &&
    typeof path[path.length - 1] === 'number';
  const tree = placeTree(
    text,
    events,
    (path, at) => {
      if (isEntry(path)) entries.push(at);
      return !insideEntry(path, topIsList);
    },
    // What is inside an entry is placed by the second parse, if ever: not named here.
    (path) => !isEntry(path) && !insideEntry(path, topIsList),
  );
  return { entries, tree };
}
