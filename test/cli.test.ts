import { describe, expect, it } from 'vitest';
import { USAGE } from '../src/command.js';
import type { Plan } from '../src/planner/types.js';
import { sweep, tempFile } from './helpers/cli.js';
import { startFakeGitHub } from './helpers/fake-github.js';

const example = 'examples/sessions.yaml';
const overCap = `version: 1
capacity: 2
sessions:
  - {name: a, category: UX, status: pr-ready}
  - {name: b, category: UX, status: pr-ready}
  - {name: c, category: UX, status: pr-ready}
`;

describe('session-sweeper plan', () => {
  it('prints the plan of the example backlog and exits 0', async () => {
    const { code, out, err } = await sweep([example]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(
      /^=== SESSION PLAN ===\nSessions observed: 14 \/ capacity 15 \(reserve 1\)\n/,
    );
    expect(out).toContain('Verdict: pass');
  });

  it('accepts the `plan` subcommand and the file in any position among the flags', async () => {
    const a = await sweep(['plan', example, '--capacity', '20']);
    const b = await sweep(['--capacity', '20', example]);
    expect(a.out).toBe(b.out);
    expect(a.out).toContain('Sessions observed: 14 / capacity 20 (reserve 1)');
  });

  it('--capacity and --reserve-slot override the file', async () => {
    const { out } = await sweep([example, '--capacity', '12', '--reserve-slot', '2']);
    expect(out).toContain('Free slots needed: 4');
    expect(out).toContain('Action: free at least 4 slot(s) by closing PR-ready work.');
  });

  it('--format json prints the versioned plan object', async () => {
    const { code, out } = await sweep([example, '--format', 'json']);
    const plan = JSON.parse(out) as Plan;
    expect(code).toBe(0);
    expect(plan.schemaVersion).toBe(1);
    expect(plan.counts.active).toBe(14);
    expect(plan.closeOrder).toHaveLength(14);
  });

  it('--format markdown prints the job summary', async () => {
    const { out } = await sweep([example, '--format', 'markdown']);
    expect(out).toMatch(/^## Session sweep: ✅ pass/);
    expect(out).toContain('| 1 | authz\\-policy\\-tests |');
  });

  it('exits 0 on a broken rail without --enforce, 1 with it', async () => {
    const file = await tempFile('sessions.yaml', overCap);
    expect((await sweep([file])).code).toBe(0);
    const enforced = await sweep([file, '--enforce']);
    expect(enforced.code).toBe(1);
    expect(enforced.out).toContain(
      'error [capacity-hard] 3 active sessions exceed the hard cap of 2 by 1.',
    );
  });

  it('exits 0 under --enforce when only warnings are raised', async () => {
    const { code, out } = await sweep([example, '--enforce', '--capacity', '14']);
    expect(out).toContain('Verdict: warn');
    expect(code).toBe(0);
  });

  it('bad input exits 2 with every problem at file:line:column and no plan', async () => {
    const file = await tempFile(
      'sessions.yaml',
      'version: 1\nsessions:\n  - {name: a, category: UX, status: done}\n  - {name: a, category: UX, status: pr-ready}\n',
    );
    const { code, out, err } = await sweep([file]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(`${file}:3:37: error: session "a": unknown status "done"`);
    expect(err).toContain(`${file}:4:5: error: duplicate session name "a" at lines 3 and 4`);
    expect(err).toContain(
      '  fix: Use one of pr-ready, pr-created, needs-more-work, blocked, archived',
    );
    expect(err).toContain(`${file}: 2 problems; no plan was made.`);
  });

  it('shows paths as given on the command line', async () => {
    const { err } = await sweep(['missing.yaml']);
    expect(err).toContain('error: backlog file missing.yaml was not found');
  });

  it('a --reserve-slot that reaches --capacity is a usage error', async () => {
    const { code, err } = await sweep([example, '--capacity', '3', '--reserve-slot', '3']);
    expect(code).toBe(2);
    expect(err).toContain('reserve (3) must be smaller than capacity (3)');
  });

  it.each([
    [['--capacity', 'ten', example], '--capacity takes a whole number of at least 1, got "ten"'],
    [['--capacity', '0', example], '--capacity takes a whole number of at least 1, got "0"'],
    [
      ['--format', 'html', example],
      '--format must be one of text, json, markdown, updates, got "html"',
    ],
    [[], 'name the backlog file to read'],
    [[example, example], 'one backlog file at a time'],
    [['--frobnicate', example], "Unknown option '--frobnicate'"],
  ])('usage error %j exits 2 with the usage', async (args, message) => {
    const { code, err } = await sweep(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('Usage:');
  });

  it('--help prints the usage and exits 0', async () => {
    expect(await sweep(['--help'])).toEqual({ code: 0, out: USAGE, err: '' });
  });
});

describe('session-sweeper validate', () => {
  it('says a good file is valid', async () => {
    const { code, out } = await sweep(['validate', example]);
    expect(code).toBe(0);
    expect(out).toBe(`${example}: valid (sessions-yaml, 16 sessions, 14 active)\n`);
  });

  it('accepts the playbook JSON', async () => {
    const { code, out } = await sweep(['validate', 'examples/sessions.json']);
    expect(code).toBe(0);
    expect(out).toContain('valid (playbook-json, 2 sessions, 2 active)');
  });

  it('exits 2 and lists the problems of a bad file', async () => {
    const file = await tempFile('s.yaml', 'version: 1\nreserve: 20\n');
    const { code, err } = await sweep(['validate', file]);
    expect(code).toBe(2);
    expect(err).toContain(':2:10: error: reserve (20) must be smaller than capacity (15)');
  });

  it("one pull request, one entry: in GITHUB_REPOSITORY, a bare number and the pull request's URL clash", async () => {
    const file = await tempFile(
      's.yaml',
      `version: 1
sessions:
  - { name: a, category: UX, status: pr-created, pr: 12 }
  - { name: b, category: UX, status: pr-created, pr: "https://github.com/acme/summit/pull/12" }
`,
    );
    const { code, err } = await sweep(['validate', file], process.cwd(), {
      GITHUB_REPOSITORY: 'acme/summit',
    });
    expect(code).toBe(2);
    expect(err).toContain(
      'pull request acme/summit#12 is named by two sessions, "a" and "b", at lines 3 and 4',
    );
  });
});

describe('untrusted text in the terminal', () => {
  it('control, bidi and zero-width characters in names are shown, not obeyed', async () => {
    const file = await tempFile(
      's.json',
      JSON.stringify([
        { name: 'evil\u001b[2J\u202egnp.exe\u200b', status: 'pr-ready', category: 'UX' },
      ]),
    );
    const { out } = await sweep([file]);
    expect(out).toContain('evil\\u{1b}[2J\\u{202e}gnp.exe\\u{200b} (pr-ready)');
    for (const raw of ['\u001b', '\u202e', '\u200b']) expect(out).not.toContain(raw);
  });
});

describe('session-sweeper --github', () => {
  const file = () =>
    tempFile(
      'sessions.yaml',
      'version: 1\nsessions:\n  - {name: a, category: UX, status: pr-ready, pr: 1}\n  - {name: b, category: UX, status: pr-created, pr: 2}\n',
    );

  it('adds live status: a merged pull request archives its session', async () => {
    const github = await startFakeGitHub([
      { owner: 'acme', repo: 'summit', number: 1 },
      { owner: 'acme', repo: 'summit', number: 2, state: 'MERGED' },
    ]);
    try {
      const env = { GITHUB_TOKEN: 'ghs_cli', GITHUB_API_URL: github.url };
      const { code, out } = await sweep(
        [await file(), '--github', '--repo', 'acme/summit'],
        process.cwd(),
        env,
      );
      expect(code).toBe(0);
      expect(out).toContain('Sessions observed: 1 / capacity 15 (reserve 1)');
      expect(out).toContain('Archive now (pull request merged): b');
      expect(out).toContain('Live status: 2 pull request(s) in 1 request(s), 0 retried');
      expect(github.requests[0]?.authorization).toBe('token ghs_cli');
    } finally {
      await github.close();
    }
  });

  it('needs GITHUB_TOKEN', async () => {
    const { code, err } = await sweep([await file(), '--github'], process.cwd(), {});
    expect(code).toBe(2);
    expect(err).toContain('--github reads the token from GITHUB_TOKEN, which is not set');
  });

  it('--repo takes owner/name and goes with --github', async () => {
    const bad = await sweep([await file(), '--github', '--repo', 'nope'], process.cwd(), {
      GITHUB_TOKEN: 'x',
    });
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.err).toContain('--repo takes owner/name, got "nope"');
    expect((await sweep([await file(), '--repo', 'a/b'])).err).toContain(
      '--repo goes with --github',
    );
  });

  it('without --github, sessions with pull requests make no request and say the sweep was offline', async () => {
    const { out } = await sweep([await file()]);
    expect(out).toContain('Live status: off (offline sweep)');
  });
});

describe('session-sweeper --copilot', () => {
  const token = 'github_pat_11AAcliCopilot';
  const file = () =>
    tempFile(
      'sessions.yaml',
      'version: 1\ncapacity: 5\nsessions:\n  - {name: a, category: UX, status: needs-more-work, next_action: go, copilot: t-1}\n',
    );
  const withTasks = async () => {
    const github = await startFakeGitHub();
    github.copilot.tasks.push(
      { id: 't-1', repo: 'acme/summit', state: 'in_progress' },
      { id: 't-2', repo: 'acme/summit', state: 'queued', name: 'Untracked work' },
      { id: 't-3', repo: 'acme/summit', state: 'completed' },
      { id: 't-9', repo: 'acme/other', state: 'in_progress' },
    );
    return github;
  };

  it("adds the repository's Copilot tasks: the text plan shows the Copilot line and counts them in the slots", async () => {
    const github = await withTasks();
    try {
      const { code, out, err } = await sweep(
        [await file(), '--copilot', '--repo', 'acme/summit'],
        process.cwd(),
        { COPILOT_TOKEN: token, GITHUB_API_URL: github.url },
      );
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toContain('Copilot: 3 task(s) of this repository, 2 holding a slot');
      expect(out).toContain('2 / 5 slots: Copilot 2; the file 1 active');
      expect(out).toContain('t-2');
      expect(github.copilot.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        'GET /agents/repos/acme/summit/tasks',
      ]);
      expect(github.copilot.requests[0]?.authorization).toMatch(new RegExp(`${token}$`));
      expect(github.copilot.violations).toEqual([]);
      expect(`${out}${err}`).not.toContain(token);
    } finally {
      await github.close();
    }
  });

  it('needs COPILOT_TOKEN: exit 2 with the variable to set, and nothing is sent', async () => {
    const { code, out, err } = await sweep(
      [await file(), '--copilot', '--repo', 'acme/summit'],
      process.cwd(),
      {},
    );
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('--copilot reads the token from COPILOT_TOKEN, which is not set.');
  });

  it('needs the repository: from --repo or GITHUB_REPOSITORY', async () => {
    const missing = await sweep([await file(), '--copilot'], process.cwd(), {
      COPILOT_TOKEN: token,
    });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('name it with --repo owner/name (or GITHUB_REPOSITORY)');
    const github = await withTasks();
    try {
      const fromEnv = await sweep([await file(), '--copilot'], process.cwd(), {
        COPILOT_TOKEN: token,
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'acme/summit',
      });
      expect(fromEnv.code).toBe(0);
      expect(fromEnv.out).toContain('Copilot: 3 task(s) of this repository');
    } finally {
      await github.close();
    }
  });

  it('--repo goes with --copilot alone', async () => {
    const github = await withTasks();
    try {
      const { code, err } = await sweep(
        [await file(), '--repo', 'acme/summit', '--copilot'],
        process.cwd(),
        { COPILOT_TOKEN: token, GITHUB_API_URL: github.url },
      );
      expect(err).not.toContain('--repo goes with');
      expect(code).toBe(0);
    } finally {
      await github.close();
    }
    expect((await sweep([await file(), '--repo', 'a/b'])).err).toContain(
      '--repo goes with --github, --jules or --copilot',
    );
  });

  it("a GITHUB_TOKEN-looking token is never sent: a warning says Copilot takes a user's token, and the plan goes on", async () => {
    const github = await withTasks();
    const installation = 'ghs_cliInstallationToken0123456789';
    try {
      const { code, out, err } = await sweep(
        [await file(), '--copilot', '--repo', 'acme/summit'],
        process.cwd(),
        { COPILOT_TOKEN: installation, GITHUB_API_URL: github.url },
      );
      expect(code).toBe(0);
      expect(github.copilot.requests).toEqual([]);
      expect(err).toContain(
        "warning: live tasks from Copilot are missing: The token is an installation token (it starts with ghs_, as GITHUB_TOKEN does). Copilot's agent tasks API accepts only a user's token",
      );
      expect(err).toContain('Put such a token in COPILOT_TOKEN.');
      expect(out).toContain('Copilot: missing (');
      expect(out).toContain('Sessions observed: 1 / capacity 5');
      expect(out).not.toContain('slots: Copilot');
      expect(`${out}${err}`).not.toContain(installation);
    } finally {
      await github.close();
    }
  });

  it('--help lists --copilot and COPILOT_TOKEN, and says --repo names the repository it lists', async () => {
    const { out } = await sweep(['--help']);
    expect(out).toMatch(/^ {2}--copilot {2,}\S/m);
    expect(out).toContain('COPILOT_TOKEN');
    expect(out).toContain('and --copilot lists its tasks');
  });
});

describe('session-sweeper diff', () => {
  const base = `version: 1
capacity: 3
categories: [Security, Graph]
sessions:
  - {name: a, category: Security, status: needs-more-work, next_action: go}
  - {name: b, category: Graph, status: needs-more-work, next_action: go}
`;

  it('prints introduced and existing findings; --enforce exits 1 when one is introduced', async () => {
    const baseFile = await tempFile('base.yaml', base);
    const headFile = await tempFile(
      'head.yaml',
      `${base}  - {name: c, category: Graph, status: needs-more-work, next_action: go}\n`,
    );
    const { code, out } = await sweep(['diff', baseFile, headFile, '--enforce']);
    expect(code).toBe(1);
    expect(out).toContain('error [new-session-at-capacity] (new) This change opens session "c"');
  });

  it('an unchanged backlog introduces nothing and exits 0 under --enforce', async () => {
    const file = await tempFile('base.yaml', base);
    const { code, out } = await sweep(['diff', file, file, '--enforce']);
    expect(code).toBe(0);
    expect(out).toContain('Verdict: pass');
  });

  it('takes exactly two files', async () => {
    const { code, err } = await sweep(['diff', example]);
    expect(code).toBe(2);
    expect(err).toContain('diff takes the base file and the head file');
  });
});

describe('session-sweeper --ledger', () => {
  it('carries movement between sweeps through the ledger file', async () => {
    const file = (steps: number) =>
      tempFile(
        'sessions.yaml',
        `version: 1\ncategories: [Security, Graph]\nsessions:\n  - {name: a, category: Security, status: needs-more-work, remaining_steps: ${steps}, next_action: go}\n  - {name: b, category: Graph, status: needs-more-work, next_action: go}\n`,
      );
    const ledger = `${await tempFile('ledger-dir-marker', '')}.ledger.json`;
    const outs: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const { code, out } = await sweep([
        await file(i),
        '--ledger',
        ledger,
        '--write-ledger',
        ledger,
      ]);
      expect(code).toBe(0);
      outs.push(out);
    }
    expect(outs[2]).toContain('[stalled]');
    expect(outs[2]).toContain(
      'Category "Graph" is cold: none of its active sessions moved in the last 2 sweeps.',
    );
    expect(outs[2]).toContain('this is sweep 3; the ledger holds 2');
  });

  it('a ledger that is not one is an input error', async () => {
    const bad = await tempFile('ledger.json', '[]');
    const { code, err } = await sweep([example, '--ledger', bad]);
    expect(code).toBe(2);
    expect(err).toContain('is not a version 1 ledger');
  });

  it('--fail-on chooses the failing rails', async () => {
    const { code } = await sweep([
      example,
      '--enforce',
      '--capacity',
      '14',
      '--fail-on',
      'capacity',
    ]);
    expect(code).toBe(1);
    const bad = await sweep([example, '--fail-on', 'capacty']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--fail-on names no rail "capacty" (did you mean "capacity"?)');
  });
});

describe('session-sweeper reports', () => {
  it('--format updates prints a SESSION UPDATE per session', async () => {
    const { out } = await sweep([example, '--format', 'updates']);
    expect(out.match(/^=== SESSION UPDATE: .+ ===$/gm)).toHaveLength(16);
    expect(out).toContain(
      '=== SESSION UPDATE: flaky-e2e-quarantine ===\n\nSTATUS:\nneeds more work\n',
    );
  });

  it('--out writes the same files as the artifact', async () => {
    const dir = `${await tempFile('marker', '')}-out`;
    const { code } = await sweep([example, '--out', dir]);
    expect(code).toBe(0);
    const { readdir, readFile } = await import('node:fs/promises');
    expect((await readdir(dir)).sort()).toEqual(['plan.json', 'plan.md', 'session-updates.md']);
    expect(JSON.parse(await readFile(`${dir}/plan.json`, 'utf8'))).toHaveProperty('metrics');
  });

  it('--cold-after-sweeps sets how many quiet sweeps make a category cold', async () => {
    const file = await tempFile(
      'sessions.yaml',
      'version: 1\ncategories: [Security]\nsessions:\n  - {name: a, category: Security, status: needs-more-work, next_action: go}\n',
    );
    const ledger = `${file}.ledger.json`;
    for (let i = 0; i < 2; i++)
      await sweep([file, '--ledger', ledger, '--write-ledger', ledger, '--cold-after-sweeps', '1']);
    const { out } = await sweep([file, '--ledger', ledger, '--cold-after-sweeps', '1']);
    expect(out).toContain(
      'Category "Security" is cold: none of its active sessions moved in the last 1 sweeps.',
    );
  });
});

describe('the command inside a GitHub Actions job', () => {
  it('fences its output so text from the backlog cannot run as a workflow command', async () => {
    const file = await tempFile(
      's.json',
      JSON.stringify([{ name: 'x', status: 'pr-ready', category: 'UX' }]),
    );
    const { out } = await sweep([file, '--format', 'updates'], process.cwd(), {
      GITHUB_ACTIONS: 'true',
    });
    const token = /^::stop-commands::(.+)$/m.exec(out)?.[1];
    expect(token).toBeTruthy();
    expect(out.trimEnd().endsWith(`::${token!}::`)).toBe(true);
    expect((await sweep([file, '--format', 'updates'])).out.startsWith('=== SESSION UPDATE')).toBe(
      true,
    );
  });
});

describe('what a user sees at the edges', () => {
  it('a bare YAML list is read as the playbook JSON, with a warning that says so', async () => {
    const file = await tempFile('sessions.yaml', '- {name: a, category: UX, status: pr-ready}\n');
    const { code, out, err } = await sweep(['validate', file]);
    expect(code).toBe(0);
    expect(out).toContain('valid (playbook-json, 1 session, 1 active)');
    expect(err).toContain(
      "is a bare list with no `version:`: it is read as the playbook tool's JSON array",
    );
  });

  it('a capacity fix names the first ten exits, not every session', async () => {
    const sessions = Array.from(
      { length: 40 },
      (_, i) => `  - {name: s${i}, category: UX, status: pr-ready}`,
    );
    const file = await tempFile(
      'sessions.yaml',
      `version: 1\ncapacity: 5\nsessions:\n${sessions.join('\n')}\n`,
    );
    const { out } = await sweep([file]);
    expect(out).toContain('and 26 more in the close order');
  });
});
