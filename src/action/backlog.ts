// The backlog as the action reads it: held inside the workspace and to max-file-size, parsed for
// this repository, and planned with the inputs' settings.
import { resolve } from 'node:path';
import { parseBacklogText, readBacklogText, type BacklogText } from '../backlog/load.js';
import type { Backlog } from '../backlog/model.js';
import type { RunContext } from '../github/event.js';
import { ofRepository } from '../github/refs.js';
import { InputError, type Inputs } from '../inputs.js';
import { JULES_PLANS } from '../planner/jules.js';
import type { PlanSettings } from '../planner/plan.js';
import { ACTION_SURFACE } from '../surface.js';

/** The checked-out repository: relative paths in the inputs start here. */
export const workspace = () => process.env.GITHUB_WORKSPACE ?? process.cwd();

/** A path from the inputs, absolute. */
export const inWorkspace = (path: string) => resolve(workspace(), path);

/** How large a backlog may be, from a file or from the API, and how to raise it. */
export const sizeLimit = (inputs: Inputs) => ({
  maxBytes: inputs.maxFileSize,
  raiseWith: 'the max-file-size input',
});

/** The sessions file as checked out. */
export function readCheckedOut(inputs: Inputs): Promise<BacklogText> {
  // The file must stay inside the workspace: a pull request could commit a symlink.
  return readBacklogText(inWorkspace(inputs.sessionsFile), inputs.sessionsFile, {
    root: workspace(),
    ...sizeLimit(inputs),
  });
}

/** A backlog's text parsed, a bare `pr: 12` naming a pull request of this repository. */
export const parseForRun = (text: string, file: string, context: RunContext) =>
  parseBacklogText(text, file, ofRepository(context.repository));

/** The inputs' overrides only: a backlog (and a pull request's base) keeps its own capacity. */
export function planSettings(inputs: Inputs, backlog: Backlog, now: string): PlanSettings {
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
