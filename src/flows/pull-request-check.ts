// A pull request: the backlog at its head judged against its base, read through the API so no
// deep checkout is needed. Only what the change introduces fails, unless fail-on-existing.
import * as core from '../action/runner.js';
import { isAbsolute, relative, sep } from 'node:path';
import { backlogTextWithin, type BacklogText } from '../backlog/load.js';
import type { Backlog } from '../backlog/model.js';
import type { RunContext } from '../github/event.js';
import type { Inputs } from '../inputs.js';
import { judgeChange } from '../planner/change.js';
import { idsToLookUp } from '../planner/jules.js';
import { escapeLog, excerpt } from '../render/escape.js';
import { renderUnchanged } from '../render/markdown.js';
import { renderReport } from '../render/report.js';
import { inWorkspace, parseForRun, planSettings, sizeLimit, workspace } from '../action/backlog.js';
import { connect, copilotTasks, julesSessions, liveStatus } from '../action/live.js';
import { idsToLookUpIn } from '../planner/sessions.js';
import { COPILOT } from '../sources/index.js';
import { dispatchFromAction } from './dispatch.js';
import {
  FAILURE_CHARS,
  failOnApiError,
  publish,
  reportLoadFailure,
  setEmptyOutputs,
  writeSummary,
} from '../action/outputs.js';

export async function checkPullRequest(
  inputs: Inputs,
  context: RunContext,
  checkedOut: BacklogText,
  now: string,
): Promise<void> {
  let head = checkedOut;
  const pull = context.pullRequest!;
  const limit = sizeLimit(inputs);
  // The path inside the repository, whether the input was relative or absolute.
  const repoPath = relative(workspace(), inWorkspace(inputs.sessionsFile)).split(sep).join('/');
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

  const loaded = await parseForRun(head.text, inputs.sessionsFile, context);
  if (!loaded.ok) return reportLoadFailure(inputs, loaded.errors, loaded.warnings);
  let base: Backlog | undefined;
  if (typeof baseText === 'string') {
    const parsed = await parseForRun(baseText, `${inputs.sessionsFile}@base`, context);
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
  const copilot = await copilotTasks(
    inputs,
    context,
    idsToLookUpIn(COPILOT, loaded.backlog.sessions, base?.sessions ?? []),
  );
  const live = await liveStatus(inputs, github, loaded.backlog.sessions, jules, copilot);
  // The base could not be read at all (unlike a base without the file): nothing is "introduced".
  const baseUnknown = baseText === undefined;
  const plan = judgeChange(base, loaded.backlog, planSettings(inputs, loaded.backlog, now), live, {
    failOnExisting: inputs.failOnExisting,
    baseUnknown,
  });
  if (baseNote) plan.notes.push(`Judged against the base branch: ${baseNote}.`);
  // Dispatch is refused on a pull request; the refusal is reported with the plan.
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
