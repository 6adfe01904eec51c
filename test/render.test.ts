import { describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';
import { buildPlan } from '../src/planner/plan.js';
import { escapeHtml, escapeMarkdown } from '../src/render/escape.js';
import { renderLoadFailure, renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';

function planOf(sessions: object[], extra: object = {}) {
  const result = parseBacklog(JSON.stringify({ version: 1, ...extra, sessions }), 'sessions.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return buildPlan(result.backlog);
}

const hostile = [
  'a|b',
  '`code`',
  '<script>alert(1)</script>',
  '<details open>',
  'line\nbreak',
  '::error::owned',
  '[link](https://evil.example)',
  '**bold**',
];

describe('Markdown escaping', () => {
  it('renders untrusted text as literal text inside a table cell', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<script>')).toBe('&lt;script&gt;');
    expect(escapeMarkdown('`x`')).toBe('\\`x\\`');
    expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one two three');
    expect(escapeMarkdown('[a](b)')).toBe('\\[a\\]\\(b\\)');
    expect(escapeMarkdown("Tom & 'Jerry'")).toBe('Tom &amp; &#39;Jerry&#39;');
  });

  it('escapes HTML for attribute and element contexts', () => {
    expect(escapeHtml('"<&>\'')).toBe('&quot;&lt;&amp;&gt;&#39;');
  });

  it('no session name, category or blocker can open HTML, break the table or start a line', () => {
    const plan = planOf(
      hostile.map((name, i) => ({
        name,
        category: hostile[(i + 1) % hostile.length],
        status: 'blocked',
        blocker: hostile[(i + 2) % hostile.length],
      })),
    );
    const md = renderMarkdown(plan);
    expect(md).not.toMatch(/<(script|details)/);
    const tableRows = md.split('\n').filter((l) => l.startsWith('| ') && /^\| \d+ \|/.test(l));
    expect(tableRows).toHaveLength(hostile.length);
    // Every row keeps exactly its 10 columns: no unescaped pipe got through.
    for (const row of tableRows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(10);
  });
});

describe('the job summary', () => {
  it('opens with the verdict and the capacity figures', () => {
    const plan = planOf([{ name: 'a', category: 'UX', status: 'pr-ready' }], { capacity: 2 });
    const md = renderMarkdown(plan);
    expect(md.split('\n')[0]).toBe('## Session sweep: ❌ fail: a rail is broken (`cold-category`)');
    expect(md).toContain('**1 / 2 active** ▰▱ · reserve 1 · **free slots needed: 0**');
    expect(md).toContain('### Cold categories');
    expect(md).toContain('- **Security**: start the next Security prompt.');
    expect(md).toContain('| `cold-category` | error |');
  });

  it('stays under the budget at 10,000 sessions, saying the full plan is in plan.json', () => {
    const sessions = Array.from({ length: 10_000 }, (_, i) => ({
      name: `session-${i}-${'x'.repeat(80)}`,
      category: 'UX',
      status: 'needs-more-work',
    }));
    const md = renderMarkdown(planOf(sessions));
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/… \d+ more sessions are not shown here; the full plan is in plan\.json\./);
    expect(md).toMatch(/… \d+ more rail findings are not shown here/);
  });

  it('stays under the budget with 12,000 cold categories', () => {
    const categories = Array.from({ length: 12_000 }, (_, i) => `category-${i}-${'y'.repeat(60)}`);
    const md = renderMarkdown(planOf([], { categories }));
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(
      /… \d+ more cold categories are not shown here; the full plan is in plan\.json\./,
    );
  });

  it('a small budget cuts rows, never the banner', () => {
    const sessions = Array.from({ length: 50 }, (_, i) => ({
      name: `s${i}`,
      category: 'UX',
      status: 'pr-ready',
    }));
    const md = renderMarkdown(planOf(sessions), 4000);
    expect(md.startsWith('## Session sweep:')).toBe(true);
    expect(Buffer.byteLength(md)).toBeLessThan(4000);
  });

  it('a backlog that cannot be read gets a summary of its problems', () => {
    const md = renderLoadFailure('sessions.yaml', [
      {
        severity: 'error',
        message: 'session "<b>": unknown status "x"',
        fix: 'Use one of …',
        location: { file: 'sessions.yaml', line: 4, column: 13 },
      },
    ]);
    expect(md).toContain('could not be read, so no plan was made');
    expect(md).toContain(
      '| sessions\\.yaml:4:13 | session &quot;&lt;b&gt;&quot;\\: unknown status',
    );
  });
});

describe('the text plan', () => {
  it('ends with the rails and the verdict', () => {
    const text = renderText(planOf([{ name: 'a', category: 'UX', status: 'needs-more-work' }]));
    expect(text).toMatch(/Rails:\n(- .*\n {4}fix: .*\n)+Verdict: fail\n$/);
  });
});
