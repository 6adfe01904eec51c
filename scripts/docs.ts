// npm run docs: rewrites the README's inputs and outputs tables from action.yml, so the docs
// never drift from what the action declares. A test fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderActionDocs } from './readme.js';

const readme = readFileSync('README.md', 'utf8');
const updated = renderActionDocs(readme, readFileSync('action.yml', 'utf8'));
writeFileSync('README.md', updated);
console.log(updated === readme ? 'README.md is up to date' : 'README.md updated');
