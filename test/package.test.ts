// The npm package as a user gets it: packed, installed into an empty folder with no network,
// and run. It holds the command's bundle and nothing it does not need, so it installs alone.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');

let packed: { filename: string; files: { path: string }[] };
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'package-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', folder], {
    cwd: root,
  });
  packed = (JSON.parse(stdout) as (typeof packed)[])[0]!;
}, 120_000);

describe('the npm package', () => {
  it('ships the command, the schemas, README, CHANGELOG and LICENSE, and not the action bundle', () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('dist/cli/index.js');
    expect(files).toEqual(
      expect.arrayContaining([
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'package.json',
        'schema/plan.schema.json',
        'schema/sessions.schema.json',
      ]),
    );
    const outside = files.filter(
      (f) =>
        !f.startsWith('dist/cli/') &&
        !f.startsWith('schema/') &&
        !['dist/cli.js', 'CHANGELOG.md', 'LICENSE', 'README.md', 'package.json'].includes(f),
    );
    expect(outside).toEqual([]);
  });

  it('declares no dependencies: everything the command runs is in its bundle', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      dependencies?: object;
      private?: boolean;
      bin: Record<string, string>;
    };
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ 'session-sweeper': 'dist/cli.js' });
  });

  it('installs into an empty folder with no network as one package, and plans the example', async () => {
    const project = join(folder, 'project');
    await run('mkdir', [project]);
    await writeFile(join(project, 'package.json'), '{ "private": true }\n');
    // An empty cache and --offline: anything the package needed from the registry would fail.
    await run(
      'npm',
      [
        'install',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--cache',
        join(folder, 'cache'),
        join(folder, packed.filename),
      ],
      { cwd: project },
    );
    expect(await readdir(join(project, 'node_modules'))).toEqual([
      '.bin',
      '.package-lock.json',
      'session-sweeper',
    ]);
    const { stdout } = await run(
      join(project, 'node_modules', '.bin', 'session-sweeper'),
      ['plan', join(root, 'examples', 'sessions.yaml')],
      { cwd: project },
    );
    expect(stdout).toMatch(/^=== SESSION PLAN ===\n/);
    expect(stdout).toContain('Verdict: pass');
  }, 120_000);
});
