// The action's flow, the only place that does I/O in order: inputs → backlog → plan → reports.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Diagnostic, Session } from './backlog/model.js';
import { endpointsFromEnv } from './github/endpoints.js';
import { readBacklog } from './backlog/load.js';
import { getInputs, InputError, type Inputs } from './inputs.js';
import { buildPlan, schemaViolations, type LiveInput } from './planner/plan.js';
import type { Plan, Violation } from './planner/types.js';
import { renderLoadFailure, renderMarkdown } from './render/markdown.js';
import { renderText } from './render/text.js';

/** GitHub shows at most 10 annotations of each type per step; the rest are dropped silently. */
export const ANNOTATIONS_PER_TYPE = 10;

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const loaded = await readBacklog(resolve(workspace, inputs.sessionsFile), inputs.sessionsFile);
    if (!loaded.ok) {
      await reportLoadFailure(inputs, loaded.errors, loaded.warnings);
      return;
    }
    const capacity = inputs.capacity ?? loaded.backlog.capacity;
    const reserve = inputs.reserve ?? loaded.backlog.reserve;
    if (reserve >= capacity) {
      throw new InputError(
        `reserve (${reserve}) must be smaller than capacity (${capacity}); fix the inputs or ${inputs.sessionsFile}.`,
      );
    }
    const settings = { capacity, reserve };
    const live = await liveStatus(inputs, loaded.backlog.sessions);
    const plan = buildPlan(loaded.backlog, settings, live);
    await publish(plan, inputs);
    if (plan.api.failure && inputs.onApiError === 'fail') {
      core.setFailed(
        `Live status from GitHub is missing (on-api-error: fail): ${plan.api.failure}`,
      );
    }
  } catch (error) {
    // Only our own InputError is expected; anything else is a bug, reported without a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(
      error instanceof InputError ? message : `session-sweeper failed unexpectedly: ${message}`,
    );
  }
}

/** Pull request status from GitHub, when a session names one and a token is given. */
async function liveStatus(
  inputs: Inputs,
  sessions: readonly Session[],
): Promise<LiveInput | undefined> {
  if (!sessions.some((s) => s.pr)) return undefined;
  if (!inputs.githubToken) {
    return {
      lookups: {},
      api: {
        enabled: false,
        requests: 0,
        retries: 0,
        pullRequests: 0,
        failure: 'no github-token was given, so pull requests were not looked up',
      },
    };
  }
  // Loaded here, not at start: an offline sweep never pays for the GitHub client.
  const { readLiveStatus } = await import('./github/live.js');
  return readLiveStatus(
    endpointsFromEnv(process.env),
    {
      token: inputs.githubToken,
      log: (message) => {
        core.info(message);
      },
    },
    sessions,
  );
}

async function publish(plan: Plan, inputs: Inputs): Promise<void> {
  logUntrusted(renderText(plan));
  const planFile = await writePlanFile(plan);
  await writeSummary(renderMarkdown(plan));
  annotate(plan.violations.map(fromViolation));

  core.setOutput('verdict', plan.verdict);
  core.setOutput('free-slots-needed', String(plan.freeSlotsNeeded));
  core.setOutput('cold-categories', JSON.stringify(plan.coldCategories));
  core.setOutput('violations', JSON.stringify(plan.violations));
  core.setOutput('plan-json', planFile);

  if (plan.verdict === 'fail') failOrWarn(inputs, plan.violations);
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
  core.setOutput('violations', JSON.stringify(violations));
  // No plan, so no slots counted; an empty list keeps `fromJSON` in later steps working.
  core.setOutput('cold-categories', '[]');
  failOrWarn(inputs, violations);
}

/** Fails the job in enforce mode, naming each broken rail and its fix. */
function failOrWarn(inputs: Inputs, violations: readonly Violation[]): void {
  const byRail = new Map<string, Violation[]>();
  for (const v of violations) {
    if (v.severity === 'error') byRail.set(v.rail, [...(byRail.get(v.rail) ?? []), v]);
  }
  const lines = [...byRail].map(([rail, [first, ...rest]]) => {
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
    return `${rail}: ${first!.message}${more} Fix: ${first!.fix}`;
  });
  const message = `${byRail.size === 1 ? 'A rail is' : `${byRail.size} rails are`} broken. ${lines.join(' ')} The job summary lists every finding.`;
  // setFailed escapes its text; the report-mode line carries session text too, so it is fenced.
  if (inputs.mode === 'enforce') core.setFailed(message);
  else logUntrusted(`mode is report, so the job passes. ${message}\n`);
}

/**
 * Writes plan.json whole or not at all: a temporary file renamed into place, in a directory of
 * this step's own, so a second sweep in the same job does not overwrite the first one's plan.
 */
async function writePlanFile(plan: Plan): Promise<string> {
  const root = process.env.RUNNER_TEMP || tmpdir();
  await mkdir(root, { recursive: true });
  const file = join(await mkdtemp(join(root, 'session-sweeper-')), 'plan.json');
  const partial = `${file}.tmp`;
  await writeFile(partial, `${JSON.stringify(plan, null, 2)}\n`);
  await rename(partial, file);
  return file;
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
  text: string;
  properties: core.AnnotationProperties;
}

/** The most severe first, at most ANNOTATIONS_PER_TYPE of each type; the rest are counted. */
function annotate(annotations: readonly Annotation[]): void {
  let hidden = 0;
  for (const severity of ['error', 'warning'] as const) {
    const ofType = annotations.filter((a) => a.severity === severity);
    for (const a of ofType.slice(0, ANNOTATIONS_PER_TYPE)) core[severity](a.text, a.properties);
    hidden += Math.max(0, ofType.length - ANNOTATIONS_PER_TYPE);
  }
  if (hidden > 0)
    core.info(`${hidden} more findings are not annotated; the job summary lists them all.`);
}

const fromViolation = (v: Violation): Annotation => ({
  severity: v.severity,
  text: `${v.message} Fix: ${v.fix}`,
  properties: {
    title: `session-sweeper: ${v.rail}`,
    ...(v.file ? { file: v.file } : {}),
    ...(v.line ? { startLine: v.line } : {}),
    ...(v.column ? { startColumn: v.column } : {}),
  },
});
