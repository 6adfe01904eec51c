// Two services run sessions: an entry names its Copilot task with `copilot:` as it names a Jules
// session with `jules:`, and `agent:` (the file's default, a prompt's own) says where dispatch
// starts a prompt.
import { describe, expect, it } from 'vitest';
import { AGENTS } from '../src/backlog/format.js';
import { agentOf, parseBacklog, type LoadResult } from '../src/backlog/load.js';
import type { Backlog, Diagnostic } from '../src/backlog/model.js';
import { SOURCE_IDS } from '../src/sources/source.js';

const TASK = 'a1b2c3d4-e5f6-7890-abcd-ef1234567890';
const yaml = (...lines: string[]) => lines.join('\n') + '\n';
const load = (text: string, file = 'sessions.yaml') => parseBacklog(text, file);

function ok(result: LoadResult): Backlog {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.backlog;
}

function errors(result: LoadResult): Diagnostic[] {
  if (result.ok) throw new Error('expected the backlog to be rejected');
  return result.errors;
}

const said = (result: LoadResult) =>
  errors(result).map((e) => [e.message, e.location?.line] as const);

describe('copilot: on a session entry', () => {
  it('a file with `copilot:` loads, and the entry carries its task id', () => {
    const backlog = ok(
      load(
        yaml(
          'version: 1',
          'sessions:',
          `  - { name: a, category: UX, status: needs-more-work, copilot: ${TASK} }`,
          '  - { name: b, category: UX, status: needs-more-work, copilot: "task_7" }',
          '  - { name: c, category: UX, status: needs-more-work, jules: "7" }',
        ),
      ),
    );
    expect(backlog.sessions.map((s) => [s.name, s.copilot, s.jules])).toEqual([
      ['a', TASK, undefined],
      ['b', 'task_7', undefined],
      ['c', undefined, '7'],
    ]);
  });

  it("the playbook tool's JSON may name a Copilot task too, without a warning", () => {
    const result = load(JSON.stringify([{ name: 'a', copilot: TASK }]), 'sessions.json');
    expect(ok(result).sessions[0]!.copilot).toBe(TASK);
    expect(result.ok ? result.warnings : []).toEqual([]);
  });

  it('the same task on two entries is an error at the second that names both lines', () => {
    const result = load(
      yaml(
        'version: 1',
        'sessions:',
        `  - { name: a, category: UX, status: needs-more-work, copilot: ${TASK} }`,
        '  - { name: b, category: UX, status: needs-more-work }',
        '  - name: c',
        '    category: UX',
        '    status: archived',
        `    copilot: ${TASK}`,
      ),
    );
    expect(said(result)).toEqual([
      [`Copilot task "${TASK}" is named by two sessions, at lines 3 and 5`, 8],
    ]);
    expect(errors(result)[0]!.fix).toBe(
      'Link each Copilot task to one entry; delete or correct the other `copilot:`.',
    );
  });

  it('one id as a Jules session on one entry and a Copilot task on another is no conflict', () => {
    const backlog = ok(
      load(
        yaml(
          'version: 1',
          'sessions:',
          '  - { name: a, category: UX, status: needs-more-work, jules: "42" }',
          '  - { name: b, category: UX, status: needs-more-work, copilot: "42" }',
        ),
      ),
    );
    expect(backlog.sessions.map((s) => s.jules ?? s.copilot)).toEqual(['42', '42']);
  });

  it('both `jules:` and `copilot:` on one entry is an error at its `copilot:` that says pick one', () => {
    for (const [text, file, line] of [
      [
        yaml(
          'version: 1',
          'sessions:',
          '  - name: a',
          '    category: UX',
          '    status: needs-more-work',
          '    jules: "7"',
          `    copilot: ${TASK}`,
        ),
        'sessions.yaml',
        7,
      ],
      [`[\n  {"name": "a", "jules": "7",\n   "copilot": "${TASK}"}\n]`, 'sessions.json', 3],
    ] as const) {
      const [error, ...rest] = errors(load(text, file));
      expect(rest).toEqual([]);
      expect(error).toMatchObject({
        message:
          'session "a" names both a Jules session (`jules:`) and a Copilot task (`copilot:`): a session runs in one place',
        fix: 'Pick one: keep the key of the service the session runs in and delete the other.',
        location: { file, line },
      });
    }
  });

  it.each([
    ['"a b"', 'session "a": copilot "a b" is not a Copilot task id', 'last part of its URL'],
    ['"../tasks"', 'session "a": copilot "../tasks" is not a Copilot task id', 'letters, digits'],
    ['""', 'session "a": copilot "" is not a Copilot task id', 'up to 100 characters'],
    ['1234', 'session "a": copilot 1234 is a number; a Copilot task id is text', 'copilot: "1234"'],
  ])('copilot: %s is refused at its line, with what to write instead', (value, message, fix) => {
    const [error] = errors(
      load(
        yaml(
          'version: 1',
          'sessions:',
          '  - name: a',
          '    category: UX',
          '    status: needs-more-work',
          `    copilot: ${value}`,
        ),
      ),
    );
    expect(error!.message).toBe(message);
    expect(error!.fix).toContain(fix);
    expect(error!.location).toMatchObject({ line: 6, column: 14 });
  });
});

describe('agent: where dispatch starts a prompt', () => {
  const backlogWith = (...top: string[]) =>
    ok(
      load(
        yaml(
          'version: 1',
          ...top,
          'backlog:',
          '  UX:',
          '    active:',
          '      - { id: plain, title: Plain }',
          '      - { id: on-copilot, title: There, agent: copilot }',
          '    reserve:',
          '      - { id: on-jules, title: Here, agent: jules }',
        ),
      ),
    );
  const agents = (backlog: Backlog) =>
    backlog.prompts[0]!.active.concat(backlog.prompts[0]!.reserve).map((p) => [
      p.id,
      p.agent,
      agentOf(p, backlog),
    ]);

  it('a file that names no agent starts every prompt in Jules, unless the prompt says otherwise', () => {
    const backlog = backlogWith();
    expect(backlog.agent).toBe('jules');
    expect(backlog.locations.agent).toBeUndefined();
    expect(agents(backlog)).toEqual([
      ['plain', undefined, 'jules'],
      ['on-copilot', 'copilot', 'copilot'],
      ['on-jules', 'jules', 'jules'],
    ]);
  });

  it("`agent: copilot` at the top makes Copilot the default, and a prompt's own agent overrides it", () => {
    const backlog = backlogWith('agent: copilot');
    expect(backlog.agent).toBe('copilot');
    expect(backlog.locations.agent).toMatchObject({ line: 2 });
    expect(agents(backlog)).toEqual([
      ['plain', undefined, 'copilot'],
      ['on-copilot', 'copilot', 'copilot'],
      ['on-jules', 'jules', 'jules'],
    ]);
  });

  it("the playbook tool's JSON has no agent: its prompts, if any were, would start in Jules", () => {
    expect(ok(load('[{"name": "a"}]', 'sessions.json')).agent).toBe('jules');
  });

  it('a mistyped top-level agent is refused at its line, with a did-you-mean and the allowed values', () => {
    const [error, ...rest] = errors(load(yaml('version: 1', 'capacity: 5', 'agent: copilt')));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      message: 'the backlog: unknown agent "copilt"; did you mean "copilot"?',
      fix: 'Use one of jules, copilot: where dispatch starts prompts (jules when absent).',
      location: { line: 3, column: 8 },
    });
  });

  it("a prompt's bad agent names the prompt, its line and the allowed values", () => {
    const result = load(
      yaml(
        'version: 1',
        'backlog:',
        '  UX:',
        '    active:',
        '      - { id: p1, title: T, agent: Copilot }',
        '      - id: p2',
        '        title: T',
        '        agent: 3',
      ),
    );
    expect(said(result)).toEqual([
      ['prompt "p1": unknown agent "Copilot"; did you mean "copilot"?', 5],
      ['prompt "p2": unknown agent 3', 8],
    ]);
    expect(errors(result)[1]!.fix).toBe(
      "Use one of jules, copilot: where dispatch starts this prompt (the file's `agent` when absent).",
    );
  });

  it('an agent on a session entry is an unknown key there: the entry names its task instead', () => {
    const [error] = errors(
      load(
        yaml(
          'version: 1',
          'sessions:',
          '  - { name: a, category: UX, status: pr-ready, agent: copilot }',
        ),
      ),
    );
    expect(error!.message).toBe('session "a": unknown key "agent"');
  });

  it('`approve: manual` on a prompt that starts in Copilot is a warning at the prompt: there is no plan to approve', () => {
    const result = load(
      yaml(
        'version: 1',
        'agent: copilot',
        'backlog:',
        '  UX:',
        '    active:',
        '      - { id: waits, title: T, approve: manual }',
        '      - { id: in-jules, title: T, approve: manual, agent: jules }',
        '      - { id: auto, title: T }',
      ),
    );
    expect(result.ok ? result.warnings.map((w) => [w.message, w.location?.line]) : []).toEqual([
      [
        'prompt "waits" starts in Copilot, which has no plan to approve: `approve: manual` has no effect there',
        6,
      ],
    ]);
  });

  it('the agents the file may name are the session sources, in the same order', () => {
    expect([...AGENTS]).toEqual(SOURCE_IDS);
  });
});
