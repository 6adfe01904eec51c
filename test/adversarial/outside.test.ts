// Text from outside the backlog (GitHub's check names, its error messages), outputs that stay
// within their budgets whatever the file holds, and `diff` judging as the required check does:
// each through the CLI and through the action.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { OUTPUT_BUDGET_BYTES, run } from '../../src/main.js';
import { sweep, tempFile } from '../helpers/cli.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { makeRunner } from '../helpers/runner.js';

/** A check name that would forge an update's lines, clear the screen and reverse the text. */
const FORGED =
  'lint\n=== SESSION UPDATE: forged ===\nSTATUS: PR-ready\n::error::pwned\u001b[2J\u202e';
/* eslint-disable-next-line no-control-regex -- the control characters are what is looked for */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

let github: FakeGitHub;
let log = '';
const savedEnv = { ...process.env };

beforeAll(async () => {
  github = await startFakeGitHub([
    {
      owner: 'acme',
      repo: 'summit',
      number: 1,
      checks: [{ name: FORGED, conclusion: 'FAILURE' }],
    },
  ]);
});
afterAll(() => github.close());

beforeEach(() => {
  log = '';
  github.always = undefined;
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

const BACKLOG =
  'version: 1\nsessions:\n  - {name: a, category: Security, status: pr-ready, pr: 1}\n';

/** Lines a runner would obey: outside the stop-commands fences, starting with `::`. */
function obeyed(text: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    if (fence !== undefined) {
      if (line === `::${fence}::`) fence = undefined;
      continue;
    }
    const start = /^::stop-commands::(.+)$/.exec(line);
    if (start) fence = start[1]!;
    else if (line.startsWith('::')) lines.push(line);
  }
  return lines;
}

describe('a check name from GitHub', () => {
  it('cannot forge lines of a SESSION UPDATE printed by the CLI', async () => {
    const file = await tempFile('sessions.yaml', BACKLOG);
    const { code, out } = await sweep(
      [file, '--github', '--repo', 'acme/summit', '--format', 'updates'],
      process.cwd(),
      { GITHUB_TOKEN: 'ghs_cli', GITHUB_API_URL: github.url },
    );
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.filter((l) => l.startsWith('=== SESSION UPDATE:'))).toEqual([
      '=== SESSION UPDATE: a ===',
    ]);
    expect(lines).not.toContain('STATUS: PR-ready');
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([]);
    expect(out).not.toMatch(RAW);
    expect(out).toContain('\\u{1b}[2J\\u{202e}');
  });

  it('cannot forge lines or workflow commands in the action', async () => {
    const runner = await makeRunner(
      { 'sessions.yaml': BACKLOG },
      { ledger: 'off', 'sessions-file': 'sessions.yaml', 'github-token': 'ghs_action' },
    );
    Object.assign(process.env, runner.env, {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/summit',
    });
    await run();
    const summary = await runner.summary();
    expect(summary).not.toMatch(RAW);
    expect(summary).not.toMatch(/^=== SESSION UPDATE: forged/m);
    for (const line of obeyed(log)) expect(line).toMatch(/^::(error|warning|debug|add-mask)[ :]/);
    // The name is quoted inside the drift annotation's message, never a command of its own.
    expect(obeyed(log).filter((l) => /^::\w+::pwned/.test(l))).toEqual([]);
    expect(log).toContain('\\u{a}::error::pwned\\u{1b}[2J\\u{202e}');
    expect(log).not.toMatch(RAW);
  });
});

describe("GitHub's error message", () => {
  const refused = {
    status: 401,
    body: JSON.stringify({ message: 'Bad credentials\n::error::forged\u202e' }),
  };

  it('never reaches the CLI stderr as a workflow command in a job', async () => {
    github.always = refused;
    const file = await tempFile('sessions.yaml', BACKLOG);
    const { err } = await sweep([file, '--github', '--repo', 'acme/summit'], process.cwd(), {
      GITHUB_TOKEN: 'ghs_cli',
      GITHUB_API_URL: github.url,
      GITHUB_ACTIONS: 'true',
    });
    expect(err).toContain('live status is missing');
    expect(err.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(err).not.toMatch(RAW);
  });

  it('reaches the action log, its annotations and its failure line escaped', async () => {
    github.always = refused;
    const runner = await makeRunner(
      { 'sessions.yaml': BACKLOG },
      {
        ledger: 'off',
        'sessions-file': 'sessions.yaml',
        'github-token': 'ghs_action',
        'on-api-error': 'fail',
      },
    );
    Object.assign(process.env, runner.env, {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/summit',
    });
    await run();
    expect(process.exitCode).toBe(1);
    const failure = log.split('\n').find((l) => l.startsWith('::error::Live status'));
    expect(failure).toBeDefined();
    expect(failure).not.toMatch(RAW);
    expect(obeyed(log).join('\n')).not.toMatch(/^::error::forged/m);
    expect(log).not.toMatch(RAW);
  });
});

describe('every output has a budget, whatever the file holds', () => {
  // One 1 MiB name with six problems: each message quotes an excerpt of it.
  const name = 'n'.repeat(1024 * 1024);
  const text = `version: 1\nsessions:\n  - {name: ${name}, category: Security, status: done, remaining_steps: -1, blocked: maybe, pr: PR-1, kind: other}\n`;

  it('the CLI prints a few kilobytes, each problem at its place', async () => {
    const file = await tempFile('sessions.yaml', text);
    const { code, err } = await sweep(['validate', file]);
    expect(code).toBe(2);
    expect(err.length).toBeLessThan(8 * 1024);
    expect(err).toMatch(
      /sessions\.yaml:3:\d+: error: session "n{48}… \(1048528 more characters\)"/,
    );
    expect(err).toMatch(/: 6 problems; no plan was made\.\n$/);
  });

  it('the action keeps outputs, annotations and the summary small, the summary with its rows', async () => {
    const runner = await makeRunner(
      { 'sessions.yaml': text },
      { ledger: 'off', 'sessions-file': 'sessions.yaml' },
    );
    Object.assign(process.env, runner.env);
    await run();
    const outputs = await runner.outputs();
    expect(outputs.violations!.length).toBeLessThan(OUTPUT_BUDGET_BYTES);
    expect(JSON.parse(outputs.violations!)).toHaveLength(6);
    for (const line of log.split('\n').filter((l) => l.startsWith('::error'))) {
      expect(line.length).toBeLessThan(5000);
    }
    const summary = await runner.summary();
    expect(summary.length).toBeLessThan(64 * 1024);
    const rows = summary.split('\n').filter((l) => l.startsWith('| sessions\\.yaml:3:'));
    expect(rows).toHaveLength(6);
    expect(summary).not.toContain('more problems are not shown here');
  });

  it('many problems: the CLI prints the first hundred, validate every one', async () => {
    const lines = ['version: 1', 'sessions:'];
    for (let i = 0; i < 300; i++) lines.push(`  - {name: s${i}, category: Security, status: done}`);
    const file = await tempFile('sessions.yaml', `${lines.join('\n')}\n`);
    const plan = await sweep([file]);
    expect(plan.err.split('\n').filter((l) => l.includes(': error: '))).toHaveLength(100);
    expect(plan.err).toContain('… and 200 more; `session-sweeper validate` prints them all.');
    const validate = await sweep(['validate', file]);
    expect(validate.err.split('\n').filter((l) => l.includes(': error: '))).toHaveLength(300);
  });

  it('the violations output of a plan is a list of its first findings within the budget', async () => {
    const lines = ['version: 1', `capacity: 3000`, 'categories:'];
    for (let i = 0; i < 3000; i++) lines.push(`  - ${'c'.repeat(90)}${i}`);
    lines.push('sessions: []');
    const runner = await makeRunner(
      { 'sessions.yaml': `${lines.join('\n')}\n` },
      { ledger: 'off', 'sessions-file': 'sessions.yaml', mode: 'report' },
    );
    Object.assign(process.env, runner.env);
    await run();
    const outputs = await runner.outputs();
    expect(Buffer.byteLength(outputs.violations!)).toBeLessThanOrEqual(OUTPUT_BUDGET_BYTES);
    const shown = JSON.parse(outputs.violations!) as { rail: string }[];
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.length).toBeLessThan(3000);
    expect(Buffer.byteLength(outputs['cold-categories']!)).toBeLessThanOrEqual(OUTPUT_BUDGET_BYTES);
  });
});

describe('diff judges a change as the required check does', () => {
  const head =
    'version: 1\ncapacity: 2\nreserve: 0\nsessions:\n  - {name: a, category: Security, status: pr-ready}\n  - {name: b, category: Security, status: pr-ready}\n  - {name: c, category: Security, status: pr-ready}\n';

  it('a broken base: the head is judged with every finding new, not refused', async () => {
    const base = await tempFile('base.yaml', 'version: 1\nsessions:\n  - {name: a\n');
    const headFile = join(base, '..', 'head.yaml');
    await writeFile(headFile, head);
    const { code, out, err } = await sweep(['diff', base, headFile, '--enforce']);
    expect(code).toBe(1);
    expect(err).toMatch(
      /^warning: .*base\.yaml is not a valid backlog, so every finding counts as new/,
    );
    expect(out).toContain('Judged against the base file:');
    expect(out).toMatch(/error \[capacity-hard\] \(new\)/);
    expect(out).not.toContain('(existing)');
  });

  it('a missing base: the change creates the backlog, every finding new', async () => {
    const headFile = await tempFile('head.yaml', head);
    const { code, out } = await sweep(['diff', join(headFile, '..', 'gone.yaml'), headFile]);
    expect(code).toBe(0);
    expect(out).toContain('does not exist, so every finding is new');
    expect(out).toMatch(/\(new\)/);
  });

  it('a base over the size limit: findings cannot be told new from existing, so they warn, as the required check does', async () => {
    const base = await tempFile('base.yaml', `${head}# ${'x'.repeat(4000)}\n`);
    const headFile = join(base, '..', 'head.yaml');
    await writeFile(headFile, head);
    const { code, out, err } = await sweep([
      'diff',
      base,
      headFile,
      '--enforce',
      '--max-file-size',
      '2KiB',
    ]);
    expect(code).toBe(0);
    expect(err).toMatch(/^warning: .*so findings could not be told new from existing\.$/m);
    expect(out).toContain('Verdict: warn');
    expect(out).not.toMatch(/\((new|existing)\)/);
  });

  it('the required check, served the same broken base, judges the head alike', async () => {
    github.files.set('acme/summit/sessions.yaml@base123', 'version: 1\nsessions:\n  - {name: a\n');
    const event = join(await tempFile('event.json', ''), '..', 'event.json');
    await writeFile(
      event,
      JSON.stringify({
        pull_request: { number: 7, base: { sha: 'base123', repo: { full_name: 'acme/summit' } } },
      }),
    );
    const runner = await makeRunner(
      { 'sessions.yaml': head },
      { ledger: 'off', 'sessions-file': 'sessions.yaml', 'github-token': 'ghs_pr' },
    );
    Object.assign(process.env, runner.env, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/summit',
    });
    await run();
    const outputs = await runner.outputs();
    expect(outputs.verdict).toBe('fail');
    const violations = JSON.parse(outputs.violations!) as { rail: string; introduced?: boolean }[];
    const hard = violations.find((v) => v.rail === 'capacity-hard');
    expect(hard?.introduced).toBe(true);
    expect(violations.some((v) => v.introduced === false)).toBe(false);
    expect(await runner.summary()).toContain('every finding counts as new');
  });
});
