import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { format } from 'prettier';
import { parse } from 'yaml';
import { PLAN_SCHEMA_PATH, planJsonSchema } from '../scripts/plan-schema.js';
import { renderReadme } from '../scripts/readme.js';
import { SCHEMA_PATH, sessionsJsonSchema } from '../src/backlog/json-schema.js';
import { STATUS_PATTERN } from '../src/backlog/schema.js';
import { parseBacklog } from '../src/backlog/load.js';
import { getInputs } from '../src/inputs.js';
import { buildPlan } from '../src/planner/plan.js';
import { renderReport } from '../src/render/report.js';
import { VERSION } from '../src/version.js';

describe('the committed JSON Schema', () => {
  it('matches a fresh generation from the zod schema (run `npm run schema` to update it)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(sessionsJsonSchema());
  });

  it('accepts in its status pattern exactly the spellings the loader accepts', () => {
    const schema = JSON.parse(sessionsJsonSchema()) as {
      properties: { sessions: { items: { properties: { status: { pattern: string } } } } };
    };
    const pattern = new RegExp(schema.properties.sessions.items.properties.status.pattern);
    for (const ok of ['pr-ready', 'PR-ready', 'PR created', 'needs more work', 'ARCHIVED']) {
      expect(pattern.test(ok)).toBe(true);
      expect(STATUS_PATTERN.test(ok)).toBe(true);
    }
    for (const bad of ['done', 'pr-readyy', 'in progress']) expect(pattern.test(bad)).toBe(false);
  });

  it('the example backlog points editors at it', () => {
    expect(readFileSync('examples/sessions.yaml', 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schema/sessions.schema.json',
    );
  });
});

describe('the release', () => {
  it('reports the version in package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it('has a CHANGELOG.md section for that version, which becomes the release notes', () => {
    expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(
      new RegExp(`^## \\[${VERSION.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
  });

  it('the release workflow writes only in its publish job, which runs no npm, with actions pinned by commit', () => {
    const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as {
      permissions: Record<string, string>;
      jobs: Record<
        string,
        {
          permissions?: Record<string, string>;
          needs?: string;
          steps: { uses?: string; run?: string; with?: Record<string, unknown> }[];
        }
      >;
    };
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const { verify, publish } = workflow.jobs;
    expect(verify?.permissions).toBeUndefined();
    expect(verify?.steps[0]?.with?.['persist-credentials']).toBe(false);
    expect(publish).toMatchObject({ needs: 'verify', permissions: { contents: 'write' } });
    expect(publish?.steps.some((step) => /\bnpm\b|\bnpx\b|node /.test(step.run ?? ''))).toBe(false);
    const uses = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.flatMap((step) => (step.uses ? [step.uses] : [])),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    runs: { using: string; main: string };
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
  };

  it('carries the branding and a short description the Marketplace shows', () => {
    const { branding, description } = parse(readFileSync('action.yml', 'utf8')) as {
      branding?: { icon?: string; color?: string };
      description: string;
    };
    // The Marketplace's colours; the icon is one of the Feather icons it offers.
    const colors = [
      'white',
      'black',
      'yellow',
      'blue',
      'green',
      'orange',
      'red',
      'purple',
      'gray-dark',
    ];
    expect(colors).toContain(branding?.color);
    expect(branding?.icon).toMatch(/^[a-z0-9-]+$/);
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThan(125);
  });

  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the action reads, with the defaults it applies', () => {
    const read: string[] = [];
    const inputs = getInputs((name) => {
      read.push(name);
      return action.inputs[name]?.default?.startsWith('${{')
        ? ''
        : (action.inputs[name]?.default ?? '');
    });
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    expect(inputs).toMatchObject({
      sessionsFile: 'sessions.yaml',
      mode: 'enforce',
      onApiError: 'warn',
    });
  });

  it('declares every output the action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'archived',
        'cold-categories',
        'free-slots-needed',
        'plan-json',
        'started',
        'verdict',
        'violations',
      ].sort(),
    );
  });
});

describe('the README', () => {
  it('lists the inputs, outputs, sessions.yaml keys, drift codes, rails and usage as the code declares them (run `npm run docs` to update it)', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const options = JSON.parse(readFileSync('.prettierrc.json', 'utf8')) as Record<string, unknown>;
    const fresh = await format(renderReadme(readme, readFileSync('action.yml', 'utf8')), {
      ...options,
      parser: 'markdown',
    });
    expect(readme).toBe(fresh);
  });

  it('starts with the two commands that set up and run everything', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm ci && npm run sweep');
    expect(readme).toContain('npm ci && npm test');
    expect(readme.indexOf('npm ci && npm run sweep')).toBeLessThan(200);
  });
});

describe('the plan.json schema', () => {
  it('matches a fresh generation from the plan type (run `npm run schema` to update it)', () => {
    expect(readFileSync(PLAN_SCHEMA_PATH, 'utf8')).toBe(planJsonSchema());
  });
});

describe('plan.json conforms to its published schema', () => {
  it('for the example backlog with live status, movement and metrics', async () => {
    const { Ajv } = await import('ajv');
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(PLAN_SCHEMA_PATH, 'utf8')) as object,
    );
    const loaded = parseBacklog(
      readFileSync('examples/sessions.yaml', 'utf8'),
      'examples/sessions.yaml',
    );
    if (!loaded.ok) throw new Error('example must load');
    const plan = buildPlan(loaded.backlog, {
      movement: { now: '2026-11-25T05:00:00Z', coldAfterSweeps: 2, coldAfterHours: 48 },
    });
    const file = JSON.parse(
      renderReport(plan, { now: '2026-11-25T05:00:00Z' }).files['plan.json']!,
    ) as unknown;
    expect(validate(file) ? [] : validate.errors).toEqual([]);
  });
});
