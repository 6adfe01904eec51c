import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/command.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the command in-process, capturing what it prints. */
export async function sweep(
  args: string[],
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd,
    env,
  });
  return { code, out, err };
}

/** Writes `text` to a new temporary directory and returns the file's path. */
export async function tempFile(name: string, text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'sweeper-')), name);
  await writeFile(file, text);
  return file;
}
