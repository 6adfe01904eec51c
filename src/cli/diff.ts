// `session-sweeper diff <base> <head>`: a change judged as the required check judges a pull
// request. A base that is missing or broken makes every finding new.
import type { Backlog } from '../backlog/model.js';
import { judgeChange } from '../planner/change.js';
import type { PlanSettings } from '../planner/plan.js';
import { renderReport } from '../render/report.js';
import type { Parsed } from './args.js';
import { loadBase } from './backlog.js';
import { exitCode, once, showPlan, type CliIo } from './io.js';
import { readLive } from './live.js';

export async function runDiff(
  parsed: Parsed,
  io: CliIo,
  head: Backlog,
  settings: PlanSettings & { now: string },
): Promise<number> {
  const { base, note, unknown: baseUnknown = false } = await loadBase(parsed.files[0]!, io, parsed);
  const live = await readLive(parsed, io, head.sessions, base?.sessions);
  const plan = judgeChange(base, head, settings, live, { baseUnknown });
  if (note) plan.notes.push(`Judged against the base file: ${note}.`);
  await showPlan(
    parsed,
    io,
    plan,
    once(() => renderReport(plan, { now: settings.now })),
  );
  return exitCode(parsed, plan);
}
