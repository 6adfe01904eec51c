// Every case of the catalogue through the CLI as a child process (exit code, message, location,
// no stack trace) and through the action in-process (verdict, annotation, a whole summary or
// none, no report file half-written).
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBacklog } from '../../src/backlog/load.js';
import { run } from '../../src/main.js';
import type { Plan } from '../../src/planner/types.js';
import { makeRunner, node24 } from '../helpers/runner.js';
import { broken, hostile, type BrokenCase, type HostileCase } from './catalogue.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
const cases = fileURLToPath(new URL('cases', import.meta.url));

interface Ran {
  code: number;
  out: string;
  err: string;
}

/** The command as a user starts it: its own process, its own exit code. */
function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, node: string[] = []) {
  return new Promise<Ran>((done) => {
    execFile(
      process.execPath,
      [...node, '--import', tsx, join(root, 'src/cli.ts'), ...args],
      {
        cwd,
        env: { PATH: process.env.PATH, ...env },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
      (error, out, err) => {
        done({ code: error ? Number(error.code ?? 1) : 0, out, err });
      },
    );
  });
}

/** A stack frame, or an error's class name as Node prints an uncaught one. */
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
const THROWN = /\b[A-Z]\w*Error\b(:|\s\[)/;
/** Characters no output may carry raw: controls, bidi overrides, zero-width marks. */
/* eslint-disable no-control-regex, no-misleading-character-class -- the invisible characters are what is looked for */
const INVISIBLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad\u180e\u206a-\u206f\ufff9-\ufffb\u2028\u2029\ufe00-\ufe0f\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]|\p{Cs}/u;
/* eslint-enable no-control-regex, no-misleading-character-class */

async function workspaceFor(c: BrokenCase | HostileCase, inputs: Record<string, string> = {}) {
  const runner = await makeRunner({}, { ledger: 'off', 'sessions-file': c.file, ...inputs });
  if (c.source)
    await writeFile(join(runner.workspace, c.file), await readFile(join(cases, c.source)));
  await c.make?.(runner.workspace, c.file);
  return runner;
}

/** Every file under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/** The job log with the stop-commands fences cut out: what the runner would obey. */
function obeyed(log: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of log.split('\n')) {
    if (fence !== undefined) {
      if (line === `::${fence}::`) fence = undefined;
      continue;
    }
    const start = /^::stop-commands::(.+)$/.exec(line);
    if (start) fence = start[1]!;
    else if (line.startsWith('::')) lines.push(line);
  }
  expect(fence, 'every fence is closed').toBeUndefined();
  return lines;
}

/** Commands the action itself issues; a hostile backlog must not add any other. */
const OWN_COMMAND =
  /^::(error|warning) (title=session-sweeper%3A [a-z-]+)(,file=[^,:]+,line=\d+(,col=\d+)?)?::|^::(error|warning|debug)::/;

let log = '';
const savedEnv = { ...process.env };

beforeEach(() => {
  log = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    log += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

it('the catalogue holds at least 40 broken backlogs and names each once', () => {
  expect(broken.length).toBeGreaterThanOrEqual(40);
  const names = [...broken, ...hostile].map((c) => c.name);
  expect(new Set(names).size).toBe(names.length);
});

describe.each(broken)('broken: $name', (c) => {
  // A location without a column is a prefix of `file:line:`; with one, of `file:line:col: `.
  const location = c.at ? `${c.at}${c.at.split(':').length === 2 ? ':' : ': '}` : '';

  it('the CLI exits 2, names the problem and where it is, without a stack trace', async () => {
    const runner = await workspaceFor(c);
    const { code, out, err } = await cli(['plan', c.file, ...(c.args ?? [])], runner.workspace);
    expect(code).toBe(2);
    expect(out).toBe('');
    const first = err.split('\n')[0]!;
    expect(first).toContain(`error: ${c.message}`);
    if (c.at) expect(first.startsWith(location)).toBe(true);
    else expect(first).toBe(`error: ${c.message}`);
    expect(err).toMatch(/\n {2}fix: \S/);
    expect(err).toMatch(
      new RegExp(`^${c.file.replace('.', '\\.')}: \\d+ problems?; no plan was made\\.$`, 'm'),
    );
    expect(err).not.toMatch(STACK);
    expect(err).not.toMatch(THROWN);
    for (const secret of c.never ?? []) expect(out + err).not.toContain(secret);
  });

  it('the action fails with an annotation and a whole summary, and writes no report', async () => {
    const runner = await workspaceFor(c, c.inputs);
    Object.assign(process.env, runner.env);
    await run();
    const outputs = await runner.outputs();
    expect(outputs.verdict).toBe('fail');
    expect(process.exitCode).toBe(1);
    const [file, line, col] = (c.at ?? '').split(':');
    const annotation = log
      .split('\n')
      .find((l) => l.startsWith('::error title=session-sweeper%3A schema'));
    expect(annotation).toBeDefined();
    if (c.at) {
      expect(annotation).toMatch(
        new RegExp(
          `^::error title=session-sweeper%3A schema,file=${file!.replace('.', '\\.')},line=${line}${col ? `,col=${col}` : ''}[,:]`,
        ),
      );
    } else expect(annotation).toMatch(/^::error title=session-sweeper%3A schema::/);
    expect(annotation).toContain(c.message.replace(/%/g, '%25'));
    // The summary is the load failure, whole: the banner, the table, every row closed.
    const summary = await runner.summary();
    expect(summary).toMatch(/^## Session sweep: .*fail/);
    expect(summary).toContain('could not be read, so no plan was made.');
    expect(summary.endsWith(' |\n')).toBe(true);
    expect(log).not.toMatch(STACK);
    expect(log).not.toMatch(THROWN);
    expect(log).not.toContain('failed unexpectedly');
    for (const secret of c.never ?? []) expect(log + summary).not.toContain(secret);
    // No plan: nothing in the step's temp directory, no partial file left in the workspace.
    expect(await filesUnder(runner.env.RUNNER_TEMP!)).toEqual([]);
    expect((await filesUnder(runner.workspace)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(outputs['plan-json']).toBeUndefined();
  });
});

describe.each(hostile)('hostile but valid: $name', (c) => {
  it('the CLI plans it, and in a job its text cannot issue a workflow command', async () => {
    const runner = await workspaceFor(c);
    const heap = c.active > 10_000 ? ['--max-old-space-size=512'] : [];
    const { code, out, err } = await cli(
      ['plan', c.file, ...(c.args ?? [])],
      runner.workspace,
      { GITHUB_ACTIONS: 'true' },
      heap,
    );
    expect(err).not.toMatch(STACK);
    expect(code).toBe(0);
    expect(out.slice(0, 500)).toContain(`Sessions observed: ${c.active} / capacity`);
    expect(obeyed(out)).toEqual([]);
    expect(INVISIBLE.test(out)).toBe(false);
  }, 120_000);

  // 100,000 sessions: the bundle as the runner starts it, its heap capped at 512 MB.
  if (c.cliOnly) {
    it('the action bundle plans it within a 512 MB heap', async () => {
      const runner = await workspaceFor(c, c.inputs);
      const { code, stderr } = await new Promise<{ code: number; stderr: string }>((done) => {
        execFile(
          node24(),
          ['--max-old-space-size=512', join(root, 'dist/index.js')],
          { env: { PATH: process.env.PATH ?? '', ...runner.env }, maxBuffer: 64 * 1024 * 1024 },
          (error, _stdout, stderr) => {
            done({ code: error ? Number(error.code ?? 1) : 0, stderr });
          },
        );
      });
      expect(stderr).not.toMatch(STACK);
      expect(code).toBe(0);
      const outputs = await runner.outputs();
      const plan = JSON.parse(await readFile(outputs['plan-json']!, 'utf8')) as Plan;
      expect(plan.counts.active).toBe(c.active);
      expect(await runner.summary()).toMatch(/^## Session sweep: /);
    }, 240_000);
  } else {
    it('the action plans it and escapes its text in the summary and the log', async () => {
      const runner = await workspaceFor(c, c.inputs);
      Object.assign(process.env, runner.env);
      await run();
      const outputs = await runner.outputs();
      const plan = JSON.parse(await readFile(outputs['plan-json']!, 'utf8')) as Plan;
      expect(plan.counts.active).toBe(c.active);
      const summary = await runner.summary();
      expect(summary).toMatch(/^## Session sweep: /);
      const rendered = summary.replace(/^```text\n[\s\S]*?^```$/gm, '');
      for (const raw of c.raw) expect(rendered).not.toContain(raw);
      for (const escaped of c.escaped) expect(summary).toContain(escaped);
      expect(summary).not.toMatch(INVISIBLE);
      for (const line of obeyed(log)) expect(line).toMatch(OWN_COMMAND);
      expect(log).not.toMatch(STACK);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const written = await filesUnder(runner.env.RUNNER_TEMP!);
      expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(written.map((f) => f.split('/').pop()).sort()).toEqual([
        'plan.json',
        'plan.md',
        'session-updates.md',
      ]);
    });
  }
});

describe('bounded work', () => {
  it('an alias bomb is refused in well under a second', async () => {
    const text = await readFile(join(cases, 'alias-bomb.yaml'), 'utf8');
    const start = performance.now();
    expect(parseBacklog(text, 'alias-bomb.yaml').ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('a file over the limit is refused without being read whole', async () => {
    const c = broken.find((b) => b.file === 'huge.yaml')!;
    const runner = await workspaceFor(c);
    const start = performance.now();
    const { code } = await cli(['validate', c.file], runner.workspace);
    expect(code).toBe(2);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('the CLI reads a file outside its directory when named, but not through a link', async () => {
    const c = broken.find((b) => b.name.startsWith('a symlink'))!;
    const runner = await workspaceFor(c);
    const target = resolve(runner.workspace, '..', 'named.yaml');
    await writeFile(target, 'version: 1\nsessions: []\n');
    expect((await cli(['validate', target], runner.workspace)).code).toBe(0);
  });
});
