// What the action hands back: outputs, the job summary, annotations, log lines, the report files
// and artifact, and the line that fails the job.
import * as core from './runner.js';
import { appendFile, mkdir, mkdtemp } from '../fs-async.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../backlog/model.js';
import { writeWhole } from '../files.js';
import { artifactsUnavailable } from '../github/endpoints.js';
import type { Inputs } from '../inputs.js';
import { schemaViolations } from '../planner/plan.js';
import type { Plan, Violation } from '../planner/types.js';
import { randomUuid } from '../random.js';
import { escapeLog, excerpt, jsonWithoutInvisibles } from '../render/escape.js';
import { renderLoadFailure } from '../render/markdown.js';
import type { Report } from '../render/report.js';
import { renderText } from '../render/text.js';

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
export const FAILURE_CHARS = 1000;
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

/** A reason, such as an input left unexpanded, written as a sentence of its own. */
export function sentence(reason: string): string {
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
}

/** A client's progress line, in the step's log. */
export function logInfo(message: string): void {
  core.info(escapeLog(message));
}

/** Every report of a plan: the log, the files and artifact, the summary, annotations, outputs. */
export async function publish(
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
export function setEmptyOutputs(verdict: 'pass' | 'warn'): void {
  core.setOutput('verdict', verdict);
  core.setOutput('violations', '[]');
  core.setOutput('cold-categories', '[]');
}

export async function reportLoadFailure(
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

/** With on-api-error: fail, live status that is missing fails the job. */
export function failOnApiError(inputs: Inputs, plan: Plan): void {
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
  if (plan.copilot?.failure) {
    core.setFailed(
      escapeLog(
        `Live tasks from Copilot are missing (on-api-error: fail): ${excerpt(plan.copilot.failure, FAILURE_CHARS)}`,
      ),
    );
  }
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
    const { uploadFiles } = await import('../github/artifacts.js');
    await uploadFiles(inputs.artifactName, dir, files, inputs.retentionDays);
  } catch (error) {
    core.warning(
      escapeLog(`The plan could not be uploaded as an artifact: ${(error as Error).message}`),
    );
  }
}

/** Appends to the step's summary file, which the runner renders as GitHub-flavoured Markdown. */
export async function writeSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    core.info('No GITHUB_STEP_SUMMARY here, so no job summary was written.');
    return;
  }
  await appendFile(file, markdown);
}

/** Text from the backlog never runs as a workflow command, whatever it holds. */
function logUntrusted(text: string): void {
  const token = randomUuid();
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
