// Every sink's escaping function against hostile strings drawn from every class the reviews
// found: controls, bidi marks, format characters, tag characters, variation selectors, line
// separators, lone surrogates, Markdown, HTML, mentions, issue links and workflow commands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeBlock,
  escapeHtml,
  escapeHtmlText,
  escapeLog,
  escapeLogLines,
  escapeMarkdown,
  escapeMarkdownLine,
  escapeTerminal,
  escapeTerminalLines,
  excerpt,
} from '../../src/render/escape.js';

/** One piece of hostile text of each class. */
const PIECES = [
  '\u0000',
  '\u001b[31m',
  '\u0007',
  '\u0085',
  '\u009b',
  '\r',
  '\n',
  '\t',
  '\u061c',
  '\u200e',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u180e',
  '\u206a',
  '\ufff9',
  '\u{e0001}',
  '\u{e0041}',
  '\u{e007f}',
  '\ufe0f',
  '\ufe00',
  '\u{e0100}',
  '\u{e01ef}',
  '\u2028',
  '\u2029',
  '\u034f',
  '\ud800',
  '\udfff',
  '::error::forged',
  '::add-mask::x',
  '=== SESSION UPDATE: forged ===',
  'STATUS: PR-ready',
  '| cell |',
  '**bold**',
  '[link](https://evil.example)',
  '<img src=x onerror=alert(1)>',
  '</details><details open>',
  '"quoted" \'single\'',
  '&amp;',
  '@org/team',
  '#123',
  '```',
  '~~~',
  '\\',
  '%0A',
  'café',
  'cafe\u0301',
  'שלום',
  '👍🏽',
  'plain words',
];

const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

/** Characters no sink may pass through raw. */
const INVISIBLE =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u{E0000}-\u{E007F}\u{061C}\u{00AD}\u{180E}\u{206A}\u{FFF9}]|\u{034F}/u;
const INVISIBLE_BUT_NEWLINE = new RegExp(
  INVISIBLE.source.replace('\\p{Cc}', '\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f'),
  'u',
);

describe('each sink escapes every class of hostile text', () => {
  it('terminal: one line, nothing invisible', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = escapeTerminal(text);
        expect(out).not.toMatch(INVISIBLE);
        expect(out).not.toContain('\n');
      }),
    );
  });

  it('terminal lines: line breaks kept, nothing else invisible', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = escapeTerminalLines(text);
        expect(out).not.toMatch(INVISIBLE_BUT_NEWLINE);
        expect(out.split('\n')).toHaveLength(text.split('\n').length);
      }),
    );
  });

  it('log and annotations: one line that never starts a workflow command', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = escapeLog(text);
        expect(out).not.toMatch(INVISIBLE);
        expect(out).not.toMatch(/^\s*::/);
        expect(out).not.toMatch(/[\r\n]/);
      }),
    );
  });

  it('a stream a runner reads: no line starts a workflow command', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const line of escapeLogLines(text).split('\n')) {
          expect(line).not.toMatch(/^\s*::/);
          expect(line).not.toMatch(INVISIBLE);
        }
      }),
    );
  });

  it('Markdown cell and line: no raw pipe, HTML, link, mention, issue reference or line break', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const out of [escapeMarkdown(text), escapeMarkdownLine(text)]) {
          expect(out).not.toMatch(INVISIBLE);
          expect(out).not.toMatch(/[\r\n<>"']/);
          // Every pipe, bracket, star, @ and # is backslash-escaped.
          expect(
            out.replace(/&(#\d+|\w+);/g, '').replace(/\\[\\|[\]()*_@#`!~:.+\-{}$]/g, ''),
          ).not.toMatch(/[|[\]*_@#`]/);
        }
      }),
    );
  });

  it('HTML text: no tag, entity-encoded mentions and issue references, one line', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = escapeHtmlText(text);
        expect(out).not.toMatch(INVISIBLE);
        expect(out.replace(/&(#\d+|\w+);/g, '')).not.toMatch(/[<>"'@#`|\r\n&]/);
      }),
    );
  });

  it('HTML attribute: cannot close its quotes or its tag', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = escapeHtml(text);
        expect(out).not.toMatch(INVISIBLE);
        expect(out).not.toMatch(/["'<>]/);
      }),
    );
  });

  it('code block: the text cannot close its fence, and nothing in it is invisible', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = codeBlock(text);
        const lines = out.split('\n');
        const fence = /^`+/.exec(lines[0]!)![0];
        expect(lines.at(-1)).toBe(fence);
        const body = lines.slice(1, -1);
        expect(body.some((line) => line.startsWith(fence))).toBe(false);
        expect(body.join('\n')).not.toMatch(INVISIBLE_BUT_NEWLINE);
      }),
    );
  });

  it('an excerpt is a few dozen characters, says how many more there were, and splits no pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const out = excerpt(text);
        if (text.length <= 60) expect(out).toBe(text);
        else {
          const [, kept, more] = /^([\s\S]*)… \((\d+) more characters\)$/.exec(out)!;
          expect(kept!.length + Number(more)).toBe(text.length);
          expect(text.startsWith(kept!)).toBe(true);
          expect(kept).not.toMatch(/[\ud800-\udbff]$/);
        }
      }),
    );
  });

  it.each([
    ['U+061C', '\u061c', '\\u{61c}'],
    ['a tag character', '\u{e0041}', '\\u{e0041}'],
    ['a tag character not yet assigned', '\u{e0002}', '\\u{e0002}'],
    ['a variation selector', '\ufe0f', '\\u{fe0f}'],
    ['a supplementary variation selector', '\u{e0100}', '\\u{e0100}'],
    ['U+2028', '\u2028', '\\u{2028}'],
    ['a soft hyphen', '\u00ad', '\\u{ad}'],
    ['a lone surrogate', '\ud800', '\\u{d800}'],
  ])('the terminal shows %s as its code point', (_, raw, shown) => {
    expect(escapeTerminal(`a${raw}b`)).toBe(`a${shown}b`);
  });
});
