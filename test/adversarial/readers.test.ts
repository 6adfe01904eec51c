// One reading of YAML: a backlog under the size threshold is read by `yaml`, one over it by
// js-yaml's events. Generated files (tags, anchors and aliases, merge keys, repeated keys, deep
// nesting, flow and block styles) get the same verdict, messages, data and places from both.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLargeYaml } from '../../src/backlog/large-yaml.js';
import { readYaml } from '../../src/backlog/load.js';

const KEYS = ['name', 'category', 'status', 'next_action', 'blocker', 'remaining_steps', 'extra'];
const WORDS = ['a', 'Security', 'pr-ready', '2', '-3', 'x y', '2026-11-01', 'true', 'null', 'é'];
const TAGS = [
  '',
  '',
  '',
  '!!str ',
  '!!int ',
  '!evil ',
  '!!float ',
  '!!binary ',
  '!<tag:yaml.org,2002:str> ',
];

type Value =
  | { kind: 'word'; tag: number; word: number; quoted: boolean }
  | { kind: 'anchor'; word: number }
  | { kind: 'alias'; which: number }
  | { kind: 'nested'; depth: number; word: number }
  | { kind: 'map'; anchored: boolean; tag: number }
  | { kind: 'merge'; which: number };

const value: fc.Arbitrary<Value> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('word' as const),
      tag: fc.nat(TAGS.length - 1),
      word: fc.nat(WORDS.length - 1),
      quoted: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('anchor' as const), word: fc.nat(WORDS.length - 1) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('alias' as const), which: fc.nat(20) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('nested' as const),
      depth: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 59, max: 64 })),
      word: fc.nat(WORDS.length - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('map' as const),
      anchored: fc.boolean(),
      tag: fc.nat(TAGS.length - 1),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), which: fc.nat(20) }) },
);

const session = fc.record({
  flow: fc.boolean(),
  fields: fc.array(fc.tuple(fc.nat(KEYS.length - 1), value), { minLength: 1, maxLength: 6 }),
});

/** The file's text, anchors defined before any alias names them. */
function backlogText(sessions: { flow: boolean; fields: [number, Value][] }[]): string {
  const scalars: string[] = [];
  const maps: string[] = [];
  const lines = ['version: 1', 'sessions:'];
  const text = (v: Value): string => {
    switch (v.kind) {
      case 'word': {
        const word = WORDS[v.word]!;
        return `${TAGS[v.tag]!}${v.quoted ? `"${word}"` : word}`;
      }
      case 'anchor':
        scalars.push(`s${scalars.length}`);
        return `&${scalars.at(-1)!} ${WORDS[v.word]!}`;
      case 'alias':
        return scalars.length > 0 ? `*${scalars[v.which % scalars.length]!}` : 'a';
      case 'nested':
        return `${'['.repeat(v.depth)}${WORDS[v.word]!}${']'.repeat(v.depth)}`;
      case 'map': {
        const anchor = v.anchored ? `&m${maps.push(`m${maps.length}`) - 1} ` : '';
        return `${anchor}${TAGS[v.tag]!}{a: 1, b: two}`;
      }
      case 'merge':
        return maps.length > 0 ? `*${maps[v.which % maps.length]!}` : '{a: 1}';
    }
  };
  for (const s of sessions) {
    const pairs = s.fields.map(([k, v]) => `${v.kind === 'merge' ? '<<' : KEYS[k]!}: ${text(v)}`);
    if (s.flow) lines.push(`  - {${pairs.join(', ')}}`);
    else lines.push(`  - ${pairs[0]!}`, ...pairs.slice(1).map((p) => `    ${p}`));
  }
  return `${lines.join('\n')}\n`;
}

/** What a reader made of the text: its problems, or its data and the places of every field. */
function reading(read: typeof readYaml, text: string) {
  const result = read(text, 'sessions.yaml');
  if ('errors' in result) {
    return { errors: result.errors.map((e) => ({ message: e.message, at: e.location })) };
  }
  const data = result.data as { sessions?: (Record<string, unknown> | null)[] };
  const places = (data.sessions ?? []).flatMap((entry, i) => [
    result.locate(['sessions', i]),
    ...Object.keys(entry ?? {}).flatMap((key) => [
      result.locate(['sessions', i], key),
      result.locate(['sessions', i, key]),
    ]),
  ]);
  return { data, places };
}

describe('the small-file and large-file YAML readers', () => {
  it('give every generated file the same verdict, messages, data and places', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(session, { minLength: 1, maxLength: 5 }), (sessions) => {
        const text = backlogText(sessions);
        const small = reading(readYaml, text);
        expect(reading(readLargeYaml, text), text).toEqual(small);
        seen.add(small.errors ? small.errors[0]!.message.replace(/ .*tag .*/, ' tag') : 'read');
      }),
      { numRuns: 400 },
    );
    // The files reach every rule, and some read cleanly.
    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        'read',
        'invalid YAML: Map keys must be unique',
        'merge keys are not supported: write the fields out',
        'the file nests lists or mappings too deeply to be read',
        'the tag',
      ]),
    );
  });

  it.each([
    ['an unknown local tag', 'category: !evil a', 'the tag !evil is not supported'],
    ['a float tag', 'remaining_steps: !!float 2', 'the tag !!float is not supported'],
    ['a timestamp tag', 'started: !!timestamp 2026-11-01', 'the tag !!timestamp is not supported'],
    [
      'a second document',
      'category: x\n---\nversion: 1',
      'the file holds more than one YAML document',
    ],
    [
      'a merge key',
      'extra: &b {a: 1}\n    more: {<<: *b}',
      'merge keys are not supported: write the fields out',
    ],
  ])('refuse %s alike', (_, field, message) => {
    const text = `version: 1\nsessions:\n  - name: a\n    ${field}\n`;
    const small = reading(readYaml, text);
    expect(small.errors?.[0]?.message).toContain(message);
    expect(reading(readLargeYaml, text)).toEqual(small);
  });

  it('read !!str and !!int where they match the field, alike', () => {
    const text = 'version: 1\nsessions:\n  - {name: !!str 12, remaining_steps: !!int 3}\n';
    const small = reading(readYaml, text);
    expect(small.data).toEqual({ version: 1, sessions: [{ name: '12', remaining_steps: 3 }] });
    expect(reading(readLargeYaml, text)).toEqual(small);
  });
});
