// The action's flow, the only place that does I/O in order: inputs → backlog → plan → reports.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, rename, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  backlogTextWithin,
  parseBacklogText,
  readBacklogText,
  type BacklogText,
} from './backlog/load.js';
import type { Backlog, Diagnostic, Session } from './backlog/model.js';
import { now as clockNow } from './clock.js';
import type { GitHubClient } from './github/client.js';
import { artifactsUnavailable, endpointsFromEnv } from './github/endpoints.js';
import { readRunContext, type RunContext } from './github/event.js';
import { dispatchFromAction } from './flows/dispatch.js';
import { getInputs, InputError, type Inputs } from './inputs.js';
import { startedPromptsAsEntries } from './planner/dispatch.js';
import { judgeChange } from './planner/change.js';
import { idsToLookUp, JULES_PLANS, withJulesPulls, type JulesInput } from './planner/jules.js';
import type { Ledger } from './planner/ledger.js';
import { nextLedger } from './planner/movement.js';
import {
  buildPlan,
  schemaViolations,
  withJules,
  type LiveInput,
  type PlanSettings,
} from './planner/plan.js';
import type { Plan, Violation } from './planner/types.js';
import { renderLoadFailure, renderUnchanged } from './render/markdown.js';
import { renderReport, type Report } from './render/report.js';
import { escapeLog, excerpt, jsonWithoutInvisibles } from './render/escape.js';
import { renderText } from './render/text.js';
import { ACTION_SURFACE } from './surface.js';

/** GitHub shows at most 10 annotations of each type per step; the rest are dropped silently. */
export const ANNOTATIONS_PER_TYPE = 10;
/**
 * Findings get one fewer of each, so GitHub never drops the annotations that matter most: the
 * job's own failure line (an error) and a warning about the run itself (an artifact outage).
 */
export const FINDING_ANNOTATIONS_PER_TYPE = ANNOTATIONS_PER_TYPE - 1;
/** Characters of an annotation's text, and of the line that fails the job. */
const ANNOTATION_CHARS = 4000;
/** Characters of an API's failure quoted in a log line: a proxy's error page can be megabytes. */
const FAILURE_CHARS = 1000;
/** Bytes of a list output (violations, cold-categories): the first entries, as valid JSON. */
export const OUTPUT_BUDGET_BYTES = 64 * 1024;

/** A JSON list of as many leading `items` as fit in OUTPUT_BUDGET_BYTES. */
export function boundedJson(items: readonly unknown[]): string {
  const parts: string[] = [];
  let used = 2;
  for (const item of items) {
    const text = jsonWithoutInvisibles(item);
    used += Buffer.byteLength(text) + 1;
    if (used > OUTPUT_BUDGET_BYTES) break;
    parts.push(text);
  }
  return `[${parts.join(',')}]`;
}

export async function run(): Promise<void> {
  try {
    const now = clockNow();
    const inputs = getInputs();
    for (const reason of Object.values(inputs.unexpanded)) core.warning(`${capitalise(reason)}.`);
    const context = await readRunContext(process.env);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    // The file must stay inside the workspace: a pull request could commit a symlink.
    const head = await readBacklogText(
      resolve(workspace, inputs.sessionsFile),
      inputs.sessionsFile,
      {
        root: workspace,
        maxBytes: inputs.maxFileSize,
        raiseWith: 'the max-file-size input',
      },
    );
    if (context.pullRequest) await checkPullRequest(inputs, context, head, now);
    else await sweep(inputs, context, head, now);
  } catch (error) {
    // Only our own InputError is expected; anything else is a bug, reported without a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(
      escapeLog(
        error instanceof InputError ? message : `session-sweeper failed unexpectedly: ${message}`,
      ),
    );
  }
}

/** A scheduled or manual sweep: the backlog now, against the sweeps before it. */
async function sweep(
  inputs: Inputs,
  context: RunContext,
  head: BacklogText,
  now: string,
): Promise<void> {
  if (!('text' in head)) return reportLoadFailure(inputs, head.failure.errors, []);
  const loaded = await parseBacklogText(head.text, inputs.sessionsFile, ofRepository(context));
  if (!loaded.ok) return reportLoadFailure(inputs, loaded.errors, loaded.warnings);
  const settings = planSettings(inputs, loaded.backlog, now);
  const github = inputs.githubToken ? await connect(inputs.githubToken) : undefined;
  const jules = await julesSessions(inputs, context, idsToLookUp(loaded.backlog.sessions));
  // dispatch: prompts Jules already runs are entries, so their pull requests are looked up too
  const backlog = startedPromptsAsEntries(loaded.backlog, jules);
  const live = await liveStatus(inputs, github, backlog.sessions, jules);
  const previous = await loadLedger(inputs, context, github);
  const plan = buildPlan(
    backlog,
    {
      ...settings,
      ...(inputs.ledger.kind === 'off'
        ? {}
        : {
            movement: {
              now,
              coldAfterSweeps: inputs.coldAfterSweeps,
              coldAfterHours: inputs.coldAfterHours,
              ...(previous.ledger ? { ledger: previous.ledger } : {}),
            },
          }),
    },
    live,
  );
  if (previous.note) plan.notes.push(previous.note);
  // dispatch: after the plan is made, before it is reported
  const world = { plan, backlog, file: loaded.backlog, jules, lookups: live?.lookups ?? {} };
  const recorded = await dispatchFromAction(inputs, context, world, now);
  const next =
    inputs.ledger.kind === 'off' ? undefined : recorded(nextLedger(plan, previous.ledger, now));
  const report = renderReport(plan, {
    ...(previous.ledger ? { previous: previous.ledger } : {}),
    ...(next ? { next } : {}),
    now,
    coldAfterSweeps: inputs.coldAfterSweeps,
  });
  await publish(plan, report, inputs, false);
  // A ledger that could not be read is kept as it is: a fresh one saved over it would restart
  // the count, and the next sweep can still read the last good one.
  if (next && !previous.unreadable) await saveLedger(inputs, next);
  failOnApiError(inputs, plan);
}

/**
 * A pull request: the backlog at its head judged against its base, read through the API so no
 * deep checkout is needed. Only what the change introduces fails, unless fail-on-existing.
 */
async function checkPullRequest(
  inputs: Inputs,
  context: RunContext,
  checkedOut: BacklogText,
  now: string,
): Promise<void> {
  let head = checkedOut;
  const pull = context.pullRequest!;
  const limit = { maxBytes: inputs.maxFileSize, raiseWith: 'the max-file-size input' };
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  // The path inside the repository, whether the input was relative or absolute.
  const repoPath = relative(workspace, resolve(workspace, inputs.sessionsFile))
    .split(sep)
    .join('/');
  const github = inputs.githubToken ? await connect(inputs.githubToken) : undefined;
  let baseText: string | null | undefined;
  let baseNote: string | undefined;
  let baseFailure: string | undefined;
  if (!github) {
    baseNote = `${inputs.unexpanded['github-token'] ?? 'no github-token was given'}, so the base branch could not be read`;
  } else if (repoPath.startsWith('../') || isAbsolute(repoPath)) {
    baseNote = `${inputs.sessionsFile} is outside the repository, so its base version cannot be read`;
  } else {
    try {
      baseText = await github.fileAt(pull.base.owner, pull.base.repo, repoPath, pull.baseSha);
      // Text from the API is held to the same limit as the checked-out file.
      if (typeof baseText === 'string') {
        const within = backlogTextWithin(baseText, `${inputs.sessionsFile}@base`, limit);
        if (!('text' in within)) {
          baseText = undefined;
          baseNote = `${within.failure.errors[0]!.message}, so findings could not be told new from existing`;
        }
      }
      // pull_request_target checks out the base: the head is read through the API instead.
      if (context.eventName === 'pull_request_target') {
        const text = await github.fileAt(pull.head.owner, pull.head.repo, repoPath, pull.headSha);
        head =
          text === null
            ? { ...missingHead(inputs.sessionsFile) }
            : backlogTextWithin(text, inputs.sessionsFile, limit);
      }
    } catch (error) {
      baseText = undefined;
      baseFailure = (error as Error).message;
      baseNote = `the base version could not be read: ${excerpt(baseFailure, FAILURE_CHARS)}`;
    }
  }

  if (!('text' in head)) {
    if (head.missing && typeof baseText === 'string') {
      const note = `This pull request deletes ${inputs.sessionsFile}: there is no backlog left to check, and the nightly sweep will fail until one is committed.`;
      await writeSummary(renderUnchanged(note, 'warn'));
      setEmptyOutputs('warn');
      core.warning(note);
      return;
    }
    return reportLoadFailure(inputs, head.failure.errors, []);
  }
  // Required checks must report on every pull request: an untouched backlog passes at once.
  if (baseText === head.text) {
    await writeSummary(
      renderUnchanged(
        `This pull request does not change ${inputs.sessionsFile}: backlog unchanged, nothing to check.`,
        'pass',
      ),
    );
    setEmptyOutputs('pass');
    core.info(`backlog unchanged: ${inputs.sessionsFile} is the same as on the base branch.`);
    return;
  }

  const loaded = await parseBacklogText(head.text, inputs.sessionsFile, ofRepository(context));
  if (!loaded.ok) return reportLoadFailure(inputs, loaded.errors, loaded.warnings);
  let base: Backlog | undefined;
  if (typeof baseText === 'string') {
    const parsed = await parseBacklogText(
      baseText,
      `${inputs.sessionsFile}@base`,
      ofRepository(context),
    );
    if (parsed.ok) base = parsed.backlog;
    else baseNote = 'the base version is not a valid backlog, so every finding counts as new';
  } else if (baseText === null) {
    baseNote = `this pull request creates ${inputs.sessionsFile}, so every finding is new`;
  }
  const jules = await julesSessions(
    inputs,
    context,
    idsToLookUp(loaded.backlog.sessions, base?.sessions ?? []),
  );
  const live = await liveStatus(inputs, github, loaded.backlog.sessions, jules);
  // The base could not be read at all (unlike a base without the file): nothing is "introduced".
  const baseUnknown = baseText === undefined;
  const plan = judgeChange(base, loaded.backlog, planSettings(inputs, loaded.backlog, now), live, {
    failOnExisting: inputs.failOnExisting,
    baseUnknown,
  });
  if (baseNote) plan.notes.push(`Judged against the base branch: ${baseNote}.`);
  // dispatch: refused on a pull request, with the reason in the summary
  const world = { plan, backlog: loaded.backlog, file: loaded.backlog, jules, lookups: {} };
  await dispatchFromAction(inputs, context, world, now);
  if (baseUnknown) {
    core.warning(
      escapeLog(
        `The backlog was not judged against its base (${baseNote ?? 'unknown reason'}); findings are reported but fail the check only with fail-on-existing.`,
      ),
    );
  }
  const report = renderReport(plan, { now });
  await publish(plan, report, inputs, !inputs.failOnExisting);
  failOnApiError(inputs, plan);
  if (baseFailure && inputs.onApiError === 'fail') {
    core.setFailed(
      escapeLog(
        `The base version of ${inputs.sessionsFile} could not be read from GitHub (on-api-error: fail): ${excerpt(baseFailure, FAILURE_CHARS)}`,
      ),
    );
  }
}

/** The repository a bare `pr: 12` belongs to, for the loader. */
const ofRepository = (context: RunContext) =>
  context.repository ? { repository: context.repository } : {};

/** The inputs' overrides only: a backlog (and a pull request's base) keeps its own capacity. */
function planSettings(inputs: Inputs, backlog: Backlog, now: string): PlanSettings {
  const capacity = inputs.capacity ?? backlog.capacity;
  const reserve = inputs.reserve ?? backlog.reserve;
  if (reserve >= capacity) {
    throw new InputError(
      `reserve (${reserve}) must be smaller than capacity (${capacity}); fix the inputs or ${inputs.sessionsFile}.`,
    );
  }
  const plan = inputs.julesPlan;
  if (plan && reserve >= JULES_PLANS[plan].concurrent) {
    throw new InputError(
      `reserve (${reserve}) must be smaller than the Jules ${plan} plan's ${JULES_PLANS[plan].concurrent} concurrent sessions; fix the reserve input, ${inputs.sessionsFile} or jules-plan.`,
    );
  }
  return {
    failOn: new Set(inputs.failOn),
    surface: ACTION_SURFACE,
    ...(plan ? { julesPlan: plan } : {}),
    stalePromptDays: inputs.stalePromptDays,
    now,
    ...(inputs.capacity !== undefined ? { capacity: inputs.capacity } : {}),
    ...(inputs.reserve !== undefined ? { reserve: inputs.reserve } : {}),
  };
}

function missingHead(file: string): BacklogText {
  return {
    failure: {
      ok: false,
      errors: [{ severity: 'error', message: `backlog file ${file} was not found` }],
      warnings: [],
    },
    missing: true,
  };
}

/** The GitHub seam, loaded only when a token is given: an offline sweep never pays for it. */
async function connect(token: string): Promise<GitHubClient> {
  const { createGitHubClient } = await import('./github/live.js');
  const endpoints = endpointsFromEnv(process.env);
  return createGitHubClient({
    token,
    apiUrl: endpoints.apiUrl,
    graphqlUrl: endpoints.graphqlUrl,
    surface: ACTION_SURFACE,
    log: (message) => {
      core.info(escapeLog(message));
    },
  });
}

/**
 * The sessions Jules runs for this repository, when a key is given. A fork's pull request has no
 * secrets, and the summary says why the list is missing.
 */
async function julesSessions(
  inputs: Inputs,
  context: RunContext,
  ids: readonly string[],
): Promise<JulesInput | undefined> {
  const unexpanded = inputs.unexpanded['jules-api-key'] ?? inputs.unexpanded['jules-api-url'];
  if (unexpanded) {
    return {
      enabled: false,
      sessions: [],
      requests: 0,
      retries: 0,
      skipped: `${capitalise(unexpanded)}.`,
    };
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
  const { listJulesSessions } = await import('./jules/client.js');
  const jules = await listJulesSessions({
    apiKey: inputs.julesApiKey,
    apiUrl: inputs.julesApiUrl,
    repository: context.repository,
    surface: ACTION_SURFACE,
    ids,
    // The daily quota counts archived sessions too, and dispatch reads their markers.
    archived: inputs.julesPlan !== undefined || inputs.dispatch !== 'off',
    log: (message) => {
      core.info(escapeLog(message));
    },
  });
  if (jules.failure) {
    core.warning(
      escapeLog(
        `Live sessions from Jules are missing: ${excerpt(jules.failure, FAILURE_CHARS)}. Slots are counted from the file alone.`,
      ),
    );
  }
  return jules;
}

/** GitHub's status of every pull request, including those Jules opened, plus Jules' list. */
async function liveStatus(
  inputs: Inputs,
  github: GitHubClient | undefined,
  declared: readonly Session[],
  jules: JulesInput | undefined,
): Promise<LiveInput | undefined> {
  const live = await pullRequestStatus(inputs, github, withJulesPulls(declared, jules));
  return withJules(live, jules);
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
  const { fetchLiveStatus } = await import('./github/live.js');
  const endpoints = endpointsFromEnv(process.env);
  return fetchLiveStatus(github, sessions, {
    serverUrl: endpoints.serverUrl,
    surface: ACTION_SURFACE,
    ...(endpoints.repository ? { repository: endpoints.repository } : {}),
  });
}

function failOnApiError(inputs: Inputs, plan: Plan): void {
  if (inputs.onApiError !== 'fail') return;
  if (plan.api.failure) {
    core.setFailed(
      escapeLog(
        `Live status from GitHub is missing (on-api-error: fail): ${excerpt(plan.api.failure, FAILURE_CHARS)}`,
      ),
    );
  }
  if (plan.jules.failure) {
    core.setFailed(
      escapeLog(
        `Live sessions from Jules are missing (on-api-error: fail): ${excerpt(plan.jules.failure, FAILURE_CHARS)}`,
      ),
    );
  }
}

/** The previous sweeps: from a file, from the last successful run's artifact, or none. */
async function loadLedger(
  inputs: Inputs,
  context: RunContext,
  github: GitHubClient | undefined,
): Promise<{ ledger?: Ledger; note?: string; unreadable?: true }> {
  let text: string | null;
  try {
    if (inputs.ledger.kind === 'off') return {};
    if (inputs.ledger.kind === 'file') {
      text = await readFile(ledgerPath(inputs.ledger.path), 'utf8').catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      });
    } else {
      const why = artifactsUnavailable(process.env);
      if (why) return { note: `The ledger was not read: ${why}.` };
      if (!github || !inputs.githubToken) {
        return {
          note: `The ledger was not read: ${inputs.unexpanded['github-token'] ?? 'no github-token was given'}.`,
        };
      }
      if (!context.repository || !context.workflowFile || !context.defaultBranch) {
        return {
          note: 'The ledger was not read: this run does not say which repository, workflow file or default branch its earlier sweeps ran on (GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF, the event payload).',
        };
      }
      const { downloadLedger } = await import('./github/artifacts.js');
      text = await downloadLedger(github, context, inputs.githubToken);
    }
  } catch (error) {
    const note = `The ledger could not be read (${(error as Error).message}); movement is judged over a time window instead, and the ledger is not replaced, so the next sweep reads the last one saved.`;
    core.warning(escapeLog(note));
    return { note, unreadable: true };
  }
  if (text === null) return {};
  const { parseLedger } = await import('./planner/ledger-file.js');
  const parsed = parseLedger(text);
  if ('problem' in parsed) {
    const note = `The ledger was ignored: ${parsed.problem}.`;
    core.warning(escapeLog(note));
    return { note };
  }
  return { ledger: parsed.ledger };
}

async function saveLedger(inputs: Inputs, ledger: Ledger): Promise<void> {
  const text = `${JSON.stringify(ledger)}\n`;
  try {
    if (inputs.ledger.kind === 'file') {
      await writeWhole(ledgerPath(inputs.ledger.path), text);
    } else if (inputs.ledger.kind === 'artifact') {
      if (artifactsUnavailable(process.env)) return;
      const { uploadLedger } = await import('./github/artifacts.js');
      await uploadLedger(text);
    }
  } catch (error) {
    core.warning(escapeLog(`The ledger could not be saved: ${(error as Error).message}`));
  }
}

const ledgerPath = (path: string) => resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), path);

async function publish(
  plan: Plan,
  report: Report,
  inputs: Inputs,
  onlyIntroduced: boolean,
): Promise<void> {
  logUntrusted(renderText(plan));
  const dir = await writeReportFiles(report);
  await writeSummary(report.summary);
  annotate(plan.violations.map(fromViolation));
  await uploadReport(inputs, dir, Object.keys(report.files));

  core.setOutput('verdict', plan.verdict);
  core.setOutput('free-slots-needed', String(plan.freeSlotsNeeded));
  core.setOutput('cold-categories', boundedJson(plan.coldCategories));
  core.setOutput('violations', boundedJson(plan.violations));
  core.setOutput('plan-json', join(dir, 'plan.json'));

  if (plan.verdict === 'fail') {
    failOrWarn(
      inputs,
      plan.violations.filter((v) => !onlyIntroduced || v.introduced !== false),
    );
  }
}

/** Outputs of a check that made no plan: nothing found, and lists that `fromJSON` can read. */
function setEmptyOutputs(verdict: 'pass' | 'warn'): void {
  core.setOutput('verdict', verdict);
  core.setOutput('violations', '[]');
  core.setOutput('cold-categories', '[]');
}

async function reportLoadFailure(
  inputs: Inputs,
  errors: Diagnostic[],
  warnings: Diagnostic[],
): Promise<void> {
  const violations = schemaViolations([...errors, ...warnings]);
  await writeSummary(renderLoadFailure(inputs.sessionsFile, errors));
  annotate(violations.map(fromViolation));
  core.setOutput('verdict', 'fail');
  core.setOutput('violations', boundedJson(violations));
  // No plan, so no slots counted; an empty list keeps `fromJSON` in later steps working.
  core.setOutput('cold-categories', '[]');
  failOrWarn(inputs, violations);
}

/** Fails the job in enforce mode, naming each broken rail and its fix. */
function failOrWarn(inputs: Inputs, violations: readonly Violation[]): void {
  const byRail = new Map<string, Violation[]>();
  for (const v of violations) {
    if (v.severity !== 'error') continue;
    const same = byRail.get(v.rail);
    if (same) same.push(v);
    else byRail.set(v.rail, [v]);
  }
  const lines = [...byRail].map(([rail, [first, ...rest]]) => {
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
    return `${rail}: ${excerpt(first!.message, ANNOTATION_CHARS / 4)}${more} Fix: ${excerpt(first!.fix, ANNOTATION_CHARS / 4)}`;
  });
  const message = `${byRail.size === 1 ? 'A rail is' : `${byRail.size} rails are`} broken. ${lines.join(' ')} The job summary lists every finding.`;
  // setFailed escapes its text; the report-mode line carries session text too, so it is fenced.
  if (inputs.mode === 'enforce') core.setFailed(escapeLog(message));
  else logUntrusted(`mode is report, so the job passes. ${message}\n`);
}

/**
 * Writes the report's files, each whole or not at all, in a directory of this step's own, so a
 * second sweep in the same job does not overwrite the first one's plan.
 */
async function writeReportFiles(report: Report): Promise<string> {
  const root = process.env.RUNNER_TEMP || tmpdir();
  await mkdir(root, { recursive: true });
  const dir = await mkdtemp(join(root, 'session-sweeper-'));
  for (const [name, text] of Object.entries(report.files)) await writeWhole(join(dir, name), text);
  return dir;
}

/** The plan as an artifact; where artifacts cannot be used, a warning and nothing else. */
async function uploadReport(inputs: Inputs, dir: string, files: string[]): Promise<void> {
  // Checked first: outside a job the 3.7 MB artifact client is never loaded.
  const why = artifactsUnavailable(process.env);
  if (why) {
    core.warning(
      `The plan was not uploaded as an artifact: ${why}. The job summary and plan-json still have it.`,
    );
    return;
  }
  try {
    const { uploadFiles } = await import('./github/artifacts.js');
    await uploadFiles(inputs.artifactName, dir, files, inputs.retentionDays);
  } catch (error) {
    core.warning(
      escapeLog(`The plan could not be uploaded as an artifact: ${(error as Error).message}`),
    );
  }
}

/** A temporary file renamed into place: readers see the old file or the new one, never half. */
async function writeWhole(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, text);
  await rename(partial, file);
}

/** Appends to the step's summary file, which the runner renders as GitHub-flavoured Markdown. */
async function writeSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    core.info('No GITHUB_STEP_SUMMARY here, so no job summary was written.');
    return;
  }
  await appendFile(file, markdown);
}

/** Text from the backlog never runs as a workflow command, whatever it holds. */
function logUntrusted(text: string): void {
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n${text}::${token}::\n`);
}

interface Annotation {
  severity: 'error' | 'warning';
  existing: boolean;
  text: string;
  properties: core.AnnotationProperties;
}

/** The most severe first, at most FINDING_ANNOTATIONS_PER_TYPE of each type; the rest are counted. */
function annotate(annotations: readonly Annotation[]): void {
  let hidden = 0;
  for (const severity of ['error', 'warning'] as const) {
    // What this change introduced comes first: it is what fails the check.
    const ofType = annotations
      .filter((a) => a.severity === severity)
      .sort((a, b) => Number(a.existing) - Number(b.existing));
    for (const a of ofType.slice(0, FINDING_ANNOTATIONS_PER_TYPE)) {
      core[severity](a.text, a.properties);
    }
    hidden += Math.max(0, ofType.length - FINDING_ANNOTATIONS_PER_TYPE);
  }
  if (hidden > 0)
    core.info(`${hidden} more findings are not annotated; the job summary lists them all.`);
}

const fromViolation = (v: Violation): Annotation => ({
  severity: v.severity,
  existing: v.introduced === false,
  text: escapeLog(
    excerpt(
      `${v.introduced === false ? '(existing) ' : ''}${v.message} Fix: ${v.fix}`,
      ANNOTATION_CHARS,
    ),
  ),
  properties: {
    title: escapeLog(`session-sweeper: ${v.rail}`),
    ...(v.file ? { file: v.file } : {}),
    ...(v.line ? { startLine: v.line } : {}),
    ...(v.column ? { startColumn: v.column } : {}),
  },
});

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
