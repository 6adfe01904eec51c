// Dispatch: the sweep starts the next prompt in each free slot, within the rails, exactly once,
// and archives what is done. The action runs in-process against a fake Jules and a fake GitHub.
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runDispatch } from '../src/flows/dispatch.js';
import { listJulesSessions } from '../src/jules/client.js';
import { run } from '../src/main.js';
import { buildPlan } from '../src/planner/plan.js';
import { parseBacklogText } from '../src/backlog/load.js';
import type { Ledger } from '../src/planner/ledger.js';
import type { JulesSession, Plan } from '../src/planner/types.js';
import type { JulesInput } from '../src/planner/jules.js';
import { sessionsByPrompt, startedPromptsAsEntries } from '../src/planner/dispatch.js';
import { CLI_SURFACE } from '../src/surface.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { startFakeJules, type FakeJules } from './helpers/fake-jules.js';
import { sweep as cli, tempFile } from './helpers/cli.js';
import { eventFile, makeRunner, type Runner } from './helpers/runner.js';

const KEY = 'jk-dispatch-9a7e';
const REPO = { owner: 'acme', repo: 'summit' };

// Capacity 4, reserve 1, one session running: two open slots, prompts waiting in two categories.
const backlog = `version: 1
capacity: 4
reserve: 1
categories: [Security, Data Integrity, UX]
sessions:
  - {name: ux-polish, category: UX, status: needs-more-work, remaining_steps: 3, next_action: Finish the form}
backlog:
  Security:
    active:
      - {id: sec-rbac-audit, title: Audit RBAC on the export endpoints}
      - {id: sec-tokens, title: Rotate the signing tokens}
  Data Integrity:
    active:
      - id: data-backfill
        title: Backfill the missing ledger rows
        prompt: Backfill the ledger rows lost on 2026-11-20, with a migration test.
        branch: develop
        approve: manual
`;

/** One prompt, `Audit`, whose id another prompt may share but for its case. */
const audit = `version: 1
capacity: 9
reserve: 1
categories: [Security]
backlog:
  Security:
    active:
      - {id: Audit, title: Audit RBAC on the export endpoints}
`;

let jules: FakeJules;
let github: FakeGitHub;
let log = '';
const savedEnv = { ...process.env };

beforeAll(async () => {
  jules = await startFakeJules();
  github = await startFakeGitHub();
});
afterAll(async () => {
  await jules.close();
  await github.close();
});
beforeEach(() => {
  log = '';
  jules.sessions.splice(0, Infinity);
  jules.requests.length = 0;
  jules.sources = ['acme/summit'];
  jules.postFaults.length = 0;
  delete jules.archivedStatus;
  github.pulls.splice(0, Infinity);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    log += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

async function sweep(
  text: string,
  inputs: Record<string, string> = {},
  event: { name: string; payload?: object } = { name: 'schedule' },
  files?: Runner,
) {
  const runner = await makeRunner(
    { 'sessions.yaml': text, ...(files ? await filesOf(files) : {}) },
    {
      ledger: 'off',
      'github-token': 'ghs_fake',
      'jules-api-url': jules.url,
      'jules-api-key': KEY,
      dispatch: 'on',
      ...inputs,
    },
  );
  Object.assign(process.env, runner.env, {
    GITHUB_REPOSITORY: 'acme/summit',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REF_NAME: 'main',
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
    GITHUB_EVENT_PATH: await eventFile(event.payload ?? {}),
  });
  await run();
  const outputs = await runner.outputs();
  const plan = outputs['plan-json']
    ? (JSON.parse(await readFile(outputs['plan-json'], 'utf8')) as Plan)
    : undefined;
  return { outputs, plan, summary: await runner.summary(), runner };
}

/** The next nightly sweep, with the ledger the one before it left. */
const nextSweep = (text: string, before: { runner: Runner }) =>
  sweep(text, { ledger: 'ledger.json' }, { name: 'schedule' }, before.runner);

/** The ledger another sweep left in its workspace, to carry into the next one. */
async function filesOf(runner: Runner): Promise<Record<string, string>> {
  return { 'ledger.json': await readFile(`${runner.workspace}/ledger.json`, 'utf8') };
}

const posts = () => jules.requests.filter((r) => r.method === 'POST');
/**
 * Every session of Jules deleted: no list shows them or their markers any more. As many archived
 * sessions of another repository stand in their place, so the fake, as Jules, never hands an id
 * out twice.
 */
function deleteJulesSessions(): void {
  const count = jules.sessions.length;
  jules.sessions.splice(
    0,
    Infinity,
    ...Array.from({ length: count }, (_, i) => ({
      id: `gone-${i}`,
      title: `gone-${i}`,
      state: 'COMPLETED' as const,
      repo: 'acme/other',
      archived: true,
    })),
  );
}

/** The first line of a start's prompt: the marker and the prompt's title. */
const firstLine = (body: unknown) => (body as { prompt: string }).prompt.split('\n')[0];

describe('dispatch starts the next prompt in each free slot', () => {
  it('a nightly sweep with two open slots and waiting prompts in two categories starts exactly two sessions, from the categories the rotation names, with the bodies above; a second sweep against the same Jules starts none and counts both as tracked', async () => {
    const first = await sweep(backlog);
    const named = first.plan!.recommendations.filter((r) => r.kind === 'start-prompt');
    expect(named.map((r) => [r.category, r.prompt])).toEqual([
      ['Security', 'sec-rbac-audit'],
      ['Data Integrity', 'data-backfill'],
    ]);
    expect(posts().map((r) => r.body)).toEqual([
      {
        prompt: 'Audit RBAC on the export endpoints',
        title: '[sec-rbac-audit] Audit RBAC on the export endpoints',
        sourceContext: {
          source: 'sources/github/acme/summit',
          githubRepoContext: { startingBranch: 'main' },
        },
        automationMode: 'AUTO_CREATE_PR',
        requirePlanApproval: false,
      },
      {
        prompt: 'Backfill the ledger rows lost on 2026-11-20, with a migration test.',
        title: '[data-backfill] Backfill the missing ledger rows',
        sourceContext: {
          source: 'sources/github/acme/summit',
          githubRepoContext: { startingBranch: 'develop' },
        },
        automationMode: 'AUTO_CREATE_PR',
        requirePlanApproval: true,
      },
    ]);
    // A fresh list before each create: GET, POST, GET, POST.
    const order = jules.requests
      .filter((r) => r.method === 'POST' || !r.url.includes('archived'))
      .map((r) => r.method);
    expect(order).toEqual(['GET', 'GET', 'POST', 'GET', 'POST', 'GET']);
    expect(JSON.parse(first.outputs.started!)).toEqual(['s1000', 's1001']);
    expect(first.plan!.dispatch!.started.map((s) => s.prompt)).toEqual([
      'sec-rbac-audit',
      'data-backfill',
    ]);
    expect(first.summary).toContain('### Dispatched');
    expect(first.summary.indexOf('### Dispatched')).toBeLessThan(first.summary.indexOf('Close'));
    expect(log).toContain('=== DISPATCHED ===');
    // The key is never written anywhere.
    expect(first.summary).not.toContain(KEY);
    // Only the runner's mask command carries it, so the log shows *** in its place.
    expect(log.replace(`::add-mask::${KEY}`, '')).not.toContain(KEY);
    expect(await readFile(first.outputs['plan-json']!, 'utf8')).not.toContain(KEY);

    jules.requests.length = 0;
    const second = await sweep(backlog);
    expect(posts()).toEqual([]);
    expect(JSON.parse(second.outputs.started!)).toEqual([]);
    expect(second.plan!.jules.untracked).toEqual([]);
    const tracked = second.plan!.closeOrder.filter((s) => s.jules);
    expect(tracked.map((s) => [s.name, s.category, s.jules!.id])).toEqual(
      expect.arrayContaining([
        ['[sec-rbac-audit] Audit RBAC on the export endpoints', 'Security', 's1000'],
        ['[data-backfill] Backfill the missing ledger rows', 'Data Integrity', 's1001'],
      ]),
    );
    // No slot left after the reserve: nothing more is recommended to start.
    expect(second.plan!.slots.counted).toBe(3);
  });

  it('a prompt whose marker is on an archived session is never started again', async () => {
    jules.sessions.push({
      id: 'old1',
      title: '[sec-rbac-audit] Audit RBAC on the export endpoints',
      state: 'COMPLETED',
      repo: 'acme/summit',
      archived: true,
    });
    await sweep(backlog);
    const titles = posts().map((r) => (r.body as { title: string }).title);
    expect(titles).not.toContain('[sec-rbac-audit] Audit RBAC on the export endpoints');
    expect(titles).toEqual([
      '[sec-tokens] Rotate the signing tokens',
      '[data-backfill] Backfill the missing ledger rows',
    ]);
  });

  it('when the archived sessions cannot be listed, no prompt is started: one of them may carry its marker', async () => {
    jules.sessions.push({
      id: 'old1',
      title: '[sec-rbac-audit] Audit RBAC on the export endpoints',
      state: 'COMPLETED',
      repo: 'acme/summit',
      archived: true,
    });
    jules.archivedStatus = 400;
    const { plan, summary } = await sweep(backlog);
    expect(posts()).toEqual([]);
    expect(plan!.dispatch!.stopped).toMatch(
      /^the archived sessions could not be listed \(.+\), so a prompt started before cannot be told from a waiting one; no session was started$/,
    );
    expect(summary).toContain('**Stopped:**');
  });

  it('dispatch-max caps the starts of one sweep, and the rest are skipped with why', async () => {
    const { plan } = await sweep(backlog, { 'dispatch-max': '1' });
    expect(posts()).toHaveLength(1);
    expect(plan!.dispatch!.skipped).toEqual([
      {
        prompt: 'data-backfill',
        category: 'Data Integrity',
        reason: 'dispatch-max (1) reached',
      },
    ]);
  });

  it('stops at the first refusal from Jules, saying why', async () => {
    jules.sources = [];
    const { plan, summary } = await sweep(backlog);
    expect(posts()).toHaveLength(1);
    expect(plan!.dispatch!.started).toEqual([]);
    expect(plan!.dispatch!.stopped).toBe(
      'Jules refused to start sec-rbac-audit: Jules refused the request (400: Could not get source)',
    );
    expect(summary).toContain('**Stopped:**');
  });

  it('a 429 with Retry-After is waited out, and the session is created once', async () => {
    jules.postFaults.push({ status: 429, headers: { 'retry-after': '0' } });
    const { plan } = await sweep(backlog, { 'dispatch-max': '1' });
    expect(posts()).toHaveLength(2);
    expect(jules.sessions).toHaveLength(1);
    expect(plan!.dispatch!.started.map((s) => s.session)).toEqual(['s1000']);
  });

  it('a 503 without a session is not sent again: the list after it shows none, and dispatch stops', async () => {
    jules.postFaults.push({ status: 503 });
    const { plan } = await sweep(backlog);
    expect(posts()).toHaveLength(1);
    expect(jules.sessions).toHaveLength(0);
    expect(plan!.dispatch!.stopped).toMatch(
      /^Jules answered 503 while starting sec-rbac-audit, and the list after it shows no such session; it was not sent again/,
    );
  });
});

describe('within the rails, always', () => {
  it("never past the daily quota: with 99 of the pro plan's 100 tasks used today, one session is started", async () => {
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    for (let i = 0; i < 99; i++) {
      jules.sessions.push({ id: `t${i}`, state: 'COMPLETED', archived: true, createTime: hourAgo });
    }
    const { plan } = await sweep(backlog, { 'jules-plan': 'pro' });
    expect(posts()).toHaveLength(1);
    expect(plan!.dispatch!.started.map((s) => s.prompt)).toEqual(['sec-rbac-audit']);
  });

  it('counts the slots account-wide from a list taken right before each create: a session another repository started meanwhile takes the last slot', async () => {
    const loaded = await parseBacklogText(backlog, 'sessions.yaml', { repository: REPO });
    if (!loaded.ok) throw new Error('backlog');
    const options = { apiKey: KEY, apiUrl: jules.url, repository: REPO, surface: CLI_SURFACE };
    const read = await listJulesSessions({ ...options, archived: true });
    const plan = buildPlan(
      loaded.backlog,
      { now: new Date().toISOString() },
      {
        lookups: {},
        api: { enabled: false, requests: 0, retries: 0, pullRequests: 0 },
        jules: read,
      },
    );
    let lists = 0;
    const report = await runDispatch(
      { plan, backlog: loaded.backlog, file: loaded.backlog, jules: read, lookups: {} },
      {
        mode: 'on',
        archive: true,
        eventName: 'schedule',
        repository: REPO,
        defaultBranch: 'main',
        write: options,
        limits: { capacity: 4, reserve: 1, counted: plan.slots.counted },
        now: new Date().toISOString(),
        list: () => {
          // After the first start, someone starts a session in another repository.
          if (++lists === 2)
            jules.sessions.push({ id: 'elsewhere', state: 'QUEUED', repo: 'acme/web' });
          return listJulesSessions({ ...options, archived: true });
        },
      },
    );
    expect(posts()).toHaveLength(1);
    expect(report.skipped).toEqual([
      {
        prompt: 'data-backfill',
        category: 'Data Integrity',
        reason: 'no slot is free after the reserve: 3 of 4 taken account-wide, 1 kept in reserve',
      },
    ]);
  });
});

describe('the ledger records each call', () => {
  it('the started sessions are entries of the sweep that started them, so the next sweep never calls them opened at capacity', async () => {
    const first = await sweep(backlog, { ledger: 'ledger.json' });
    const ledger = JSON.parse(
      await readFile(`${first.runner.workspace}/ledger.json`, 'utf8'),
    ) as Ledger;
    const last = ledger.sweeps.at(-1)!;
    expect(last.dispatch).toEqual({
      started: [
        { prompt: 'sec-rbac-audit', category: 'Security', session: 's1000' },
        { prompt: 'data-backfill', category: 'Data Integrity', session: 's1001' },
      ],
      archived: [],
      approved: [],
    });
    expect(JSON.stringify(ledger)).not.toContain(KEY);
    expect(Object.keys(last.sessions).sort()).toEqual([
      '[data-backfill] Backfill the missing ledger rows',
      '[sec-rbac-audit] Audit RBAC on the export endpoints',
      'ux-polish',
    ]);
    const second = await nextSweep(backlog, first);
    expect(second.plan!.violations.map((v) => v.rail)).not.toContain('new-session-at-capacity');
    expect(second.plan!.cycle).toBe(2);
  });
});

describe('exactly once', () => {
  it('a prompt whose session was deleted in Jules is not started again while the ledger remembers it, and the plan says how to start it anew', async () => {
    const first = await sweep(backlog, { ledger: 'ledger.json' });
    expect(JSON.parse(first.outputs.started!)).toEqual(['s1000', 's1001']);
    deleteJulesSessions();
    const roomy = backlog.replace('capacity: 4', 'capacity: 9');
    const second = await nextSweep(roomy, first);
    const third = await nextSweep(roomy, second);
    const titles = posts().map((r) => (r.body as { title: string }).title);
    expect(titles).toEqual([
      '[sec-rbac-audit] Audit RBAC on the export endpoints',
      '[data-backfill] Backfill the missing ledger rows',
      '[sec-tokens] Rotate the signing tokens',
    ]);
    // Started work, so never offered: the plan says why, and how to start it anew.
    for (const run of [second, third]) {
      const offered = run.plan!.recommendations.flatMap((r) => (r.prompt ? [r.prompt] : []));
      expect(offered).not.toContain('sec-rbac-audit');
      expect(offered).not.toContain('data-backfill');
      expect(run.plan!.notes).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^Prompt sec-rbac-audit is not offered: the ledger records s1000 started for it on \d{4}-\d\d-\d\d, .*give the prompt a new id to start it again\.$/,
          ),
          expect.stringMatching(/^Prompt data-backfill is not offered: the ledger records s1001 /),
        ]),
      );
    }
  });

  it('a prompt the ledger remembers, its archived session since deleted, does not take the open slot from the next prompt of its category', async () => {
    const one = `version: 1
capacity: 3
reserve: 1
categories: [Security, UX]
sessions:
  - {name: ux-polish, category: UX, status: needs-more-work, remaining_steps: 3, next_action: Finish the form}
backlog:
  Security:
    active:
      - {id: sec-rbac-audit, title: Audit RBAC on the export endpoints}
      - {id: sec-tokens, title: Rotate the signing tokens}
`;
    const first = await sweep(one, { ledger: 'ledger.json' });
    expect(JSON.parse(first.outputs.started!)).toEqual(['s1000']);
    // Done and archived; meanwhile another repository's session takes the one open slot.
    Object.assign(jules.sessions[0]!, { state: 'COMPLETED', archived: true });
    jules.sessions.push({ id: 'x1', title: 'x1', state: 'IN_PROGRESS', repo: 'acme/other' });
    const second = await nextSweep(one, first);
    expect(JSON.parse(second.outputs.started!)).toEqual([]);
    // The archived session is deleted, and so is the other repository's: a slot opens.
    deleteJulesSessions();
    const third = await nextSweep(one, second);
    expect(
      third.plan!.recommendations.filter((r) => r.kind === 'start-prompt').map((r) => r.prompt),
    ).toEqual(['sec-tokens']);
    expect(posts().map((r) => (r.body as { title: string }).title)).toEqual([
      '[sec-rbac-audit] Audit RBAC on the export endpoints',
      '[sec-tokens] Rotate the signing tokens',
    ]);
  });

  it('a session renamed with a bracket of its own ("[WIP] ...") is still the prompt the ledger recorded for it: an entry, not untracked', async () => {
    const first = await sweep(backlog, { ledger: 'ledger.json' });
    expect(JSON.parse(first.outputs.started!)).toEqual(['s1000', 's1001']);
    for (const s of jules.sessions) s.title = `[WIP] ${s.title!.replace(/^\[[^\]]*\] /, '')}`;
    const second = await nextSweep(backlog, first);
    const plan = second.plan!;
    expect(plan.jules.untracked).toEqual([]);
    expect(JSON.stringify(plan.closeOrder)).toContain('s1000');
    expect(JSON.stringify(plan.closeOrder)).toContain('s1001');
    // Entries, so never offered or started again, and no note calls their sessions gone.
    const offered = plan.recommendations.flatMap((r) => (r.prompt ? [r.prompt] : []));
    expect(offered).not.toContain('sec-rbac-audit');
    expect(offered).not.toContain('data-backfill');
    expect(plan.notes.filter((n) => n.includes('is not offered'))).toEqual([]);
    expect(posts()).toHaveLength(2);
  });

  it('a ledger that cannot be read this sweep starts no prompt: the sessions it records, renamed, would be started again', async () => {
    const roomy = backlog.replace('capacity: 4', 'capacity: 9');
    const first = await sweep(roomy, { ledger: 'ledger.json' });
    expect(JSON.parse(first.outputs.started!)).toEqual(['s1000', 's1001', 's1002']);
    for (const s of jules.sessions) s.title = 'Summarised by the agent';
    // The same ledger, unreadable this time (EISDIR here; an outage of the artifact API in a job).
    const second = await sweep(roomy, { ledger: '.' }, { name: 'schedule' }, first.runner);
    expect(second.plan!.notes.join('\n')).toContain('The ledger could not be read');
    expect(posts()).toHaveLength(3);
    expect(JSON.parse(second.outputs.started!)).toEqual([]);
    expect(second.plan!.dispatch!.stopped).toMatch(
      /^the ledger could not be read \(.+\), so a prompt an earlier sweep started, its session since renamed or deleted, cannot be told from a waiting one; no session was started$/,
    );
  });

  it('a prompt whose id is retyped in another case, its session renamed, is the prompt the ledger recorded: never started again', async () => {
    const roomy = backlog.replace('capacity: 4', 'capacity: 9');
    const first = await sweep(roomy, { ledger: 'ledger.json' });
    expect(JSON.parse(first.outputs.started!)).toEqual(['s1000', 's1001', 's1002']);
    for (const s of jules.sessions) s.title = 'Summarised by the agent';
    // As a marker retyped in another case still counts, so does the id.
    const retyped = roomy.replace('id: sec-rbac-audit', 'id: SEC-RBAC-AUDIT');
    const second = await nextSweep(retyped, first);
    const third = await nextSweep(retyped, second);
    expect(posts()).toHaveLength(3);
    for (const run of [second, third]) expect(run.plan!.jules.untracked).toEqual([]);
  });

  it('ids that differ only in case stay two prompts in the ledger: the start of one never holds the other', async () => {
    const first = await sweep(audit, { ledger: 'ledger.json' });
    expect(JSON.parse(first.outputs.started!)).toEqual(['s1000']);
    deleteJulesSessions();
    const both = audit.replace(
      '      - {id: Audit,',
      '      - {id: audit, title: Audit the audit log}\n      - {id: Audit,',
    );
    // The session's close enqueues the next prompt; the sweep after it starts it.
    const second = await nextSweep(both, first);
    await nextSweep(both, second);
    expect(posts().map((r) => (r.body as { title: string }).title)).toEqual([
      '[Audit] Audit RBAC on the export endpoints',
      '[audit] Audit the audit log',
    ]);
  });

  it('ids that differ only in case stay two prompts in the ledger while the started one runs: the other is offered and started', async () => {
    const first = await sweep(audit, { ledger: 'ledger.json' });
    expect(JSON.parse(first.outputs.started!)).toEqual(['s1000']);
    const both = `${audit}      - {id: audit, title: Audit the audit log}\n`;
    const second = await nextSweep(both, first);
    expect(second.plan!.notes.filter((n) => n.includes('is not offered'))).toEqual([]);
    expect(posts().map((r) => (r.body as { title: string }).title)).toEqual([
      '[Audit] Audit RBAC on the export endpoints',
      '[audit] Audit the audit log',
    ]);
  });

  it('a create that hangs after Jules made the session is not repeated', async () => {
    jules.postFaults.push({ hangAfterCreateMs: 1_500 });
    const loaded = await parseBacklogText(backlog, 'sessions.yaml', { repository: REPO });
    if (!loaded.ok) throw new Error('backlog');
    const options = { apiKey: KEY, apiUrl: jules.url, repository: REPO, surface: CLI_SURFACE };
    const list = () => listJulesSessions({ ...options, archived: true });
    const read = await list();
    const plan = buildPlan(
      loaded.backlog,
      { now: new Date().toISOString() },
      {
        lookups: {},
        api: { enabled: false, requests: 0, retries: 0, pullRequests: 0 },
        jules: read,
      },
    );
    const report = await runDispatch(
      { plan, backlog: loaded.backlog, file: loaded.backlog, jules: read, lookups: {} },
      {
        mode: 'on',
        archive: true,
        eventName: 'schedule',
        repository: REPO,
        defaultBranch: 'main',
        write: { ...options, timing: { timeoutMs: 300 } },
        limits: { capacity: 4, reserve: 1, counted: plan.slots.counted },
        now: new Date().toISOString(),
        list,
      },
    );
    const creates = posts().filter((r) => r.url === '/v1alpha/sessions');
    expect(creates.map((r) => (r.body as { title: string }).title)).toEqual([
      '[sec-rbac-audit] Audit RBAC on the export endpoints',
      '[data-backfill] Backfill the missing ledger rows',
    ]);
    expect(jules.sessions.map((s) => s.title)).toEqual([
      '[sec-rbac-audit] Audit RBAC on the export endpoints',
      '[data-backfill] Backfill the missing ledger rows',
    ]);
    expect(report.started.map((s) => [s.prompt, s.session])).toEqual([
      ['sec-rbac-audit', 's1000'],
      ['data-backfill', 's1001'],
    ]);
    // After the timeout, a list came before anything else.
    const first = jules.requests.findIndex((r) => r.method === 'POST');
    expect(jules.requests[first + 1]!.method).toBe('GET');
  });
});

describe('exactly once, through the action', () => {
  it('a create that gets a 502 after Jules made the session is not repeated, and the next prompt still starts', async () => {
    jules.postFaults.push({ statusAfterCreate: 502 });
    const { plan } = await sweep(backlog);
    const titles = posts().map((r) => (r.body as { title: string }).title);
    expect(titles).toEqual([
      '[sec-rbac-audit] Audit RBAC on the export endpoints',
      '[data-backfill] Backfill the missing ledger rows',
    ]);
    expect(jules.sessions).toHaveLength(2);
    expect(plan!.dispatch!.started.map((s) => [s.prompt, s.session])).toEqual([
      ['sec-rbac-audit', 's1000'],
      ['data-backfill', 's1001'],
    ]);
    expect(log).toContain(
      'Jules answered 502 while starting sec-rbac-audit; the list shows session s1000, so it was not created again.',
    );
  });
});

describe('a create answered without a session', () => {
  it('a 200 that names no session is read from the list, never reported as a session without an id', async () => {
    jules.postFaults.push({ bodyAfterCreate: '' });
    const { plan, outputs } = await sweep(backlog, { 'dispatch-max': '1' });
    expect(posts()).toHaveLength(1);
    expect(JSON.parse(outputs.started!)).toEqual(['s1000']);
    expect(plan!.dispatch!.started.map((s) => s.url)).toEqual([
      'https://jules.google.com/session/s1000',
    ]);
  });
});

describe('archive what is done', () => {
  it('a COMPLETED session whose PR is merged is archived; one whose PR is open is not', async () => {
    jules.sessions.push(
      {
        id: 'done1',
        title: 'Merged work',
        state: 'COMPLETED',
        repo: 'acme/summit',
        pullRequests: ['https://github.com/acme/summit/pull/7'],
      },
      {
        id: 'done2',
        title: 'Open work',
        state: 'COMPLETED',
        repo: 'acme/summit',
        pullRequests: ['https://github.com/acme/summit/pull/8'],
      },
    );
    github.pulls.push(
      { owner: 'acme', repo: 'summit', number: 7, state: 'MERGED' },
      { owner: 'acme', repo: 'summit', number: 8, state: 'OPEN' },
    );
    const text = `${backlog}  UX: {}\n`.replace(
      'sessions:\n',
      'sessions:\n  - {name: merged, category: UX, status: pr-created, remaining_steps: 0, jules: done1}\n  - {name: open, category: UX, status: pr-created, remaining_steps: 0, jules: done2}\n',
    );
    const { outputs, plan, summary } = await sweep(text, { 'dispatch-max': '1' });
    const archives = posts().filter((r) => r.url.endsWith(':archive'));
    expect(archives.map((r) => [r.url, r.body])).toEqual([['/v1alpha/sessions/done1:archive', {}]]);
    expect(JSON.parse(outputs.archived!)).toEqual(['done1']);
    expect(jules.sessions.find((s) => s.id === 'done2')!.archived).toBeUndefined();
    expect(plan!.dispatch!.archived).toEqual([
      {
        session: 'done1',
        url: 'https://jules.google.com/session/done1',
        pullRequest: 'https://github.com/acme/summit/pull/7',
      },
    ]);
    expect(summary).toContain('**Archived:**');
  });

  it('a COMPLETED session is archived for its own merged pull request only, never for another one its entry names', async () => {
    jules.sessions.push({
      id: 'done1',
      title: 'Open work',
      state: 'COMPLETED',
      repo: 'acme/summit',
      pullRequests: ['https://github.com/acme/summit/pull/7'],
    });
    github.pulls.push(
      { owner: 'acme', repo: 'summit', number: 7, state: 'OPEN' },
      { owner: 'acme', repo: 'summit', number: 9, state: 'MERGED' },
    );
    const text = `${backlog}  UX: {}\n`.replace(
      'sessions:\n',
      'sessions:\n  - {name: merged, category: UX, status: pr-created, remaining_steps: 0, jules: done1, pr: 9}\n',
    );
    const { outputs } = await sweep(text, { 'dispatch-max': '1' });
    expect(posts().filter((r) => r.url.endsWith(':archive'))).toEqual([]);
    expect(JSON.parse(outputs.archived!)).toEqual([]);
  });

  it('in dry-run the archive is a call printed, never an archived session in the outputs', async () => {
    jules.sessions.push({
      id: 'done1',
      state: 'COMPLETED',
      repo: 'acme/summit',
      pullRequests: ['https://github.com/acme/summit/pull/7'],
    });
    github.pulls.push({ owner: 'acme', repo: 'summit', number: 7, state: 'MERGED' });
    const text = backlog.replace(
      'sessions:\n',
      'sessions:\n  - {name: merged, category: UX, status: pr-created, remaining_steps: 0, jules: done1}\n',
    );
    const { outputs, plan } = await sweep(text, { dispatch: 'dry-run' });
    expect(posts()).toEqual([]);
    expect(plan!.dispatch!.calls.map((c) => c.path)).toContain('sessions/done1:archive');
    expect(JSON.parse(outputs.archived!)).toEqual([]);
    expect(plan!.dispatch!.archived).toEqual([]);
  });

  it('with dispatch-archive off, nothing is archived', async () => {
    jules.sessions.push({
      id: 'done1',
      state: 'COMPLETED',
      repo: 'acme/summit',
      pullRequests: ['https://github.com/acme/summit/pull/7'],
    });
    github.pulls.push({ owner: 'acme', repo: 'summit', number: 7, state: 'MERGED' });
    const text = backlog.replace(
      'sessions:\n',
      'sessions:\n  - {name: merged, category: UX, status: pr-created, remaining_steps: 0, jules: done1}\n',
    );
    await sweep(text, { 'dispatch-archive': 'off', 'dispatch-max': '1' });
    expect(posts().filter((r) => r.url.endsWith(':archive'))).toEqual([]);
  });
});

describe('plans waiting for approval', () => {
  it('a session we started with approve: auto is approved; any other waiting session is a "needs you" item at the top', async () => {
    jules.sessions.push(
      {
        id: 'w1',
        title: '[sec-rbac-audit] Audit RBAC on the export endpoints',
        state: 'AWAITING_PLAN_APPROVAL',
        repo: 'acme/summit',
      },
      {
        id: 'w2',
        title: '[data-backfill] Backfill the missing ledger rows',
        state: 'AWAITING_PLAN_APPROVAL',
        repo: 'acme/summit',
      },
    );
    const { plan, summary } = await sweep(backlog, { 'dispatch-max': '1' });
    const approvals = posts().filter((r) => r.url.endsWith(':approvePlan'));
    expect(approvals.map((r) => r.url)).toEqual(['/v1alpha/sessions/w1:approvePlan']);
    expect(plan!.dispatch!.needsYou.map((n) => n.session)).toEqual(['w2']);
    expect(summary.indexOf('Needs you')).toBeLessThan(summary.indexOf('### Dispatched'));
    expect(summary).toContain('href="https://jules.google.com/session/w2"');
  });
});

describe('safe by construction', () => {
  it('a pull_request run with dispatch on sends nothing to Jules and says why', async () => {
    const payload = {
      pull_request: {
        number: 3,
        base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/summit' } },
        head: { sha: 'c'.repeat(40), repo: { full_name: 'acme/summit' } },
      },
    };
    github.files.set(`acme/summit/sessions.yaml@${'b'.repeat(40)}`, backlog);
    const { summary, outputs } = await sweep(
      backlog.replace('Finish the form', 'Finish the form today'),
      {},
      { name: 'pull_request', payload },
    );
    expect(posts()).toEqual([]);
    const why =
      'dispatch runs only on schedule and workflow_dispatch events; this run is a pull_request event, so nothing was sent to Jules';
    expect(log).toContain(`::warning::Dispatch sent nothing: ${why}.`);
    expect(summary).toContain('### Dispatched');
    expect(JSON.parse(outputs.started!)).toEqual([]);
  });

  it('with dispatch off (the default), a sweep with open slots, merged work and a waiting plan sends nothing', async () => {
    jules.sessions.push(
      {
        id: 'done1',
        state: 'COMPLETED',
        repo: 'acme/summit',
        pullRequests: ['https://github.com/acme/summit/pull/7'],
      },
      {
        id: 'w1',
        title: '[sec-rbac-audit] Audit RBAC on the export endpoints',
        state: 'AWAITING_PLAN_APPROVAL',
        repo: 'acme/summit',
      },
    );
    github.pulls.push({ owner: 'acme', repo: 'summit', number: 7, state: 'MERGED' });
    const text = backlog.replace(
      'sessions:\n',
      'sessions:\n  - {name: merged, category: UX, status: pr-created, remaining_steps: 0, jules: done1}\n',
    );
    const { outputs, summary, plan } = await sweep(text, { dispatch: 'off' });
    expect(posts()).toEqual([]);
    expect(JSON.parse(outputs.started!)).toEqual([]);
    expect(JSON.parse(outputs.archived!)).toEqual([]);
    expect(plan!.dispatch).toBeUndefined();
    expect(summary).not.toContain('### Dispatched');
  });

  it('a pull_request_target run with dispatch on sends nothing to Jules', async () => {
    await sweep(backlog, {}, { name: 'pull_request_target' });
    expect(posts()).toEqual([]);
    expect(log).toContain('this run is a pull_request_target event, so nothing was sent to Jules');
  });

  it('a merge_group run with dispatch on sends nothing to Jules', async () => {
    await sweep(backlog, {}, { name: 'merge_group' });
    expect(posts()).toEqual([]);
    expect(log).toContain('this run is a merge_group event, so nothing was sent to Jules');
  });

  it('dry-run prints the calls and sends none', async () => {
    const { plan, summary, outputs } = await sweep(backlog, { dispatch: 'dry-run' });
    expect(posts()).toEqual([]);
    expect(jules.sessions).toEqual([]);
    expect(JSON.parse(outputs.started!)).toEqual([]);
    expect(plan!.dispatch!.calls.map((c) => c.path)).toEqual(['sessions', 'sessions']);
    expect(log).toContain('=== DISPATCHED (dry-run: nothing was sent) ===');
    expect(log).toContain(
      'POST sessions {"prompt":"Audit RBAC on the export endpoints","title":"[sec-rbac-audit] Audit RBAC on the export endpoints","sourceContext":{"source":"sources/github/acme/summit","githubRepoContext":{"startingBranch":"main"}},"automationMode":"AUTO_CREATE_PR","requirePlanApproval":false}',
    );
    expect(summary).toContain('The calls `dispatch: on` would send:');
    expect(log.replace(`::add-mask::${KEY}`, '')).not.toContain(KEY);
  });
});

describe('session-sweeper dispatch', () => {
  const env = () => ({ JULES_API_KEY: KEY, JULES_API_URL: jules.url });

  it('--dry-run prints the calls and sends none', async () => {
    const file = await tempFile('sessions.yaml', backlog);
    const run = await cli(
      ['dispatch', file, '--dry-run', '--repo', 'acme/summit'],
      undefined,
      env(),
    );
    expect(run.code).toBe(0);
    expect(posts()).toEqual([]);
    expect(run.out).toContain('=== DISPATCHED (dry-run: nothing was sent) ===');
    expect(run.out).toContain(
      'POST sessions {"prompt":"Audit RBAC on the export endpoints","title":"[sec-rbac-audit] Audit RBAC on the export endpoints"',
    );
    expect(run.out + run.err).not.toContain(KEY);
  });

  it('starts one session a run under --dispatch-max 1, and the next run starts the next prompt, never the same one again', async () => {
    const file = await tempFile('sessions.yaml', backlog);
    const args = ['dispatch', file, '--repo', 'acme/summit', '--dispatch-max', '1'];
    const first = await cli(args, undefined, env());
    expect(first.code).toBe(0);
    expect(first.out).toContain('Started: sec-rbac-audit -> s1000');
    jules.requests.length = 0;
    const again = await cli(args, undefined, env());
    expect(again.out).toContain('Started: data-backfill -> s1001');
    expect(posts()).toHaveLength(1);
  });

  it('ids that differ only in case stay two prompts while the started one runs: the other is started', async () => {
    const args = (file: string) => ['dispatch', file, '--repo', 'acme/summit'];
    const first = await cli(args(await tempFile('sessions.yaml', audit)), undefined, env());
    expect(first.out).toContain('Started: Audit -> s1000');
    const both = `${audit}      - {id: audit, title: Audit the audit log}\n`;
    const again = await cli(args(await tempFile('sessions.yaml', both)), undefined, env());
    expect(again.out).toContain('Started: audit -> s1001');
    expect(posts().map((r) => (r.body as { title: string }).title)).toEqual([
      '[Audit] Audit RBAC on the export endpoints',
      '[audit] Audit the audit log',
    ]);
  });

  it('without JULES_API_KEY it is a usage error that names the variable', async () => {
    const file = await tempFile('sessions.yaml', backlog);
    const run = await cli(['dispatch', file, '--repo', 'acme/summit'], undefined, {});
    expect(run).toMatchObject({
      code: 2,
      err: 'session-sweeper dispatch: dispatch reads the key from JULES_API_KEY, which is not set (or give --copilot, with COPILOT_TOKEN, to start prompts in Copilot alone).\n',
    });
  });

  it('--copilot starts copilot prompts in Copilot with COPILOT_TOKEN, and without the variable says so', async () => {
    github.copilot.tasks.splice(0, Infinity);
    github.copilot.requests.length = 0;
    const file = await tempFile(
      'sessions.yaml',
      backlog.replace('categories: [', 'agent: copilot\ncategories: ['),
    );
    const args = ['dispatch', file, '--repo', 'acme/summit', '--copilot', '--dispatch-max', '1'];
    const copilotEnv = {
      COPILOT_TOKEN: 'github_pat_cli_7f2',
      GITHUB_API_URL: github.url,
      GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
    };
    const missing = await cli(args, undefined, { GITHUB_API_URL: github.url });
    expect(missing).toMatchObject({
      code: 2,
      err: 'session-sweeper dispatch: --copilot reads the token from COPILOT_TOKEN, which is not set.\n',
    });
    const first = await cli(args, undefined, copilotEnv);
    expect(first.code).toBe(0);
    const task = github.copilot.tasks[0]!;
    expect(first.out).toContain(`Started: sec-rbac-audit -> ${task.id}`);
    expect(posts()).toEqual([]);
    const again = await cli(args, undefined, copilotEnv);
    expect(again.out).toContain('Started: data-backfill -> ');
    expect(github.copilot.tasks).toHaveLength(2);
    expect(github.copilot.violations).toEqual([]);
    expect(first.out + first.err + again.out + again.err).not.toContain('github_pat_cli_7f2');
  });
});

describe('exactly once: the marker is read as Jules shows it', () => {
  const now = new Date().toISOString();
  const ids = `version: 1
capacity: 5
reserve: 1
categories: [Security, Docs, UX]
backlog:
  Security:
    active:
      - {id: "a]b", title: Harden the export}
      - {id: sec-rbac-audit, title: Audit RBAC on the export endpoints}
  Docs:
    active:
      - {id: a, title: Write the guide}
      - {id: a-b, title: Write the FAQ}
  UX:
    active:
      - {id: ux-wip, title: "[WIP] Polish the form"}
`;
  const session = (s: Partial<JulesSession> & { id: string; title: string }): JulesSession => ({
    name: `sessions/${s.id}`,
    prompt: '',
    state: 'COMPLETED',
    url: `https://jules.google.com/session/${s.id}`,
    createTime: now,
    updateTime: null,
    source: 'sources/github/acme/summit',
    archived: true,
    pullRequests: [],
    ...s,
  });
  async function dryRun(text: string, sessions: JulesSession[]) {
    const loaded = await parseBacklogText(text, 'sessions.yaml', { repository: REPO });
    if (!loaded.ok) throw new Error('backlog');
    const read: JulesInput = { enabled: true, repository: REPO, sessions, requests: 1, retries: 0 };
    const plan = buildPlan(
      loaded.backlog,
      { now },
      {
        lookups: {},
        api: { enabled: false, requests: 0, retries: 0, pullRequests: 0 },
        jules: read,
      },
    );
    const report = await runDispatch(
      {
        plan,
        backlog: startedPromptsAsEntries(loaded.backlog, { jules: read }),
        file: loaded.backlog,
        jules: read,
        lookups: {},
      },
      {
        mode: 'dry-run',
        archive: true,
        eventName: 'schedule',
        repository: REPO,
        defaultBranch: 'main',
        write: { apiKey: KEY, apiUrl: jules.url, surface: CLI_SURFACE },
        limits: { capacity: 9, reserve: 0, counted: 0 },
        now,
        list: () => Promise.reject(new Error('dry-run lists nothing')),
      },
    );
    const titles = report.calls.flatMap((c) => ('title' in c.body ? [c.body.title] : []));
    return { plan, report, titles };
  }

  it("a session the ledger recorded for a prompt is that prompt's once renamed, but never when its title carries a marker", () => {
    const recorded = new Map([
      ['a', { session: 'x1', time: now }],
      ['a-b', { session: 'x2', time: now }],
      ['ux-wip', { session: 'x9', time: now }],
    ]);
    const byPrompt = sessionsByPrompt(
      [
        session({ id: 'x1', title: 'Summarised by the agent' }),
        session({ id: 'x2', title: '[ux-wip] Polish the form' }),
      ],
      ['a', 'a-b', 'ux-wip'],
      REPO,
      recorded,
    );
    expect([...byPrompt].map(([prompt, j]) => [prompt, j.id])).toEqual([
      ['a', 'x1'],
      ['ux-wip', 'x2'],
    ]);
    // Read again without the prompt it carries (an entry by now, known to the ledger), it is
    // still not a-b's.
    expect(
      sessionsByPrompt([session({ id: 'x2', title: '[ux-wip] Polish' })], ['a-b'], REPO, recorded)
        .size,
    ).toBe(0);
    // A bracket of the agent's own is no marker: renamed so, it is still a-b's.
    expect(
      [
        ...sessionsByPrompt(
          [session({ id: 'x2', title: '[WIP] Polish' })],
          ['a-b'],
          REPO,
          recorded,
        ),
      ].map(([prompt, j]) => [prompt, j.id]),
    ).toEqual([['a-b', 'x2']]);
  });

  it('a prompt id with a closing bracket in it is never started twice', async () => {
    const { titles } = await dryRun(ids, [session({ id: 'x1', title: '[a]b] Harden the export' })]);
    expect(titles).not.toContain('[a]b] Harden the export');
    // The session is a]b's, not a's: the guide still starts.
    expect(titles).toContain('[a] Write the guide');
  });

  it('[a] and [a-b] are two prompts: the session of one never stands for the other', async () => {
    const { titles } = await dryRun(ids, [session({ id: 'x1', title: '[a-b] Write the FAQ' })]);
    expect(titles).toContain('[a] Write the guide');
    expect(titles).not.toContain('[a-b] Write the FAQ');
  });

  it('a marker retyped in another case, with spaces or in full-width brackets still counts as started', async () => {
    for (const title of [
      '[SEC-RBAC-AUDIT] Audit RBAC by hand',
      '  [sec-rbac-audit]   Audit RBAC',
      '[ sec-rbac-audit ] Audit RBAC',
      '［sec-rbac-audit］ Audit RBAC',
    ]) {
      const { titles } = await dryRun(ids, [session({ id: 'x1', title })]);
      expect(titles, title).not.toContain('[sec-rbac-audit] Audit RBAC on the export endpoints');
    }
  });

  it('ids that differ only in case are two prompts: the session of one never stands for the other', async () => {
    const text = ids.replace('{id: a-b, title: Write the FAQ}', '{id: A, title: Write the FAQ}');
    const { titles } = await dryRun(text, [session({ id: 'x1', title: '[A] Write the FAQ' })]);
    expect(titles).toContain('[a] Write the guide');
    expect(titles).not.toContain('[A] Write the FAQ');
  });

  it('a prompt title that already starts with a bracket keeps its marker first, and is known next time', async () => {
    const first = await dryRun(ids, []);
    expect(first.titles).toContain('[ux-wip] [WIP] Polish the form');
    const again = await dryRun(ids, [
      session({ id: 'x1', title: '[ux-wip] [WIP] Polish the form' }),
    ]);
    expect(again.titles).not.toContain('[ux-wip] [WIP] Polish the form');
    expect(again.report.skipped.map((s) => s.prompt)).not.toContain('WIP');
  });

  it("a session of another repository with the same marker is not this repository's start", async () => {
    const elsewhere = session({
      id: 'web1',
      title: '[sec-rbac-audit] Audit RBAC on the export endpoints',
      source: 'sources/github/acme/web',
    });
    const { titles, plan } = await dryRun(ids, [elsewhere]);
    expect(titles).toContain('[sec-rbac-audit] Audit RBAC on the export endpoints');
    expect(plan.closeOrder.map((s) => s.jules?.id)).not.toContain('web1');
    // This repository under the older source spelling is still this repository.
    const older = { ...elsewhere, source: 'sources/github-acme-summit' };
    const again = await dryRun(ids, [older]);
    expect(again.titles).not.toContain('[sec-rbac-audit] Audit RBAC on the export endpoints');
  });

  it('approve: auto approves only the session dispatch started, never one a person titled with the marker', async () => {
    const byHand = session({
      id: 'h1',
      title: '[sec-rbac-audit] My own look at RBAC',
      state: 'AWAITING_PLAN_APPROVAL',
      archived: false,
    });
    const { report } = await dryRun(ids, [byHand]);
    expect(report.calls.filter((c) => c.path.endsWith(':approvePlan'))).toEqual([]);
    expect(report.needsYou.map((n) => n.session)).toEqual(['h1']);
    const ours = session({
      id: 'd1',
      title: '[sec-rbac-audit] Audit RBAC on the export endpoints',
      state: 'AWAITING_PLAN_APPROVAL',
      archived: false,
    });
    const again = await dryRun(ids, [ours]);
    expect(again.report.calls.map((c) => c.path)).toContain('sessions/d1:approvePlan');
  });
});

describe('dispatch to Copilot', () => {
  const TOKEN = 'github_pat_copilot_dispatch_5c1';
  // One agent for the file, another for one prompt: where each prompt starts is its own.
  const twoAgents = backlog
    .replace('categories: [', 'agent: copilot\ncategories: [')
    .replace('        approve: manual\n', '        agent: jules\n');
  const taskPosts = () =>
    github.copilot.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/tasks'));

  beforeEach(() => {
    github.copilot.tasks.splice(0, Infinity);
    github.copilot.requests.length = 0;
    github.copilot.violations.length = 0;
    github.copilot.postFaults.length = 0;
  });
  afterEach(() => {
    expect(github.copilot.violations).toEqual([]);
  });

  it('agent: copilot starts one task per free slot with the marker, the prompt and the branch; a re-run starts none', async () => {
    const text = backlog.replace('categories: [', 'agent: copilot\ncategories: [');
    const first = await sweep(text, { 'copilot-token': TOKEN });
    expect(taskPosts().map((r) => r.body)).toEqual([
      {
        prompt:
          '[sec-rbac-audit] Audit RBAC on the export endpoints\n\nAudit RBAC on the export endpoints',
        base_ref: 'main',
        create_pull_request: true,
      },
      {
        prompt:
          '[data-backfill] Backfill the missing ledger rows\n\nBackfill the ledger rows lost on 2026-11-20, with a migration test.',
        base_ref: 'develop',
        create_pull_request: true,
      },
    ]);
    expect(taskPosts()[0]!.authorization).toBe(`token ${TOKEN}`);
    // Nothing went to Jules: the prompts' agent is Copilot.
    expect(posts()).toHaveLength(0);
    expect(JSON.parse(first.outputs.started!)).toEqual(github.copilot.tasks.map((t) => t.id));

    const again = await sweep(text, { 'copilot-token': TOKEN });
    // Each task carries its prompt's marker: started work, tracked, and never started twice.
    expect(taskPosts()).toHaveLength(2);
    expect(JSON.parse(again.outputs.started!)).toEqual([]);
    expect(again.plan!.slots).toMatchObject({ counted: 3, copilot: 2 });
    expect(again.plan!.closeOrder.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        '[sec-rbac-audit] Audit RBAC on the export endpoints',
        '[data-backfill] Backfill the missing ledger rows',
      ]),
    );
  });

  it('a prompt starts where its agent says: Copilot by the file, Jules for the prompt that names it', async () => {
    const { plan } = await sweep(twoAgents, { 'copilot-token': TOKEN });
    const where = plan!.dispatch!.calls.map((c) => [c.path, 'prompt' in c ? c.prompt : '']);
    expect(where).toEqual([
      ['agents/repos/acme/summit/tasks', 'sec-rbac-audit'],
      ['sessions', 'data-backfill'],
    ]);
    expect(taskPosts()).toHaveLength(1);
    expect(posts()).toHaveLength(1);
  });

  it('Copilot tasks and Jules sessions share the free slots: two live Copilot tasks leave one slot of three', async () => {
    for (const id of ['busy-1', 'busy-2']) {
      github.copilot.tasks.push({
        id,
        repo: 'acme/summit',
        state: 'in_progress',
        name: 'Other work',
      });
    }
    const { plan } = await sweep(twoAgents, { 'copilot-token': TOKEN });
    // The file's one entry and two Copilot tasks: two slots taken, one free after the reserve.
    expect(plan!.slots).toMatchObject({ counted: 2, copilot: 2 });
    expect(plan!.dispatch!.started).toHaveLength(1);
  });

  it('a prompt for Copilot without a copilot-token is skipped with why, and the Jules prompt still starts', async () => {
    const { plan } = await sweep(twoAgents);
    expect(taskPosts()).toHaveLength(0);
    expect(plan!.dispatch!.skipped).toContainEqual({
      prompt: 'sec-rbac-audit',
      category: 'Security',
      reason: 'its agent is copilot, and no Copilot token was given',
    });
    expect(plan!.dispatch!.started.map((s) => s.prompt)).toEqual(['data-backfill']);
  });

  it('a create that gets a 502 after Copilot made the task is not repeated', async () => {
    const text = backlog.replace('categories: [', 'agent: copilot\ncategories: [');
    github.copilot.postFaults.push({ statusAfterCreate: 502 });
    const { plan } = await sweep(text, { 'copilot-token': TOKEN, 'dispatch-max': '1' });
    expect(taskPosts()).toHaveLength(1);
    expect(github.copilot.tasks).toHaveLength(1);
    expect(plan!.dispatch!.started).toEqual([
      expect.objectContaining({ prompt: 'sec-rbac-audit', session: github.copilot.tasks[0]!.id }),
    ]);
  });

  it('a task whose name lost its marker is still its prompt, by the ledger: tracked as the entry, never started again', async () => {
    const text = backlog.replace('categories: [', 'agent: copilot\ncategories: [');
    const first = await sweep(text, { 'copilot-token': TOKEN, ledger: 'ledger.json' });
    expect(taskPosts()).toHaveLength(2);
    // The API names a task from its prompt: a name that summarises it carries no marker.
    for (const task of github.copilot.tasks) task.name = 'Summarised by the agent';
    const [rbac, backfill] = github.copilot.tasks;
    // Room for every prompt, so only "exactly once" can hold the two started ones back.
    const roomy = text.replace('capacity: 4', 'capacity: 9');
    const second = await sweep(
      roomy,
      { 'copilot-token': TOKEN, ledger: 'ledger.json' },
      { name: 'schedule' },
      first.runner,
    );
    expect(
      taskPosts()
        .slice(2)
        .map((r) => firstLine(r.body)),
    ).toEqual(['[sec-tokens] Rotate the signing tokens']);
    const plan = second.plan!;
    expect(plan.copilot!.untracked).toEqual([]);
    expect(plan.closeOrder.filter((s) => s.name.startsWith('[')).map((s) => s.name)).toEqual(
      expect.arrayContaining([
        '[sec-rbac-audit] Audit RBAC on the export endpoints',
        '[data-backfill] Backfill the missing ledger rows',
      ]),
    );
    expect(JSON.stringify(plan.closeOrder)).toContain(rbac!.id);
    expect(JSON.stringify(plan.closeOrder)).toContain(backfill!.id);
  });

  it('a Copilot task waiting for an answer is a "needs you" item of dispatch, with its link', async () => {
    github.copilot.tasks.push({
      id: 'asks-1',
      repo: 'acme/summit',
      state: 'waiting_for_user',
      name: 'Which export format?',
    });
    const { plan, summary } = await sweep(backlog, { 'copilot-token': TOKEN });
    expect(plan!.dispatch!.needsYou).toEqual([
      {
        session: 'asks-1',
        title: 'Which export format?',
        url: 'https://github.com/acme/summit/copilot/tasks/asks-1',
        state: 'waiting_for_user',
      },
    ]);
    expect(summary).toContain(
      '> **Needs you:** <a href="https://github.com/acme/summit/copilot/tasks/asks-1">Which export format?</a> (waiting\\_for\\_user)',
    );
  });

  it('when the archived Copilot tasks cannot be listed, a Jules prompt Copilot ran before is not started again', async () => {
    // Started in Copilot and archived there; the file's prompts now start in Jules.
    github.copilot.tasks.push({
      id: 'done-1',
      repo: 'acme/summit',
      state: 'completed',
      name: '[sec-rbac-audit] Audit RBAC on the export endpoints',
      archived: true,
    });
    github.copilot.archivedStatus = 422;
    const { plan } = await sweep(backlog, { 'copilot-token': TOKEN });
    expect(posts()).toHaveLength(0);
    expect(plan!.dispatch!.started).toEqual([]);
    expect(plan!.dispatch!.stopped).toMatch(
      /^the archived Copilot tasks could not be listed \(.*422.*\), so a prompt started before cannot be told from a waiting one; no session was started$/,
    );
  });

  it('a GITHUB_TOKEN as copilot-token starts nothing anywhere, and says why', async () => {
    const text = backlog.replace('categories: [', 'agent: copilot\ncategories: [');
    const { plan, summary } = await sweep(text, { 'copilot-token': 'ghs_installation' });
    expect(github.copilot.requests).toHaveLength(0);
    expect(posts()).toHaveLength(0);
    expect(plan!.dispatch!.refused).toMatch(/the Copilot task list could not be read/);
    expect(summary).toContain('installation tokens are not accepted');
  });
});
