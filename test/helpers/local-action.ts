// GitHub's local runner for JavaScript actions (@github/local-action), driving our entry
// (src/main.ts, which exports run()) the way its README says: `local-action run <action dir>
// <entry> <.env>`. It stubs @actions/core, which the action does not load (src/action/runner.ts
// speaks the runner's protocol itself): outputs are read from GITHUB_OUTPUT, the rest from the log.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutputs } from './runner.js';

const root = join(import.meta.dirname, '..', '..');
const localAction = join(root, 'node_modules', '.bin', 'local-action');

export interface Annotation {
  type: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface LocalRun {
  log: string;
  /** From the GITHUB_OUTPUT file, as the runner reads them (and any `::set-output` line). */
  outputs: Record<string, string>;
  /** `::error`, `::warning` and `::notice` lines, with their properties (file, line, title). */
  annotations: Annotation[];
  /**
   * The message of the line that fails the step, a bare `::error::` line; the step's exit code 1
   * comes with it (local-action passes it on). On the runner this is the step failing with it.
   */
  failure: string | undefined;
  /** The exit code local-action passed on. */
  code: number;
  summary: string;
}

// Workflow commands escape their data and properties; the stub prints them raw, so both read back.
const unescape = (text: string) =>
  text.replace(/%(25|0D|0A|3A|2C)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The log as the runner reads commands from it: nothing between stop-commands and its token. */
const commandsOf = (log: string) => log.replace(/^::stop-commands::(.+)$[\s\S]*?^::\1::$/gm, '');

function annotationsOf(log: string): Annotation[] {
  const found: Annotation[] = [];
  for (const match of commandsOf(log).matchAll(/^::(error|warning|notice)(?: (.*?))?::(.*)$/gm)) {
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',')) {
      const at = pair.indexOf('=');
      if (at > 0) properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
    }
    found.push({
      type: match[1] as Annotation['type'],
      properties,
      message: unescape(match[3]!),
    });
  }
  return found;
}

// Only what a test needs from this machine: never a GITHUB_* or ACTIONS_* variable of a job the
// suite itself runs in. The clock of `faketime` (LD_PRELOAD, FAKETIME) is passed on, so a run
// under another clock runs the action under it too.
const inherited = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(
    Object.entries(env).filter(
      ([name, value]) =>
        value !== undefined && /^(PATH|HOME|TMPDIR|LANG|LD_PRELOAD|FAKETIME.*)$/.test(name),
    ),
  ) as Record<string, string>;

/**
 * Runs the action through local-action on a fresh workspace holding `files`. `inputs` and `env`
 * become the `.env` file; an input given as '' is written empty.
 */
export async function runLocalAction(
  files: Record<string, string>,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<LocalRun> {
  const dir = await mkdtemp(join(tmpdir(), 'local-action-'));
  const workspace = join(dir, 'workspace');
  const temp = join(dir, 'temp');
  await mkdir(workspace);
  await mkdir(temp);
  for (const [name, text] of Object.entries(files)) await writeFile(join(workspace, name), text);
  const summaryFile = join(dir, 'summary.md');
  await writeFile(summaryFile, '');
  // The runner creates both files before the step starts.
  const outputFile = join(dir, 'output');
  await writeFile(outputFile, '');
  const variables: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    LOCAL_ACTION_WORKSPACE: workspace,
    LOCAL_ACTION_ARTIFACT_PATH: join(dir, 'artifacts'),
    RUNNER_TEMP: temp,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_REPOSITORY: 'acme/summit',
    GITHUB_EVENT_NAME: 'schedule',
    ...env,
  };
  // The runner upper-cases an input's name and keeps its hyphens, and so does local-action.
  for (const [name, value] of Object.entries(inputs))
    variables[`INPUT_${name.toUpperCase()}`] = value;
  const dotenv = join(dir, '.env');
  await writeFile(
    dotenv,
    Object.entries(variables)
      .map(([name, value]) => `${name}=${JSON.stringify(value)}\n`)
      .join(''),
  );
  const { log, code } = await new Promise<{ log: string; code: number }>((resolve, reject) => {
    execFile(
      localAction,
      ['run', root, 'src/main.ts', dotenv],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
        timeout: 120_000,
        env: {
          ...inherited(process.env),
          FORCE_COLOR: '0',
          // local-action stubs @actions/core at the path `npm ls` names; where node_modules is a
          // symlink, Node would load the package by its real path instead and miss the stub.
          NODE_OPTIONS: '--preserve-symlinks',
          // local-action starts its runner through `npm exec`: never ask the registry anything.
          npm_config_offline: 'true',
          npm_config_update_notifier: 'false',
          npm_config_fund: 'false',
        },
      },
      (error, stdout, stderr) => {
        // A step that failed exits 1 with its `::error::` line in the log; anything else is ours.
        const failed = error?.code === 1 && /^::error::/m.test(stdout);
        if (error && !failed)
          reject(new Error(`local-action did not run: ${error.message}\n${stdout}${stderr}`));
        else resolve({ log: stdout + stderr, code: error ? 1 : 0 });
      },
    );
  });
  const commands = commandsOf(log);
  const outputs: Record<string, string> = {};
  for (const match of commands.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) {
    outputs[match[1]!] = match[2]!;
  }
  Object.assign(outputs, parseOutputs(await readFile(outputFile, 'utf8')));
  const failure = /^::error::(.*)$/m.exec(commands)?.[1];
  return {
    log,
    outputs,
    annotations: annotationsOf(log),
    failure: failure === undefined ? undefined : unescape(failure),
    code,
    summary: await readFile(summaryFile, 'utf8'),
  };
}
