// Stage 4, validate: the shape of every value, against the schema. The playbook tool's loose
// values are converted first, as it converted them; the quick check accepts the common case
// without loading zod, and zod decides, and explains, the rest.
import type { Diagnostic } from './model.js';
import type { SESSION_DEFAULTS } from './format.js';
import type {
  BacklogInput,
  CategoryBacklogInput,
  PlaybookSessionInput,
  SessionInput,
} from './schema.js';
import { isRecord, type Locate, type Located } from './locate.js';
import { describe } from './issue-wording.js';
import * as say from './messages.js';
import { part } from './on-demand.js';
import { quickRead } from './quick-check.js';

/** What the schema fills in when a session leaves it out: the model does, for the quick check. */
type Defaulted = keyof typeof SESSION_DEFAULTS | 'actions';
/**
 * A session whose every value has its shape, of either format (the playbook tool's `blocker` may
 * be null); what it leaves out may be missing. Keys the model does not read are not named.
 */
export type CheckedSession = Omit<SessionInput, Defaulted | 'blocker'> &
  Partial<Pick<SessionInput, Defaulted>> & { blocker?: string | null };

/** A backlog whose every value has its shape, with the schema's defaults filled in. */
export interface Validated {
  /** The sessions.yaml mapping; absent for the playbook tool's array. */
  top: BacklogInput | undefined;
  /** The schema's output, or the entries as written (see quickRead). */
  sessions: CheckedSession[];
  /** The categories of `backlog:` as written, each with its checked lists. */
  backlog: [string, CategoryBacklogInput][];
}

export interface Checked {
  /** The data as the later stages see it: after the playbook tool's conversions. */
  data: unknown;
  coercions: Diagnostic[];
  /** Undefined when the schema refuses the data; `errors` then says why. */
  input: Validated | undefined;
  errors: Diagnostic[];
}

export function validate({ format, data: raw, locate }: Located): Checked {
  const coercions: Diagnostic[] = [];
  const data =
    format === 'playbook-json' ? coercePlaybook(raw as unknown[], locate, coercions) : raw;
  const quick = quickRead(format, data);
  const result =
    quick !== undefined
      ? ({ success: true, data: quick } as const)
      : format === 'sessions-yaml'
        ? part('schemas').backlogSchema.safeParse(data)
        : part('schemas').playbookBacklogSchema.safeParse(data);
  if (!result.success) {
    const errors = result.error.issues.map((i) => describe(i, data, locate, format));
    return { data, coercions, input: undefined, errors };
  }
  const top = format === 'sessions-yaml' ? (result.data as BacklogInput) : undefined;
  const sessions: CheckedSession[] = top ? top.sessions : (result.data as PlaybookSessionInput[]);
  return {
    data,
    coercions,
    input: { top, sessions, backlog: categoryBacklogs(data, top, quick !== undefined) },
    errors: [],
  };
}

/**
 * The categories of `backlog:`, each checked: read from the data itself, as zod's record output
 * is a plain object, where a category named `__proto__` would be lost. The quick check refuses
 * such a name, so what it accepted is read from its output, without zod.
 */
function categoryBacklogs(
  data: unknown,
  parsed: BacklogInput | undefined,
  quick: boolean,
): [string, CategoryBacklogInput][] {
  if (quick) return parsed ? Object.entries(parsed.backlog) : [];
  const raw = isRecord(data) ? data.backlog : undefined;
  if (!isRecord(raw)) return [];
  const found: [string, CategoryBacklogInput][] = [];
  for (const category of Object.keys(raw)) {
    const parsed = part('schemas').categoryBacklogSchema.safeParse(raw[category]);
    if (parsed.success) found.push([category, parsed.data]);
  }
  return found;
}

/** Python's truthiness, which the playbook tool applied to `blocked`. */
const truthy = (value: unknown): boolean =>
  !(
    value === null ||
    value === false ||
    value === 0 ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isRecord(value) && Object.keys(value).length === 0)
  );

/**
 * The playbook tool converted loosely typed values (`str(name)`, `int(steps)`, `bool(blocked)`).
 * Its JSON gets the same conversions, each with a warning, so its users switch without editing.
 */
function coercePlaybook(entries: unknown[], locate: Locate, warnings: Diagnostic[]): unknown[] {
  return entries.map((entry, index) => {
    if (!isRecord(entry)) return entry;
    const out: Record<string, unknown> = { ...entry };
    const warn = (key: string, wording: say.Wording) =>
      warnings.push({
        severity: 'warning',
        ...say.ofSession(index, wording),
        location: locate([index], key),
      });
    if (!('name' in entry)) {
      out.name = 'unknown';
      warn('name', say.unnamed);
    }
    for (const key of ['name', 'category'] as const) {
      const value = entry[key];
      if (typeof value === 'number' || typeof value === 'boolean') {
        const read = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
        out[key] = read;
        warn(key, say.readAsText(key, value, read));
      }
    }
    const steps = entry.remaining_steps;
    if (typeof steps === 'string' && /^\s*[+-]?\d+\s*$/.test(steps)) {
      const read = Number.parseInt(steps, 10);
      out.remaining_steps = read;
      warn('remaining_steps', say.stepsReadAsNumber(steps, read));
    } else if (typeof steps === 'number' && Number.isFinite(steps) && !Number.isInteger(steps)) {
      const read = Math.trunc(steps);
      out.remaining_steps = read;
      warn('remaining_steps', say.stepsTruncated(steps, read));
    }
    // The tool printed an empty blocker as "unspecified": it is no blocker at all.
    if (typeof entry.blocker === 'string' && entry.blocker.trim() === '') delete out.blocker;
    const blocked = entry.blocked;
    if (blocked !== undefined && typeof blocked !== 'boolean') {
      const read = truthy(blocked);
      out.blocked = read;
      warn('blocked', say.blockedReadAs(blocked, read));
    }
    return out;
  });
}
