// `session-sweeper [plan] <file>`: the backlog's plan now, with --ledger against the sweeps
// before it, and with --write-ledger this sweep recorded for the next.
import { readFile } from '../fs-async.js';
import { basename, dirname, resolve } from 'node:path';
import type { Backlog } from '../backlog/model.js';
import type { Ledger } from '../planner/ledger.js';
import { nextLedger } from '../planner/movement.js';
import { buildPlan, type PlanSettings } from '../planner/plan.js';
import { renderReport } from '../render/report.js';
import type { Parsed } from './args.js';
import { BadInput, exitCode, once, showPlan, writeFiles, type CliIo } from './io.js';
import { readLive } from './live.js';

export async function runPlan(
  parsed: Parsed,
  io: CliIo,
  head: Backlog,
  settings: PlanSettings & { now: string },
): Promise<number> {
  const { now } = settings;
  const live = await readLive(parsed, io, head.sessions);
  const ledger = parsed.ledger ? await readLedger(resolve(io.cwd, parsed.ledger)) : undefined;
  const plan = buildPlan(
    head,
    parsed.ledger
      ? {
          ...settings,
          movement: {
            now,
            coldAfterSweeps: parsed.coldAfterSweeps,
            coldAfterHours: parsed.coldAfterHours,
            ...(ledger ? { ledger } : {}),
          },
        }
      : settings,
    live,
  );
  const next = parsed.ledger || parsed.writeLedger ? nextLedger(plan, ledger, now) : undefined;
  const report = once(() =>
    renderReport(plan, {
      ...(ledger ? { previous: ledger } : {}),
      ...(next ? { next } : {}),
      now,
      coldAfterSweeps: parsed.coldAfterSweeps,
    }),
  );
  await showPlan(parsed, io, plan, report);
  if (parsed.writeLedger && next) {
    await writeFiles(dirname(resolve(io.cwd, parsed.writeLedger)), {
      [basename(parsed.writeLedger)]: `${JSON.stringify(next)}\n`,
    });
  }
  return exitCode(parsed, plan);
}

async function readLedger(file: string): Promise<Ledger | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    // No ledger yet is a first sweep; movement is then judged over a time window.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new BadInput(
      `--ledger ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  const { parseLedger } = await import('../planner/ledger-file.js');
  const parsed = parseLedger(text);
  if ('problem' in parsed) throw new BadInput(`--ledger ${file}: ${parsed.problem}.`);
  return parsed.ledger;
}
