// Live status for the command: --jules lists the account's sessions, --copilot the repository's
// Copilot tasks, --github looks up pull requests. Each client is loaded only for its flag; a failure is a warning and the file counts.
import type { Session } from '../backlog/model.js';
import { endpointsFromEnv } from '../github/endpoints.js';
import { parseRepository } from '../github/refs.js';
import { idsToLookUp, type JulesInput } from '../planner/jules.js';
import { withSources, type LiveInput } from '../planner/plan.js';
import { idsToLookUpIn, withSessionPulls } from '../planner/sessions.js';
import { COPILOT, type SourceInput } from '../sources/index.js';
import { excerpt } from '../render/escape.js';
import { CLI_SURFACE } from '../surface.js';
import type { Parsed } from './args.js';
import { BadInput, logTo, type CliIo } from './io.js';

/** Characters of an API's failure quoted in a warning. */
const FAILURE_CHARS = 1000;

/** What the flags ask for of the sessions in the file (and for diff, in the base). */
export async function readLive(
  parsed: Parsed,
  io: CliIo,
  sessions: readonly Session[],
  baseSessions: readonly Session[] = [],
): Promise<LiveInput | undefined> {
  const ids = idsToLookUp(sessions, baseSessions);
  const jules = parsed.jules ? await julesSessions(parsed, io, ids) : undefined;
  const copilot = parsed.copilot
    ? await copilotTasks(parsed, io, idsToLookUpIn(COPILOT, sessions, baseSessions))
    : undefined;
  const pulls = parsed.github
    ? await pullRequestStatus(parsed, io, withSessionPulls(sessions, [jules, copilot]))
    : undefined;
  return withSources(pulls, jules, copilot);
}

/** The tasks Copilot's cloud agent runs for the repository. */
export async function copilotTasks(
  parsed: Parsed,
  io: CliIo,
  ids: readonly string[],
  archived = false,
): Promise<SourceInput> {
  const token = secret(io, '--copilot', 'token', 'COPILOT_TOKEN');
  const repository = parseRepository(parsed.repo ?? io.env.GITHUB_REPOSITORY);
  if (!repository) {
    throw new BadInput(
      "--copilot lists the repository's tasks: name it with --repo owner/name (or GITHUB_REPOSITORY).",
    );
  }
  const { listCopilotTasks } = await import('../copilot/client.js');
  const endpoints = endpointsFromEnv(io.env, parsed.repo);
  const copilot = await listCopilotTasks({
    token,
    apiUrl: endpoints.apiUrl,
    graphqlUrl: endpoints.graphqlUrl,
    repository,
    surface: CLI_SURFACE,
    ids,
    archived,
    log: logTo(io),
  });
  if (copilot.failure) {
    io.stderr(
      `warning: live tasks from Copilot are missing: ${excerpt(copilot.failure, FAILURE_CHARS)}\n`,
    );
  }
  return copilot;
}

/** A secret a flag reads from the environment: unset, the flag cannot work. */
function secret(io: CliIo, flag: string, what: string, variable: string): string {
  const value = io.env[variable];
  if (!value) throw new BadInput(`${flag} reads the ${what} from ${variable}, which is not set.`);
  return value;
}

/** The sessions Jules runs for the repository. */
async function julesSessions(
  parsed: Parsed,
  io: CliIo,
  ids: readonly string[],
): Promise<JulesInput> {
  const apiKey = secret(io, '--jules', 'key', 'JULES_API_KEY');
  const repository = parseRepository(parsed.repo ?? io.env.GITHUB_REPOSITORY);
  if (!repository) {
    throw new BadInput(
      '--jules counts the account by repository: name this one with --repo owner/name (or GITHUB_REPOSITORY).',
    );
  }
  const { DEFAULT_JULES_API_URL, julesUrlProblem, listJulesSessions } =
    await import('../jules/client.js');
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
    log: logTo(io),
  });
  if (jules.failure) {
    io.stderr(
      `warning: live sessions from Jules are missing: ${excerpt(jules.failure, FAILURE_CHARS)}\n`,
    );
  }
  return jules;
}

/** GitHub's status of every pull request the sessions name. */
async function pullRequestStatus(
  parsed: Parsed,
  io: CliIo,
  sessions: readonly Session[],
): Promise<LiveInput> {
  const token = secret(io, '--github', 'token', 'GITHUB_TOKEN');
  const { readLiveStatus } = await import('../github/live.js');
  const live = await readLiveStatus(
    endpointsFromEnv(io.env, parsed.repo),
    { token, surface: CLI_SURFACE, log: logTo(io) },
    sessions,
  );
  if (live.api.failure) {
    io.stderr(`warning: live status is missing: ${excerpt(live.api.failure, FAILURE_CHARS)}\n`);
  }
  return live;
}
