// A JSON backlog is read in one pass over its text: every session, every problem and every
// warning is placed where the YAML parser places it, however the JSON is laid out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBacklog, type LoadResult } from '../src/backlog/load.js';

const name = fc.string({
  minLength: 1,
  maxLength: 6,
  unit: fc.constantFrom('a', 'é', '"', '\\', ' ', '😀'),
});
const session = fc.record(
  {
    name,
    category: fc.constantFrom('UX', 'Graph', 'ux'),
    status: fc.constantFrom('pr-ready', 'blocked', 'nope'),
    remaining_steps: fc.constantFrom(0, 3, -1),
    blocker: fc.constantFrom('waiting', ''),
    extra: fc.constant(1),
  },
  { requiredKeys: ['name', 'category'] },
);
const layout = fc.constantFrom<[string | number | undefined, boolean]>(
  [undefined, false],
  [2, false],
  ['\t', false],
  [undefined, true],
);

/** The same text as YAML only: a directive moves every line down by two. */
function viaYaml(text: string): LoadResult {
  const up = (line: string) => String(Number(line) - 2);
  const result = parseBacklog(`%YAML 1.2\n---\n${text}`, 'x.json');
  const shift = <T extends { location?: { line: number } }>(d: T): T => ({
    ...d,
    ...('message' in d && typeof d.message === 'string'
      ? {
          message: d.message
            .replace(
              /lines (\d+) and (\d+)/,
              (_, a: string, b: string) => `lines ${up(a)} and ${up(b)}`,
            )
            .replace(
              /at (\d+):(\d+) and (\d+):(\d+)/,
              (_, a: string, c: string, b: string, d: string) =>
                `at ${up(a)}:${c} and ${up(b)}:${d}`,
            ),
        }
      : {}),
    ...(d.location ? { location: { ...d.location, line: d.location.line - 2 } } : {}),
  });
  if (!result.ok)
    return { ...result, errors: result.errors.map(shift), warnings: result.warnings.map(shift) };
  return {
    ...result,
    warnings: result.warnings.map(shift),
    backlog: {
      ...result.backlog,
      sessions: result.backlog.sessions.map(shift),
      warnings: result.backlog.warnings.map(shift),
    },
  };
}

describe('JSON read in one pass', () => {
  it('places sessions, problems and warnings where the YAML parser does, in any layout', () => {
    fc.assert(
      fc.property(
        fc.array(session, { maxLength: 5 }),
        fc.boolean(),
        layout,
        (sessions, wrapped, [indent, spaced]) => {
          const data = wrapped ? { version: 1, capacity: 15, sessions } : sessions;
          let text = JSON.stringify(data, null, indent);
          // Space around every comma and colon outside strings, as a hand-written file might have.
          if (spaced)
            text = text.replace(
              /("(?:[^"\\]|\\.)*")|([,:])/g,
              (m: string, s?: string) => s ?? ` ${m} \n `,
            );
          const json = parseBacklog(text, 'x.json');
          const yaml = viaYaml(text);
          if (json.ok && yaml.ok) {
            expect(json.backlog.sessions.map((s) => s.location)).toEqual(
              yaml.backlog.sessions.map((s) => s.location),
            );
          }
          expect(json.warnings).toEqual(yaml.warnings);
          expect(json.ok ? [] : json.errors).toEqual(yaml.ok ? [] : yaml.errors);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A JSON text of key–value pairs as written: a key may repeat, and be spelled with escapes. */
type Written = string | number | null | Written[] | { pairs: [string, Written][] };
const written: fc.Arbitrary<Written> = fc.letrec<{ value: Written }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('x', 'a: b', '{"[', 1, null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.record({
      pairs: fc.array(fc.tuple(fc.constantFrom('a', 'b', ':', '__proto__', '{'), tie('value')), {
        maxLength: 4,
      }),
    }),
  ),
})).value;

const quoted = (text: string, escaped: boolean) =>
  escaped
    ? `"${text.replace(/./g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`
    : JSON.stringify(text);

function write(value: Written, escape: () => boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => write(v, escape)).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{${value.pairs.map(([k, v]) => `${quoted(k, escape())}: ${write(v, escape)}`).join(',\n')}}`;
  return JSON.stringify(value);
}

function repeats(value: Written): boolean {
  if (Array.isArray(value)) return value.some(repeats);
  if (value === null || typeof value !== 'object') return false;
  const keys = value.pairs.map(([k]) => k);
  return new Set(keys).size < keys.length || value.pairs.some(([, v]) => repeats(v));
}

describe('a key written twice in JSON', () => {
  it('is refused at any depth and in any spelling, as the YAML reader refuses it', () => {
    fc.assert(
      fc.property(written, fc.infiniteStream(fc.boolean()), (value, escapes) => {
        const text = `{"version": 1, "sessions": [], "extra": ${write(value, () => escapes.next().value as boolean)}}`;
        const json = parseBacklog(text, 'x.json');
        const yaml = viaYaml(text);
        const refused = (r: LoadResult) =>
          !r.ok && r.errors.some((e) => /keys must be unique/.test(e.message));
        expect(refused(json)).toBe(repeats(value));
        expect(json.ok ? [] : json.errors).toEqual(yaml.ok ? [] : yaml.errors);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a long JSON file', () => {
  it('places every problem where the YAML parser does, however many places are asked for', () => {
    const sessions = Array.from({ length: 2000 }, (_, i) => ({
      name: `s${i}`,
      category: 'UX',
      status: i % 3 === 0 ? 'nope' : 'pr-ready',
    }));
    const text = JSON.stringify({ version: 1, sessions }, null, 2);
    const json = parseBacklog(text, 'x.json');
    const yaml = viaYaml(text);
    const errors = json.ok ? [] : json.errors;
    expect(errors.length).toBeGreaterThan(100);
    expect(errors).toEqual(yaml.ok ? [] : yaml.errors);
    // The last one: the status of session 1998, four lines into its five.
    expect(errors.at(-1)?.location).toMatchObject({ line: 4 + 5 * 1998 + 3 });
  });
});
