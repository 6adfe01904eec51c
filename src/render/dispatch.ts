// The "Dispatched" section: what dispatch started, archived, approved and skipped, and the
// sessions that wait on a person. Rendered at the top of the summary and of the text plan.
import type { DispatchCall } from '../planner/dispatch.js';
import type { Plan } from '../planner/types.js';
import {
  escapeHtml,
  escapeMarkdown as md,
  escapeMarkdownLine as line,
  escapeTerminal as t,
  codeBlock,
} from './escape.js';

/** A call as dry-run prints it: the method, the path and the body; never the key. */
export const callText = (c: DispatchCall): string =>
  `${c.method} ${c.path} ${JSON.stringify(c.body)}`;

const link = (text: string, url: string) =>
  /^https:\/\//.test(url)
    ? `<a href="${escapeHtml(url.replaceAll('|', '%7C'))}">${md(text)}</a>`
    : md(text);

/** Markdown lines for the top of the summary; none when dispatch was off. */
export function dispatchMarkdown(plan: Plan): string[] {
  const d = plan.dispatch;
  if (!d) return [];
  const out: string[] = [];
  if (d.needsYou.length > 0) {
    out.push(
      '> [!IMPORTANT]',
      `> **Needs you:** ${d.needsYou.map((n) => `${link(n.title || n.session, n.url)} (${md(n.state)})`).join(' · ')}`,
      '',
    );
  }
  out.push(`### Dispatched${d.mode === 'dry-run' ? ' (dry-run: nothing was sent)' : ''}`, '');
  if (d.refused) {
    out.push(`> ${line(d.refused)}.`, '');
    return out;
  }
  const started = d.started.map((s) => `${md(s.prompt)} → ${link(s.session, s.url)}`);
  out.push(`- **Started:** ${started.length > 0 ? started.join(' · ') : 'none'}`);
  const archived = d.archived.map((a) => `${link(a.session, a.url)} (${md(a.pullRequest)} merged)`);
  out.push(`- **Archived:** ${archived.length > 0 ? archived.join(' · ') : 'none'}`);
  if (d.approved.length > 0) {
    out.push(
      `- **Plan approved:** ${d.approved.map((a) => `${link(a.session, a.url)} (${md(a.prompt)})`).join(' · ')}`,
    );
  }
  for (const s of d.skipped) out.push(`- **Skipped** ${md(s.prompt)}: ${md(s.reason)}`);
  if (d.stopped) out.push(`- **Stopped:** ${md(d.stopped)}`);
  if (d.mode === 'dry-run' && d.calls.length > 0) {
    out.push(
      '',
      'The calls `dispatch: on` would send:',
      '',
      codeBlock(d.calls.map(callText).join('\n')),
    );
  }
  out.push('');
  return out;
}

/** Lines of the text plan; none when dispatch was off. */
export function dispatchText(plan: Plan): string[] {
  const d = plan.dispatch;
  if (!d) return [];
  const out = [`=== DISPATCHED${d.mode === 'dry-run' ? ' (dry-run: nothing was sent)' : ''} ===`];
  for (const n of d.needsYou)
    out.push(`Needs you: ${t(n.title || n.session)} (${t(n.state)}) ${t(n.url)}`);
  if (d.refused) return [...out, `Refused: ${t(d.refused)}.`, ''];
  for (const s of d.started) out.push(`Started: ${t(s.prompt)} -> ${t(s.session)} ${t(s.url)}`);
  for (const a of d.archived) out.push(`Archived: ${t(a.session)} (${t(a.pullRequest)} merged)`);
  for (const a of d.approved) out.push(`Plan approved: ${t(a.session)} (${t(a.prompt)})`);
  for (const s of d.skipped) out.push(`Skipped: ${t(s.prompt)}: ${t(s.reason)}`);
  if (d.stopped) out.push(`Stopped: ${t(d.stopped)}`);
  if (d.mode === 'dry-run') {
    out.push(d.calls.length > 0 ? 'Calls dispatch: on would send:' : 'No call would be sent.');
    for (const c of d.calls) out.push(`  ${t(callText(c))}`);
  }
  out.push('');
  return out;
}
