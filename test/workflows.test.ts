// The repository's own workflows and the example workflows users copy: pinned, read-only, and
// the same in the README as in examples/workflows/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, { steps?: { uses?: string }[]; uses?: string }>;
}

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));

const repoWorkflows = yamlFiles('.github/workflows');
const exampleWorkflows = yamlFiles('examples/workflows');
const read = (file: string) => parse(readFileSync(file, 'utf8')) as Workflow;

/** Every `uses:` of a workflow: steps' actions and jobs' reusable workflows. */
function usesOf(workflow: Workflow): string[] {
  return Object.values(workflow.jobs ?? {}).flatMap((job) => [
    ...(job.uses ? [job.uses] : []),
    ...(job.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : [])),
  ]);
}

/** The events a workflow runs on, in any of the three spellings of `on:`. */
function eventsOf(workflow: Workflow): string[] {
  const on = workflow.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(on ?? {});
}

describe('the workflows', () => {
  it('are found, so the rules below judge something', () => {
    expect(repoWorkflows).toContain('.github/workflows/ci.yml');
    expect(exampleWorkflows).toEqual([
      'examples/workflows/dispatch.yml',
      'examples/workflows/nightly-sweep.yml',
      'examples/workflows/required-check.yml',
    ]);
  });

  it('pin every third-party action of the repository to a full commit SHA, with its tag in a comment', () => {
    const loose: string[] = [];
    for (const file of repoWorkflows) {
      for (const uses of usesOf(read(file))) {
        if (uses.startsWith('./')) continue;
        if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses)) loose.push(`${file}: ${uses}`);
      }
      // The comment keeps the pin readable, and Dependabot moves it along with the SHA.
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const pinned = /uses:\s*\S+@[0-9a-f]{40}(.*)$/.exec(line);
        if (pinned && !/^\s+# v\d+\.\d+\.\d+$/.test(pinned[1]!)) loose.push(`${file}: ${line}`);
      }
    }
    expect(loose).toEqual([]);
  });

  it("never run on pull_request_target, which gives a fork's change the base repository's secrets and write token", () => {
    for (const file of [...repoWorkflows, ...exampleWorkflows]) {
      expect(eventsOf(read(file)), file).not.toContain('pull_request_target');
    }
  });

  it('each declare top-level permissions, read-only', () => {
    for (const file of [...repoWorkflows, ...exampleWorkflows]) {
      const permissions = read(file).permissions;
      expect(permissions, file).toBeTypeOf('object');
      expect(Object.values(permissions as object), file).not.toContain('write');
    }
  });

  it('give the examples exactly the read scopes each one needs', () => {
    expect(read('examples/workflows/nightly-sweep.yml').permissions).toEqual({
      contents: 'read',
      'pull-requests': 'read',
      checks: 'read',
      statuses: 'read',
      actions: 'read',
    });
    // Dispatch writes to Jules alone: on GitHub it reads what the nightly sweep reads.
    expect(read('examples/workflows/dispatch.yml').permissions).toEqual({
      contents: 'read',
      'pull-requests': 'read',
      checks: 'read',
      statuses: 'read',
      actions: 'read',
    });
    // The check on a pull request reads no ledger, so it needs no `actions: read`.
    expect(read('examples/workflows/required-check.yml').permissions).toEqual({
      contents: 'read',
      'pull-requests': 'read',
      checks: 'read',
      statuses: 'read',
    });
  });

  it('run the nightly sweep on a schedule and by hand, and the required check on every pull request', () => {
    const nightly = read('examples/workflows/nightly-sweep.yml');
    expect(eventsOf(nightly).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const check = read('examples/workflows/required-check.yml');
    expect(eventsOf(check)).toEqual(['pull_request']);
    // A required check behind a paths filter never reports on other pull requests.
    expect((check.on as { pull_request: unknown }).pull_request ?? {}).toEqual({});
    for (const workflow of [nightly, check]) {
      expect(usesOf(workflow)).toContain('<owner>/session-sweeper@v1');
    }
  });
});

describe('the dispatch example', () => {
  const workflow = parse(readFileSync('examples/workflows/dispatch.yml', 'utf8')) as {
    on?: unknown;
    concurrency?: unknown;
    jobs: Record<string, { steps: { with?: Record<string, unknown> }[] }>;
  };

  it('runs one sweep at a time, on a schedule and by hand only, with the key from a secret', () => {
    expect(workflow.concurrency).toEqual({
      group: 'session-sweeper-dispatch',
      'cancel-in-progress': false,
    });
    expect(eventsOf({ on: workflow.on }).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const step = workflow.jobs.sweep!.steps.find((s) => s.with?.dispatch !== undefined)!;
    expect(step.with).toMatchObject({
      dispatch: 'on',
      'jules-api-key': '${{ secrets.JULES_API_KEY }}',
    });
  });
});

describe('the README', () => {
  const readme = readFileSync('README.md', 'utf8');
  /** Each `<!-- example: path -->` marker with the fenced block that follows it. */
  const shown = new Map(
    [...readme.matchAll(/<!-- example: (\S+) -->\s*```yaml\n([\s\S]*?)```/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );

  it('shows each example workflow exactly as its file in examples/workflows/ has it', () => {
    expect([...shown.keys()].sort()).toEqual(exampleWorkflows);
    for (const file of exampleWorkflows) {
      expect(shown.get(file), file).toBe(readFileSync(file, 'utf8'));
    }
  });

  it('shows no other workflow than the examples', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const workflows = blocks.filter((block) => /^\s*(on|jobs):/m.test(block));
    expect(workflows.sort()).toEqual([...shown.values()].sort());
  });
});

describe('Dependabot', () => {
  it('keeps both the npm packages and the pinned actions up to date', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      updates: { 'package-ecosystem': string; directory: string }[];
    };
    const ecosystems = config.updates.map((u) => `${u['package-ecosystem']} ${u.directory}`);
    expect(ecosystems).toEqual(expect.arrayContaining(['npm /', 'github-actions /']));
  });
});
