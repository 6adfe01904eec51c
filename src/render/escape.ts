// Untrusted text (session names, blockers, PR titles, check names, Jules titles, error messages
// from GitHub and Jules) made safe for each place it is shown. One function per sink:
//   escapeTerminal       a value on one line of the terminal or the plain-text plan
//   escapeTerminalLines  text of several lines for the terminal (CLI stderr)
//   escapeLog            a job log line, an annotation's message or title, the failure line
//   escapeMarkdown       a Markdown table cell (also any inline Markdown)
//   escapeMarkdownLine   a line of Markdown outside a table (a quote, a list item)
//   escapeHtmlText       text between HTML tags, such as an update's <summary>
//   escapeHtml           an HTML attribute value, such as a link's address
//   codeBlock            a fenced block shown as the literal text

/**
 * Characters shown as \u{…} wherever untrusted text goes: controls (C0, C1), format characters
 * (category Cf: bidi marks and overrides such as U+061C and U+202E, zero-width marks, U+00AD,
 * U+180E, U+206A, U+FFF9, the tag characters U+E0000–U+E007F), line and paragraph separators,
 * variation selectors, and surrogates standing alone, which no encoding can write.
 */
const INVISIBLE =
  /[\u{E0000}-\u{E007F}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u{115F}\u{1160}\u{3164}\u{FFA0}]|\u{034F}/gu;

/**
 * JSON whose invisible characters (bidi, format, separators, C1 controls) are written as `\u`
 * escapes: the same value once parsed, but nothing a later step could render raw.
 */
export function jsonWithoutInvisibles(value: unknown): string {
  const text = JSON.stringify(value);
  if (text.search(INVISIBLE) === -1) return text;
  return text.replace(INVISIBLE, (ch) =>
    Array.from(
      { length: ch.length },
      (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`,
    ).join(''),
  );
}

const codePoint = (ch: string) => `\\u{${ch.codePointAt(0)!.toString(16)}}`;

// Each escape tests before it replaces: most text has nothing to escape, and is returned as it is.
const ANY_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

export function escapeTerminal(text: string): string {
  if (!ANY_INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLE, codePoint);
}

/** Several lines for the terminal: each line escaped, line breaks kept. */
export function escapeTerminalLines(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeTerminal(line))
    .join('\n');
}

/**
 * A line in the job log, or an annotation's text: one line, nothing invisible, and never the
 * start of a workflow command (`::` at the start of a line is escaped as \u{3a}:).
 */
export function escapeLog(text: string): string {
  return escapeTerminal(text).replace(/^(\s*):/, '$1\\u{3a}');
}

/**
 * Text written to a stream that a runner reads (the CLI's stderr in a job): each line escaped,
 * and no line that starts a workflow command.
 */
export function escapeLogLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^\s*::/.test(line) ? escapeLog(line) : escapeTerminal(line)))
    .join('\n');
}

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** An HTML attribute value, quoted with `"`. */
export function escapeHtml(text: string): string {
  const visible = escapeTerminal(text);
  if (!/[&<>"']/.test(visible)) return visible;
  return visible.replace(/[&<>"']/g, (ch) => HTML[ch]!);
}

/**
 * Text between HTML tags on one line: entities for HTML, and for `@` and `#`, so a name cannot
 * mention a team or link an issue.
 */
export function escapeHtmlText(text: string): string {
  // Entities first, on the text itself: the \u{…} of an invisible character stays readable.
  if (!/[&<>"'@#`*_[\]|]/.test(text)) return escapeTerminal(text);
  return escapeTerminal(
    text.replace(/[&<>"'@#`*_[\]|]/g, (ch) =>
      ch in HTML ? HTML[ch]! : `&#${ch.codePointAt(0)!};`,
    ),
  );
}

const MARKDOWN = /[&<>"'\\`*_{}[\]()#+\-.!|~:@$]/;

/**
 * Inline Markdown that renders as the literal text, on one line, safe inside a table cell:
 * HTML is entity-encoded, Markdown punctuation backslash-escaped, line breaks folded.
 */
export function escapeMarkdown(text: string): string {
  const folded = /[\r\n]/.test(text) ? text.replace(/\r\n|\r|\n/g, ' ') : text;
  const visible = escapeTerminal(folded);
  if (!MARKDOWN.test(visible)) return visible;
  // One pass, so an entity's own `&` and `#` are never escaped again.
  return visible.replace(/[&<>"'\\`*_{}[\]()#+\-.!|~:@$]/g, (ch) =>
    ch in HTML ? HTML[ch]! : `\\${ch}`,
  );
}

/** A line of Markdown outside a table: the same escapes, so it cannot start a heading or list. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text);
}

/**
 * A fenced block that shows `text` as it is, nothing invisible in it: the fence is longer than
 * any run of backticks inside, so the text cannot close it.
 */
export function codeBlock(text: string, language = 'text'): string {
  const body = escapeTerminalLines(text.replace(/\r\n?/g, '\n'));
  let longest = 2;
  for (const run of body.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${body}\n${fence}`;
}

/** A reason as the end of a sentence: its own full stop kept, one added where it has none. */
export function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Characters of untrusted text quoted in a message; the rest is counted, not shown. */
export const EXCERPT_CHARS = 60;

/**
 * The start of `text`, whole code points, then how much was left out:
 * `aaaa… (1048500 more characters)`. Short text is returned as it is.
 */
/**
 * Names from outside (categories, check names) as one bounded list: the first `shown`, each an
 * excerpt, then how many more there are. The output never grows with the input.
 */
export function excerptList(items: readonly string[], shown = 3, limit = EXCERPT_CHARS): string {
  const listed = items
    .slice(0, shown)
    .map((item) => excerpt(item, limit))
    .join(', ');
  return items.length > shown ? `${listed} and ${items.length - shown} more` : listed;
}

export function excerpt(text: string, limit = EXCERPT_CHARS): string {
  if (text.length <= limit) return text;
  let end = limit - 12;
  // Never cut a surrogate pair in two.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}
