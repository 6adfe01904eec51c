// Hostile and broken backlogs, each with the exact outcome a user sees. A case is a file in
// cases/ or, when it is huge, binary or not a plain file, made by `make` in the test's workspace.
// Broken cases: the CLI exits 2 naming the problem at file:line:col (where there is a line), and
// the action fails with an annotation there. Hostile but valid cases plan, with every piece of
// their text escaped wherever it is shown.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL_SCENARIOS } from '../../scripts/adversarial-scale.js';

export interface BrokenCase {
  name: string;
  /** The file in cases/; absent when `make` creates it. */
  source?: string;
  /** The path the backlog is read from, relative to the workspace. */
  file: string;
  make?: (workspace: string, file: string) => Promise<void>;
  /** Extra CLI flags and action inputs, for cases that need a raised size limit. */
  args?: string[];
  inputs?: Record<string, string>;
  /** The first problem, word for word (the file name included where it is said). */
  message: string;
  /** Where the first problem is: file:line:col; absent when the problem is the file itself. */
  at?: string;
  /** Text that must never appear anywhere: a secret behind a link, say. */
  never?: string[];
}

export interface HostileCase {
  name: string;
  source?: string;
  file: string;
  make?: (workspace: string, file: string) => Promise<void>;
  args?: string[];
  inputs?: Record<string, string>;
  /** Run through the CLI alone: the action's in-process run would hold every report at once. */
  cliOnly?: boolean;
  /** Active sessions in the plan. */
  active: number;
  /**
   * Raw text that must not reach the summary outside its ```text blocks (the terminal, and those
   * blocks, show Markdown and HTML as the literal text they are).
   */
  raw: string[];
  /** How the summary shows it instead. */
  escaped: string[];
}

const MiB = 1024 * 1024;

/** The start of a one-session backlog, for a case to add the session's last keys to. */
const SESSION =
  'version: 1\nsessions:\n  - name: a\n    category: Security\n    status: needs-more-work\n';

/**
 * A broken file twice: as written, read by the small-file reader, and padded with comment lines
 * past 2 MiB, read by the large-file one; both name the same problem at the same place.
 */
function bothReaders(c: {
  name: string;
  file: string;
  text: string;
  message: string;
  at: string;
}): BrokenCase[] {
  const line = `#${'p'.repeat(1023)}\n`;
  const large = c.file.replace(/\.yaml$/, '-large.yaml');
  return [
    {
      name: c.name,
      file: c.file,
      make: (dir, file) => writeFile(join(dir, file), c.text),
      message: c.message,
      at: c.at,
    },
    {
      name: `${c.name}, in a file over 2 MiB`,
      file: large,
      make: (dir, file) =>
        writeFile(join(dir, file), c.text + line.repeat(Math.ceil((2 * MiB) / line.length) + 1)),
      args: ['--max-file-size', '4MiB'],
      inputs: { 'max-file-size': '4MiB' },
      message: c.message,
      at: c.at.replace(c.file, large),
    },
  ];
}

const scenarioNamed = (name: string) => ADVERSARIAL_SCENARIOS.find((s) => s.name === name)!;

/** A valid backlog of `count` sessions as JSON, the format that stays fast at this size. */
export function manySessions(count: number, format: 'json' | 'yaml' = 'json'): string {
  const categories = ['Security', 'Data Integrity', 'Golden Path', 'CI Stability', 'Graph'];
  const statuses = ['pr-ready', 'pr-created', 'needs-more-work', 'archived'];
  const sessions = Array.from({ length: count }, (_, i) => ({
    name: `session-${i}`,
    category: categories[i % categories.length],
    status: statuses[i % statuses.length],
    remaining_steps: i % 7,
    next_action: 'write the test',
  }));
  if (format === 'json') return JSON.stringify({ version: 1, capacity: count, sessions }, null, 1);
  const lines = ['version: 1', `capacity: ${count}`, 'sessions:'];
  for (const s of sessions) {
    lines.push(
      `  - name: ${s.name}`,
      `    category: ${s.category}`,
      `    status: ${s.status}`,
      `    remaining_steps: ${s.remaining_steps}`,
      `    next_action: ${s.next_action}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export const broken: BrokenCase[] = [
  // The file itself.
  {
    name: 'a missing file',
    file: 'missing.yaml',
    message: 'backlog file missing.yaml was not found',
  },
  {
    name: 'a directory',
    file: 'sessions.yaml',
    make: (dir, file) => mkdir(join(dir, file)),
    message: 'sessions.yaml is a directory, not a backlog file',
  },
  {
    name: 'a symlink to a file outside the workspace is refused, not read',
    file: 'sessions.yaml',
    make: async (dir, file) => {
      const outside = await mkdtemp(join(tmpdir(), 'outside-'));
      await writeFile(join(outside, 'secret.yaml'), 'token: ghs_never_shown\n[broken\n');
      await symlink(join(outside, 'secret.yaml'), join(dir, file));
    },
    message: 'sessions.yaml resolves to a file outside the workspace; it is not read',
    never: ['ghs_never_shown'],
  },
  {
    name: 'a named pipe is refused instead of read forever',
    file: 'sessions.yaml',
    make: (dir, file) => {
      execFileSync('mkfifo', [join(dir, file)]);
      return Promise.resolve();
    },
    message: 'sessions.yaml is not a regular file',
  },
  {
    name: 'a file over 2 MiB is refused before it is parsed',
    file: 'huge.yaml',
    // Unparseable from the first line: a parse would report that instead of the size.
    make: (dir, file) => writeFile(join(dir, file), `[${'x'.repeat(2 * MiB)}`),
    message:
      'huge.yaml is 2.0 MiB (2097153 bytes), over the 2 MiB (2097152 bytes) limit for a backlog; it was not parsed',
    at: 'huge.yaml:1:1',
  },
  {
    name: 'a file over a raised limit is refused, naming that limit',
    file: 'big.yaml',
    make: (dir, file) => writeFile(join(dir, file), `# ${'x'.repeat(600 * 1024)}\n`),
    args: ['--max-file-size', '512KiB'],
    inputs: { 'max-file-size': '512KiB' },
    message:
      'big.yaml is 600.0 KiB (614403 bytes), over the 512 KiB (524288 bytes) limit for a backlog; it was not parsed',
    at: 'big.yaml:1:1',
  },
  {
    name: 'invalid UTF-8',
    file: 'latin1.yaml',
    make: (dir, file) =>
      writeFile(join(dir, file), Buffer.from('version: 1\nsessions: []\n# caf\xe9\n', 'latin1')),
    message: 'latin1.yaml is not valid UTF-8',
    at: 'latin1.yaml:1:1',
  },
  {
    name: 'an empty file',
    source: 'empty.yaml',
    file: 'empty.yaml',
    message: 'empty.yaml is empty',
    at: 'empty.yaml:1:1',
  },
  {
    name: 'a file of comments only',
    source: 'comments-only.yaml',
    file: 'comments-only.yaml',
    message: 'comments-only.yaml is empty',
    at: 'comments-only.yaml:1:1',
  },

  // Syntax.
  {
    name: 'invalid YAML: a key indented out of line',
    source: 'invalid-indentation.yaml',
    file: 'invalid-indentation.yaml',
    message: 'invalid YAML: Nested mappings are not allowed in compact mappings',
    at: 'invalid-indentation.yaml:3:11',
  },
  {
    name: 'invalid YAML: an unclosed flow list',
    source: 'unclosed-flow.yaml',
    file: 'unclosed-flow.yaml',
    message:
      'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    at: 'unclosed-flow.yaml:4:1',
  },
  {
    name: 'truncated JSON',
    source: 'truncated.json',
    file: 'truncated.json',
    message:
      'invalid YAML: Flow map in block collection must be sufficiently indented and end with a }',
    at: 'truncated.json:1:51',
  },
  {
    name: 'tabs used for indentation',
    source: 'tab-indentation.yaml',
    file: 'tab-indentation.yaml',
    message: 'invalid YAML: Tabs are not allowed as indentation',
    at: 'tab-indentation.yaml:3:1',
  },
  {
    name: 'two YAML documents in one file',
    source: 'two-documents.yaml',
    file: 'two-documents.yaml',
    message: 'the file holds more than one YAML document',
    at: 'two-documents.yaml:3:1',
  },
  {
    name: 'a byte order mark and CRLF line endings keep lines right',
    source: 'bom-crlf.yaml',
    file: 'bom-crlf.yaml',
    message: 'session "a": unknown status "shipped"',
    at: 'bom-crlf.yaml:5:13',
  },
  {
    name: 'a YAML alias bomb is refused without expanding it',
    source: 'alias-bomb.yaml',
    file: 'alias-bomb.yaml',
    message: 'the file cannot be read as data: its aliases expand to too many values',
    // At the alias that takes the expansion past its bound.
    at: 'alias-bomb.yaml:4:39',
  },
  {
    name: 'YAML nested ten thousand levels deep',
    source: 'deep-nesting.yaml',
    file: 'deep-nesting.yaml',
    message: 'the file nests lists or mappings too deeply to be read',
    // The column is where the parser ran out of stack, which depends on the runtime.
    at: 'deep-nesting.yaml:2',
  },
  {
    name: 'JSON nested a hundred thousand levels deep',
    file: 'deep.json',
    make: (dir, file) =>
      writeFile(join(dir, file), `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`),
    message: 'session #1 must be a mapping of keys (name, category, status, ...), got a list',
    at: 'deep.json:1:2',
  },
  {
    name: 'a scalar instead of a mapping',
    source: 'scalar-document.yaml',
    file: 'scalar-document.yaml',
    message:
      'the backlog must be a mapping (version, capacity, sessions) or a JSON array of sessions',
    at: 'scalar-document.yaml:1:1',
  },
  {
    name: 'a binary tag where text belongs',
    source: 'binary-tag.yaml',
    file: 'binary-tag.yaml',
    message:
      'the tag !!binary is not supported: write the value without it (only !!str and !!int are read)',
    at: 'binary-tag.yaml:3:21',
  },

  // Keys.
  {
    name: 'a key repeated in a YAML mapping',
    source: 'duplicate-key.yaml',
    file: 'duplicate-key.yaml',
    message: 'invalid YAML: Map keys must be unique',
    at: 'duplicate-key.yaml:6:5',
  },
  {
    name: 'a key repeated in a JSON object (JSON.parse would keep the last)',
    source: 'duplicate-key.json',
    file: 'duplicate-key.json',
    message: 'invalid YAML: Map keys must be unique',
    at: 'duplicate-key.json:1:38',
  },
  {
    name: 'a __proto__ key in a session',
    source: 'proto-key.yaml',
    file: 'proto-key.yaml',
    message: 'session "a": unknown key "__proto__"',
    at: 'proto-key.yaml:6:5',
  },
  {
    name: 'a __proto__ key at the top of a JSON backlog',
    source: 'proto-key.json',
    file: 'proto-key.json',
    message: 'the backlog: unknown key "__proto__"',
    at: 'proto-key.json:1:16',
  },
  {
    name: 'a constructor key in a session',
    source: 'constructor-key.yaml',
    file: 'constructor-key.yaml',
    message: 'session "a": unknown key "constructor"',
    at: 'constructor-key.yaml:6:5',
  },
  {
    name: 'an unknown key that is a workflow command',
    source: 'workflow-command-key.yaml',
    file: 'workflow-command-key.yaml',
    message: 'session "a": unknown key "::error::owned"',
    at: 'workflow-command-key.yaml:3:47',
  },
  {
    name: 'an unknown top-level key',
    source: 'unknown-top-level-key.yaml',
    file: 'unknown-top-level-key.yaml',
    message: 'the backlog: unknown key "unknown_top"',
    at: 'unknown-top-level-key.yaml:2:1',
  },
  {
    name: 'no version',
    source: 'missing-version.yaml',
    file: 'missing-version.yaml',
    message: 'the backlog: missing required key "version"',
    at: 'missing-version.yaml:1:1',
  },
  {
    name: 'a version this release cannot read',
    source: 'version-2.yaml',
    file: 'version-2.yaml',
    message: 'unsupported version 2',
    at: 'version-2.yaml:1:10',
  },

  // Values.
  {
    name: 'two sessions with one name',
    source: 'duplicate-session-name.yaml',
    file: 'duplicate-session-name.yaml',
    message: 'duplicate session name "twin" at lines 3 and 5',
    at: 'duplicate-session-name.yaml:5:5',
  },
  {
    name: 'a rotation category listed twice',
    source: 'duplicate-category.yaml',
    file: 'duplicate-category.yaml',
    message: 'category "a" is listed twice in categories',
    at: 'duplicate-category.yaml:2:24',
  },
  {
    name: 'a name that is a list',
    source: 'name-is-a-list.yaml',
    file: 'name-is-a-list.yaml',
    message: 'session #1: name must be text, got a list',
    at: 'name-is-a-list.yaml:3:11',
  },
  {
    name: 'a capacity written as a word',
    source: 'capacity-is-text.yaml',
    file: 'capacity-is-text.yaml',
    message: 'the backlog: capacity must be a whole number, got "fifteen"',
    at: 'capacity-is-text.yaml:2:11',
  },
  {
    name: 'a capacity past the largest safe integer',
    source: 'capacity-unsafe-integer.yaml',
    file: 'capacity-unsafe-integer.yaml',
    message: 'the backlog: capacity is too large, got 100000000000000000000',
    at: 'capacity-unsafe-integer.yaml:2:11',
  },
  {
    name: 'sessions written as a mapping',
    source: 'sessions-is-a-mapping.yaml',
    file: 'sessions-is-a-mapping.yaml',
    message: 'the backlog: sessions must be a list, got a mapping',
    at: 'sessions-is-a-mapping.yaml:3:3',
  },
  {
    name: 'an empty entry in the session list',
    source: 'null-session.yaml',
    file: 'null-session.yaml',
    message: 'session #1 must be a mapping of keys (name, category, status, ...), got null',
    at: 'null-session.yaml:3:4',
  },
  {
    name: 'a name over 200 characters',
    source: 'name-too-long.yaml',
    file: 'name-too-long.yaml',
    // The name is quoted as an excerpt: a message never repeats a long text whole.
    message: `session "${'x'.repeat(48)}… (153 more characters)": name is too long (at most 200 characters)`,
    at: 'name-too-long.yaml:3:12',
  },
  {
    name: 'negative remaining steps',
    source: 'negative-steps.yaml',
    file: 'negative-steps.yaml',
    message: 'session "a": remaining_steps must be 0 or more, got -3',
    at: 'negative-steps.yaml:3:71',
  },
  {
    name: 'fractional remaining steps',
    source: 'fractional-steps.yaml',
    file: 'fractional-steps.yaml',
    message: 'session "a": remaining_steps must be a whole number, got 2.5',
    at: 'fractional-steps.yaml:3:71',
  },
  {
    name: 'infinite remaining steps',
    source: 'infinite-steps.yaml',
    file: 'infinite-steps.yaml',
    message: 'session "a": remaining_steps must be a whole number, got Infinity',
    at: 'infinite-steps.yaml:3:71',
  },
  {
    name: 'reserve equal to capacity',
    source: 'reserve-equals-capacity.yaml',
    file: 'reserve-equals-capacity.yaml',
    message: 'reserve (5) must be smaller than capacity (5)',
    at: 'reserve-equals-capacity.yaml:3:10',
  },
  {
    name: 'reserve over capacity',
    source: 'reserve-over-capacity.yaml',
    file: 'reserve-over-capacity.yaml',
    message: 'reserve (9) must be smaller than capacity (3)',
    at: 'reserve-over-capacity.yaml:3:10',
  },
  {
    name: 'a start date that is no calendar day',
    source: 'impossible-date.yaml',
    file: 'impossible-date.yaml',
    message: 'session "a": started "2026-02-30" is not a real calendar date',
    at: 'impossible-date.yaml:3:63',
  },
  {
    name: 'an incident in month 13',
    source: 'impossible-incident-date.yaml',
    file: 'impossible-incident-date.yaml',
    message: 'the backlog: incidents.0.date "2026-13-01" is not a real calendar date',
    at: 'impossible-incident-date.yaml:3:20',
  },
  {
    name: 'an unknown status',
    source: 'unknown-status.yaml',
    file: 'unknown-status.yaml',
    message: 'session "a": unknown status "done"',
    at: 'unknown-status.yaml:3:37',
  },
  {
    name: 'blocked without a blocker',
    source: 'blocked-without-blocker.yaml',
    file: 'blocked-without-blocker.yaml',
    message: 'session "a" is blocked but does not say by what: `blocker` is missing',
    at: 'blocked-without-blocker.yaml:3:29',
  },

  // One identity for one thing.
  {
    name: 'two names equal after Unicode normalisation (NFC) are duplicates, both spellings said',
    source: 'nfc-duplicate-name.yaml',
    file: 'nfc-duplicate-name.yaml',
    message:
      'duplicate session name "cafe\u0301" at lines 3 and 4: "caf\\u{e9}" and "cafe\\u{301}" are the same text after Unicode normalisation (NFC)',
    at: 'nfc-duplicate-name.yaml:4:5',
  },
  {
    name: 'two incident ids equal after Unicode normalisation (NFC) are duplicates, at the second',
    file: 'nfc-duplicate-incident.yaml',
    make: (dir, file) =>
      writeFile(
        join(dir, file),
        [
          'version: 1',
          'categories: [Security]',
          'sessions: []',
          'incidents:',
          '  - {id: "caf\u00e9", date: 2026-11-20, category: Security, summary: s}',
          '  - {id: "cafe\u0301", date: 2026-11-21, category: Security, summary: t}',
          '',
        ].join('\n'),
      ),
    message:
      'duplicate incident id "cafe\u0301" at lines 5 and 6: "caf\\u{e9}" and "cafe\\u{301}" are the same text after Unicode normalisation (NFC)',
    at: 'nfc-duplicate-incident.yaml:6:5',
  },

  // One reading of YAML: the same verdict and place under and over the size threshold.
  {
    name: 'an unknown tag',
    source: 'unknown-tag.yaml',
    file: 'unknown-tag.yaml',
    message:
      'the tag !evil is not supported: write the value without it (only !!str and !!int are read)',
    at: 'unknown-tag.yaml:4:21',
  },
  {
    name: 'an unknown tag in a file read by the large-file reader',
    file: 'unknown-tag.yaml',
    make: (dir, file) => overThreshold(dir, file, 'unknown-tag.yaml'),
    args: ['--max-file-size', '4MiB'],
    inputs: { 'max-file-size': '4MiB' },
    message:
      'the tag !evil is not supported: write the value without it (only !!str and !!int are read)',
    at: 'unknown-tag.yaml:4:21',
  },
  {
    name: 'a float tag where a count belongs',
    source: 'float-tag.yaml',
    file: 'float-tag.yaml',
    message:
      'the tag !!float is not supported: write the value without it (only !!str and !!int are read)',
    at: 'float-tag.yaml:6:30',
  },
  {
    name: 'a float tag in a file read by the large-file reader',
    file: 'float-tag.yaml',
    make: (dir, file) => overThreshold(dir, file, 'float-tag.yaml'),
    args: ['--max-file-size', '4MiB'],
    inputs: { 'max-file-size': '4MiB' },
    message:
      'the tag !!float is not supported: write the value without it (only !!str and !!int are read)',
    at: 'float-tag.yaml:6:30',
  },
  {
    name: 'a timestamp tag on a start date',
    source: 'timestamp-tag.yaml',
    file: 'timestamp-tag.yaml',
    message:
      'the tag !!timestamp is not supported: write the value without it (only !!str and !!int are read)',
    at: 'timestamp-tag.yaml:6:26',
  },
  {
    name: 'a merge key',
    source: 'merge-key.yaml',
    file: 'merge-key.yaml',
    message: 'merge keys are not supported: write the fields out',
    at: 'merge-key.yaml:7:5',
  },
  {
    name: 'a merge key in a file read by the large-file reader',
    file: 'merge-key.yaml',
    make: (dir, file) => overThreshold(dir, file, 'merge-key.yaml'),
    args: ['--max-file-size', '4MiB'],
    inputs: { 'max-file-size': '4MiB' },
    message: 'merge keys are not supported: write the fields out',
    at: 'merge-key.yaml:7:5',
  },

  // Bounded.
  {
    name: 'a 1 MiB name aliased thousands of times is refused at the alias that passes the bound',
    file: 'alias-name.yaml',
    make: (dir, file) => {
      const lines = [
        'version: 1',
        'sessions:',
        `  - {name: &n ${'x'.repeat(MiB)}, category: Security, status: pr-ready}`,
      ];
      for (let i = 0; i < 3000; i++)
        lines.push('  - {name: *n, category: Security, status: pr-ready}');
      return writeFile(join(dir, file), `${lines.join('\n')}\n`);
    },
    message: 'the file cannot be read as data: its aliases expand to too many values',
    at: 'alias-name.yaml:6:12',
  },

  // Pull request references.
  {
    name: 'a pull request reference that is no reference',
    source: 'malformed-pr.yaml',
    file: 'malformed-pr.yaml',
    message: 'session "a": pr "PR-12" is not a pull request reference',
    at: 'malformed-pr.yaml:3:53',
  },
  {
    name: 'pull request number 0',
    source: 'pr-zero.yaml',
    file: 'pr-zero.yaml',
    message: 'session "a": pr 0 is not a pull request reference',
    at: 'pr-zero.yaml:3:53',
  },
  {
    name: 'a pull request URL over plain http',
    source: 'pr-plain-http.yaml',
    file: 'pr-plain-http.yaml',
    message: 'session "a": pr "http://github.com/acme/web/pull/1" is not a pull request reference',
    at: 'pr-plain-http.yaml:3:53',
  },
  {
    name: 'a pull request URL whose real host hides behind user info',
    source: 'pr-userinfo-host.yaml',
    file: 'pr-userinfo-host.yaml',
    message:
      'session "a": pr "https://github.com@evil.example/acme/web/pull/1" is not a pull request reference',
    at: 'pr-userinfo-host.yaml:3:53',
  },
  {
    name: 'a javascript: URL as a pull request',
    source: 'pr-javascript-url.yaml',
    file: 'pr-javascript-url.yaml',
    message:
      'session "a": pr "javascript:alert(1)//acme/web/pull/1" is not a pull request reference',
    at: 'pr-javascript-url.yaml:3:53',
  },

  // Where the two YAML readers once read a file differently: each file small, and padded past
  // 2 MiB so the large-file reader reads it, refused alike.
  ...bothReaders({
    name: 'a carriage return without a line feed, hiding a key in a comment for one reader',
    file: 'lone-cr.yaml',
    text: 'version: 1\n# note\rcapacity: 1\nsessions: []\n',
    message:
      'a carriage return without a line feed at 2:7: save the file with LF or CRLF line endings',
    at: 'lone-cr.yaml:2:7',
  }),
  ...bothReaders({
    name: 'an alias that names no anchor',
    file: 'undefined-alias.yaml',
    text: `${SESSION}    remaining_steps: 2\n    next_action: x\n    blocked: *nope\n`,
    message: 'invalid YAML: alias "*nope" names no anchor before it',
    at: 'undefined-alias.yaml:8:14',
  }),
  ...bothReaders({
    name: 'an alias before its anchor',
    file: 'forward-alias.yaml',
    text: `${SESSION}    next_action: *later\n    blocker: &later y\n`,
    message: 'invalid YAML: alias "*later" names no anchor before it',
    at: 'forward-alias.yaml:6:18',
  }),
  ...bothReaders({
    name: 'a null category key in the backlog',
    file: 'null-backlog-key.yaml',
    text: 'version: 1\nbacklog:\n  ~:\n    active: [{id: p, title: t}]\n',
    message: 'invalid YAML: a key must be text, not empty or null',
    at: 'null-backlog-key.yaml:3:3',
  }),
  ...bothReaders({
    name: 'an empty category key in the backlog',
    file: 'empty-backlog-key.yaml',
    text: 'version: 1\nbacklog:\n  ? \n  : {active: [{id: p, title: t}]}\n',
    message: 'invalid YAML: a key must be text, not empty or null',
    at: 'empty-backlog-key.yaml:3:3',
  }),
  ...bothReaders({
    name: 'a %TAG directive that renames the core tags',
    file: 'tag-directive.yaml',
    text: `%TAG !e! tag:yaml.org,2002:\n---\n${SESSION}    next_action: !e!str x\n`,
    message:
      '%TAG directives are not supported: write the tags out (only !!str and !!int are read)',
    at: 'tag-directive.yaml:1:1',
  }),
  ...bothReaders({
    name: 'category keys that are one number once read (1 and 0x1)',
    file: 'number-keys.yaml',
    text: 'version: 1\nbacklog:\n  1: {active: [{id: p, title: t}]}\n  0x1: {active: [{id: q, title: t}]}\n',
    message: 'invalid YAML: Map keys must be unique',
    at: 'number-keys.yaml:4:3',
  }),
  ...bothReaders({
    name: 'keys that are one boolean once read (true and True)',
    file: 'boolean-keys.yaml',
    text: 'version: 1\nbacklog:\n  true: {active: [{id: p, title: t}]}\n  True: {active: [{id: q, title: t}]}\n',
    message: 'invalid YAML: Map keys must be unique',
    at: 'boolean-keys.yaml:4:3',
  }),
];

/** The text of a case in cases/, past the size threshold where the large-file reader takes over. */
async function overThreshold(dir: string, file: string, source: string): Promise<void> {
  const text = await readFile(
    join(fileURLToPath(new URL('cases', import.meta.url)), source),
    'utf8',
  );
  await writeFile(join(dir, file), `${text}# ${'x'.repeat(2 * MiB)}\n`);
}

export const hostile: HostileCase[] = [
  {
    name: 'names and notes that are workflow commands',
    source: 'name-workflow-command.yaml',
    file: 'name-workflow-command.yaml',
    active: 2,
    raw: ['\n::warning file=a.yaml::injected'],
    escaped: ['\\:\\:error\\:\\:pwned'],
  },
  {
    name: 'a name full of Markdown',
    source: 'name-markdown.yaml',
    file: 'name-markdown.yaml',
    active: 1,
    // Raw only in the update's <summary> line and ```text block, where GitHub shows it as text.
    raw: ['| **bold** |', '](https://evil.example) |'],
    escaped: ['\\*\\*bold\\*\\* \\| pipe \\| \\[link\\]\\(https\\:'],
  },
  {
    name: 'a name and a note of HTML',
    source: 'name-html.yaml',
    file: 'name-html.yaml',
    active: 1,
    raw: ['<img', '<script>', '</details><details open>'],
    escaped: ['&lt;img src=x onerror=alert\\(1\\)&gt;&lt;script&gt;'],
  },
  {
    name: 'a right-to-left override in a name',
    source: 'name-right-to-left.yaml',
    file: 'name-right-to-left.yaml',
    active: 2,
    raw: ['\u202E'],
    escaped: ['invoice\\\\u\\{202e\\}gpj\\.exe', 'שלום'],
  },
  {
    name: 'zero-width characters that make two names look alike',
    source: 'name-zero-width.yaml',
    file: 'name-zero-width.yaml',
    active: 3,
    raw: ['\u200B', '\u2060', '\uFEFF'],
    escaped: ['review\\\\u\\{200b\\}', '\\\\u\\{2060\\}\\\\u\\{feff\\}'],
  },
  {
    name: 'NUL and terminal escapes in a name',
    source: 'control-characters-in-name.yaml',
    file: 'control-characters-in-name.yaml',
    active: 1,
    raw: ['\u0000', '\u001b'],
    escaped: ['a\\\\u\\{0\\}b\\\\u\\{1b\\}\\[31mred'],
  },
  {
    name: '__proto__ and constructor in the playbook JSON are ignored with a warning',
    file: 'sessions.json',
    make: (dir, file) =>
      writeFile(
        join(dir, file),
        '[{"name": "a", "status": "pr-ready", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}]\n',
      ),
    active: 1,
    raw: [],
    escaped: ['unknown key &quot;\\_\\_proto\\_\\_&quot; is ignored'],
  },
  {
    name: 'format characters of every class in a name, and a lone surrogate',
    source: 'name-format-characters.yaml',
    file: 'name-format-characters.yaml',
    active: 2,
    raw: [
      '\u061c',
      '\u{e0041}',
      '\ufe0f',
      '\u{e0100}',
      '\u2028',
      '\u00ad',
      '\u180e',
      '\u206a',
      '\ufff9',
    ],
    escaped: [
      'a\\\\u\\{61c\\}b\\\\u\\{e0041\\}c\\\\u\\{fe0f\\}d\\\\u\\{e0100\\}e\\\\u\\{2028\\}f\\\\u\\{ad\\}g\\\\u\\{180e\\}h\\\\u\\{206a\\}i\\\\u\\{fff9\\}j',
      'lone \\\\u\\{d800\\} half',
    ],
  },
  {
    name: 'a mention and an issue reference in a name are escaped in the update lines too',
    source: 'name-mention.yaml',
    file: 'name-mention.yaml',
    active: 1,
    raw: ['<summary>SESSION UPDATE: @org', '#123 fix</summary>'],
    escaped: [
      '\\@org/team \\#123 fix',
      '<summary>SESSION UPDATE: &#64;org/team &#35;123 fix</summary>',
    ],
  },
  {
    name: 'a rotation category named __proto__ keeps its prompts',
    source: 'proto-category.yaml',
    file: 'proto-category.yaml',
    active: 1,
    raw: [],
    escaped: ['proto\\-prompt'],
  },
  {
    name: 'a rotation category named __proto__ in JSON keeps its prompts',
    file: 'proto-category.json',
    make: (dir, file) =>
      writeFile(
        join(dir, file),
        '{"version": 1, "capacity": 5, "categories": ["__proto__"], "sessions": [{"name": "a", "category": "__proto__", "status": "pr-ready", "remaining_steps": 1}], "backlog": {"__proto__": {"active": [{"id": "proto-prompt", "title": "kept"}]}}}\n',
      ),
    active: 1,
    raw: [],
    escaped: ['proto\\-prompt'],
  },
  {
    name: 'a start date in the future is a warning at its line, not movement',
    source: 'future-start.yaml',
    file: 'future-start.yaml',
    active: 1,
    raw: [],
    escaped: ['future\\-start\\.yaml:3', 'is in the future'],
  },
  // Linear: the backlogs `npm run bench` times, at 10,000.
  ...(['categories', 'unknown names', 'incidents', 'prompts', 'aliases'] as const).map(
    (scenario): HostileCase => ({
      name: `adversarial scale: ${scenarioNamed(scenario).what.replace('N', '10,000')}`,
      file: 'scale.yaml',
      make: (dir, file) => writeFile(join(dir, file), scenarioNamed(scenario).make(10_000)),
      args: ['--max-file-size', '8MiB'],
      inputs: { 'max-file-size': '8MiB', mode: 'report' },
      active: scenario === 'categories' || scenario === 'prompts' ? 0 : 10_000,
      raw: [],
      escaped: [],
    }),
  ),
  {
    name: '100,000 sessions plan within a 512 MB heap once the size limit is raised',
    file: 'many.json',
    make: (dir, file) => writeFile(join(dir, file), manySessions(100_000)),
    args: ['--max-file-size', '64MiB'],
    inputs: { 'max-file-size': '64MiB', mode: 'report' },
    cliOnly: true,
    active: 75_000,
    raw: [],
    escaped: [],
  },
  {
    name: '100,000 sessions as YAML plan within a 512 MB heap once the size limit is raised',
    file: 'many.yaml',
    make: (dir, file) => writeFile(join(dir, file), manySessions(100_000, 'yaml')),
    args: ['--max-file-size', '64MiB'],
    inputs: { 'max-file-size': '64MiB', mode: 'report' },
    cliOnly: true,
    active: 75_000,
    raw: [],
    escaped: [],
  },
];
