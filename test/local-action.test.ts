// Our entry driven by GitHub's local runner for actions (@github/local-action), with a `.env` of
// inputs, on a machine that reaches no network: GitHub is a fake on 127.0.0.1.
//
// The action speaks the runner's protocol itself (src/action/runner.ts), so local-action's stub of
// @actions/core is never called: outputs are read from GITHUB_OUTPUT, a failed step from its
// `::error::` line and exit code, and inputs from the INPUT_* variables, as on the runner. The
// stub would fill an input left empty with action.yml's default verbatim (`${{ github.token }}`
// unexpanded); a wrapper that passes that literal on is tried by passing it.
// No verdict here depends on the day: the example's start dates only judge movement, which the
// ledger being off turns off, its prompts carry no `added` date, and the other backlogs carry no
// dates at all.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../src/planner/types.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { runLocalAction, type LocalRun } from './helpers/local-action.js';

const example = readFileSync('examples/sessions.yaml', 'utf8');

/** 17 active sessions, one per line, against capacity 15; s16 is the first past the cap. */
const overCapacity = [
  'version: 1',
  'capacity: 15',
  'reserve: 1',
  'categories: [UX]',
  'sessions:',
  ...Array.from({ length: 17 }, (_, i) => {
    const name = `s${String(i + 1).padStart(2, '0')}`;
    return `  - { name: ${name}, category: UX, status: needs-more-work, remaining_steps: 1, next_action: Step ${i + 1} }`;
  }),
  '',
].join('\n');

const typo = [
  'version: 1',
  'categories: [UX]',
  'sessions:',
  '  - name: timeline-ui',
  '    category: UX',
  '    status: needs-more-wrok',
  '    next_action: Fix the legend contrast',
  '',
].join('\n');

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

interface OfflineSweep extends LocalRun {
  /** Every request that reached GitHub, here a fake on 127.0.0.1 that refuses every token. */
  requests: FakeGitHub['requests'];
}

/**
 * One sweep of `backlog` with the ledger off and `github-token` empty unless `inputs` gives it.
 * GitHub is a fake of the run's own that answers 401, so nothing is read live and nothing leaves
 * the machine.
 */
async function sweepOffline(
  backlog: string,
  inputs: Record<string, string>,
): Promise<OfflineSweep> {
  const github = await startFakeGitHub();
  github.always = { status: 401, body: JSON.stringify({ message: 'Bad credentials' }) };
  try {
    const run = await runLocalAction(
      { 'sessions.yaml': backlog },
      { ledger: 'off', 'github-token': '', ...inputs },
      { GITHUB_API_URL: github.url, GITHUB_GRAPHQL_URL: `${github.url}/graphql` },
    );
    return { ...run, requests: github.requests };
  } finally {
    await github.close();
  }
}

const INSTALLATION_TOKEN = 'ghs_localActionInstallation0123456789';

let exampleSweep: OfflineSweep;
let overCapacitySweep: OfflineSweep;
let typoSweep: OfflineSweep;

// Each run starts npm, tsx and the action afresh (a few seconds): all three run side by side.
beforeAll(async () => {
  [exampleSweep, overCapacitySweep, typoSweep] = await Promise.all([
    // As action.yml writes the default, unexpanded, the way a wrapper could pass it on.
    sweepOffline(example, { mode: 'report', 'github-token': '${{ github.token }}' }),
    // With a token that looks like GITHUB_TOKEN, which Copilot's agent tasks API refuses.
    sweepOffline(overCapacity, { mode: 'enforce', 'copilot-token': INSTALLATION_TOKEN }),
    // mode is left to its default, enforce.
    sweepOffline(typo, {}),
  ]);
}, 180_000);

describe('the action under local-action', () => {
  it('the example backlog in report mode passes, sets every output and writes the summary', () => {
    const { outputs, summary, failure } = exampleSweep;
    expect(outputs.verdict).toBe('pass');
    expect(outputs['free-slots-needed']).toBe('0');
    expect(JSON.parse(outputs['cold-categories']!)).toEqual([]);
    expect(JSON.parse(outputs.violations!)).toEqual([]);
    // In a directory of the step's own under RUNNER_TEMP.
    expect(outputs['plan-json']).toMatch(/\/temp\/session-sweeper-[^/]+\/plan\.json$/);
    const plan = JSON.parse(readFileSync(outputs['plan-json']!, 'utf8')) as Plan;
    expect(plan.counts.active).toBe(14);
    expect(summary).toMatch(/^## Session sweep: ✅ pass/);
    expect(failure).toBeUndefined();
    expect(exampleSweep.code).toBe(0);
  });

  // The default as action.yml writes it, passed on unexpanded; the real runner expands it. Either
  // way nothing unexpanded may leave the machine as a token.
  it('never sends the unexpanded `${{ github.token }}` default anywhere, and says why naming github-token', () => {
    const { annotations } = exampleSweep;
    expect(exampleSweep.requests).toEqual([]);
    const warnings = annotations.filter((a) => a.type === 'warning').map((a) => a.message);
    expect(warnings.filter((text) => text.includes('github-token'))).toEqual([
      'The github-token input holds an expression the runner did not expand, so it was sent nowhere and the sweep goes on without live status from GitHub.',
    ]);
  });

  it('17 active sessions against capacity 15 in enforce mode fail, annotating capacity-hard at the first session past the cap', () => {
    const { outputs, annotations, failure } = overCapacitySweep;
    expect(outputs.verdict).toBe('fail');
    const hard = annotations.filter(
      (a) => a.type === 'error' && a.properties.title === 'session-sweeper: capacity-hard',
    );
    expect(hard).toHaveLength(1);
    expect(hard[0]!.properties).toMatchObject({
      file: 'sessions.yaml',
      line: String(lineOf(overCapacity, 'name: s16,')),
    });
    expect(hard[0]!.message).toContain('17 active sessions exceed the hard cap of 15 by 2.');
    expect(JSON.parse(outputs.violations!)).toContainEqual(
      expect.objectContaining({ rail: 'capacity-hard', severity: 'error' }),
    );
    // On the runner the step fails with this message.
    expect(failure).toMatch(/^A rail is broken\. capacity-hard: 17 active sessions exceed/);
    expect(overCapacitySweep.code).toBe(1);
  });

  it("a copilot-token from the .env reaches the action: a GITHUB_TOKEN-looking one is never sent, and the warning says Copilot takes a user's token", () => {
    const { annotations, log } = overCapacitySweep;
    expect(overCapacitySweep.requests).toEqual([]);
    const copilot = annotations.filter(
      (a) => a.type === 'warning' && a.message.startsWith('Live tasks from Copilot are missing'),
    );
    expect(copilot).toHaveLength(1);
    expect(copilot[0]!.message).toContain(
      "The token is an installation token (it starts with ghs_, as GITHUB_TOKEN does). Copilot's agent tasks API accepts only a user's token",
    );
    expect(log.replaceAll(`::add-mask::${INSTALLATION_TOKEN}`, '')).not.toContain(
      INSTALLATION_TOKEN,
    );
  });

  it('a typo in a status fails with the schema error at its line and column, and no plan', () => {
    const { outputs, annotations, failure, summary } = typoSweep;
    expect(outputs.verdict).toBe('fail');
    const schema = annotations.filter(
      (a) => a.type === 'error' && a.properties.title === 'session-sweeper: schema',
    );
    expect(schema).toHaveLength(1);
    expect(schema[0]!.properties).toMatchObject({
      file: 'sessions.yaml',
      line: String(lineOf(typo, 'needs-more-wrok')),
      col: '13',
    });
    expect(schema[0]!.message).toContain(
      'unknown status "needs-more-wrok"; did you mean "needs-more-work"?',
    );
    expect(outputs['plan-json']).toBeUndefined();
    // The summary escapes Markdown: `sessions\.yaml:6:13` renders as sessions.yaml:6:13.
    expect(summary).toContain('could not be read, so no plan was made');
    expect(summary).toContain('sessions\\.yaml:6:13');
    expect(failure).toMatch(/^A rail is broken\. schema: /);
    expect(typoSweep.code).toBe(1);
  });
});
