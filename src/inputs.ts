// The action's inputs: read once, checked by the plain rules below, returned typed. Nothing else
// reads inputs. No schema library here: the action's start loads none (a valid backlog needs none).
import * as core from './action/runner.js';
import { DEFAULT_JULES_API_URL, julesUrlProblem } from './jules/address.js';
import { DEFAULT_MAX_BACKLOG_BYTES, parseByteSize } from './backlog/load.js';
import { JULES_PLAN_NAMES } from './planner/jules.js';
import { DEFAULT_FAIL_ON, parseRailIds } from './planner/plan.js';
import type { JulesPlanName, RailId } from './planner/types.js';

/** One input's rule: its value, or what it must be (the message that follows the input's name). */
type Check<T> = (text: string) => { value: T } | { problem: string };

const count =
  (minimum: number, maximum = Number.MAX_SAFE_INTEGER): Check<number> =>
  (text) => {
    if (!/^\d+$/.test(text)) return { problem: 'must be a whole number' };
    const value = Number(text);
    if (value < minimum) return { problem: `must be ${minimum} or more` };
    if (value > maximum) return { problem: `must be ${maximum} or fewer` };
    return { value };
  };

const oneOf =
  <const T extends string>(values: readonly T[], problem: string): Check<T> =>
  (text) =>
    (values as readonly string[]).includes(text) ? { value: text as T } : { problem };

const anyText: Check<string> = (value) => ({ value });

const inputChecks = {
  'sessions-file': anyText,
  capacity: count(1),
  reserve: count(0),
  mode: oneOf(['report', 'enforce'], 'must be "report" or "enforce"'),
  'on-api-error': oneOf(['warn', 'fail'], 'must be "warn" or "fail"'),
  'github-token': anyText,
  ledger: anyText,
  'cold-after-sweeps': count(1),
  'cold-after-hours': count(1),
  'fail-on': anyText,
  'fail-on-existing': oneOf(['true', 'false'], 'must be "true" or "false"'),
  'stale-prompt-days': count(1),
  'artifact-name': (text) =>
    /^[^"<>:|*?\\/\r\n]+$/.test(text)
      ? { value: text }
      : { problem: 'must be a name without " < > : | * ? \\ / or line breaks' },
  'retention-days': count(1, 90),
  'jules-api-key': anyText,
  'jules-api-url': anyText,
  'copilot-token': anyText,
  'jules-plan': oneOf(
    JULES_PLAN_NAMES,
    `must be ${JULES_PLAN_NAMES.map((p) => `"${p}"`).join(', ')} or empty`,
  ),
  dispatch: oneOf(['off', 'dry-run', 'on'], 'must be "off", "dry-run" or "on"'),
  'dispatch-max': count(1),
  'dispatch-archive': oneOf(['on', 'off'], 'must be "on" or "off"'),
  'max-file-size': (text) => {
    const value = parseByteSize(text);
    return value === undefined
      ? { problem: 'must be a size in bytes, or with a KiB or MiB suffix (such as 8MiB)' }
      : { value };
  },
} satisfies Record<string, Check<unknown>>;

type InputName = keyof typeof inputChecks;
/** Each input's checked value; absent where the input was left empty and has no default. */
type Checked = {
  [N in InputName]?: (typeof inputChecks)[N] extends Check<infer T> ? T : never;
};

/** Inputs the step may leave empty to get this value, as action.yml's defaults say. */
const DEFAULTS = {
  'sessions-file': 'sessions.yaml',
  mode: 'enforce',
  'on-api-error': 'warn',
  ledger: 'artifact',
  'fail-on-existing': 'false',
  'artifact-name': 'session-sweeper-plan',
  'jules-api-url': DEFAULT_JULES_API_URL,
  dispatch: 'off',
} as const satisfies Partial<Record<InputName, string>>;

/** Where the sweep ledger lives: an artifact of earlier runs, nowhere, or a file. */
export type LedgerSource = { kind: 'artifact' } | { kind: 'off' } | { kind: 'file'; path: string };

export interface Inputs {
  sessionsFile: string;
  capacity?: number;
  reserve?: number;
  mode: 'report' | 'enforce';
  onApiError: 'warn' | 'fail';
  /** Empty means no live status: the plan is made from the file alone. */
  githubToken?: string;
  ledger: LedgerSource;
  coldAfterSweeps: number;
  coldAfterHours: number;
  failOn: RailId[];
  failOnExisting: boolean;
  /** Prompts older than this must be replaced before the next sweep. */
  stalePromptDays: number;
  /** The plan artifact: plan.json, plan.md, session-updates.md and ledger.json. */
  artifactName: string;
  retentionDays?: number;
  /** Empty means no live session list: slots are counted from the file alone. */
  julesApiKey?: string;
  julesApiUrl: string;
  /** A user's token for Copilot's agent tasks API; empty means no Copilot tasks are read. */
  copilotToken?: string;
  /** The Jules plan whose limits hold (concurrency and daily tasks); absent means none. */
  julesPlan?: JulesPlanName;
  /** Larger backlog files are refused before they are parsed. */
  maxFileSize: number;
  /** Start the plan's next prompts in Jules (`on`), print the calls (`dry-run`), or neither. */
  dispatch: 'off' | 'dry-run' | 'on';
  /** At most this many sessions started a sweep; absent: every open slot. */
  dispatchMax?: number;
  /** Archive COMPLETED sessions whose pull request is merged; on by default with dispatch. */
  dispatchArchive: boolean;
  /**
   * Credentials that arrived as an unexpanded `${{ … }}` expression, with the reason that says
   * so: they are dropped, never sent, and the sweep goes on without what they would have read.
   */
  unexpanded: Partial<Record<keyof typeof UNEXPANDED_REASONS, string>>;
}

export class InputError extends Error {}

/** Never echoed back, not even in an error about their own value. */
const SECRET_INPUTS = new Set(['github-token', 'jules-api-key', 'copilot-token']);

/** Inputs that may arrive unexpanded without stopping the sweep: it goes on without what they read. */
const UNEXPANDED_REASONS = {
  'github-token':
    'the github-token input holds an expression the runner did not expand, so it was sent nowhere and the sweep goes on without live status from GitHub',
  'jules-api-key':
    'the jules-api-key input holds an expression the runner did not expand, so it was sent nowhere and the sweep goes on without live sessions from Jules',
  'jules-api-url':
    'the jules-api-url input holds an expression the runner did not expand, so the key was sent nowhere and the sweep goes on without live sessions from Jules',
  'copilot-token':
    "the copilot-token input holds an expression the runner did not expand, so it was sent nowhere and the sweep goes on without Copilot's tasks",
} as const;

const mayArriveUnexpanded = (name: string): name is keyof typeof UNEXPANDED_REASONS =>
  Object.hasOwn(UNEXPANDED_REASONS, name);

/**
 * A value that still holds `${{ … }}`: the runner expands expressions before a step starts, so
 * this came from a wrapper or a local runner that passed a default through as it is written.
 */
const UNEXPANDED = /\$\{\{[\s\S]*\}\}/;

/** Reads and checks every input; a bad one throws an InputError naming the input and the fix. */
export function getInputs(read: (name: string) => string = (name) => core.getInput(name)): Inputs {
  const raw: Partial<Record<InputName, string>> = {};
  const unexpanded: Inputs['unexpanded'] = {};
  for (const name of Object.keys(inputChecks) as InputName[]) {
    const value = read(name).trim();
    raw[name] = value === '' ? undefined : value;
    if (!UNEXPANDED.test(value)) {
      // Masked as soon as it is read, so no message from here on can show it, an error included.
      if (value !== '' && SECRET_INPUTS.has(name)) core.setSecret(value);
      continue;
    }
    if (mayArriveUnexpanded(name)) {
      raw[name] = undefined;
      unexpanded[name] = UNEXPANDED_REASONS[name];
      continue;
    }
    throw new InputError(
      `input "${name}" holds an expression the runner did not expand, got "${value}". Pass a value, or an expression the workflow expands, in the \`with:\` block of the step.`,
    );
  }
  // Without a key nothing would have gone to the address, so there is nothing to say about it.
  if (raw['jules-api-key'] === undefined) delete unexpanded['jules-api-url'];
  for (const [name, value] of Object.entries(DEFAULTS)) raw[name as InputName] ??= value;
  raw.dispatch = raw.dispatch!.toLowerCase();
  const data: Checked = {};
  const problems: string[] = [];
  for (const name of Object.keys(inputChecks) as InputName[]) {
    const text = raw[name];
    if (text === undefined) continue;
    const checked = (inputChecks[name] as Check<unknown>)(text);
    if ('value' in checked) Object.assign(data, { [name]: checked.value });
    else {
      const given = SECRET_INPUTS.has(name) ? '***' : text;
      problems.push(`input "${name}" ${checked.problem}, got "${given}"`);
    }
  }
  if (problems.length > 0)
    throw new InputError(`${problems.join('; ')}. Fix the \`with:\` block of the step.`);
  // Every input with a default holds a value from here on.
  const values = data as Checked & Required<Pick<Checked, keyof typeof DEFAULTS>>;
  const failOn =
    values['fail-on'] === undefined ? [...DEFAULT_FAIL_ON] : parseRailIds(values['fail-on']);
  if ('problem' in failOn) {
    throw new InputError(`input "fail-on" ${failOn.problem}. Fix the \`with:\` block of the step.`);
  }
  // `Artifact` or `OFF` mean the keywords, not files of those names.
  const keyword = values.ledger.toLowerCase();
  const ledger = keyword === 'artifact' || keyword === 'off' ? keyword : values.ledger;
  const inputs: Inputs = {
    sessionsFile: values['sessions-file'],
    mode: values.mode,
    onApiError: values['on-api-error'],
    ledger:
      ledger === 'artifact' || ledger === 'off' ? { kind: ledger } : { kind: 'file', path: ledger },
    coldAfterSweeps: values['cold-after-sweeps'] ?? 2,
    coldAfterHours: values['cold-after-hours'] ?? 48,
    failOn,
    failOnExisting: values['fail-on-existing'] === 'true',
    artifactName: values['artifact-name'],
    stalePromptDays: values['stale-prompt-days'] ?? 30,
    julesApiUrl: values['jules-api-url'],
    maxFileSize: values['max-file-size'] ?? DEFAULT_MAX_BACKLOG_BYTES,
    dispatch: values.dispatch,
    dispatchArchive: (values['dispatch-archive'] ?? 'on') === 'on',
    unexpanded,
  };
  if (values['retention-days'] !== undefined) inputs.retentionDays = values['retention-days'];
  const token = values['github-token'];
  if (token) inputs.githubToken = token;
  const julesKey = values['jules-api-key'];
  // A key is never sent to the default address in place of one that did not expand.
  if (julesKey && !unexpanded['jules-api-url']) {
    inputs.julesApiKey = julesKey;
    // Checked only when a key would be sent there.
    const problem = julesUrlProblem(inputs.julesApiUrl);
    if (problem) {
      throw new InputError(
        `input "jules-api-url" ${problem}, got "${inputs.julesApiUrl}". Fix the \`with:\` block of the step.`,
      );
    }
  }
  const copilotToken = values['copilot-token'];
  if (copilotToken) inputs.copilotToken = copilotToken;
  if (values['jules-plan'] !== undefined) inputs.julesPlan = values['jules-plan'];
  if (values['dispatch-max'] !== undefined) inputs.dispatchMax = values['dispatch-max'];
  if (values.capacity !== undefined) inputs.capacity = values.capacity;
  if (values.reserve !== undefined) inputs.reserve = values.reserve;
  return inputs;
}
