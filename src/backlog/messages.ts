// Every word the loader says about a backlog. Each stage finds a problem and its place; what it
// says, and how to fix it, is worded here, so one file reads as the loader's whole vocabulary
// (with issue-wording.ts, for what the schema refuses).
import type { SourceLocation } from './model.js';
import { SESSION_KEYS } from './format.js';
import type { Path } from './json.js';
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

export function valueAt(data: unknown, path: Path): unknown {
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
export const copilotTwice = (id: string, first: SourceLocation, at: SourceLocation): Wording => ({
  message: `Copilot task ${q(id)} is named by two sessions, at ${place(first, at)}`,
  fix: 'Link each Copilot task to one entry; delete or correct the other `copilot:`.',
});
export const julesAndCopilot = (label: string): Wording => ({
  message: `${label} names both a Jules session (\`jules:\`) and a Copilot task (\`copilot:\`): a session runs in one place`,
  fix: 'Pick one: keep the key of the service the session runs in and delete the other.',
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
export const approveOnCopilot = (id: string): Wording => ({
  message: `prompt ${q(id)} starts in Copilot, which has no plan to approve: \`approve: manual\` has no effect there`,
  fix: 'Remove `approve: manual`, or give the prompt `agent: jules` to have Jules wait for a person.',
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
