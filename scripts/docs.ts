// npm run docs: rewrites the README's generated sections (inputs and outputs from action.yml, the
// sessions.yaml reference, drift codes, rails, the command line) and docs/rules.md from their
// sources, so the docs never drift from the code. A test fails when either is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderReadme } from './readme.js';
import { renderRulesDoc, RULES_DOC_PATH } from './rules.js';

const readme = readFileSync('README.md', 'utf8');
const updated = renderReadme(readme, readFileSync('action.yml', 'utf8'));
writeFileSync('README.md', updated);
console.log(updated === readme ? 'README.md is up to date' : 'README.md updated');

writeFileSync(RULES_DOC_PATH, renderRulesDoc());
console.log(`${RULES_DOC_PATH} written`);
