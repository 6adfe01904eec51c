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
