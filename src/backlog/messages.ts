// Every word the loader says about a backlog. Each stage finds a problem and its place; what it
// says, and how to fix it, is worded here, so one file reads as the loader's whole vocabulary.
import type { z } from 'zod';
import type { BacklogFormat, Diagnostic, SourceLocation } from './model.js';
import {
  CADENCE_KEYS,
  INCIDENT_KEYS,
  KINDS,
  normaliseStatus,
  PROMPT_KEYS,
  SESSION_KEYS,
  STATUSES,
  TOP_LEVEL_KEYS,
} from './format.js';
import type { Locate, Path } from './json.js';
import { didYouMean } from './suggest.js';
import { excerpt } from '../render/escape.js';

/** What a problem is and how to fix it; the stage that finds it adds its severity and place. */
export interface Wording {
  message: string;
  fix: string;
}

/** Text from the file, quoted in a message: an excerpt, however long the text. */
export const q = (text: string): string => `"${excerpt(text)}"`;

/** A value from the file as a message shows it: text quoted, anything else by its kind. */
export const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return q(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
};

/** 2097152 → "2 MiB (2097152 bytes)"; sizes below 1 KiB in bytes alone. */
export function formatBytes(bytes: number): string {
  const units: [string, number][] = [
    ['MiB', 1024 * 1024],
    ['KiB', 1024],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
      return `${shown} ${unit} (${bytes} bytes)`;
    }
  }
  return `${bytes} bytes`;
}

/** "lines 3 and 5", or line:column pairs when both are on one line (minified JSON). */
const place = (a: SourceLocation, b: SourceLocation) =>
  a.line === b.line
    ? `${a.line}:${a.column} and ${b.line}:${b.column}`
    : `lines ${a.line} and ${b.line}`;

/**
 * Two spellings that are one text after NFC normalisation, said with their code points; nothing
 * when they are spelt the same.
 */
function sameAfterNfc(first: string, second: string): string {
  if (first === second) return '';
  const spell = (text: string) =>
    excerpt(text).replace(/[^\x20-\x7e]/gu, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
  return `: "${spell(first)}" and "${spell(second)}" are the same text after Unicode normalisation (NFC)`;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A session by its name, or by its place in the list when it has none. */
export function sessionLabel(data: unknown, path: Path): string {
  const index = path[path.length - 1] as number;
  const entry = valueAt(data, path);
  const name = entry && typeof entry === 'object' ? (entry as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== ''
    ? `session ${q(name)}`
    : `session #${index + 1}`;
}

// read: the file itself.
const ARCHIVE = 'Archive finished sessions out of the file';
const POINT_AT_FILE = 'Point at the sessions.yaml file itself.';
export const tooLarge = (
  file: string,
  limit: number,
  raiseWith?: string,
  size?: number,
): Wording => ({
  message: `${file} is ${size !== undefined ? `${formatBytes(size)}, ` : ''}over the ${formatBytes(limit)} limit for a backlog; it was not parsed`,
  fix: `${ARCHIVE}${raiseWith ? `, or raise the limit with ${raiseWith}` : ''}.`,
});
export const outsideWorkspace = (file: string): Wording => ({
  message: `${file} resolves to a file outside the workspace; it is not read`,
  fix: 'Commit the backlog itself, not a link to a file elsewhere.',
});
export const directory = (file: string): Wording => ({
  message: `${file} is a directory, not a backlog file`,
  fix: POINT_AT_FILE,
});
export const notRegularFile = (file: string): Wording => ({
  message: `${file} is not a regular file`,
  fix: POINT_AT_FILE,
});
export const notFound = (file: string): Wording => ({
  message: `backlog file ${file} was not found`,
  fix: 'Commit a sessions.yaml (see examples/sessions.yaml), or set the path to it.',
});
export const unreadable = (file: string, code: string | undefined): Wording => ({
  message: `backlog file ${file} cannot be read (${code ?? 'unknown error'})`,
  fix: 'Check the path and its permissions.',
});
export const notUtf8 = (file: string): Wording => ({
  message: `${file} is not valid UTF-8`,
  fix: 'Save the file as UTF-8.',
});

// locate: what the document is.
const START =
  'Start the file with `version: 1` and a `sessions:` list (see examples/sessions.yaml).';
export const empty = (file: string): Wording => ({ message: `${file} is empty`, fix: START });
export const bareList = (file: string): Wording => ({
  message: `${file} is a bare list with no \`version:\`: it is read as the playbook tool's JSON array (tool defaults, ranking by status alone)`,
  fix: 'For sessions.yaml, start the file with `version: 1` and put the list under `sessions:`.',
});
export const notABacklog: Wording = {
  message:
    'the backlog must be a mapping (version, capacity, sessions) or a JSON array of sessions',
  fix: START,
};

// validate: the playbook tool's loose values, converted as it converted them.
export const unnamed: Wording = {
  message: 'has no name; it is called "unknown", as the playbook tool did',
  fix: 'Add `name`.',
};
export const readAsText = (key: string, value: number | boolean, read: string): Wording => ({
  message: `${key} ${String(value)} is read as the text ${q(read)}`,
  fix: `Quote the ${key}.`,
});
export const stepsReadAsNumber = (steps: string, read: number): Wording => ({
  message: `remaining_steps ${q(steps)} is read as the number ${String(read)}`,
  fix: 'Write it without quotes.',
});
export const stepsTruncated = (steps: number, read: number): Wording => ({
  message: `remaining_steps ${steps} is read as ${String(read)}`,
  fix: 'Write a whole number.',
});
export const blockedReadAs = (blocked: unknown, read: boolean): Wording => ({
  message: `blocked ${JSON.stringify(blocked)} is read as ${String(read)}, as the playbook tool did`,
  fix: 'Write `true` or `false`.',
});
/** A converted value of the playbook tool's JSON, said of its session by number. */
export const ofSession = (index: number, { message, fix }: Wording): Wording => ({
  message: `session #${index + 1}: ${message}`,
  fix,
});

// cross-check: rules across fields and entries.
export const duplicateName = (
  name: string,
  first: { location: SourceLocation; name: string },
  at: SourceLocation,
): Wording => ({
  message: `duplicate session name ${q(name)} at ${place(first.location, at)}${sameAfterNfc(first.name, name)}`,
  fix: 'Give each session a unique name, or delete the repeated entry.',
});
export const julesTwice = (id: string, first: SourceLocation, at: SourceLocation): Wording => ({
  message: `Jules session ${q(id)} is named by two sessions, at ${place(first, at)}`,
  fix: 'Link each Jules session to one entry; delete or correct the other `jules:`.',
});
export const pullRequestTwice = (
  shown: string,
  first: { location: SourceLocation; name: string | undefined },
  name: string | undefined,
  at: SourceLocation,
): Wording => ({
  message: `pull request ${shown} is named by two sessions, ${first.name ? `"${first.name}"` : 'an entry'} and ${name ? `"${name}"` : 'this one'}, at ${place(first.location, at)}`,
  fix: `Give the pull request to one entry; remove or correct the other \`pr:\` (the first is at line ${first.location.line}).`,
});
export const ignoredKey = (label: string, key: string): Wording => ({
  message: `${label}: unknown key ${q(key)} is ignored${didYouMean(key, SESSION_KEYS)}`,
  fix: 'Remove it, or move the file to sessions.yaml where unknown keys are errors.',
});
export const noBlocker = (label: string): Wording => ({
  message: `${label} is blocked but does not say by what: \`blocker\` is missing`,
  fix: 'Add `blocker:` with what it waits for (the playbook logs every blocker).',
});
export const reserveNotBelowCapacity = (reserve: number, capacity: number): Wording => ({
  message: `reserve (${reserve}) must be smaller than capacity (${capacity})`,
  fix: 'Keep reserve at 1 (the playbook) and capacity at the team cap, 15 by default.',
});
export const categoryTwice = (category: string, first: string): Wording => ({
  message: `category ${q(category)} is listed twice in categories${sameAfterNfc(first, category)}`,
  fix: 'List each rotation category once, in priority order.',
});
export const sessionOffRotation = (name: string, category: string, match: string): Wording => ({
  message: `session ${q(name)} has category ${q(category)}, which is not in the rotation; did you mean ${q(match)}?`,
  fix: `Spell it ${q(match)}, or the session keeps no rotation category warm.`,
});
export const backlogCategoryTwice = (
  spelled: string,
  first: { written: string; location: SourceLocation },
  at: SourceLocation,
): Wording => ({
  message: `backlog category ${q(spelled)} is listed twice in backlog, at ${place(first.location, at)}${sameAfterNfc(first.written, spelled)}`,
  fix: 'Keep one list of prompts per category: merge the two.',
});
export const backlogOffRotation = (category: string, suggestion: string): Wording => ({
  message: `backlog category ${q(category)} is not in the rotation${suggestion}`,
  fix: 'Name a rotation category, or its prompts are never picked.',
});
/** Two prompts, or two incidents, with one id. */
export const duplicateId = (
  what: 'prompt' | 'incident',
  id: string,
  first: { id: string; location: SourceLocation },
  at: SourceLocation,
): Wording => ({
  message: `duplicate ${what} id ${q(id)} at ${place(first.location, at)}${sameAfterNfc(first.id, id)}`,
  fix: `Give each ${what} a unique id.`,
});
export const hardeningNotInSessions = (
  id: string,
  hardening: string,
  suggestion: string,
): Wording => ({
  message: `incident ${q(id)} names hardening session ${q(hardening)}, which is not in sessions${suggestion}`,
  fix: 'Name the session that answers the incident, or drop `hardening` until one is started.',
});
export const incidentOffRotation = (id: string, category: string, suggestion: string): Wording => ({
  message: `incident ${q(id)} has category ${q(category)}, which is not in the rotation${suggestion}`,
  fix: 'Name the rotation category the hardening prompt belongs to.',
});

/** The keys an object at `path` may have, for "did you mean". */
function keysAt(path: readonly PropertyKey[]): string[] {
  if (path[0] === 'backlog' && path.length === 2) return ['active', 'reserve'];
  if (path[0] === 'backlog' && path.length === 4) return PROMPT_KEYS;
  if (path[0] === 'incidents') return INCIDENT_KEYS;
  if (path[0] === 'cadence') return CADENCE_KEYS;
  return TOP_LEVEL_KEYS.filter((k) => k !== '$schema');
}

/** Turns one zod issue into a message that says what, where and how to fix it. */
export function describe(
  issue: z.core.$ZodIssue,
  data: unknown,
  locate: Locate,
  format: BacklogFormat,
): Diagnostic {
  const path = issue.path;
  const inSession =
    format === 'playbook-json' ? path.length >= 1 : path[0] === 'sessions' && path.length >= 2;
  const sessionDepth = format === 'playbook-json' ? 1 : 2;
  const owner = inSession ? sessionLabel(data, path.slice(0, sessionDepth)) : 'the backlog';
  const field = excerpt(
    path
      .slice(inSession ? sessionDepth : 0)
      .map(String)
      .join('.'),
  );
  const key = String(path[path.length - 1] ?? '');
  const value = valueAt(data, path);
  const where = (message: string, fix: string, keyName?: string): Diagnostic => ({
    severity: 'error',
    message,
    fix,
    location: keyName === undefined ? locate(path) : locate(path, keyName),
  });

  if (issue.code === 'unrecognized_keys') {
    const known = inSession ? SESSION_KEYS : keysAt(path);
    const keys = issue.keys;
    const first = keys[0] ?? '';
    return where(
      // The first few by name: a file with thousands of stray keys still gets a one-line message.
      `${owner}: unknown key${keys.length > 1 ? 's' : ''} ${keys
        .slice(0, 10)
        .map((k) => q(k))
        .join(
          ', ',
        )}${keys.length > 10 ? ` and ${keys.length - 10} more` : ''}${didYouMean(first, known)}`,
      `Known keys: ${known.join(', ')}.`,
      first,
    );
  }
  if (value === undefined) {
    return where(
      `${owner}: missing required key "${field}"`,
      key === 'version'
        ? 'Add `version: 1` at the top of the file.'
        : `Add \`${key}:\` to ${owner}.`,
    );
  }
  if (key === 'status') {
    const given = typeof value === 'string' ? value : show(value);
    return where(
      `${owner}: unknown status ${show(value)}${typeof value === 'string' ? didYouMean(normaliseStatus(given), STATUSES) : ''}`,
      `Use one of ${STATUSES.join(', ')} (any case; "PR created" and "needs more work" also work).`,
    );
  }
  if (key === 'pr') {
    return where(
      `${owner}: pr ${show(value)} is not a pull request reference`,
      'Use a number (123), owner/repo#123, or the pull request URL https://github.com/owner/repo/pull/123.',
    );
  }
  if (key === 'jules' && typeof value === 'number' && !Number.isSafeInteger(value)) {
    return where(
      `${owner}: jules is a number too long to read exactly`,
      'Write the id in quotes, as it appears in the session URL: jules: "12345678901234567890".',
    );
  }
  if (key === 'jules') {
    return where(
      `${owner}: jules ${show(value)} is not a Jules session id`,
      'Use the id from the session URL (https://jules.google.com/session/<id>), or sessions/<id>.',
    );
  }
  if (key === 'started' || (issue.code === 'invalid_format' && issue.format === 'date')) {
    return where(
      `${owner}: ${field} ${show(value)} is not a real calendar date`,
      'Write the date as YYYY-MM-DD, for example 2026-11-25.',
    );
  }
  if (key === 'kind') {
    return where(
      `${owner}: unknown kind ${show(value)}${typeof value === 'string' ? didYouMean(value, KINDS) : ''}`,
      `Use one of ${KINDS.join(', ')}.`,
    );
  }
  if (key === 'version') {
    return where(
      `unsupported version ${show(value)}`,
      'This release reads `version: 1`; set it, or upgrade session-sweeper.',
    );
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object') {
    if (!inSession) {
      return where(
        `${owner}: ${field} must be a mapping (${keysAt(path).join(', ')}), got ${show(value)}`,
        `Write \`${key}:\` with its keys indented below it.`,
      );
    }
    return where(
      `${owner} must be a mapping of keys (name, category, status, ...), got ${show(value)}`,
      'Write the session as `- name: ...` with its keys indented below it.',
    );
  }
  if (
    issue.code === 'invalid_union' ||
    (issue.code === 'invalid_type' && issue.expected === 'string')
  ) {
    return where(
      `${owner}: ${field} must be text, got ${show(value)}`,
      `Write \`${key}:\` as text; quote it if it looks like a number or a date.`,
    );
  }
  if (
    (issue.code === 'invalid_format' && issue.message === 'blank') ||
    (issue.code === 'too_small' && issue.origin === 'string')
  ) {
    return where(`${owner}: ${field} is empty`, `Write a value for \`${key}\`, or remove the key.`);
  }
  if (issue.code === 'invalid_type') {
    // Every number in the format is a count, so "number" means a whole one.
    const expected =
      issue.expected === 'int' || issue.expected === 'number'
        ? 'a whole number'
        : issue.expected === 'array'
          ? 'a list'
          : `a ${issue.expected}`;
    return where(
      `${owner}: ${field} must be ${expected}, got ${show(value)}`,
      issue.expected === 'boolean'
        ? `Write \`${key}: true\` or \`${key}: false\`.`
        : issue.expected === 'int' || issue.expected === 'number'
          ? `Write \`${key}:\` as a whole number, without quotes.`
          : issue.expected === 'array'
            ? `Write \`${key}:\` as a list, one \`- \` entry a line.`
            : `Give \`${key}\` ${expected}.`,
    );
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'array') {
      return where(
        `${owner}: ${field} is an empty list`,
        `List at least one entry, or remove \`${key}\`.`,
      );
    }
    return where(
      `${owner}: ${field} must be ${String(issue.minimum)} or more, got ${show(value)}`,
      `Set \`${key}\` to ${String(issue.minimum)} or more.`,
    );
  }
  if (issue.code === 'too_big' && issue.origin !== 'string' && issue.origin !== 'array') {
    return where(
      `${owner}: ${field} is too large, got ${show(value)}`,
      `Set \`${key}\` to a realistic count.`,
    );
  }
  if (issue.code === 'too_big') {
    return where(
      `${owner}: ${field} is too long (at most ${String(issue.maximum)} characters)`,
      'Shorten it; long notes belong in the pull request.',
    );
  }
  return where(
    `${owner}: ${field || 'value'}: ${issue.message}`,
    'See schema/sessions.schema.json.',
  );
}
