// The sessions.yaml format's names and patterns, apart from the zod schemas (schema.ts) built
// from them: the loader, the planner and the reports use these without loading zod.
import type { SourceId } from '../sources/source.js';

/** The playbook's rotation, in its priority order. */
export const PLAYBOOK_CATEGORIES = [
  'Security',
  'Data Integrity',
  'Golden Path',
  'CI Stability',
  'Graph',
  'Infrastructure',
  'UX',
  'Analytics',
] as const;

/** "Maximum concurrent sessions: 15." */
export const PLAYBOOK_CAPACITY = 15;
/** "Ensure at least one slot stays free." */
export const PLAYBOOK_RESERVE = 1;

export const STATUSES = [
  'pr-ready',
  'pr-created',
  'needs-more-work',
  'blocked',
  'archived',
] as const;
export type Status = (typeof STATUSES)[number];

export const KINDS = [
  'prompt',
  'rescue',
  'unblocker',
  'hardening',
  'governance',
  'scheduler',
] as const;
export type Kind = (typeof KINDS)[number];

const CANONICAL_STATUSES: ReadonlySet<string> = new Set(STATUSES);

/** `PR created`, `Needs More Work`, `pr_ready` → the canonical hyphenated lower-case spelling. */
export function normaliseStatus(text: string): string {
  // Most files spell it so already: a look-up instead of three new strings and an expression.
  if (CANONICAL_STATUSES.has(text)) return text;
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

// The JSON Schema has no case-insensitive flag, so spell every letter as [xX] and let a
// space, hyphen or underscore stand between words: editors then accept what the loader accepts.
function caseInsensitivePattern(words: readonly string[]): string {
  const spell = (word: string) =>
    Array.from(word, (ch) => ch)
      .map((ch) => (ch === '-' ? '[-_ ]' : /[a-z]/.test(ch) ? `[${ch}${ch.toUpperCase()}]` : ch))
      .join('');
  return `^\\s*(${words.map(spell).join('|')})\\s*$`;
}

export const STATUS_PATTERN = new RegExp(caseInsensitivePattern(STATUSES));

// 42, owner/repo#42, #42, or https://<host>/owner/repo/pull/42
const OWNER_REPO = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}';
export const PR_REF_PATTERN = new RegExp(
  `^(?:#?[1-9][0-9]{0,9}|${OWNER_REPO}#[1-9][0-9]{0,9}|https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?/${OWNER_REPO}/pull/[1-9][0-9]{0,9}/?)$`,
);

// A git branch name as Jules takes it for `startingBranch`: no spaces, no `..`, no leading `-`.
export const BRANCH_PATTERN = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]{1,250}$/;

// A Jules session id, or its resource name `sessions/<id>`.
export const JULES_ID_PATTERN = /^(?:sessions\/)?[A-Za-z0-9_-]{1,100}$/;

// A Copilot cloud agent task id: opaque text (a UUID today) that goes into the task's URL path,
// so letters, digits, `_` and `-` only, starting with a letter or digit. Always text: the API's
// `id` is a string, and a bare number in YAML could lose its leading zeros.
export const COPILOT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** Where dispatch starts a prompt: the session sources (src/sources/source.ts's SourceId). */
export const AGENTS = ['jules', 'copilot'] as const satisfies readonly SourceId[];
export type Agent = (typeof AGENTS)[number];
/** The agent of a file that names none: where every session ran before there were two. */
export const DEFAULT_AGENT: Agent = 'jules';

/** What a session leaves out, as the schema fills it in; the last two for the playbook tool's JSON. */
export const SESSION_DEFAULTS = {
  remaining_steps: 1,
  blocked: false,
  kind: 'prompt',
  status: 'needs-more-work',
  category: 'Uncategorized',
} as const;

export const SESSION_KEYS = [
  'name',
  'category',
  'status',
  'remaining_steps',
  'blocked',
  'blocker',
  'pr',
  'jules',
  'copilot',
  'started',
  'next_action',
  'actions',
  'kind',
];
export const PROMPT_KEYS = [
  'id',
  'title',
  'added',
  'obsolete',
  'agent',
  'prompt',
  'branch',
  'approve',
];
export const INCIDENT_KEYS = ['id', 'date', 'category', 'summary', 'hardening'];
export const CADENCE_KEYS = ['governance_every', 'scheduler_every'];
export const TOP_LEVEL_KEYS = [
  '$schema',
  'version',
  'capacity',
  'reserve',
  'agent',
  'categories',
  'sessions',
  'backlog',
  'incidents',
  'cadence',
];
