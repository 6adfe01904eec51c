// What the schema refuses, in the loader's words: each zod issue becomes a message that names the
// session and the key, and a fix. Each issue is worded once, whichever reader read the file.
import type { z } from 'zod';
import type { BacklogFormat, Diagnostic } from './model.js';
import {
  AGENTS,
  CADENCE_KEYS,
  INCIDENT_KEYS,
  KINDS,
  normaliseStatus,
  PROMPT_KEYS,
  SESSION_KEYS,
  STATUSES,
  TOP_LEVEL_KEYS,
} from './format.js';
import type { Locate } from './json.js';
import { q, sessionLabel, show, valueAt } from './messages.js';
import { didYouMean } from './suggest.js';
import { excerpt } from '../render/escape.js';

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
  if (key === 'copilot' && typeof value === 'number') {
    return where(
      `${owner}: copilot ${show(value)} is a number; a Copilot task id is text`,
      `Write the id in quotes, as it appears in the task's URL: copilot: "${String(value)}".`,
    );
  }
  if (key === 'copilot') {
    return where(
      `${owner}: copilot ${show(value)} is not a Copilot task id`,
      "Use the task's id, the last part of its URL (https://github.com/owner/repo/copilot/tasks/<id>): letters, digits, `_` and `-`, up to 100 characters.",
    );
  }
  if (key === 'agent') {
    // The file's default, or a prompt's own (`backlog.<category>.<list>[i].agent`).
    const top = path.length === 1;
    const id = top ? undefined : valueAt(data, [...path.slice(0, -1), 'id']);
    const who = top
      ? 'the backlog'
      : `prompt ${typeof id === 'string' ? q(id) : excerpt(path.slice(0, -1).map(String).join('.'))}`;
    return where(
      `${who}: unknown agent ${show(value)}${typeof value === 'string' ? didYouMean(value, AGENTS) : ''}`,
      top
        ? `Use one of ${AGENTS.join(', ')}: where dispatch starts prompts (jules when absent).`
        : `Use one of ${AGENTS.join(', ')}: where dispatch starts this prompt (the file's \`agent\` when absent).`,
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
