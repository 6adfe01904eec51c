// What a GitHub runner gives a JavaScript action: INPUT_* variables and the files it writes to.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Runner {
  workspace: string;
  env: Record<string, string>;
  outputs: () => Promise<Record<string, string>>;
  summary: () => Promise<string>;
}

/** A fresh workspace holding `files`, and the environment a runner sets for one step. */
export async function makeRunner(
  files: Record<string, string>,
  inputs: Record<string, string> = {},
): Promise<Runner> {
  const root = await mkdtemp(join(tmpdir(), 'runner-'));
  const workspace = join(root, 'workspace');
  const temp = join(root, 'temp');
  await mkdir(workspace);
  await mkdir(temp);
  for (const [name, text] of Object.entries(files)) await writeFile(join(workspace, name), text);
  const outputFile = join(root, 'output');
  const summaryFile = join(root, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  // The runner upper-cases the name and keeps its hyphens: INPUT_SESSIONS-FILE.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return {
    workspace,
    env,
    outputs: async () => parseOutputs(await readFile(outputFile, 'utf8')),
    summary: () => readFile(summaryFile, 'utf8'),
  };
}

/** The event payload a runner gives a step, as the file GITHUB_EVENT_PATH names. */
export async function eventFile(payload: object): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'event-')), 'event.json');
  await writeFile(file, JSON.stringify(payload));
  return file;
}

/** Reads the GITHUB_OUTPUT file format: `name<<DELIMITER\nvalue\nDELIMITER\n`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/** A Node 24 binary, the runtime `runs.using: node24` gives the bundle. */
export function node24(): string {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  // npx starts its command through a shell that drops INPUT_ names with '-', so only ask it
  // for the binary's path and run that directly.
  return execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    timeout: 180_000,
  }).trim();
}
