// docs/rules.md, generated from the rules themselves: each rule is a function exported by its
// family's module under src/planner/rules/, whose comment opens with the playbook's sentence and
// names its @rail and @test. `npm run docs` writes it; a test fails when it is stale.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { DEFAULT_FAIL_ON, RAIL_MEANINGS } from '../src/planner/rails.js';
import { FAMILIES, RULES, type CategoryRule, type Rule } from '../src/planner/rules/index.js';
import type { RailId } from '../src/planner/types.js';

export const RULES_DOC_PATH = 'docs/rules.md';

type Family = keyof typeof FAMILIES;

export interface RuleDoc {
  /** The function's name in kebab case: `freeSlot` is `free-slot`. */
  id: string;
  name: string;
  family: Family;
  module: string;
  /** The comment's first paragraph: the playbook's words. */
  sentence: string;
  /** The rest of the comment: what the rule does beyond the sentence. */
  why: string;
  rail?: RailId;
  test: string;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The documented rules of one module: its exported functions whose comment has a `@test`. */
function documented(family: Family): Omit<RuleDoc, 'id'>[] {
  const module = `src/planner/rules/${family}.ts`;
  const text = readFileSync(module, 'utf8');
  const source = ts.createSourceFile(module, text, ts.ScriptTarget.Latest, true);
  const found: Omit<RuleDoc, 'id'>[] = [];
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const doc = ts.getJSDocCommentsAndTags(statement).find(ts.isJSDoc);
    const tags = new Map(
      (doc?.tags ?? []).map((t) => [
        t.tagName.text,
        oneLine(ts.getTextOfJSDocComment(t.comment) ?? ''),
      ]),
    );
    const test = tags.get('test');
    if (!doc || test === undefined) continue;
    const [sentence = '', ...rest] = (ts.getTextOfJSDocComment(doc.comment) ?? '').split(/\n\s*\n/);
    const rail = tags.get('rail') as RailId | undefined;
    found.push({
      name: statement.name.text,
      family,
      module,
      sentence: oneLine(sentence),
      why: oneLine(rest.join(' ')),
      ...(rail ? { rail } : {}),
      test,
    });
  }
  return found;
}

/** The rules in the order RULES runs them, each with what its comment says. */
export function ruleDocs(): RuleDoc[] {
  const byFunction = new Map<unknown, Omit<RuleDoc, 'id'>>();
  for (const family of Object.keys(FAMILIES) as Family[]) {
    const exports = FAMILIES[family] as Record<string, unknown>;
    for (const doc of documented(family)) byFunction.set(exports[doc.name], doc);
  }
  const run = RULES.flatMap((rule: Rule): (Rule | CategoryRule)[] =>
    'rules' in rule ? [...(rule.rules as CategoryRule[])] : [rule],
  );
  const docs = run.map((rule) => {
    const doc = byFunction.get(rule);
    if (!doc) {
      throw new Error(
        `RULES runs ${rule.name || 'a function'} that no family module documents: give it a comment that opens with the playbook's sentence and names its @test`,
      );
    }
    byFunction.delete(rule);
    return { id: kebab(doc.name), ...doc };
  });
  const idle = [...byFunction.values()].map((d) => `${d.name} (${d.module})`);
  if (idle.length > 0)
    throw new Error(`RULES does not run ${idle.join(', ')}: add it in its place`);
  return docs;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function severity(rail: RailId): string {
  // A problem in the file keeps its own severity.
  if (rail === 'schema') return 'as found';
  if (!DEFAULT_FAIL_ON.includes(rail)) return 'warning';
  return RAIL_MEANINGS[rail].graded ?? 'error';
}

export function renderRulesDoc(): string {
  const rows = ruleDocs().map((r, i) => {
    const [file, name] = r.test.split(' > ');
    return [
      String(i + 1),
      `\`${r.id}\``,
      cell(r.sentence),
      cell(r.why),
      r.rail ? `\`${r.rail}\`` : '',
      r.rail ? severity(r.rail) : '',
      r.rail ? (DEFAULT_FAIL_ON.includes(r.rail) ? 'yes' : 'no') : '',
      `[\`${r.name}\`](../${r.module})`,
      cell(`[${file!.replace(/^test\//, '')}](../${file!}) > ${name!}`),
    ];
  });
  return [
    '# The rules',
    '',
    '<!-- Generated from src/planner/rules/ by `npm run docs`; edit the rules, not this file. -->',
    '',
    "Every rule of the playbook the planner applies, in the order it applies them: a plan lists its violations and recommendations in this order. Each rule is a function named after it in its family's module; its comment opens with the playbook's sentence. A rule with a rail breaks that rail: its severity is the rail's under the default `fail-on`, and it fails the check by default when that `fail-on` names the rail.",
    '',
    '| # | Rule | The playbook says | What the planner does | Rail | Severity | Fails by default | Code | Test |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}
