// What the command writes: the plan on stdout (fenced inside a job), the --out files, and the
// line that says an input is wrong.
import { mkdir } from '../fs-async.js';
import { resolve } from 'node:path';
import { writeWhole } from '../files.js';
import type { Plan } from '../planner/types.js';
import { planJsonPieces, type Report } from '../render/report.js';
import { renderTextPieces } from '../render/text.js';
import type { Parsed } from './args.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** An input is wrong: the message alone. */
export class BadInput extends Error {}

/** A client's progress line, on stderr. */
export const logTo =
  (io: CliIo) =>
  (message: string): void => {
    io.stderr(`${message}\n`);
  };

/** The value of `make`, made on first use: the text plan needs no report, and a large plan's
 * report (plan.json, plan.md, the updates) is hundreds of megabytes. */
export function once<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

/** The plan in the format asked for, and with --out its files. */
export async function showPlan(
  parsed: Parsed,
  io: CliIo,
  plan: Plan,
  report: () => Report,
): Promise<void> {
  write(io, render(plan, parsed.format, report), parsed.format);
  if (parsed.out) await writeFiles(resolve(io.cwd, parsed.out), report().files);
}

/** 1 when --enforce and a rail is broken. */
export const exitCode = (parsed: Parsed, plan: Plan): number =>
  parsed.enforce && plan.verdict === 'fail' ? 1 : 0;

function render(plan: Plan, format: Parsed['format'], report: () => Report): Iterable<string> {
  // Written as it is made: plan.json of a large plan is tens of megabytes as one string.
  if (format === 'json') return planJsonPieces(plan, report().metrics);
  // The same summary as the job's, shortened the same way; --out has the whole plan.md.
  if (format === 'markdown') return [report().summary];
  if (format === 'updates') return [report().files['session-updates.md']!];
  // Written as it is made: a large plan's text is never held whole.
  return renderTextPieces(plan);
}

/**
 * Run inside a GitHub Actions job, text from the backlog and from pull requests could start a
 * line with `::` and be obeyed as a workflow command: the output is fenced with stop-commands.
 */
function write(io: CliIo, pieces: Iterable<string>, format: Parsed['format']): void {
  const token =
    io.env.GITHUB_ACTIONS === 'true' && format !== 'json'
      ? globalThis.crypto.randomUUID()
      : undefined;
  if (token) io.stdout(`::stop-commands::${token}\n`);
  for (const piece of pieces) io.stdout(piece);
  if (token) io.stdout(`::${token}::\n`);
}

/** Each file whole or not at all. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeWhole(resolve(dir, name), text);
}
