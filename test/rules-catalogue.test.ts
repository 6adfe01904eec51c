// docs/rules.md is the way from a playbook sentence to its code: it must list every rule the
// planner runs, quote the playbook word for word, and name tests that exist.
import { readFileSync } from 'node:fs';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc, ruleDocs, RULES_DOC_PATH } from '../scripts/rules.js';
import { RAIL_IDS } from '../src/planner/types.js';

const PLAYBOOK = '../shared/seed/session-operations-playbook.md';
// The rules quote the playbook's words without its emphasis or its line breaks.
const playbook = readFileSync(PLAYBOOK, 'utf8').replace(/\*\*/g, '').replace(/\s+/g, ' ');
const rules = ruleDocs();

describe('the rule catalogue', () => {
  it('docs/rules.md lists every rule as the code declares it (run `npm run docs` to update it)', async () => {
    const options = JSON.parse(readFileSync('.prettierrc.json', 'utf8')) as Record<string, unknown>;
    const fresh = await format(renderRulesDoc(), { ...options, parser: 'markdown' });
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(fresh);
  });

  it.each(rules.map((r) => [r.id, r.sentence]))(
    '%s quotes the playbook word for word',
    (_, sentence) => {
      expect(sentence).not.toBe('');
      expect(playbook).toContain(sentence);
    },
  );

  it.each(rules.map((r) => [r.id, r.test]))('%s names a test that exists: %s', (_, test) => {
    const [file, name] = test.split(' > ');
    expect(file).toMatch(/^test\/[\w-]+\.test\.ts$/);
    const text = readFileSync(file!, 'utf8');
    expect([`'${name!}'`, `"${name!}"`].some((quoted) => text.includes(`it(${quoted}`))).toBe(true);
  });

  it('each rule has its own id, and names a rail only by a rail id', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { rail } of rules) {
      if (rail !== undefined) expect(RAIL_IDS).toContain(rail);
    }
  });
});
