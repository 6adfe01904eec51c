// Large YAML backlogs are read from an event stream instead of a node per value: the same data,
// the same places, the same problems, within a fraction of the memory.
import { describe, expect, it } from 'vitest';
import { readLargeYaml } from '../src/backlog/large-yaml.js';
import { LARGE_YAML_CHARS } from '../src/backlog/limits.js';
import { agentOf, parseBacklog } from '../src/backlog/load.js';
import { readYaml } from '../src/backlog/yaml.js';

const STATUSES = ['pr-ready', 'pr-created', 'needs-more-work', 'blocked', 'archived'];

/** A sessions.yaml over 2 MiB that uses every kind of value the schema has. */
function bigBacklog(count: number, broken: Record<number, string> = {}): string {
  const lines = [
    '# yaml-language-server: $schema=../schema/sessions.schema.json',
    'version: 1',
    `capacity: ${count}`,
    'agent: copilot',
    'categories: [Security, "Data Integrity", Golden Path]',
    'sessions:',
  ];
  for (let i = 0; i < count; i++) {
    if (broken[i] !== undefined) {
      lines.push(broken[i]!);
      continue;
    }
    const status = STATUSES[i % STATUSES.length]!;
    if (i % 3 === 0) {
      lines.push(
        `  - { name: "s-${i}", category: Security, status: ${status}, remaining_steps: ${i % 5}${status === 'blocked' ? ', blocker: "waits on infra"' : ''} }`,
      );
    } else {
      lines.push(`  - name: s-${i}`, `    category: 'Golden Path'`, `    status: ${status}`);
      if (status === 'blocked') {
        lines.push(i === 8 ? '    blocker: &why waits on the data council' : '    blocker: *why');
      }
      if (i % 4 === 1)
        lines.push(
          `    pr: ${i + 1}`,
          `    started: 2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
        );
      if (i % 7 === 2)
        lines.push('    actions:', '      - wrote the test', '      - "fixed: the bug"');
      if (i % 11 === 5) lines.push(`    jules: "${1000 + i}"`);
      else if (i % 13 === 4) lines.push(`    copilot: task-${i}`);
      lines.push('    next_action: |', '      ship it');
    }
  }
  lines.push(
    'backlog:',
    '  Security:',
    '    active:',
    '      - { id: sec-1, title: Rotate keys, added: 2026-11-01 }',
    '      - { id: sec-2, title: Pin actions, agent: jules }',
    'incidents:',
    '  - { id: inc-1, date: 2026-11-20, category: Security, summary: leaked key, hardening: s-0 }',
  );
  return `${lines.join('\n')}\n`;
}

describe('a large YAML backlog', () => {
  const text = bigBacklog(30_000);

  it('is over the size where the event stream takes over', () => {
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('reads the same data, and places every session, key and value where the YAML parser does', () => {
    const large = readLargeYaml(text, 'sessions.yaml');
    const small = readYaml(text, 'sessions.yaml');
    if ('errors' in large || 'errors' in small) throw new Error('both should read');
    expect(large.data).toEqual(small.data);
    for (let i = 0; i < 30_000; i += 997) {
      expect(large.locate(['sessions', i])).toEqual(small.locate(['sessions', i]));
      expect(large.locate(['sessions', i], 'status')).toEqual(
        small.locate(['sessions', i], 'status'),
      );
      expect(large.locate(['sessions', i, 'name'])).toEqual(small.locate(['sessions', i, 'name']));
      expect(large.locate(['sessions', i, 'next_action'])).toEqual(
        small.locate(['sessions', i, 'next_action']),
      );
      expect(large.locate(['sessions', i, 'category'])).toEqual(
        small.locate(['sessions', i, 'category']),
      );
      expect(large.locate(['sessions', i, 'blocker'])).toEqual(
        small.locate(['sessions', i, 'blocker']),
      );
    }
    // Session 4 names a Copilot task.
    expect(large.locate(['sessions', 4], 'copilot')).toEqual(
      small.locate(['sessions', 4], 'copilot'),
    );
    expect(large.locate(['agent'])).toEqual(small.locate(['agent']));
    for (const path of [
      [],
      ['categories', 1],
      ['backlog', 'Security', 'active', 0],
      ['incidents', 0],
    ]) {
      expect(large.locate(path)).toEqual(small.locate(path));
    }
    expect(large.locate(['incidents', 0], 'hardening')).toEqual(
      small.locate(['incidents', 0], 'hardening'),
    );
  });

  it('plans like any backlog: every session, with its line', () => {
    const loaded = parseBacklog(text, 'sessions.yaml');
    if (!loaded.ok) throw new Error(loaded.errors[0]?.message);
    expect(loaded.backlog.sessions).toHaveLength(30_000);
    const session = loaded.backlog.sessions[29_999]!;
    expect(text.split('\n')[session.location.line - 1]).toContain('s-29999');
  });

  it('carries every Copilot task and the agents as a small file does', () => {
    const loaded = parseBacklog(text, 'sessions.yaml');
    if (!loaded.ok) throw new Error(loaded.errors[0]?.message);
    const { sessions, agent, prompts } = loaded.backlog;
    expect(sessions[4]!.copilot).toBe('task-4');
    const named = Array.from({ length: 30_000 }, (_, i) => i).filter(
      (i) => i % 3 !== 0 && i % 11 !== 5 && i % 13 === 4,
    );
    expect(sessions.filter((s) => s.copilot !== undefined).map((s) => s.name)).toEqual(
      named.map((i) => `s-${i}`),
    );
    expect(agent).toBe('copilot');
    expect(prompts[0]!.active.map((p) => agentOf(p, loaded.backlog))).toEqual(['copilot', 'jules']);
  });

  it('a Copilot task on two entries deep in the file is an error naming both lines', () => {
    const first = '  - { name: s-100, category: Security, status: pr-ready, copilot: dup }';
    const second = '  - { name: s-20000, category: Security, status: pr-ready, copilot: dup }';
    const text2 = bigBacklog(30_000, { 100: first, 20_000: second });
    const lines = text2.split('\n');
    const loaded = parseBacklog(text2, 'sessions.yaml');
    expect(loaded.ok ? [] : loaded.errors.map((e) => [e.message, e.location?.line])).toEqual([
      [
        `Copilot task "dup" is named by two sessions, at lines ${lines.indexOf(first) + 1} and ${lines.indexOf(second) + 1}`,
        lines.indexOf(second) + 1,
      ],
    ]);
  });

  it.each([
    [
      'a bad Copilot task id',
      '  - { name: s-200, category: Security, status: pr-ready, copilot: "a b" }',
      'agent: copilot',
    ],
    [
      'a mistyped agent',
      '  - { name: s-200, category: Security, status: pr-ready }',
      'agent: copilt',
    ],
  ])('%s is worded and placed as in a small file, whichever reader read it', (_, entry, agent) => {
    const small = parseBacklog(`version: 1\n${agent}\nsessions:\n${entry}\n`, 'sessions.yaml');
    const largeText = bigBacklog(30_000, { 200: entry }).replace('agent: copilot', agent);
    const large = parseBacklog(largeText, 'sessions.yaml');
    if (small.ok || large.ok) throw new Error('both should refuse');
    expect(large.errors.map((e) => e.message)).toEqual(small.errors.map((e) => e.message));
    const at = large.errors[0]!.location!;
    expect(largeText.split('\n')[at.line - 1]).toBe(agent === 'agent: copilt' ? agent : entry);
    expect(at.column).toBe(small.errors[0]!.location!.column);
  });

  it('a bad value deep in the file is reported at its own line, with the fix', () => {
    const bad = '  - { name: s-20000, category: Security, status: shipped }';
    const text2 = bigBacklog(30_000, { 20_000: bad });
    const loaded = parseBacklog(text2, 'sessions.yaml');
    expect(loaded.ok).toBe(false);
    const error = loaded.ok ? undefined : loaded.errors[0];
    expect(error?.message).toMatch(/^session "s-20000": unknown status "shipped"/);
    expect(error?.location?.line).toBe(text2.split('\n').indexOf(bad) + 1);
  });

  it('invalid YAML and repeated keys are refused with their line', () => {
    const duplicate = parseBacklog(
      bigBacklog(30_000, {
        100: '  - { name: s-100, name: again, category: Security, status: pr-ready }',
      }),
      'sessions.yaml',
    );
    expect(duplicate.ok ? [] : duplicate.errors.map((e) => e.message)).toEqual([
      'invalid YAML: Map keys must be unique',
    ]);
    const broken = parseBacklog(
      bigBacklog(30_000, { 10: '  - { name: [unclosed' }),
      'sessions.yaml',
    );
    expect(broken.ok ? undefined : broken.errors[0]?.message).toMatch(/^invalid YAML: /);
  });

  it('__proto__ is a key like any other: refused as unknown, nothing polluted', () => {
    const loaded = parseBacklog(
      bigBacklog(30_000, {
        5: '  - { name: s-5, category: Security, status: pr-ready, __proto__: { polluted: true } }',
      }),
      'sessions.yaml',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(loaded.ok ? [] : loaded.errors.map((e) => e.message)).toEqual([
      'session "s-5": unknown key "__proto__"',
    ]);
  });

  it('an empty entry is reported at its own `-`', () => {
    const text2 = bigBacklog(30_000, { 700: '  -' });
    const loaded = parseBacklog(text2, 'sessions.yaml');
    const error = loaded.ok ? undefined : loaded.errors[0];
    expect(error?.location).toEqual({
      file: 'sessions.yaml',
      line: text2.split('\n').indexOf('  -') + 1,
      column: 3,
    });
  });

  it('an empty entry after a block of text whose lines start with "-" is still found at its own `-`', () => {
    const block =
      '  - name: s-700\n    category: Security\n    status: blocked\n    blocker: |\n      - waits on infra\n      - and on review';
    const text2 = bigBacklog(30_000, { 700: block, 701: '  -' });
    const loaded = parseBacklog(text2, 'sessions.yaml');
    const error = loaded.ok ? undefined : loaded.errors[0];
    expect(error?.location?.line).toBe(text2.split('\n').indexOf('  -') + 1);
  });

  it('a billion laughs is refused from what its aliases expand to, not how many there are', () => {
    // Nine anchors, each ten aliases of the one before: 90 aliases, 10^9 values.
    const laughs = ['lol0: &l0 [lol]'];
    for (let i = 1; i < 9; i++) {
      laughs.push(`lol${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
    }
    const text2 = bigBacklog(30_000).replace('sessions:\n', `${laughs.join('\n')}\nsessions:\n`);
    const loaded = parseBacklog(text2, 'sessions.yaml');
    expect(loaded.ok ? [] : loaded.errors.map((e) => e.message)).toEqual([
      'the file cannot be read as data: its aliases expand to too many values',
    ]);
  });

  it('a syntax error in a file under 2 MiB is worded and placed as in a small file, whichever reader read it', () => {
    const bad = '  - name: s-200\n   status: pr-ready';
    const small = parseBacklog(`version: 1\nsessions:\n${bad}\n`, 'sessions.yaml');
    // Past the size where the event stream takes over, and well under 2 MiB.
    const text2 = bigBacklog(400, { 200: bad });
    expect(text2.length).toBeGreaterThan(LARGE_YAML_CHARS);
    const large = parseBacklog(text2, 'sessions.yaml');
    if (small.ok || large.ok) throw new Error('both should refuse');
    expect(large.errors[0]!.message).toBe('invalid YAML: Sequence item without - indicator');
    expect(large.errors[0]!.message).toBe(small.errors[0]!.message);
    expect(large.errors[0]!.location?.line).toBe(
      text2.split('\n').indexOf('   status: pr-ready') + 1,
    );
  });

  it('a file under 2 MiB with a raw NUL in a quoted name is planned as in a small file, whichever reader read it', () => {
    const entry = '  - { name: "a\u0000b", category: Security, status: pr-ready }';
    const small = parseBacklog(`version: 1\nsessions:\n${entry}\n`, 'sessions.yaml');
    const text2 = bigBacklog(400, { 200: entry });
    expect(text2.length).toBeGreaterThan(LARGE_YAML_CHARS);
    const large = parseBacklog(text2, 'sessions.yaml');
    expect(small.ok).toBe(true);
    expect(
      large.ok ? large.backlog.sessions.some((s) => s.name === 'a\u0000b') : large.errors,
    ).toBe(true);
  });
});
