// The command line read into what to do: the command, its files and its options, each checked.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_BACKLOG_BYTES, parseByteSize } from '../backlog/load.js';
import { parseRepository } from '../github/refs.js';
import { JULES_PLAN_NAMES } from '../planner/jules.js';
import { parseRailIds, type PlanSettings } from '../planner/plan.js';
import type { JulesPlanName } from '../planner/types.js';
import { CLI_SURFACE } from '../surface.js';

/** The command line is wrong: the message and the usage. */
export class UsageError extends Error {}

const FORMATS = ['text', 'json', 'markdown', 'updates'] as const;

export interface Parsed {
  command: 'plan' | 'validate' | 'diff';
  /** The backlog, or for diff the base then the head. */
  files: string[];
  format: (typeof FORMATS)[number];
  enforce: boolean;
  settings: PlanSettings;
  github: boolean;
  jules: boolean;
  /** List this repository's Copilot cloud agent tasks (COPILOT_TOKEN). */
  copilot: boolean;
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

/** The options and the other words of a command line; an unknown option is a problem. */
export function readArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: T,
) {
  try {
    return parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: T }>({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options,
    });
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

/** A whole number of at least `minimum`, or undefined. */
export function wholeNumber(text: string, minimum: number): number | undefined {
  return /^\d+$/.test(text) && Number(text) >= minimum && Number.isSafeInteger(Number(text))
    ? Number(text)
    : undefined;
}

/** --max-file-size in bytes, or what is wrong with it. */
export function maxFileSize(text: string): number | { problem: string } {
  return (
    parseByteSize(text) ?? {
      problem: `--max-file-size takes a size in bytes, or with a KiB or MiB suffix (such as 8MiB), got "${text}"`,
    }
  );
}

export function parse(argv: readonly string[]): Parsed {
  const args = readArgs(argv, {
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
    copilot: { type: 'boolean', default: false },
    'jules-plan': { type: 'string' },
    repo: { type: 'string' },
    'max-file-size': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
  });
  if ('problem' in args) throw new UsageError(args.problem);
  const { values, positionals } = args;
  const common = {
    help: values.help,
    version: values.version,
    enforce: values.enforce,
    github: values.github,
    jules: values.jules,
    copilot: values.copilot,
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
  if (values.repo !== undefined && !values.github && !values.jules && !values.copilot)
    throw new UsageError('--repo goes with --github, --jules or --copilot');
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
    const bytes = maxFileSize(values['max-file-size']);
    if (typeof bytes !== 'number') throw new UsageError(bytes.problem);
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
  const value = wholeNumber(text, minimum);
  if (value === undefined) {
    throw new UsageError(`${flag} takes a whole number of at least ${minimum}, got "${text}"`);
  }
  return value;
}
