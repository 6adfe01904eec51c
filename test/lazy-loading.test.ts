// A run loads only what it needs: shown by running the bundles with the chunks it must not
// need taken away. Under Node 24, as the runner runs the action.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeRunner, node24 } from './helpers/runner.js';

const root = resolve(import.meta.dirname, '..');
let node: string;

beforeAll(() => {
  node = node24();
}, 240_000);

function exec(file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(file, args, { ...options, encoding: 'utf8' }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** What marks a chunk as holding each library. */
const HOLDS = {
  zod: 'ZodError',
  yaml: 'composeDoc',
  'js-yaml': 'YAMLException',
  'HTTP client': 'undici',
  octokit: '@octokit',
  'Jules client': 'Jules kept paging past',
  'pull-request check': 'This pull request deletes',
};

/** A copy of dist/ without the chunks that hold any of `libraries`, which `entry` must not hold. */
async function distWithout(
  entry: 'index.js' | 'cli/index.js',
  libraries: (keyof typeof HOLDS)[],
): Promise<string> {
  // The entry is always loaded: it must not hold these libraries itself.
  const text = await readFile(join(root, 'dist', entry), 'utf8');
  expect(libraries.filter((l) => text.includes(HOLDS[l]))).toEqual([]);
  const dir = await mkdtemp(join(tmpdir(), 'dist-'));
  await cp(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  for (const folder of [join(dir, 'dist'), join(dir, 'dist', 'cli')]) {
    for (const name of await readdir(folder)) {
      if (!/^\d+\.index\.js$/.test(name)) continue;
      const text = await readFile(join(folder, name), 'utf8');
      if (libraries.some((l) => text.includes(HOLDS[l]))) await rm(join(folder, name));
    }
  }
  return join(dir, 'dist');
}

describe('what a run loads', () => {
  it('--version and --help load no chunk at all', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'dist-'));
    await mkdir(join(dist, 'cli'));
    await cp(join(root, 'dist', 'cli.js'), join(dist, 'cli.js'));
    await cp(join(root, 'dist', 'cli', 'index.js'), join(dist, 'cli', 'index.js'));
    const version = await exec(node, [join(dist, 'cli.js'), '--version'], {});
    expect(version).toMatchObject({ code: 0, stderr: '' });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = await exec(node, [join(dist, 'cli.js'), '--help'], {});
    expect(help.stdout).toMatch(/^Usage:\n/);
  });

  it('a plan of a valid JSON backlog loads no YAML parser, no zod and no GitHub client', async () => {
    const dist = await distWithout('cli/index.js', [
      'zod',
      'yaml',
      'js-yaml',
      'HTTP client',
      'octokit',
    ]);
    const run = await exec(
      node,
      [join(dist, 'cli.js'), 'examples/sessions.json', '--format', 'json'],
      { cwd: root },
    );
    expect(run.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { verdict: string }).verdict).toMatch(/^(pass|warn|fail)$/);
  });

  // The action speaks the runner's protocol itself (src/action/runner.ts): @actions/core would
  // load its OIDC client, and with it @actions/http-client and undici, at start.
  it("the action's offline sweep of valid inputs and a valid backlog loads no HTTP client, no YAML library, no zod, no GitHub client, no Jules client and no pull-request check", async () => {
    const dist = await distWithout('index.js', [
      'HTTP client',
      // A clean YAML file in the common shape is read by the plain reader alone.
      'yaml',
      'js-yaml',
      'zod',
      'octokit',
      'Jules client',
      'pull-request check',
    ]);
    const runner = await makeRunner(
      { 'sessions.yaml': await readFile(join(root, 'examples', 'sessions.yaml'), 'utf8') },
      { 'sessions-file': 'sessions.yaml', 'github-token': '', ledger: 'off' },
    );
    await writeFile(join(runner.workspace, '..', 'event.json'), '{}');
    const run = await exec(node, [join(dist, 'index.js')], {
      cwd: runner.workspace,
      env: { PATH: process.env.PATH ?? '', ...runner.env, GITHUB_ACTIONS: 'true' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
    expect(run.code).toBe(0);
    expect((await runner.outputs()).verdict).toBe('pass');
  });
});
