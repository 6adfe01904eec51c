// `session-sweeper convert`: the playbook tool's JSON becomes a sessions.yaml with the same plan.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSessionsYaml, UNSPECIFIED_BLOCKER } from '../src/backlog/convert.js';
import { parseBacklog } from '../src/backlog/load.js';
import type { Backlog } from '../src/backlog/model.js';
import { buildPlan, type PlanSettings } from '../src/planner/plan.js';
import type { Plan } from '../src/planner/types.js';
import { sweep, tempFile } from './helpers/cli.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'playbook-tool');
const cases: [string, unknown[], PlanSettings][] = [
  ['examples/sessions.json', JSON.parse(readFileSync('examples/sessions.json', 'utf8')), {}],
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.json'))
    .map((f): [string, unknown[], PlanSettings] => {
      const { args, sessions } = JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as {
        args: string[];
        sessions: unknown[];
      };
      const flag = (name: string) =>
        args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined;
      const capacity = flag('--capacity');
      const reserve = flag('--reserve-slot');
      return [
        f,
        sessions,
        {
          ...(capacity !== undefined ? { capacity } : {}),
          ...(reserve !== undefined ? { reserve } : {}),
        },
      ];
    }),
];

function load(text: string, file: string): Backlog {
  const loaded = parseBacklog(text, file);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return loaded.backlog;
}

/**
 * The plan less what only says where it came from: the file, its format, lines, the status as
 * spelt in the file, and the loader's warnings about the JSON (convert prints those itself).
 */
function comparable(plan: Plan, renamed: { from: string; to: string }[] = []) {
  let text = JSON.stringify({
    ...plan,
    source: undefined,
    closeOrder: plan.closeOrder.map((s) => ({
      ...s,
      location: undefined,
      statusText: undefined,
      blocker: s.blocker === UNSPECIFIED_BLOCKER ? undefined : s.blocker,
    })),
    violations: plan.violations
      .filter((v) => v.rail !== 'schema')
      .map((v) => ({ ...v, file: undefined, line: undefined, column: undefined })),
  });
  // Repeated names (the tool allowed them) are written with a suffix: map them back.
  for (const { from, to } of renamed) {
    text = text.replaceAll(JSON.stringify(to).slice(1, -1), JSON.stringify(from).slice(1, -1));
  }
  return JSON.parse(text) as unknown;
}

describe('convert writes a sessions.yaml that plans like the JSON it came from', () => {
  it.each(cases)('%s', (_file, sessions, settings) => {
    const read = parseBacklog(JSON.stringify(sessions, null, 2), 'sessions.json');
    if (!read.ok) throw new Error('the fixture must load');
    const json = read.backlog;
    const { text, reranked, renamed } = toSessionsYaml(json);
    // Nothing new to warn about: what is still worth a warning (a near-miss category) was already.
    const yaml = parseBacklog(text, 'sessions.yaml');
    const before = new Set(read.warnings.map((w) => w.message));
    expect(yaml.ok && yaml.warnings.filter((w) => !before.has(w.message))).toEqual([]);
    const converted = load(text, 'sessions.yaml');

    // A session flagged blocked closes with the blocked ones in sessions.yaml; the tool ranked it
    // by its status. That is the one rule that differs, and convert names each session it moves.
    const flagged = json.sessions.filter(
      (s) => s.blockedFlag && s.status !== 'blocked' && s.status !== 'archived',
    );
    expect(reranked).toHaveLength(flagged.length);
    const expected = buildPlan(
      reranked.length > 0 ? { ...json, format: 'sessions-yaml' } : json,
      settings,
    );
    expect(comparable(buildPlan(converted, settings), renamed)).toEqual(comparable(expected));
  });

  it('keeps the tool-only readings visible: a blocked session without blocker is marked for a fix', () => {
    const json = load(
      JSON.stringify([{ name: 'a', status: 'blocked', category: 'UX' }]),
      'sessions.json',
    );
    const { text, notes } = toSessionsYaml(json);
    expect(text).toContain(`blocker: ${UNSPECIFIED_BLOCKER} # say what it waits for`);
    expect(notes.map((n) => n.message)).toEqual([
      'session "a" is blocked but names no blocker: written as `blocker: unspecified`, as the tool printed it',
    ]);
  });

  it('writes a pull request reference, start date, next action, actions and Jules id back as written', () => {
    const entry = {
      name: 'x',
      status: 'PR created',
      category: 'Security',
      remaining_steps: 0,
      pr: 'acme/app#12',
      started: '2026-11-20',
      next_action: 'Ship it',
      actions: ['Wrote the test'],
      jules: '4021',
    };
    const { text } = toSessionsYaml(load(JSON.stringify([entry]), 'sessions.json'));
    const session = load(text, 'sessions.yaml').sessions[0];
    expect(session).toMatchObject({
      status: 'pr-created',
      pr: { owner: 'acme', repo: 'app', number: 12 },
      started: '2026-11-20',
      nextAction: 'Ship it',
      actions: ['Wrote the test'],
      jules: '4021',
    });
  });

  it('writes a Copilot task id back as written, as text, digits-only ones quoted', () => {
    const entries = ['0042-task', '0042'].map((copilot, i) => ({
      name: `x${i}`,
      status: 'needs-more-work',
      category: 'UX',
      copilot,
    }));
    const { text } = toSessionsYaml(load(JSON.stringify(entries), 'sessions.json'));
    expect(text).toContain('copilot: 0042-task');
    expect(load(text, 'sessions.yaml').sessions.map((s) => s.copilot)).toEqual([
      '0042-task',
      '0042',
    ]);
  });
});

describe('session-sweeper convert', () => {
  it('prints the sessions.yaml to stdout and the conversions it made to stderr', async () => {
    const file = await tempFile('sessions.json', '[{"name": "a", "remaining_steps": "2"}]');
    const { code, out, err } = await sweep(['convert', file]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Converted from the playbook tool's .*sessions\.json/);
    expect(out).toContain('version: 1\ncapacity: 15\nreserve: 1\nsessions:\n  - name: a\n');
    expect(out).toContain('remaining_steps: 2\n');
    expect(err).toContain('warning: session #1: remaining_steps "2" is read as the number 2');
  });

  it('a JSON over 2 MiB is converted once --max-file-size raises the limit', async () => {
    const sessions = Array.from({ length: 30_000 }, (_, i) => ({
      name: `s-${i}`,
      status: 'needs more work',
      next_action: 'write the test for it',
    }));
    const file = await tempFile('big.json', JSON.stringify(sessions, null, 1));
    const refused = await sweep(['convert', file]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('or raise the limit with --max-file-size');
    const { code, out } = await sweep(['convert', file, '--max-file-size', '8MiB']);
    expect(code).toBe(0);
    expect(out).toContain('  - name: s-29999\n');
  });

  it('writes --out, and refuses to overwrite it without --force', async () => {
    const file = await tempFile('sessions.json', '[{"name": "a"}]');
    const out = join(dirname(file), 'sessions.yaml');
    const first = await sweep(['convert', file, '--out', out]);
    expect(first).toMatchObject({ code: 0, out: '' });
    expect(first.err).toContain('written (1 session)');
    const written = await readFile(out, 'utf8');
    await writeFile(out, 'kept');

    const second = await sweep(['convert', file, '--out', out]);
    expect(second.code).toBe(2);
    expect(second.err).toContain('already exists; add --force to overwrite it');
    expect(await readFile(out, 'utf8')).toBe('kept');

    const forced = await sweep(['convert', file, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(written);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  });

  it('writes --capacity and --reserve-slot into the file', async () => {
    const file = await tempFile('sessions.json', '[]');
    const { out } = await sweep(['convert', file, '--capacity', '10', '--reserve-slot', '2']);
    expect(out).toContain('capacity: 10\nreserve: 2\nsessions: []\n');
  });

  it('refuses a file that is already a sessions.yaml', async () => {
    const { code, out, err } = await sweep(['convert', 'examples/sessions.yaml']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('is already a sessions.yaml (version 1); there is nothing to convert');
  });

  it('reports every problem of a JSON it cannot read, and writes nothing', async () => {
    const file = await tempFile('sessions.json', '[{"name": "a", "status": "done"}]');
    const out = join(dirname(file), 'sessions.yaml');
    const { code, err } = await sweep(['convert', file, '--out', out]);
    expect(code).toBe(2);
    expect(err).toContain('sessions.json:1:');
    expect(err).toContain('1 problem; nothing was converted.');
    expect(existsSync(out)).toBe(false);
  });

  it('a usage mistake prints what is wrong and the usage', async () => {
    const none = await sweep(['convert']);
    expect(none.code).toBe(2);
    expect(none.err).toContain("name the playbook tool's sessions.json to convert");
    expect(none.err).toContain('session-sweeper convert <sessions.json>');
    const force = await sweep(['convert', 'examples/sessions.json', '--force']);
    expect(force.err).toContain('--force goes with --out');
  });
});
