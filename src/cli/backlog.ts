// The backlog as the command reads it: every problem printed, a diff's base told missing from
// broken, and the flags' settings checked against the file.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseBacklogText, readBacklogText, type LoadResult } from '../backlog/load.js';
import type { Backlog } from '../backlog/model.js';
import { ofRepository, parseRepository } from '../github/refs.js';
import { JULES_PLANS } from '../planner/jules.js';
import type { PlanSettings } from '../planner/plan.js';
import { excerpt } from '../render/escape.js';
import { formatDiagnostic } from '../render/text.js';
import type { Parsed } from './args.js';
import { BadInput, type CliIo } from './io.js';

/** Problems printed for one file; the rest are counted (`validate` prints them all). */
const PRINTED_PROBLEMS = 100;

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
  });
  // Known, a bare `pr: 12` and its URL name one pull request.
  const repository = ofRepository(parseRepository(parsed.repo ?? io.env.GITHUB_REPOSITORY));
  return 'text' in source
    ? {
        loaded: await parseBacklogText(source.text, file, repository),
        missing: false,
        unread: false,
      }
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
export async function loadBase(
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
export async function load(file: string, io: CliIo, parsed: Parsed): Promise<Backlog | undefined> {
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

/** Inside `dir`: a link there must not lead out of it. */
export const isInside = (path: string, dir: string) => {
  const rest = relative(dir, path);
  return rest !== '' && rest.split(sep)[0] !== '..' && !isAbsolute(rest);
};

/** The flags' settings, which must leave the fast lane a slot under the file's capacity. */
export function checkedSettings(settings: PlanSettings, backlog: Backlog): PlanSettings {
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
