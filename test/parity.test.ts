// The playbook names tools/session_sweeper.py; its users must get the same answers from us.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweep, tempFile } from './helpers/cli.js';

const dir = join(import.meta.dirname, 'fixtures', 'playbook-tool');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));

describe("the playbook tool's own input gives the tool's answers", () => {
  it.each(cases)('%s: the plan opens with the lines the tool printed', async (name) => {
    const { args, sessions } = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as {
      args: string[];
      sessions: unknown[];
    };
    const file = await tempFile('sessions.json', JSON.stringify(sessions));

    const expected = readFileSync(join(dir, `${name}.expected.txt`), 'utf8');
    const { code, out } = await sweep([file, ...args]);
    expect(code).toBe(0);
    expect(out.startsWith(expected)).toBe(true);
    // More may follow the tool's lines, after a blank line.
    expect(out.slice(expected.length).startsWith('\n')).toBe(true);
  });
});
