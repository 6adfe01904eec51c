// One reading of YAML: a backlog under the size threshold is read by `yaml`, one over it by
// js-yaml's events. Generated files (tags, anchors and aliases, merge keys, repeated keys, deep
// nesting, flow and block styles) get the same verdict, messages, data and places from both.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLargeYaml } from '../../src/backlog/large-yaml.js';
import { readYaml } from '../../src/backlog/yaml.js';

const KEYS = ['name', 'category', 'status', 'next_action', 'blocker', 'remaining_steps', 'extra'];
/** Keys that read as the same text once resolved, or as no text at all. */
const ODD_KEYS = ['1', '0x1', '"1"', 'true', 'True', '~', 'null', '"null"', '', '? '];
const WORDS = [
  'a',
  'Security',
  'pr-ready',
  '2',
  '-3',
  'x y',
  '2026-11-01',
  'true',
  'null',
  'é',
  // A carriage return alone: one reader would end the line there, the other not.
  'x\r  blocked: true',
];
/** A head before the document: none, or a directive that renames the core tags. */
const HEADS = [
  '',
  '',
  '',
  '%TAG !e! tag:yaml.org,2002:\n---\n',
  '%TAG !! tag:evil.example,2000:\n---\n',
];
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
  | { kind: 'forward'; which: number }
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
  // An alias to the next anchor, not yet defined, or to one never defined.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('forward' as const), which: fc.nat(1) }) },
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
  fields: fc.array(
    fc.tuple(
      fc.oneof(
        { weight: 6, arbitrary: fc.nat(KEYS.length - 1) },
        {
          weight: 1,
          arbitrary: fc.integer({ min: KEYS.length, max: KEYS.length + ODD_KEYS.length - 1 }),
        },
      ),
      value,
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  ),
});

const file = fc.record({
  head: fc.nat(HEADS.length - 1),
  sessions: fc.array(session, { minLength: 1, maxLength: 5 }),
});

/** A key by number: mostly the fields of a session, some that read as one another once read. */
function keyText(k: number): string {
  const odd = k - KEYS.length;
  return odd < 0 ? KEYS[k]! : ODD_KEYS[odd % ODD_KEYS.length]!;
}

/** The file's text; aliases mostly name anchors defined before them. */
function backlogText({
  head,
  sessions,
}: {
  head: number;
  sessions: { flow: boolean; fields: [number, Value][] }[];
}): string {
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
      case 'forward':
        return v.which === 0 ? `*s${scalars.length}` : '*nowhere';
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
    const pairs = s.fields.map(([k, v]) => {
      const key = v.kind === 'merge' ? '<<' : keyText(k);
      return key === '? ' ? `? \n    : ${text(v)}` : `${key}: ${text(v)}`;
    });
    if (s.flow) lines.push(`  - {${pairs.join(', ')}}`);
    else lines.push(`  - ${pairs[0]!}`, ...pairs.slice(1).map((p) => `    ${p}`));
  }
  return `${HEADS[head]!}${lines.join('\n')}\n`;
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
      fc.property(file, (generated) => {
        const text = backlogText(generated);
        const small = reading(readYaml, text);
        expect(reading(readLargeYaml, text), text).toEqual(small);
        seen.add(
          small.errors
            ? small.errors[0]!.message.replace(/ .*tag .*/, ' tag')
                .replace(/alias ".*"/, 'alias')
                .replace(/ at \d+:\d+:/, ' at:')
            : 'read',
        );
      }),
      { numRuns: 600 },
    );
    // The files reach every rule, and some read cleanly.
    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        'read',
        'invalid YAML: Map keys must be unique',
        'merge keys are not supported: write the fields out',
        'the file nests lists or mappings too deeply to be read',
        'the tag',
        '%TAG directives are not supported: write the tags out (only !!str and !!int are read)',
        'invalid YAML: alias names no anchor before it',
        'invalid YAML: a key must be text, not empty or null',
        'a carriage return without a line feed at: save the file with LF or CRLF line endings',
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
