// `session-sweeper convert <sessions.json> [--out sessions.yaml] [--force]`: moves a backlog from
// the playbook tool's JSON to sessions.yaml. Exit codes: 0 converted, 2 bad input or usage.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { toSessionsYaml } from '../backlog/convert.js';
import { readBacklog } from '../backlog/load.js';
import { writeWhole } from '../files.js';
import { formatDiagnostic } from '../render/text.js';
import { maxFileSize, readArgs, wholeNumber } from './args.js';

export interface ConvertIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export const CONVERT_USAGE = `Usage:
  session-sweeper convert <sessions.json> [--out sessions.yaml] [--force]

Writes the playbook tool's JSON array as an equivalent sessions.yaml: to stdout, or to --out.

Options:
  --out FILE            write the sessions.yaml there (refused if it exists)
  --force               overwrite --out if it exists
  --capacity N          write this capacity into the file (default 15)
  --reserve-slot N      write this reserve into the file (default 1)
  --max-file-size SIZE  read larger files, in bytes or with a KiB or MiB suffix (default 2MiB)
  -h, --help            show this help
`;

export async function runConvert(argv: readonly string[], io: ConvertIo): Promise<number> {
  const usage = (message: string) => {
    io.stderr(`session-sweeper convert: ${message}\n\n${CONVERT_USAGE}`);
    return 2;
  };
  const args = readArgs(argv, {
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    capacity: { type: 'string' },
    'reserve-slot': { type: 'string' },
    'max-file-size': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if ('problem' in args) return usage(args.problem);
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(CONVERT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    return usage(
      positionals.length === 0
        ? "name the playbook tool's sessions.json to convert"
        : `one file at a time, got: ${positionals.join(' ')}`,
    );
  }
  if (values.force && values.out === undefined) return usage('--force goes with --out');
  const capacity = whole(values.capacity, 1);
  const reserve = whole(values['reserve-slot'], 0);
  if (capacity === null) return usage(`--capacity takes a whole number of at least 1`);
  if (reserve === null) return usage(`--reserve-slot takes a whole number of at least 0`);

  const maxBytes =
    values['max-file-size'] === undefined ? undefined : maxFileSize(values['max-file-size']);
  if (typeof maxBytes === 'object') return usage(maxBytes.problem);

  const file = positionals[0]!;
  const loaded = await readBacklog(resolve(io.cwd, file), file, {
    raiseWith: '--max-file-size',
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  });
  // The tool's loose values are converted as the tool read them: each conversion is a warning.
  for (const warning of loaded.warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
  if (!loaded.ok) {
    for (const error of loaded.errors) io.stderr(`${formatDiagnostic(error)}\n`);
    const count = loaded.errors.length;
    io.stderr(`${file}: ${count} problem${count === 1 ? '' : 's'}; nothing was converted.\n`);
    return 2;
  }
  if (loaded.backlog.format !== 'playbook-json') {
    io.stderr(
      `session-sweeper convert: ${file} is already a sessions.yaml (version 1); there is nothing to convert.\n`,
    );
    return 2;
  }
  const settings = {
    capacity: capacity ?? loaded.backlog.capacity,
    reserve: reserve ?? loaded.backlog.reserve,
  };
  if (settings.reserve >= settings.capacity) {
    return usage(
      `reserve (${settings.reserve}) must be smaller than capacity (${settings.capacity})`,
    );
  }
  const { text, notes } = toSessionsYaml(loaded.backlog, settings);
  for (const note of notes) io.stderr(`${formatDiagnostic(note)}\n`);

  if (values.out === undefined) {
    io.stdout(text);
    return 0;
  }
  const out = resolve(io.cwd, values.out);
  try {
    if (values.force) await writeWhole(out, text);
    else await writeFile(out, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(
      code === 'EEXIST'
        ? `session-sweeper convert: ${values.out} already exists; add --force to overwrite it, or choose another --out.\n`
        : `session-sweeper convert: ${values.out} cannot be written (${code ?? 'error'}).\n`,
    );
    return 2;
  }
  io.stderr(
    `${values.out}: written (${loaded.backlog.sessions.length} session${loaded.backlog.sessions.length === 1 ? '' : 's'}); check it with: session-sweeper validate ${values.out}\n`,
  );
  return 0;
}

/** undefined when absent, null when not a whole number of at least `minimum`. */
function whole(text: string | undefined, minimum: number): number | null | undefined {
  return text === undefined ? undefined : (wholeNumber(text, minimum) ?? null);
}
