// npm run screenshot: the README's picture of a job summary. Sweeps examples/sessions.yaml as the
// CI smoke job does (no live status, ledger off: the example's pull requests and dates are made
// up) at a fixed time, renders the summary the action writes to HTML styled like GitHub's, and screenshots it with headless Chromium into
// docs/summary.png. Needs Chromium (Debian: apt-get install chromium); set CHROMIUM to use another.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { loadBacklogReaders, parseBacklog } from '../src/backlog/load.js';
import { buildPlan } from '../src/planner/plan.js';
import { renderReport } from '../src/render/report.js';

const BACKLOG = 'examples/sessions.yaml';
await loadBacklogReaders();
const OUT = 'docs/summary.png';
/** A fixed clock, a few days after the example's sessions started: the picture never ages. */
const NOW = '2026-11-25T05:00:00Z';
const WIDTH = 1280;
const HEIGHT = 1100;

function findChromium(): string {
  const candidates = process.env.CHROMIUM
    ? [process.env.CHROMIUM]
    : ['chromium', 'chromium-browser', 'google-chrome'];
  for (const candidate of candidates) {
    if (spawnSync(candidate, ['--version'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  console.error(
    `npm run screenshot: Chromium was not found (tried ${candidates.join(', ')}).\n` +
      'Install it (Debian/Ubuntu: apt-get install chromium), or set CHROMIUM to its path.',
  );
  process.exit(1);
}

/** The summary the action writes for the example backlog. */
function exampleSummary(): string {
  const loaded = parseBacklog(readFileSync(BACKLOG, 'utf8'), BACKLOG);
  if (!loaded.ok) throw new Error(`${BACKLOG} must load: ${loaded.errors[0]!.message}`);
  const plan = buildPlan(loaded.backlog, { now: NOW });
  return renderReport(plan, { now: NOW }).summary;
}

// GitHub's job summary look: its system font stack, bordered tables, zebra rows, code spans.
const STYLE = `
  body { margin: 0; background: #fff; }
  .summary {
    box-sizing: border-box; width: ${WIDTH}px; padding: 24px 32px;
    font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial,
      sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
    color: #1f2328;
  }
  h2 { font-size: 1.5em; font-weight: 600; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3;
    margin: 24px 0 16px; }
  h2:first-child { margin-top: 0; }
  h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
  p, ul, ol, table, details, blockquote { margin: 0 0 16px; }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
  th { font-weight: 600; }
  tr:nth-child(2n) { background: #f6f8fa; }
  code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono",
    monospace; padding: .2em .4em; background: #818b981f; border-radius: 6px; }
  pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; }
  pre code { padding: 0; background: none; }
  blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
  summary { cursor: pointer; }
  a { color: #0969da; text-decoration: none; }
`;

function main(): void {
  const chromium = findChromium();
  const body = marked.parse(exampleSummary(), { gfm: true, async: false });
  const dir = mkdtempSync(join(tmpdir(), 'sweeper-screenshot-'));
  try {
    const page = join(dir, 'summary.html');
    writeFileSync(
      page,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Session sweep</title>` +
        `<style>${STYLE}</style></head><body><div class="summary">${body}</div></body></html>`,
    );
    execFileSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--hide-scrollbars',
        '--force-device-scale-factor=1',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--window-size=${WIDTH},${HEIGHT}`,
        `--screenshot=${resolve(OUT)}`,
        pathToFileURL(page).href,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`wrote ${OUT} (${WIDTH}×${HEIGHT}) from the summary of ${BACKLOG} at ${NOW}`);
}

main();
