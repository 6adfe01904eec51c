// The action: read the inputs, pick the flow for the event, and fail the job on what went wrong.
// Each flow (src/flows/) does its I/O in order: backlog → live status → plan → reports.
import * as core from './action/runner.js';
import { readCheckedOut } from './action/backlog.js';
import { sentence } from './action/outputs.js';
import { now as clockNow } from './clock.js';
import { sweep } from './flows/sweep.js';
import { readRunContext, type RunContext } from './github/event.js';
import { getInputs, InputError } from './inputs.js';
import { escapeLog } from './render/escape.js';

export {
  ANNOTATIONS_PER_TYPE,
  boundedJson,
  FINDING_ANNOTATIONS_PER_TYPE,
  OUTPUT_BUDGET_BYTES,
} from './action/outputs.js';

export async function run(): Promise<void> {
  try {
    const now = clockNow();
    const inputs = getInputs();
    for (const reason of Object.values(inputs.unexpanded)) core.warning(sentence(reason));
    const context = await readRunContext(process.env);
    const head = await readCheckedOut(inputs);
    const flow = await flowFor(context);
    await flow(inputs, context, head, now);
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

/** Every flow takes the same start: the inputs, the run's context, the checked-out backlog, now. */
type Flow = typeof sweep;

/** The flow this run's event asks for; a flow other than the sweep is loaded only when asked. */
async function flowFor(context: RunContext): Promise<Flow> {
  if (context.pullRequest) return (await import('./flows/pull-request-check.js')).checkPullRequest;
  return sweep;
}
