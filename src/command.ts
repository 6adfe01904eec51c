// The command-line flow: parse arguments, load the backlog, plan, print. Exit codes:
// 0 a plan, 1 a broken rail under --enforce, 2 bad input or usage.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readBacklog } from './backlog/load.js';
import { endpointsFromEnv } from './github/endpoints.js';
import { parseRepository } from './github/refs.js';
import { buildPlan, type LiveInput, type PlanSettings } from './planner/plan.js';
import { renderMarkdown } from './render/markdown.js';
import { formatDiagnostic, renderText } from './render/text.js';
import { VERSION } from './version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const USAGE = `Usage:
  session-sweeper [plan] <file> [options]   print the plan for a backlog
  session-sweeper validate <file>           check a backlog and report every problem

<file> is a sessions.yaml (version 1) or the playbook tool's JSON array.

Options:
  --capacity N       maximum concurrent sessions (overrides the file; default 15)
  --reserve-slot N   slots kept free for the fast lane (overrides the file; default 1)
  --format F         text (default), json or markdown
  --enforce          exit 1 when a rail is broken
  --github           add live pull request and check status from GitHub
                     (token from GITHUB_TOKEN; GITHUB_API_URL for GitHub Enterprise Server)
  --repo OWNER/NAME  the repository a bare \`pr: 12\` belongs to (default GITHUB_REPOSITORY)
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 plan printed, 1 rail broken under --enforce, 2 bad input or usage.
`;

const FORMATS = ['text', 'json', 'markdown'] as const;

class UsageError extends Error {}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    const message = error instanceof UsageError ? error.message : (error as Error).message;
    io.stderr(`session-sweeper: ${message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (parsed.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }

  const loaded = await readBacklog(resolve(io.cwd, parsed.file), parsed.file);
  // A plan lists its warnings among the rails; otherwise they go to stderr.
  if (!loaded.ok || parsed.command === 'validate') {
    for (const warning of loaded.warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
  }
  if (!loaded.ok) {
    for (const error of loaded.errors) io.stderr(`${formatDiagnostic(error)}\n`);
    const count = loaded.errors.length;
    io.stderr(`${parsed.file}: ${count} problem${count === 1 ? '' : 's'}; no plan was made.\n`);
    return 2;
  }
  const { backlog } = loaded;

  if (parsed.command === 'validate') {
    const active = backlog.sessions.filter((s) => s.status !== 'archived').length;
    io.stdout(
      `${parsed.file}: valid (${backlog.format}, ${backlog.sessions.length} sessions, ${active} active)\n`,
    );
    return 0;
  }

  const capacity = parsed.settings.capacity ?? backlog.capacity;
  const reserve = parsed.settings.reserve ?? backlog.reserve;
  if (reserve >= capacity) {
    io.stderr(
      `session-sweeper: reserve (${reserve}) must be smaller than capacity (${capacity}); change --reserve-slot or --capacity.\n`,
    );
    return 2;
  }

  let live: LiveInput | undefined;
  if (parsed.github) {
    const token = io.env.GITHUB_TOKEN;
    if (!token) {
      io.stderr('session-sweeper: --github reads the token from GITHUB_TOKEN, which is not set.\n');
      return 2;
    }
    if (parsed.repo !== undefined && !parseRepository(parsed.repo)) {
      io.stderr(`session-sweeper: --repo takes owner/name, got "${parsed.repo}".\n`);
      return 2;
    }
    // Loaded only for --github: a plain plan never loads GitHub client code.
    const { readLiveStatus } = await import('./github/live.js');
    live = await readLiveStatus(
      endpointsFromEnv(io.env, parsed.repo),
      {
        token,
        log: (message) => {
          io.stderr(`${message}\n`);
        },
      },
      backlog.sessions,
    );
    if (live.api.failure) io.stderr(`warning: live status is missing: ${live.api.failure}\n`);
  }

  const plan = buildPlan(backlog, parsed.settings, live);
  io.stdout(
    parsed.format === 'json'
      ? `${JSON.stringify(plan, null, 2)}\n`
      : parsed.format === 'markdown'
        ? renderMarkdown(plan)
        : renderText(plan),
  );
  return parsed.enforce && plan.verdict === 'fail' ? 1 : 0;
}

interface Parsed {
  command: 'plan' | 'validate';
  file: string;
  format: (typeof FORMATS)[number];
  enforce: boolean;
  settings: PlanSettings;
  github: boolean;
  repo?: string;
  help: boolean;
  version: boolean;
}

function parse(argv: readonly string[]): Parsed {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      capacity: { type: 'string' },
      'reserve-slot': { type: 'string' },
      reserve: { type: 'string' },
      format: { type: 'string', default: 'text' },
      enforce: { type: 'boolean', default: false },
      github: { type: 'boolean', default: false },
      repo: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const base = { help: values.help, version: values.version };
  if (values.help || values.version) {
    return {
      ...base,
      command: 'plan',
      file: '',
      format: 'text',
      enforce: false,
      settings: {},
      github: false,
    };
  }

  let command: Parsed['command'] = 'plan';
  const rest = [...positionals];
  if (rest[0] === 'plan' || rest[0] === 'validate') command = rest.shift() as Parsed['command'];
  if (rest.length === 0) throw new UsageError('name the backlog file to read');
  if (rest.length > 1) throw new UsageError(`one backlog file at a time, got: ${rest.join(' ')}`);

  const format = values.format as Parsed['format'];
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  }
  if (values.reserve !== undefined && values['reserve-slot'] !== undefined) {
    throw new UsageError('give --reserve-slot or --reserve, not both');
  }
  const settings: PlanSettings = {};
  if (values.capacity !== undefined) settings.capacity = count('--capacity', values.capacity, 1);
  const reserve = values['reserve-slot'] ?? values.reserve;
  if (reserve !== undefined) settings.reserve = count('--reserve-slot', reserve, 0);
  if (values.repo !== undefined && !values.github)
    throw new UsageError('--repo goes with --github');
  return {
    ...base,
    command,
    file: rest[0]!,
    format,
    enforce: values.enforce,
    settings,
    github: values.github,
    ...(values.repo !== undefined ? { repo: values.repo } : {}),
  };
}

function count(flag: string, text: string, minimum: number): number {
  if (!/^\d+$/.test(text) || Number(text) < minimum || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`${flag} takes a whole number of at least ${minimum}, got "${text}"`);
  }
  return Number(text);
}
