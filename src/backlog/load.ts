// The one input parser for backlogs: sessions.yaml (version 1) or the playbook tool's JSON array.
// It runs the stages in order, each in its own module: read → parse → locate → validate →
// cross-check → model. Every problem found points at file:line:column.
import type { Backlog, Diagnostic } from './model.js';
import { crossCheckBacklog, crossCheckEntries } from './cross-check.js';
import { locateBacklog, sessionPlaces } from './locate.js';
import { loadPart, NotLoaded } from './on-demand.js';
import { parse } from './parse.js';
import {
  readBacklogText,
  refuse,
  type ReadOptions,
  type Refusal,
  type RepositoryOfFile,
} from './read.js';
import { toModel } from './to-model.js';
import { validate } from './validate.js';

export { formatBytes } from './messages.js';
export { loadBacklogReaders } from './on-demand.js';
export {
  backlogTextWithin,
  DEFAULT_MAX_BACKLOG_BYTES,
  parseByteSize,
  readBacklogText,
  type BacklogText,
  type ReadOptions,
  type RepositoryOfFile,
} from './read.js';
export { julesId, parsePullRequestRef } from './to-model.js';
export { agentOf } from './model.js';

export type LoadResult = { ok: true; backlog: Backlog; warnings: Diagnostic[] } | Refusal;

/** Reads and validates a backlog file. `file` is the path shown to people (and in annotations). */
export async function readBacklog(
  path: string,
  file = path,
  options: ReadOptions = {},
): Promise<LoadResult> {
  const source = await readBacklogText(path, file, options);
  return 'text' in source
    ? parseBacklogText(
        source.text,
        file,
        options.repository ? { repository: options.repository } : {},
      )
    : source.failure;
}

/** parseBacklog, loading what the text turns out to need. */
export async function parseBacklogText(
  source: string,
  file: string,
  options: { repository?: RepositoryOfFile } = {},
): Promise<LoadResult> {
  for (;;) {
    try {
      return parseBacklog(source, file, options);
    } catch (error) {
      // parseBacklog has no side effects: it runs again once the missing part is loaded.
      if (!(error instanceof NotLoaded)) throw error;
      await loadPart(error.part);
    }
  }
}

/**
 * Validates backlog text; all problems are reported at once. Needs the YAML readers and the
 * schemas it uses loaded (loadBacklogReaders); parseBacklogText loads them as needed.
 */
export function parseBacklog(
  source: string,
  file: string,
  options: {
    repository?: RepositoryOfFile;
    /** A small YAML file read by the `yaml` parser alone: what the event stream's reading equals. */
    worded?: boolean;
  } = {},
): LoadResult {
  const result = parseWith(source, file, options, options.worded ?? false);
  // A small YAML file with anything to say hears it from the `yaml` parser (LARGE_YAML_CHARS).
  if (result.reread && (!result.loaded.ok || result.loaded.warnings.length > 0)) {
    return parseWith(source, file, options, true).loaded;
  }
  return result.loaded;
}

function parseWith(
  source: string,
  file: string,
  { repository }: { repository?: RepositoryOfFile },
  worded: boolean,
): { loaded: LoadResult; reread: boolean } {
  const read = parse(source, file, worded);
  const reread = 'rereadIfAnything' in read;
  return { loaded: checkParsed(read, file, repository), reread };
}

function checkParsed(
  read: ReturnType<typeof parse>,
  file: string,
  repository: RepositoryOfFile | undefined,
): LoadResult {
  if ('errors' in read) return refuse(read.errors);
  const located = locateBacklog(read.data, read.locate, file);
  if ('errors' in located) return refuse(located.errors);
  const { format, locate } = located;
  const checked = validate(located);
  // Every session's place is needed, by the checks and the model alike: found once.
  const places = sessionPlaces(format, checked.data, locate);
  // Checks across fields run on the data as parsed too, so one pass reports every problem.
  const crossed = crossCheckEntries(format, checked.data, locate, repository, places);
  const warnings = located.warnings.concat(checked.coercions, crossed.warnings);
  if (checked.input === undefined) {
    const errors = checked.errors.concat(crossed.errors);
    errors.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
    return refuse(errors, warnings);
  }
  const model = toModel(located, checked.input, warnings, places, read.ownStrings === true);
  // The rules across the backlog compare what the model holds: names and categories in NFC.
  const problems = { errors: crossed.errors, warnings };
  crossCheckBacklog(checked.input, model, locate, problems);
  if (problems.errors.length > 0) return refuse(problems.errors, warnings);
  return { ok: true, backlog: model.backlog, warnings };
}
