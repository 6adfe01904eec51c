// Untrusted text (session names, blockers, PR titles) made safe for each place it is shown.

// C0/C1 controls, bidirectional overrides and zero-width characters: shown as \u{…} so a name
// cannot rewrite a terminal, hide text or reorder a line.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

export function escapeTerminal(text: string): string {
  return text.replace(INVISIBLE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML[ch]!);
}

/**
 * Inline Markdown that renders as the literal text, on one line, safe inside a table cell:
 * HTML is entity-encoded, Markdown punctuation backslash-escaped, line breaks folded.
 */
export function escapeMarkdown(text: string): string {
  // One pass, so an entity's own `&` and `#` are never escaped again.
  return escapeTerminal(text.replace(/\r\n|\r|\n/g, ' ')).replace(
    /[&<>"'\\`*_{}[\]()#+\-.!|~:@$]/g,
    (ch) => (ch in HTML ? HTML[ch]! : `\\${ch}`),
  );
}
