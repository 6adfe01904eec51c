// The one input parser for backlogs: sessions.yaml (version 1) or the playbook tool's JSON array,
// read with the YAML parser so every error can point at file:line:column.
import { open, realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import type { z } from 'zod';
import type {
  Backlog,
  BacklogFormat,
  CategoryPrompts,
  Incident,
  Prompt,
  Diagnostic,
  PullRequestRef,
  Session,
  SourceLocation,
} from './model.js';
import {
  KINDS,
  normaliseStatus,
  PLAYBOOK_CAPACITY,
  PLAYBOOK_CATEGORIES,
  PLAYBOOK_RESERVE,
  PR_REF_PATTERN,
  CADENCE_KEYS,
  INCIDENT_KEYS,
  PROMPT_KEYS,
  SESSION_KEYS,
  STATUSES,
  TOP_LEVEL_KEYS,
  type Status,
} from './format.js';
import type {
  BacklogInput,
  CategoryBacklogInput,
  PlaybookSessionInput,
  SessionInput,
} from './schema.js';
import { readJson, type Locate, type Path } from './json.js';
import { LARGE_YAML_CHARS } from './limits.js';
import { quickCheck } from './quick-check.js';
import { loneCarriageReturn } from './yaml-rules.js';
import { excerpt } from '../render/escape.js';
import { didYouMean, Suggester } from './suggest.js';

/** Text from the file, quoted in a message: an excerpt, however long the text. */
const q = (text: string): string => `"${excerpt(text)}"`;

/** Backlogs are small text files; anything larger is refused before it is parsed, unless raised. */
export const DEFAULT_MAX_BACKLOG_BYTES = 2 * 1024 * 1024;

export type LoadResult =
  | { ok: true; backlog: Backlog; warnings: Diagnostic[] }
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] };

const fail = (errors: Diagnostic[], warnings: Diagnostic[] = []): LoadResult => ({
  ok: false,
  errors,
  warnings,
});

export interface ReadOptions {
  /** A file that resolves outside this directory (through a symlink, say) is refused. */
  root?: string;
  /** Larger files are refused before they are read. */
  maxBytes?: number;
  /** How to raise the limit, said in the refusal: the flag or input that sets it. */
  raiseWith?: string;
  /** The repository a bare `pr: 12` belongs to, when known. */
  repository?: RepositoryOfFile;
}

/** The repository the backlog belongs to: `pr: 12` and its URL then name one pull request. */
export interface RepositoryOfFile {
  owner: string;
  repo: string;
}

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

export type BacklogText =
  { text: string } | { failure: LoadResult & { ok: false }; missing: boolean };

/**
 * Text that came another way than from disk (a pull request's files through the API) held to
 * the same limit as a file: over it, refused before it is parsed.
 */
export function backlogTextWithin(
  text: string,
  file: string,
  { maxBytes = DEFAULT_MAX_BACKLOG_BYTES, raiseWith }: Omit<ReadOptions, 'root'> = {},
): BacklogText {
  const bytes = Buffer.byteLength(text);
  if (bytes <= maxBytes) return { text };
  return {
    failure: {
      ok: false,
      errors: [
        {
          severity: 'error',
          message: `${file} is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit for a backlog; it was not parsed`,
          fix: `Archive finished sessions out of the file${raiseWith ? `, or raise the limit with ${raiseWith}` : ''}.`,
          location: { file, line: 1, column: 1 },
        },
      ],
      warnings: [],
    },
    missing: false,
  };
}

/** A backlog file's text, read safely; `missing` tells a file that is not there from a bad one. */
export async function readBacklogText(
  path: string,
  file = path,
  { root, maxBytes = DEFAULT_MAX_BACKLOG_BYTES, raiseWith }: ReadOptions = {},
): Promise<BacklogText> {
  const whole = { file, line: 1, column: 1 };
  const problem = (message: string, fix: string, inside = false) => ({
    failure: {
      ok: false as const,
      errors: [
        { severity: 'error' as const, message, fix, ...(inside ? { location: whole } : {}) },
      ],
      warnings: [],
    },
    missing: false,
  });
  let bytes: Buffer;
  try {
    // Checked before opening: opening a FIFO or a device could block or never end.
    const info = await stat(path);
    if (root !== undefined) {
      const [real, top] = await Promise.all([realpath(path), realpath(root)]);
      if (real !== top && !real.startsWith(top.endsWith(sep) ? top : `${top}${sep}`)) {
        return problem(
          `${file} resolves to a file outside the workspace; it is not read`,
          'Commit the backlog itself, not a link to a file elsewhere.',
        );
      }
    }
    if (info.isDirectory()) {
      return problem(
        `${file} is a directory, not a backlog file`,
        'Point at the sessions.yaml file itself.',
      );
    }
    if (!info.isFile()) {
      return problem(`${file} is not a regular file`, 'Point at the sessions.yaml file itself.');
    }
    const handle = await open(path, 'r');
    try {
      const tooLarge = (size?: string) =>
        problem(
          `${file} is ${size ? `${size}, ` : ''}over the ${formatBytes(maxBytes)} limit for a backlog; it was not parsed`,
          `Archive finished sessions out of the file${raiseWith ? `, or raise the limit with ${raiseWith}` : ''}.`,
          true,
        );
      if (info.size > maxBytes) return tooLarge(formatBytes(info.size));
      // Read at most one byte past the limit, whatever stat said: the file may be growing.
      const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > maxBytes) return tooLarge();
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? {
          ...problem(
            `backlog file ${file} was not found`,
            'Commit a sessions.yaml (see examples/sessions.yaml), or set the path to it.',
          ),
          missing: true,
        }
      : problem(
          `backlog file ${file} cannot be read (${code ?? 'unknown error'})`,
          'Check the path and its permissions.',
        );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return problem(`${file} is not valid UTF-8`, 'Save the file as UTF-8.', true);
  }
}

type Read = { data: unknown; locate: Locate } | { errors: Diagnostic[] };

/**
 * What parsing needs beyond JSON.parse, loaded on first use: a JSON backlog loads no YAML
 * parser, and a valid one no zod (quickCheck accepts it; zod explains what it refuses).
 */
const parts: {
  readYaml?: (text: string, file: string) => Read;
  readLargeYaml?: (text: string, file: string) => Read;
  schemas?: typeof import('./schema.js');
} = {};
type Part = 'readYaml' | 'readLargeYaml' | 'schemas';

class NotLoaded extends Error {
  constructor(readonly part: Part) {
    super(`${part} is not loaded: await loadBacklogReaders() first, or use parseBacklogText`);
  }
}

function part<P extends Part>(name: P): NonNullable<(typeof parts)[P]> {
  const loaded = parts[name];
  if (!loaded) throw new NotLoaded(name);
  return loaded;
}

async function loadPart(name: Part): Promise<void> {
  if (name === 'readYaml') parts.readYaml ??= (await import('./yaml.js')).readYaml;
  else if (name === 'readLargeYaml')
    parts.readLargeYaml ??= (await import('./large-yaml.js')).readLargeYaml;
  else parts.schemas ??= await import('./schema.js');
}

/** Loads both YAML readers and the schemas: parseBacklog then reads any backlog. */
export async function loadBacklogReaders(): Promise<void> {
  await Promise.all([loadPart('readYaml'), loadPart('readLargeYaml'), loadPart('schemas')]);
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
  { repository }: { repository?: RepositoryOfFile } = {},
): LoadResult {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  // Before any reader: the two YAML readers disagree on where such a line ends.
  const cr = loneCarriageReturn(text, file);
  if (cr) return fail([cr]);
  const read =
    readJson(text, file) ??
    (text.length > LARGE_YAML_CHARS ? part('readLargeYaml') : part('readYaml'))(text, file);
  if ('errors' in read) return fail(read.errors);
  const { data, locate } = read;
  if (data === null || data === undefined) {
    return fail([
      {
        severity: 'error',
        message: `${file} is empty`,
        fix: 'Start the file with `version: 1` and a `sessions:` list (see examples/sessions.yaml).',
        location: { file, line: 1, column: 1 },
      },
    ]);
  }
  if (Array.isArray(data)) {
    const result = validate('playbook-json', data, locate, file, repository);
    // A list read from a .yaml file is most likely a sessions.yaml that lost its `version:`.
    if (!/\.json$/i.test(file)) {
      result.warnings.unshift({
        severity: 'warning',
        message: `${file} is a bare list with no \`version:\`: it is read as the playbook tool's JSON array (tool defaults, ranking by status alone)`,
        fix: 'For sessions.yaml, start the file with `version: 1` and put the list under `sessions:`.',
        location: { file, line: 1, column: 1 },
      });
    }
    return result;
  }
  if (typeof data === 'object') return validate('sessions-yaml', data, locate, file, repository);
  return fail([
    {
      severity: 'error',
      message:
        'the backlog must be a mapping (version, capacity, sessions) or a JSON array of sessions',
      fix: 'Start the file with `version: 1` and a `sessions:` list (see examples/sessions.yaml).',
      location: locate([]),
    },
  ]);
}

function validate(
  format: BacklogFormat,
  raw: unknown,
  locate: Locate,
  file: string,
  repository: RepositoryOfFile | undefined,
): LoadResult {
  const coercions: Diagnostic[] = [];
  const data =
    format === 'playbook-json' ? coercePlaybook(raw as unknown[], locate, coercions) : raw;
  const quick = quickCheck(format, data);
  const result =
    quick !== undefined
      ? ({ success: true, data: quick } as const)
      : format === 'sessions-yaml'
        ? part('schemas').backlogSchema.safeParse(data)
        : part('schemas').playbookBacklogSchema.safeParse(data);
  // Checks across fields run on the raw data too, so one pass reports every problem.
  const { errors, warnings } = crossChecks(format, data, locate, repository);
  warnings.unshift(...coercions);
  if (!result.success) {
    errors.unshift(...result.error.issues.map((i) => describe(i, data, locate, format)));
    errors.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
    return fail(errors, warnings);
  }

  const parsed = result.data;
  const top = format === 'sessions-yaml' ? (parsed as BacklogInput) : undefined;
  const inputs: (SessionInput | PlaybookSessionInput)[] = top
    ? top.sessions
    : (parsed as PlaybookSessionInput[]);
  // A category is one whichever way its accents are encoded: every category the plan compares
  // (the rotation, a session's, the backlog's, an incident's) is held in its NFC form.
  const nfc = (text: string) => text.normalize('NFC');
  const categories = (top?.categories ?? [...PLAYBOOK_CATEGORIES]).map(nfc);
  const capacity = top?.capacity ?? PLAYBOOK_CAPACITY;
  const reserve = top?.reserve ?? PLAYBOOK_RESERVE;
  const sessions: Session[] = inputs.map((input, index) =>
    toSession(input, format, locate(sessionPath(format, index)), () =>
      locate(sessionPath(format, index), 'started'),
    ),
  );

  // A category that differs from a rotation category only by case or a typo never warms it.
  const rotation = new Set(categories);
  const rotationNames = new Suggester(categories);
  let sessionNames: Suggester | undefined;
  sessions.forEach((session) => {
    if (rotation.has(session.category)) return;
    const match = rotationNames.closest(session.category);
    if (match === undefined) return;
    warnings.push({
      severity: 'warning',
      message: `session ${q(session.name)} has category ${q(session.category)}, which is not in the rotation; did you mean ${q(match)}?`,
      fix: `Spell it ${q(match)}, or the session keeps no rotation category warm.`,
      location: session.location,
    });
  });

  const written: string[] = [];
  const prompts: CategoryPrompts[] = categoryBacklogs(data, top, quick !== undefined).map(
    ([category, lists]) => {
      written.push(category);
      const prompt =
        (list: 'active' | 'reserve') =>
        (p: (typeof lists.active)[number], i: number): Prompt => ({
          id: p.id,
          title: p.title,
          obsolete: p.obsolete,
          ...(p.added ? { added: p.added } : {}),
          // dispatch: what a started session is sent
          ...(p.prompt !== undefined ? { prompt: p.prompt } : {}),
          ...(p.branch !== undefined ? { branch: p.branch } : {}),
          approve: p.approve,
          location: locate(['backlog', category, list, i]),
        });
      return {
        category: nfc(category),
        active: lists.active.map(prompt('active')),
        reserve: lists.reserve.map(prompt('reserve')),
        location: locate(['backlog', category], category),
      };
    },
  );
  const seenPrompts = new Map<string, Prompt>();
  const seenGroups = new Map<string, { written: string; location: SourceLocation }>();
  prompts.forEach((group, index) => {
    const first = seenGroups.get(group.category);
    const spelled = written[index]!;
    if (first) {
      errors.push({
        severity: 'error',
        message: `backlog category ${q(spelled)} is listed twice in backlog, at ${place(first.location, group.location)}${sameAfterNfc(first.written, spelled)}`,
        fix: 'Keep one list of prompts per category: merge the two.',
        location: group.location,
      });
    } else seenGroups.set(group.category, { written: spelled, location: group.location });
  });
  for (const group of prompts) {
    if (!rotation.has(group.category)) {
      warnings.push({
        severity: 'warning',
        message: `backlog category ${q(group.category)} is not in the rotation${rotationNames.didYouMean(group.category)}`,
        fix: 'Name a rotation category, or its prompts are never picked.',
        location: group.location,
      });
    }
    for (const p of group.active.concat(group.reserve)) {
      const id = p.id.normalize('NFC');
      const first = seenPrompts.get(id);
      if (first) {
        errors.push({
          severity: 'error',
          message: `duplicate prompt id ${q(p.id)} at ${place(first.location, p.location)}${sameAfterNfc(first.id, p.id)}`,
          fix: 'Give each prompt a unique id.',
          location: p.location,
        });
      } else seenPrompts.set(id, p);
    }
  }
  const names = sessions.map((s) => s.name);
  // A hardening session is named as people write names: compared after NFC, held as the session
  // spells it.
  const nameSet = new Map(names.map((name) => [nfc(name), name]));
  const seenIncidents = new Map<string, { id: string; location: SourceLocation }>();
  const incidents: Incident[] = (top?.incidents ?? []).map((incident, i) => {
    const location = locate(['incidents', i]);
    const firstIncident = seenIncidents.get(nfc(incident.id));
    if (firstIncident) {
      errors.push({
        severity: 'error',
        message: `duplicate incident id ${q(incident.id)} at ${place(firstIncident.location, location)}${sameAfterNfc(firstIncident.id, incident.id)}`,
        fix: 'Give each incident a unique id.',
        location,
      });
    } else seenIncidents.set(nfc(incident.id), { id: incident.id, location });
    const hardening =
      incident.hardening === undefined
        ? undefined
        : (nameSet.get(nfc(incident.hardening)) ?? incident.hardening);
    if (incident.hardening !== undefined && !nameSet.has(nfc(incident.hardening))) {
      // A hardening session may be gone from the file once it is done: a warning, not an error.
      warnings.push({
        severity: 'warning',
        message: `incident ${q(incident.id)} names hardening session ${q(incident.hardening)}, which is not in sessions${(sessionNames ??= new Suggester(names)).didYouMean(incident.hardening)}`,
        fix: 'Name the session that answers the incident, or drop `hardening` until one is started.',
        location: locate(['incidents', i], 'hardening'),
      });
    }
    const category = nfc(incident.category);
    if (!rotation.has(category)) {
      warnings.push({
        severity: 'warning',
        message: `incident ${q(incident.id)} has category ${q(incident.category)}, which is not in the rotation${rotationNames.didYouMean(incident.category)}`,
        fix: 'Name the rotation category the hardening prompt belongs to.',
        location: locate(['incidents', i], 'category'),
      });
    }
    return {
      id: incident.id,
      date: incident.date,
      category,
      summary: incident.summary,
      ...(hardening !== undefined ? { hardening } : {}),
      location,
    };
  });
  const cadence = {
    governanceEvery: top?.cadence.governance_every ?? 12,
    schedulerEvery: top?.cadence.scheduler_every ?? 30,
  };

  if (errors.length > 0) return fail(errors, warnings);
  const locations: Backlog['locations'] = {};
  if (top) {
    const has = (key: string) => Object.hasOwn(data as object, key);
    if (has('capacity')) locations.capacity = locate(['capacity']);
    if (has('reserve')) locations.reserve = locate(['reserve']);
    if (top.categories)
      locations.categories = top.categories.map((_, i) => locate(['categories', i]));
  }
  return {
    ok: true,
    backlog: {
      file,
      format,
      capacity,
      reserve,
      categories,
      sessions,
      prompts,
      incidents,
      cadence,
      warnings,
      locations,
    },
    warnings,
  };
}

/** Python's truthiness, which the playbook tool applied to `blocked`. */
const truthy = (value: unknown): boolean =>
  !(
    value === null ||
    value === false ||
    value === 0 ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isRecord(value) && Object.keys(value).length === 0)
  );

/**
 * The playbook tool converted loosely typed values (`str(name)`, `int(steps)`, `bool(blocked)`).
 * Its JSON gets the same conversions, each with a warning, so its users switch without editing.
 */
function coercePlaybook(entries: unknown[], locate: Locate, warnings: Diagnostic[]): unknown[] {
  return entries.map((entry, index) => {
    if (!isRecord(entry)) return entry;
    const out: Record<string, unknown> = { ...entry };
    const warn = (key: string, message: string, fix: string) =>
      warnings.push({
        severity: 'warning',
        message: `session #${index + 1}: ${message}`,
        fix,
        location: locate([index], key),
      });
    if (!('name' in entry)) {
      out.name = 'unknown';
      warn('name', 'has no name; it is called "unknown", as the playbook tool did', 'Add `name`.');
    }
    for (const key of ['name', 'category'] as const) {
      const value = entry[key];
      if (typeof value === 'number' || typeof value === 'boolean') {
        out[key] = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
        warn(
          key,
          `${key} ${String(value)} is read as the text ${q(String(out[key]))}`,
          `Quote the ${key}.`,
        );
      }
    }
    const steps = entry.remaining_steps;
    if (typeof steps === 'string' && /^\s*[+-]?\d+\s*$/.test(steps)) {
      out.remaining_steps = Number.parseInt(steps, 10);
      warn(
        'remaining_steps',
        `remaining_steps ${q(steps)} is read as the number ${String(out.remaining_steps)}`,
        'Write it without quotes.',
      );
    } else if (typeof steps === 'number' && Number.isFinite(steps) && !Number.isInteger(steps)) {
      out.remaining_steps = Math.trunc(steps);
      warn(
        'remaining_steps',
        `remaining_steps ${steps} is read as ${String(out.remaining_steps)}`,
        'Write a whole number.',
      );
    }
    // The tool printed an empty blocker as "unspecified": it is no blocker at all.
    if (typeof entry.blocker === 'string' && entry.blocker.trim() === '') delete out.blocker;
    const blocked = entry.blocked;
    if (blocked !== undefined && typeof blocked !== 'boolean') {
      out.blocked = truthy(blocked);
      warn(
        'blocked',
        `blocked ${JSON.stringify(blocked)} is read as ${String(out.blocked)}, as the playbook tool did`,
        'Write `true` or `false`.',
      );
    }
    return out;
  });
}

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

/**
 * The categories of `backlog:`, each checked: read from the data itself, as zod's record output
 * is a plain object, where a category named `__proto__` would be lost. The quick check refuses
 * such a name, so what it accepted is read from its output, without zod.
 */
function categoryBacklogs(
  data: unknown,
  parsed: BacklogInput | undefined,
  quick: boolean,
): [string, CategoryBacklogInput][] {
  if (quick) return parsed ? Object.entries(parsed.backlog) : [];
  const raw = isRecord(data) ? data.backlog : undefined;
  if (!isRecord(raw)) return [];
  const found: [string, CategoryBacklogInput][] = [];
  for (const category of Object.keys(raw)) {
    const parsed = part('schemas').categoryBacklogSchema.safeParse(raw[category]);
    if (parsed.success) found.push([category, parsed.data]);
  }
  return found;
}

/** "lines 3 and 5", or line:column pairs when both are on one line (minified JSON). */
const place = (a: SourceLocation, b: SourceLocation) =>
  a.line === b.line
    ? `${a.line}:${a.column} and ${b.line}:${b.column}`
    : `lines ${a.line} and ${b.line}`;

const sessionPath = (format: BacklogFormat, index: number): PropertyKey[] =>
  format === 'sessions-yaml' ? ['sessions', index] : [index];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A `pr:` as one key for every spelling (12, "#12", owner/repo#12, its URL), and as shown. */
function pullRequestKey(
  value: unknown,
  repository: RepositoryOfFile | undefined,
): { key: string; shown: string } | undefined {
  const valid =
    (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) ||
    (typeof value === 'string' && PR_REF_PATTERN.test(value));
  if (!valid) return undefined;
  const ref = parsePullRequestRef(value);
  const owner = ref.owner ?? repository?.owner;
  const repo = ref.repo ?? repository?.repo;
  const shown = owner && repo ? `${owner}/${repo}#${ref.number}` : `#${ref.number}`;
  return { key: shown.toLowerCase(), shown };
}

/** Rules that span fields or entries: unique names, blockers, reserve below capacity. */
function crossChecks(
  format: BacklogFormat,
  data: unknown,
  locate: Locate,
  repository: RepositoryOfFile | undefined,
): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const root = format === 'sessions-yaml' && isRecord(data) ? data : undefined;
  const entries: unknown[] =
    format === 'playbook-json'
      ? (data as unknown[])
      : Array.isArray(root?.sessions)
        ? root.sessions
        : [];

  // Keyed by the NFC form: "café" composed and decomposed print alike and are one name.
  const firstSeen = new Map<string, { location: SourceLocation; name: string }>();
  const julesSeen = new Map<string, SourceLocation>();
  const pullSeen = new Map<string, { location: SourceLocation; name: string | undefined }>();
  entries.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const path = sessionPath(format, index);
    const location = locate(path);
    const name = typeof entry.name === 'string' ? entry.name.trim() : undefined;
    // Names are how people, updates and the ledger refer to a session: they must be unique.
    if (name) {
      const same = name.normalize('NFC');
      const first = firstSeen.get(same);
      if (first === undefined) firstSeen.set(same, { location, name });
      else
        // The playbook tool allowed repeated names, so its JSON only warns.
        (format === 'sessions-yaml' ? errors : warnings).push({
          severity: format === 'sessions-yaml' ? 'error' : 'warning',
          message: `duplicate session name ${q(name)} at ${place(first.location, location)}${sameAfterNfc(first.name, name)}`,
          fix: 'Give each session a unique name, or delete the repeated entry.',
          location,
        });
    }
    // One Jules session is one slot: two entries claiming it would count it twice.
    if (typeof entry.jules === 'string' || typeof entry.jules === 'number') {
      const id = julesId(entry.jules);
      const first = julesSeen.get(id);
      if (first === undefined) julesSeen.set(id, location);
      else
        errors.push({
          severity: 'error',
          message: `Jules session ${q(id)} is named by two sessions, at ${place(first, location)}`,
          fix: 'Link each Jules session to one entry; delete or correct the other `jules:`.',
          location: locate(path, 'jules'),
        });
    }
    // One pull request is one piece of work: several entries on it would each hold a slot and
    // each be archived when it merges. Archived entries too: an entry that owns it stays one.
    const pull = pullRequestKey(entry.pr, repository);
    if (pull) {
      const first = pullSeen.get(pull.key);
      if (first === undefined) pullSeen.set(pull.key, { location, name });
      else
        errors.push({
          severity: 'error',
          message: `pull request ${pull.shown} is named by two sessions, ${first.name ? `"${first.name}"` : 'an entry'} and ${name ? `"${name}"` : 'this one'}, at ${place(first.location, location)}`,
          fix: `Give the pull request to one entry; remove or correct the other \`pr:\` (the first is at line ${first.location.line}).`,
          location: locate(path, 'pr'),
        });
    }
    if (format === 'playbook-json') {
      for (const key of Object.keys(entry)) {
        if (SESSION_KEYS.includes(key)) continue;
        warnings.push({
          severity: 'warning',
          message: `${sessionLabel(data, path)}: unknown key ${q(key)} is ignored${didYouMean(key, SESSION_KEYS)}`,
          fix: 'Remove it, or move the file to sessions.yaml where unknown keys are errors.',
          location: locate(path, key),
        });
      }
    }
    // "Add the blocker to the update": a blocked session must say what blocks it.
    const blocked =
      entry.blocked === true ||
      (typeof entry.status === 'string' && normaliseStatus(entry.status) === 'blocked');
    if (blocked && (entry.blocker === undefined || entry.blocker === null)) {
      // The playbook tool accepted it, so its JSON only warns.
      (format === 'sessions-yaml' ? errors : warnings).push({
        severity: format === 'sessions-yaml' ? 'error' : 'warning',
        message: `${sessionLabel(data, path)} is blocked but does not say by what: \`blocker\` is missing`,
        fix: 'Add `blocker:` with what it waits for (the playbook logs every blocker).',
        location: locate(path, entry.blocked === true ? 'blocked' : 'status'),
      });
    }
  });

  if (root) {
    const capacity = root.capacity ?? PLAYBOOK_CAPACITY;
    const reserve = root.reserve ?? PLAYBOOK_RESERVE;
    if (typeof capacity === 'number' && typeof reserve === 'number' && reserve >= capacity) {
      errors.push({
        severity: 'error',
        message: `reserve (${reserve}) must be smaller than capacity (${capacity})`,
        fix: 'Keep reserve at 1 (the playbook) and capacity at the team cap, 15 by default.',
        location: locate([Object.hasOwn(root, 'reserve') ? 'reserve' : 'capacity']),
      });
    }
    if (Array.isArray(root.categories)) {
      const seen = new Map<string, string>();
      root.categories.forEach((category: unknown, index) => {
        if (typeof category !== 'string') return;
        const first = seen.get(category.normalize('NFC'));
        if (first !== undefined) {
          errors.push({
            severity: 'error',
            message: `category ${q(category)} is listed twice in categories${sameAfterNfc(first, category)}`,
            fix: 'List each rotation category once, in priority order.',
            location: locate(['categories', index]),
          });
        } else seen.set(category.normalize('NFC'), category);
      });
    }
  }
  return { errors, warnings };
}

function toSession(
  input: SessionInput | PlaybookSessionInput,
  format: BacklogFormat,
  location: SourceLocation,
  startedAt: () => SourceLocation,
): Session {
  const status = normaliseStatus(input.status) as Status;
  const session: Session = {
    name: input.name,
    category: input.category.normalize('NFC'),
    status,
    // The playbook tool prints the status lower-cased as written ("pr created"); keep that for its JSON.
    statusText: format === 'playbook-json' ? input.status.trim().toLowerCase() : status,
    remainingSteps: input.remaining_steps,
    // The status `blocked` and the flag say the same thing; keep them in step.
    blocked: input.blocked || status === 'blocked',
    blockedFlag: input.blocked,
    actions: input.actions,
    kind: input.kind,
    location,
  };
  if (input.blocker) session.blocker = input.blocker;
  if (input.pr !== undefined) session.pr = parsePullRequestRef(input.pr);
  if (input.jules !== undefined) session.jules = julesId(input.jules);
  if (input.started) {
    session.started = input.started;
    session.startedLocation = startedAt();
  }
  if (input.next_action) session.nextAction = input.next_action;
  return session;
}

/** `sessions/123` and `123` name the same Jules session. */
export const julesId = (id: number | string): string => String(id).replace(/^sessions\//, '');

/** 42, #42, owner/repo#42 or a pull request URL (already checked against PR_REF_PATTERN). */
export function parsePullRequestRef(ref: number | string): PullRequestRef {
  if (typeof ref === 'number') return { number: ref };
  const url = /^https:\/\/[^/]+\/([^/]+)\/([^/]+)\/pull\/(\d+)\/?$/.exec(ref);
  if (url) return { owner: url[1]!, repo: url[2]!, number: Number(url[3]), url: ref };
  const short = /^([^/]+)\/([^#]+)#(\d+)$/.exec(ref);
  if (short) return { owner: short[1]!, repo: short[2]!, number: Number(short[3]) };
  return { number: Number(ref.replace('#', '')) };
}

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

/** "2097152", "512KiB", "2 MiB" → bytes; undefined when it is not a size. */
export function parseByteSize(text: string): number | undefined {
  const match = /^\s*(\d+)\s*(B|KiB|MiB)?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase();
  const bytes = Number(match[1]) * (unit === 'mib' ? 1024 * 1024 : unit === 'kib' ? 1024 : 1);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

function sessionLabel(data: unknown, path: Path): string {
  const index = path[path.length - 1] as number;
  const entry = get(data, path);
  const name = entry && typeof entry === 'object' ? (entry as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== ''
    ? `session ${q(name)}`
    : `session #${index + 1}`;
}

function get(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return q(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
};

/** The keys an object at `path` may have, for "did you mean". */
function keysAt(path: readonly PropertyKey[]): string[] {
  if (path[0] === 'backlog' && path.length === 2) return ['active', 'reserve'];
  if (path[0] === 'backlog' && path.length === 4) return PROMPT_KEYS;
  if (path[0] === 'incidents') return INCIDENT_KEYS;
  if (path[0] === 'cadence') return CADENCE_KEYS;
  return TOP_LEVEL_KEYS.filter((k) => k !== '$schema');
}

/** Turns one zod issue into a message that says what, where and how to fix it. */
function describe(
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
  const value = get(data, path);
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
  if (issue.code === 'invalid_format' && issue.message === 'blank') {
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
    if (issue.origin === 'string') {
      return where(
        `${owner}: ${field} is empty`,
        `Write a value for \`${key}\`, or remove the key.`,
      );
    }
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
