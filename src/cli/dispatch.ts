// `session-sweeper dispatch FILE [--dry-run]`: the sweep's dispatch from a terminal, with the key
// from JULES_API_KEY. Exit codes: 0 done, 1 refused or stopped by Jules, 2 bad input or usage.
import { resolve } from 'node:path';
import { parseBacklogText, readBacklogText } from '../backlog/load.js';
import type { CliIo } from '../command.js';
import { now as clockNow } from '../clock.js';
import { endpointsFromEnv } from '../github/endpoints.js';
import { parseRepository } from '../github/refs.js';
import { startedPromptsAsEntries } from '../planner/dispatch.js';
import { JULES_PLAN_NAMES } from '../planner/jules.js';
import { buildPlan, withSources } from '../planner/plan.js';
import { withSessionPulls } from '../planner/sessions.js';
import type { JulesPlanName } from '../planner/types.js';
import { formatDiagnostic, renderTextPieces } from '../render/text.js';
import { CLI_SURFACE } from '../surface.js';
import { copilotDispatch, runDispatch } from '../flows/dispatch.js';
import { readArgs, wholeNumber } from './args.js';
import { isInside } from './backlog.js';

export const DISPATCH_USAGE = `Usage:
  session-sweeper dispatch <file> [--dry-run] [options]

Starts the plan's next prompts in Jules within the rails, archives COMPLETED sessions whose pull
request merged (with --github), and approves the plans of its own approve: auto sessions.
The key is read from JULES_API_KEY (JULES_API_URL overrides the address); prompts whose agent is
copilot start in GitHub Copilot's cloud agent with --copilot (a user's token in COPILOT_TOKEN).

Options:
  --dry-run             print the calls dispatch would send, with their bodies; send none
  --repo OWNER/NAME     the repository (default GITHUB_REPOSITORY)
  --default-branch B    the starting branch of prompts without \`branch\` (default main)
  --dispatch-max N      sessions started at most (default: every open slot)
  --capacity N          maximum concurrent sessions (overrides the file)
  --reserve-slot N      slots kept free for the fast lane (overrides the file)
  --jules-plan PLAN     free, pro or ultra: capacity at most its concurrency (with --copilot,
                        Jules' sessions are), and its daily quota
  --github              read pull requests from GitHub (GITHUB_TOKEN), to archive merged work
  --copilot             read this repository's Copilot tasks, and start copilot prompts there
`;

class Bad extends Error {}

export async function runDispatchCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (!(error instanceof Bad)) throw error;
    io.stderr(`session-sweeper dispatch: ${error.message}\n`);
    return 2;
  }
}

const whole = (flag: string, text: string | undefined, minimum: number) => {
  if (text === undefined) return undefined;
  const value = wholeNumber(text, minimum);
  if (value === undefined) {
    throw new Bad(`${flag} takes a whole number of at least ${minimum}, got "${text}"`);
  }
  return value;
};

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = readArgs(argv, {
    'dry-run': { type: 'boolean', default: false },
    repo: { type: 'string' },
    'default-branch': { type: 'string', default: 'main' },
    'dispatch-max': { type: 'string' },
    capacity: { type: 'string' },
    'reserve-slot': { type: 'string' },
    'jules-plan': { type: 'string' },
    github: { type: 'boolean', default: false },
    copilot: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if ('problem' in parsed) throw new Bad(`${parsed.problem}\n\n${DISPATCH_USAGE}`);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(DISPATCH_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new Bad(`name one backlog file\n\n${DISPATCH_USAGE}`);
  const apiKey = io.env.JULES_API_KEY || undefined;
  if (!apiKey && !values.copilot) {
    throw new Bad(
      'dispatch reads the key from JULES_API_KEY, which is not set (or give --copilot, with COPILOT_TOKEN, to start prompts in Copilot alone).',
    );
  }
  const copilotToken = io.env.COPILOT_TOKEN;
  if (values.copilot && !copilotToken) {
    throw new Bad('--copilot reads the token from COPILOT_TOKEN, which is not set.');
  }
  const repository = parseRepository(values.repo ?? io.env.GITHUB_REPOSITORY);
  if (!repository) {
    throw new Bad('name the repository with --repo owner/name (or GITHUB_REPOSITORY).');
  }
  const plan = values['jules-plan'];
  if (plan !== undefined && !(JULES_PLAN_NAMES as string[]).includes(plan)) {
    throw new Bad(`--jules-plan takes ${JULES_PLAN_NAMES.join(', ')}, got "${plan}"`);
  }
  const capacity = whole('--capacity', values.capacity, 1);
  const reserve = whole('--reserve-slot', values['reserve-slot'], 0);
  const max = whole('--dispatch-max', values['dispatch-max'], 1);

  const file = positionals[0]!;
  const path = resolve(io.cwd, file);
  // A link inside the directory the command runs in must not lead out of it.
  const text = await readBacklogText(path, file, isInside(path, io.cwd) ? { root: io.cwd } : {});
  const loaded =
    'text' in text ? await parseBacklogText(text.text, file, { repository }) : text.failure;
  if (!loaded.ok) {
    for (const d of loaded.errors) io.stderr(`${formatDiagnostic(d)}\n`);
    return 2;
  }
  const { DEFAULT_JULES_API_URL, julesUrlProblem, listJulesSessions } =
    await import('../jules/client.js');
  const apiUrl = io.env.JULES_API_URL || DEFAULT_JULES_API_URL;
  const problem = julesUrlProblem(apiUrl);
  if (problem) throw new Bad(`JULES_API_URL ${problem}, got "${apiUrl}".`);
  const log = (message: string) => {
    io.stderr(`${message}\n`);
  };
  const list = () =>
    listJulesSessions({
      apiKey: apiKey!,
      apiUrl,
      repository,
      surface: CLI_SURFACE,
      archived: true,
      log,
    });
  const jules = apiKey ? await list() : undefined;
  const endpoints = endpointsFromEnv(io.env, `${repository.owner}/${repository.repo}`);
  const copilot = values.copilot
    ? await copilotDispatch({
        token: copilotToken!,
        apiUrl: endpoints.apiUrl,
        graphqlUrl: endpoints.graphqlUrl,
        repository,
        surface: CLI_SURFACE,
        log,
      })
    : undefined;
  const tasks = values.copilot ? await copilot!.list() : undefined;
  const backlog = startedPromptsAsEntries(loaded.backlog, { jules, copilot: tasks });
  let pulls;
  if (values.github) {
    const token = io.env.GITHUB_TOKEN;
    if (!token) throw new Bad('--github reads the token from GITHUB_TOKEN, which is not set.');
    const { readLiveStatus } = await import('../github/live.js');
    pulls = await readLiveStatus(
      endpoints,
      { token, surface: CLI_SURFACE, log },
      withSessionPulls(backlog.sessions, [jules, tasks]),
    );
  }
  const now = clockNow();
  // The file as loaded: the plan reads every prompt's marker, started ones included.
  const made = buildPlan(
    loaded.backlog,
    {
      now,
      surface: CLI_SURFACE,
      ...(capacity !== undefined ? { capacity } : {}),
      ...(reserve !== undefined ? { reserve } : {}),
      ...(plan ? { julesPlan: plan as JulesPlanName } : {}),
    },
    withSources(pulls, jules, tasks),
  );
  if (made.reserve >= made.capacity) {
    throw new Bad(`reserve (${made.reserve}) must be smaller than capacity (${made.capacity}).`);
  }
  const report = await runDispatch(
    {
      plan: made,
      backlog,
      file: loaded.backlog,
      jules,
      ...(tasks ? { copilot: tasks } : {}),
      lookups: pulls?.lookups ?? {},
    },
    {
      mode: values['dry-run'] ? 'dry-run' : 'on',
      archive: values.github,
      // In a job the event decides; a person at a terminal is a manual run.
      eventName:
        io.env.GITHUB_ACTIONS === 'true' ? (io.env.GITHUB_EVENT_NAME ?? '') : 'workflow_dispatch',
      repository,
      defaultBranch: values['default-branch'],
      ...(apiKey ? { write: { apiKey, apiUrl, surface: CLI_SURFACE, log } } : {}),
      ...(copilot ? { copilot } : {}),
      ...(made.julesPlan && tasks ? { julesConcurrent: made.julesPlan.concurrent } : {}),
      limits: {
        capacity: made.capacity,
        reserve: made.reserve,
        counted: made.slots.counted,
        ...(made.dailyQuota ? { quota: made.dailyQuota } : {}),
        ...(max !== undefined ? { max } : {}),
      },
      ...(made.julesPlan ? { dailyTasks: made.julesPlan.dailyTasks } : {}),
      now,
      list,
      log,
    },
  );
  made.dispatch = report;
  // In a job, text from the backlog or from Jules is never obeyed as a workflow command.
  const fence = io.env.GITHUB_ACTIONS === 'true' ? globalThis.crypto.randomUUID() : undefined;
  if (fence) io.stdout(`::stop-commands::${fence}\n`);
  for (const piece of renderTextPieces(made)) io.stdout(piece);
  if (fence) io.stdout(`::${fence}::\n`);
  return report.refused || report.stopped ? 1 : 0;
}
