// Live status for the action: pull requests from GitHub, sessions from Jules and tasks from
// Copilot, each client loaded only when its key is given, so an offline sweep never pays for one.
import * as core from './runner.js';
import type { Session } from '../backlog/model.js';
import type { GitHubClient } from '../github/client.js';
import { endpointsFromEnv } from '../github/endpoints.js';
import type { RunContext } from '../github/event.js';
import type { Inputs } from '../inputs.js';
import type { JulesInput } from '../planner/jules.js';
import { withSources, type LiveInput } from '../planner/plan.js';
import { withSessionPulls } from '../planner/sessions.js';
import type { SourceInput } from '../sources/index.js';
import { endSentence, escapeLog, excerpt } from '../render/escape.js';
import { ACTION_SURFACE } from '../surface.js';
import { FAILURE_CHARS, logInfo, sentence } from './outputs.js';

/** The GitHub seam, loaded only when a token is given. */
export async function connect(token: string): Promise<GitHubClient> {
  const { createGitHubClient } = await import('../github/live.js');
  const endpoints = endpointsFromEnv(process.env);
  return createGitHubClient({
    token,
    apiUrl: endpoints.apiUrl,
    graphqlUrl: endpoints.graphqlUrl,
    surface: ACTION_SURFACE,
    log: logInfo,
  });
}

/**
 * The sessions Jules runs for this repository, when a key is given. A fork's pull request has no
 * secrets, and the summary says why the list is missing.
 */
export async function julesSessions(
  inputs: Inputs,
  context: RunContext,
  ids: readonly string[],
): Promise<JulesInput | undefined> {
  const unexpanded = inputs.unexpanded['jules-api-key'] ?? inputs.unexpanded['jules-api-url'];
  if (unexpanded) {
    return { enabled: false, sessions: [], requests: 0, retries: 0, skipped: sentence(unexpanded) };
  }
  if (!inputs.julesApiKey) {
    const pull = context.pullRequest;
    const fromFork =
      pull !== undefined &&
      `${pull.head.owner}/${pull.head.repo}`.toLowerCase() !==
        `${pull.base.owner}/${pull.base.repo}`.toLowerCase();
    if (!fromFork) return undefined;
    return {
      enabled: false,
      sessions: [],
      requests: 0,
      retries: 0,
      skipped:
        'Live sessions from Jules were skipped: this pull request comes from a fork, and forks get no secrets, so no jules-api-key reaches this check. Slots are counted from the file.',
    };
  }
  if (!context.repository) {
    return {
      enabled: true,
      sessions: [],
      requests: 0,
      retries: 0,
      failure: 'GITHUB_REPOSITORY is not set, so Jules sessions cannot be matched to a repository',
    };
  }
  const { listJulesSessions } = await import('../jules/client.js');
  const jules = await listJulesSessions({
    apiKey: inputs.julesApiKey,
    apiUrl: inputs.julesApiUrl,
    repository: context.repository,
    surface: ACTION_SURFACE,
    ids,
    // The daily quota counts archived sessions too, and dispatch reads their markers.
    archived: inputs.julesPlan !== undefined || inputs.dispatch !== 'off',
    log: logInfo,
  });
  if (jules.failure) {
    core.warning(
      escapeLog(
        `Live sessions from Jules are missing: ${endSentence(excerpt(jules.failure, FAILURE_CHARS))} Slots are counted from the file alone.`,
      ),
    );
  }
  return jules;
}

/**
 * The tasks Copilot's cloud agent runs for this repository, when a token is given. A token the
 * agent tasks API refuses (GITHUB_TOKEN, an installation token) is said, and the sweep goes on
 * without Copilot.
 */
export async function copilotTasks(
  inputs: Inputs,
  context: RunContext,
  ids: readonly string[],
  archived = false,
): Promise<SourceInput | undefined> {
  const unexpanded = inputs.unexpanded['copilot-token'];
  const base = { source: 'copilot' as const, sessions: [], requests: 0, retries: 0 };
  if (unexpanded) return { ...base, enabled: false, skipped: sentence(unexpanded) };
  if (!inputs.copilotToken) return undefined;
  if (!context.repository) {
    return {
      ...base,
      enabled: true,
      failure: 'GITHUB_REPOSITORY is not set, so Copilot tasks cannot be listed',
    };
  }
  const { listCopilotTasks } = await import('../copilot/client.js');
  const endpoints = endpointsFromEnv(process.env);
  const copilot = await listCopilotTasks({
    token: inputs.copilotToken,
    apiUrl: endpoints.apiUrl,
    graphqlUrl: endpoints.graphqlUrl,
    repository: context.repository,
    surface: ACTION_SURFACE,
    ids,
    archived,
    log: logInfo,
  });
  if (copilot.failure) {
    core.warning(
      escapeLog(
        `Live tasks from Copilot are missing: ${endSentence(excerpt(copilot.failure, FAILURE_CHARS))} Slots are counted without Copilot.`,
      ),
    );
  }
  return copilot;
}

/** GitHub's status of every pull request, including those the agents opened, plus their lists. */
export async function liveStatus(
  inputs: Inputs,
  github: GitHubClient | undefined,
  declared: readonly Session[],
  jules: JulesInput | undefined,
  copilot?: SourceInput,
): Promise<LiveInput | undefined> {
  const live = await pullRequestStatus(
    inputs,
    github,
    withSessionPulls(declared, [jules, copilot]),
  );
  return withSources(live, jules, copilot);
}

/** Pull request status from GitHub, when a session names one and a token is given. */
async function pullRequestStatus(
  inputs: Inputs,
  github: GitHubClient | undefined,
  sessions: readonly Session[],
): Promise<LiveInput | undefined> {
  if (!sessions.some((s) => s.pr)) return undefined;
  if (!github) {
    return {
      lookups: {},
      api: {
        enabled: false,
        requests: 0,
        retries: 0,
        pullRequests: 0,
        failure:
          inputs.unexpanded['github-token'] ??
          'no github-token was given, so pull requests were not looked up',
      },
    };
  }
  const { fetchLiveStatus } = await import('../github/live.js');
  const endpoints = endpointsFromEnv(process.env);
  return fetchLiveStatus(github, sessions, {
    serverUrl: endpoints.serverUrl,
    surface: ACTION_SURFACE,
    ...(endpoints.repository ? { repository: endpoints.repository } : {}),
  });
}
