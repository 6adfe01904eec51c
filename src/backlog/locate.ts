// Stage 3, locate: what the parsed document is (a sessions.yaml mapping or the playbook tool's
// array) and where its sessions are, with the paths every later stage locates problems by.
import type { BacklogFormat, Diagnostic, SourceLocation } from './model.js';
import type { Locate, Path } from './json.js';
import * as say from './messages.js';

export type { Locate, Path };

/** A problem a message words, at the place a stage found it. */
export const problemAt = (
  severity: Diagnostic['severity'],
  wording: say.Wording,
  location: SourceLocation,
): Diagnostic => ({ severity, ...wording, location });

export interface Located {
  file: string;
  format: BacklogFormat;
  data: unknown;
  locate: Locate;
  warnings: Diagnostic[];
}

export function locateBacklog(
  data: unknown,
  locate: Locate,
  file: string,
): Located | { errors: Diagnostic[] } {
  const start = { file, line: 1, column: 1 };
  if (data === null || data === undefined) {
    return { errors: [problemAt('error', say.empty(file), start)] };
  }
  if (Array.isArray(data)) {
    // A list read from a .yaml file is most likely a sessions.yaml that lost its `version:`.
    const warnings: Diagnostic[] = /\.json$/i.test(file)
      ? []
      : [problemAt('warning', say.bareList(file), start)];
    return { file, format: 'playbook-json', data, locate, warnings };
  }
  if (typeof data === 'object') {
    return { file, format: 'sessions-yaml', data, locate, warnings: [] };
  }
  return { errors: [problemAt('error', say.notABacklog, locate([]))] };
}

/** Where the session at `index` is: under `sessions:`, or the array's own entry. */
export const sessionPath = (format: BacklogFormat, index: number): PropertyKey[] =>
  format === 'sessions-yaml' ? ['sessions', index] : [index];

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The sessions as parsed, before any check: the list under `sessions:`, or the array itself. */
export function sessionEntries(format: BacklogFormat, data: unknown): unknown[] {
  if (format === 'playbook-json') return data as unknown[];
  return isRecord(data) && Array.isArray(data.sessions) ? data.sessions : [];
}

/**
 * Where each session is, as `locate(sessionPath(format, index))` says: in one sweep when the
 * reader can place a list's items at once, as every session's place is needed.
 */
export function sessionPlaces(
  format: BacklogFormat,
  data: unknown,
  locate: Locate,
): SourceLocation[] {
  const count = sessionEntries(format, data).length;
  const swept = locate.items?.(format === 'sessions-yaml' ? ['sessions'] : []);
  if (swept?.length === count) return swept;
  const places = new Array<SourceLocation>(count);
  for (let index = 0; index < count; index++) places[index] = locate(sessionPath(format, index));
  return places;
}
