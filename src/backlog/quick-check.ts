// The schema's checks written out by hand, for the common case: a backlog they accept is read
// without loading zod. They accept only what schema.ts accepts, with the same defaults; anything
// else goes to zod, which decides and words every problem. A test holds the two to each other.
import type { BacklogFormat } from './model.js';
import * as format from './format.js';
import { SESSION_DEFAULTS } from './format.js';

/** Thrown at the first value the schema might refuse; caught in quickRead. Made once: a
 * refusal costs no stack trace. */
const REFUSED = new Error('left to the schema');

type Fields = Record<string, (value: unknown) => unknown>;

/**
 * The schema's output for `data`, or undefined when zod must decide; but the sessions are the
 * entries as written: checked, not copied, as there are many and the model reads each once.
 * What they leave out the model fills in (SESSION_DEFAULTS).
 */
export function quickRead(format: BacklogFormat, data: unknown): unknown {
  try {
    return format === 'sessions-yaml'
      ? backlog(data)
      : checkedList(data, (entry) => checkedMapping(entry, playbookFields, true));
  } catch (error) {
    if (error === REFUSED) return undefined;
    throw error;
  }
}

/** The schema's output for `data`: quickRead, the sessions filled in as the model fills them. */
export function quickCheck(format: BacklogFormat, data: unknown): unknown {
  const read = quickRead(format, data);
  if (read === undefined) return undefined;
  const { remaining_steps, blocked, kind, status, category } = SESSION_DEFAULTS;
  const playbook = format === 'playbook-json';
  const filled = (session: object) => ({
    remaining_steps,
    blocked,
    actions: [],
    kind,
    ...(playbook ? { status, category } : {}),
    ...session,
  });
  if (playbook) return (read as object[]).map(filled);
  const top = read as { sessions: object[] };
  return { ...top, sessions: top.sessions.map(filled) };
}

const refuse = (): never => {
  throw REFUSED;
};

const isMapping = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Whether `value` holds a character that is not white space: a printable ASCII first
 * character says so without the regular expression, which costs more than the rest of a check. */
const notBlank = (value: string): boolean => {
  const first = value.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || /\S/.test(value);
};

const text =
  (max: number) =>
  (value: unknown): string =>
    typeof value === 'string' && value.length <= max && notBlank(value) ? value : refuse();

const int =
  (min: number) =>
  (value: unknown): number =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min ? value : refuse();

const boolean = (value: unknown): boolean => (typeof value === 'boolean' ? value : refuse());

const matching =
  (pattern: RegExp) =>
  (value: unknown): string =>
    typeof value === 'string' && pattern.test(value) ? value : refuse();

/** YYYY-MM-DD, a real calendar day (z.iso.date()). */
const date = (value: unknown): string => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return refuse();
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days ? value : refuse();
};

const optional =
  (check: (value: unknown) => unknown) =>
  (value: unknown): unknown =>
    value === undefined ? undefined : check(value);

const withDefault =
  (check: (value: unknown) => unknown, made: () => unknown) =>
  (value: unknown): unknown =>
    value === undefined ? made() : check(value);

function list<T>(value: unknown, item: (value: unknown) => T): T[] {
  if (!Array.isArray(value)) return refuse();
  const out = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = item(value[i]);
  return out;
}

/** The list itself, once every item passes `check`. */
function checkedList(value: unknown, check: (value: unknown) => unknown): unknown[] {
  if (!Array.isArray(value)) return refuse();
  for (let i = 0; i < value.length; i++) check(value[i]);
  return value;
}

/** The mapping itself, once `mapping` would accept it. */
function checkedMapping(value: unknown, fields: Fields, loose = false): unknown {
  if (!isMapping(value)) return refuse();
  for (const key in value) {
    if (!Object.hasOwn(fields, key) && (!loose || key === '__proto__')) return refuse();
  }
  for (const key in fields) fields[key]!(value[key]);
  return value;
}

/** A mapping of these fields: unknown keys refused, or kept as they are when `loose`. */
function mapping(value: unknown, fields: Fields, loose = false): Record<string, unknown> {
  if (!isMapping(value)) return refuse();
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(fields, key)) {
      if (!loose || key === '__proto__') return refuse();
      out[key] = value[key];
    }
  }
  for (const key in fields) {
    const checked = fields[key]!(value[key]);
    if (checked !== undefined) out[key] = checked;
  }
  return out;
}

const union =
  (...checks: ((value: unknown) => unknown)[]) =>
  (value: unknown): unknown => {
    for (const check of checks) {
      try {
        return check(value);
      } catch (error) {
        if (error !== REFUSED) throw error;
      }
    }
    return refuse();
  };

const sessionFields = {
  name: text(200),
  category: text(100),
  status: matching(format.STATUS_PATTERN),
  remaining_steps: withDefault(int(0), () => format.SESSION_DEFAULTS.remaining_steps),
  blocked: withDefault(boolean, () => format.SESSION_DEFAULTS.blocked),
  blocker: optional(text(1000)),
  pr: optional(union(int(1), matching(format.PR_REF_PATTERN))),
  jules: optional(union(int(0), matching(format.JULES_ID_PATTERN))),
  copilot: optional(matching(format.COPILOT_ID_PATTERN)),
  started: optional(date),
  next_action: optional(text(1000)),
  actions: withDefault(
    (value) => list(value, text(1000)),
    () => [],
  ),
  kind: withDefault(
    (value) => ((format.KINDS as readonly unknown[]).includes(value) ? value : refuse()),
    () => format.SESSION_DEFAULTS.kind,
  ),
} satisfies Fields;

const playbookFields: Fields = {
  ...sessionFields,
  status: withDefault(sessionFields.status, () => format.SESSION_DEFAULTS.status),
  category: withDefault(sessionFields.category, () => format.SESSION_DEFAULTS.category),
  blocker: (value) => (value === null ? null : sessionFields.blocker(value)),
};

const agent = (value: unknown): unknown =>
  (format.AGENTS as readonly unknown[]).includes(value) ? value : refuse();

const sessionKeys: ReadonlySet<string> = new Set(Object.keys(sessionFields));

/**
 * `mapping(value, sessionFields)`'s checks, each field read by its name rather than by a key that
 * changes from field to field, which costs several times more: there is one a session. What is
 * left out is not filled in.
 */
function checkedSession(value: unknown): unknown {
  if (!isMapping(value)) return refuse();
  for (const key in value) if (!sessionKeys.has(key)) return refuse();
  sessionFields.name(value.name);
  sessionFields.category(value.category);
  sessionFields.status(value.status);
  if (value.remaining_steps !== undefined) sessionFields.remaining_steps(value.remaining_steps);
  if (value.blocked !== undefined) sessionFields.blocked(value.blocked);
  if (value.blocker !== undefined) sessionFields.blocker(value.blocker);
  if (value.pr !== undefined) sessionFields.pr(value.pr);
  if (value.jules !== undefined) sessionFields.jules(value.jules);
  if (value.copilot !== undefined) sessionFields.copilot(value.copilot);
  if (value.started !== undefined) sessionFields.started(value.started);
  if (value.next_action !== undefined) sessionFields.next_action(value.next_action);
  if (value.actions !== undefined) sessionFields.actions(value.actions);
  if (value.kind !== undefined) sessionFields.kind(value.kind);
  return value;
}

const promptFields: Fields = {
  id: text(100),
  title: text(300),
  added: optional(date),
  obsolete: withDefault(boolean, () => false),
  agent: optional(agent),
  prompt: optional(text(20_000)),
  branch: optional(matching(format.BRANCH_PATTERN)),
  approve: withDefault(
    (value) => (value === 'auto' || value === 'manual' ? value : refuse()),
    () => 'auto',
  ),
};
const prompts = withDefault(
  (value) => list(value, (p) => mapping(p, promptFields)),
  () => [],
);
const categoryFields: Fields = { active: prompts, reserve: prompts };

const incidentFields: Fields = {
  id: text(100),
  date,
  category: text(100),
  summary: text(1000),
  hardening: optional(text(200)),
};

const cadenceFields: Fields = {
  governance_every: withDefault(int(1), () => 12),
  scheduler_every: withDefault(int(1), () => 30),
};

const topFields: Fields = {
  $schema: optional((value) => (typeof value === 'string' ? value : refuse())),
  version: (value) => (value === 1 ? value : refuse()),
  capacity: withDefault(int(1), () => format.PLAYBOOK_CAPACITY),
  reserve: withDefault(int(0), () => format.PLAYBOOK_RESERVE),
  agent: withDefault(agent, () => format.DEFAULT_AGENT),
  categories: optional((value) => {
    const categories = list(value, text(100));
    return categories.length > 0 ? categories : refuse();
  }),
  sessions: withDefault(
    (value) => checkedList(value, checkedSession),
    () => [],
  ),
  backlog: withDefault(
    (value) => {
      if (!isMapping(value)) return refuse();
      const out: Record<string, unknown> = {};
      for (const key in value) {
        if (key === '__proto__') return refuse();
        out[text(100)(key)] = mapping(value[key], categoryFields);
      }
      return out;
    },
    () => ({}),
  ),
  incidents: withDefault(
    (value) => list(value, (i) => mapping(i, incidentFields)),
    () => [],
  ),
  cadence: withDefault(
    (value) => mapping(value, cadenceFields),
    () => ({ governance_every: 12, scheduler_every: 30 }),
  ),
};

const backlog = (value: unknown) => mapping(value, topFields);
