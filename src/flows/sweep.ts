// A scheduled or manual sweep: the backlog now, against the sweeps before it.
import type { BacklogText } from '../backlog/load.js';
import type { RunContext } from '../github/event.js';
import type { Inputs } from '../inputs.js';
import { startedPromptsAsEntries } from '../planner/dispatch.js';
import { idsToLookUp } from '../planner/jules.js';
import { recordedStarts } from '../planner/ledger.js';
import { nextLedger } from '../planner/movement.js';
import { buildPlan } from '../planner/plan.js';
import { renderReport } from '../render/report.js';
import { parseForRun, planSettings } from '../action/backlog.js';
import { loadLedger, saveLedger } from '../action/ledger.js';
import { connect, copilotTasks, julesSessions, liveStatus } from '../action/live.js';
import { idsToLookUpIn } from '../planner/sessions.js';
import { COPILOT } from '../sources/index.js';
import { failOnApiError, publish, reportLoadFailure } from '../action/outputs.js';
import { dispatchFromAction } from './dispatch.js';

export async function sweep(
  inputs: Inputs,
  context: RunContext,
  head: BacklogText,
  now: string,
): Promise<void> {
  if (!('text' in head)) return reportLoadFailure(inputs, head.failure.errors, []);
  const loaded = await parseForRun(head.text, inputs.sessionsFile, context);
  if (!loaded.ok) return reportLoadFailure(inputs, loaded.errors, loaded.warnings);
  const settings = planSettings(inputs, loaded.backlog, now);
  const github = inputs.githubToken ? await connect(inputs.githubToken) : undefined;
  const previous = await loadLedger(inputs, context, github);
  // The prompts earlier sweeps started: theirs, whatever their sessions are called now.
  const recorded = recordedStarts(previous.ledger);
  const jules = await julesSessions(inputs, context, idsToLookUp(loaded.backlog.sessions));
  const copilot = await copilotTasks(
    inputs,
    context,
    idsToLookUpIn(COPILOT, loaded.backlog.sessions),
    inputs.dispatch !== 'off',
  );
  // Prompts an agent already runs are entries, so their pull requests are looked up too.
  const backlog = startedPromptsAsEntries(loaded.backlog, { jules, copilot }, recorded);
  const live = await liveStatus(inputs, github, backlog.sessions, jules, copilot);
  // The file as loaded: the plan reads every prompt's marker, started ones included.
  const plan = buildPlan(
    loaded.backlog,
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
  // Dispatch acts after the plan is made and before it is reported, so the report shows its calls.
  const world = {
    plan,
    backlog,
    file: loaded.backlog,
    jules,
    ...(copilot ? { copilot } : {}),
    lookups: live?.lookups ?? {},
    recorded,
    ...(previous.unreadable !== undefined ? { ledgerUnread: previous.unreadable } : {}),
  };
  const withDispatch = await dispatchFromAction(inputs, context, world, now);
  const next =
    inputs.ledger.kind === 'off' ? undefined : withDispatch(nextLedger(plan, previous.ledger, now));
  const report = renderReport(plan, {
    ...(previous.ledger ? { previous: previous.ledger } : {}),
    ...(next ? { next } : {}),
    now,
    coldAfterSweeps: inputs.coldAfterSweeps,
  });
  await publish(plan, report, inputs, false);
  // A ledger that could not be read is kept as it is: a fresh one saved over it would restart
  // the count, and the next sweep can still read the last good one.
  if (next && previous.unreadable === undefined) await saveLedger(inputs, next);
  failOnApiError(inputs, plan);
}
