// The quick check reads valid backlogs without zod: it must accept exactly what the schema
// accepts, with the same values and defaults, over values of every kind, good and bad.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickCheck, quickRead } from '../src/backlog/quick-check.js';
import {
  CADENCE_KEYS,
  INCIDENT_KEYS,
  PROMPT_KEYS,
  SESSION_DEFAULTS,
  SESSION_KEYS,
  TOP_LEVEL_KEYS,
} from '../src/backlog/format.js';
import { backlogSchema, playbookBacklogSchema, SCHEMA_KEYS } from '../src/backlog/schema.js';
import type { BacklogFormat } from '../src/backlog/model.js';

/** Mostly a good value, now and then a bad one: every field is tried both ways. */
const field = (good: unknown[], bad: unknown[]) =>
  fc.oneof(
    { weight: 25, arbitrary: fc.constantFrom(...good) },
    { weight: 1, arbitrary: fc.constantFrom(...bad) },
  );
const pick = (...values: unknown[]) => fc.constantFrom(...values);
const mostly = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 10, arbitrary: good }, { weight: 1, arbitrary: bad });
const others = [null, true, 5, 1.5, ['a'], {}];

const text = field(
  // Text starting with white space or a character past ASCII, and blanks of Unicode spaces.
  ['a', 'Golden Path', 'x'.repeat(100), ' a', '\u00a0x', 'é', '\ufeff~'],
  [
    ' ',
    '',
    '\t \n',
    '\u00a0',
    '\u3000\ufeff',
    'x'.repeat(101),
    'x'.repeat(201),
    'x'.repeat(1001),
    ...others,
  ],
);
const count = field([0, 1, 2, 15], [-1, 1.5, 2 ** 53, '3', null, true]);
const flag = field([true, false], ['true', 0, null]);
const date = field(
  ['2026-11-25', '2024-02-29', '2000-02-29', '0000-02-29'],
  [
    '2023-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-1',
    '2026-11-25T00:00:00Z',
    20261125,
    null,
  ],
);

const sessionFields = {
  name: text,
  category: text,
  status: field(
    ['pr-ready', 'PR created', 'needs_more_work', ' Blocked ', 'archived'],
    ['done', 3],
  ),
  remaining_steps: count,
  blocked: flag,
  blocker: text,
  pr: field(
    [1, 12, '#12', '12', 'acme/app#3', 'https://github.com/acme/app/pull/4'],
    [0, 'x', 1.5, null],
  ),
  jules: field([0, 42, '123', 'sessions/abc'], [-1, 'a b', 2 ** 60, null]),
  copilot: field(
    ['a1b2c3d4-e5f6-7890-abcd-ef1234567890', '7', 'task_1', 'x'.repeat(100)],
    [7, '', '-a', 'a b', 'a/b', '../x', 'x'.repeat(101), null],
  ),
  started: date,
  next_action: text,
  actions: field([[], ['did x']], [[''], 'x', [1], null, ['a', 'x'.repeat(1001)]]),
  kind: field(['prompt', 'rescue', 'scheduler'], ['bogus', null]),
};
const anyKeys = { requiredKeys: [] as never[] };
const withStray = <T extends object>(record: fc.Arbitrary<T>) =>
  fc
    .tuple(record, mostly(fc.constant(undefined), pick(1, 'x')))
    .map(([value, stray]) => (stray === undefined ? value : { ...value, extra: stray }));

/** Records with their required keys, mostly; now and then with any keys at all. */
const shaped = <T extends Record<string, fc.Arbitrary<unknown>>>(
  fields: T,
  required: (keyof T & string)[],
) =>
  withStray(
    mostly(
      fc.record(fields, { requiredKeys: required }),
      fc.record(fields, anyKeys),
    ) as fc.Arbitrary<object>,
  );
const session = shaped(sessionFields, ['name', 'category', 'status']);
const agent = field(['jules', 'copilot'], ['Jules', 'copilt', '', 1, null]);
const prompt = shaped({ id: text, title: text, added: date, obsolete: flag, agent }, [
  'id',
  'title',
]);
const incident = shaped({ id: text, date, category: text, summary: text, hardening: text }, [
  'id',
  'date',
  'category',
  'summary',
]);
const backlog = fc.record(
  {
    $schema: field(['./schema/sessions.schema.json', ''], [3]),
    version: field([1], [2, '1']),
    capacity: field([1, 2, 15], [0, -1, 1.5, '3', null]),
    reserve: count,
    agent,
    categories: mostly(fc.array(text, { minLength: 1, maxLength: 3 }), pick('Security', null, [])),
    sessions: mostly(fc.array(session, { maxLength: 4 }), pick(null, {})),
    backlog: mostly(
      fc.dictionary(
        field(['Security', 'UX'], ['', 'x'.repeat(101)]) as fc.Arbitrary<string>,
        mostly(
          fc.record(
            {
              active: fc.array(prompt, { maxLength: 2 }),
              reserve: fc.array(prompt, { maxLength: 2 }),
            },
            anyKeys,
          ),
          pick(null, [], { other: [] }),
        ),
        { maxKeys: 2 },
      ),
      pick(null, []),
    ),
    incidents: mostly(fc.array(incident, { maxLength: 2 }), pick(null)),
    cadence: mostly(
      fc.record({ governance_every: count, scheduler_every: count }, anyKeys),
      pick(null, { monthly: 1 }),
    ),
  },
  { requiredKeys: ['version'] },
);

function agrees(format: BacklogFormat, data: unknown): void {
  const schema = format === 'sessions-yaml' ? backlogSchema : playbookBacklogSchema;
  const zod = schema.safeParse(data);
  const quick = quickCheck(format, data);
  expect(quick !== undefined).toBe(zod.success);
  if (zod.success) expect(quick).toEqual(zod.data);
}

/** quickRead leaves the sessions as written; with what the model fills in, they are the schema's. */
function readsAsWritten(format: BacklogFormat, data: unknown): void {
  const schema = format === 'sessions-yaml' ? backlogSchema : playbookBacklogSchema;
  const zod = schema.safeParse(data);
  const read = quickRead(format, data) as { sessions: object[] } | object[] | undefined;
  expect(read !== undefined).toBe(zod.success);
  if (!zod.success || read === undefined) return;
  const { remaining_steps, blocked, kind, status, category } = SESSION_DEFAULTS;
  const filled = (sessions: object[]) =>
    sessions.map((s) => ({
      remaining_steps,
      blocked,
      actions: [],
      kind,
      ...(format === 'playbook-json' ? { status, category } : {}),
      ...s,
    }));
  if (Array.isArray(read)) {
    expect(read).toBe(data);
    expect(filled(read)).toEqual(zod.data);
  } else {
    const written = (data as { sessions?: unknown }).sessions;
    if (written !== undefined) expect(read.sessions).toBe(written);
    expect({ ...read, sessions: filled(read.sessions) }).toEqual(zod.data);
  }
}

describe('the quick read', () => {
  it('keeps the sessions as written, which with the defaults the model fills in are the schema output', () => {
    fc.assert(
      fc.property(backlog, (data) => {
        readsAsWritten('sessions-yaml', data);
      }),
      { numRuns: 2000 },
    );
    const entry = shaped({ ...sessionFields, blocker: mostly(text, pick(null)) }, ['name']);
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (data) => {
        readsAsWritten('playbook-json', data);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the quick check', () => {
  it('accepts a sessions.yaml exactly when the schema does, with the same values and defaults', () => {
    fc.assert(
      fc.property(backlog, (data) => {
        agrees('sessions-yaml', data);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts a valid sessions.yaml of every section', () => {
    const data = {
      version: 1,
      categories: ['Security', 'UX'],
      sessions: [{ name: 'a', category: 'UX', status: 'PR created', pr: 'acme/app#3' }],
      backlog: { UX: { active: [{ id: 'p1', title: 'Do it', added: '2024-02-29' }] } },
      incidents: [{ id: 'i1', date: '2026-11-25', category: 'UX', summary: 'It broke' }],
      cadence: { governance_every: 6 },
    };
    expect(quickCheck('sessions-yaml', data)).toBeDefined();
    agrees('sessions-yaml', data);
  });

  it('accepts a Copilot task on an entry and an agent on the file and its prompts, as the schema does', () => {
    const data = {
      version: 1,
      agent: 'copilot',
      sessions: [
        { name: 'a', category: 'UX', status: 'needs-more-work', copilot: 'a1b2-c3' },
        { name: 'b', category: 'UX', status: 'needs-more-work', jules: '9' },
      ],
      backlog: { UX: { active: [{ id: 'p1', title: 'Do it', agent: 'jules' }] } },
    };
    expect(quickCheck('sessions-yaml', data)).toBeDefined();
    agrees('sessions-yaml', data);
  });

  it('accepts the playbook tool JSON exactly when the schema does, unknown keys kept', () => {
    const entry = shaped({ ...sessionFields, blocker: mostly(text, pick(null)) }, ['name']);
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (data) => {
        agrees('playbook-json', data);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a date as the schema does: a real calendar day, leap years included', () => {
    const day = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(day, (started) => {
        agrees('sessions-yaml', {
          version: 1,
          sessions: [{ name: 'a', category: 'UX', status: 'pr-ready', started }],
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a `__proto__` key to the schema, in a session, a tool entry or the backlog', () => {
    const session = '{"name": "a", "category": "UX", "status": "pr-ready", "__proto__": {"x": 1}}';
    for (const [format, text] of [
      ['sessions-yaml', `{"version": 1, "sessions": [${session}]}`],
      ['playbook-json', `[${session}]`],
      ['sessions-yaml', '{"version": 1, "backlog": {"__proto__": {"active": []}}}'],
    ] as const) {
      const data: unknown = JSON.parse(text);
      expect(quickCheck(format, data)).toBeUndefined();
      expect(({} as { x?: unknown }).x).toBeUndefined();
    }
  });

  it('names the same keys as the schema, in the same order, for "did you mean" and unknown keys', () => {
    expect({
      session: SESSION_KEYS,
      prompt: PROMPT_KEYS,
      incident: INCIDENT_KEYS,
      cadence: CADENCE_KEYS,
      topLevel: TOP_LEVEL_KEYS,
    }).toEqual(SCHEMA_KEYS);
  });
});
