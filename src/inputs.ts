// The action's inputs: read once, validated with zod, returned typed. Nothing else reads inputs.
import * as core from '@actions/core';
import { z } from 'zod';
import { DEFAULT_JULES_API_URL, julesUrlProblem } from './jules/address.js';
import { DEFAULT_MAX_BACKLOG_BYTES, parseByteSize } from './backlog/load.js';
import { JULES_PLAN_NAMES } from './planner/jules.js';
import { DEFAULT_FAIL_ON, parseRailIds } from './planner/plan.js';
import type { JulesPlanName, RailId } from './planner/types.js';

const count = (minimum: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.int().min(minimum, `must be ${minimum} or more`))
    .optional();

const inputSchema = z.object({
  'sessions-file': z.string().min(1, 'must name the backlog file'),
  capacity: count(1),
  reserve: count(0),
  mode: z.enum(['report', 'enforce'], 'must be "report" or "enforce"'),
  'on-api-error': z.enum(['warn', 'fail'], 'must be "warn" or "fail"'),
  'github-token': z.string().optional(),
  ledger: z.string(),
  'cold-after-sweeps': count(1),
  'cold-after-hours': count(1),
  'fail-on': z.string().optional(),
  'fail-on-existing': z.enum(['true', 'false'], 'must be "true" or "false"'),
  'stale-prompt-days': count(1),
  'artifact-name': z
    .string()
    .regex(/^[^"<>:|*?\\/\r\n]+$/, 'must be a name without " < > : | * ? \\ / or line breaks'),
  'retention-days': count(1).pipe(z.int().max(90, 'must be 90 or fewer').optional()),
  'jules-api-key': z.string().optional(),
  'jules-api-url': z.string(),
  'jules-plan': z
    .enum(JULES_PLAN_NAMES, `must be ${JULES_PLAN_NAMES.map((p) => `"${p}"`).join(', ')} or empty`)
    .optional(),
  dispatch: z.enum(['off', 'dry-run', 'on'], 'must be "off", "dry-run" or "on"'),
  'dispatch-max': count(1),
  'dispatch-archive': z.enum(['on', 'off'], 'must be "on" or "off"').optional(),
  'max-file-size': z
    .string()
    .transform((text, ctx) => {
      const bytes = parseByteSize(text);
      if (bytes === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be a size in bytes, or with a KiB or MiB suffix (such as 8MiB)',
        });
        return z.NEVER;
      }
      return bytes;
    })
    .optional(),
});

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
const SECRET_INPUTS = new Set(['github-token', 'jules-api-key']);

/** Inputs that may arrive unexpanded without stopping the sweep: it goes on without what they read. */
const UNEXPANDED_REASONS = {
  'github-token':
    'the github-token input holds an expression the runner did not expand, so it was sent nowhere and the sweep goes on without live status from GitHub',
  'jules-api-key':
    'the jules-api-key input holds an expression the runner did not expand, so it was sent nowhere and the sweep goes on without live sessions from Jules',
  'jules-api-url':
    'the jules-api-url input holds an expression the runner did not expand, so the key was sent nowhere and the sweep goes on without live sessions from Jules',
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
  const raw: Record<string, string | undefined> = {};
  const unexpanded: Inputs['unexpanded'] = {};
  for (const name of Object.keys(inputSchema.shape)) {
    const value = read(name).trim();
    raw[name] = value === '' ? undefined : value;
    if (!UNEXPANDED.test(value)) continue;
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
  raw['sessions-file'] ??= 'sessions.yaml';
  raw.mode ??= 'enforce';
  raw['on-api-error'] ??= 'warn';
  raw.ledger ??= 'artifact';
  raw['fail-on-existing'] ??= 'false';
  raw['artifact-name'] ??= 'session-sweeper-plan';
  raw['jules-api-url'] ??= DEFAULT_JULES_API_URL;
  raw.dispatch = raw.dispatch?.toLowerCase() ?? 'off';
  const result = inputSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const given = SECRET_INPUTS.has(name) ? '***' : (raw[name] ?? '');
      return `input "${name}" ${issue.message}, got "${given}"`;
    });
    throw new InputError(`${problems.join('; ')}. Fix the \`with:\` block of the step.`);
  }
  const failOn =
    result.data['fail-on'] === undefined
      ? [...DEFAULT_FAIL_ON]
      : parseRailIds(result.data['fail-on']);
  if ('problem' in failOn) {
    throw new InputError(`input "fail-on" ${failOn.problem}. Fix the \`with:\` block of the step.`);
  }
  // `Artifact` or `OFF` mean the keywords, not files of those names.
  const keyword = result.data.ledger.toLowerCase();
  const ledger = keyword === 'artifact' || keyword === 'off' ? keyword : result.data.ledger;
  const inputs: Inputs = {
    sessionsFile: result.data['sessions-file'],
    mode: result.data.mode,
    onApiError: result.data['on-api-error'],
    ledger:
      ledger === 'artifact' || ledger === 'off' ? { kind: ledger } : { kind: 'file', path: ledger },
    coldAfterSweeps: result.data['cold-after-sweeps'] ?? 2,
    coldAfterHours: result.data['cold-after-hours'] ?? 48,
    failOn,
    failOnExisting: result.data['fail-on-existing'] === 'true',
    artifactName: result.data['artifact-name'],
    stalePromptDays: result.data['stale-prompt-days'] ?? 30,
    julesApiUrl: result.data['jules-api-url'],
    maxFileSize: result.data['max-file-size'] ?? DEFAULT_MAX_BACKLOG_BYTES,
    dispatch: result.data.dispatch,
    dispatchArchive: (result.data['dispatch-archive'] ?? 'on') === 'on',
    unexpanded,
  };
  if (result.data['retention-days'] !== undefined)
    inputs.retentionDays = result.data['retention-days'];
  const token = result.data['github-token'];
  if (token) {
    core.setSecret(token);
    inputs.githubToken = token;
  }
  const julesKey = result.data['jules-api-key'];
  if (julesKey) core.setSecret(julesKey);
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
  if (result.data['jules-plan'] !== undefined) inputs.julesPlan = result.data['jules-plan'];
  if (result.data['dispatch-max'] !== undefined) inputs.dispatchMax = result.data['dispatch-max'];
  if (result.data.capacity !== undefined) inputs.capacity = result.data.capacity;
  if (result.data.reserve !== undefined) inputs.reserve = result.data.reserve;
  return inputs;
}
