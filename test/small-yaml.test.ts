// A small YAML backlog is read by the event stream first, which is far faster from a cold start;
// one in which it finds anything to say is read again by the `yaml` parser. Either way the result
// is the one the `yaml` parser alone gives: the same backlog, the same problems at the same places.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import { parse } from '../src/backlog/parse.js';

const session = [
  'version: 1',
  'capacity: 15',
  'sessions:',
  '  - name: a',
  '    category: UX',
  '    status: needs-more-work',
  '    remaining_steps: 2',
  '    next_action: do it',
];

/** The backlog above with `key` set to `value`, in place or added to the session. */
function withValue(key: string, value: string): string {
  const lines = [...session];
  const at = lines.findIndex((line) => new RegExp(`^\\s*(- )?${key}:`).test(line));
  if (at >= 0) lines[at] = lines[at]!.replace(/:.*$/, `: ${value}`);
  else lines.push(`    ${key}: ${value}`);
  return `${lines.join('\n')}\n`;
}

const SCALARS = [
  ...['1e400', '-1e400', '1.7976931348623157e309', '1e-400', '9'.repeat(320), '12e3', '1E3'],
  ...['.inf', '-.Inf', '.nan', '0x1F', '0o17', '017', '0b101', '+1', '1_000', '.5', '5.', '-0'],
  ...['~', 'null', 'yes', 'no', 'on', 'true', 'FALSE', '2026-01-01', '2026-01-01T00:00:00Z'],
  ...['1:20', '1.0', '"x"', "'1'", '!!str 1', '[a]', '{}', '""', '-', '&a x', '"a\\u0000b"'],
];
const KEYS = ['version', 'capacity', 'name', 'category', 'status', 'remaining_steps'];
const ADDED = ['next_action', 'pr', 'blocker', 'started', 'jules', 'unknown_key'];

describe('a small YAML backlog', () => {
  it('a clean one is read by the event stream alone', () => {
    const text = readFileSync('examples/sessions.yaml', 'utf8');
    expect(parse(text, 'sessions.yaml')).toMatchObject({ rereadIfAnything: true });
    expect(parseBacklog(text, 'sessions.yaml')).toEqual(
      parseBacklog(text, 'sessions.yaml', { worded: true }),
    );
  });

  it('one that may hold a number too large for a double keeps the `yaml` parser, which reads Infinity', () => {
    const text = withValue('name', '1e400');
    expect(parse(text, 'f.yaml')).not.toHaveProperty('rereadIfAnything');
    expect(parseBacklog(text, 'f.yaml')).toMatchObject({
      ok: false,
      errors: [{ message: 'session #1: name must be text, got Infinity' }],
    });
  });

  it('whatever a value holds, the verdict, the backlog and every problem are those of the `yaml` parser', () => {
    const differ: string[] = [];
    for (const key of [...KEYS, ...ADDED]) {
      for (const value of SCALARS) {
        const text = withValue(key, value);
        const read = parseBacklog(text, 'f.yaml');
        if (JSON.stringify(read) !== JSON.stringify(parseBacklog(text, 'f.yaml', { worded: true })))
          differ.push(`${key}: ${value}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
