import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBacklog, readBacklog, type LoadResult } from '../src/backlog/load.js';
import type { Backlog, Diagnostic } from '../src/backlog/model.js';

const load = (text: string, file = 'sessions.yaml') => parseBacklog(text, file);

function ok(result: LoadResult): Backlog {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.backlog;
}

function errors(result: LoadResult): Diagnostic[] {
  if (result.ok) throw new Error('expected the backlog to be rejected');
  return result.errors;
}

const yaml = (...lines: string[]) => lines.join('\n') + '\n';

describe('sessions.yaml, version 1', () => {
  it('applies the playbook defaults: capacity 15, reserve 1, the eight rotation categories', () => {
    const backlog = ok(load('version: 1\nsessions: []\n'));
    expect(backlog.capacity).toBe(15);
    expect(backlog.reserve).toBe(1);
    expect(backlog.categories).toEqual([
      'Security',
      'Data Integrity',
      'Golden Path',
      'CI Stability',
      'Graph',
      'Infrastructure',
      'UX',
      'Analytics',
    ]);
    expect(backlog.format).toBe('sessions-yaml');
  });

  it('reads every session field and defaults remaining_steps to 1 and kind to prompt', () => {
    const backlog = ok(
      load(
        yaml(
          'version: 1',
          'sessions:',
          '  - name: a',
          '    category: UX',
          '    status: needs-more-work',
          '  - name: b',
          '    category: Graph',
          '    status: pr-created',
          '    remaining_steps: 0',
          '    pr: acme/web#12',
          '    started: 2026-11-20',
          '    next_action: merge it',
          '    actions: [wrote tests]',
          '    kind: hardening',
        ),
      ),
    );
    const [a, b] = backlog.sessions;
    expect(a).toMatchObject({ name: 'a', remainingSteps: 1, kind: 'prompt', blocked: false });
    expect(a!.location).toEqual({ file: 'sessions.yaml', line: 3, column: 5 });
    expect(b).toMatchObject({
      status: 'pr-created',
      remainingSteps: 0,
      pr: { owner: 'acme', repo: 'web', number: 12 },
      started: '2026-11-20',
      nextAction: 'merge it',
      actions: ['wrote tests'],
      kind: 'hardening',
    });
    expect(b!.location.line).toBe(6);
  });

  it.each([
    ['PR-ready', 'pr-ready'],
    ['PR created', 'pr-created'],
    ['needs more work', 'needs-more-work'],
    ['NEEDS-MORE-WORK', 'needs-more-work'],
    ['Blocked', 'blocked'],
    ['Archived', 'archived'],
  ])('accepts the update template spelling %j as status %s', (written, status) => {
    const text = yaml(
      'version: 1',
      'sessions:',
      `  - {name: a, category: UX, status: ${written}, blocker: x}`,
    );
    expect(ok(load(text)).sessions[0]!.status).toBe(status);
  });

  it('accepts pull request references as a number, owner/repo#n or a URL', () => {
    const text = yaml(
      'version: 1',
      'sessions:',
      '  - {name: a, category: UX, status: pr-created, pr: 7}',
      '  - {name: b, category: UX, status: pr-created, pr: "#8"}',
      '  - {name: c, category: UX, status: pr-created, pr: "https://github.com/acme/web/pull/9"}',
    );
    expect(ok(load(text)).sessions.map((s) => s.pr)).toEqual([
      { number: 7 },
      { number: 8 },
      { owner: 'acme', repo: 'web', number: 9, url: 'https://github.com/acme/web/pull/9' },
    ]);
  });

  it('counts a session in a category outside the rotation without complaint', () => {
    const result = load(
      yaml('version: 1', 'sessions:', '  - {name: a, category: Docs, status: needs-more-work}'),
    );
    expect(ok(result).sessions[0]!.category).toBe('Docs');
    expect(result.warnings).toEqual([]);
  });

  it('warns when a category differs from a rotation category only by case or a typo', () => {
    const result = load(
      yaml('version: 1', 'sessions:', '  - {name: a, category: security, status: pr-ready}'),
    );
    expect(result.warnings[0]!.message).toContain('did you mean "Security"?');
    expect(result.warnings[0]!.location?.line).toBe(3);
  });

  it('takes a custom rotation list in priority order', () => {
    const backlog = ok(load('version: 1\ncategories: [Docs, Security]\nsessions: []\n'));
    expect(backlog.categories).toEqual(['Docs', 'Security']);
    expect(backlog.locations.categories?.map((l) => l.line)).toEqual([2, 2]);
  });

  it('strips a byte order mark and reads CRLF line endings', () => {
    const text =
      '\uFEFFversion: 1\r\nsessions:\r\n  - {name: a, category: UX, status: pr-ready}\r\n';
    expect(ok(load(text)).sessions[0]!.location.line).toBe(3);
  });
});

describe('the playbook tool JSON array', () => {
  it('is read by the same loader, with the tool defaults for missing fields', () => {
    const backlog = ok(
      load('[{"name": "a"}, {"name": "b", "status": "PR created", "category": "UX"}]', 'x.json'),
    );
    expect(backlog.format).toBe('playbook-json');
    expect(backlog.sessions[0]).toMatchObject({
      status: 'needs-more-work',
      category: 'Uncategorized',
      remainingSteps: 1,
      blocked: false,
    });
    expect(backlog.sessions[1]).toMatchObject({ status: 'pr-created', statusText: 'pr created' });
    expect(backlog.capacity).toBe(15);
  });

  it('accepts a null blocker and warns (does not fail) on a blocked session without one', () => {
    const result = load('[{"name": "a", "blocked": true, "blocker": null}]', 'x.json');
    expect(ok(result).sessions[0]!.blocked).toBe(true);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'session "a" is blocked but does not say by what: `blocker` is missing',
    ]);
  });

  it('warns about keys the tool ignored instead of failing', () => {
    const result = load('[{"name": "a", "owner": "kim"}]', 'x.json');
    expect(result.ok).toBe(true);
    expect(result.warnings[0]!.message).toBe('session "a": unknown key "owner" is ignored');
    expect(result.warnings[0]!.location).toEqual({ file: 'x.json', line: 1, column: 16 });
  });

  it('still rejects a typo in a status, which the tool silently ranked last', () => {
    const [error] = errors(load('[\n  {"name": "a", "status": "pr-redy"}\n]', 'x.json'));
    expect(error!.message).toBe('session "a": unknown status "pr-redy"; did you mean "pr-ready"?');
    expect(error!.location).toEqual({ file: 'x.json', line: 2, column: 27 });
  });
});

describe('errors say what, where and how to fix it', () => {
  const first = (text: string) => errors(load(text))[0]!;

  it('an unknown key, with a did-you-mean suggestion and the key position', () => {
    const error = first(
      yaml(
        'version: 1',
        'sessions:',
        '  - name: a',
        '    category: UX',
        '    status: pr-ready',
        '    remaning_steps: 2',
      ),
    );
    expect(error.message).toBe(
      'session "a": unknown key "remaning_steps"; did you mean "remaining_steps"?',
    );
    expect(error.location).toMatchObject({ line: 6, column: 5 });
    expect(error.fix).toContain('Known keys: name, category, status');
  });

  it('an unknown top-level key', () => {
    const error = first('version: 1\ncapacty: 10\n');
    expect(error.message).toBe('the backlog: unknown key "capacty"; did you mean "capacity"?');
    expect(error.location?.line).toBe(2);
  });

  it('a wrong type', () => {
    const error = first('version: 1\ncapacity: ten\n');
    expect(error.message).toBe('the backlog: capacity must be a whole number, got "ten"');
    expect(error.fix).toBe('Write `capacity:` as a whole number, without quotes.');
    expect(error.location).toMatchObject({ line: 2, column: 11 });
  });

  it.each([
    ['-1', 'session "a": remaining_steps must be 0 or more, got -1'],
    ['1.5', 'session "a": remaining_steps must be a whole number, got 1.5'],
  ])('remaining_steps %s', (steps, message) => {
    const error = first(
      yaml(
        'version: 1',
        'sessions:',
        `  - {name: a, category: UX, status: pr-ready, remaining_steps: ${steps}}`,
      ),
    );
    expect(error.message).toBe(message);
  });

  it('a missing required key names the key and the session', () => {
    const error = first(yaml('version: 1', 'sessions:', '  - name: a', '    status: pr-ready'));
    expect(error.message).toBe('session "a": missing required key "category"');
    expect(error.location?.line).toBe(3);
  });

  it('a missing version', () => {
    const error = first('sessions: []\n');
    expect(error.message).toBe('the backlog: missing required key "version"');
    expect(error.fix).toBe('Add `version: 1` at the top of the file.');
  });

  it('an unsupported version', () => {
    expect(first('version: 2\n').message).toBe('unsupported version 2');
  });

  it('an impossible date', () => {
    const error = first(
      yaml(
        'version: 1',
        'sessions:',
        '  - {name: a, category: UX, status: pr-ready, started: 2026-02-30}',
      ),
    );
    expect(error.message).toBe('session "a": started "2026-02-30" is not a real calendar date');
  });

  it('a malformed pull request reference', () => {
    const error = first(
      yaml(
        'version: 1',
        'sessions:',
        '  - {name: a, category: UX, status: pr-ready, pr: "acme#x"}',
      ),
    );
    expect(error.message).toBe('session "a": pr "acme#x" is not a pull request reference');
  });

  it('duplicate session names point at both lines', () => {
    const error = first(
      yaml(
        'version: 1',
        'sessions:',
        '  - {name: a, category: UX, status: pr-ready}',
        '  - {name: b, category: UX, status: pr-ready}',
        '  - {name: a, category: UX, status: pr-ready}',
      ),
    );
    expect(error.message).toBe('duplicate session name "a" at lines 3 and 5');
    expect(error.location?.line).toBe(5);
  });

  it('reserve >= capacity', () => {
    const error = first('version: 1\ncapacity: 3\nreserve: 3\n');
    expect(error.message).toBe('reserve (3) must be smaller than capacity (3)');
    expect(error.location?.line).toBe(3);
  });

  it('blocked without a blocker', () => {
    const error = first(
      yaml(
        'version: 1',
        'sessions:',
        '  - name: a',
        '    category: UX',
        '    status: needs-more-work',
        '    blocked: true',
      ),
    );
    expect(error.message).toBe(
      'session "a" is blocked but does not say by what: `blocker` is missing',
    );
    expect(error.location?.line).toBe(6);
  });

  it('invalid YAML, with its position', () => {
    const error = first('version: 1\nsessions: [\n');
    expect(error.message).toMatch(/^invalid YAML: /);
    expect(error.location?.file).toBe('sessions.yaml');
  });

  it('a duplicate key', () => {
    const error = first('version: 1\nversion: 1\n');
    expect(error.message).toBe('invalid YAML: Map keys must be unique');
    expect(error.fix).toBe('Remove or rename the repeated key.');
  });

  it('an empty file', () => {
    expect(first('').message).toBe('sessions.yaml is empty');
  });

  it('a scalar instead of a mapping', () => {
    expect(first('just text\n').message).toContain('must be a mapping');
  });

  it('an alias bomb is refused instead of expanded', () => {
    const bomb = yaml(
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
    );
    expect(first(bomb).message).toMatch(/cannot be read as data/);
  });

  it('reports every problem at once', () => {
    const result = load(
      yaml(
        'version: 1',
        'capacity: 0',
        'sessions:',
        '  - {name: a, category: UX, status: done}',
        '  - {name: b, category: UX, status: pr-ready, kind: chore}',
      ),
    );
    expect(errors(result).map((e) => [e.location?.line, e.message])).toEqual([
      [2, 'the backlog: capacity must be 1 or more, got 0'],
      [2, 'reserve (1) must be smaller than capacity (0)'],
      [4, 'session "a": unknown status "done"'],
      [5, 'session "b": unknown kind "chore"'],
    ]);
  });
});

describe('more errors, each with what, where and how', () => {
  const first = (text: string, file = 'sessions.yaml') => errors(load(text, file))[0]!;

  it('a category listed twice in the rotation', () => {
    const error = first('version: 1\ncategories: [UX, Graph, UX]\n');
    expect(error.message).toBe('category "UX" is listed twice in categories');
  });

  it('an empty rotation list', () => {
    expect(first('version: 1\ncategories: []\n').message).toBe(
      'the backlog: categories is an empty list',
    );
  });

  it('a value that is too long', () => {
    const error = first(
      yaml(
        'version: 1',
        'sessions:',
        `  - {name: ${'n'.repeat(201)}, category: UX, status: pr-ready}`,
      ),
    );
    expect(error.message).toMatch(/: name is too long \(at most 200 characters\)$/);
  });

  it('a number too large to be a count', () => {
    expect(first('version: 1\ncapacity: 1e20\n').message).toBe(
      'the backlog: capacity is too large, got 100000000000000000000',
    );
  });

  it('a blank name', () => {
    expect(
      first(yaml('version: 1', 'sessions:', '  - {name: "  ", category: UX, status: pr-ready}'))
        .message,
    ).toBe('session #1: name is empty');
  });

  it('a session that is not a mapping', () => {
    expect(first('[1]', 'x.json').message).toBe(
      'session #1 must be a mapping of keys (name, category, status, ...), got 1',
    );
  });

  it('a blocker that is not text, in the JSON format too', () => {
    expect(first('[{"name": "a", "blocked": true, "blocker": 5}]', 'x.json').message).toBe(
      'session "a": blocker must be text, got 5',
    );
  });

  it('duplicate names on one line point at line:column', () => {
    const error = first(
      '{"version": 1, "sessions": [{"name": "a", "category": "UX", "status": "pr-ready"}, {"name": "a", "category": "UX", "status": "pr-ready"}]}',
    );
    expect(error.message).toBe('duplicate session name "a" at 1:29 and 1:84');
  });

  it('dates stay dates under a %YAML 1.1 directive', () => {
    const text =
      '%YAML 1.1\n---\nversion: 1\nsessions:\n  - {name: a, category: UX, status: pr-ready, started: 2026-11-01}\n';
    expect(ok(load(text)).sessions[0]!.started).toBe('2026-11-01');
  });
});

describe('the playbook tool read loose values; so do we, with a warning', () => {
  const loose = (entry: object) => load(JSON.stringify([entry]), 'x.json');

  it.each([
    [
      { status: 'pr-ready' },
      'name',
      'unknown',
      'session #1: has no name; it is called "unknown", as the playbook tool did',
    ],
    [{ name: 7 }, 'name', '7', 'session #1: name 7 is read as the text "7"'],
    [
      { name: 'a', remaining_steps: '3' },
      'remainingSteps',
      3,
      'session #1: remaining_steps "3" is read as the number 3',
    ],
    [
      { name: 'a', remaining_steps: 2.7 },
      'remainingSteps',
      2,
      'session #1: remaining_steps 2.7 is read as 2',
    ],
    [
      { name: 'a', blocked: 'false', blocker: 'x' },
      'blocked',
      true,
      'session #1: blocked "false" is read as true, as the playbook tool did',
    ],
    [
      { name: 'a', blocked: 0 },
      'blocked',
      false,
      'session #1: blocked 0 is read as false, as the playbook tool did',
    ],
  ])('%j', (entry, field, value, warning) => {
    const result = loose(entry);
    expect(ok(result).sessions[0]).toHaveProperty(field, value);
    expect(result.warnings.map((w) => w.message)).toContain(warning);
  });

  it('repeated names and empty blockers are warnings, not errors', () => {
    const result = load('[{"name": "a"}, {"name": "a", "blocked": true, "blocker": ""}]', 'x.json');
    expect(ok(result).sessions).toHaveLength(2);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'duplicate session name "a" at 1:2 and 1:17',
      'session "a" is blocked but does not say by what: `blocker` is missing',
    ]);
  });
});

describe('reading the file', () => {
  it('names a missing file and how to fix it', async () => {
    const [error] = errors(await readBacklog('/nonexistent/sessions.yaml', 'sessions.yaml'));
    expect(error!.message).toBe('backlog file sessions.yaml was not found');
    expect(error!.fix).toContain('examples/sessions.yaml');
  });

  it('refuses a directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sweeper-'));
    await mkdir(join(dir, 'sessions.yaml'));
    const [error] = errors(await readBacklog(join(dir, 'sessions.yaml'), 'sessions.yaml'));
    expect(error!.message).toBe('sessions.yaml is a directory, not a backlog file');
  });

  it('refuses a device or pipe instead of reading forever', async () => {
    const [error] = errors(await readBacklog('/dev/zero', 'zero.yaml'));
    expect(error!.message).toBe('zero.yaml is not a regular file');
  });

  it('refuses invalid UTF-8', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sweeper-'));
    await writeFile(join(dir, 'bad.yaml'), Buffer.from([0x76, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    const [error] = errors(await readBacklog(join(dir, 'bad.yaml'), 'bad.yaml'));
    expect(error!.message).toBe('bad.yaml is not valid UTF-8');
  });
});

describe('JSON read with JSON.parse', () => {
  const json = JSON.stringify(
    {
      version: 1,
      capacity: 'many',
      categories: ['UX', 'UX'],
      sessions: [
        { name: 'a', category: 'UX', status: 'done' },
        { name: 'b', category: 'UX', status: 'blocked', remaining_steps: -1 },
        { name: 'a', category: 'UX', status: 'pr-ready', prr: 3 },
      ],
      incidents: [{ id: 'i', date: '2026-02-30', category: 'UX', summary: 's' }],
    },
    null,
    2,
  );

  it('reports every problem where the YAML parser would', () => {
    // A directive makes the same text YAML only; it moves every line down by two.
    const up = (line: string) => String(Number(line) - 2);
    const viaYaml = errors(load(`%YAML 1.2\n---\n${json}`, 'x.json')).map((e) => ({
      ...e,
      message: e.message.replace(
        /lines (\d+) and (\d+)/,
        (_, a: string, b: string) => `lines ${up(a)} and ${up(b)}`,
      ),
      location: { ...e.location!, line: e.location!.line - 2 },
    }));
    const viaJson = errors(load(json, 'x.json'));
    expect(viaJson.length).toBeGreaterThanOrEqual(6);
    expect(viaJson).toEqual(viaYaml);
  });

  it('still refuses a repeated key, which JSON.parse would let through', () => {
    const [error] = errors(load('{"version": 1, "version": 1, "sessions": []}', 'x.json'));
    expect(error!.message).toBe('invalid YAML: Map keys must be unique');
    expect(error!.location).toMatchObject({ line: 1, column: 16 });
  });

  it('locates keys with escapes and sessions in minified JSON', () => {
    const result = load(
      '[{"name":"a\\"b","status":"pr-ready"},{"name":"c","st\\u0061tus":"nope"}]',
      'x.json',
    );
    expect(errors(result)[0]).toMatchObject({
      message: 'session "c": unknown status "nope"',
      location: { line: 1, column: 64 },
    });
  });
});

describe('keys and aliases are bounded by what they mean, not by how they are written', () => {
  const messages = (result: LoadResult) => (result.ok ? [] : result.errors.map((e) => e.message));

  it('thousands of stray keys still make one short message', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `  k${i}: 1`).join('\n');
    const [message] = messages(
      parseBacklog(`version: 1\nsessions: []\ncadence:\n${keys}\n`, 's.yaml'),
    );
    expect(message).toMatch(
      /: unknown keys "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9" and 4990 more$/,
    );
  });

  it('a key written as a list is refused before anything is expanded', () => {
    expect(messages(parseBacklog('version: 1\n? [a, b]\n: 1\nsessions: []\n', 's.yaml'))).toEqual([
      'invalid YAML: a key must be plain text, not a list, a mapping or an alias',
    ]);
  });

  it('1: and "1": are the same key, as they are in the data', () => {
    const result = parseBacklog(
      'version: 1\nsessions:\n  - {name: a, 1: x, "1": y, category: UX, status: pr-ready}\n',
      's.yaml',
    );
    expect(messages(result)).toEqual(['invalid YAML: Map keys must be unique']);
  });

  it('many aliases of one value are fine; what they expand to is what is bounded', () => {
    const entries = Array.from(
      { length: 500 },
      (_, i) =>
        `  - {name: s${i}, category: UX, status: blocked, blocker: ${i === 0 ? '&why waits on the data council' : '*why'}}`,
    ).join('\n');
    const result = parseBacklog(`version: 1\nsessions:\n${entries}\n`, 's.yaml');
    expect(messages(result)).toEqual([]);
    expect(result.ok ? result.backlog.sessions[499]?.blocker : undefined).toBe(
      'waits on the data council',
    );
  });
});

describe('a category, an incident id and a hardening session are one however their accents are encoded', () => {
  const composed = 'Caf\u00e9';
  const decomposed = 'Cafe\u0301';
  const at = (result: LoadResult) =>
    errors(result).map((e) => [e.location?.line, e.message] as const);

  it('a session, a backlog key and an incident in decomposed Café match the rotation category in composed Café', () => {
    const backlog = ok(
      load(
        yaml(
          'version: 1',
          `categories: ["${composed}", Security]`,
          'sessions:',
          `  - {name: a, category: "${decomposed}", status: needs-more-work, remaining_steps: 2, next_action: x}`,
          'backlog:',
          `  "${decomposed}": {active: [{id: p, title: t}]}`,
          'incidents:',
          `  - {id: i1, date: 2026-11-20, category: "${decomposed}", summary: s, hardening: a}`,
        ),
      ),
    );
    expect(backlog.warnings.map((w) => w.message)).toEqual([]);
    expect(backlog.sessions[0]!.category).toBe(composed);
    expect(backlog.prompts.map((p) => p.category)).toEqual([composed]);
    expect(backlog.incidents[0]!.category).toBe(composed);
  });

  it('a hardening session is found by its name after NFC, and held as the session spells it', () => {
    const backlog = ok(
      load(
        yaml(
          'version: 1',
          'categories: [Security]',
          'sessions:',
          `  - {name: "${composed}", category: Security, status: needs-more-work, remaining_steps: 2, next_action: x}`,
          'incidents:',
          `  - {id: i1, date: 2026-11-20, category: Security, summary: s, hardening: "${decomposed}"}`,
        ),
      ),
    );
    expect(backlog.warnings.map((w) => w.message)).toEqual([]);
    expect(backlog.incidents[0]!.hardening).toBe(composed);
  });

  it('two incidents with one id are an error at the second, naming the first, after NFC', () => {
    const result = load(
      yaml(
        'version: 1',
        'categories: [Security]',
        'sessions: []',
        'incidents:',
        `  - {id: "I${composed}", date: 2026-11-20, category: Security, summary: s}`,
        `  - {id: "I${decomposed}", date: 2026-11-21, category: Security, summary: t}`,
        '  - {id: i2, date: 2026-11-21, category: Security, summary: t}',
        '  - {id: i2, date: 2026-11-22, category: Security, summary: u}',
      ),
    );
    expect(at(result)).toEqual([
      [
        6,
        `duplicate incident id "I${decomposed}" at lines 5 and 6: "ICaf\\u{e9}" and "ICafe\\u{301}" are the same text after Unicode normalisation (NFC)`,
      ],
      [8, 'duplicate incident id "i2" at lines 7 and 8'],
    ]);
  });

  it('two backlog keys equal after NFC are one category listed twice', () => {
    const result = load(
      yaml(
        'version: 1',
        `categories: ["${composed}"]`,
        'sessions: []',
        'backlog:',
        `  "${composed}": {active: [{id: p, title: t}]}`,
        `  "${decomposed}": {active: [{id: q, title: t}]}`,
      ),
    );
    expect(at(result)).toEqual([
      [
        6,
        `backlog category "${decomposed}" is listed twice in backlog, at lines 5 and 6: "Caf\\u{e9}" and "Cafe\\u{301}" are the same text after Unicode normalisation (NFC)`,
      ],
    ]);
  });
});
