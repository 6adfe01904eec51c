// src/action/runner.ts speaks the runner's protocol as @actions/core does: the same calls, run
// through both, write the same bytes to stdout and to GITHUB_OUTPUT and set the same exit code.
import * as toolkit from '@actions/core';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as ours from '../src/action/runner.js';
import { randomUuid } from '../src/random.js';

type Runner = Pick<
  typeof toolkit,
  | 'getInput'
  | 'setOutput'
  | 'setSecret'
  | 'setFailed'
  | 'debug'
  | 'error'
  | 'warning'
  | 'notice'
  | 'info'
>;

interface Written {
  stdout: string;
  output: string | undefined;
  exitCode: typeof process.exitCode;
  returned: unknown[];
  thrown: string | undefined;
}

/** What `calls` write through `runner`, each delimiter of GITHUB_OUTPUT replaced by its order. */
async function written(
  runner: Runner,
  calls: (r: Runner) => unknown[],
  env: Record<string, string | undefined>,
): Promise<Written> {
  const dir = await mkdtemp(join(tmpdir(), 'runner-'));
  const output = join(dir, 'output');
  await writeFile(output, '');
  const savedCode = process.exitCode;
  process.exitCode = undefined;
  vi.stubEnv('GITHUB_OUTPUT', output);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  let returned: unknown[] = [];
  let thrown: string | undefined;
  try {
    returned = calls(runner);
  } catch (error) {
    thrown = (error as Error).message;
  } finally {
    spy.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = savedCode;
  vi.unstubAllEnvs();
  const delimiters = new Map<string, string>();
  const text = await readFile(output, 'utf8').catch(() => undefined);
  return {
    stdout,
    output: text?.replace(/ghadelimiter_[0-9a-f-]{36}/g, (d) => {
      if (!delimiters.has(d)) delimiters.set(d, `ghadelimiter_${delimiters.size}`);
      return delimiters.get(d)!;
    }),
    exitCode,
    returned,
    thrown: thrown?.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_'),
  };
}

const untrusted = 'a%b\r\nc: d, e\n::warning::f %0A';

const cases: Record<
  string,
  { calls: (r: Runner) => unknown[]; env?: Record<string, string | undefined> }
> = {
  'outputs, strings and not, into GITHUB_OUTPUT': {
    calls: (r) => {
      r.setOutput('verdict', 'pass');
      r.setOutput('violations', '[]');
      r.setOutput('multi-line', untrusted);
      r.setOutput('count', 3);
      r.setOutput('object', { a: [1, 'b'] });
      r.setOutput('nothing', undefined);
      r.setOutput('empty', '');
      return [];
    },
  },
  'an output without GITHUB_OUTPUT, as a set-output command': {
    env: { GITHUB_OUTPUT: undefined },
    calls: (r) => {
      r.setOutput('verdict', untrusted);
      r.setOutput('n', 0);
      return [];
    },
  },
  'an output whose file is missing throws as the toolkit does': {
    env: { GITHUB_OUTPUT: join(tmpdir(), 'no-such-dir-for-runner-test', 'output') },
    calls: (r) => {
      r.setOutput('verdict', 'pass');
      return [];
    },
  },
  'annotations with every property, escaped': {
    calls: (r) => {
      r.error(untrusted, {
        title: 'session-sweeper: capacity, hard: %',
        file: 'dir,with:odd%chars/sessions.yaml',
        startLine: 12,
        endLine: 13,
        startColumn: 5,
        endColumn: 9,
      });
      r.warning(untrusted, { file: 'sessions.yaml', startLine: 3 });
      r.notice('plain', { title: 'x' });
      return [];
    },
  },
  'annotations without properties, with empty ones, with zero and with an Error': {
    calls: (r) => {
      r.error('no properties');
      r.warning('empty properties', {});
      r.error('all empty', { title: '', file: '' });
      r.warning('line zero is left out', { file: 'a.yaml', startLine: 0, startColumn: 0 });
      r.error(new Error('an error object: with a colon'));
      r.warning('');
      return [];
    },
  },
  'masks, log lines, debug lines': {
    calls: (r) => {
      r.setSecret('ghs_secret%value\nsecond');
      r.info(untrusted);
      r.info('');
      r.debug(untrusted);
      return [];
    },
  },
  'a failure: exit code 1 and an error line': {
    calls: (r) => {
      r.setFailed(untrusted);
      r.setFailed(new Error('second'));
      return [];
    },
  },
  'inputs: names upper-cased with spaces as underscores, hyphens kept, trimmed unless asked': {
    env: {
      'INPUT_SESSIONS-FILE': '  sessions.yaml \n',
      INPUT_WITH_SPACE: ' v ',
      INPUT_EMPTY: '',
    },
    calls: (r) => [
      r.getInput('sessions-file'),
      r.getInput('Sessions-File'),
      r.getInput('with space'),
      r.getInput('with space', { trimWhitespace: false }),
      r.getInput('empty'),
      r.getInput('absent'),
    ],
  },
  'a required input left empty throws': {
    env: { INPUT_EMPTY: '' },
    calls: (r) => [r.getInput('empty', { required: true })],
  },
};

describe('the runner protocol, as @actions/core writes it', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  for (const [name, { calls, env = {} }] of Object.entries(cases)) {
    it(name, async () => {
      const theirs = await written(toolkit, calls, env);
      const mine = await written(ours, calls, env);
      expect(mine).toEqual(theirs);
      // Each case writes something, so an empty comparison cannot pass by accident.
      expect(
        `${theirs.stdout}${theirs.output ?? ''}${theirs.thrown ?? ''}${theirs.returned.join('')}`,
      ).not.toBe('');
    });
  }

  it('each output gets a delimiter of its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'runner-'));
    const output = join(dir, 'output');
    await writeFile(output, '');
    vi.stubEnv('GITHUB_OUTPUT', output);
    try {
      ours.setOutput('a', '1');
      ours.setOutput('b', '2');
    } finally {
      vi.unstubAllEnvs();
    }
    const delimiters = (await readFile(output, 'utf8')).match(/ghadelimiter_[0-9a-f-]{36}/g)!;
    expect(delimiters).toHaveLength(4);
    expect(new Set(delimiters).size).toBe(2);
  });
});

describe('randomUuid', () => {
  it('is a version 4 UUID as crypto.randomUUID writes it, and never the same twice', () => {
    const uuids = Array.from({ length: 2000 }, randomUuid);
    for (const uuid of uuids) {
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(uuids).size).toBe(uuids.length);
    // Every hex digit turns up in every free place: the bytes are not stuck.
    const free = Array.from({ length: 36 }, (_, i) => i).filter(
      (i) => ![8, 13, 14, 18, 19, 23].includes(i),
    );
    for (const i of free) expect(new Set(uuids.map((u) => u[i])).size).toBeGreaterThan(8);
  });
});
