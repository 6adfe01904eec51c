// The command-line flow: parse arguments, load the backlog, plan, print. Exit codes:
// 0 a plan, 1 a broken rail under --enforce, 2 bad input or usage.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_MAX_BACKLOG_BYTES,
  parseBacklogText,
  parseByteSize,
  readBacklogText,
  type LoadResult,
} from './backlog/load.js';
import type { Backlog, Session } from './backlog/model.js';
import { now as clockNow } from './clock.js';
import { endpointsFromEnv } from './github/endpoints.js';
import { parseRepository } from './github/refs.js';
import { judgeChange } from './planner/change.js';
import {
  idsToLookUp,
  JULES_PLAN_NAMES,
  JULES_PLANS,
  withJulesPulls,
  type JulesInput,
} from './planner/jules.js';
import type { Ledger } from './planner/ledger.js';
import { nextLedger } from './planner/movement.js';
import {
  buildPlan,
  parseRailIds,
  withJules,
  type LiveInput,
  type PlanSettings,
} from './planner/plan.js';
import type { JulesPlanName, Plan } from './planner/types.js';
import { renderReport, type Report } from './render/report.js';
import { escapeLogLines, escapeTerminalLines, excerpt } from './render/escape.js';
import { formatDiagnostic, renderTextPieces } from './render/text.js';
import { CLI_SURFACE } from './surface.js';
import { USAGE } from './usage.js';
import { VERSION } from './version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export { USAGE };

const FORMATS = ['text', 'json', 'markdown', 'updates'] as const;

/** The command line is wrong: the message and the usage. */
class UsageError extends Error {}
/** An input is wrong: the message alone. */
class BadInput extends Error {}

/** Problems printed for one file; the rest are counted (`validate` prints them all). */
const PRINTED_PROBLEMS = 100;

export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // Everything on stderr may quote the backlog or an API's error: escaped, and in a job never a
  // workflow command.
  const inJob = given.env.GITHUB_ACTIONS === 'true';
  const io: CliIo = {
    ...given,
    stderr: (text) => {
      given.stderr(inJob ? escapeLogLines(text) : escapeTerminalLines(text));
    },
  };
  if (argv[0] === 'convert') {
    // Loaded only to convert: it writes YAML, which a plan never does.
    const { runConvert } = await import('./convert.js');
    return runConvert(argv.slice(1), io);
  }
  // dispatch: its own flow, loaded only when asked for
  if (argv[0] === 'dispatch') {
    const { runDispatchCli } = await import('./flows/dispatch-cli.js');
    return runDispatchCli(argv.slice(1), io);
  }
  try {
    return await runParsed(parse(argv), io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`session-sweeper: ${error.message}\n\n${USAGE}`);
    else if (error instanceof BadInput) io.stderr(`session-sweeper: ${error.message}\n`);
    else throw error;
    return 2;
  }
}

async function runParsed(parsed: Parsed, io: CliIo): Promise<number> {
  if (parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (parsed.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const head = await load(parsed.files.at(-1)!, io, parsed);
  if (!head) return 2;

  if (parsed.command === 'validate') {
    const active = head.sessions.filter((s) => s.status !== 'archived').length;
    io.stdout(
      `${head.file}: valid (${head.format}, ${head.sessions.length} session${head.sessions.length === 1 ? '' : 's'}, ${active} active)\n`,
    );
    return 0;
  }

  const now = clockNow();
  const settings = { ...checkedSettings(parsed.settings, head), now };
  // As the required check does: a base that is missing or broken makes every finding new.
  const {
    base,
    note: baseNote,
    unknown: baseUnknown = false,
  } = parsed.command === 'diff' ? await loadBase(parsed.files[0]!, io, parsed) : {};
  const ids = idsToLookUp(head.sessions, base?.sessions ?? []);
  const jules = parsed.jules ? await julesSessions(parsed, io, ids) : undefined;
  const pulls = parsed.github
    ? await liveStatus(parsed, io, withJulesPulls(head.sessions, jules))
    : undefined;
  const live = withJules(pulls, jules);

  if (parsed.command === 'diff') {
    const plan = judgeChange(base, head, settings, live, { baseUnknown });
    if (baseNote) plan.notes.push(`Judged against the base file: ${baseNote}.`);
    const report = once(() => renderReport(plan, { now }));
    write(io, render(plan, parsed.format, report), parsed.format);
    if (parsed.out) await writeFiles(resolve(io.cwd, parsed.out), report().files);
    return parsed.enforce && plan.verdict === 'fail' ? 1 : 0;
  }

  const ledger = parsed.ledger ? await readLedger(resolve(io.cwd, parsed.ledger)) : undefined;
  const plan = buildPlan(
    head,
    parsed.ledger
      ? {
          ...settings,
          movement: {
            now,
            coldAfterSweeps: parsed.coldAfterSweeps,
            coldAfterHours: parsed.coldAfterHours,
            ...(ledger ? { ledger } : {}),
          },
        }
      : settings,
    live,
  );
  const next = parsed.ledger || parsed.writeLedger ? nextLedger(plan, ledger, now) : undefined;
  const report = once(() =>
    renderReport(plan, {
      ...(ledger ? { previous: ledger } : {}),
      ...(next ? { next } : {}),
      now,
      coldAfterSweeps: parsed.coldAfterSweeps,
    }),
  );
  write(io, render(plan, parsed.format, report), parsed.format);
  if (parsed.out) await writeFiles(resolve(io.cwd, parsed.out), report().files);
  if (parsed.writeLedger && next) {
    await writeFiles(dirname(resolve(io.cwd, parsed.writeLedger)), {
      [basename(parsed.writeLedger)]: `${JSON.stringify(next)}\n`,
    });
  }
  return parsed.enforce && plan.verdict === 'fail' ? 1 : 0;
}

/** Reads and checks a backlog; `missing` tells a file that is not there from a broken one. */
async function read(
  file: string,
  io: CliIo,
  parsed: Parsed,
): Promise<{ loaded: LoadResult; missing: boolean; unread: boolean }> {
  const path = resolve(io.cwd, file);
  const source = await readBacklogText(path, file, {
    // A link inside the directory the command runs in must not lead out of it (a checked-out
    // pull request could commit one); a path that names a place outside is read as asked.
    ...(isInside(path, io.cwd) ? { root: io.cwd } : {}),
    maxBytes: parsed.maxFileSize,
    raiseWith: '--max-file-size',
    // Known, a bare `pr: 12` and its URL name one pull request.
    ...withRepository(parseRepository(parsed.repo ?? io.env.GITHUB_REPOSITORY)),
  });
  return 'text' in source
    ? { loaded: await parseBacklogText(source.text, file), missing: false, unread: false }
    : { loaded: source.failure, missing: source.missing, unread: !source.missing };
}

/** The first PRINTED_PROBLEMS diagnostics, then how many more there are. */
function printDiagnostics(
  io: CliIo,
  diagnostics: readonly LoadResult['warnings'][number][],
  all: boolean,
): void {
  const shown = all ? diagnostics : diagnostics.slice(0, PRINTED_PROBLEMS);
  for (const d of shown) io.stderr(`${formatDiagnostic(d)}\n`);
  const more = diagnostics.length - shown.length;
  if (more > 0) {
    io.stderr(`… and ${more} more; \`session-sweeper validate\` prints them all.\n`);
  }
}

/** A diff's base: undefined, with the reason, when it is missing or not a valid backlog. */
async function loadBase(
  file: string,
  io: CliIo,
  parsed: Parsed,
): Promise<{ base?: Backlog; note?: string; unknown?: boolean }> {
  const { loaded, missing, unread } = await read(file, io, parsed);
  if (loaded.ok) return { base: loaded.backlog };
  // Too large or not a readable file: as the required check does, nothing counts as introduced.
  if (unread) {
    const note = `${excerpt(loaded.errors[0]?.message ?? `${file} could not be read`, 200)}, so findings could not be told new from existing`;
    io.stderr(`warning: ${note}.\n`);
    return { note, unknown: true };
  }
  const note = missing
    ? `${file} does not exist, so every finding is new`
    : `${file} is not a valid backlog, so every finding counts as new`;
  const first = loaded.errors[0];
  io.stderr(`warning: ${note}${first ? ` (${formatDiagnostic({ ...first, fix: '' })})` : ''}.\n`);
  return { note };
}

/** Loads a backlog, printing every problem; undefined when it cannot be planned. */
async function load(file: string, io: CliIo, parsed: Parsed): Promise<Backlog | undefined> {
  const validating = parsed.command === 'validate';
  const { loaded } = await read(file, io, parsed);
  // A plan lists its warnings among the rails; otherwise they go to stderr.
  if (!loaded.ok || validating) printDiagnostics(io, loaded.warnings, validating);
  if (loaded.ok) return loaded.backlog;
  printDiagnostics(io, loaded.errors, validating);
  const count = loaded.errors.length;
  io.stderr(`${file}: ${count} problem${count === 1 ? '' : 's'}; no plan was made.\n`);
  return undefined;
}

const withRepository = (repository: ReturnType<typeof parseRepository>) =>
  repository ? { repository } : {};

const isInside = (path: string, dir: string) => {
  const rest = relative(dir, path);
  return rest !== '' && rest.split(sep)[0] !== '..' && !isAbsolute(rest);
};

function checkedSettings(settings: PlanSettings, backlog: Backlog): PlanSettings {
  const capacity = settings.capacity ?? backlog.capacity;
  const reserve = settings.reserve ?? backlog.reserve;
  if (reserve >= capacity) {
    throw new BadInput(
      `reserve (${reserve}) must be smaller than capacity (${capacity}); change --reserve-slot or --capacity.`,
    );
  }
  const plan = settings.julesPlan;
  if (plan && reserve >= JULES_PLANS[plan].concurrent) {
    throw new BadInput(
      `reserve (${reserve}) must be smaller than the Jules ${plan} plan's ${JULES_PLANS[plan].concurrent} concurrent sessions; change --reserve-slot or --jules-plan.`,
    );
  }
  return settings;
}

async function readLedger(file: string): Promise<Ledger | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    // No ledger yet is a first sweep; movement is then judged over a time window.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new BadInput(
      `--ledger ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  const { parseLedger } = await import('./planner/ledger-file.js');
  const parsed = parseLedger(text);
  if ('problem' in parsed) throw new BadInput(`--ledger ${file}: ${parsed.problem}.`);
  return parsed.ledger;
}

/** The sessions Jules runs for the repository; a failure is a warning, and the file counts. */
async function julesSessions(
  parsed: Parsed,
  io: CliIo,
  ids: readonly string[],
): Promise<JulesInput> {
  const apiKey = io.env.JULES_API_KEY;
  if (!apiKey) throw new BadInput('--jules reads the key from JULES_API_KEY, which is not set.');
  const repository = parseRepository(parsed.repo ?? io.env.GITHUB_REPOSITORY);
  if (!repository) {
    throw new BadInput(
      '--jules counts the account by repository: name this one with --repo owner/name (or GITHUB_REPOSITORY).',
    );
  }
  // Loaded only for --jules, as the GitHub client only for --github.
  const { DEFAULT_JULES_API_URL, julesUrlProblem, listJulesSessions } =
    await import('./jules/client.js');
  const apiUrl = io.env.JULES_API_URL || DEFAULT_JULES_API_URL;
  const problem = julesUrlProblem(apiUrl);
  if (problem) throw new BadInput(`JULES_API_URL ${problem}, got "${apiUrl}".`);
  const jules = await listJulesSessions({
    apiKey,
    apiUrl,
    repository,
    surface: CLI_SURFACE,
    ids,
    // The daily quota counts archived sessions too.
    archived: parsed.settings.julesPlan !== undefined,
    log: (message) => {
      io.stderr(`${message}\n`);
    },
  });
  if (jules.failure) {
    io.stderr(`warning: live sessions from Jules are missing: ${excerpt(jules.failure, 1000)}\n`);
  }
  return jules;
}

async function liveStatus(
  parsed: Parsed,
  io: CliIo,
  sessions: readonly Session[],
): Promise<LiveInput> {
  const token = io.env.GITHUB_TOKEN;
  if (!token) throw new BadInput('--github reads the token from GITHUB_TOKEN, which is not set.');
  // Loaded only for --github: a plain plan never loads GitHub client code.
  const { readLiveStatus } = await import('./github/live.js');
  const live = await readLiveStatus(
    endpointsFromEnv(io.env, parsed.repo),
    {
      token,
      surface: CLI_SURFACE,
      log: (message) => {
        io.stderr(`${message}\n`);
      },
    },
    sessions,
  );
  if (live.api.failure)
    io.stderr(`warning: live status is missing: ${excerpt(live.api.failure, 1000)}\n`);
  return live;
}

/** The value of `make`, made on first use: the text plan needs no report, and a large plan's
 * report (plan.json, plan.md, the updates) is hundreds of megabytes. */
function once<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

function render(plan: Plan, format: Parsed['format'], report: () => Report): Iterable<string> {
  if (format === 'json') return [report().files['plan.json']!];
  // The same summary as the job's, shortened the same way; --out has the whole plan.md.
  if (format === 'markdown') return [report().summary];
  if (format === 'updates') return [report().files['session-updates.md']!];
  // Written as it is made: a large plan's text is never held whole.
  return renderTextPieces(plan);
}

/**
 * Run inside a GitHub Actions job, text from the backlog and from pull requests could start a
 * line with `::` and be obeyed as a workflow command: the output is fenced with stop-commands.
 */
function write(io: CliIo, pieces: Iterable<string>, format: Parsed['format']): void {
  const token =
    io.env.GITHUB_ACTIONS === 'true' && format !== 'json'
      ? globalThis.crypto.randomUUID()
      : undefined;
  if (token) io.stdout(`::stop-commands::${token}\n`);
  for (const piece of pieces) io.stdout(piece);
  if (token) io.stdout(`::${token}::\n`);
}

/** Each file whole or not at all: written beside, then renamed into place. */
async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const file = resolve(dir, name);
    await writeFile(`${file}.tmp`, text);
    await rename(`${file}.tmp`, file);
  }
}

interface Parsed {
  command: 'plan' | 'validate' | 'diff';
  /** The backlog, or for diff the base then the head. */
  files: string[];
  format: (typeof FORMATS)[number];
  enforce: boolean;
  settings: PlanSettings;
  github: boolean;
  jules: boolean;
  repo?: string;
  ledger?: string;
  writeLedger?: string;
  out?: string;
  coldAfterSweeps: number;
  coldAfterHours: number;
  maxFileSize: number;
  help: boolean;
  version: boolean;
}

function parse(argv: readonly string[]): Parsed {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        capacity: { type: 'string' },
        'reserve-slot': { type: 'string' },
        reserve: { type: 'string' },
        format: { type: 'string', default: 'text' },
        enforce: { type: 'boolean', default: false },
        'fail-on': { type: 'string' },
        ledger: { type: 'string' },
        'write-ledger': { type: 'string' },
        out: { type: 'string' },
        'cold-after-sweeps': { type: 'string' },
        'cold-after-hours': { type: 'string' },
        github: { type: 'boolean', default: false },
        jules: { type: 'boolean', default: false },
        'jules-plan': { type: 'string' },
        repo: { type: 'string' },
        'max-file-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const common = {
    help: values.help,
    version: values.version,
    enforce: values.enforce,
    github: values.github,
    jules: values.jules,
    settings: {} as PlanSettings,
    coldAfterSweeps: 2,
    coldAfterHours: 48,
    maxFileSize: DEFAULT_MAX_BACKLOG_BYTES,
  };
  if (values.help || values.version)
    return { ...common, command: 'plan', files: [], format: 'text' };

  let command: Parsed['command'] = 'plan';
  const files = [...positionals];
  if (files[0] === 'plan' || files[0] === 'validate' || files[0] === 'diff') {
    command = files.shift() as Parsed['command'];
  }
  const wanted = command === 'diff' ? 2 : 1;
  if (files.length === 0) throw new UsageError('name the backlog file to read');
  if (files.length !== wanted) {
    throw new UsageError(
      command === 'diff'
        ? `diff takes the base file and the head file, got: ${files.join(' ')}`
        : `one backlog file at a time, got: ${files.join(' ')}`,
    );
  }

  const format = values.format as Parsed['format'];
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  }
  if (values.reserve !== undefined && values['reserve-slot'] !== undefined) {
    throw new UsageError('give --reserve-slot or --reserve, not both');
  }
  if (values.repo !== undefined && !values.github && !values.jules)
    throw new UsageError('--repo goes with --github or --jules');
  if (values.repo !== undefined && !parseRepository(values.repo)) {
    throw new UsageError(`--repo takes owner/name, got "${values.repo}"`);
  }
  if ((values.ledger ?? values['write-ledger']) !== undefined && command !== 'plan') {
    throw new UsageError('--ledger and --write-ledger go with a plan');
  }
  const settings: PlanSettings = { surface: CLI_SURFACE };
  if (values.capacity !== undefined) settings.capacity = count('--capacity', values.capacity, 1);
  const reserve = values['reserve-slot'] ?? values.reserve;
  if (reserve !== undefined) settings.reserve = count('--reserve-slot', reserve, 0);
  if (values['fail-on'] !== undefined) {
    const rails = parseRailIds(values['fail-on']);
    if ('problem' in rails) throw new UsageError(`--fail-on ${rails.problem}`);
    settings.failOn = new Set(rails);
  }
  const julesPlan = values['jules-plan'];
  if (julesPlan !== undefined) {
    if (!(JULES_PLAN_NAMES as string[]).includes(julesPlan)) {
      throw new UsageError(
        `--jules-plan takes ${JULES_PLAN_NAMES.join(', ')} (the account's Jules plan), got "${julesPlan}"`,
      );
    }
    settings.julesPlan = julesPlan as JulesPlanName;
  }
  if (values['cold-after-sweeps'] !== undefined) {
    common.coldAfterSweeps = count('--cold-after-sweeps', values['cold-after-sweeps'], 1);
  }
  if (values['cold-after-hours'] !== undefined) {
    common.coldAfterHours = count('--cold-after-hours', values['cold-after-hours'], 1);
  }
  if (values['max-file-size'] !== undefined) {
    const bytes = parseByteSize(values['max-file-size']);
    if (bytes === undefined) {
      throw new UsageError(
        `--max-file-size takes a size in bytes, or with a KiB or MiB suffix (such as 8MiB), got "${values['max-file-size']}"`,
      );
    }
    common.maxFileSize = bytes;
  }
  return {
    ...common,
    command,
    files,
    format,
    settings,
    ...(values.repo !== undefined ? { repo: values.repo } : {}),
    ...(values.ledger !== undefined ? { ledger: values.ledger } : {}),
    ...(values['write-ledger'] !== undefined ? { writeLedger: values['write-ledger'] } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}

function count(flag: string, text: string, minimum: number): number {
  if (!/^\d+$/.test(text) || Number(text) < minimum || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`${flag} takes a whole number of at least ${minimum}, got "${text}"`);
  }
  return Number(text);
}
