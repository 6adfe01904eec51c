export const id = 269;
export const ids = [269];
export const modules = {

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ COPILOT_ID_PATTERN),
/* harmony export */   GW: () => (/* binding */ KINDS),
/* harmony export */   Gw: () => (/* binding */ BRANCH_PATTERN),
/* harmony export */   JT: () => (/* binding */ normaliseStatus),
/* harmony export */   Rq: () => (/* binding */ CADENCE_KEYS),
/* harmony export */   Uw: () => (/* binding */ TOP_LEVEL_KEYS),
/* harmony export */   VD: () => (/* binding */ PLAYBOOK_CATEGORIES),
/* harmony export */   Vq: () => (/* binding */ PLAYBOOK_RESERVE),
/* harmony export */   W8: () => (/* binding */ PROMPT_KEYS),
/* harmony export */   YJ: () => (/* binding */ PR_REF_PATTERN),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   jw: () => (/* binding */ AGENTS),
/* harmony export */   kz: () => (/* binding */ DEFAULT_AGENT),
/* harmony export */   mm: () => (/* binding */ INCIDENT_KEYS),
/* harmony export */   oH: () => (/* binding */ SESSION_KEYS),
/* harmony export */   oW: () => (/* binding */ STATUS_PATTERN),
/* harmony export */   pM: () => (/* binding */ JULES_ID_PATTERN),
/* harmony export */   rg: () => (/* binding */ PLAYBOOK_CAPACITY),
/* harmony export */   uR: () => (/* binding */ SESSION_DEFAULTS)
/* harmony export */ });
/** The playbook's rotation, in its priority order. */
const PLAYBOOK_CATEGORIES = [
    'Security',
    'Data Integrity',
    'Golden Path',
    'CI Stability',
    'Graph',
    'Infrastructure',
    'UX',
    'Analytics',
];
/** "Maximum concurrent sessions: 15." */
const PLAYBOOK_CAPACITY = 15;
/** "Ensure at least one slot stays free." */
const PLAYBOOK_RESERVE = 1;
const STATUSES = [
    'pr-ready',
    'pr-created',
    'needs-more-work',
    'blocked',
    'archived',
];
const KINDS = [
    'prompt',
    'rescue',
    'unblocker',
    'hardening',
    'governance',
    'scheduler',
];
const CANONICAL_STATUSES = new Set(STATUSES);
/** `PR created`, `Needs More Work`, `pr_ready` → the canonical hyphenated lower-case spelling. */
function normaliseStatus(text) {
    // Most files spell it so already: a look-up instead of three new strings and an expression.
    if (CANONICAL_STATUSES.has(text))
        return text;
    return text
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-');
}
// The JSON Schema has no case-insensitive flag, so spell every letter as [xX] and let a
// space, hyphen or underscore stand between words: editors then accept what the loader accepts.
function caseInsensitivePattern(words) {
    const spell = (word) => Array.from(word, (ch) => ch)
        .map((ch) => (ch === '-' ? '[-_ ]' : /[a-z]/.test(ch) ? `[${ch}${ch.toUpperCase()}]` : ch))
        .join('');
    return `^\\s*(${words.map(spell).join('|')})\\s*$`;
}
const STATUS_PATTERN = new RegExp(caseInsensitivePattern(STATUSES));
// 42, owner/repo#42, #42, or https://<host>/owner/repo/pull/42
const OWNER_REPO = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}';
const PR_REF_PATTERN = new RegExp(`^(?:#?[1-9][0-9]{0,9}|${OWNER_REPO}#[1-9][0-9]{0,9}|https://[A-Za-z0-9.-]+(?::[0-9]{1,5})?/${OWNER_REPO}/pull/[1-9][0-9]{0,9}/?)$`);
// A git branch name as Jules takes it for `startingBranch`: no spaces, no `..`, no leading `-`.
const BRANCH_PATTERN = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]{1,250}$/;
// A Jules session id, or its resource name `sessions/<id>`.
const JULES_ID_PATTERN = /^(?:sessions\/)?[A-Za-z0-9_-]{1,100}$/;
// A Copilot cloud agent task id: opaque text (a UUID today) that goes into the task's URL path,
// so letters, digits, `_` and `-` only, starting with a letter or digit. Always text: the API's
// `id` is a string, and a bare number in YAML could lose its leading zeros.
const COPILOT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
/** Where dispatch starts a prompt: the session sources (src/sources/source.ts's SourceId). */
const AGENTS = ['jules', 'copilot'];
/** The agent of a file that names none: where every session ran before there were two. */
const DEFAULT_AGENT = 'jules';
/** What a session leaves out, as the schema fills it in; the last two for the playbook tool's JSON. */
const SESSION_DEFAULTS = {
    remaining_steps: 1,
    blocked: false,
    kind: 'prompt',
    status: 'needs-more-work',
    category: 'Uncategorized',
};
const SESSION_KEYS = [
    'name',
    'category',
    'status',
    'remaining_steps',
    'blocked',
    'blocker',
    'pr',
    'jules',
    'copilot',
    'started',
    'next_action',
    'actions',
    'kind',
];
const PROMPT_KEYS = [
    'id',
    'title',
    'added',
    'obsolete',
    'agent',
    'prompt',
    'branch',
    'approve',
];
const INCIDENT_KEYS = ['id', 'date', 'category', 'summary', 'hardening'];
const CADENCE_KEYS = ['governance_every', 'scheduler_every'];
const TOP_LEVEL_KEYS = [
    '$schema',
    'version',
    'capacity',
    'reserve',
    'agent',
    'categories',
    'sessions',
    'backlog',
    'incidents',
    'cadence',
];


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ placesInOrder),
/* harmony export */   So: () => (/* binding */ offsetLocator),
/* harmony export */   Vh: () => (/* binding */ readJson)
/* harmony export */ });
/**
 * The data and a locator, or undefined when the text is not strict JSON (flow-style YAML, say)
 * or repeats a key, which JSON.parse would silently resolve: the YAML parser then reports it.
 */
function readJson(text, file) {
    if (!/^\s*[[{]/.test(text))
        return undefined;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const scanned = scan(text, file);
    // Each mapping keeps one property a key: fewer properties than keys written means a repeat.
    if (propertyCount(data) !== scanned.keys)
        return undefined;
    return { data, locate: jsonLocator(text, file, scanned), ownStrings: true };
}
/** The properties of every mapping in `data`, counted without recursion: nesting is unbounded. */
function propertyCount(data) {
    let count = 0;
    const pending = [data];
    while (pending.length > 0) {
        const value = pending.pop();
        if (typeof value !== 'object' || value === null)
            continue;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const item = value[i];
                if (typeof item === 'object' && item !== null)
                    pending.push(item);
            }
            continue;
        }
        for (const key in value) {
            count++;
            const item = value[key];
            if (typeof item === 'object' && item !== null)
                pending.push(item);
        }
    }
    return count;
}
const isSpace = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
function skipSpace(text, i) {
    while (i < text.length && isSpace(text.charCodeAt(i)))
        i++;
    return i;
}
/** From the opening quote to just past the closing one: the first quote not escaped. */
function skipString(text, i) {
    for (let end = text.indexOf('"', i + 1);; end = text.indexOf('"', end + 1)) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c)
            slashes++;
        if (slashes % 2 === 0)
            return end + 1;
    }
}
function skipValue(text, i) {
    const first = text[i];
    if (first === '"')
        return skipString(text, i);
    if (first === '{' || first === '[') {
        for (let depth = 0;;) {
            const c = text[i];
            if (c === '"') {
                i = skipString(text, i);
                continue;
            }
            if (c === '{' || c === '[')
                depth++;
            else if ((c === '}' || c === ']') && --depth === 0)
                return i + 1;
            i++;
        }
    }
    return literalEnd(text, i);
}
function keyText(text, start) {
    const end = skipString(text, start);
    const raw = text.slice(start + 1, end - 1);
    return raw.includes('\\') ? JSON.parse(text.slice(start, end)) : raw;
}
/** Where each item of the list that starts at `i` starts. */
function itemsOf(text, i) {
    const found = [];
    i = skipSpace(text, i + 1);
    if (text[i] === ']')
        return found;
    for (;;) {
        found.push(i);
        i = skipSpace(text, skipValue(text, i));
        if (text[i] !== ',')
            return found;
        i = skipSpace(text, i + 1);
    }
}
/** The members of the mapping that starts at `i`, by key; the first of a repeated key wins. */
function membersOf(text, i) {
    const found = new Map();
    i = skipSpace(text, i + 1);
    if (text[i] === '}')
        return found;
    for (;;) {
        const keyAt = i;
        const key = keyText(text, i);
        i = skipSpace(text, skipSpace(text, skipString(text, i)) + 1);
        if (!found.has(key))
            found.set(key, { keyAt, at: i });
        i = skipSpace(text, skipValue(text, i));
        if (text[i] !== ',')
            return found;
        i = skipSpace(text, i + 1);
    }
}
/** Where a number, true, false or null ends: at the next space, comma or bracket. */
function literalEnd(text, i) {
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d)
            return i;
    }
    return i;
}
/**
 * One pass over text that JSON.parse has accepted: the keys written, the top-level members and
 * the items of its lists, each placed by the lines counted so far (a JSON string holds no raw
 * line break). Below the second level it only counts and skips: that is most of a large file.
 */
function scan(text, file) {
    const outline = new Outline(text, file);
    let keys = 0;
    let depth = 0;
    let line = 1;
    let lineStart = 0;
    const length = text.length;
    // The loop's state is in locals: what the first two levels keep is the outline's, off this path.
    for (let i = 0; i < length;) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) {
            line++;
            lineStart = ++i;
            // Indentation, in one step: most of a pretty-printed file's characters outside strings.
            while (text.charCodeAt(i) === 0x20)
                i++;
        }
        else if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x2c /* , */) {
            i++;
        }
        else if (c === 0x3a /* : */) {
            keys++;
            if (depth === 1)
                outline.valueNext = true;
            i++;
        }
        else if (c === 0x22 /* " */) {
            if (depth < 3)
                outline.value(i, false, depth, line, lineStart);
            i = skipString(text, i);
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            if (depth < 3)
                outline.value(i, c === 0x5b, depth, line, lineStart);
            depth++;
            i++;
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            if (--depth === 1)
                outline.closed();
            i++;
        }
        else {
            if (depth < 3)
                outline.value(i, false, depth, line, lineStart);
            i = literalEnd(text, i + 1);
        }
    }
    return { keys, top: outline.top, lists: outline.lists, places: outline.places };
}
/** What the scan keeps of the first two levels: the top-level members and its lists' items. */
class Outline {
    text;
    file;
    lists = new Map();
    places = new Map();
    top;
    /** The items of the list being read at the first or second level, when one is. */
    items;
    itemPlaces = [];
    /** In the top-level mapping: where the key whose value comes next is written. */
    keyAt = -1;
    /** In the top-level mapping: a colon was met, so the next value is that key's. */
    valueNext = false;
    constructor(text, file) {
        this.text = text;
        this.file = file;
    }
    /**
     * A value starts at `at`, `depth` levels in, on the line that starts at `lineStart`: the
     * top-level one, a member, or a list's item, which is placed now, as every session is.
     */
    value(at, list, depth, line, lineStart) {
        if (depth === 0) {
            if (list)
                this.list(at);
            else
                this.top = new Map();
        }
        else if (depth === 1 && this.top) {
            if (!this.valueNext)
                this.keyAt = at;
            else {
                this.valueNext = false;
                const key = keyText(this.text, this.keyAt);
                if (!this.top.has(key))
                    this.top.set(key, { keyAt: this.keyAt, at });
                if (list)
                    this.list(at);
            }
        }
        else if (this.items && (depth === 1 || this.top)) {
            this.items.push(at);
            this.itemPlaces.push({ file: this.file, line, column: at - lineStart + 1 });
        }
    }
    list(at) {
        this.lists.set(at, (this.items = []));
        this.places.set(at, (this.itemPlaces = []));
    }
    /** A value in the top-level mapping ended: a list in it is done. */
    closed() {
        if (this.top)
            this.items = undefined;
    }
}
/**
 * How far lines are counted from the top, over all the places asked for, before the lines' starts
 * are listed: the few places near the top a valid backlog needs cost no list of every line.
 */
const COUNTED_CHARS = 1 << 20;
/**
 * Offset in the text → file:line:column: lines counted from the top for the first places, then a
 * binary search over the lines' starts.
 */
function offsetLocator(text, file) {
    let lineStarts;
    let counted = 0;
    return (offset) => {
        if (lineStarts === undefined && (counted += Math.max(offset, 0)) <= COUNTED_CHARS) {
            let line = 1;
            let start = 0;
            for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
                line++;
                start = i + 1;
            }
            return { file, line, column: offset - start + 1 };
        }
        lineStarts ??= lineStartsOf(text);
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (lineStarts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { file, line: low + 1, column: offset - lineStarts[low] + 1 };
    };
}
/** The places of offsets that ascend, in one sweep over the lines; undefined if one goes back. */
function placesInOrder(text, file, offsets) {
    const places = new Array(offsets.length);
    let line = 1;
    let start = 0;
    let next = text.indexOf('\n');
    for (let k = 0; k < offsets.length; k++) {
        const offset = offsets[k];
        if (offset < start)
            return undefined;
        while (next !== -1 && next < offset) {
            line++;
            start = next + 1;
            next = text.indexOf('\n', start);
        }
        places[k] = { file, line, column: offset - start + 1 };
    }
    return places;
}
function lineStartsOf(text) {
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    return lineStarts;
}
function jsonLocator(text, file, first) {
    const at = offsetLocator(text, file);
    const root = skipSpace(text, 0);
    // The first pass kept the top-level members and the items of the lists in them (the
    // sessions); any other list or mapping is scanned once, when a path first goes through it.
    const lists = first.lists;
    const mappings = new Map();
    if (first.top)
        mappings.set(root, first.top);
    const itemsAt = (from) => {
        let found = lists.get(from);
        if (!found)
            lists.set(from, (found = itemsOf(text, from)));
        return found;
    };
    const membersAt = (from) => {
        let found = mappings.get(from);
        if (!found)
            mappings.set(from, (found = membersOf(text, from)));
        return found;
    };
    /** Where the value under `key` of the value at `from` starts; -1 when there is none. */
    const step = (from, key) => {
        const c = text.charCodeAt(from);
        if (c === 0x5b /* [ */)
            return typeof key === 'number' ? (itemsAt(from)[key] ?? -1) : -1;
        if (c === 0x7b /* { */)
            return typeof key === 'string' ? (membersAt(from).get(key)?.at ?? -1) : -1;
        return -1;
    };
    /** The deepest value on the path that exists: where it starts, and how far the path went. */
    const reach = (path) => {
        let start = root;
        let depth = 0;
        for (; depth < path.length; depth++) {
            const next = step(start, path[depth]);
            if (next < 0)
                break;
            start = next;
        }
        return { start, depth };
    };
    const locate = (path, key) => {
        const { start, depth } = reach(path);
        if (key !== undefined && depth === path.length && text.charCodeAt(start) === 0x7b) {
            const member = membersAt(start).get(key);
            if (member)
                return at(member.keyAt);
        }
        return at(start);
    };
    // The scan placed the items of the lists it kept (the sessions); any other list's are found.
    locate.items = (path) => {
        const { start, depth } = reach(path);
        if (depth < path.length || text.charCodeAt(start) !== 0x5b)
            return undefined;
        return first.places.get(start) ?? itemsAt(start).map(at);
    };
    return locate;
}


/***/ }),

/***/ 4667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ WORDED_YAML_CHARS),
/* harmony export */   W: () => (/* binding */ LARGE_YAML_CHARS)
/* harmony export */ });
// The readers' limits, apart from the readers, so choosing one does not load it.
/**
 * The event stream (or, for the common shape, plain-yaml.ts) reads every YAML file first: the
 * same data and places as the `yaml` parser, about seven times faster, and far faster from a cold
 * start. A smaller file in which it finds anything to say (an error or a warning) is read again
 * by the `yaml` parser, which places every key and value exactly and words every problem, and
 * whose verdict counts.
 */
const LARGE_YAML_CHARS = 32 * 1024;
/** Up to this size a YAML file the event stream refuses is re-read by the `yaml` parser, whose verdict counts. */
const WORDED_YAML_CHARS = 2 * 1024 * 1024;


/***/ }),

/***/ 3560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ts: () => (/* reexport */ DEFAULT_MAX_BACKLOG_BYTES),
  SM: () => (/* binding */ parseBacklogText),
  nS: () => (/* reexport */ parseByteSize),
  Kw: () => (/* binding */ readBacklog),
  fC: () => (/* reexport */ readBacklogText)
});

// UNUSED EXPORTS: agentOf, backlogTextWithin, formatBytes, julesId, loadBacklogReaders, parseBacklog, parsePullRequestRef

;// CONCATENATED MODULE: ./src/backlog/model.ts
/** Where dispatch starts a prompt: its own `agent`, else the backlog's. */
const agentOf = (prompt, backlog) => prompt.agent ?? backlog.agent;

// EXTERNAL MODULE: ./src/backlog/format.ts
var backlog_format = __webpack_require__(2524);
// EXTERNAL MODULE: ./src/backlog/suggest.ts
var suggest = __webpack_require__(1085);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/backlog/messages.ts



/** Text from the file, quoted in a message: an excerpt, however long the text. */
const q = (text) => `"${(0,render_escape/* excerpt */.Kb)(text)}"`;
/** A value from the file as a message shows it: text quoted, anything else by its kind. */
const show = (value) => {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return q(value);
    if (Array.isArray(value))
        return 'a list';
    if (value instanceof Uint8Array)
        return 'binary data';
    if (typeof value === 'object')
        return 'a mapping';
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
};
/** 2097152 → "2 MiB (2097152 bytes)"; sizes below 1 KiB in bytes alone. */
function formatBytes(bytes) {
    const units = [
        ['MiB', 1024 * 1024],
        ['KiB', 1024],
    ];
    for (const [unit, size] of units) {
        if (bytes >= size) {
            const value = bytes / size;
            const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
            return `${shown} ${unit} (${bytes} bytes)`;
        }
    }
    return `${bytes} bytes`;
}
/** "lines 3 and 5", or line:column pairs when both are on one line (minified JSON). */
const place = (a, b) => a.line === b.line
    ? `${a.line}:${a.column} and ${b.line}:${b.column}`
    : `lines ${a.line} and ${b.line}`;
/**
 * Two spellings that are one text after NFC normalisation, said with their code points; nothing
 * when they are spelt the same.
 */
function sameAfterNfc(first, second) {
    if (first === second)
        return '';
    const spell = (text) => (0,render_escape/* excerpt */.Kb)(text).replace(/[^\x20-\x7e]/gu, (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`);
    return `: "${spell(first)}" and "${spell(second)}" are the same text after Unicode normalisation (NFC)`;
}
function valueAt(data, path) {
    let value = data;
    for (const key of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[key];
    }
    return value;
}
/** A session by its name, or by its place in the list when it has none. */
function sessionLabel(data, path) {
    const index = path[path.length - 1];
    const entry = valueAt(data, path);
    const name = entry && typeof entry === 'object' ? entry.name : undefined;
    return typeof name === 'string' && name.trim() !== ''
        ? `session ${q(name)}`
        : `session #${index + 1}`;
}
// read: the file itself.
const ARCHIVE = 'Archive finished sessions out of the file';
const POINT_AT_FILE = 'Point at the sessions.yaml file itself.';
const messages_tooLarge = (file, limit, raiseWith, size) => ({
    message: `${file} is ${size !== undefined ? `${formatBytes(size)}, ` : ''}over the ${formatBytes(limit)} limit for a backlog; it was not parsed`,
    fix: `${ARCHIVE}${raiseWith ? `, or raise the limit with ${raiseWith}` : ''}.`,
});
const outsideWorkspace = (file) => ({
    message: `${file} resolves to a file outside the workspace; it is not read`,
    fix: 'Commit the backlog itself, not a link to a file elsewhere.',
});
const directory = (file) => ({
    message: `${file} is a directory, not a backlog file`,
    fix: POINT_AT_FILE,
});
const notRegularFile = (file) => ({
    message: `${file} is not a regular file`,
    fix: POINT_AT_FILE,
});
const notFound = (file) => ({
    message: `backlog file ${file} was not found`,
    fix: 'Commit a sessions.yaml (see examples/sessions.yaml), or set the path to it.',
});
const unreadable = (file, code) => ({
    message: `backlog file ${file} cannot be read (${code ?? 'unknown error'})`,
    fix: 'Check the path and its permissions.',
});
const notUtf8 = (file) => ({
    message: `${file} is not valid UTF-8`,
    fix: 'Save the file as UTF-8.',
});
// locate: what the document is.
const START = 'Start the file with `version: 1` and a `sessions:` list (see examples/sessions.yaml).';
const empty = (file) => ({ message: `${file} is empty`, fix: START });
const bareList = (file) => ({
    message: `${file} is a bare list with no \`version:\`: it is read as the playbook tool's JSON array (tool defaults, ranking by status alone)`,
    fix: 'For sessions.yaml, start the file with `version: 1` and put the list under `sessions:`.',
});
const notABacklog = {
    message: 'the backlog must be a mapping (version, capacity, sessions) or a JSON array of sessions',
    fix: START,
};
// validate: the playbook tool's loose values, converted as it converted them.
const unnamed = {
    message: 'has no name; it is called "unknown", as the playbook tool did',
    fix: 'Add `name`.',
};
const readAsText = (key, value, read) => ({
    message: `${key} ${String(value)} is read as the text ${q(read)}`,
    fix: `Quote the ${key}.`,
});
const stepsReadAsNumber = (steps, read) => ({
    message: `remaining_steps ${q(steps)} is read as the number ${String(read)}`,
    fix: 'Write it without quotes.',
});
const stepsTruncated = (steps, read) => ({
    message: `remaining_steps ${steps} is read as ${String(read)}`,
    fix: 'Write a whole number.',
});
const blockedReadAs = (blocked, read) => ({
    message: `blocked ${JSON.stringify(blocked)} is read as ${String(read)}, as the playbook tool did`,
    fix: 'Write `true` or `false`.',
});
/** A converted value of the playbook tool's JSON, said of its session by number. */
const ofSession = (index, { message, fix }) => ({
    message: `session #${index + 1}: ${message}`,
    fix,
});
// cross-check: rules across fields and entries.
const duplicateName = (name, first, at) => ({
    message: `duplicate session name ${q(name)} at ${place(first.location, at)}${sameAfterNfc(first.name, name)}`,
    fix: 'Give each session a unique name, or delete the repeated entry.',
});
const julesTwice = (id, first, at) => ({
    message: `Jules session ${q(id)} is named by two sessions, at ${place(first, at)}`,
    fix: 'Link each Jules session to one entry; delete or correct the other `jules:`.',
});
const copilotTwice = (id, first, at) => ({
    message: `Copilot task ${q(id)} is named by two sessions, at ${place(first, at)}`,
    fix: 'Link each Copilot task to one entry; delete or correct the other `copilot:`.',
});
const julesAndCopilot = (label) => ({
    message: `${label} names both a Jules session (\`jules:\`) and a Copilot task (\`copilot:\`): a session runs in one place`,
    fix: 'Pick one: keep the key of the service the session runs in and delete the other.',
});
const pullRequestTwice = (shown, first, name, at) => ({
    message: `pull request ${shown} is named by two sessions, ${first.name ? `"${first.name}"` : 'an entry'} and ${name ? `"${name}"` : 'this one'}, at ${place(first.location, at)}`,
    fix: `Give the pull request to one entry; remove or correct the other \`pr:\` (the first is at line ${first.location.line}).`,
});
const ignoredKey = (label, key) => ({
    message: `${label}: unknown key ${q(key)} is ignored${(0,suggest/* didYouMean */.au)(key, backlog_format/* SESSION_KEYS */.oH)}`,
    fix: 'Remove it, or move the file to sessions.yaml where unknown keys are errors.',
});
const noBlocker = (label) => ({
    message: `${label} is blocked but does not say by what: \`blocker\` is missing`,
    fix: 'Add `blocker:` with what it waits for (the playbook logs every blocker).',
});
const reserveNotBelowCapacity = (reserve, capacity) => ({
    message: `reserve (${reserve}) must be smaller than capacity (${capacity})`,
    fix: 'Keep reserve at 1 (the playbook) and capacity at the team cap, 15 by default.',
});
const categoryTwice = (category, first) => ({
    message: `category ${q(category)} is listed twice in categories${sameAfterNfc(first, category)}`,
    fix: 'List each rotation category once, in priority order.',
});
const sessionOffRotation = (name, category, match) => ({
    message: `session ${q(name)} has category ${q(category)}, which is not in the rotation; did you mean ${q(match)}?`,
    fix: `Spell it ${q(match)}, or the session keeps no rotation category warm.`,
});
const backlogCategoryTwice = (spelled, first, at) => ({
    message: `backlog category ${q(spelled)} is listed twice in backlog, at ${place(first.location, at)}${sameAfterNfc(first.written, spelled)}`,
    fix: 'Keep one list of prompts per category: merge the two.',
});
const backlogOffRotation = (category, suggestion) => ({
    message: `backlog category ${q(category)} is not in the rotation${suggestion}`,
    fix: 'Name a rotation category, or its prompts are never picked.',
});
/** Two prompts, or two incidents, with one id. */
const duplicateId = (what, id, first, at) => ({
    message: `duplicate ${what} id ${q(id)} at ${place(first.location, at)}${sameAfterNfc(first.id, id)}`,
    fix: `Give each ${what} a unique id.`,
});
const approveOnCopilot = (id) => ({
    message: `prompt ${q(id)} starts in Copilot, which has no plan to approve: \`approve: manual\` has no effect there`,
    fix: 'Remove `approve: manual`, or give the prompt `agent: jules` to have Jules wait for a person.',
});
const hardeningNotInSessions = (id, hardening, suggestion) => ({
    message: `incident ${q(id)} names hardening session ${q(hardening)}, which is not in sessions${suggestion}`,
    fix: 'Name the session that answers the incident, or drop `hardening` until one is started.',
});
const incidentOffRotation = (id, category, suggestion) => ({
    message: `incident ${q(id)} has category ${q(category)}, which is not in the rotation${suggestion}`,
    fix: 'Name the rotation category the hardening prompt belongs to.',
});

;// CONCATENATED MODULE: ./src/backlog/locate.ts

/** A problem a message words, at the place a stage found it. */
const problemAt = (severity, wording, location) => ({ severity, ...wording, location });
function locateBacklog(data, locate, file) {
    const start = { file, line: 1, column: 1 };
    if (data === null || data === undefined) {
        return { errors: [problemAt('error', empty(file), start)] };
    }
    if (Array.isArray(data)) {
        // A list read from a .yaml file is most likely a sessions.yaml that lost its `version:`.
        const warnings = /\.json$/i.test(file)
            ? []
            : [problemAt('warning', bareList(file), start)];
        return { file, format: 'playbook-json', data, locate, warnings };
    }
    if (typeof data === 'object') {
        return { file, format: 'sessions-yaml', data, locate, warnings: [] };
    }
    return { errors: [problemAt('error', notABacklog, locate([]))] };
}
/** Where the session at `index` is: under `sessions:`, or the array's own entry. */
const sessionPath = (format, index) => format === 'sessions-yaml' ? ['sessions', index] : [index];
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The sessions as parsed, before any check: the list under `sessions:`, or the array itself. */
function sessionEntries(format, data) {
    if (format === 'playbook-json')
        return data;
    return isRecord(data) && Array.isArray(data.sessions) ? data.sessions : [];
}
/**
 * Where each session is, as `locate(sessionPath(format, index))` says: in one sweep when the
 * reader can place a list's items at once, as every session's place is needed.
 */
function sessionPlaces(format, data, locate) {
    const count = sessionEntries(format, data).length;
    const swept = locate.items?.(format === 'sessions-yaml' ? ['sessions'] : []);
    if (swept?.length === count)
        return swept;
    const places = new Array(count);
    for (let index = 0; index < count; index++)
        places[index] = locate(sessionPath(format, index));
    return places;
}

;// CONCATENATED MODULE: ./src/backlog/to-model.ts


// A category is one whichever way its accents are encoded: every category the plan compares
// (the rotation, a session's, the backlog's, an incident's) is held in its NFC form.
const nfc = (text) => (ASCII.test(text) ? text : text.normalize('NFC'));
/** Text in ASCII is in NFC already: the test costs a third of normalising it. */
const ASCII = /^[^\u0080-\uffff]*$/;
function toModel({ file, format, data, locate }, { top, sessions: inputs, backlog }, warnings, places, ownStrings) {
    // Names copied out of the file's text: one the YAML reader slices from a large file compares
    // three times slower, and the close order compares each name many times.
    const copied = ownStrings
        ? undefined
        : JSON.parse(JSON.stringify(inputs.map((input) => input.name)));
    const startedAt = (index) => locate(sessionPath(format, index), 'started');
    // A few categories spelled by many sessions: each spelling in NFC once, and one string for all
    // its sessions, which the checks and the plan then compare without reading it again.
    const categories = new Map();
    const category = (written) => {
        let held = categories.get(written);
        if (held === undefined)
            categories.set(written, (held = nfc(written)));
        return held;
    };
    const sessions = new Array(inputs.length);
    for (let index = 0; index < inputs.length; index++) {
        const input = inputs[index];
        const name = copied?.[index] ?? input.name;
        sessions[index] = toSession(input, name, format, places[index], index, startedAt, category);
    }
    const prompts = backlog.map(([category, lists]) => {
        const prompt = (list) => (p, i) => ({
            id: p.id,
            title: p.title,
            obsolete: p.obsolete,
            ...(p.added ? { added: p.added } : {}),
            ...(p.agent !== undefined ? { agent: p.agent } : {}),
            // What a session dispatch starts is sent.
            ...(p.prompt !== undefined ? { prompt: p.prompt } : {}),
            ...(p.branch !== undefined ? { branch: p.branch } : {}),
            approve: p.approve,
            location: locate(['backlog', category, list, i]),
        });
        return {
            category: nfc(category),
            active: lists.active.map(prompt('active')),
            reserve: lists.reserve.map(prompt('reserve')),
            location: locate(['backlog', category], category),
        };
    });
    // A hardening session is named as people write names: compared after NFC, held as the session
    // spells it. Built on first use: most backlogs name no hardening session.
    let names;
    const sessionNamed = (name) => (names ??= new Map(sessions.map((s) => [nfc(s.name), s.name]))).get(nfc(name));
    const incidents = (top?.incidents ?? []).map((incident, i) => {
        const hardening = incident.hardening === undefined
            ? undefined
            : (sessionNamed(incident.hardening) ?? incident.hardening);
        return {
            id: incident.id,
            date: incident.date,
            category: nfc(incident.category),
            summary: incident.summary,
            ...(hardening !== undefined ? { hardening } : {}),
            location: locate(['incidents', i]),
        };
    });
    const locations = {};
    if (top) {
        const has = (key) => Object.hasOwn(data, key);
        if (has('capacity'))
            locations.capacity = locate(['capacity']);
        if (has('reserve'))
            locations.reserve = locate(['reserve']);
        if (has('agent'))
            locations.agent = locate(['agent']);
        if (top.categories)
            locations.categories = top.categories.map((_, i) => locate(['categories', i]));
    }
    return {
        backlog: {
            file,
            format,
            capacity: top?.capacity ?? backlog_format/* PLAYBOOK_CAPACITY */.rg,
            reserve: top?.reserve ?? backlog_format/* PLAYBOOK_RESERVE */.Vq,
            agent: top?.agent ?? backlog_format/* DEFAULT_AGENT */.kz,
            categories: (top?.categories ?? [...backlog_format/* PLAYBOOK_CATEGORIES */.VD]).map(nfc),
            sessions,
            prompts,
            incidents,
            cadence: {
                governanceEvery: top?.cadence.governance_every ?? 12,
                schedulerEvery: top?.cadence.scheduler_every ?? 30,
            },
            warnings,
            locations,
        },
        sessionNamed,
    };
}
function toSession(input, name, format, location, index, startedAt, category) {
    // The quick check leaves out what the session does: the schema's defaults, filled in here.
    const written = input.status ?? backlog_format/* SESSION_DEFAULTS */.uR.status;
    const status = (0,backlog_format/* normaliseStatus */.JT)(written);
    const blocked = input.blocked ?? backlog_format/* SESSION_DEFAULTS */.uR.blocked;
    const session = {
        name,
        category: category(input.category ?? backlog_format/* SESSION_DEFAULTS */.uR.category),
        status,
        // The playbook tool prints the status lower-cased as written ("pr created"); keep that for its JSON.
        statusText: format === 'playbook-json' ? written.trim().toLowerCase() : status,
        remainingSteps: input.remaining_steps ?? backlog_format/* SESSION_DEFAULTS */.uR.remaining_steps,
        // The status `blocked` and the flag say the same thing; keep them in step.
        blocked: blocked || status === 'blocked',
        blockedFlag: blocked,
        actions: input.actions ?? [],
        kind: input.kind ?? backlog_format/* SESSION_DEFAULTS */.uR.kind,
        location,
    };
    if (input.blocker)
        session.blocker = input.blocker;
    if (input.pr !== undefined)
        session.pr = parsePullRequestRef(input.pr);
    if (input.jules !== undefined)
        session.jules = julesId(input.jules);
    if (input.copilot !== undefined)
        session.copilot = input.copilot;
    if (input.started) {
        session.started = input.started;
        session.startedLocation = startedAt(index);
    }
    if (input.next_action)
        session.nextAction = input.next_action;
    return session;
}
/** `sessions/123` and `123` name the same Jules session. */
const julesId = (id) => String(id).replace(/^sessions\//, '');
/** 42, #42, owner/repo#42 or a pull request URL (already checked against PR_REF_PATTERN). */
function parsePullRequestRef(ref) {
    if (typeof ref === 'number')
        return { number: ref };
    const url = /^https:\/\/[^/]+\/([^/]+)\/([^/]+)\/pull\/(\d+)\/?$/.exec(ref);
    if (url)
        return { owner: url[1], repo: url[2], number: Number(url[3]), url: ref };
    const short = /^([^/]+)\/([^#]+)#(\d+)$/.exec(ref);
    if (short)
        return { owner: short[1], repo: short[2], number: Number(short[3]) };
    return { number: Number(ref.replace('#', '')) };
}
/** A `pr:` as one key for every spelling (12, "#12", owner/repo#12, its URL), and as shown. */
function pullRequestKey(value, repository) {
    const valid = (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) ||
        (typeof value === 'string' && backlog_format/* PR_REF_PATTERN */.YJ.test(value));
    if (!valid)
        return undefined;
    const ref = parsePullRequestRef(value);
    const owner = ref.owner ?? repository?.owner;
    const repo = ref.repo ?? repository?.repo;
    const shown = owner && repo ? `${owner}/${repo}#${ref.number}` : `#${ref.number}`;
    return { key: shown.toLowerCase(), shown };
}

;// CONCATENATED MODULE: ./src/backlog/cross-check.ts
// Stage 5, cross-check: rules that span fields or entries, which no one value's shape can say.
// The entries' rules run on the data as parsed, beside the schema, so one pass reports every
// problem; the backlog's run on the model, where names and categories are compared in NFC.






/** A key written with a value: a `null` one is the schema's to refuse. */
const given = (value) => value !== undefined && value !== null;
/** Files each problem with its kind: errors stop the plan, warnings go with it. */
const adder = ({ errors, warnings }) => (severity, wording, location) => (severity === 'error' ? errors : warnings).push(problemAt(severity, wording, location));
/**
 * Unique names, Jules sessions, Copilot tasks and pull requests, one service an entry, blockers,
 * reserve below capacity.
 */
function crossCheckEntries(format, data, locate, repository, places) {
    const problems = { errors: [], warnings: [] };
    const add = adder(problems);
    const root = format === 'sessions-yaml' && isRecord(data) ? data : undefined;
    const entries = sessionEntries(format, data);
    // The first entry of each, by index: its place and name are looked up only for a repeat.
    // Keyed by the NFC form: "café" composed and decomposed print alike and are one name.
    const firstSeen = new Map();
    const julesSeen = new Map();
    const copilotSeen = new Map();
    const pullSeen = new Map();
    const nameOf = (entry) => typeof entry.name === 'string' ? entry.name.trim() : undefined;
    for (let index = 0; index < entries.length; index++) {
        const entry = entries[index];
        if (!isRecord(entry))
            continue;
        const location = places[index];
        const name = nameOf(entry);
        // Names are how people, updates and the ledger refer to a session: they must be unique.
        if (name) {
            const same = nfc(name);
            const first = firstSeen.get(same);
            if (first === undefined)
                firstSeen.set(same, index);
            else
                // The playbook tool allowed repeated names, so its JSON only warns.
                add(format === 'sessions-yaml' ? 'error' : 'warning', duplicateName(name, { location: places[first], name: nameOf(entries[first]) }, location), location);
        }
        // One Jules session is one slot: two entries claiming it would count it twice.
        if (typeof entry.jules === 'string' || typeof entry.jules === 'number') {
            const id = julesId(entry.jules);
            const first = julesSeen.get(id);
            if (first === undefined)
                julesSeen.set(id, index);
            else
                add('error', julesTwice(id, places[first], location), locate(sessionPath(format, index), 'jules'));
        }
        // Likewise one Copilot task; its id is opaque text, compared as written.
        if (typeof entry.copilot === 'string') {
            const first = copilotSeen.get(entry.copilot);
            if (first === undefined)
                copilotSeen.set(entry.copilot, index);
            else
                add('error', copilotTwice(entry.copilot, places[first], location), locate(sessionPath(format, index), 'copilot'));
        }
        // A session runs in one service: linked to two, it would hold a slot in each.
        if (given(entry.jules) && given(entry.copilot)) {
            add('error', julesAndCopilot(sessionLabel(data, sessionPath(format, index))), locate(sessionPath(format, index), 'copilot'));
        }
        // One pull request is one piece of work: several entries on it would each hold a slot and
        // each be archived when it merges. Archived entries too: an entry that owns it stays one.
        const pull = entry.pr === undefined ? undefined : pullRequestKey(entry.pr, repository);
        if (pull) {
            const first = pullSeen.get(pull.key);
            if (first === undefined)
                pullSeen.set(pull.key, index);
            else
                add('error', pullRequestTwice(pull.shown, { location: places[first], name: nameOf(entries[first]) }, name, location), locate(sessionPath(format, index), 'pr'));
        }
        if (format === 'playbook-json') {
            for (const key of Object.keys(entry)) {
                if (backlog_format/* SESSION_KEYS */.oH.includes(key))
                    continue;
                add('warning', ignoredKey(sessionLabel(data, sessionPath(format, index)), key), locate(sessionPath(format, index), key));
            }
        }
        // "Add the blocker to the update": a blocked session must say what blocks it.
        const blocked = entry.blocked === true ||
            (typeof entry.status === 'string' && (0,backlog_format/* normaliseStatus */.JT)(entry.status) === 'blocked');
        if (blocked && (entry.blocker === undefined || entry.blocker === null)) {
            // The playbook tool accepted it, so its JSON only warns.
            add(format === 'sessions-yaml' ? 'error' : 'warning', noBlocker(sessionLabel(data, sessionPath(format, index))), locate(sessionPath(format, index), entry.blocked === true ? 'blocked' : 'status'));
        }
    }
    if (root) {
        const capacity = root.capacity ?? backlog_format/* PLAYBOOK_CAPACITY */.rg;
        const reserve = root.reserve ?? backlog_format/* PLAYBOOK_RESERVE */.Vq;
        if (typeof capacity === 'number' && typeof reserve === 'number' && reserve >= capacity) {
            add('error', reserveNotBelowCapacity(reserve, capacity), locate([Object.hasOwn(root, 'reserve') ? 'reserve' : 'capacity']));
        }
        if (Array.isArray(root.categories)) {
            const seen = new Map();
            root.categories.forEach((category, index) => {
                if (typeof category !== 'string')
                    return;
                const first = seen.get(category.normalize('NFC'));
                if (first !== undefined) {
                    add('error', categoryTwice(category, first), locate(['categories', index]));
                }
                else
                    seen.set(category.normalize('NFC'), category);
            });
        }
    }
    return problems;
}
/**
 * Across the converted backlog: near-miss categories, a category's prompts listed twice, prompt
 * and incident ids used twice, plan approval asked of Copilot, incidents whose session or
 * category is not there.
 */
function crossCheckBacklog({ top, backlog: written }, { backlog, sessionNamed }, locate, problems) {
    const add = adder(problems);
    const { categories, sessions, prompts, incidents } = backlog;
    // A category that differs from a rotation category only by case or a typo never warms it.
    const rotation = new Set(categories);
    const rotationNames = new suggest/* Suggester */.ip(categories);
    for (const session of sessions) {
        if (rotation.has(session.category))
            continue;
        const match = rotationNames.closest(session.category);
        if (match === undefined)
            continue;
        add('warning', sessionOffRotation(session.name, session.category, match), session.location);
    }
    const seenGroups = new Map();
    prompts.forEach((group, index) => {
        const first = seenGroups.get(group.category);
        const spelled = written[index][0];
        if (first) {
            add('error', backlogCategoryTwice(spelled, first, group.location), group.location);
        }
        else
            seenGroups.set(group.category, { written: spelled, location: group.location });
    });
    const seenPrompts = new Map();
    for (const group of prompts) {
        if (!rotation.has(group.category)) {
            add('warning', backlogOffRotation(group.category, rotationNames.didYouMean(group.category)), group.location);
        }
        for (const p of group.active.concat(group.reserve)) {
            // Plan approval is Jules' step: a Copilot task starts work without one.
            if (p.approve === 'manual' && agentOf(p, backlog) === 'copilot') {
                add('warning', approveOnCopilot(p.id), p.location);
            }
            const id = p.id.normalize('NFC');
            const first = seenPrompts.get(id);
            if (first) {
                add('error', duplicateId('prompt', p.id, first, p.location), p.location);
            }
            else
                seenPrompts.set(id, p);
        }
    }
    let sessionNames;
    const seenIncidents = new Map();
    (top?.incidents ?? []).forEach((incident, i) => {
        const { location } = incidents[i];
        const at = (key) => locate(['incidents', i], key);
        const first = seenIncidents.get(nfc(incident.id));
        if (first) {
            add('error', duplicateId('incident', incident.id, first, location), location);
        }
        else
            seenIncidents.set(nfc(incident.id), { id: incident.id, location });
        if (incident.hardening !== undefined && sessionNamed(incident.hardening) === undefined) {
            // A hardening session may be gone from the file once it is done: a warning, not an error.
            const hint = (sessionNames ??= new suggest/* Suggester */.ip(sessions.map((s) => s.name))).didYouMean(incident.hardening);
            add('warning', hardeningNotInSessions(incident.id, incident.hardening, hint), at('hardening'));
        }
        if (!rotation.has(nfc(incident.category))) {
            const hint = rotationNames.didYouMean(incident.category);
            add('warning', incidentOffRotation(incident.id, incident.category, hint), at('category'));
        }
    });
}

;// CONCATENATED MODULE: ./src/backlog/on-demand.ts
const parts = {};
/** Thrown by a stage that needs a part not loaded yet; parseBacklogText loads it and runs again. */
class NotLoaded extends Error {
    part;
    constructor(part) {
        super(`${part} is not loaded: await loadBacklogReaders() first, or use parseBacklogText`);
        this.part = part;
    }
}
function part(name) {
    const loaded = parts[name];
    if (!loaded)
        throw new NotLoaded(name);
    return loaded;
}
async function loadPart(name) {
    if (name === 'readYaml')
        parts.readYaml ??= (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(732)]).then(__webpack_require__.bind(__webpack_require__, 6732))).readYaml;
    else if (name === 'readLargeYaml')
        parts.readLargeYaml ??= (await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(273)]).then(__webpack_require__.bind(__webpack_require__, 8273))).readLargeYaml;
    else
        parts.schemas ??= await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(888)]).then(__webpack_require__.bind(__webpack_require__, 6888));
}
/** Loads both YAML readers and the schemas: parseBacklog then reads any backlog. */
async function loadBacklogReaders() {
    await Promise.all([loadPart('readYaml'), loadPart('readLargeYaml'), loadPart('schemas')]);
}

// EXTERNAL MODULE: ./src/backlog/json.ts
var backlog_json = __webpack_require__(9809);
// EXTERNAL MODULE: ./src/backlog/limits.ts
var limits = __webpack_require__(4667);
// EXTERNAL MODULE: ./src/backlog/place.ts
var backlog_place = __webpack_require__(4160);
;// CONCATENATED MODULE: ./src/backlog/plain-yaml.ts
// Most sessions.yaml files are a mapping of plain values and lists of one-line sessions: read in
// one pass over the text, with no event stream, no js-yaml and a place for every session. Any
// text this reader is not sure of (anchors, tags, block scalars, multi-line values, numbers
// spelled otherwise than 12, repeated keys…) is declined and read by the full readers instead.


/** Thrown to give up on the text; caught once, at the top. */
const DECLINE = new Error('not the plain shape');
const decline = () => {
    throw DECLINE;
};
/**
 * Characters outside YAML's printable set, and those the readers may tell apart: C1 controls,
 * NEL, the line and paragraph separators and the byte order mark; a surrogate only in a pair.
 * Scalars are checked as they are scanned, comments and quoted text with this.
 */
const ODD = /[^\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\uD800-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Past a character of a plain scalar that is not printable ASCII: declines what ODD would. */
function wide(text, j) {
    const c = text.charCodeAt(j);
    if (c >= 0xa0 && c <= 0xd7ff)
        return c === 0x2028 || c === 0x2029 ? decline() : j;
    if (c >= 0xe000 && c <= 0xfffd)
        return c === 0xfeff ? decline() : j;
    if (c >= 0xd800 && c <= 0xdbff) {
        const next = text.charCodeAt(j + 1);
        if (next >= 0xdc00 && next <= 0xdfff)
            return j + 1;
    }
    return decline();
}
/** What the core schema reads as a whole number or a float (js-yaml's own patterns). */
const CORE_INT = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$/;
const CORE_FLOAT = /^(?:[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** A whole number read exactly as written: no sign but `-`, no leading zero, no more than 15 digits. */
const PLAIN_INT = /^(?:0|-?[1-9][0-9]{0,14})$/;
const WORDS = new Map([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['null', null],
    ['Null', null],
    ['NULL', null],
    ['~', null],
]);
/** A plain scalar as the core schema resolves it; declines a number it does not read as 12. */
function resolvePlain(source) {
    const c = source.charCodeAt(0);
    // Digits, signs and dots may be numbers; t, f, n and ~ may be words: the rest is text.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
        if (PLAIN_INT.test(source))
            return Number(source);
        return CORE_INT.test(source) || CORE_FLOAT.test(source) ? decline() : source;
    }
    if (c !== 0x74 &&
        c !== 0x54 &&
        c !== 0x66 &&
        c !== 0x46 &&
        c !== 0x6e &&
        c !== 0x4e &&
        c !== 0x7e)
        return source;
    const word = WORDS.get(source);
    return word === undefined ? source : word;
}
/** A key the data holds as written: a word that no schema reads as anything but text. */
function isWordStart(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x24;
}
function isWordChar(c) {
    return isWordStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}
const MAX_KEY = 200;
/**
 * Where the key at `i` ends, at its `:` (followed by a space or the line's end), or -1: words
 * of letters, digits, `_`, `$` and `-`, one space between two, as in `Data Integrity:`.
 */
function keyEnd(text, i) {
    if (!isWordStart(text.charCodeAt(i)))
        return -1;
    let j = i + 1;
    for (;;) {
        while (isWordChar(text.charCodeAt(j)))
            j++;
        if (text.charCodeAt(j) !== 0x20 || !isWordChar(text.charCodeAt(j + 1)))
            break;
        j++;
    }
    if (text.charCodeAt(j) !== 0x3a || j - i > MAX_KEY)
        return -1;
    const after = text.charCodeAt(j + 1);
    return after === 0x20 || isEol(after) ? j : -1;
}
/**
 * A plain scalar may not start with an indicator: `-?:,[]{}#&*!|>'"%@` and the backquote; `-`
 * before a letter or digit is taken (`-1`, `-x`), the rest declined.
 */
function plainStart(text, i) {
    const c = text.charCodeAt(i);
    if (c === 0x2d) {
        const next = text.charCodeAt(i + 1);
        return (next >= 0x30 && next <= 0x39) || (next >= 0x61 && next <= 0x7a);
    }
    return !(c === 0x20 ||
        c === 0x3f ||
        c === 0x3a ||
        c === 0x2c ||
        c === 0x5b ||
        c === 0x5d ||
        c === 0x7b ||
        c === 0x7d ||
        c === 0x23 ||
        c === 0x26 ||
        c === 0x2a ||
        c === 0x21 ||
        c === 0x7c ||
        c === 0x3e ||
        c === 0x27 ||
        c === 0x22 ||
        c === 0x25 ||
        c === 0x40 ||
        c === 0x60 ||
        c === 0x0a ||
        c === 0x0d ||
        Number.isNaN(c));
}
const isEol = (c) => c === 0x0a || c === 0x0d || Number.isNaN(c);
/** The escapes JSON and YAML read alike; any other declines. */
const isJsonEscape = (c) => c === 0x22 ||
    c === 0x5c ||
    c === 0x2f ||
    c === 0x62 ||
    c === 0x66 ||
    c === 0x6e ||
    c === 0x72 ||
    c === 0x74;
const skipSpaces = (text, i) => {
    while (text.charCodeAt(i) === 0x20)
        i++;
    return i;
};
/**
 * Each read returns its value and leaves where it ends in `end` and, when asked for places, its
 * place in `place`: nothing is allocated per value but the value itself.
 */
class Reader {
    text;
    /** The next content line not read yet: its first character past the indentation, -1 at the end. */
    cur = -1;
    /** Where that line starts. */
    curLine = 0;
    end = 0;
    place;
    /** The keys last met, by their place in a mapping. */
    keys = [];
    /** The top-level sessions' list, once read. */
    sessions;
    constructor(text) {
        this.text = text;
    }
    /** Moves to the first line from `from` (a line's start) with content, past blanks and comments. */
    seek(from) {
        const text = this.text;
        for (let line = from; line < text.length;) {
            const i = skipSpaces(text, line);
            const c = text.charCodeAt(i);
            if (c === 0x0a || c === 0x0d || c === 0x23 || i >= text.length) {
                const end = text.indexOf('\n', i);
                this.lineEnd(i, end === -1 ? text.length : end);
                if (end === -1)
                    break;
                line = end + 1;
                continue;
            }
            this.cur = i;
            this.curLine = line;
            return;
        }
        this.cur = -1;
    }
    /** After a value at `i`: spaces, then a comment or the line's end; moves to the next line. */
    endLine(i) {
        const text = this.text;
        const start = i;
        i = skipSpaces(text, i);
        const c = text.charCodeAt(i);
        if ((c === 0x23 && i > start) || c === 0x0d) {
            const end = text.indexOf('\n', i);
            this.lineEnd(i, end === -1 ? text.length : end);
            i = end === -1 ? text.length : end;
        }
        else if (!isEol(c))
            decline();
        this.seek(i + 1);
    }
    /** A comment or line end from `i` to the line feed at `end`: printable, CR only before LF. */
    lineEnd(i, end) {
        const text = this.text;
        if (text.charCodeAt(end) === 0x0a && text.charCodeAt(end - 1) === 0x0d)
            end--;
        if (end > i && ODD.test(text.slice(i, end)))
            decline();
    }
    /** A key at `i`, then `:` and a space or the line's end; `end` is at the `:`. */
    key(i, nth) {
        const text = this.text;
        // Sessions spell the same keys in the same order: the one met in this place last time,
        // when it is there again, is taken without a new string to make and to intern.
        const last = this.keys[nth];
        if (last !== undefined && text.startsWith(last, i)) {
            const j = i + last.length;
            const after = text.charCodeAt(j + 1);
            if (text.charCodeAt(j) === 0x3a && (after === 0x20 || isEol(after))) {
                this.end = j;
                return last;
            }
        }
        const j = keyEnd(text, i);
        if (j < 0)
            decline();
        const name = text.slice(i, j);
        const c = name.charCodeAt(0);
        if (c === 0x5f ? name === '__proto__' : j - i <= 5 && WORDS.has(name))
            decline();
        this.end = j;
        if (nth < 32)
            this.keys[nth] = name;
        return name;
    }
    /** A one-line quoted scalar at `i`. */
    quoted(i) {
        const text = this.text;
        if (text.charCodeAt(i) === 0x27) {
            // To the first quote not doubled; the text between is checked once, a line break in it
            // declined with the rest, so a line of many quotes is read in one pass.
            let close = i;
            for (;;) {
                close = text.indexOf("'", close + 1);
                if (close === -1)
                    return decline();
                if (text.charCodeAt(close + 1) !== 0x27)
                    break;
                close++;
            }
            const raw = text.slice(i + 1, close);
            if (ODD.test(raw))
                decline();
            this.end = close + 1;
            return raw.includes("''") ? raw.replace(/''/g, "'") : raw;
        }
        let escaped = false;
        for (let j = i + 1;; j++) {
            const c = text.charCodeAt(j);
            if (c === 0x22) {
                const raw = text.slice(i, j + 1);
                if (ODD.test(raw))
                    decline();
                this.end = j + 1;
                return escaped ? JSON.parse(raw) : raw.slice(1, -1);
            }
            if (isEol(c))
                return decline();
            if (c === 0x5c) {
                const next = text.charCodeAt(j + 1);
                if (next === 0x75) {
                    // \uXXXX outside the surrogates: one code point, the same to both.
                    const hex = text.slice(j + 2, j + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex) || /^[dD][89a-fA-F]/.test(hex))
                        return decline();
                    j += 5;
                }
                else if (isJsonEscape(next))
                    j++;
                else
                    return decline();
                escaped = true;
            }
        }
    }
    /** A plain or quoted scalar from `i` to the line's end (a block value or list item). */
    blockScalar(i, places) {
        const text = this.text;
        const c = text.charCodeAt(i);
        this.place = places ? { at: i } : undefined;
        if (c === 0x27 || c === 0x22)
            return this.quoted(i);
        if (!plainStart(text, i))
            decline();
        let end = i;
        for (let j = i;; j++) {
            const d = text.charCodeAt(j);
            if (isEol(d))
                break;
            if (d < 0x20 || d > 0x7e)
                j = wide(text, j);
            else if (d === 0x3a) {
                const next = text.charCodeAt(j + 1);
                if (next === 0x20 || isEol(next))
                    decline();
            }
            else if (d === 0x23 && text.charCodeAt(j - 1) === 0x20)
                break;
            if (d !== 0x20)
                end = j + 1;
        }
        this.end = end;
        return resolvePlain(text.slice(i, end));
    }
    /** A plain scalar inside `[…]` or `{…}`: up to `,`, `]` or `}`, on the same line. */
    flowPlain(i) {
        const text = this.text;
        if (!plainStart(text, i))
            decline();
        let end = i;
        for (let j = i;; j++) {
            const d = text.charCodeAt(j);
            if (d === 0x2c || d === 0x5d || d === 0x7d)
                break;
            if (isEol(d) || d === 0x5b || d === 0x7b)
                decline();
            if (d < 0x20 || d > 0x7e)
                j = wide(text, j);
            else if (d === 0x3a) {
                const next = text.charCodeAt(j + 1);
                if (next === 0x20 || next === 0x2c || next === 0x5d || next === 0x7d || isEol(next))
                    decline();
            }
            else if (d === 0x23 && text.charCodeAt(j - 1) === 0x20)
                decline();
            if (d !== 0x20)
                end = j + 1;
        }
        this.end = end;
        return resolvePlain(text.slice(i, end));
    }
    /** A value inside a flow collection. */
    flowValue(i, places, depth) {
        const c = this.text.charCodeAt(i);
        if (c === 0x7b || c === 0x5b)
            return this.flow(i, places, depth + 1);
        this.place = places ? { at: i } : undefined;
        return c === 0x27 || c === 0x22 ? this.quoted(i) : this.flowPlain(i);
    }
    /** A `{…}` or `[…]` that closes on its own line, of scalars and such collections. */
    flow(at, places, depth) {
        const text = this.text;
        if (depth > 4)
            decline();
        let i = skipSpaces(text, at + 1);
        if (text.charCodeAt(at) === 0x5b) {
            const list = [];
            const items = places ? [] : undefined;
            if (text.charCodeAt(i) !== 0x5d)
                for (;;) {
                    list.push(this.flowValue(i, places, depth));
                    if (items)
                        items.push(this.place);
                    i = skipSpaces(text, this.end);
                    const c = text.charCodeAt(i);
                    if (c === 0x5d)
                        break;
                    if (c !== 0x2c)
                        decline();
                    i = skipSpaces(text, i + 1);
                }
            this.end = i + 1;
            this.place = items && { at, items };
            return list;
        }
        const map = {};
        const keys = places ? new Map() : undefined;
        let nth = 0;
        if (text.charCodeAt(i) !== 0x7d)
            for (;;) {
                const keyAt = i;
                const name = this.key(i, nth++);
                const colon = this.end;
                if (text.charCodeAt(colon + 1) !== 0x20 || Object.hasOwn(map, name))
                    decline();
                map[name] = this.flowValue(skipSpaces(text, colon + 1), places, depth);
                if (keys)
                    keys.set(name, { key: keyAt, value: this.place });
                i = skipSpaces(text, this.end);
                const c = text.charCodeAt(i);
                if (c === 0x7d)
                    break;
                if (c !== 0x2c)
                    decline();
                i = skipSpaces(text, i + 1);
            }
        this.end = i + 1;
        this.place = keys && { at, keys };
        return map;
    }
    /** A value after `key:` on its line: a scalar or a one-line flow collection; then the next line. */
    inline(i, places) {
        const c = this.text.charCodeAt(i);
        const value = c === 0x7b || c === 0x5b ? this.flow(i, places, 1) : this.blockScalar(i, places);
        this.endLine(this.end);
        return value;
    }
    /**
     * One list item from `i` (past its `- `), to the line before the next item: a flow collection
     * or scalar on its line, or a mapping whose keys stand at the column of its first one.
     */
    item(i, places, depth) {
        // A key followed by `:` and a space starts a mapping; anything else is a scalar.
        return keyEnd(this.text, i) < 0 ? this.inline(i, places) : this.mapping(i, places, depth + 1);
    }
    /**
     * A block mapping from its first key at `i`, to the line before one that stands left of it.
     * `entries`, at the top level only: the sessions' list is read without places but where
     * each item starts, the rest found again for an entry when a path first goes into it.
     */
    mapping(i, places, depth, entries) {
        const text = this.text;
        if (depth > MAX_NESTING)
            decline();
        const column = i - this.curLine;
        const map = {};
        const keys = places ? new Map() : undefined;
        let nth = 0;
        for (let keyAt = i;;) {
            const name = this.key(keyAt, nth++);
            const colon = this.end;
            if (Object.hasOwn(map, name))
                decline();
            const isSessions = entries !== undefined && name === 'sessions';
            const v = skipSpaces(text, colon + 1);
            const first = text.charCodeAt(v);
            let value = null;
            let place = places ? { at: keyAt } : undefined;
            if (!isEol(first) && first !== 0x23) {
                if (isSessions)
                    decline();
                value = this.inline(v, places);
                place = this.place;
            }
            else {
                // An empty value: a list or mapping on the lines below, or null.
                this.endLine(colon + 1);
                const below = this.cur === -1 ? -1 : this.cur - this.curLine;
                if (below >= column && text.charCodeAt(this.cur) === 0x2d) {
                    value = this.list(below, places && !isSessions, depth + 1, isSessions ? entries : undefined);
                    place = this.place;
                    if (isSessions)
                        this.sessions = place;
                }
                else if (below > column) {
                    if (isSessions)
                        decline();
                    value = this.mapping(this.cur, places, depth + 1);
                    place = this.place;
                }
            }
            map[name] = value;
            if (keys)
                keys.set(name, { key: keyAt, value: place });
            if (this.cur === -1)
                break;
            const indent = this.cur - this.curLine;
            if (indent < column)
                break;
            if (indent > column || text.charCodeAt(this.cur) === 0x2d)
                decline();
            keyAt = this.cur;
        }
        this.place = keys && { at: i, keys };
        return map;
    }
    /** A block list whose `-` stand at `indent`, from the current line. */
    list(indent, places, depth, entries) {
        const text = this.text;
        const at = this.cur;
        const value = [];
        const items = [];
        for (;;) {
            const dash = this.cur;
            if (text.charCodeAt(dash + 1) !== 0x20)
                decline();
            const i = skipSpaces(text, dash + 2);
            const c = text.charCodeAt(i);
            if (isEol(c) || c === 0x23)
                decline();
            if (entries)
                entries.push(i);
            value.push(this.item(i, places, depth));
            if (places)
                items.push(this.place);
            if (this.cur === -1)
                break;
            const next = this.cur - this.curLine;
            if (next === indent && text.charCodeAt(this.cur) === 0x2d)
                continue;
            // Left of the dashes, or a key at their column (a list may stand at its key's column):
            // the mapping around says whether that line is its own.
            if (next < indent || (next === indent && text.charCodeAt(this.cur) !== 0x2d))
                break;
            decline();
        }
        this.place = places ? { at, items } : { at };
        return value;
    }
}
/** Deeper than a backlog nests in this shape: well within the rules' MAX_DEPTH. */
const MAX_NESTING = 12;
/** The depth the top-level list's items are read at: an entry read again is read alike. */
const ENTRY_DEPTH = 1;
/**
 * The data and places of a backlog in the plain shape, as readLargeYaml gives them; undefined
 * for any other text, which the full readers then read.
 */
function readPlainYaml(text, file) {
    const reader = new Reader(text);
    const entries = [];
    try {
        reader.seek(0);
        // A mapping at the top, from the first column: a bare list or a scalar is not this shape.
        if (reader.cur === -1 || reader.cur !== reader.curLine)
            return undefined;
        const data = reader.mapping(reader.cur, true, ENTRY_DEPTH - 1, entries);
        if (reader.cur !== -1)
            decline();
        return { data, locate: plainLocator(text, file, reader.place, reader.sessions, entries) };
    }
    catch (error) {
        if (error === DECLINE)
            return undefined;
        throw error;
    }
}
function plainLocator(text, file, root, sessions, entries) {
    const at = (0,backlog_json/* offsetLocator */.So)(text, file);
    // A session's own keys and values are placed when a problem there first needs them, by
    // reading that one entry again.
    const entryPlaces = new Map();
    const entryPlace = (index) => {
        const offset = entries[index];
        if (offset === undefined)
            return undefined;
        let place = entryPlaces.get(index);
        if (!place) {
            const reader = new Reader(text);
            reader.cur = offset;
            reader.curLine = text.lastIndexOf('\n', offset - 1) + 1;
            reader.item(offset, true, ENTRY_DEPTH);
            place = reader.place;
            entryPlaces.set(index, place);
        }
        return place;
    };
    const locate = (path, key) => {
        const index = path[path.length - 1];
        if (key === undefined &&
            typeof index === 'number' &&
            path.length === 2 &&
            path[0] === 'sessions') {
            const offset = entries[index];
            if (offset !== undefined)
                return at(offset);
        }
        return at((0,backlog_place/* offsetAlong */.z)(root, path, key, (list, step) => list === sessions ? entryPlace(step) : list.items?.[step]));
    };
    // Every session's place, for the checks and the model: one sweep down the file.
    locate.items = (path) => path.length === 1 && path[0] === 'sessions' ? (0,backlog_json/* placesInOrder */.MU)(text, file, entries) : undefined;
    return locate;
}

// EXTERNAL MODULE: ./src/backlog/yaml-rules.ts
var yaml_rules = __webpack_require__(3894);
;// CONCATENATED MODULE: ./src/backlog/parse.ts
// Stage 2, parse: text to data and a locator. Strict JSON goes to JSON.parse, YAML in the common
// shape to a reader of that shape alone, anything else to the YAML event stream, or to the `yaml`
// parser when asked; each problem points at file:line:column.





/**
 * A number too large for a double (`1e400`) is text to the event stream and Infinity to the
 * `yaml` parser: a small file that may hold one keeps the `yaml` parser.
 */
const MAY_OVERFLOW = /[0-9.][eE][-+]?[0-9]{3}|[0-9]{309}/;
/**
 * `worded`: a small YAML file goes to the `yaml` parser. Otherwise the event stream reads it, and
 * `rereadIfAnything` says the caller must parse again with `worded` should the backlog turn out to
 * have anything to say (see LARGE_YAML_CHARS).
 */
function parse(source, file, worded = false) {
    const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
    // Before any reader: the two YAML readers disagree on where such a line ends.
    const cr = (0,yaml_rules/* loneCarriageReturn */["do"])(text, file);
    if (cr)
        return { errors: [cr] };
    const json = (0,backlog_json/* readJson */.Vh)(text, file);
    if (json)
        return json;
    const small = text.length <= limits/* LARGE_YAML_CHARS */.W;
    if (small && (worded || MAY_OVERFLOW.test(text)))
        return part('readYaml')(text, file);
    // The common shape, read in one pass without loading a YAML parser; anything else declines.
    const plain = readPlainYaml(text, file);
    if (plain)
        return small ? { ...plain, rereadIfAnything: true } : plain;
    const read = part('readLargeYaml')(text, file);
    if (small)
        return 'errors' in read ? part('readYaml')(text, file) : { ...read, rereadIfAnything: true };
    // The event stream words a syntax error in its own terms, and refuses a few texts the `yaml`
    // reader takes (a raw NUL in a quoted name): a file that reader can hold in memory is re-read
    // by it, so the verdict, message and place are the same whatever the file's size.
    if ('errors' in read && text.length <= limits/* WORDED_YAML_CHARS */.E)
        return part('readYaml')(text, file);
    return read;
}

// EXTERNAL MODULE: ./src/fs-async.ts
var fs_async = __webpack_require__(7253);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/backlog/read.ts
// Stage 1, read: a backlog's text from disk, safely (no FIFOs, no links out of the workspace, no
// file past the size limit) and as UTF-8.



/** Backlogs are small text files; anything larger is refused before it is parsed, unless raised. */
const DEFAULT_MAX_BACKLOG_BYTES = 2 * 1024 * 1024;
const refuse = (errors, warnings = []) => ({
    ok: false,
    errors,
    warnings,
});
/** "2097152", "512KiB", "2 MiB" → bytes; undefined when it is not a size. */
function parseByteSize(text) {
    const match = /^\s*(\d+)\s*(B|KiB|MiB)?\s*$/i.exec(text);
    if (!match)
        return undefined;
    const unit = (match[2] ?? 'b').toLowerCase();
    const bytes = Number(match[1]) * (unit === 'mib' ? 1024 * 1024 : unit === 'kib' ? 1024 : 1);
    return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
/** A refusal of the whole file; `inside` places it at the file's first line. */
const problem = (file, { message, fix }, inside = false) => ({
    failure: refuse([
        {
            severity: 'error',
            message,
            fix,
            ...(inside ? { location: { file, line: 1, column: 1 } } : {}),
        },
    ]),
    missing: false,
});
/**
 * Text that came another way than from disk (a pull request's files through the API) held to
 * the same limit as a file: over it, refused before it is parsed.
 */
function backlogTextWithin(text, file, { maxBytes = DEFAULT_MAX_BACKLOG_BYTES, raiseWith } = {}) {
    const bytes = Buffer.byteLength(text);
    if (bytes <= maxBytes)
        return { text };
    return problem(file, say.tooLarge(file, maxBytes, raiseWith, bytes), true);
}
/** A backlog file's text, read safely; `missing` tells a file that is not there from a bad one. */
async function readBacklogText(path, file = path, { root, maxBytes = DEFAULT_MAX_BACKLOG_BYTES, raiseWith } = {}) {
    let bytes;
    try {
        // Checked before opening: opening a FIFO or a device could block or never end.
        const info = await (0,fs_async/* stat */.dJ)(path);
        if (root !== undefined) {
            const [real, top] = await Promise.all([(0,fs_async/* realpath */.Kz)(path), (0,fs_async/* realpath */.Kz)(root)]);
            if (real !== top && !real.startsWith(top.endsWith(external_node_path_.sep) ? top : `${top}${external_node_path_.sep}`)) {
                return problem(file, outsideWorkspace(file));
            }
        }
        if (info.isDirectory())
            return problem(file, directory(file));
        if (!info.isFile())
            return problem(file, notRegularFile(file));
        const fd = await (0,fs_async/* open */.ho)(path, 'r');
        try {
            const tooLarge = (size) => problem(file, messages_tooLarge(file, maxBytes, raiseWith, size), true);
            if (info.size > maxBytes)
                return tooLarge(info.size);
            // Read at most one byte past the limit, whatever stat said: the file may be growing.
            const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
            const { bytesRead } = await (0,fs_async/* read */.LF)(fd, buffer, 0, buffer.length, 0);
            if (bytesRead > maxBytes)
                return tooLarge();
            bytes = buffer.subarray(0, bytesRead);
        }
        finally {
            await (0,fs_async/* close */.VN)(fd);
        }
    }
    catch (error) {
        const code = error.code;
        return code === 'ENOENT'
            ? { ...problem(file, notFound(file)), missing: true }
            : problem(file, unreadable(file, code));
    }
    try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    }
    catch {
        return problem(file, notUtf8(file), true);
    }
}

;// CONCATENATED MODULE: ./src/backlog/issue-wording.ts




/** The keys an object at `path` may have, for "did you mean". */
function keysAt(path) {
    if (path[0] === 'backlog' && path.length === 2)
        return ['active', 'reserve'];
    if (path[0] === 'backlog' && path.length === 4)
        return backlog_format/* PROMPT_KEYS */.W8;
    if (path[0] === 'incidents')
        return backlog_format/* INCIDENT_KEYS */.mm;
    if (path[0] === 'cadence')
        return backlog_format/* CADENCE_KEYS */.Rq;
    return backlog_format/* TOP_LEVEL_KEYS */.Uw.filter((k) => k !== '$schema');
}
/** Turns one zod issue into a message that says what, where and how to fix it. */
function describe(issue, data, locate, format) {
    const path = issue.path;
    const inSession = format === 'playbook-json' ? path.length >= 1 : path[0] === 'sessions' && path.length >= 2;
    const sessionDepth = format === 'playbook-json' ? 1 : 2;
    const owner = inSession ? sessionLabel(data, path.slice(0, sessionDepth)) : 'the backlog';
    const field = (0,render_escape/* excerpt */.Kb)(path
        .slice(inSession ? sessionDepth : 0)
        .map(String)
        .join('.'));
    const key = String(path[path.length - 1] ?? '');
    const value = valueAt(data, path);
    const where = (message, fix, keyName) => ({
        severity: 'error',
        message,
        fix,
        location: keyName === undefined ? locate(path) : locate(path, keyName),
    });
    if (issue.code === 'unrecognized_keys') {
        const known = inSession ? backlog_format/* SESSION_KEYS */.oH : keysAt(path);
        const keys = issue.keys;
        const first = keys[0] ?? '';
        return where(
        // The first few by name: a file with thousands of stray keys still gets a one-line message.
        `${owner}: unknown key${keys.length > 1 ? 's' : ''} ${keys
            .slice(0, 10)
            .map((k) => q(k))
            .join(', ')}${keys.length > 10 ? ` and ${keys.length - 10} more` : ''}${(0,suggest/* didYouMean */.au)(first, known)}`, `Known keys: ${known.join(', ')}.`, first);
    }
    if (value === undefined) {
        return where(`${owner}: missing required key "${field}"`, key === 'version'
            ? 'Add `version: 1` at the top of the file.'
            : `Add \`${key}:\` to ${owner}.`);
    }
    if (key === 'status') {
        const given = typeof value === 'string' ? value : show(value);
        return where(`${owner}: unknown status ${show(value)}${typeof value === 'string' ? (0,suggest/* didYouMean */.au)((0,backlog_format/* normaliseStatus */.JT)(given), backlog_format/* STATUSES */.f) : ''}`, `Use one of ${backlog_format/* STATUSES */.f.join(', ')} (any case; "PR created" and "needs more work" also work).`);
    }
    if (key === 'pr') {
        return where(`${owner}: pr ${show(value)} is not a pull request reference`, 'Use a number (123), owner/repo#123, or the pull request URL https://github.com/owner/repo/pull/123.');
    }
    if (key === 'jules' && typeof value === 'number' && !Number.isSafeInteger(value)) {
        return where(`${owner}: jules is a number too long to read exactly`, 'Write the id in quotes, as it appears in the session URL: jules: "12345678901234567890".');
    }
    if (key === 'jules') {
        return where(`${owner}: jules ${show(value)} is not a Jules session id`, 'Use the id from the session URL (https://jules.google.com/session/<id>), or sessions/<id>.');
    }
    if (key === 'copilot' && typeof value === 'number') {
        return where(`${owner}: copilot ${show(value)} is a number; a Copilot task id is text`, `Write the id in quotes, as it appears in the task's URL: copilot: "${String(value)}".`);
    }
    if (key === 'copilot') {
        return where(`${owner}: copilot ${show(value)} is not a Copilot task id`, "Use the task's id, the last part of its URL (https://github.com/owner/repo/copilot/tasks/<id>): letters, digits, `_` and `-`, up to 100 characters.");
    }
    if (key === 'agent') {
        // The file's default, or a prompt's own (`backlog.<category>.<list>[i].agent`).
        const top = path.length === 1;
        const id = top ? undefined : valueAt(data, [...path.slice(0, -1), 'id']);
        const who = top
            ? 'the backlog'
            : `prompt ${typeof id === 'string' ? q(id) : (0,render_escape/* excerpt */.Kb)(path.slice(0, -1).map(String).join('.'))}`;
        return where(`${who}: unknown agent ${show(value)}${typeof value === 'string' ? (0,suggest/* didYouMean */.au)(value, backlog_format/* AGENTS */.jw) : ''}`, top
            ? `Use one of ${backlog_format/* AGENTS */.jw.join(', ')}: where dispatch starts prompts (jules when absent).`
            : `Use one of ${backlog_format/* AGENTS */.jw.join(', ')}: where dispatch starts this prompt (the file's \`agent\` when absent).`);
    }
    if (key === 'started' || (issue.code === 'invalid_format' && issue.format === 'date')) {
        return where(`${owner}: ${field} ${show(value)} is not a real calendar date`, 'Write the date as YYYY-MM-DD, for example 2026-11-25.');
    }
    if (key === 'kind') {
        return where(`${owner}: unknown kind ${show(value)}${typeof value === 'string' ? (0,suggest/* didYouMean */.au)(value, backlog_format/* KINDS */.GW) : ''}`, `Use one of ${backlog_format/* KINDS */.GW.join(', ')}.`);
    }
    if (key === 'version') {
        return where(`unsupported version ${show(value)}`, 'This release reads `version: 1`; set it, or upgrade session-sweeper.');
    }
    if (issue.code === 'invalid_type' && issue.expected === 'object') {
        if (!inSession) {
            return where(`${owner}: ${field} must be a mapping (${keysAt(path).join(', ')}), got ${show(value)}`, `Write \`${key}:\` with its keys indented below it.`);
        }
        return where(`${owner} must be a mapping of keys (name, category, status, ...), got ${show(value)}`, 'Write the session as `- name: ...` with its keys indented below it.');
    }
    if (issue.code === 'invalid_union' ||
        (issue.code === 'invalid_type' && issue.expected === 'string')) {
        return where(`${owner}: ${field} must be text, got ${show(value)}`, `Write \`${key}:\` as text; quote it if it looks like a number or a date.`);
    }
    if ((issue.code === 'invalid_format' && issue.message === 'blank') ||
        (issue.code === 'too_small' && issue.origin === 'string')) {
        return where(`${owner}: ${field} is empty`, `Write a value for \`${key}\`, or remove the key.`);
    }
    if (issue.code === 'invalid_type') {
        // Every number in the format is a count, so "number" means a whole one.
        const expected = issue.expected === 'int' || issue.expected === 'number'
            ? 'a whole number'
            : issue.expected === 'array'
                ? 'a list'
                : `a ${issue.expected}`;
        return where(`${owner}: ${field} must be ${expected}, got ${show(value)}`, issue.expected === 'boolean'
            ? `Write \`${key}: true\` or \`${key}: false\`.`
            : issue.expected === 'int' || issue.expected === 'number'
                ? `Write \`${key}:\` as a whole number, without quotes.`
                : issue.expected === 'array'
                    ? `Write \`${key}:\` as a list, one \`- \` entry a line.`
                    : `Give \`${key}\` ${expected}.`);
    }
    if (issue.code === 'too_small') {
        if (issue.origin === 'array') {
            return where(`${owner}: ${field} is an empty list`, `List at least one entry, or remove \`${key}\`.`);
        }
        return where(`${owner}: ${field} must be ${String(issue.minimum)} or more, got ${show(value)}`, `Set \`${key}\` to ${String(issue.minimum)} or more.`);
    }
    if (issue.code === 'too_big' && issue.origin !== 'string' && issue.origin !== 'array') {
        return where(`${owner}: ${field} is too large, got ${show(value)}`, `Set \`${key}\` to a realistic count.`);
    }
    if (issue.code === 'too_big') {
        return where(`${owner}: ${field} is too long (at most ${String(issue.maximum)} characters)`, 'Shorten it; long notes belong in the pull request.');
    }
    return where(`${owner}: ${field || 'value'}: ${issue.message}`, 'See schema/sessions.schema.json.');
}

;// CONCATENATED MODULE: ./src/backlog/quick-check.ts


/** Thrown at the first value the schema might refuse; caught in quickRead. Made once: a
 * refusal costs no stack trace. */
const REFUSED = new Error('left to the schema');
/**
 * The schema's output for `data`, or undefined when zod must decide; but the sessions are the
 * entries as written: checked, not copied, as there are many and the model reads each once.
 * What they leave out the model fills in (SESSION_DEFAULTS).
 */
function quickRead(format, data) {
    try {
        return format === 'sessions-yaml'
            ? backlog(data)
            : checkedList(data, (entry) => checkedMapping(entry, playbookFields, true));
    }
    catch (error) {
        if (error === REFUSED)
            return undefined;
        throw error;
    }
}
/** The schema's output for `data`: quickRead, the sessions filled in as the model fills them. */
function quickCheck(format, data) {
    const read = quickRead(format, data);
    if (read === undefined)
        return undefined;
    const { remaining_steps, blocked, kind, status, category } = SESSION_DEFAULTS;
    const playbook = format === 'playbook-json';
    const filled = (session) => ({
        remaining_steps,
        blocked,
        actions: [],
        kind,
        ...(playbook ? { status, category } : {}),
        ...session,
    });
    if (playbook)
        return read.map(filled);
    const top = read;
    return { ...top, sessions: top.sessions.map(filled) };
}
const quick_check_refuse = () => {
    throw REFUSED;
};
const isMapping = (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
};
/** Whether `value` holds a character that is not white space: a printable ASCII first
 * character says so without the regular expression, which costs more than the rest of a check. */
const notBlank = (value) => {
    const first = value.charCodeAt(0);
    return (first > 0x20 && first < 0x7f) || /\S/.test(value);
};
const quick_check_text = (max) => (value) => typeof value === 'string' && value.length <= max && notBlank(value) ? value : quick_check_refuse();
const quick_check_int = (min) => (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= min ? value : quick_check_refuse();
const quick_check_boolean = (value) => (typeof value === 'boolean' ? value : quick_check_refuse());
const matching = (pattern) => (value) => typeof value === 'string' && pattern.test(value) ? value : quick_check_refuse();
/** YYYY-MM-DD, a real calendar day (z.iso.date()). */
const date = (value) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
        return quick_check_refuse();
    const year = Number(value.slice(0, 4));
    const month = Number(value.slice(5, 7));
    const day = Number(value.slice(8, 10));
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return days !== undefined && day >= 1 && day <= days ? value : quick_check_refuse();
};
const optional = (check) => (value) => value === undefined ? undefined : check(value);
const withDefault = (check, made) => (value) => value === undefined ? made() : check(value);
function list(value, item) {
    if (!Array.isArray(value))
        return quick_check_refuse();
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++)
        out[i] = item(value[i]);
    return out;
}
/** The list itself, once every item passes `check`. */
function checkedList(value, check) {
    if (!Array.isArray(value))
        return quick_check_refuse();
    for (let i = 0; i < value.length; i++)
        check(value[i]);
    return value;
}
/** The mapping itself, once `mapping` would accept it. */
function checkedMapping(value, fields, loose = false) {
    if (!isMapping(value))
        return quick_check_refuse();
    for (const key in value) {
        if (!Object.hasOwn(fields, key) && (!loose || key === '__proto__'))
            return quick_check_refuse();
    }
    for (const key in fields)
        fields[key](value[key]);
    return value;
}
/** A mapping of these fields: unknown keys refused, or kept as they are when `loose`. */
function mapping(value, fields, loose = false) {
    if (!isMapping(value))
        return quick_check_refuse();
    const out = {};
    for (const key in value) {
        if (!Object.hasOwn(fields, key)) {
            if (!loose || key === '__proto__')
                return quick_check_refuse();
            out[key] = value[key];
        }
    }
    for (const key in fields) {
        const checked = fields[key](value[key]);
        if (checked !== undefined)
            out[key] = checked;
    }
    return out;
}
const union = (...checks) => (value) => {
    for (const check of checks) {
        try {
            return check(value);
        }
        catch (error) {
            if (error !== REFUSED)
                throw error;
        }
    }
    return quick_check_refuse();
};
const sessionFields = {
    name: quick_check_text(200),
    category: quick_check_text(100),
    status: matching(backlog_format/* STATUS_PATTERN */.oW),
    remaining_steps: withDefault(quick_check_int(0), () => backlog_format/* SESSION_DEFAULTS */.uR.remaining_steps),
    blocked: withDefault(quick_check_boolean, () => backlog_format/* SESSION_DEFAULTS */.uR.blocked),
    blocker: optional(quick_check_text(1000)),
    pr: optional(union(quick_check_int(1), matching(backlog_format/* PR_REF_PATTERN */.YJ))),
    jules: optional(union(quick_check_int(0), matching(backlog_format/* JULES_ID_PATTERN */.pM))),
    copilot: optional(matching(backlog_format/* COPILOT_ID_PATTERN */.Ck)),
    started: optional(date),
    next_action: optional(quick_check_text(1000)),
    actions: withDefault((value) => list(value, quick_check_text(1000)), () => []),
    kind: withDefault((value) => (backlog_format/* KINDS */.GW.includes(value) ? value : quick_check_refuse()), () => backlog_format/* SESSION_DEFAULTS */.uR.kind),
};
const playbookFields = {
    ...sessionFields,
    status: withDefault(sessionFields.status, () => backlog_format/* SESSION_DEFAULTS */.uR.status),
    category: withDefault(sessionFields.category, () => backlog_format/* SESSION_DEFAULTS */.uR.category),
    blocker: (value) => (value === null ? null : sessionFields.blocker(value)),
};
const agent = (value) => backlog_format/* AGENTS */.jw.includes(value) ? value : quick_check_refuse();
const sessionKeys = new Set(Object.keys(sessionFields));
/**
 * `mapping(value, sessionFields)`'s checks, each field read by its name rather than by a key that
 * changes from field to field, which costs several times more: there is one a session. What is
 * left out is not filled in.
 */
function checkedSession(value) {
    if (!isMapping(value))
        return quick_check_refuse();
    for (const key in value)
        if (!sessionKeys.has(key))
            return quick_check_refuse();
    sessionFields.name(value.name);
    sessionFields.category(value.category);
    sessionFields.status(value.status);
    if (value.remaining_steps !== undefined)
        sessionFields.remaining_steps(value.remaining_steps);
    if (value.blocked !== undefined)
        sessionFields.blocked(value.blocked);
    if (value.blocker !== undefined)
        sessionFields.blocker(value.blocker);
    if (value.pr !== undefined)
        sessionFields.pr(value.pr);
    if (value.jules !== undefined)
        sessionFields.jules(value.jules);
    if (value.copilot !== undefined)
        sessionFields.copilot(value.copilot);
    if (value.started !== undefined)
        sessionFields.started(value.started);
    if (value.next_action !== undefined)
        sessionFields.next_action(value.next_action);
    if (value.actions !== undefined)
        sessionFields.actions(value.actions);
    if (value.kind !== undefined)
        sessionFields.kind(value.kind);
    return value;
}
const promptFields = {
    id: quick_check_text(100),
    title: quick_check_text(300),
    added: optional(date),
    obsolete: withDefault(quick_check_boolean, () => false),
    agent: optional(agent),
    prompt: optional(quick_check_text(20_000)),
    branch: optional(matching(backlog_format/* BRANCH_PATTERN */.Gw)),
    approve: withDefault((value) => (value === 'auto' || value === 'manual' ? value : quick_check_refuse()), () => 'auto'),
};
const prompts = withDefault((value) => list(value, (p) => mapping(p, promptFields)), () => []);
const categoryFields = { active: prompts, reserve: prompts };
const incidentFields = {
    id: quick_check_text(100),
    date,
    category: quick_check_text(100),
    summary: quick_check_text(1000),
    hardening: optional(quick_check_text(200)),
};
const cadenceFields = {
    governance_every: withDefault(quick_check_int(1), () => 12),
    scheduler_every: withDefault(quick_check_int(1), () => 30),
};
const topFields = {
    $schema: optional((value) => (typeof value === 'string' ? value : quick_check_refuse())),
    version: (value) => (value === 1 ? value : quick_check_refuse()),
    capacity: withDefault(quick_check_int(1), () => backlog_format/* PLAYBOOK_CAPACITY */.rg),
    reserve: withDefault(quick_check_int(0), () => backlog_format/* PLAYBOOK_RESERVE */.Vq),
    agent: withDefault(agent, () => backlog_format/* DEFAULT_AGENT */.kz),
    categories: optional((value) => {
        const categories = list(value, quick_check_text(100));
        return categories.length > 0 ? categories : quick_check_refuse();
    }),
    sessions: withDefault((value) => checkedList(value, checkedSession), () => []),
    backlog: withDefault((value) => {
        if (!isMapping(value))
            return quick_check_refuse();
        const out = {};
        for (const key in value) {
            if (key === '__proto__')
                return quick_check_refuse();
            out[quick_check_text(100)(key)] = mapping(value[key], categoryFields);
        }
        return out;
    }, () => ({})),
    incidents: withDefault((value) => list(value, (i) => mapping(i, incidentFields)), () => []),
    cadence: withDefault((value) => mapping(value, cadenceFields), () => ({ governance_every: 12, scheduler_every: 30 })),
};
const backlog = (value) => mapping(value, topFields);

;// CONCATENATED MODULE: ./src/backlog/validate.ts





function validate({ format, data: raw, locate }) {
    const coercions = [];
    const data = format === 'playbook-json' ? coercePlaybook(raw, locate, coercions) : raw;
    const quick = quickRead(format, data);
    const result = quick !== undefined
        ? { success: true, data: quick }
        : format === 'sessions-yaml'
            ? part('schemas').backlogSchema.safeParse(data)
            : part('schemas').playbookBacklogSchema.safeParse(data);
    if (!result.success) {
        const errors = result.error.issues.map((i) => describe(i, data, locate, format));
        return { data, coercions, input: undefined, errors };
    }
    const top = format === 'sessions-yaml' ? result.data : undefined;
    const sessions = top ? top.sessions : result.data;
    return {
        data,
        coercions,
        input: { top, sessions, backlog: categoryBacklogs(data, top, quick !== undefined) },
        errors: [],
    };
}
/**
 * The categories of `backlog:`, each checked: read from the data itself, as zod's record output
 * is a plain object, where a category named `__proto__` would be lost. The quick check refuses
 * such a name, so what it accepted is read from its output, without zod.
 */
function categoryBacklogs(data, parsed, quick) {
    if (quick)
        return parsed ? Object.entries(parsed.backlog) : [];
    const raw = isRecord(data) ? data.backlog : undefined;
    if (!isRecord(raw))
        return [];
    const found = [];
    for (const category of Object.keys(raw)) {
        const parsed = part('schemas').categoryBacklogSchema.safeParse(raw[category]);
        if (parsed.success)
            found.push([category, parsed.data]);
    }
    return found;
}
/** Python's truthiness, which the playbook tool applied to `blocked`. */
const truthy = (value) => !(value === null ||
    value === false ||
    value === 0 ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isRecord(value) && Object.keys(value).length === 0));
/**
 * The playbook tool converted loosely typed values (`str(name)`, `int(steps)`, `bool(blocked)`).
 * Its JSON gets the same conversions, each with a warning, so its users switch without editing.
 */
function coercePlaybook(entries, locate, warnings) {
    return entries.map((entry, index) => {
        if (!isRecord(entry))
            return entry;
        const out = { ...entry };
        const warn = (key, wording) => warnings.push({
            severity: 'warning',
            ...ofSession(index, wording),
            location: locate([index], key),
        });
        if (!('name' in entry)) {
            out.name = 'unknown';
            warn('name', unnamed);
        }
        for (const key of ['name', 'category']) {
            const value = entry[key];
            if (typeof value === 'number' || typeof value === 'boolean') {
                const read = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
                out[key] = read;
                warn(key, readAsText(key, value, read));
            }
        }
        const steps = entry.remaining_steps;
        if (typeof steps === 'string' && /^\s*[+-]?\d+\s*$/.test(steps)) {
            const read = Number.parseInt(steps, 10);
            out.remaining_steps = read;
            warn('remaining_steps', stepsReadAsNumber(steps, read));
        }
        else if (typeof steps === 'number' && Number.isFinite(steps) && !Number.isInteger(steps)) {
            const read = Math.trunc(steps);
            out.remaining_steps = read;
            warn('remaining_steps', stepsTruncated(steps, read));
        }
        // The tool printed an empty blocker as "unspecified": it is no blocker at all.
        if (typeof entry.blocker === 'string' && entry.blocker.trim() === '')
            delete out.blocker;
        const blocked = entry.blocked;
        if (blocked !== undefined && typeof blocked !== 'boolean') {
            const read = truthy(blocked);
            out.blocked = read;
            warn('blocked', blockedReadAs(blocked, read));
        }
        return out;
    });
}

;// CONCATENATED MODULE: ./src/backlog/load.ts












/** Reads and validates a backlog file. `file` is the path shown to people (and in annotations). */
async function readBacklog(path, file = path, options = {}) {
    const source = await readBacklogText(path, file, options);
    return 'text' in source
        ? parseBacklogText(source.text, file, options.repository ? { repository: options.repository } : {})
        : source.failure;
}
/** parseBacklog, loading what the text turns out to need. */
async function parseBacklogText(source, file, options = {}) {
    for (;;) {
        try {
            return parseBacklog(source, file, options);
        }
        catch (error) {
            // parseBacklog has no side effects: it runs again once the missing part is loaded.
            if (!(error instanceof NotLoaded))
                throw error;
            await loadPart(error.part);
        }
    }
}
/**
 * Validates backlog text; all problems are reported at once. Needs the YAML readers and the
 * schemas it uses loaded (loadBacklogReaders); parseBacklogText loads them as needed.
 */
function parseBacklog(source, file, options = {}) {
    const result = parseWith(source, file, options, options.worded ?? false);
    // A small YAML file with anything to say hears it from the `yaml` parser (LARGE_YAML_CHARS).
    if (result.reread && (!result.loaded.ok || result.loaded.warnings.length > 0)) {
        return parseWith(source, file, options, true).loaded;
    }
    return result.loaded;
}
function parseWith(source, file, { repository }, worded) {
    const read = parse(source, file, worded);
    const reread = 'rereadIfAnything' in read;
    return { loaded: checkParsed(read, file, repository), reread };
}
function checkParsed(read, file, repository) {
    if ('errors' in read)
        return refuse(read.errors);
    const located = locateBacklog(read.data, read.locate, file);
    if ('errors' in located)
        return refuse(located.errors);
    const { format, locate } = located;
    const checked = validate(located);
    // Every session's place is needed, by the checks and the model alike: found once.
    const places = sessionPlaces(format, checked.data, locate);
    // Checks across fields run on the data as parsed too, so one pass reports every problem.
    const crossed = crossCheckEntries(format, checked.data, locate, repository, places);
    const warnings = located.warnings.concat(checked.coercions, crossed.warnings);
    if (checked.input === undefined) {
        const errors = checked.errors.concat(crossed.errors);
        errors.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
        return refuse(errors, warnings);
    }
    const model = toModel(located, checked.input, warnings, places, read.ownStrings === true);
    // The rules across the backlog compare what the model holds: names and categories in NFC.
    const problems = { errors: crossed.errors, warnings };
    crossCheckBacklog(checked.input, model, locate, problems);
    if (problems.errors.length > 0)
        return refuse(problems.errors, warnings);
    return { ok: true, backlog: model.backlog, warnings };
}


/***/ }),

/***/ 4160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ offsetAlong)
/* harmony export */ });
/**
 * The offset of the deepest place `path` reaches from `root`; with `key`, that key's own when the
 * whole path is there. `itemOf` finds an item of a list, for a reader that places some later.
 */
function offsetAlong(root, path, key, itemOf = (list, index) => list.items?.[index]) {
    let found = root;
    let whole = true;
    for (const step of path) {
        const next = typeof step === 'number' ? itemOf(found, step) : found.keys?.get(String(step))?.value;
        if (!next) {
            whole = false;
            break;
        }
        found = next;
    }
    const keyAt = key !== undefined && whole ? found.keys?.get(key)?.key : undefined;
    return keyAt ?? found.at;
}


/***/ }),

/***/ 1085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   ip: () => (/* binding */ Suggester),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony exports MAX_WORK, boundedDistance */
// "Did you mean" for keys, statuses, categories and session names. Bounded whatever the file
// holds: candidates of a length too far off are never compared, a comparison stops as soon as
// it cannot beat the best so far, and one word is compared with a capped number of candidates.
/** Candidates compared with one word, nearest in length first. */
const MAX_COMPARED = 16;
/**
 * Cells of distance tables one set of candidates computes in all: past it, only matches that
 * differ in case are suggested, so a file of ten thousand near misses stays fast.
 */
const MAX_WORK = 20_000_000;
/** Words longer than this are not matched: no one mistypes a paragraph. */
const MAX_WORD = 120;
/** How many edits a word of this length may be from its match. */
const allowance = (length) => Math.max(2, Math.floor(length / 3));
/**
 * Levenshtein distance over code units, or `limit + 1` once it must exceed `limit`: only the
 * diagonal band of width 2·limit+1 is computed, and a row with nothing under the limit stops it.
 */
function boundedDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    const over = limit + 1;
    let previous = new Array(b.length + 1);
    let current = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        previous[j] = j <= limit ? j : over;
    for (let i = 1; i <= a.length; i++) {
        const from = Math.max(1, i - limit);
        const to = Math.min(b.length, i + limit);
        current[0] = i <= limit ? i : over;
        if (from > 1)
            current[from - 1] = over;
        let best = current[0];
        for (let j = from; j <= to; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            const value = Math.min(previous[j] + 1, current[j - 1] + 1, substitution, over);
            current[j] = value;
            if (value < best)
                best = value;
        }
        if (to < b.length)
            current[to + 1] = over;
        if (best > limit)
            return over;
        [previous, current] = [current, previous];
    }
    return Math.min(previous[b.length], over);
}
/**
 * Suggestions among one set of candidates, prepared once: an exact match without case is found
 * in a map, near ones among the few candidates closest in length.
 */
class Suggester {
    exact = new Map();
    /** Lower-cased candidates by length. */
    byLength = new Map();
    work = 0;
    constructor(candidates) {
        for (const original of candidates) {
            const lower = original.toLowerCase();
            if (!this.exact.has(lower))
                this.exact.set(lower, original);
            if (lower.length > MAX_WORD)
                continue;
            const bucket = this.byLength.get(lower.length);
            if (bucket) {
                if (bucket.length < MAX_COMPARED)
                    bucket.push({ lower, original });
            }
            else
                this.byLength.set(lower.length, [{ lower, original }]);
        }
    }
    /** Cells of distance tables computed so far: what bounds the time suggestions take. */
    get cellsComputed() {
        return this.work;
    }
    /** The closest candidate, compared without case, or undefined when none is close enough. */
    closest(word) {
        const needle = word.toLowerCase();
        const same = this.exact.get(needle);
        if (same !== undefined)
            return same;
        if (needle.length > MAX_WORD || this.work > MAX_WORK)
            return undefined;
        const limit = allowance(needle.length);
        let best;
        let bestDistance = limit + 1;
        let compared = 0;
        // Same length first, then one shorter and one longer, and so on out to the allowance.
        for (let offset = 0; offset <= limit && compared < MAX_COMPARED; offset++) {
            for (const length of offset === 0
                ? [needle.length]
                : [needle.length - offset, needle.length + offset]) {
                for (const candidate of this.byLength.get(length) ?? []) {
                    if (compared++ >= MAX_COMPARED || bestDistance <= offset)
                        break;
                    this.work += needle.length * (2 * bestDistance - 1);
                    const d = boundedDistance(needle, candidate.lower, bestDistance - 1);
                    if (d < bestDistance) {
                        best = candidate.original;
                        bestDistance = d;
                    }
                }
            }
        }
        return best;
    }
    didYouMean(word) {
        const match = this.closest(word);
        return match === undefined ? '' : `; did you mean "${match}"?`;
    }
}
/** The closest candidate, compared without case, or undefined when none is close enough. */
function closest(word, candidates) {
    return new Suggester(candidates).closest(word);
}
function didYouMean(word, candidates) {
    return new Suggester(candidates).didYouMean(word);
}


/***/ }),

/***/ 3894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ tagDirective),
/* harmony export */   BF: () => (/* binding */ MERGE_KEY),
/* harmony export */   CR: () => (/* binding */ AliasBudget),
/* harmony export */   Dh: () => (/* binding */ undefinedAlias),
/* harmony export */   I3: () => (/* binding */ TWO_DOCUMENTS),
/* harmony export */   Q1: () => (/* binding */ emptyKeyAt),
/* harmony export */   "do": () => (/* binding */ loneCarriageReturn),
/* harmony export */   eX: () => (/* binding */ structureDiagnostics),
/* harmony export */   gZ: () => (/* binding */ TOO_DEEP),
/* harmony export */   jI: () => (/* binding */ COMPLEX_KEY),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   mk: () => (/* binding */ NULL_KEY),
/* harmony export */   q0: () => (/* binding */ ALIAS_BOMB),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   s_: () => (/* binding */ DUPLICATE_KEY)
/* harmony export */ });
/* unused harmony exports MAX_EXPANDED_NODES, MAX_EXPANDED_CHARS, MAX_STRUCTURE_PROBLEMS, shortTag, TAG_DIRECTIVE */
/** Values that aliases may add in all: a backlog has no use for more, a billion laughs does. */
const MAX_EXPANDED_NODES = 10_000;
/** Characters that aliases may add in all: as much as a whole backlog file may hold. */
const MAX_EXPANDED_CHARS = 2 * 1024 * 1024;
/** Deeper than any backlog nests: sessions, a session, its keys, a list in it. */
const MAX_DEPTH = 64;
/** Problems of structure reported for one file; the first ones by place. */
const MAX_STRUCTURE_PROBLEMS = 100;
const CORE = 'tag:yaml.org,2002:';
/** A tag as a person writes it: `!!str` for the core schema's, else as it was resolved. */
function shortTag(tag) {
    const verbatim = /^!<(.*)>$/.exec(tag);
    const name = verbatim ? verbatim[1] : tag;
    return name.startsWith(CORE) ? `!!${name.slice(CORE.length)}` : name;
}
/**
 * The problem with an explicit tag, if any: only the core schema's `!!str` and `!!int` are read,
 * on plain values (`!!int` on a whole number); any other tag would mean something the data
 * cannot hold, or would be read differently by another YAML parser.
 */
function tagProblem(tag, kind, value) {
    const short = shortTag(tag);
    if (kind === 'scalar' && short === '!!str')
        return undefined;
    if (kind === 'scalar' && short === '!!int') {
        return /^[-+]?[0-9]+$/.test(value.trim())
            ? undefined
            : `the tag !!int needs a whole number, got ${JSON.stringify(value.slice(0, 40))}`;
    }
    return `the tag ${short.slice(0, 60)} is not supported: write the value without it (only !!str and !!int are read)`;
}
const MERGE_KEY = 'merge keys are not supported: write the fields out';
const DUPLICATE_KEY = 'invalid YAML: Map keys must be unique';
const COMPLEX_KEY = 'invalid YAML: a key must be plain text, not a list, a mapping or an alias';
const TOO_DEEP = 'the file nests lists or mappings too deeply to be read';
const ALIAS_BOMB = 'the file cannot be read as data: its aliases expand to too many values';
const TWO_DOCUMENTS = 'the file holds more than one YAML document';
const NULL_KEY = 'invalid YAML: a key must be text, not empty or null';
const TAG_DIRECTIVE = '%TAG directives are not supported: write the tags out (only !!str and !!int are read)';
/** An alias names an anchor that has not been met, or whose node it stands in. */
function undefinedAlias(name) {
    return `invalid YAML: alias "*${name.slice(0, 60)}" names no anchor before it`;
}
const UNDEFINED_ALIAS = /^invalid YAML: alias ".*" names no anchor before it$/;
const FIX = {
    [MERGE_KEY]: 'Copy the fields of the anchored mapping into each place that uses `<<:`.',
    [DUPLICATE_KEY]: 'Remove or rename the repeated key.',
    [COMPLEX_KEY]: 'Write the key as text.',
    [TOO_DEEP]: 'A backlog nests a few levels at most: sessions, a session, its keys.',
    [ALIAS_BOMB]: 'Write the values out instead of expanding anchors and aliases.',
    [TWO_DOCUMENTS]: 'Keep one document: remove the `---` lines that start another.',
    [NULL_KEY]: 'Write the key as text; quote it if it must read `null` or `~`.',
    [TAG_DIRECTIVE]: 'Remove the `%TAG` line and write values without tags.',
};
/**
 * A carriage return not followed by a line feed: `yaml` reads it as a line break, js-yaml as part
 * of the line, so a key could hide in a comment for one reader and not the other.
 */
function loneCarriageReturn(text, file) {
    for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
        if (text[i + 1] === '\n')
            continue;
        const lineStart = text.lastIndexOf('\n', i) + 1;
        let line = 1;
        for (let j = text.indexOf('\n'); j !== -1 && j < i; j = text.indexOf('\n', j + 1))
            line++;
        const column = i - lineStart + 1;
        return {
            severity: 'error',
            message: `a carriage return without a line feed at ${line}:${column}: save the file with LF or CRLF line endings`,
            fix: 'Save the file with LF or CRLF line endings.',
            location: { file, line, column },
        };
    }
    return undefined;
}
/**
 * Where an empty key stands: the first `?` or `:` from `from` on, past spaces, comments and flow
 * punctuation; `from` when another character comes first.
 */
function emptyKeyAt(text, from) {
    let i = from;
    while (i < text.length) {
        const c = text[i];
        if (c === '#') {
            const end = text.indexOf('\n', i);
            i = end === -1 ? text.length : end;
        }
        else if (/[\s,{}[\]"'-]/.test(c))
            i++;
        else
            break;
    }
    return text[i] === '?' || text[i] === ':' ? i : from;
}
/**
 * The first `%TAG` directive before the document's first node (`before`): a handle may rename
 * `!!str` to anything, so tags are read only as the core schema writes them, and no directive
 * may redefine them.
 */
function tagDirective(text, before) {
    const head = text.slice(0, Math.max(0, before));
    const found = /^%TAG[ \t]/m.exec(head);
    return found ? { offset: found.index, message: TAG_DIRECTIVE } : undefined;
}
/** The first problems by place, as diagnostics. */
function structureDiagnostics(problems, at) {
    return problems
        .sort((a, b) => a.offset - b.offset)
        .slice(0, MAX_STRUCTURE_PROBLEMS)
        .map(({ offset, message }) => ({
        severity: 'error',
        message,
        fix: FIX[message] ??
            (UNDEFINED_ALIAS.test(message)
                ? 'Define the anchor (`&name`) on a value before the alias (`*name`) that repeats it.'
                : 'Write the value without a tag; quote it if it must stay text.'),
        location: at(offset),
    }));
}
/**
 * What the aliases of a document expand to, counted as they are met in document order: values
 * and characters. `add` returns the offset to report when a bound is passed.
 */
class AliasBudget {
    values = 0;
    chars = 0;
    /** False once the aliases expand to more than either bound. */
    add(size) {
        this.values += size.values;
        this.chars += size.chars;
        return this.values <= MAX_EXPANDED_NODES && this.chars <= MAX_EXPANDED_CHARS;
    }
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   iA: () => (/* binding */ readArgs),
/* harmony export */   o2: () => (/* binding */ maxFileSize),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   rD: () => (/* binding */ wholeNumber)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _backlog_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3560);
/* harmony import */ var _github_refs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9081);
/* harmony import */ var _planner_jules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1075);
/* harmony import */ var _planner_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1551);
/* harmony import */ var _surface_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7800);
// The command line read into what to do: the command, its files and its options, each checked.






/** The command line is wrong: the message and the usage. */
class UsageError extends Error {
}
const FORMATS = ['text', 'json', 'markdown', 'updates'];
/** The options and the other words of a command line; an unknown option is a problem. */
function readArgs(argv, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options,
        });
    }
    catch (error) {
        return { problem: error.message };
    }
}
/** A whole number of at least `minimum`, or undefined. */
function wholeNumber(text, minimum) {
    return /^\d+$/.test(text) && Number(text) >= minimum && Number.isSafeInteger(Number(text))
        ? Number(text)
        : undefined;
}
/** --max-file-size in bytes, or what is wrong with it. */
function maxFileSize(text) {
    return ((0,_backlog_load_js__WEBPACK_IMPORTED_MODULE_1__/* .parseByteSize */ .nS)(text) ?? {
        problem: `--max-file-size takes a size in bytes, or with a KiB or MiB suffix (such as 8MiB), got "${text}"`,
    });
}
function parse(argv) {
    const args = readArgs(argv, {
        capacity: { type: 'string' },
        'reserve-slot': { type: 'string' },
        reserve: { type: 'string' },
        format: { type: 'string', default: 'text' },
        enforce: { type: 'boolean', default: false },
        'fail-on': { type: 'string' },
        ledger: { type: 'string' },
        'write-ledger': { type: 'string' },
        out: { type: 'string' },
        'cold-after-sweeps': { type: 'string' },
        'cold-after-hours': { type: 'string' },
        github: { type: 'boolean', default: false },
        jules: { type: 'boolean', default: false },
        copilot: { type: 'boolean', default: false },
        'jules-plan': { type: 'string' },
        repo: { type: 'string' },
        'max-file-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
    });
    if ('problem' in args)
        throw new UsageError(args.problem);
    const { values, positionals } = args;
    const common = {
        help: values.help,
        version: values.version,
        enforce: values.enforce,
        github: values.github,
        jules: values.jules,
        copilot: values.copilot,
        settings: {},
        coldAfterSweeps: 2,
        coldAfterHours: 48,
        maxFileSize: _backlog_load_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_BACKLOG_BYTES */ .Ts,
    };
    if (values.help || values.version)
        return { ...common, command: 'plan', files: [], format: 'text' };
    let command = 'plan';
    const files = [...positionals];
    if (files[0] === 'plan' || files[0] === 'validate' || files[0] === 'diff') {
        command = files.shift();
    }
    const wanted = command === 'diff' ? 2 : 1;
    if (files.length === 0)
        throw new UsageError('name the backlog file to read');
    if (files.length !== wanted) {
        throw new UsageError(command === 'diff'
            ? `diff takes the base file and the head file, got: ${files.join(' ')}`
            : `one backlog file at a time, got: ${files.join(' ')}`);
    }
    const format = values.format;
    if (!FORMATS.includes(format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
    }
    if (values.reserve !== undefined && values['reserve-slot'] !== undefined) {
        throw new UsageError('give --reserve-slot or --reserve, not both');
    }
    if (values.repo !== undefined && !values.github && !values.jules && !values.copilot)
        throw new UsageError('--repo goes with --github, --jules or --copilot');
    if (values.repo !== undefined && !(0,_github_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRepository */ .SU)(values.repo)) {
        throw new UsageError(`--repo takes owner/name, got "${values.repo}"`);
    }
    if ((values.ledger ?? values['write-ledger']) !== undefined && command !== 'plan') {
        throw new UsageError('--ledger and --write-ledger go with a plan');
    }
    const settings = { surface: _surface_js__WEBPACK_IMPORTED_MODULE_4__/* .CLI_SURFACE */ .F };
    if (values.capacity !== undefined)
        settings.capacity = count('--capacity', values.capacity, 1);
    const reserve = values['reserve-slot'] ?? values.reserve;
    if (reserve !== undefined)
        settings.reserve = count('--reserve-slot', reserve, 0);
    if (values['fail-on'] !== undefined) {
        const rails = (0,_planner_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRailIds */ .wY)(values['fail-on']);
        if ('problem' in rails)
            throw new UsageError(`--fail-on ${rails.problem}`);
        settings.failOn = new Set(rails);
    }
    const julesPlan = values['jules-plan'];
    if (julesPlan !== undefined) {
        if (!_planner_jules_js__WEBPACK_IMPORTED_MODULE_2__/* .JULES_PLAN_NAMES */ .bv.includes(julesPlan)) {
            throw new UsageError(`--jules-plan takes ${_planner_jules_js__WEBPACK_IMPORTED_MODULE_2__/* .JULES_PLAN_NAMES */ .bv.join(', ')} (the account's Jules plan), got "${julesPlan}"`);
        }
        settings.julesPlan = julesPlan;
    }
    if (values['cold-after-sweeps'] !== undefined) {
        common.coldAfterSweeps = count('--cold-after-sweeps', values['cold-after-sweeps'], 1);
    }
    if (values['cold-after-hours'] !== undefined) {
        common.coldAfterHours = count('--cold-after-hours', values['cold-after-hours'], 1);
    }
    if (values['max-file-size'] !== undefined) {
        const bytes = maxFileSize(values['max-file-size']);
        if (typeof bytes !== 'number')
            throw new UsageError(bytes.problem);
        common.maxFileSize = bytes;
    }
    return {
        ...common,
        command,
        files,
        format,
        settings,
        ...(values.repo !== undefined ? { repo: values.repo } : {}),
        ...(values.ledger !== undefined ? { ledger: values.ledger } : {}),
        ...(values['write-ledger'] !== undefined ? { writeLedger: values['write-ledger'] } : {}),
        ...(values.out !== undefined ? { out: values.out } : {}),
    };
}
function count(flag, text, minimum) {
    const value = wholeNumber(text, minimum);
    if (value === undefined) {
        throw new UsageError(`${flag} takes a whole number of at least ${minimum}, got "${text}"`);
    }
    return value;
}


/***/ }),

/***/ 3597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hh: () => (/* binding */ load),
/* harmony export */   NB: () => (/* binding */ checkedSettings),
/* harmony export */   Og: () => (/* binding */ loadBase)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _backlog_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3560);
/* harmony import */ var _github_refs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9081);
/* harmony import */ var _planner_jules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1075);
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7789);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(893);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1604);
// The backlog as the command reads it: every problem printed, a diff's base told missing from
// broken, and the flags' settings checked against the file.







/** Problems printed for one file; the rest are counted (`validate` prints them all). */
const PRINTED_PROBLEMS = 100;
/** Reads and checks a backlog; `missing` tells a file that is not there from a broken one. */
async function read(file, io, parsed) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, file);
    const source = await (0,_backlog_load_js__WEBPACK_IMPORTED_MODULE_1__/* .readBacklogText */ .fC)(path, file, {
        // A link inside the directory the command runs in must not lead out of it (a checked-out
        // pull request could commit one); a path that names a place outside is read as asked.
        ...(isInside(path, io.cwd) ? { root: io.cwd } : {}),
        maxBytes: parsed.maxFileSize,
        raiseWith: '--max-file-size',
    });
    // Known, a bare `pr: 12` and its URL name one pull request.
    const repository = (0,_github_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .ofRepository */ .SK)((0,_github_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRepository */ .SU)(parsed.repo ?? io.env.GITHUB_REPOSITORY));
    return 'text' in source
        ? {
            loaded: await (0,_backlog_load_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBacklogText */ .SM)(source.text, file, repository),
            missing: false,
            unread: false,
        }
        : { loaded: source.failure, missing: source.missing, unread: !source.missing };
}
/** The first PRINTED_PROBLEMS diagnostics, then how many more there are. */
function printDiagnostics(io, diagnostics, all) {
    const shown = all ? diagnostics : diagnostics.slice(0, PRINTED_PROBLEMS);
    for (const d of shown)
        io.stderr(`${(0,_render_text_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDiagnostic */ .xy)(d)}\n`);
    const more = diagnostics.length - shown.length;
    if (more > 0) {
        io.stderr(`… and ${more} more; \`session-sweeper validate\` prints them all.\n`);
    }
}
/** A diff's base: undefined, with the reason, when it is missing or not a valid backlog. */
async function loadBase(file, io, parsed) {
    const { loaded, missing, unread } = await read(file, io, parsed);
    if (loaded.ok)
        return { base: loaded.backlog };
    // Too large or not a readable file: as the required check does, nothing counts as introduced.
    if (unread) {
        const note = `${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .Kb)(loaded.errors[0]?.message ?? `${file} could not be read`, 200)}, so findings could not be told new from existing`;
        io.stderr(`warning: ${note}.\n`);
        return { note, unknown: true };
    }
    const note = missing
        ? `${file} does not exist, so every finding is new`
        : `${file} is not a valid backlog, so every finding counts as new`;
    const first = loaded.errors[0];
    io.stderr(`warning: ${note}${first ? ` (${(0,_render_text_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDiagnostic */ .xy)({ ...first, fix: '' })})` : ''}.\n`);
    return { note };
}
/** Loads a backlog, printing every problem; undefined when it cannot be planned. */
async function load(file, io, parsed) {
    const validating = parsed.command === 'validate';
    const { loaded } = await read(file, io, parsed);
    // A plan lists its warnings among the rails; otherwise they go to stderr.
    if (!loaded.ok || validating)
        printDiagnostics(io, loaded.warnings, validating);
    if (loaded.ok)
        return loaded.backlog;
    printDiagnostics(io, loaded.errors, validating);
    const count = loaded.errors.length;
    io.stderr(`${file}: ${count} problem${count === 1 ? '' : 's'}; no plan was made.\n`);
    return undefined;
}
/** Inside `dir`: a link there must not lead out of it. */
const isInside = (path, dir) => {
    const rest = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(dir, path);
    return rest !== '' && rest.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep)[0] !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rest);
};
/** The flags' settings, which must leave the fast lane a slot under the file's capacity. */
function checkedSettings(settings, backlog) {
    const capacity = settings.capacity ?? backlog.capacity;
    const reserve = settings.reserve ?? backlog.reserve;
    if (reserve >= capacity) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .BadInput */ .kp(`reserve (${reserve}) must be smaller than capacity (${capacity}); change --reserve-slot or --capacity.`);
    }
    const plan = settings.julesPlan;
    if (plan && reserve >= _planner_jules_js__WEBPACK_IMPORTED_MODULE_2__/* .JULES_PLANS */ .zq[plan].concurrent) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .BadInput */ .kp(`reserve (${reserve}) must be smaller than the Jules ${plan} plan's ${_planner_jules_js__WEBPACK_IMPORTED_MODULE_2__/* .JULES_PLANS */ .zq[plan].concurrent} concurrent sessions; change --reserve-slot or --jules-plan.`);
    }
    return settings;
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ exitCode),
/* harmony export */   Oo: () => (/* binding */ once),
/* harmony export */   hV: () => (/* binding */ writeFiles),
/* harmony export */   kX: () => (/* binding */ logTo),
/* harmony export */   kp: () => (/* binding */ BadInput),
/* harmony export */   tN: () => (/* binding */ showPlan)
/* harmony export */ });
/* harmony import */ var _fs_async_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9148);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1586);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(893);
// What the command writes: the plan on stdout (fenced inside a job), the --out files, and the
// line that says an input is wrong.





/** An input is wrong: the message alone. */
class BadInput extends Error {
}
/** A client's progress line, on stderr. */
const logTo = (io) => (message) => {
    io.stderr(`${message}\n`);
};
/** The value of `make`, made on first use: the text plan needs no report, and a large plan's
 * report (plan.json, plan.md, the updates) is hundreds of megabytes. */
function once(make) {
    let value;
    return () => (value ??= { made: make() }).made;
}
/** The plan in the format asked for, and with --out its files. */
async function showPlan(parsed, io, plan, report) {
    write(io, render(plan, parsed.format, report), parsed.format);
    if (parsed.out)
        await writeFiles((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, parsed.out), report().files);
}
/** 1 when --enforce and a rail is broken. */
const exitCode = (parsed, plan) => parsed.enforce && plan.verdict === 'fail' ? 1 : 0;
function render(plan, format, report) {
    // Written as it is made: plan.json of a large plan is tens of megabytes as one string.
    if (format === 'json')
        return (0,_render_report_js__WEBPACK_IMPORTED_MODULE_3__/* .planJsonPieces */ .h)(plan, report().metrics);
    // The same summary as the job's, shortened the same way; --out has the whole plan.md.
    if (format === 'markdown')
        return [report().summary];
    if (format === 'updates')
        return [report().files['session-updates.md']];
    // Written as it is made: a large plan's text is never held whole.
    return (0,_render_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderTextPieces */ .Dj)(plan);
}
/**
 * Run inside a GitHub Actions job, text from the backlog and from pull requests could start a
 * line with `::` and be obeyed as a workflow command: the output is fenced with stop-commands.
 */
function write(io, pieces, format) {
    const token = io.env.GITHUB_ACTIONS === 'true' && format !== 'json'
        ? globalThis.crypto.randomUUID()
        : undefined;
    if (token)
        io.stdout(`::stop-commands::${token}\n`);
    for (const piece of pieces)
        io.stdout(piece);
    if (token)
        io.stdout(`::${token}::\n`);
}
/** Each file whole or not at all. */
async function writeFiles(dir, files) {
    await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_0__/* .mkdir */ .Ck)(dir, { recursive: true });
    for (const [name, text] of Object.entries(files))
        await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeWhole */ .f)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, name), text);
}


/***/ }),

/***/ 8258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ readLive)
/* harmony export */ });
/* unused harmony export copilotTasks */
/* harmony import */ var _github_endpoints_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(925);
/* harmony import */ var _github_refs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9081);
/* harmony import */ var _planner_jules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1075);
/* harmony import */ var _planner_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1551);
/* harmony import */ var _planner_sessions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6411);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4692);
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7789);
/* harmony import */ var _surface_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7800);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1604);









/** Characters of an API's failure quoted in a warning. */
const FAILURE_CHARS = 1000;
/** What the flags ask for of the sessions in the file (and for diff, in the base). */
async function readLive(parsed, io, sessions, baseSessions = []) {
    const ids = (0,_planner_jules_js__WEBPACK_IMPORTED_MODULE_0__/* .idsToLookUp */ .YS)(sessions, baseSessions);
    const jules = parsed.jules ? await julesSessions(parsed, io, ids) : undefined;
    const copilot = parsed.copilot
        ? await copilotTasks(parsed, io, (0,_planner_sessions_js__WEBPACK_IMPORTED_MODULE_2__/* .idsToLookUpIn */ .tW)(_sources_index_js__WEBPACK_IMPORTED_MODULE_3__/* .COPILOT */ .$o, sessions, baseSessions))
        : undefined;
    const pulls = parsed.github
        ? await pullRequestStatus(parsed, io, (0,_planner_sessions_js__WEBPACK_IMPORTED_MODULE_2__/* .withSessionPulls */ .fp)(sessions, [jules, copilot]))
        : undefined;
    return (0,_planner_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .withSources */ .Z6)(pulls, jules, copilot);
}
/** The tasks Copilot's cloud agent runs for the repository. */
async function copilotTasks(parsed, io, ids, archived = false) {
    const token = secret(io, '--copilot', 'token', 'COPILOT_TOKEN');
    const repository = (0,_github_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRepository */ .SU)(parsed.repo ?? io.env.GITHUB_REPOSITORY);
    if (!repository) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_6__/* .BadInput */ .kp("--copilot lists the repository's tasks: name it with --repo owner/name (or GITHUB_REPOSITORY).");
    }
    const { listCopilotTasks } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(392), __webpack_require__.e(105)]).then(__webpack_require__.bind(__webpack_require__, 1105));
    const endpoints = (0,_github_endpoints_js__WEBPACK_IMPORTED_MODULE_8__/* .endpointsFromEnv */ .k)(io.env, parsed.repo);
    const copilot = await listCopilotTasks({
        token,
        apiUrl: endpoints.apiUrl,
        graphqlUrl: endpoints.graphqlUrl,
        repository,
        surface: _surface_js__WEBPACK_IMPORTED_MODULE_5__/* .CLI_SURFACE */ .F,
        ids,
        archived,
        log: (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .logTo */ .kX)(io),
    });
    if (copilot.failure) {
        io.stderr(`warning: live tasks from Copilot are missing: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .excerpt */ .Kb)(copilot.failure, FAILURE_CHARS)}\n`);
    }
    return copilot;
}
/** A secret a flag reads from the environment: unset, the flag cannot work. */
function secret(io, flag, what, variable) {
    const value = io.env[variable];
    if (!value)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_6__/* .BadInput */ .kp(`${flag} reads the ${what} from ${variable}, which is not set.`);
    return value;
}
/** The sessions Jules runs for the repository. */
async function julesSessions(parsed, io, ids) {
    const apiKey = secret(io, '--jules', 'key', 'JULES_API_KEY');
    const repository = (0,_github_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRepository */ .SU)(parsed.repo ?? io.env.GITHUB_REPOSITORY);
    if (!repository) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_6__/* .BadInput */ .kp('--jules counts the account by repository: name this one with --repo owner/name (or GITHUB_REPOSITORY).');
    }
    const { DEFAULT_JULES_API_URL, julesUrlProblem, listJulesSessions } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(585)]).then(__webpack_require__.bind(__webpack_require__, 9966));
    const apiUrl = io.env.JULES_API_URL || DEFAULT_JULES_API_URL;
    const problem = julesUrlProblem(apiUrl);
    if (problem)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_6__/* .BadInput */ .kp(`JULES_API_URL ${problem}, got "${apiUrl}".`);
    const jules = await listJulesSessions({
        apiKey,
        apiUrl,
        repository,
        surface: _surface_js__WEBPACK_IMPORTED_MODULE_5__/* .CLI_SURFACE */ .F,
        ids,
        // The daily quota counts archived sessions too.
        archived: parsed.settings.julesPlan !== undefined,
        log: (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .logTo */ .kX)(io),
    });
    if (jules.failure) {
        io.stderr(`warning: live sessions from Jules are missing: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .excerpt */ .Kb)(jules.failure, FAILURE_CHARS)}\n`);
    }
    return jules;
}
/** GitHub's status of every pull request the sessions name. */
async function pullRequestStatus(parsed, io, sessions) {
    const token = secret(io, '--github', 'token', 'GITHUB_TOKEN');
    const { readLiveStatus } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(966)]).then(__webpack_require__.bind(__webpack_require__, 6966));
    const live = await readLiveStatus((0,_github_endpoints_js__WEBPACK_IMPORTED_MODULE_8__/* .endpointsFromEnv */ .k)(io.env, parsed.repo), { token, surface: _surface_js__WEBPACK_IMPORTED_MODULE_5__/* .CLI_SURFACE */ .F, log: (0,_io_js__WEBPACK_IMPORTED_MODULE_6__/* .logTo */ .kX)(io) }, sessions);
    if (live.api.failure) {
        io.stderr(`warning: live status is missing: ${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .excerpt */ .Kb)(live.api.failure, FAILURE_CHARS)}\n`);
    }
    return live;
}


/***/ }),

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ msUntil),
/* harmony export */   t: () => (/* binding */ now)
/* harmony export */ });
// The one clock of a run. The action and the CLI read it once, when a run starts, and hand that
// moment to the planner and the renderers, so a plan and its report never disagree about "now".
// Tests pin it with vitest's `vi.setSystemTime`, and `.ci/run` runs the suite under `faketime`.
/** The current moment as an ISO 8601 UTC string. */
function now() {
    return new Date(Date.now()).toISOString();
}
/** Milliseconds from the current moment until `date` (an epoch time), never negative. */
function msUntil(date) {
    return Math.max(0, date - Date.now());
}


/***/ }),

/***/ 4269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: USAGE

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/backlog.ts
var backlog = __webpack_require__(3597);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/fs-async.ts
var fs_async = __webpack_require__(7253);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/planner/movement.ts
var movement = __webpack_require__(2971);
// EXTERNAL MODULE: ./src/planner/plan.ts + 16 modules
var planner_plan = __webpack_require__(1551);
// EXTERNAL MODULE: ./src/render/report.ts + 4 modules
var render_report = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/cli/live.ts
var cli_live = __webpack_require__(8258);
;// CONCATENATED MODULE: ./src/cli/plan.ts
// `session-sweeper [plan] <file>`: the backlog's plan now, with --ledger against the sweeps
// before it, and with --write-ledger this sweep recorded for the next.







async function runPlan(parsed, io, head, settings) {
    const { now } = settings;
    const live = await (0,cli_live/* readLive */.p)(parsed, io, head.sessions);
    const ledger = parsed.ledger ? await readLedger((0,external_node_path_.resolve)(io.cwd, parsed.ledger)) : undefined;
    const plan = (0,planner_plan/* buildPlan */.Gg)(head, parsed.ledger
        ? {
            ...settings,
            movement: {
                now,
                coldAfterSweeps: parsed.coldAfterSweeps,
                coldAfterHours: parsed.coldAfterHours,
                ...(ledger ? { ledger } : {}),
            },
        }
        : settings, live);
    const next = parsed.ledger || parsed.writeLedger ? (0,movement/* nextLedger */.nD)(plan, ledger, now) : undefined;
    const report = (0,cli_io/* once */.Oo)(() => (0,render_report/* renderReport */.B)(plan, {
        ...(ledger ? { previous: ledger } : {}),
        ...(next ? { next } : {}),
        now,
        coldAfterSweeps: parsed.coldAfterSweeps,
    }));
    await (0,cli_io/* showPlan */.tN)(parsed, io, plan, report);
    if (parsed.writeLedger && next) {
        await (0,cli_io/* writeFiles */.hV)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(io.cwd, parsed.writeLedger)), {
            [(0,external_node_path_.basename)(parsed.writeLedger)]: `${JSON.stringify(next)}\n`,
        });
    }
    return (0,cli_io/* exitCode */.I$)(parsed, plan);
}
async function readLedger(file) {
    let text;
    try {
        text = await (0,fs_async/* readFile */.TA)(file, 'utf8');
    }
    catch (error) {
        // No ledger yet is a first sweep; movement is then judged over a time window.
        if (error.code === 'ENOENT')
            return undefined;
        throw new cli_io/* BadInput */.kp(`--ledger ${file} cannot be read (${error.code ?? 'error'}).`);
    }
    const { parseLedger } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 8058));
    const parsed = parseLedger(text);
    if ('problem' in parsed)
        throw new cli_io/* BadInput */.kp(`--ledger ${file}: ${parsed.problem}.`);
    return parsed.ledger;
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/usage.ts
var usage = __webpack_require__(4980);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/command.ts
// The command-line flow: parse arguments, load the backlog, pick the command, print. Exit codes:
// 0 a plan, 1 a broken rail under --enforce, 2 bad input or usage.









async function runCli(argv, given) {
    // Everything on stderr may quote the backlog or an API's error: escaped, and in a job never a
    // workflow command.
    const inJob = given.env.GITHUB_ACTIONS === 'true';
    const io = {
        ...given,
        stderr: (text) => {
            given.stderr(inJob ? (0,render_escape/* escapeLogLines */.lF)(text) : (0,render_escape/* escapeTerminalLines */.pu)(text));
        },
    };
    if (argv[0] === 'convert') {
        // Loaded only to convert: it writes YAML, which a plan never does.
        const { runConvert } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 5069));
        return runConvert(argv.slice(1), io);
    }
    // Loaded only to dispatch: it writes to Jules, which a plan never does.
    if (argv[0] === 'dispatch') {
        const { runDispatchCli } = await __webpack_require__.e(/* import() */ 938).then(__webpack_require__.bind(__webpack_require__, 3938));
        return runDispatchCli(argv.slice(1), io);
    }
    try {
        return await runParsed((0,args/* parse */.qg)(argv), io);
    }
    catch (error) {
        if (error instanceof args/* UsageError */.eb)
            io.stderr(`session-sweeper: ${error.message}\n\n${usage/* USAGE */.u}`);
        else if (error instanceof cli_io/* BadInput */.kp)
            io.stderr(`session-sweeper: ${error.message}\n`);
        else
            throw error;
        return 2;
    }
}
async function runParsed(parsed, io) {
    if (parsed.help) {
        io.stdout(usage/* USAGE */.u);
        return 0;
    }
    if (parsed.version) {
        io.stdout(`${version/* VERSION */.x}\n`);
        return 0;
    }
    const head = await (0,backlog/* load */.Hh)(parsed.files.at(-1), io, parsed);
    if (!head)
        return 2;
    if (parsed.command === 'validate') {
        const active = head.sessions.filter((s) => s.status !== 'archived').length;
        io.stdout(`${head.file}: valid (${head.format}, ${head.sessions.length} session${head.sessions.length === 1 ? '' : 's'}, ${active} active)\n`);
        return 0;
    }
    const settings = { ...(0,backlog/* checkedSettings */.NB)(parsed.settings, head), now: (0,clock/* now */.t)() };
    // Loaded only to diff: judging a change against its base is the required check's work.
    if (parsed.command === 'diff')
        return (await __webpack_require__.e(/* import() */ 623).then(__webpack_require__.bind(__webpack_require__, 6623))).runDiff(parsed, io, head, settings);
    return runPlan(parsed, io, head, settings);
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ writeWhole)
/* harmony export */ });
/* harmony import */ var _fs_async_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
// Writing a file whole: the action's plan and ledger, the command's --out and convert --force.

/**
 * A temporary file beside `file`, renamed into place: readers see the old file or the new one,
 * never half. The directory must exist.
 */
async function writeWhole(file, text) {
    const partial = `${file}.${process.pid}.tmp`;
    try {
        await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFile */ ._h)(partial, text);
        await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_0__/* .rename */ .$w)(partial, file);
    }
    catch (error) {
        // A full disk, or a directory where the file should be, leaves no half-written file behind.
        await (0,_fs_async_js__WEBPACK_IMPORTED_MODULE_0__/* .unlink */ .y1)(partial).catch(() => undefined);
        throw error;
    }
}


/***/ }),

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ rename),
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   Kz: () => (/* binding */ realpath),
/* harmony export */   LF: () => (/* binding */ read),
/* harmony export */   TA: () => (/* binding */ readFile),
/* harmony export */   VN: () => (/* binding */ close),
/* harmony export */   _h: () => (/* binding */ writeFile),
/* harmony export */   dJ: () => (/* binding */ stat),
/* harmony export */   ho: () => (/* binding */ open),
/* harmony export */   y1: () => (/* binding */ unlink)
/* harmony export */ });
/* unused harmony exports appendFile, mkdtemp */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
// The file system calls the action's and the command's start use, as promises over node:fs's
// callbacks: node:fs/promises loads the readline, REPL-history and watcher internals when it is
// first imported (about 3 ms of a start), and these calls need none of them.


const appendFile = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFile);
const mkdir = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdir);
const mkdtemp = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtemp);
const readFile = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile);
const realpath = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpath);
const rename = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.rename);
const stat = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.stat);
const unlink = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.unlink);
const writeFile = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFile);
const open = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.open);
const read = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.read);
const close = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.close);


/***/ }),

/***/ 925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ endpointsFromEnv)
/* harmony export */ });
/* unused harmony export artifactsUnavailable */
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9081);
// Where GitHub is, from the runner's environment (GitHub Enterprise Server and test fakes differ).
// Kept apart from the client so reading it loads no Octokit code.

function endpointsFromEnv(env, repository) {
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    // GitHub Enterprise Server serves REST under /api/v3 and GraphQL under /api/graphql.
    const graphqlUrl = env.GITHUB_GRAPHQL_URL ||
        (apiUrl.endsWith('/api/v3') ? `${apiUrl.slice(0, -3)}/graphql` : `${apiUrl}/graphql`);
    const endpoints = {
        apiUrl,
        graphqlUrl,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    };
    const repo = (0,_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepository */ .SU)(repository ?? env.GITHUB_REPOSITORY);
    if (repo)
        endpoints.repository = repo;
    return endpoints;
}
/** Why artifacts cannot be used here, or undefined when they can. */
function artifactsUnavailable(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return 'workflow artifacts are only available inside a GitHub Actions job';
    }
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
    const cloud = host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost');
    return cloud ? undefined : 'GitHub Enterprise Server does not support these artifacts';
}


/***/ }),

/***/ 9081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SK: () => (/* binding */ ofRepository),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Uj: () => (/* binding */ resolvePull)
/* harmony export */ });
/** `owner/name`, as GITHUB_REPOSITORY and the CLI's repository option write it. */
function parseRepository(text) {
    const match = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(text?.trim() ?? '');
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
function resolvePull(ref, current, serverUrl, surface) {
    if (ref.url !== undefined) {
        const host = new URL(ref.url).host.toLowerCase();
        const expected = new URL(serverUrl).host.toLowerCase();
        if (host !== expected) {
            return { problem: `${ref.url} is on ${host}, not on ${expected}, where this sweep runs` };
        }
    }
    const owner = ref.owner ?? current?.owner;
    const repo = ref.repo ?? current?.repo;
    if (owner === undefined || repo === undefined) {
        return {
            problem: `pull request #${ref.number} names no repository and none is known (${surface.repository})`,
        };
    }
    return {
        pull: { owner, repo, number: ref.number, key: `${owner}/${repo}#${ref.number}`.toLowerCase() },
    };
}
/** The loader's option for the repository a bare `pr: 12` belongs to, when it is known. */
const ofRepository = (repository) => repository ? { repository } : {};


/***/ }),

/***/ 4264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ promptIds),
/* harmony export */   Cz: () => (/* binding */ withoutRecordedStarts),
/* harmony export */   JZ: () => (/* binding */ sessionsByPrompt),
/* harmony export */   K8: () => (/* binding */ nextStart),
/* harmony export */   PC: () => (/* binding */ startedPromptsAsEntries),
/* harmony export */   Qi: () => (/* binding */ archiveCalls),
/* harmony export */   bc: () => (/* binding */ approvals),
/* harmony export */   jB: () => (/* binding */ eventRefusal),
/* harmony export */   nr: () => (/* binding */ startsInCopilot),
/* harmony export */   sY: () => (/* binding */ waitingTasks)
/* harmony export */ });
/* unused harmony exports markerOf, dispatchTitle, markerReader, copilotBody, createBody, DISPATCH_EVENTS */
/* harmony import */ var _jules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1075);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4692);
/* harmony import */ var _sessions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6411);



/** `[sec-rbac-audit]`: the prompt's id at the start of the session's title. */
const markerOf = (promptId) => `[${promptId}]`;
/** The title a dispatched session carries: the marker, then the prompt's title. */
const dispatchTitle = (prompt) => `${markerOf(prompt.id)} ${prompt.title}`;
/** A title as markers are compared: look-alike forms and case folded, spaces left out. */
const fold = (text) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
/**
 * Reads which prompt's marker a session title starts with, among `ids`: the longest that fits,
 * so `[a-b]` is never `[a]` and an id holding a `]` is still found.
 */
function markerReader(ids) {
    const markers = [...new Set(ids)]
        .map((id) => ({ id, exact: markerOf(id), folded: fold(markerOf(id)) }))
        .sort((a, b) => b.exact.length - a.exact.length);
    return (title) => {
        // The marker as sent wins, so ids that differ only in case stay two prompts.
        const trimmed = title.trim();
        const folded = fold(title);
        return (markers.find((m) => trimmed.startsWith(m.exact)) ??
            markers.find((m) => folded.startsWith(m.folded)))?.id;
    };
}
/** Every prompt id of the file, started ones included: the markers a title may carry. */
const promptIds = (prompts) => prompts.flatMap((g) => [...g.active, ...g.reserve].map((p) => p.id));
/**
 * The ledger's start of a prompt, its id read as a marker is: as recorded, else recorded in
 * another case, unless that other id is a prompt of its own among `known`.
 */
function recordOf(recorded, known) {
    if (!recorded || recorded.size === 0)
        return () => undefined;
    const ids = new Set(known);
    const folded = new Map();
    for (const [id, start] of recorded) {
        const key = fold(id);
        if (!ids.has(id) && !folded.has(key))
            folded.set(key, start);
    }
    return (id) => recorded.get(id) ?? folded.get(fold(id));
}
/** A session of another repository is that repository's start, even under the same marker. */
const elsewhere = (j, repository) => repository !== undefined && j.source.trim() !== '' && !(0,_jules_js__WEBPACK_IMPORTED_MODULE_0__/* .isOfRepository */ .iI)(j.source, repository);
/**
 * The Jules session that carries each prompt's marker, archived ones included; the oldest wins.
 * Sessions another repository's source names are left out; a session without one counts. A
 * session the ledger records as started for a prompt, its title carrying no marker of a prompt
 * the file or the ledger knows (renamed, "[WIP] ..." too), is that prompt's.
 */
function sessionsByPrompt(jules, ids, repository, recorded) {
    const known = [...ids];
    const read = markerReader(known);
    const startedFor = new Map();
    const recordFor = recordOf(recorded, known);
    for (const id of known) {
        const start = recordFor(id);
        if (start && !startedFor.has(start.session))
            startedFor.set(start.session, id);
    }
    // A marker of a prompt the ledger knows (one an entry by now): a bracket of the agent's own,
    // such as "[WIP]", is no marker.
    const marked = startedFor.size > 0 ? markerReader([...known, ...(recorded?.keys() ?? [])]) : undefined;
    const byPrompt = new Map();
    const ordered = [...jules].sort((a, b) => (a.createTime ?? '').localeCompare(b.createTime ?? ''));
    for (const j of ordered) {
        if (elsewhere(j, repository))
            continue;
        // A title with a marker is that marker's session, even one of a prompt the file no longer has.
        const id = read(j.title) ?? (marked && marked(j.title) === undefined ? startedFor.get(j.id) : undefined);
        if (id !== undefined && !byPrompt.has(id))
            byPrompt.set(id, j);
    }
    return byPrompt;
}
/**
 * "Exactly once": a prompt whose marker is on a session Jules knows is started work, never a
 * waiting prompt. It leaves the prompt lists, and unless an entry of the file already names the
 * session it becomes an entry of its own (its category, `jules:` the session), so the planner
 * counts it as tracked.
 */
function withStartedPrompts(backlog, jules, repository, kind, recorded, 
/** Every prompt id of the file, ones already entries included, so a marker is read whole. */
known) {
    const byPrompt = sessionsByPrompt(jules, known, repository, recorded);
    if (byPrompt.size === 0)
        return backlog;
    const named = new Set(backlog.sessions.flatMap((s) => {
        const id = kind.entryId(s);
        return id !== undefined ? [id] : [];
    }));
    const names = new Set(backlog.sessions.map((s) => s.name));
    const added = [];
    const keep = (group) => (p) => {
        const j = byPrompt.get(p.id);
        if (!j)
            return true;
        const name = dispatchTitle(p);
        if (!named.has(j.id) && !names.has(name)) {
            named.add(j.id);
            names.add(name);
            added.push(entryOf(p, group.category, name, j, kind));
        }
        return false;
    };
    const prompts = backlog.prompts.map((group) => ({
        ...group,
        active: group.active.filter(keep(group)),
        reserve: group.reserve.filter(keep(group)),
    }));
    if (added.length === 0 && prompts.every((g, i) => sameLists(g, backlog.prompts[i]))) {
        return backlog;
    }
    return { ...backlog, sessions: [...backlog.sessions, ...added], prompts };
}
/**
 * The file with the prompts Jules and Copilot already run as entries, from what the sweep read of
 * each (a list that could not be read changes nothing). Markers are read among every prompt of
 * the file, so ids that differ only in case stay two prompts whichever source is read first.
 */
function startedPromptsAsEntries(file, read, recorded) {
    const known = promptIds(file.prompts);
    const from = (backlog, input, kind) => input?.enabled && !input.failure
        ? withStartedPrompts(backlog, input.sessions, input.repository, kind, recorded, known)
        : backlog;
    return from(from(file, read.jules, _sources_index_js__WEBPACK_IMPORTED_MODULE_1__/* .JULES */ .M7), read.copilot, _sources_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COPILOT */ .$o);
}
/**
 * A prompt the ledger records as started whose session no list shows any more (deleted) is
 * started work too: it leaves the waiting lists, so it never holds an open slot or an enqueue
 * that the next prompt of its category should have, and a note says why it is not offered.
 */
function withoutRecordedStarts(backlog, recorded, 
/** Every prompt id of the file, started ones included. */
known) {
    if (recorded.size === 0)
        return { backlog, notes: [] };
    const recordFor = recordOf(recorded, known);
    const notes = [];
    const gone = (p) => {
        const start = recordFor(p.id);
        if (!start)
            return false;
        notes.push(`Prompt ${p.id} is not offered: ${recordedStart(p.id, start)}.`);
        return true;
    };
    const prompts = backlog.prompts.map((group) => ({
        ...group,
        active: group.active.filter((p) => !gone(p)),
        reserve: group.reserve.filter((p) => !gone(p)),
    }));
    return notes.length === 0 ? { backlog, notes } : { backlog: { ...backlog, prompts }, notes };
}
const sameLists = (a, b) => a.active.length === b.active.length && a.reserve.length === b.reserve.length;
/** The entry a started prompt plans as: its status is what Jules shows, so no drift is invented. */
function entryOf(p, category, name, j, kind) {
    const done = (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_1__/* .meaningOf */ .Pr)(kind, j.state) === 'finished' && j.pullRequests.length > 0;
    const status = j.archived ? 'archived' : done ? 'pr-created' : 'needs-more-work';
    return {
        name,
        category,
        status,
        statusText: status,
        remainingSteps: status === 'needs-more-work' ? 1 : 0,
        blocked: false,
        blockedFlag: false,
        [kind.id]: j.id,
        ...(j.createTime ? { started: j.createTime.slice(0, 10) } : {}),
        nextAction: `Follow ${kind.label} ${kind.noun} ${j.id} (started from prompt ${p.id}) at ${j.url || (kind === _sources_index_js__WEBPACK_IMPORTED_MODULE_1__/* .JULES */ .M7 ? 'jules.google.com' : 'github.com')}.`,
        actions: [],
        kind: 'prompt',
        location: p.location,
    };
}
/** Whether a start goes to Copilot. */
const startsInCopilot = (call) => call.path.startsWith('agents/');
/**
 * The next session to start, in the plan's order, or why no more are started; with it, the
 * prompts passed over on the way and why. "Never more sessions than the free slots after the
 * reserve", counted account-wide from the fresh list and never below what the plan counted.
 */
function nextStart(input) {
    const { limits } = input;
    // Sessions the plan did not count and this sweep did not start: someone else took a slot.
    const known = new Set(input.planned?.map((j) => j.id));
    const ids = [
        ...promptIds(input.prompts),
        ...(input.knownIds ?? []),
        ...input.recommendations.flatMap((r) => (r.prompt ? [r.prompt] : [])),
    ];
    const read = markerReader(ids);
    const julesLive = input.fresh.filter(_jules_js__WEBPACK_IMPORTED_MODULE_0__/* .takesSlot */ .N7);
    const copilotLive = (input.freshCopilot ?? []).filter((t) => (0,_sessions_js__WEBPACK_IMPORTED_MODULE_2__/* .takesSlotIn */ .a4)(_sources_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COPILOT */ .$o, t));
    const knownTasks = new Set(input.plannedCopilot?.map((t) => t.id));
    const isNew = (known) => (j) => {
        const id = read(j.title);
        return !known.has(j.id) && !(id !== undefined && input.startedIds?.has(id));
    };
    const newcomers = julesLive.filter(isNew(known)).length + copilotLive.filter(isNew(knownTasks)).length;
    const live = julesLive.length + copilotLive.length;
    const taken = Math.max(limits.counted + input.startedSoFar + newcomers, live);
    const free = limits.capacity - limits.reserve - taken;
    const byPrompt = sessionsByPrompt([...input.fresh, ...(input.freshCopilot ?? [])], ids, input.repository, input.recorded);
    const recordFor = recordOf(input.recorded, ids);
    const prompts = new Map(input.prompts.flatMap((g) => [...g.active, ...g.reserve].map((p) => [p.id, p])));
    const skipped = [];
    const wanted = input.recommendations.filter((r) => r.kind === 'start-prompt' && r.prompt);
    for (const rec of wanted) {
        const id = rec.prompt;
        const prompt = prompts.get(id);
        // Started by this sweep: not a skip, only the next one is wanted.
        if (input.startedIds?.has(id))
            continue;
        const j = byPrompt.get(id);
        if (j) {
            const where = (input.freshCopilot ?? []).includes(j) ? 'Copilot task' : 'Jules session';
            skipped.push({
                prompt: id,
                ...cat(rec),
                reason: read(j.title) === id
                    ? `already started: ${where} ${j.id} carries its marker ${markerOf(id)}`
                    : `already started: the ledger records ${where} ${j.id} started for it, though its title no longer carries the marker ${markerOf(id)}`,
            });
            continue;
        }
        const before = recordFor(id);
        if (before) {
            skipped.push({
                prompt: id,
                ...cat(rec),
                reason: `already started: ${recordedStart(id, before)}`,
            });
            continue;
        }
        if (!prompt) {
            skipped.push({ prompt: id, ...cat(rec), reason: 'the backlog holds no prompt of that id' });
            continue;
        }
        const limit = limitReached(input, free, taken);
        if (limit) {
            // Every prompt left waits for the next sweep, each said with the rail that held it.
            const left = wanted.slice(wanted.indexOf(rec));
            for (const r of left) {
                const later = r.prompt;
                const started = input.startedIds?.has(later) || byPrompt.has(later) || recordFor(later) !== undefined;
                if (!started)
                    skipped.push({ prompt: later, ...cat(r), reason: limit });
            }
            return { skipped, done: limit };
        }
        const agent = prompt.agent ?? input.defaultAgent ?? 'jules';
        // What holds one agent back leaves the prompts of the other to start.
        const held = input.unavailable?.[agent] ?? agentLimit(input, agent, julesLive.length);
        if (held) {
            skipped.push({ prompt: id, ...cat(rec), reason: held });
            continue;
        }
        const { owner, repo } = input.repository;
        return {
            call: agent === 'copilot'
                ? {
                    method: 'POST',
                    path: `agents/repos/${owner}/${repo}/tasks`,
                    prompt: prompt.id,
                    category: rec.category ?? '',
                    body: copilotBody(prompt, input.defaultBranch),
                }
                : {
                    method: 'POST',
                    path: 'sessions',
                    prompt: prompt.id,
                    category: rec.category ?? '',
                    body: createBody(prompt, input.repository, input.defaultBranch),
                },
            skipped,
        };
    }
    return { skipped, done: 'every start-prompt recommendation was handled' };
}
/** The rail that stops every start that follows, in a sentence, or undefined. */
function limitReached(input, free, taken) {
    const { limits } = input;
    if (limits.max !== undefined && input.startedSoFar >= limits.max) {
        return `dispatch-max (${limits.max}) reached`;
    }
    if (free <= 0) {
        return `no slot is free after the reserve: ${taken} of ${limits.capacity} taken account-wide, ${limits.reserve} kept in reserve`;
    }
    return undefined;
}
/**
 * What holds one agent's starts back while the other's may go on: Jules' daily quota, and beside
 * Copilot, the Jules plan's sessions at once. Only Jules has limits of its own.
 */
function agentLimit(input, agent, julesLive) {
    if (agent !== 'jules')
        return undefined;
    const { limits } = input;
    if (limits.quota) {
        const created = Math.max(limits.quota.created + input.startedSoFar, input.createdToday ?? 0);
        if (created >= limits.quota.limit) {
            return `the daily quota is spent: ${created} / ${limits.quota.limit} tasks in the last 24 h`;
        }
    }
    if (input.julesConcurrent !== undefined && julesLive >= input.julesConcurrent) {
        return `Jules runs ${julesLive} sessions, the most its plan runs at once (${input.julesConcurrent})`;
    }
    return undefined;
}
/**
 * The task's prompt for Copilot: the marker and title on its first line, since the agent tasks API
 * names a task from its prompt, then the prompt's text; the prompt's branch, else the default.
 */
function copilotBody(prompt, defaultBranch) {
    return {
        prompt: `${dispatchTitle(prompt)}\n\n${prompt.prompt ?? prompt.title}`,
        base_ref: prompt.branch ?? defaultBranch,
        create_pull_request: true,
    };
}
/** Why a prompt the ledger saw started is not started again, though no marker shows it. */
const recordedStart = (id, start) => `the ledger records ${start.session} started for it on ${start.time.slice(0, 10)}, and no session or task listed this sweep carries its marker ${markerOf(id)}; give the prompt a new id to start it again`;
const cat = (rec) => (rec.category ? { category: rec.category } : {});
/** `POST sessions` for a prompt: the marker in the title, the prompt's text, its branch. */
function createBody(prompt, repository, defaultBranch) {
    return {
        prompt: prompt.prompt ?? prompt.title,
        title: dispatchTitle(prompt),
        sourceContext: {
            source: `sources/github/${repository.owner}/${repository.repo}`,
            githubRepoContext: { startingBranch: prompt.branch ?? defaultBranch },
        },
        automationMode: 'AUTO_CREATE_PR',
        requirePlanApproval: prompt.approve === 'manual',
    };
}
/** "If PR already exists: archive the session": only COMPLETED sessions whose PR GitHub shows merged. */
function archiveCalls(candidates) {
    const seen = new Set();
    const calls = [];
    for (const c of candidates) {
        if (c.jules.archived || c.jules.state !== 'COMPLETED' || !c.merged)
            continue;
        if (seen.has(c.jules.id))
            continue;
        seen.add(c.jules.id);
        calls.push({
            method: 'POST',
            path: `sessions/${c.jules.id}:archive`,
            session: c.jules.id,
            body: {},
        });
    }
    return calls;
}
/**
 * Plans waiting for approval: a session started from a prompt with `approve: auto` is approved;
 * every other waiting session is left to a person.
 */
function approvals(jules, prompts, repository) {
    const byId = new Map(prompts.flatMap((g) => [...g.active, ...g.reserve].map((p) => [p.id, p])));
    const ids = [...byId.keys()];
    const read = markerReader(ids);
    // Ours: the very title dispatch sends, and the oldest session with that marker.
    const first = sessionsByPrompt(jules, ids, repository);
    const source = `sources/github/${repository.owner}/${repository.repo}`.toLowerCase();
    const calls = [];
    const approvedPrompts = new Map();
    const needsYou = [];
    for (const j of jules) {
        if (j.archived || !_jules_js__WEBPACK_IMPORTED_MODULE_0__/* .AWAITING_STATES */ .a$.has(j.state))
            continue;
        const id = read(j.title);
        const prompt = id === undefined ? undefined : byId.get(id);
        const ours = prompt !== undefined &&
            prompt.approve === 'auto' &&
            j.title === dispatchTitle(prompt) &&
            first.get(prompt.id)?.id === j.id &&
            j.source.toLowerCase() === source;
        if (ours && j.state === 'AWAITING_PLAN_APPROVAL') {
            calls.push({
                method: 'POST',
                path: `sessions/${j.id}:approvePlan`,
                session: j.id,
                body: {},
            });
            approvedPrompts.set(j.id, prompt.id);
        }
        else {
            needsYou.push({ session: j.id, title: j.title, url: j.url, state: j.state });
        }
    }
    return { calls, approvedPrompts, needsYou };
}
/**
 * Copilot tasks that wait on a person: the agent tasks API has no call that answers for one, so
 * each is a "needs you" item, as a Jules session that waits is.
 */
function waitingTasks(tasks) {
    return tasks
        .filter((t) => !t.archived && (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_1__/* .meaningOf */ .Pr)(_sources_index_js__WEBPACK_IMPORTED_MODULE_1__/* .COPILOT */ .$o, t.state) === 'needs-person')
        .map((t) => ({ session: t.id, title: t.title, url: t.url, state: t.state }));
}
/** The events dispatch may run on: a schedule or a person pressing the button. */
const DISPATCH_EVENTS = new Set(['schedule', 'workflow_dispatch']);
/** Why dispatch sends nothing on this event, or undefined when it may run. */
function eventRefusal(eventName) {
    if (DISPATCH_EVENTS.has(eventName))
        return undefined;
    return `dispatch runs only on schedule and workflow_dispatch events; this run is ${eventName ? `a ${eventName} event` : 'not a workflow event'}, so nothing was sent to Jules`;
}


/***/ }),

/***/ 1075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ holdsSlot),
/* harmony export */   N7: () => (/* binding */ takesSlot),
/* harmony export */   YS: () => (/* binding */ idsToLookUp),
/* harmony export */   a$: () => (/* binding */ AWAITING_STATES),
/* harmony export */   bv: () => (/* binding */ JULES_PLAN_NAMES),
/* harmony export */   dC: () => (/* binding */ accountSlots),
/* harmony export */   gE: () => (/* binding */ accountTotal),
/* harmony export */   iI: () => (/* reexport safe */ _sessions_js__WEBPACK_IMPORTED_MODULE_1__.iI),
/* harmony export */   or: () => (/* binding */ linkJules),
/* harmony export */   yV: () => (/* binding */ julesLabel),
/* harmony export */   zq: () => (/* binding */ JULES_PLANS)
/* harmony export */ });
/* unused harmony exports JULES_STATE_MEANING, repositoryOfSource, withJulesPulls, applyJules */
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4692);
/* harmony import */ var _sessions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6411);


/** The state table (README "Live sessions from Jules"), as the source describes it. */
const JULES_STATE_MEANING = Object.fromEntries(Object.entries(_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .JULES */ .M7.states).map(([state, { text }]) => [state, text]));
const holdsSlot = (state) => (0,_sessions_js__WEBPACK_IMPORTED_MODULE_1__/* .holdsSlotIn */ .Mo)(_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .JULES */ .M7, state);
const AWAITING_STATES = new Set(Object.entries(_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .JULES */ .M7.states)
    .filter(([, { meaning }]) => meaning === 'needs-person')
    .map(([state]) => state));

/**
 * The repository a source names, as people write it: `owner/repo`, or for the older form the
 * `owner-repo` it holds; undefined for a repoless session.
 */
function repositoryOfSource(source) {
    if (source.trim() === '')
        return undefined;
    const current = /^sources\/github\/([^/]+\/[^/]+)$/i.exec(source);
    if (current)
        return current[1];
    const older = /^sources\/github-(.+)$/i.exec(source);
    return older ? older[1] : source.replace(/^sources\//, '');
}
/**
 * Each plan's two limits (Jules' usage-limits page): sessions at once, and tasks started in any
 * rolling 24 hours. The playbook's 15 is the Pro cap.
 */
const JULES_PLANS = {
    free: { concurrent: 3, dailyTasks: 15 },
    pro: { concurrent: 15, dailyTasks: 100 },
    ultra: { concurrent: 60, dailyTasks: 300 },
};
const JULES_PLAN_NAMES = Object.keys(JULES_PLANS);
/** A session that holds one of the account's slots: live, and not archived. */
const takesSlot = (j) => (0,_sessions_js__WEBPACK_IMPORTED_MODULE_1__/* .takesSlotIn */ .a4)(_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .JULES */ .M7, j);
/**
 * The account's slots by where they run. This repository's part is the larger of the file's
 * active count and its live Jules sessions (a session linked to an entry, by id or by pull
 * request, counts here whatever its source, so it is never counted twice).
 */
function accountSlots(jules, links, repository, fileActive, 
/** Live tasks of this repository in other sources (Copilot's), counted here beside Jules'. */
otherSourcesHere = 0) {
    const linked = new Set(links.linked.values());
    let here = 0;
    let repoless = 0;
    const others = new Map();
    for (const j of jules) {
        if (!takesSlot(j))
            continue;
        if (linked.has(j) || !repository || (0,_sessions_js__WEBPACK_IMPORTED_MODULE_1__/* .isOfRepository */ .iI)(j.source, repository)) {
            here++;
            continue;
        }
        const name = repositoryOfSource(j.source);
        if (name === undefined) {
            repoless++;
            continue;
        }
        const key = name.toLowerCase();
        const entry = others.get(key) ?? { repository: name, live: 0 };
        entry.live++;
        others.set(key, entry);
    }
    return {
        julesHere: here,
        thisRepository: Math.max(fileActive, here + otherSourcesHere),
        otherRepositories: [...others.values()].sort((a, b) => b.live - a.live || (a.repository < b.repository ? -1 : 1)),
        repoless,
    };
}
const accountTotal = (a) => a.thisRepository + a.otherRepositories.reduce((sum, o) => sum + o.live, 0) + a.repoless;
/**
 * An entry names its Jules session with `jules: <id>` (ids are the account's, so any repository);
 * failing that, a session of the account, of any repository, whose outputs hold the entry's pull
 * request is the same work. Nothing is linked twice.
 */
function linkJules(sessions, jules, repository, notFound = []) {
    return (0,_sessions_js__WEBPACK_IMPORTED_MODULE_1__/* .linkSessions */ .kT)(_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .JULES */ .M7, sessions, jules, repository, notFound);
}
/**
 * Entries with the pull request Jules opened, where the file names none, so GitHub can look it
 * up. A list that could not be read links nothing.
 */
function withJulesPulls(sessions, jules) {
    return withSessionPulls(sessions, [jules]);
}
/**
 * The ids worth asking Jules for one by one when its lists leave them out: those of entries still
 * active (an entry archived in the file needs nothing from Jules), the head's before a base's, so
 * a cap on lookups never leaves an entry that counts waiting behind one that does not. Each once.
 */
const idsToLookUp = (...files) => (0,_sessions_js__WEBPACK_IMPORTED_MODULE_1__/* .idsToLookUpIn */ .tW)(_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .JULES */ .M7, ...files);
const applyJules = (declared, j) => applySession(JULES, declared, j);
/** The Jules session as text for a person: its title, or its id. */
const julesLabel = _sessions_js__WEBPACK_IMPORTED_MODULE_1__/* .liveLabel */ .lx;


/***/ }),

/***/ 291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ appendSweep),
/* harmony export */   F_: () => (/* binding */ LEDGER_SCHEMA_VERSION),
/* harmony export */   OV: () => (/* binding */ quietSweeps),
/* harmony export */   e: () => (/* binding */ recordedStarts),
/* harmony export */   vW: () => (/* binding */ violationKey)
/* harmony export */ });
/* unused harmony exports LEDGER_KEEP, recordDispatch, STARTS_KEPT */
const LEDGER_SCHEMA_VERSION = 1;
/** The ledger keeps this many sweeps. */
const LEDGER_KEEP = 60;
/**
 * The last sweep with the calls dispatch made. Each session it started is recorded as an entry of
 * that sweep (named `[prompt-id] title`, as the planner names it), so the next sweep knows the
 * slot was taken inside the rails and `new-session-at-capacity` never flags it.
 */
function recordDispatch(ledger, record, names) {
    const last = ledger.sweeps.at(-1);
    if (!last)
        return ledger;
    const sessions = { ...last.sessions };
    for (const s of record.started) {
        const name = names.get(s.prompt);
        if (name === undefined || Object.hasOwn(sessions, name))
            continue;
        Object.defineProperty(sessions, name, {
            value: {
                category: s.category,
                status: 'needs-more-work',
                remainingSteps: 1,
                prState: null,
                headSha: null,
                updatedAt: null,
                checkState: null,
                jules: 'STARTED',
            },
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return {
        ...ledger,
        sweeps: [...ledger.sweeps.slice(0, -1), { ...last, sessions, dispatch: record }],
    };
}
/**
 * Each prompt the ledger knows started, in the kept sweeps or kept past them, with the first
 * session started for it: "exactly once" holds for a prompt whose session no longer carries its
 * marker (renamed, or deleted).
 */
function recordedStarts(ledger) {
    const starts = new Map();
    for (const { prompt, session, time } of ledger?.starts ?? []) {
        if (!starts.has(prompt))
            starts.set(prompt, { session, time });
    }
    for (const sweep of ledger?.sweeps ?? []) {
        for (const s of sweep.dispatch?.started ?? []) {
            if (!starts.has(s.prompt))
                starts.set(s.prompt, { session: s.session, time: sweep.time });
        }
    }
    return starts;
}
/** The ledger keeps at most this many starts past the sweeps that made them. */
const STARTS_KEPT = 10_000;
/**
 * The previous sweeps plus this one, trimmed to the last LEDGER_KEEP; the starts of the sweeps
 * trimmed away are kept, the last STARTS_KEPT of them.
 */
function appendSweep(previous, sweep) {
    const sweeps = previous?.sweeps ?? [];
    const cycle = (sweeps[sweeps.length - 1]?.cycle ?? 0) + 1;
    const all = [...sweeps, { cycle, ...sweep }];
    const trimmed = all.slice(0, Math.max(0, all.length - LEDGER_KEEP));
    const starts = [
        ...(previous?.starts ?? []),
        ...trimmed.flatMap((old) => (old.dispatch?.started ?? []).map((s) => ({
            prompt: s.prompt,
            session: s.session,
            time: old.time,
        }))),
    ].slice(-STARTS_KEPT);
    return {
        schemaVersion: LEDGER_SCHEMA_VERSION,
        sweeps: all.slice(-LEDGER_KEEP),
        ...(starts.length > 0 ? { starts } : {}),
    };
}
const same = (a, b) => a !== undefined &&
    b !== undefined &&
    a.category === b.category &&
    a.status === b.status &&
    a.remainingSteps === b.remainingSteps &&
    a.prState === b.prState &&
    a.headSha === b.headSha &&
    a.updatedAt === b.updatedAt &&
    a.checkState === b.checkState &&
    a.jules === b.jules;
/**
 * How many sweeps in a row, ending with this one, the session has not moved: 0 when it changed
 * since the last sweep or is new. It cannot count past the history the ledger holds.
 */
function quietSweeps(name, current, history) {
    let quiet = 0;
    let later = current;
    for (let i = history.length - 1; i >= 0; i--) {
        const sessions = history[i].sessions;
        const earlier = Object.hasOwn(sessions, name) ? sessions[name] : undefined;
        if (!same(earlier, later))
            break;
        quiet++;
        later = earlier;
    }
    return quiet;
}
/**
 * Violations are the same finding across sweeps or branches when these agree. A capacity rail
 * is one finding however many sessions overflow, whichever session it points at.
 */
const violationKey = (v) => v.rail === 'capacity' || v.rail === 'capacity-hard'
    ? v.rail
    : `${v.rail}|${v.session ?? ''}|${v.category ?? ''}${v.julesSession ? `|jules:${v.julesSession}` : ''}${v.copilotTask ? `|copilot:${v.copilotTask}` : ''}`;


/***/ }),

/***/ 2971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZV: () => (/* binding */ own),
/* harmony export */   nD: () => (/* binding */ nextLedger),
/* harmony export */   ow: () => (/* binding */ openedBeyondFreeSlots),
/* harmony export */   tu: () => (/* binding */ judgeMovement),
/* harmony export */   zi: () => (/* binding */ futureDates)
/* harmony export */ });
/* unused harmony export fingerprint */
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(291);
/* harmony import */ var _jules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1075);



/** A record's own entry: names like `__proto__` are data here, never the prototype. */
const own = (record, key) => Object.hasOwn(record, key) ? record[key] : undefined;
/**
 * "Never open a new prompt until at least one session is archived or merged": the sessions
 * added beyond the slots that were free before, plus those the change closed.
 */
/**
 * Sessions whose `started` day comes after the sweep's: a warning at that line each, as the
 * date never counts as movement nor as an age.
 */
function futureDates(backlog, now) {
    if (now === undefined)
        return [];
    const today = now.slice(0, 10);
    const found = [];
    for (const s of backlog.sessions) {
        if (s.started === undefined || s.started <= today)
            continue;
        found.push({
            severity: 'warning',
            message: `session "${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(s.name)}": started ${s.started} is in the future (the sweep runs on ${today}); it counts neither as movement nor as an age`,
            fix: 'Write the day the session started, or leave `started` out until it starts.',
            location: s.startedLocation ?? s.location,
        });
    }
    for (const { active, reserve } of backlog.prompts) {
        for (const p of [active, reserve].flat()) {
            if (p.added === undefined || p.added <= today)
                continue;
            found.push({
                severity: 'warning',
                message: `prompt "${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(p.id)}": added ${p.added} is in the future (the sweep runs on ${today}); it is aged from today`,
                fix: 'Write the day the prompt was added, or leave `added` out.',
                location: p.location,
            });
        }
    }
    for (const incident of backlog.incidents) {
        if (incident.date <= today)
            continue;
        found.push({
            severity: 'warning',
            message: `incident "${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(incident.id)}": date ${incident.date} is in the future (the sweep runs on ${today}); it counts as older than every sweep recorded`,
            fix: 'Write the day the incident happened.',
            location: incident.location,
        });
    }
    return found;
}
function openedBeyondFreeSlots(added, activeBefore, usableSlots, closed) {
    const allowed = Math.max(0, usableSlots - activeBefore) + closed;
    return added.slice(allowed);
}
/**
 * What a session looked like at this sweep. `carry` is its last fingerprint: when GitHub was not
 * read this time, the pull request fields are carried over rather than seen to change; when Jules
 * was not read, a session it ran keeps its whole last fingerprint, since its status came from Jules.
 */
function fingerprint(session, live, carry, jules) {
    const kind = session.kind ? { kind: session.kind } : {};
    if (!jules?.session && jules?.unread && carry?.jules !== undefined) {
        return { ...carry, category: session.category, ...kind };
    }
    const activity = jules?.session
        ? { jules: `${jules.session.state}@${jules.session.updateTime ?? ''}` }
        : {};
    if (!live && session.pr !== undefined && carry) {
        const { category, status, remainingSteps } = session;
        const carried = {
            ...carry,
            category,
            status,
            remainingSteps,
            blocked: session.blocked ?? false,
            ...kind,
        };
        // Jules' activity is this sweep's, never the last one's.
        delete carried.jules;
        return { ...carried, ...activity };
    }
    const print = {
        category: session.category,
        status: session.status,
        remainingSteps: session.remainingSteps,
        prState: live?.state ?? null,
        headSha: live?.headSha ?? null,
        updatedAt: live?.updatedAt ?? null,
        checkState: live?.checkState ?? null,
        blocked: session.blocked ?? false,
        ...kind,
        ...activity,
    };
    if (live && live.checks.length > 0) {
        print.checks = Object.fromEntries(live.checks.map((c) => [c.name, c.conclusion]));
    }
    return print;
}
function judgeMovement(active, settings, usableSlots) {
    const history = settings.ledger?.sweeps ?? [];
    const last = history[history.length - 1];
    const moved = new Map();
    const quiet = new Map();
    const cycle = (last?.cycle ?? 0) + 1;
    if (last) {
        for (const { session, live, jules, agent } of active) {
            const activity = jules ?? agent?.session;
            const current = fingerprint(session, live, own(last.sessions, session.name), {
                ...(activity ? { session: activity } : {}),
                unread: settings.julesUnread ?? false,
            });
            const count = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .quietSweeps */ .OV)(session.name, current, history);
            quiet.set(session, count);
            moved.set(session, count < settings.coldAfterSweeps);
        }
        const before = Object.entries(last.sessions).filter(([, f]) => f.status !== 'archived');
        const nowNames = new Set(active.map((a) => a.session.name));
        // Added: names the last sweep did not know at all (a session archived then is not new now).
        // An entry for a Jules session that already ran at the last sweep records a slot already taken.
        const ranBefore = (j) => j !== undefined &&
            (0,_jules_js__WEBPACK_IMPORTED_MODULE_1__/* .holdsSlot */ .Fq)(j.state) &&
            j.createTime !== null &&
            Date.parse(j.createTime) < Date.parse(last.time);
        const added = active
            .filter((a) => own(last.sessions, a.session.name) === undefined && !ranBefore(a.jules))
            .map((a) => a.session);
        const closed = before.filter(([name]) => !nowNames.has(name)).length;
        return {
            mode: 'ledger',
            cycle,
            moved,
            quiet,
            openedOverCapacity: openedBeyondFreeSlots(added, before.length, usableSlots, closed),
            previousViolations: new Set(last.violations),
            note: `Movement is judged over the last ${settings.coldAfterSweeps} sweeps (this is sweep ${cycle}; the ledger holds ${history.length}).`,
        };
    }
    // No ledger yet: pull request activity or a start within the window counts as movement.
    const since = Date.parse(settings.now) - settings.coldAfterHours * 3_600_000;
    let unknown = 0;
    for (const { session, live } of active) {
        const times = [live?.updatedAt, session.started].filter((t) => Boolean(t));
        // A date after this sweep is a typo or a plan, never movement (futureDates warns of it).
        const now = Date.parse(settings.now);
        if (times.length === 0) {
            unknown++;
            moved.set(session, undefined);
        }
        else {
            moved.set(session, times.some((t) => Date.parse(t) >= since && Date.parse(t) <= now));
        }
    }
    return {
        mode: 'window',
        cycle,
        moved,
        quiet,
        openedOverCapacity: [],
        note: `Without a ledger of earlier sweeps, movement is judged over the last ${settings.coldAfterHours} hours from pull request activity and start dates${unknown > 0 ? `; ${unknown} session(s) have neither and count as moving` : ''}.`,
    };
}
/** The ledger to keep after this sweep. */
function nextLedger(plan, previous, now) {
    const last = previous?.sweeps.at(-1)?.sessions ?? {};
    const archived = (s) => fingerprint({ category: s.category, status: 'archived', remainingSteps: 0 }, s.live);
    // Built with fromEntries, so every name is an own property, `__proto__` included.
    const sessions = Object.fromEntries([
        ...plan.closeOrder.map((s) => [
            s.name,
            fingerprint(s, s.live, own(last, s.name), {
                ...((s.jules ?? s.copilot) ? { session: (s.jules ?? s.copilot) } : {}),
                unread: (plan.jules.enabled && plan.jules.failure !== undefined) ||
                    plan.copilot?.failure !== undefined,
            }),
        ]),
        ...plan.archived.map((s) => [s.name, archived(s)]),
    ]);
    return (0,_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .appendSweep */ .D4)(previous, {
        time: now,
        sessions,
        violations: plan.violations.map(_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .violationKey */ .vW),
        ...(plan.fastLane ? { fastLane: plan.fastLane } : {}),
    });
}


/***/ }),

/***/ 1551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VQ: () => (/* reexport */ DEFAULT_FAIL_ON),
  Gg: () => (/* binding */ buildPlan),
  Ug: () => (/* reexport */ dailyQuota),
  Xc: () => (/* reexport */ freesText),
  wY: () => (/* reexport */ parseRailIds),
  cO: () => (/* reexport */ railSeverity),
  Vj: () => (/* reexport */ verdictOf),
  Z6: () => (/* reexport */ withSources)
});

// UNUSED EXPORTS: freeSlotsNeeded, schemaViolations, withJules

// NAMESPACE OBJECT: ./src/planner/rules/cadence.ts
var cadence_namespaceObject = {};
__webpack_require__.r(cadence_namespaceObject);
__webpack_require__.d(cadence_namespaceObject, {
  hardeningAfterIncident: () => (hardeningAfterIncident),
  upgradeCadence: () => (upgradeCadence)
});

// NAMESPACE OBJECT: ./src/planner/rules/capacity.ts
var capacity_namespaceObject = {};
__webpack_require__.r(capacity_namespaceObject);
__webpack_require__.d(capacity_namespaceObject, {
  backpressure: () => (backpressure),
  capacityHard: () => (capacityHard),
  dailyQuota: () => (capacity_dailyQuota),
  freeSlot: () => (freeSlot),
  julesOverPlan: () => (julesOverPlan),
  newSessionAtCapacity: () => (newSessionAtCapacity),
  planCapacity: () => (planCapacity),
  rapidRescue: () => (rapidRescue)
});

// NAMESPACE OBJECT: ./src/planner/rules/hygiene.ts
var hygiene_namespaceObject = {};
__webpack_require__.r(hygiene_namespaceObject);
__webpack_require__.d(hygiene_namespaceObject, {
  drift: () => (drift),
  julesUntracked: () => (julesUntracked),
  missingNextAction: () => (missingNextAction),
  schema: () => (schema),
  schemaViolations: () => (schemaViolations),
  trackSession: () => (trackSession)
});

// NAMESPACE OBJECT: ./src/planner/rules/rotation.ts
var rotation_namespaceObject = {};
__webpack_require__.r(rotation_namespaceObject);
__webpack_require__.d(rotation_namespaceObject, {
  coldCategory: () => (coldCategory),
  enqueueAfterClose: () => (enqueueAfterClose),
  fastLane: () => (fastLane),
  refill: () => (refill),
  stalePrompt: () => (stalePrompt),
  startPrompt: () => (startPrompt)
});

// NAMESPACE OBJECT: ./src/planner/rules/stalls.ts
var stalls_namespaceObject = {};
__webpack_require__.r(stalls_namespaceObject);
__webpack_require__.d(stalls_namespaceObject, {
  answerAgent: () => (answerAgent),
  blockerAging: () => (blockerAging),
  pausedInJules: () => (pausedInJules),
  rescueFailed: () => (rescueFailed),
  rescueStalled: () => (rescueStalled),
  stalled: () => (stalled),
  unblocker: () => (unblocker)
});

;// CONCATENATED MODULE: ./src/planner/actions.ts
/**
 * "If full, fast-track the nearest-to-finish session": when slots must be freed, the sessions
 * that still need work with the fewest remaining steps, as many as shipping and archiving leave
 * uncovered, and at least one.
 */
function chooseFastTrack(ordered, needed, candidates) {
    if (needed === 0)
        return new Set();
    const chosen = new Set();
    const shipping = ordered.filter(({ session: s }) => candidates.has(s) || (!s.blocked && (s.status === 'pr-ready' || s.status === 'pr-created'))).length;
    const count = Math.max(1, needed - shipping);
    // The close order already puts the fewest remaining steps first.
    for (let i = 0; i < ordered.length && chosen.size < count; i++) {
        const { session } = ordered[i];
        if (!session.blocked && session.status === 'needs-more-work' && !candidates.has(session))
            chosen.add(session);
    }
    return chosen;
}
function planSession(swept, fastTrack, reasons = new Reasons()) {
    const { session } = swept;
    const action = swept.exit ? 'archive' : decide(session, fastTrack);
    const planned = {
        name: session.name,
        category: session.category,
        status: session.status,
        declaredStatus: swept.declaredStatus,
        statusText: session.statusText,
        remainingSteps: session.remainingSteps,
        blocked: session.blocked,
        blockedFlag: session.blockedFlag,
        kind: session.kind,
        actions: session.actions,
        rank: swept.rank,
        action,
        reason: swept.exit ? swept.exit : reasons.of(session, action),
        location: session.location,
        drift: swept.drift,
    };
    if (swept.live)
        planned.live = swept.live;
    if (swept.jules)
        planned.jules = swept.jules;
    if (swept.agent?.kind.id === 'copilot')
        planned.copilot = swept.agent.session;
    if (session.blocker !== undefined)
        planned.blocker = session.blocker;
    if (session.pr !== undefined)
        planned.pr = session.pr;
    if (session.started !== undefined)
        planned.started = session.started;
    if (session.nextAction !== undefined)
        planned.nextAction = session.nextAction;
    return planned;
}
/** "For each session, decide if it is PR-ready": ship, archive, park, continue or fast-track. */
function decide(session, fastTrack) {
    if (session.blocked)
        return 'park';
    switch (session.status) {
        case 'pr-ready':
            return 'ship';
        case 'pr-created':
            return 'archive';
        default:
            return fastTrack ? 'fast-track' : 'continue';
    }
}
/**
 * Each decision in the playbook's words. Neighbours in the close order often share a blocker or
 * a next action, so the last reason made from each is given again rather than made anew.
 */
class Reasons {
    blocker;
    parked = '';
    nextAction;
    next = '';
    of(session, action) {
        switch (action) {
            case 'park':
                if (this.parked === '' || session.blocker !== this.blocker) {
                    this.blocker = session.blocker;
                    this.parked = `Blocked (${session.blocker ?? 'unspecified'}): log the blocker in the session update and switch to the next session.`;
                }
                return this.parked;
            case 'ship':
                return 'PR-ready: run targeted checks, clean the diff, craft the PR title and body, and open the PR.';
            case 'archive':
                return 'PR already exists: confirm its checks and approvals, then archive the session.';
            case 'fast-track':
                return `No slot is free: finish the shortest path to a PR (stabilise → test → PR), ${session.remainingSteps} step(s) left.`;
            default:
                if (!session.nextAction)
                    return 'Needs more work, and no next action is recorded.';
                if (this.next === '' || session.nextAction !== this.nextAction) {
                    this.nextAction = session.nextAction;
                    this.next = `Next action: ${session.nextAction}`;
                }
                return this.next;
        }
    }
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/planner/drift.ts

/** The longest check name quoted whole. */
const CHECK_NAME_CHARS = 120;
/**
 * What each drift code means: when GitHub shows it, and what the planner then does. The README's
 * drift table is generated from this (`npm run docs`), so a new code is documented where it is made.
 */
const DRIFT_MEANINGS = {
    'pr-merged': {
        when: 'the pull request merged while the file says pr-ready, pr-created or needs-more-work',
        effect: 'the session is archived: its slot is free at no cost, listed under "Archive now"',
    },
    'pr-closed': {
        when: 'the pull request was closed without merging',
        effect: 'needs more work; next action: reopen it, or archive the session',
    },
    'pr-missing': {
        when: 'the pull request is not found, not accessible, or on another host',
        effect: 'status unchanged; the reason says which',
    },
    'pr-ref-missing': {
        when: 'status pr-created but no `pr:` (also offline)',
        effect: 'status unchanged',
    },
    'checks-failing': {
        when: 'a check run failed, timed out, was cancelled or needs action, or a status errored',
        effect: 'a PR-ready or PR-created session needs more work; next action names the failing checks',
    },
    'checks-pending': { when: 'checks are still running', effect: 'status unchanged' },
    'changes-requested': {
        when: 'a reviewer requested changes',
        effect: 'a PR-ready or PR-created session needs more work',
    },
    'merge-conflict': {
        when: 'the pull request conflicts with its base',
        effect: 'a PR-ready or PR-created session needs more work',
    },
    draft: {
        when: 'marked pr-ready but the pull request is a draft',
        effect: 'needs more work; next action: mark it ready for review',
    },
    'jules-untracked': {
        when: 'Jules runs a session of this repository that no entry names (or one the file archived)',
        effect: "it takes a slot: counted in Jules' live count; recommendation: track it with `jules: <id>`",
    },
    'jules-awaiting-input': {
        when: 'Jules waits for a plan approval or an answer',
        effect: 'status unchanged; the first recommendation is to answer the agent, with the session URL',
    },
    'jules-failed': {
        when: 'the session failed in Jules',
        effect: 'an archive candidate, first in the close order; recommendation: a rescue prompt',
    },
    'jules-finished': {
        when: 'the file says active, Jules says COMPLETED',
        effect: 'with a pull request: pr-created (archive once it is merged); without one: an archive candidate',
    },
    'jules-missing': {
        when: 'the file names a Jules id that Jules answers 404 for',
        effect: 'status unchanged',
    },
    'jules-archived': {
        when: 'the file names a Jules session that was archived in Jules',
        effect: "archived in Jules: set the entry's status to archived; the entry plans as archived and holds no slot",
    },
    'copilot-untracked': {
        when: "Copilot's cloud agent runs a task in this repository that no entry names (or one the file archived)",
        effect: 'it takes a slot: counted with the live tasks; recommendation: track it with `copilot: <task id>`',
    },
    'copilot-waiting': {
        when: 'a Copilot task waits for a person (`waiting_for_user`)',
        effect: 'status unchanged; the first recommendation is to answer the agent, with the task URL',
    },
    'copilot-failed': {
        when: 'a Copilot task failed or timed out',
        effect: 'an archive candidate, first in the close order; recommendation: a rescue prompt',
    },
    'copilot-finished': {
        when: 'the file says active, the Copilot task completed or was cancelled',
        effect: 'with a pull request: pr-created (archive once it is merged); without one: an archive candidate',
    },
    'copilot-missing': {
        when: 'the file names a Copilot task id that the agent tasks API answers 404 for',
        effect: 'status unchanged',
    },
    'copilot-archived': {
        when: 'the file names a Copilot task that was archived',
        effect: "archived in Copilot: set the entry's status to archived; the entry plans as archived and holds no slot",
    },
};
/** No drift: frozen, so a push onto the list every such entry shares fails loudly. */
const NO_DRIFT = Object.freeze([]);
/** Status pr-created and no `pr:`, whether GitHub was read or not; frozen, as NO_DRIFT. */
const REF_MISSING = Object.freeze([
    Object.freeze({
        code: 'pr-ref-missing',
        message: 'status is pr-created but no `pr:` names the pull request',
    }),
]);
/** Check conclusions that mean the pull request cannot ship as it is. */
const FAILING = new Set([
    'FAILURE',
    'ERROR',
    'TIMED_OUT',
    'CANCELLED',
    'ACTION_REQUIRED',
    'STARTUP_FAILURE',
]);
function failingChecks(pull) {
    return pull.checks
        .filter((c) => c.conclusion !== null && FAILING.has(c.conclusion))
        .map((c) => c.name);
}
/**
 * The drift table (README "Live status"): a merged PR means archive first; a closed one means
 * reopen or archive; failing checks, a merge conflict, requested changes or a draft mean a
 * PR-ready or PR-created session is not shippable and needs more work, with that as its next action.
 */
function reconcile(session, lookup) {
    const refMissing = session.status === 'pr-created' && !session.pr;
    // Offline, an entry's drift is one of two lists every such entry shares, which nothing changes.
    const unread = !lookup || session.status === 'archived';
    const drift = unread
        ? refMissing
            ? REF_MISSING
            : NO_DRIFT
        : refMissing
            ? [REF_MISSING[0]]
            : [];
    const { status, remainingSteps, nextAction } = session;
    // Made whole at once: a field added later costs each of 100,000 entries a second allocation.
    const declared = nextAction !== undefined
        ? { status, remainingSteps, drift, nextAction }
        : { status, remainingSteps, drift };
    if (!lookup || session.status === 'archived')
        return declared;
    if ('missing' in lookup) {
        declared.drift.push({ code: 'pr-missing', message: lookup.missing });
        return declared;
    }
    const pull = lookup.pull;
    const number = pull.ref.slice(pull.ref.lastIndexOf('#'));
    if (pull.merged || pull.state === 'MERGED') {
        drift.push({
            code: 'pr-merged',
            message: `PR ${number} was merged: archive the session, its slot is free`,
        });
        return { ...declared, status: 'archived', nextAction: `Archive: PR ${number} was merged.` };
    }
    if (pull.state === 'CLOSED') {
        drift.push({ code: 'pr-closed', message: `PR ${number} was closed without merging` });
        return demote(declared, `PR ${number} was closed without merging: reopen it, or archive the session.`, true);
    }
    const shippable = session.status === 'pr-ready' || session.status === 'pr-created';
    const reasons = [];
    const failing = failingChecks(pull);
    if (failing.length > 0) {
        // Check names come from the pull request's workflows: a fork chooses them, so they are
        // bounded, at a length that keeps real ones ("CI / test (ubuntu-latest, node 24)") whole.
        const named = (0,render_escape/* excerptList */.Ik)(failing, 3, CHECK_NAME_CHARS);
        drift.push({ code: 'checks-failing', message: `failing checks: ${named}` });
        reasons.push(`Fix the failing checks: ${named}.`);
    }
    else if (pull.checkState === 'PENDING' || pull.checkState === 'EXPECTED') {
        drift.push({ code: 'checks-pending', message: 'checks are still running' });
    }
    if (pull.mergeable === 'CONFLICTING') {
        drift.push({ code: 'merge-conflict', message: `PR ${number} conflicts with its base branch` });
        reasons.push('Resolve the merge conflict.');
    }
    if (pull.reviewDecision === 'CHANGES_REQUESTED') {
        drift.push({ code: 'changes-requested', message: 'a reviewer requested changes' });
        reasons.push('Address the requested changes.');
    }
    if (pull.isDraft && session.status === 'pr-ready') {
        drift.push({ code: 'draft', message: `marked pr-ready, but PR ${number} is a draft` });
        reasons.push('Mark the pull request ready for review.');
    }
    if (shippable && reasons.length > 0)
        return demote(declared, reasons.join(' '), false);
    return declared;
}
function demote(declared, nextAction, always) {
    if (!always && declared.status !== 'pr-ready' && declared.status !== 'pr-created')
        return declared;
    return {
        ...declared,
        status: declared.status === 'blocked' ? 'blocked' : 'needs-more-work',
        remainingSteps: Math.max(1, declared.remainingSteps),
        nextAction,
    };
}

// EXTERNAL MODULE: ./src/sources/index.ts + 3 modules
var src_sources = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/planner/jules.ts
var planner_jules = __webpack_require__(1075);
// EXTERNAL MODULE: ./src/planner/sessions.ts
var planner_sessions = __webpack_require__(6411);
// EXTERNAL MODULE: ./src/planner/movement.ts
var planner_movement = __webpack_require__(2971);
;// CONCATENATED MODULE: ./src/planner/order.ts
/**
 * The playbook tool's ranks: pr-ready and pr-created 0, blocked 2, needs-more-work 3.
 * In sessions.yaml a session flagged `blocked: true` ranks as blocked whatever its status;
 * the tool's own JSON keeps the tool's rule (the status alone decides) so its answers stay the same.
 */
function rank(session, format) {
    if (format === 'sessions-yaml' && session.blocked)
        return 2;
    switch (session.status) {
        case 'pr-ready':
        case 'pr-created':
            return 0;
        case 'blocked':
            return 2;
        case 'needs-more-work':
            return 3;
        default:
            return 4;
    }
}
/** Compares by Unicode code point, as Python compares strings: never by locale or UTF-16 unit. */
function compareCodePoints(a, b) {
    if (a === b)
        return 0;
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // A surrogate (0xD800–0xDFFF) starts a code point above 0xFFFF, so it sorts after every
        // other UTF-16 unit, including 0xE000–0xFFFF, which plain `<` would put after it.
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
const compareUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** UTF-16 order differs from code point order only from U+D800 up; most names never get there. */
const nameOrder = (names) => names.some((n) => /[\ud800-\uffff]/.test(n)) ? compareCodePoints : compareUnits;
/**
 * A UTF-16 unit as a number in code point order: a surrogate (0xD800–0xDFFF) after every other
 * unit, as compareCodePoints puts it.
 */
const inCodePointOrder = (unit) => unit < 0xd800 ? unit : unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
/** Characters of a name the sort key holds at most, after the prefix every name shares. */
const KEY_CHARS = 8;
/**
 * Fastest exit first: by rank, then fewest remaining steps, then name by code point, then the
 * file's order. One number per session orders it, so the sort never calls back into a comparator.
 */
function closeOrder(sessions) {
    const order = keyedOrder(sessions) ?? comparedOrder(sessions);
    const ordered = new Array(order.length);
    for (let k = 0; k < order.length; k++)
        ordered[k] = sessions[order[k]];
    return ordered;
}
/** The order by comparator: for ranks or steps the sort key cannot hold (fractions, negatives). */
function comparedOrder(sessions) {
    const ranks = Float64Array.from(sessions, (s) => s.rank);
    const steps = Float64Array.from(sessions, (s) => s.session.remainingSteps);
    const names = sessions.map((s) => s.session.name);
    const byName = nameOrder(names);
    return Array.from(sessions, (_, i) => i).sort((i, j) => ranks[i] - ranks[j] || steps[i] - steps[j] || byName(names[i], names[j]));
}
/**
 * The order by one exact integer per session: rank and steps, then the first characters of its
 * name after the prefix all names share, then its place in the file. Sessions whose keys differ
 * only in the place are sorted again by whole name; they are few. Undefined when rank or steps
 * are no small whole numbers.
 */
function keyedOrder(sessions) {
    const n = sessions.length;
    if (n === 0)
        return new Uint32Array(0);
    let maxRank = 0;
    let maxSteps = 0;
    const names = new Array(n);
    for (let i = 0; i < n; i++) {
        const { rank, session } = sessions[i];
        const { remainingSteps, name } = session;
        if (!(Number.isInteger(rank) && rank >= 0 && Number.isInteger(remainingSteps)))
            return undefined;
        if (remainingSteps < 0)
            return undefined;
        if (rank > maxRank)
            maxRank = rank;
        if (remainingSteps > maxSteps)
            maxSteps = remainingSteps;
        names[i] = name;
    }
    const stepSpan = maxSteps + 1;
    const buckets = (maxRank + 1) * stepSpan;
    // Room left for the name's characters in an integer a double holds exactly.
    const room = Math.floor(2 ** 53 / (buckets * n));
    if (room < 1)
        return undefined;
    // The prefix every name shares orders nothing. Most names start with the prefix as it stands,
    // which one native call tells, unlike a loop over their characters before it is optimised.
    let prefix = names[0];
    for (let i = 1; i < n && prefix !== ''; i++) {
        const name = names[i];
        if (name.startsWith(prefix))
            continue;
        let j = 0;
        const end = Math.min(prefix.length, name.length);
        while (j < end && name.charCodeAt(j) === prefix.charCodeAt(j))
            j++;
        prefix = prefix.slice(0, j);
    }
    const shared = prefix.length;
    // The units that follow it, as a digit each: 0 is past the end, so a prefix sorts first. Only
    // from U+D800 up do units need moving into code point order.
    let [low, high] = unitRange(names, shared, false);
    const moved = high >= 0xd800;
    if (moved)
        [low, high] = unitRange(names, shared, true);
    const radix = high >= low ? high - low + 2 : 1;
    let chars = 0;
    let span = 1;
    while (chars < KEY_CHARS && radix > 1 && span * radix <= room) {
        span *= radix;
        chars++;
    }
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const { rank, session } = sessions[i];
        const name = names[i];
        let key = rank * stepSpan + session.remainingSteps;
        for (let j = shared; j < shared + chars; j++) {
            if (j >= name.length) {
                key *= radix;
                continue;
            }
            const unit = name.charCodeAt(j);
            key = key * radix + (moved ? inCodePointOrder(unit) : unit) - low + 1;
        }
        keys[i] = key * n + i;
    }
    keys.sort();
    // Back to places, in the same array; a run of equal keys (less the place) is names alike in
    // their first characters.
    const order = keys;
    let byName;
    let start = 0;
    let runKey = -1;
    for (let k = 0; k <= n; k++) {
        const place = k < n ? order[k] % n : 0;
        const key = k < n ? order[k] - place : -1;
        if (key !== runKey) {
            if (k - start > 1 && !allShort(names, order, start, k, shared + chars)) {
                byName ??= nameOrder(names);
                const compare = byName;
                order.subarray(start, k).sort((i, j) => compare(names[i], names[j]) || i - j);
            }
            start = k;
            runKey = key;
        }
        if (k < n)
            order[k] = place;
    }
    return order;
}
/** The least and greatest unit of the key's characters, in code point order when `moved`. */
function unitRange(names, shared, moved) {
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < names.length; i++) {
        const name = names[i];
        const end = Math.min(name.length, shared + KEY_CHARS);
        for (let j = shared; j < end; j++) {
            const unit = moved ? inCodePointOrder(name.charCodeAt(j)) : name.charCodeAt(j);
            if (unit < low)
                low = unit;
            if (unit > high)
                high = unit;
        }
    }
    return [low, high];
}
/** Whether every name of a run ends within the key, so they are one name and the place decides. */
function allShort(names, order, start, end, length) {
    for (let k = start; k < end; k++)
        if (names[order[k]].length > length)
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/planner/prompts.ts
class PromptQueue {
    fresh;
    groups;
    taken = new Set();
    // A prompt once passed over is never usable again (taken only grows), so each category's
    // active list is read once from a cursor, however many slots are filled.
    cursor = new Map();
    /** `fresh`: neither obsolete nor stale; the others are replaced, never started. */
    constructor(groups, fresh) {
        this.fresh = fresh;
        this.groups = new Map(groups.map((p) => [p.category, p]));
    }
    /** Only a backlog that keeps prompts (a `backlog:` section) is held to backfill discipline. */
    get kept() {
        return this.groups.size > 0;
    }
    /** The category's active and reserve lists, as the file has them. */
    of(category) {
        return this.groups.get(category);
    }
    /** The next prompt the category would hand out, without taking it. */
    peek(category) {
        const list = this.groups.get(category)?.active ?? [];
        let i = this.cursor.get(category) ?? 0;
        while (i < list.length && !(this.fresh(list[i]) && !this.taken.has(list[i].id)))
            i++;
        this.cursor.set(category, i);
        return list[i];
    }
    /** The next prompt of the category, taken: no later rule hands it out again. */
    take(category) {
        const prompt = this.peek(category);
        if (prompt)
            this.taken.add(prompt.id);
        return prompt;
    }
}

;// CONCATENATED MODULE: ./src/planner/quota.ts
const DAY_MS = 86_400_000;
/** Sessions created in the 24 hours before `now`, archived ones too: each was one task. */
function dailyQuota(sessions, limit, now) {
    const end = Date.parse(now);
    const times = sessions
        .map((j) => (j.createTime === null ? Number.NaN : Date.parse(j.createTime)))
        .filter((t) => Number.isFinite(t) && t > end - DAY_MS && t <= end);
    times.sort((a, b) => a - b);
    // Jules starts a task once fewer than `limit` are in the window: past the limit, that is when
    // the (created - limit + 1)-th oldest ages out; within it, when the oldest does.
    const freeing = times[Math.max(0, times.length - limit)];
    return {
        created: times.length,
        limit,
        freesAt: freeing === undefined ? null : new Date(freeing + DAY_MS).toISOString(),
    };
}
/** "14:06 UTC" for 14:05:59: the minute rounded up, so never earlier than the truth. */
const utcClock = (iso) => {
    const minute = 60_000;
    const up = new Date(Math.ceil(Date.parse(iso) / minute) * minute).toISOString();
    return `${up.slice(11, 16)} UTC`;
};
/** "the oldest frees a task at 14:05 UTC", or "a task frees at …" past the limit; "" for none. */
function freesText({ created, limit, freesAt }) {
    if (freesAt === null)
        return '';
    return `${created > limit ? 'a task frees' : 'the oldest frees a task'} at ${utcClock(freesAt)}`;
}

;// CONCATENATED MODULE: ./src/planner/facts.ts









const OFFLINE = { enabled: false, requests: 0, retries: 0, pullRequests: 0 };
/** What was read live, with Jules' list added; GitHub's part as read, or offline. */
function withJules(live, jules) {
    return jules ? { ...(live ?? { lookups: {}, api: OFFLINE }), jules } : live;
}
/** What was read live, with each source's list added; GitHub's part as read, or offline. */
function withSources(live, jules, copilot) {
    const withJ = withJules(live, jules);
    return copilot ? { ...(withJ ?? { lookups: {}, api: OFFLINE }), copilot } : withJ;
}
/** The sources a sweep read, in report order. */
const readings = (live) => [live?.jules, live?.copilot ? { ...live.copilot, source: 'copilot' } : undefined].filter((r) => r !== undefined);
const facts_DAY_MS = 86_400_000;
/** "Free slots needed": how many active sessions must close to keep the reserve free. */
function freeSlotsNeeded(active, capacity, reserve) {
    return Math.max(0, active - (capacity - reserve));
}
function sweepFacts(backlog, settings = {}, live) {
    const requestedCapacity = settings.capacity ?? backlog.capacity;
    const limits = settings.julesPlan ? planner_jules/* JULES_PLANS */.zq[settings.julesPlan] : undefined;
    // The account's plan caps what the file may ask for, while Jules is the only source; beside
    // Copilot, it caps Jules' own sessions (julesOverPlan) and the file's capacity holds for both.
    // A token given is Copilot beside Jules, even the night its list fails: the capacity is the
    // configuration's, not what answered.
    const copilotGiven = live?.copilot?.enabled === true;
    const capacity = limits && !copilotGiven ? Math.min(requestedCapacity, limits.concurrent) : requestedCapacity;
    const reserve = settings.reserve ?? backlog.reserve;
    const now = settings.movement?.now ?? settings.now;
    const today = now ? Date.parse(now) : undefined;
    const jules = live?.jules;
    const sources = sourceFacts(backlog.sessions, live);
    const links = sources.find((s) => s.kind === src_sources/* JULES */.M7)?.links;
    const { active, archived, counts } = sweepAll(backlog, live, sources);
    const sessions = active.map((s) => s.session);
    const slots = slotsOf(sources, sessions.length);
    const needed = freeSlotsNeeded(slots.counted, capacity, reserve);
    const quota = limits && links && now ? dailyQuota(jules.sessions, limits.dailyTasks, now) : undefined;
    return {
        backlog,
        settings,
        requestedCapacity,
        ...(limits ? { limits } : {}),
        ...(copilotGiven && links
            ? { julesLive: jules.sessions.filter((j) => (0,planner_sessions/* takesSlotIn */.a4)(src_sources/* JULES */.M7, j)).length }
            : {}),
        capacity,
        reserve,
        ...(now !== undefined ? { now } : {}),
        ...(today !== undefined ? { today } : {}),
        ...(jules ? { jules } : {}),
        ...(links ? { links } : {}),
        sources,
        untracked: sources.flatMap(({ kind, links: l }) => (l?.untracked ?? []).map((session) => ({ kind, session }))),
        active,
        archived,
        sessions,
        counts,
        slots,
        freeSlotsNeeded: needed,
        ...(quota ? { quota } : {}),
        ...orderFacts(backlog, settings, active, needed, capacity - reserve, jules, live?.copilot),
        waitingPrompts: backlog.prompts.flatMap((p) => p.active).filter((p) => !p.obsolete).length,
        // A slot Jules would refuse to start a task in is no open slot.
        openSlots: Math.max(0, Math.min(capacity - reserve - slots.counted, quota ? quota.limit - quota.created : Number.POSITIVE_INFINITY)),
        ...rotationFacts(backlog, settings, today),
    };
}
/** The close order, what moved, and so which categories are cold. */
function orderFacts(backlog, settings, active, needed, usableSlots, jules, copilot) {
    const ordered = closeOrder(active);
    // One pass: the archive candidates and the categories covered. Loops over every session are
    // indexed: a for-of makes an iterator result per step until the loop is optimised.
    const exits = new Set();
    const covered = new Set();
    for (let i = 0; i < active.length; i++) {
        const swept = active[i];
        if (swept.exit)
            exits.add(swept.session);
        covered.add(swept.session.category);
    }
    const movement = settings.movement
        ? (0,planner_movement/* judgeMovement */.tu)(active, {
            ...settings.movement,
            // A source that could not be read is no evidence either way.
            julesUnread: (jules?.enabled === true && jules.failure !== undefined) ||
                (copilot?.enabled === true && copilot.failure !== undefined),
        }, usableSlots)
        : undefined;
    // Cold: no active session, or (with movement) none of them moved.
    const warm = movement ? movedCategories(active, movement) : covered;
    return {
        closeOrder: ordered,
        listed: needed || Math.min(2, ordered.length),
        fastTracked: chooseFastTrack(ordered, needed, exits),
        ...(movement ? { movement } : {}),
        coldCategories: backlog.categories.filter((c) => !warm.has(c)),
        covered,
    };
}
/** The categories with an active session that moved (or that movement has no word on). */
function movedCategories(active, movement) {
    const moved = new Set();
    for (let i = 0; i < active.length; i++) {
        const s = active[i];
        if (movement.moved.get(s.session) !== false)
            moved.add(s.session.category);
    }
    return moved;
}
/** What the rotation reads: the ledger's sweeps, the priority order and the prompts to hand out. */
function rotationFacts(backlog, settings, today) {
    const priority = new Map();
    backlog.categories.forEach((c, i) => {
        if (!priority.has(c))
            priority.set(c, i);
    });
    const stalePromptDays = settings.stalePromptDays ?? 30;
    // A prompt added "in the future" is aged from today: 0 days (futureDates warns of it).
    const ageOf = (p) => today !== undefined && p.added
        ? Math.max(0, Math.floor((today - Date.parse(p.added)) / facts_DAY_MS))
        : 0;
    const history = settings.movement?.ledger?.sweeps ?? [];
    const last = history.at(-1);
    return {
        history,
        ...(last ? { last } : {}),
        cycle: (last?.cycle ?? 0) + 1,
        priority,
        // Obsolete and stale prompts are replaced, never started.
        prompts: new PromptQueue(backlog.prompts, (p) => !p.obsolete && ageOf(p) <= stalePromptDays),
        ageOf,
        stalePromptDays,
        coldAfterSweeps: settings.movement?.coldAfterSweeps ?? 2,
    };
}
/**
 * Each source read, linked to the file from a whole list only (a partial one would call every
 * entry missing). Jules links first; an entry it links is not linked again by Copilot.
 */
function sourceFacts(sessions, live) {
    const taken = new Set();
    return readings(live).map((input) => {
        const kind = (0,src_sources/* kindOf */.I)(input);
        if (!input.enabled || input.failure)
            return { kind, input, here: 0 };
        const links = (0,planner_sessions/* linkSessions */.kT)(kind, sessions, input.sessions, input.repository, input.notFound, taken);
        for (const session of links.linked.keys())
            taken.add(session);
        const linked = new Set(links.linked.values());
        const here = input.sessions.filter((s) => (0,planner_sessions/* takesSlotIn */.a4)(kind, s) &&
            (linked.has(s) || !input.repository || (0,planner_sessions/* isOfRepository */.iI)(s.source, input.repository))).length;
        return { kind, input, links, here };
    });
}
/** Every entry of the file as this sweep sees it, split into active and archived, and counted. */
function sweepAll(backlog, live, sources) {
    const missing = new Map();
    const linked = new Map();
    for (const { kind, links } of sources) {
        for (const s of links?.missing ?? [])
            missing.set(s, kind);
        for (const [entry, session] of links?.linked ?? [])
            linked.set(entry, { kind, session });
    }
    const active = [];
    const archived = [];
    const counts = { active: 0, archived: 0, prReady: 0, prCreated: 0, blocked: 0, needsMoreWork: 0 };
    const declaredSessions = backlog.sessions;
    for (let i = 0; i < declaredSessions.length; i++) {
        const declared = declaredSessions[i];
        // Own entries only: a session named `constructor` or `__proto__` is a name, not a prototype.
        const swept = sweepEntry(declared, live ? (0,planner_movement/* own */.ZV)(live.lookups, declared.name) : undefined, linked.get(declared), missing.get(declared), backlog.format);
        const session = swept.session;
        if (session.status === 'archived') {
            archived.push(swept);
            continue;
        }
        active.push(swept);
        if (session.blocked)
            counts.blocked++;
        else if (session.status === 'pr-ready')
            counts.prReady++;
        else if (session.status === 'pr-created')
            counts.prCreated++;
        else if (session.status === 'needs-more-work')
            counts.needsMoreWork++;
    }
    counts.active = active.length;
    counts.archived = archived.length;
    return { active, archived, counts };
}
/**
 * Capacity is judged on what really runs: the file's count or the sources', whichever is larger,
 * and the slots the rest of the Jules account holds, since Jules' cap is the account's.
 */
function slotsOf(sources, file) {
    const jules = sources.find((s) => s.kind === src_sources/* JULES */.M7 && s.links);
    const copilot = sources.find((s) => s.kind === src_sources/* COPILOT */.$o && s.links);
    const copilotHere = copilot ? copilot.here : 0;
    const account = jules
        ? (0,planner_jules/* accountSlots */.dC)(jules.input.sessions, jules.links, jules.input.repository, file, copilotHere)
        : undefined;
    const bySource = copilot ? { copilot: copilot.here } : {};
    if (account) {
        return {
            file,
            jules: account.julesHere,
            ...bySource,
            counted: (0,planner_jules/* accountTotal */.gE)(account),
            account: {
                thisRepository: account.thisRepository,
                otherRepositories: account.otherRepositories,
                repoless: account.repoless,
            },
        };
    }
    return copilot
        ? { file, jules: null, ...bySource, counted: Math.max(file, copilotHere) }
        : { file, jules: null, counted: file };
}
/** The file's entry corrected first by its agent (what the agent did), then by GitHub (the PR). */
function sweepEntry(declared, lookup, agent, missingIn, format) {
    let session = declared;
    let effect;
    let agentDrift;
    if (agent) {
        effect = (0,planner_sessions/* applySession */.LV)(agent.kind, declared, agent.session);
        session = effect.session;
        agentDrift = effect.drift;
    }
    else if (missingIn && declared.status !== 'archived') {
        agentDrift = [
            {
                code: missingIn.codes.missing,
                message: `${missingIn.label} has no ${missingIn.noun} ${missingIn.entryId(declared)} (it answered 404 for it)`,
            },
        ];
    }
    const effective = reconcile(session, lookup);
    // The agent's drift first, then GitHub's; both lists are this entry's own, so one is kept whole.
    const drift = agentDrift === undefined || agentDrift.length === 0
        ? effective.drift
        : effective.drift.length === 0
            ? agentDrift
            : agentDrift.concat(effective.drift);
    const corrected = effective.status !== session.status ||
        effective.remainingSteps !== session.remainingSteps ||
        effective.nextAction !== session.nextAction
        ? {
            ...session,
            status: effective.status,
            statusText: effective.status,
            remainingSteps: effective.remainingSteps,
            ...(effective.nextAction !== undefined ? { nextAction: effective.nextAction } : {}),
        }
        : session;
    const exit = effect?.exit;
    const swept = {
        session: corrected,
        declaredStatus: declared.status,
        drift,
        // An archive candidate is among the fastest exits, whatever its status.
        rank: exit ? 0 : rank(corrected, format),
    };
    if (agent && effect) {
        swept.agent = agent;
        if (agent.kind === src_sources/* JULES */.M7)
            swept.jules = agent.session;
        if (exit)
            swept.exit = exit;
        if (effect.awaitingInput)
            swept.awaitingInput = true;
        if (effect.paused)
            swept.paused = true;
        if (effect.failed)
            swept.failed = true;
    }
    if (lookup && 'pull' in lookup)
        swept.live = lookup.pull;
    return swept;
}

// EXTERNAL MODULE: ./src/planner/ledger.ts
var ledger = __webpack_require__(291);
// EXTERNAL MODULE: ./src/backlog/suggest.ts
var suggest = __webpack_require__(1085);
;// CONCATENATED MODULE: ./src/planner/types.ts
const PLAN_SCHEMA_VERSION = 1;
const RAIL_IDS = [
    'capacity',
    'capacity-hard',
    'cold-category',
    'schema',
    'missing-next-action',
    'drift',
    'stalled',
    'new-session-at-capacity',
    'rotation',
    'cadence-overdue',
    'hardening-overdue',
    'stale-prompt',
    'blocker-aging',
    'daily-quota',
];
const DRIFT_CODES = (/* unused pure expression or super */ null && ([
    'pr-merged',
    'pr-closed',
    'pr-missing',
    'pr-ref-missing',
    'checks-failing',
    'checks-pending',
    'changes-requested',
    'merge-conflict',
    'draft',
    'jules-untracked',
    'jules-awaiting-input',
    'jules-failed',
    'jules-finished',
    'jules-missing',
    'jules-archived',
    'copilot-untracked',
    'copilot-waiting',
    'copilot-failed',
    'copilot-finished',
    'copilot-missing',
    'copilot-archived',
]));

;// CONCATENATED MODULE: ./src/planner/rails.ts
// What each rail guards, in the playbook's words, and what breaking it does to the check. The
// README's rails table is generated from this and from the default `fail-on` (`npm run docs`), so
// a new rail is documented where it is declared.


const RAIL_MEANINGS = {
    capacity: {
        brokenWhen: "slots taken > capacity − reserve (the reserve slot is taken); with Jules read, slots are the whole account's",
        pointsAt: 'the session that took the reserve slot',
    },
    'capacity-hard': {
        brokenWhen: "slots taken > capacity (with `jules-plan`, the smaller of the file's and the plan's)",
        pointsAt: 'the first session past the cap',
    },
    'cold-category': {
        brokenWhen: 'a rotation category has no active session, or (across sweeps) none that moved',
        pointsAt: 'the category in `categories:`, when listed',
    },
    schema: {
        brokenWhen: 'the backlog cannot be read or is invalid; a warning when the file reads but something in it is likely wrong (a near-miss category, a converted value, a capacity above what `jules-plan` allows)',
        pointsAt: 'the offending line',
    },
    'missing-next-action': {
        brokenWhen: 'a session needs more work and records no next action',
        pointsAt: 'the session',
    },
    drift: {
        brokenWhen: 'the file and GitHub disagree (see [Live status](#live-status))',
        pointsAt: 'the session',
    },
    stalled: {
        brokenWhen: 'a session has not moved for `cold-after-sweeps` sweeps: start a rescue (or, when blocked, an unblocker) session',
        pointsAt: 'the session',
    },
    'new-session-at-capacity': {
        brokenWhen: 'a session was opened while no slot was free and nothing was archived or removed (between sweeps, or in a pull request)',
        pointsAt: 'the new session',
    },
    rotation: {
        brokenWhen: 'a pull request adds a session to a warm category while another is cold',
        pointsAt: 'the new session',
    },
    'cadence-overdue': {
        brokenWhen: 'no governance (every 12 cycles) or scheduler (every 30) session for that long',
        pointsAt: 'the file',
    },
    'hardening-overdue': {
        brokenWhen: 'an incident has had no hardening session for more than two cycles',
        pointsAt: 'the incident',
    },
    'stale-prompt': {
        brokenWhen: 'a prompt is marked obsolete or older than `stale-prompt-days`',
        pointsAt: 'the prompt',
    },
    'blocker-aging': {
        brokenWhen: 'a session has been blocked for more than two cycles (the message quotes the blocker)',
        pointsAt: 'the session',
    },
    'daily-quota': {
        brokenWhen: "with `jules-plan`, the sessions created in the last 24 hours (archived ones too) reach 80% of the plan's daily tasks; an error once they are all spent while prompts wait for a slot",
        pointsAt: 'the account (no line): the summary says when the oldest task frees one',
        graded: 'error when spent while prompts wait; warning from 80%',
    },
};
const DEFAULT_FAIL_ON = [
    'capacity-hard',
    'cold-category',
    'schema',
    'new-session-at-capacity',
    'daily-quota',
];
/**
 * Rails whose findings are graded: under `fail-on` each keeps its own severity (a warning short
 * of the limit, an error past it); left out of `fail-on`, all warn.
 */
const GRADED_RAILS = new Set(['daily-quota']);
/** `capacity-hard, cold-category`: the rail ids of `fail-on` and `--fail-on`. */
function parseRailIds(text) {
    const ids = text
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
    const unknown = ids.filter((id) => !RAIL_IDS.includes(id));
    if (unknown.length > 0) {
        const hint = (0,suggest/* closest */.kp)(unknown[0], RAIL_IDS);
        return {
            problem: `names no rail ${unknown.map((id) => `"${id}"`).join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}; rails are ${RAIL_IDS.join(', ')}`,
        };
    }
    return ids;
}
/**
 * A rail fails the check when `fail-on` names it; problems in the file keep their own severity,
 * and so does a graded rail's finding when `fail-on` names it.
 */
function railSeverity(v, failOn) {
    if (v.rail === 'schema')
        return v.severity;
    if (!failOn.has(v.rail))
        return 'warning';
    return GRADED_RAILS.has(v.rail) ? v.severity : 'error';
}
/** fail: an error rail is broken (with `onlyIntroduced`, one this change introduced). */
function verdictOf(violations, onlyIntroduced = false) {
    if (violations.some((v) => v.severity === 'error' && (!onlyIntroduced || v.introduced !== false)))
        return 'fail';
    if (violations.length > 0)
        return 'warn';
    return 'pass';
}

// EXTERNAL MODULE: ./src/planner/dispatch.ts
var dispatch = __webpack_require__(4264);
;// CONCATENATED MODULE: ./src/planner/rules/rule.ts
function byCategory(...rules) {
    const step = (facts) => {
        const all = nothingFound();
        for (const category of facts.backlog.categories) {
            for (const rule of rules)
                collect(all, rule(facts, category));
        }
        return all;
    };
    return Object.assign(step, { rules });
}
const nothingFound = () => ({ recommendations: [], violations: [], notes: [] });
/**
 * Appends one by one: a spread of 100,000 findings would overflow the call stack. Indexed, since
 * a for-of makes an iterator result per finding until the loop is optimised.
 */
function collect(all, found) {
    appendTo(all.recommendations, found.recommendations);
    appendTo(all.violations, found.violations);
    appendTo(all.notes, found.notes);
}
function appendTo(all, found) {
    if (found)
        for (let i = 0; i < found.length; i++)
            all.push(found[i]);
}
/** A finding about an entry of the file: its line, and the session and category it is about. */
function atSession(session) {
    const { location } = session;
    return {
        file: location.file,
        line: location.line,
        column: location.column,
        session: session.name,
        category: session.category,
    };
}
/**
 * A rail broken at an entry of the file, with its fields in atSession's order: made whole at once,
 * since a rule may find one for each of 100,000 sessions.
 */
function sessionViolation(session, rail, severity, message, fix) {
    const { location } = session;
    return {
        rail,
        severity,
        message,
        fix,
        file: location.file,
        line: location.line,
        column: location.column,
        session: session.name,
        category: session.category,
    };
}
function atLocation(location) {
    return { file: location.file, line: location.line, column: location.column };
}
/** A Jules session no entry names goes by its title, or by its id when it has none. */
const nameOf = (j) => (j.title.trim() !== '' ? j.title : j.id);

;// CONCATENATED MODULE: ./src/planner/rules/cadence.ts

const UPGRADES = [
    ['governance', 'governanceEvery', 'governance/documentation upgrade'],
    ['scheduler', 'schedulerEvery', 'scheduler/orchestrator upgrade'],
];
/**
 * Inject governance/documentation upgrades every 12 cycles; upgrade scheduler/orchestrator every 30 cycles.
 *
 * Due once so many cycles have passed since the ledger last saw a session of the kind; a session
 * of that kind resets the count.
 * @rail cadence-overdue
 * @test test/rotation.test.ts > a governance prompt is due every 12 cycles; a governance session resets the count
 */
function upgradeCadence({ backlog, sessions, history, cycle }) {
    const recommendations = [];
    const violations = [];
    for (const [kind, key, what] of UPGRADES) {
        const every = backlog.cadence[key];
        if (sessions.some((s) => s.kind === kind))
            continue;
        const seen = history.findLast((s) => Object.values(s.sessions).some((f) => f.kind === kind));
        const since = cycle - (seen?.cycle ?? 0);
        if (since < every)
            continue;
        recommendations.push({
            kind,
            reason: `A ${what} is due every ${every} cycles; the last was ${seen ? `${since} cycles ago` : 'never seen in the ledger'}.`,
        });
        violations.push({
            rail: 'cadence-overdue',
            severity: 'warning',
            message: `The ${what} is overdue: due every ${every} cycles, ${seen ? `last ${since} cycles ago` : 'none seen yet'}.`,
            fix: `Start a session of kind ${kind}.`,
        });
    }
    return { recommendations, violations };
}
/**
 * After any incident or regression, schedule a follow-up hardening prompt within the next two cycles.
 *
 * An incident is answered by the session it names, or by any hardening session in its category,
 * finished ones included: an archived hardening session does not reopen the incident.
 * @rail hardening-overdue
 * @test test/rotation.test.ts > a hardening session is due within two cycles; after that, hardening-overdue
 */
function hardeningAfterIncident({ backlog, history, today }) {
    if (backlog.incidents.length === 0)
        return {};
    const names = new Set(backlog.sessions.map((s) => s.name));
    const hardening = new Set(backlog.sessions.filter((s) => s.kind === 'hardening').map((s) => s.category));
    const recommendations = [];
    const violations = [];
    for (const incident of backlog.incidents) {
        const answered = (incident.hardening !== undefined && names.has(incident.hardening)) ||
            hardening.has(incident.category);
        if (answered)
            continue;
        // A date after this sweep is a typo (futureDates warns of it): it counts as older than
        // every sweep recorded, so the rail is never kept quiet by it.
        const future = today !== undefined && Date.parse(incident.date) > today;
        const since = (future ? history : history.filter((s) => s.time >= incident.date)).length + 1;
        recommendations.push({
            kind: 'hardening',
            category: incident.category,
            reason: `Incident "${incident.id}" (${incident.summary}): schedule a hardening prompt within two cycles.`,
        });
        if (since <= 2)
            continue;
        violations.push({
            rail: 'hardening-overdue',
            severity: 'warning',
            message: `Incident "${incident.id}" has had no hardening session for ${since} cycles (the playbook: within two).`,
            fix: 'Start a session of kind hardening in its category, or name it in `hardening:`.',
            ...atLocation(incident.location),
            category: incident.category,
        });
    }
    return { recommendations, violations };
}

;// CONCATENATED MODULE: ./src/planner/rules/capacity.ts


/** Without a surface (a library caller), a fix names the settings by what they are. */
const PLAIN_NAMES = {
    capacity: "the sweep's capacity setting",
    julesPlan: 'the Jules plan setting',
};
/**
 * Maximum concurrent sessions: 15.
 *
 * A capacity above what the account's plan runs at once is a number Jules never honours.
 * @rail schema
 * @test test/jules-account.test.ts > jules-plan free with a file capacity of 15: capacity 3, and a warning at the capacity: line
 */
function planCapacity({ backlog, settings, requestedCapacity, capacity, }) {
    if (!settings.julesPlan || requestedCapacity <= capacity)
        return {};
    const fromFile = settings.capacity === undefined;
    const where = fromFile ? backlog.locations.capacity : undefined;
    const names = settings.surface ?? PLAIN_NAMES;
    const violation = {
        rail: 'schema',
        severity: 'warning',
        message: `capacity ${requestedCapacity}${fromFile ? '' : ' (set for this sweep)'} is above the Jules ${settings.julesPlan} plan's ${capacity} concurrent sessions; the sweep counts against ${capacity}.`,
        fix: fromFile
            ? `Set \`capacity: ${capacity}\` in ${backlog.file}, or set ${names.julesPlan} to the plan the account has.`
            : `Lower ${names.capacity} to ${capacity}, or set ${names.julesPlan} to the plan the account has.`,
        ...(where
            ? { file: where.file, line: where.line, column: where.column }
            : { file: backlog.file }),
    };
    return { violations: [violation] };
}
/**
 * Maximum concurrent sessions: 15.
 *
 * Beside Copilot the file's capacity holds for both sources, and the Jules plan still caps the sessions Jules runs at once, account-wide.
 * @rail capacity-hard
 * @test test/sources.test.ts > beside Copilot, the Jules plan still caps Jules: more live Jules sessions than the plan runs is capacity-hard
 */
function julesOverPlan({ julesLive, limits, settings }) {
    if (julesLive === undefined || !limits || julesLive <= limits.concurrent)
        return {};
    const names = settings.surface ?? PLAIN_NAMES;
    const violation = {
        rail: 'capacity-hard',
        severity: 'error',
        message: `Jules runs ${julesLive} sessions across the account, over the Jules ${settings.julesPlan} plan's ${limits.concurrent} at once.`,
        fix: `Archive or finish ${julesLive - limits.concurrent} Jules session(s), or set ${names.julesPlan} to the plan the account has; start new work in Copilot meanwhile.`,
    };
    return { violations: [violation] };
}
/**
 * If capacity is hard-capped, finish the shortest path to a PR, not the most ambitious scope.
 *
 * The plan's daily limit: a warning from 80% of it; spent while prompts wait for a slot, an error,
 * since Jules starts no new session until the oldest task is a day old.
 * @rail daily-quota
 * @test test/jules-account.test.ts > with 15 sessions created in the last 24 hours and a prompt waiting, daily-quota is an error
 */
function capacity_dailyQuota({ quota, settings, waitingPrompts: waiting }) {
    if (!quota || quota.created < quota.limit * 0.8)
        return {};
    const { created, limit } = quota;
    const plan = settings.julesPlan;
    const frees = quota.freesAt ? `; ${freesText(quota)}` : '';
    const spent = created >= limit;
    const violation = {
        rail: 'daily-quota',
        severity: spent && waiting > 0 ? 'error' : 'warning',
        message: spent
            ? `The Jules ${plan} plan's daily quota is spent: ${created} / ${limit} tasks in the last 24 h${waiting > 0 ? `, and ${waiting} prompt(s) wait for a slot` : ''}${frees}.`
            : `${created} / ${limit} tasks of the Jules ${plan} plan's daily quota were used in the last 24 h${frees}.`,
        fix: spent
            ? 'Start no new session until a task frees: Jules refuses them. Ship and archive what runs meanwhile.'
            : `Keep the ${limit - created} task(s) left for the prompts that matter most (cold categories first).`,
    };
    return { violations: [violation] };
}
/** How a capacity finding counts the slots, and the exits it names, in the words of its fix. */
function slotWords({ slots, sessions, closeOrder, listed }) {
    const taken = slots.counted;
    const elsewhere = slots.account
        ? slots.account.otherRepositories.reduce((sum, o) => sum + o.live, 0) + slots.account.repoless
        : 0;
    // Where Jules runs more than the file lists, say both counts, and the rest of the account.
    const counted = elsewhere > 0
        ? `${taken} sessions hold the account's slots (this repository ${slots.account.thisRepository}, elsewhere in the account ${elsewhere})`
        : slots.jules !== null && slots.jules > slots.file
            ? `${taken} sessions hold slots (Jules runs ${slots.jules}, the file lists ${slots.file} active)`
            : `${taken} active sessions`;
    // The entry past the cap, when the file has one; Jules' extra sessions have no line.
    const place = (index) => (sessions[index] ? atSession(sessions[index]) : {});
    const exits = Math.min(Math.max(1, listed), closeOrder.length);
    // Name the first few exits; a long list belongs in the close order, not in one fix line.
    const shown = closeOrder.slice(0, Math.min(10, exits)).map((o) => `"${o.session.name}"`);
    const exitNames = `${shown.join(', ')}${exits > shown.length ? `, and ${exits - shown.length} more in the close order` : ''}`;
    return { taken, counted, place, exits, exitNames };
}
/**
 * Maximum concurrent sessions: 15.
 *
 * More slots taken than the cap (the account's, with Jules read): an error at the first entry past it, naming the fastest exits.
 * @rail capacity-hard
 * @test test/planner.test.ts > rail capacity-hard: more active sessions than the cap fails, at the first one over it
 */
function capacityHard(facts) {
    const { capacity } = facts;
    if (facts.slots.counted <= capacity)
        return {};
    const { taken, counted, place, exits, exitNames } = slotWords(facts);
    const over = taken - capacity;
    // The session entry past the cap is where the file overflows.
    const violation = {
        rail: 'capacity-hard',
        severity: 'error',
        message: `${counted} exceed the hard cap of ${capacity} by ${over}.`,
        fix: `Archive or merge ${over} session(s) before anything else; the fastest exits are ${exits > 0 ? exitNames : 'the sessions Jules runs untracked'}.`,
        ...place(capacity),
    };
    return { violations: [violation] };
}
/**
 * Ensure at least one slot stays free; if full, fast-track the nearest-to-finish session.
 *
 * The reserve slot is taken: a warning at the session that took it, naming the exits that free it.
 * @rail capacity
 * @test test/planner.test.ts > rail capacity: the reserve slot is taken (a warning at the session that took it)
 */
function freeSlot(facts) {
    const { capacity, reserve, freeSlotsNeeded: needed } = facts;
    if (needed === 0)
        return {};
    const { counted, place, exits, exitNames } = slotWords(facts);
    const violation = {
        rail: 'capacity',
        severity: 'warning',
        message: `${counted} take the reserve slot (capacity ${capacity}, reserve ${reserve}): ${needed} free slot(s) needed.`,
        fix: `Ship or archive ${exits > 0 ? exitNames : 'a session'} before opening a new prompt.`,
        ...place(capacity - reserve),
    };
    return { violations: [violation] };
}
/**
 * Never open a new prompt until at least one session is archived or merged.
 *
 * Sessions opened since the last sweep beyond the slots that were free or were freed.
 * @rail new-session-at-capacity
 * @test test/sweeps.test.ts > opening a session when no slot was free and nothing closed breaks new-session-at-capacity
 */
function newSessionAtCapacity({ movement }) {
    if (!movement)
        return {};
    return {
        violations: movement.openedOverCapacity.map((session) => ({
            rail: 'new-session-at-capacity',
            severity: 'error',
            message: `Session "${session.name}" was opened while no slot was free and nothing was archived or merged.`,
            fix: 'Archive or merge a session first, then open the new prompt.',
            ...atSession(session),
        })),
    };
}
/**
 * Watch for queue buildup (too many in “needs more work”); prioritize those with the fewest remaining steps.
 *
 * A note when more than half the capacity needs more work; the close order already puts the fewest remaining steps first.
 * @test test/planner.test.ts > says so when more than half the capacity needs more work
 */
function backpressure({ counts, capacity }) {
    if (counts.needsMoreWork <= capacity / 2)
        return {};
    return {
        notes: [
            `Backpressure: ${counts.needsMoreWork} of ${capacity} slots hold sessions that need more work; the close order already puts the fewest remaining steps first.`,
        ],
    };
}
/**
 * Select the fastest-to-finish session; enforce a 3-step sprint: stabilize → test → PR/merge.
 *
 * At capacity, the first session fast-tracked is named: the fastest path to a free slot.
 * @test test/rotation.test.ts > at capacity, the rapid-rescue candidate is named
 */
function rapidRescue({ freeSlotsNeeded, fastTracked }) {
    const first = fastTracked.values().next();
    if (freeSlotsNeeded === 0 || first.done)
        return {};
    const session = first.value;
    return {
        recommendations: [
            {
                kind: 'rapid-rescue',
                session: session.name,
                category: session.category,
                reason: `At capacity: sprint "${session.name}" through stabilise → test → PR/merge, the fastest path to a free slot.`,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/planner/rules/hygiene.ts




/** Problems in the file itself are the `schema` rail. */
function schemaViolations(diagnostics) {
    return diagnostics.map((error) => ({
        rail: 'schema',
        severity: error.severity,
        message: error.message,
        fix: error.fix ?? 'See schema/sessions.schema.json.',
        ...(error.location ? atLocation(error.location) : {}),
    }));
}
/**
 * JSON array of session objects
 *
 * The loader's warnings, and dates after this sweep, which count neither as movement nor age.
 * @rail schema
 * @test test/rotation.test.ts > a prompt added in the future is a warning at its line, aged from today (not stale)
 */
function schema({ backlog, now }) {
    return {
        violations: schemaViolations(backlog.warnings.concat((0,planner_movement/* futureDates */.zi)(backlog, now))),
    };
}
/**
 * If not ready: record the single highest-value next action (code, tests, docs, unblock).
 *
 * A session that needs more work, is not blocked and records no `next_action`: a warning at its line.
 * @rail missing-next-action
 * @test test/planner.test.ts > a session that needs more work without a next action is a warning at its line
 */
function missingNextAction({ sessions }) {
    const violations = [];
    // Indexed: a for-of makes an iterator result per session until the loop is optimised.
    for (let i = 0; i < sessions.length; i++) {
        const session = sessions[i];
        if (session.status !== 'needs-more-work' || session.blocked || session.nextAction)
            continue;
        violations.push(sessionViolation(session, 'missing-next-action', 'warning', `Session "${session.name}" needs more work but records no next action.`, 'Add `next_action:` with the single highest-value step (code, tests, docs, unblock).'));
    }
    return { violations };
}
/**
 * If PR already exists: archive the session after confirming status and follow-ups.
 *
 * Where the file and GitHub (or Jules) disagree: a warning on the session's line, one per code.
 * @rail drift
 * @test test/live.test.ts > a merged pull request archives its session and frees the slot
 */
function drift({ active, archived }) {
    const violations = [];
    for (const swept of [active, archived]) {
        for (let i = 0; i < swept.length; i++) {
            const { session, drift: found } = swept[i];
            for (let k = 0; k < found.length; k++) {
                const d = found[k];
                violations.push(sessionViolation(session, 'drift', 'warning', `Session "${session.name}": ${d.message} [${d.code}].`, DRIFT_FIX[d.code]));
            }
        }
    }
    return { violations };
}
/**
 * Sweep all active sessions (max 15).
 *
 * A session Jules runs that the file does not name takes a slot; a paused one is stalled too.
 * @rail drift
 * @test test/jules.test.ts > a live Jules session no entry names is jules-untracked: it takes a slot
 */
function julesUntracked({ untracked }) {
    const violations = [];
    for (const { kind, session: j } of untracked) {
        const about = findingAbout(kind, j);
        const code = kind.codes.untracked;
        violations.push({
            rail: 'drift',
            severity: 'warning',
            message: `${kind.label} ${kind.noun} ${(0,planner_jules/* julesLabel */.yV)(j)} is ${j.state} but no entry of the backlog names it: it takes a slot [${code}].`,
            fix: DRIFT_FIX[code],
            ...about,
        });
        if ((0,src_sources/* meaningOf */.Pr)(kind, j.state) !== 'paused')
            continue;
        violations.push({
            rail: 'stalled',
            severity: 'warning',
            message: `${kind.label} ${kind.noun} ${(0,planner_jules/* julesLabel */.yV)(j)} is ${j.state === 'PAUSED' ? 'paused' : j.state}, and no entry of the backlog names it.`,
            fix: `Resume it in ${kind.label} or stop it; if it stays, add it to the backlog with \`${kind.id}: <id>\`.`,
            ...about,
        });
    }
    return { violations };
}
/** Which live session a finding is about, when no entry of the file names it. */
const findingAbout = (kind, j) => kind.id === 'jules' ? { julesSession: j.id } : { copilotTask: j.id };
/**
 * Sweep all active sessions (max 15).
 *
 * The entry to add for a session Jules runs untracked, or the hint to stop it.
 * @test test/jules.test.ts > a live Jules session no entry names is jules-untracked: it takes a slot
 */
function trackSession({ untracked }) {
    return {
        recommendations: untracked.map(({ kind, session: j }) => ({
            kind: 'track-session',
            session: nameOf(j),
            url: j.url,
            reason: `Add it to the backlog with \`${kind.id}: ${j.id}\` (it is ${j.state} in ${kind.label} and takes a slot), or stop it in ${kind.label}.`,
        })),
    };
}
const DRIFT_FIX = {
    'pr-merged': 'Set `status: archived` in the backlog; the slot is already free.',
    'pr-closed': 'Reopen the pull request, or archive the session.',
    'pr-missing': 'Fix `pr:`, or give the token access to that repository.',
    'pr-ref-missing': 'Add `pr:` with the pull request number or URL.',
    'checks-failing': 'Fix the failing checks before shipping.',
    'checks-pending': 'Wait for the checks before shipping.',
    'changes-requested': 'Address the review, then ship.',
    'merge-conflict': 'Rebase or merge the base branch and resolve the conflict.',
    draft: 'Mark the pull request ready for review, or set the status to needs-more-work.',
    'jules-untracked': 'Add the session to the backlog with `jules: <id>`, or stop it in Jules; until then it takes a slot.',
    'jules-awaiting-input': 'Answer the agent in Jules: approve the plan or reply to its question.',
    'jules-failed': 'Archive the session and start a rescue prompt for what it left undone.',
    'jules-finished': 'Update the entry: pr-created with `pr:` when Jules opened one, otherwise archive it.',
    'jules-missing': 'Fix `jules:` (the id is in the session URL), or remove it if the session is gone.',
    'jules-archived': "Set the entry's `status: archived`; the session holds no slot in Jules.",
    'copilot-untracked': 'Add the task to the backlog with `copilot: <task id>`, or stop it in Copilot; until then it takes a slot.',
    'copilot-waiting': 'Answer the agent: reply to the task in Copilot.',
    'copilot-failed': 'Archive the session and start a rescue prompt for what the task left undone.',
    'copilot-finished': 'Update the entry: pr-created with `pr:` when Copilot opened one, otherwise archive it.',
    'copilot-missing': 'Fix `copilot:` (the task id is in the task URL), or remove it if the task is gone.',
    'copilot-archived': "Set the entry's `status: archived`; the task holds no slot.",
};

;// CONCATENATED MODULE: ./src/planner/heap.ts
/** A binary heap: the least element by `order` first. */
class MinHeap {
    order;
    items = [];
    constructor(order) {
        this.order = order;
    }
    push(item) {
        const items = this.items;
        items.push(item);
        for (let i = items.length - 1; i > 0;) {
            const parent = (i - 1) >> 1;
            if (this.order(items[i], items[parent]) >= 0)
                break;
            [items[i], items[parent]] = [items[parent], items[i]];
            i = parent;
        }
    }
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (items.length > 0 && last !== undefined) {
            items[0] = last;
            for (let i = 0;;) {
                const left = 2 * i + 1;
                const right = left + 1;
                let least = i;
                if (left < items.length && this.order(items[left], items[least]) < 0)
                    least = left;
                if (right < items.length && this.order(items[right], items[least]) < 0)
                    least = right;
                if (least === i)
                    break;
                [items[i], items[least]] = [items[least], items[i]];
                i = least;
            }
        }
        return top;
    }
}

;// CONCATENATED MODULE: ./src/planner/rules/rotation.ts
// The rotation model and its backfill discipline: what goes into a free slot, which category the
// fast lane serves, and which prompts wait, need a refill or must be replaced.


const rotation_DAY_MS = 86_400_000;
/** The categories the playbook names as never to starve. */
const NEVER_STARVE = ['Security', 'Data Integrity', 'Golden Path'];
/**
 * If a category is “cold” (no movement in the last two sweeps), pick from that backlog even if lower priority.
 * @rail cold-category
 * @test test/planner.test.ts > rail cold-category fails the plan and points at the category in the file when listed
 */
function coldCategory({ backlog, coldCategories, covered, priority, settings, }) {
    const sweeps = settings.movement?.coldAfterSweeps;
    const violations = coldCategories.map((category) => {
        const location = backlog.locations.categories?.[priority.get(category) ?? -1];
        const why = covered.has(category)
            ? `none of its active sessions moved${sweeps ? ` in the last ${sweeps} sweeps` : ''}`
            : 'no active session covers it';
        return {
            rail: 'cold-category',
            severity: 'error',
            message: `Category "${category}" is cold: ${why}.`,
            fix: `Start the next ${category} prompt (pick from a cold category's backlog even if it is lower priority).`,
            ...(location ? atLocation(location) : {}),
            category,
        };
    });
    return { violations };
}
/**
 * After closing a PR in any category, immediately enqueue the next prompt from that category.
 *
 * Queued for its category (and so not handed out again by `start-prompt`); which open slot goes to
 * which category is decided by need, so the queue never starves a cold category.
 * @test test/rotation.test.ts > after a session closes, enqueue the next prompt from its category
 */
function enqueueAfterClose({ last, sessions, prompts }) {
    if (!last)
        return {};
    const open = new Set(sessions.map((s) => s.name));
    const recommendations = [];
    for (const [name, before] of Object.entries(last.sessions)) {
        if (before.status === 'archived' || open.has(name))
            continue;
        const prompt = prompts.take(before.category);
        recommendations.push({
            kind: 'enqueue',
            category: before.category,
            session: name,
            ...(prompt ? { prompt: prompt.id } : {}),
            reason: `"${name}" closed since the last sweep: "immediately enqueue the next prompt from that category"${prompt || !prompts.kept ? '' : ', but its active backlog is empty'}.`,
        });
    }
    return { recommendations };
}
/**
 * Immediately start the next priority prompt when a slot is open.
 *
 * With "never let a category go cold": each open slot goes to the category that is cold, else the
 * one with the fewest sessions still moving after this cycle (an exit or a last step leaves soon),
 * then priority.
 * @test test/rotation.test.ts > cold categories first, then the priority order, from each active backlog
 */
function startPrompt({ openSlots, sessions, coldCategories, priority, prompts, }) {
    if (openSlots <= 0)
        return {};
    // Without a prompt to hand out, there is no need to weigh: the sessions go uncounted.
    const usable = [];
    for (const entry of priority)
        if (prompts.peek(entry[0]))
            usable.push(entry);
    if (usable.length === 0)
        return { recommendations: [] };
    const cold = new Set(coldCategories);
    const lasting = new Map();
    // Indexed: a for-of makes an iterator result per session until the loop is optimised.
    for (let i = 0; i < sessions.length; i++) {
        const s = sessions[i];
        const leaving = s.blocked || s.remainingSteps <= 1 || s.status === 'pr-ready' || s.status === 'pr-created';
        if (!leaving)
            lasting.set(s.category, (lasting.get(s.category) ?? 0) + 1);
    }
    const assigned = new Map();
    const need = (category) => 
    // Cold comes first, for one prompt: then the category is warm again.
    (cold.has(category) && !assigned.has(category) ? -1 : 0) * 1000 +
        (lasting.get(category) ?? 0) +
        (assigned.get(category) ?? 0);
    // The categories with a usable prompt, least need first, then priority: a heap, so each slot
    // costs a logarithm of the categories, not a sort of them.
    const queue = new MinHeap((a, b) => a.need - b.need || a.order - b.order);
    for (const [category, order] of usable)
        queue.push({ category, need: need(category), order });
    const recommendations = [];
    for (let slots = openSlots; slots > 0; slots--) {
        const top = queue.pop();
        if (!top)
            break;
        const { category } = top;
        const prompt = prompts.take(category);
        assigned.set(category, (assigned.get(category) ?? 0) + 1);
        if (prompts.peek(category))
            queue.push({ ...top, need: need(category) });
        recommendations.push({
            kind: 'start-prompt',
            category,
            prompt: prompt.id,
            reason: cold.has(category)
                ? `${category} is cold: "pick from that backlog even if lower priority".`
                : `A slot is open: "immediately start the next priority prompt", keeping ${category} warm (${prompt.title}).`,
        });
    }
    return { recommendations };
}
/**
 * Rotate the fast lane among categories so security/data/golden-path items do not starve.
 *
 * The least recently used category first, never-starve categories next, then priority.
 * @test test/rotation.test.ts > rotates among categories, and security, data and golden path never starve
 */
function fastLane({ history, backlog, priority, reserve }) {
    // Without a reserve slot there is no fast lane to rotate.
    if (reserve <= 0)
        return {};
    const used = history.map((s) => s.fastLane).filter((c) => Boolean(c));
    const lastUsed = new Map();
    used.forEach((c, i) => lastUsed.set(c, i));
    const lastUse = (c) => lastUsed.get(c) ?? -1;
    const laneOrder = (a, b) => lastUse(a) - lastUse(b) ||
        Number(!NEVER_STARVE.includes(a)) - Number(!NEVER_STARVE.includes(b)) ||
        priority.get(a) - priority.get(b);
    let lane;
    for (const c of backlog.categories)
        if (lane === undefined || laneOrder(c, lane) < 0)
            lane = c;
    if (!lane)
        return {};
    return {
        recommendations: [
            {
                kind: 'fast-lane',
                category: lane,
                reason: `The fast-lane slot goes to ${lane} next${used.length > 0 ? ` (last used by ${used.at(-1)})` : ''}: "rotate the fast lane among categories".`,
            },
        ],
    };
}
/**
 * Maintain an active and reserve backlog per category; pull from active, refill from reserve weekly.
 *
 * An empty active list is refilled from reserve; the first sweep of a week promotes reserve.
 * @test test/rotation.test.ts > the first sweep of a new week promotes reserve prompts; other sweeps do not
 */
function refill({ prompts, last, today }, category) {
    if (!prompts.kept)
        return {};
    const group = prompts.of(category);
    if (!group || !group.active.some((p) => !p.obsolete)) {
        const reason = group?.reserve.length
            ? `The active backlog of ${category} is empty: refill it from reserve.`
            : `${category} has no prompts waiting: add some, so the next slot has one.`;
        return { recommendations: [{ kind: 'refill', category, reason }] };
    }
    // A new week needs an earlier sweep to be new against.
    const newWeek = today !== undefined && last !== undefined && isoWeek(Date.parse(last.time)) !== isoWeek(today);
    if (!newWeek || group.reserve.length === 0)
        return {};
    const reason = `A new week: "refill from reserve weekly" (${group.reserve.length} waiting in ${category}).`;
    return { recommendations: [{ kind: 'promote-reserve', category, reason }] };
}
/**
 * If a prompt becomes obsolete, replace it with a fresher variant before the next sweep.
 *
 * Obsolete and stale prompts, active or in reserve, are replaced before the next sweep.
 * @rail stale-prompt
 * @test test/rotation.test.ts > an obsolete prompt or one older than 30 days must be replaced: a stale-prompt warning
 */
function stalePrompt({ prompts, ageOf, stalePromptDays }, category) {
    const group = prompts.of(category);
    if (!group)
        return {};
    const recommendations = [];
    const violations = [];
    for (const prompt of group.active.concat(group.reserve)) {
        const age = ageOf(prompt);
        if (!prompt.obsolete && age <= stalePromptDays)
            continue;
        const why = prompt.obsolete ? 'is marked obsolete' : `is ${age} days old`;
        recommendations.push({
            kind: 'replace-prompt',
            category,
            prompt: prompt.id,
            reason: `Prompt "${prompt.id}" ${why}: "replace it with a fresher variant before the next sweep".`,
        });
        violations.push({
            rail: 'stale-prompt',
            severity: 'warning',
            message: `Prompt "${prompt.id}" ${why}.`,
            fix: 'Replace it with a fresher variant before the next sweep.',
            ...atLocation(prompt.location),
            category,
        });
    }
    return { recommendations, violations };
}
/** The ISO year and week of a time, as one number. */
function isoWeek(time) {
    const date = new Date(time);
    const day = (date.getUTCDay() + 6) % 7;
    date.setUTCDate(date.getUTCDate() - day + 3);
    const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
    const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * rotation_DAY_MS));
    return date.getUTCFullYear() * 100 + week;
}

;// CONCATENATED MODULE: ./src/planner/rules/stalls.ts


/**
 * If two cycles pass without movement, start a short-lived rescue or unblocker session.
 *
 * Quiet for `cold-after-sweeps` sweeps in the ledger, blocked or not.
 * @rail stalled
 * @test test/sweeps.test.ts > a session with no movement for two sweeps is stalled, and gets a rescue
 */
function stalled({ movement, coldAfterSweeps }) {
    if (!movement)
        return {};
    const violations = [];
    for (const [session, quiet] of movement.quiet) {
        if (quiet < coldAfterSweeps)
            continue;
        violations.push(sessionViolation(session, 'stalled', 'warning', `Session "${session.name}" has not moved in ${quiet} sweep(s).`, session.blocked
            ? 'Escalate the blocker with a proposed mitigation, or start a short-lived unblocker session.'
            : 'Trim it to a shippable slice, or start a short-lived rescue session (stabilise → test → PR).'));
    }
    return { violations };
}
/**
 * Re-evaluate scope; trim to a shippable slice that still moves the main objective.
 *
 * A session Jules has paused is stalled whatever the ledger says.
 * @rail stalled
 * @test test/jules.test.ts > PAUSED is active and stalled
 */
function pausedInJules({ active }) {
    const paused = active.filter((s) => s.paused);
    return {
        violations: paused.map(({ session, agent }) => ({
            rail: 'stalled',
            severity: 'warning',
            message: agent.kind === src_sources/* JULES */.M7
                ? `Session "${session.name}" is paused in Jules (${agent.session.id}).`
                : `Session "${session.name}" is ${agent.session.state} in ${agent.kind.label} (${agent.session.id}).`,
            fix: `Resume it in ${agent.kind.label}, trim it to a shippable slice, or start a short-lived rescue session.`,
            ...atSession(session),
        })),
    };
}
/**
 * Continuous forward motion: every cycle either closes a PR or advances a session with a concrete, high-value step.
 *
 * "Answer the agent" comes before anything else: a person is what holds these sessions, tracked in
 * the file or not.
 * @test test/jules.test.ts > waiting on a person: the first recommendations are to answer the agent, with its URL
 */
function answerAgent({ active, untracked }) {
    const waiting = (kind, j) => kind === src_sources/* JULES */.M7
        ? j.state === 'AWAITING_PLAN_APPROVAL'
            ? `Jules is waiting for its plan to be approved: review it at ${j.url}.`
            : `Jules asked a question and waits for an answer: reply at ${j.url}.`
        : `${kind.label} asked for input and waits for an answer: reply at ${j.url}.`;
    const recommendations = [];
    // Indexed: a for-of makes an iterator result per session until the loop is optimised.
    for (let i = 0; i < active.length; i++) {
        const { session, agent, awaitingInput } = active[i];
        if (!awaitingInput || !agent)
            continue;
        recommendations.push({
            kind: 'answer-agent',
            session: session.name,
            category: session.category,
            url: agent.session.url,
            reason: waiting(agent.kind, agent.session),
        });
    }
    for (const { kind, session: j } of untracked) {
        if ((0,src_sources/* meaningOf */.Pr)(kind, j.state) !== 'needs-person')
            continue;
        const session = nameOf(j);
        recommendations.push({ kind: 'answer-agent', session, url: j.url, reason: waiting(kind, j) });
    }
    return { recommendations };
}
/**
 * If two cycles pass without movement, start a short-lived rescue or unblocker session.
 *
 * A rescue session is the rescue: it is not told to start another; a blocked one needs an
 * unblocker.
 * @test test/rotation.test.ts > a session stalled for two sweeps gets a rescue, not before
 */
function rescueStalled({ movement, coldAfterSweeps }) {
    if (!movement)
        return {};
    const recommendations = [];
    for (const [session, quiet] of movement.quiet) {
        const helper = session.kind === 'rescue' || session.kind === 'unblocker';
        if (quiet < coldAfterSweeps || session.blocked || helper)
            continue;
        recommendations.push({
            kind: 'rescue',
            session: session.name,
            category: session.category,
            reason: `No movement in ${quiet} sweeps: start a short-lived rescue session (stabilise → test → PR).`,
        });
    }
    return { recommendations };
}
/**
 * If multiple sessions are blocked in the same area, spin up a short-lived unblocker session to clear the path.
 *
 * Two or more blocked in one category, and no unblocker session there yet.
 * @test test/rotation.test.ts > two sessions blocked in one category get one unblocker
 */
function unblocker({ sessions }) {
    const blockedBy = new Map();
    const unblocking = new Set();
    for (let i = 0; i < sessions.length; i++) {
        const s = sessions[i];
        if (s.kind === 'unblocker')
            unblocking.add(s.category);
        if (!s.blocked)
            continue;
        const same = blockedBy.get(s.category);
        if (same)
            same.push(s);
        else
            blockedBy.set(s.category, [s]);
    }
    const recommendations = [];
    for (const [category, blocked] of blockedBy) {
        if (blocked.length < 2 || unblocking.has(category))
            continue;
        recommendations.push({
            kind: 'unblocker',
            category,
            reason: `${blocked.length} sessions are blocked in ${category} (${blocked.map((s) => s.name).join(', ')}): spin up one short-lived unblocker session.`,
        });
    }
    return { recommendations };
}
/**
 * Escalate aging blockers after two cycles with a proposed mitigation or dependency owner.
 *
 * Blocked in this sweep and in the sweeps before it, more than two cycles in all.
 * @rail blocker-aging
 * @test test/rotation.test.ts > a blocker older than two cycles is escalated, with its text and age
 */
function blockerAging({ sessions, history }) {
    const violations = [];
    for (let k = 0; k < sessions.length; k++) {
        const session = sessions[k];
        if (!session.blocked)
            continue;
        let cycles = 1;
        for (let i = history.length - 1; i >= 0; i--) {
            const before = Object.hasOwn(history[i].sessions, session.name)
                ? history[i].sessions[session.name]
                : undefined;
            if (!before || !(before.blocked ?? before.status === 'blocked'))
                break;
            cycles++;
        }
        if (cycles <= 2)
            continue;
        violations.push(sessionViolation(session, 'blocker-aging', 'warning', `Session "${session.name}" has been blocked for ${cycles} cycles: ${session.blocker ?? 'unspecified'}.`, 'Escalate with a proposed mitigation or a dependency owner ("escalate aging blockers after two cycles").'));
    }
    return { violations };
}
/**
 * If two cycles pass without movement, start a short-lived rescue or unblocker session.
 *
 * A session Jules failed on is archived, and what is left goes to a rescue prompt.
 * @test test/jules.test.ts > COMPLETED without a pull request and FAILED are archive candidates; FAILED gets a rescue
 */
function rescueFailed({ active }) {
    return {
        recommendations: active
            .filter((s) => s.failed && s.agent)
            .map(({ session, agent }) => ({
            kind: 'rescue',
            session: session.name,
            category: session.category,
            url: agent.session.url,
            reason: `${agent.kind.label} failed on it: archive it and start a short-lived rescue prompt (stabilise → test → PR) for what is left.`,
        })),
    };
}

;// CONCATENATED MODULE: ./src/planner/rules/index.ts






/** One module per family: a rule's family is the module that exports it. */
const FAMILIES = { capacity: capacity_namespaceObject, rotation: rotation_namespaceObject, cadence: cadence_namespaceObject, stalls: stalls_namespaceObject, hygiene: hygiene_namespaceObject };
const RULES = [
    // The file, then the slots: what must be fixed before anything is started.
    schema,
    planCapacity,
    capacity_dailyQuota,
    capacityHard,
    julesOverPlan,
    freeSlot,
    backpressure,
    coldCategory,
    missingNextAction,
    drift,
    stalled,
    newSessionAtCapacity,
    pausedInJules,
    julesUntracked,
    // A person's answer first, then what fills the open slots, then what needs help.
    answerAgent,
    enqueueAfterClose,
    startPrompt,
    fastLane,
    upgradeCadence,
    hardeningAfterIncident,
    byCategory(refill, stalePrompt),
    blockerAging,
    rescueStalled,
    unblocker,
    rapidRescue,
    rescueFailed,
    trackSession,
];
/** Runs the rules in order over the facts of one sweep. */
function applyRules(facts, rules = RULES) {
    const all = nothingFound();
    for (const rule of rules)
        collect(all, rule(facts));
    return all;
}

;// CONCATENATED MODULE: ./src/planner/plan.ts













function buildPlan(file, settings = {}, live) {
    // A prompt an agent already runs (its marker on a session, or the ledger's record of the
    // start) is an entry of its category.
    const recorded = (0,ledger/* recordedStarts */.e)(settings.movement?.ledger);
    // One whose session is gone altogether is started work too: never offered again.
    const { backlog, notes: recordedNotes } = (0,dispatch/* withoutRecordedStarts */.Cz)((0,dispatch/* startedPromptsAsEntries */.PC)(file, { jules: live?.jules, copilot: live?.copilot }, recorded), recorded, (0,dispatch/* promptIds */.$C)(file.prompts));
    const facts = sweepFacts(backlog, settings, live);
    const found = applyRules(facts);
    const { limits, quota, movement, sources } = facts;
    const copilot = sources.find((s) => s.kind === src_sources/* COPILOT */.$o);
    const violations = withSeverity(found.violations, new Set(settings.failOn ?? DEFAULT_FAIL_ON), movement);
    // The fast lane is kept in the ledger, so the next sweep rotates on from it.
    const fastLane = found.recommendations.find((r) => r.kind === 'fast-lane')?.category;
    return {
        schemaVersion: PLAN_SCHEMA_VERSION,
        source: { file: backlog.file, format: backlog.format },
        capacity: facts.capacity,
        reserve: facts.reserve,
        categories: backlog.categories,
        counts: facts.counts,
        slots: facts.slots,
        freeSlotsNeeded: facts.freeSlotsNeeded,
        ...(settings.julesPlan && limits
            ? {
                julesPlan: {
                    name: settings.julesPlan,
                    concurrent: limits.concurrent,
                    dailyTasks: limits.dailyTasks,
                    requestedCapacity: facts.requestedCapacity,
                },
            }
            : {}),
        ...(quota ? { dailyQuota: quota } : {}),
        closeOrder: plannedOrder(facts),
        closeFirst: facts.closeOrder.slice(0, facts.listed).map((o) => o.session.name),
        archived: facts.archived.map(archivedEntry),
        coldCategories: facts.coldCategories,
        notes: [
            ...found.notes,
            ...recordedNotes,
            ...(movement ? [movement.note] : []),
            ...sources.flatMap(({ kind, input }) => input.warning ? [`${kind.label}: ${input.warning}.`] : []),
        ],
        violations,
        verdict: verdictOf(violations),
        api: live?.api ?? OFFLINE,
        jules: sourceReport(sources.find((s) => s.kind === src_sources/* JULES */.M7)),
        ...(copilot ? { copilot: sourceReport(copilot) } : {}),
        ...(movement ? { cycle: movement.cycle, movement: movement.mode } : {}),
        recommendations: found.recommendations,
        ...(fastLane ? { fastLane } : {}),
    };
}
/** An archived entry as the plan lists it: where it is, and what GitHub said of it. */
function archivedEntry({ session, drift, live }) {
    const entry = {
        name: session.name,
        category: session.category,
        location: session.location,
        drift,
        actions: session.actions,
    };
    if (session.started)
        entry.started = session.started;
    if (live)
        entry.live = live;
    return entry;
}
/** Each session of the close order with its decision, and how long it has been quiet. */
function plannedOrder({ closeOrder, fastTracked, movement }) {
    const planned = [];
    const reasons = new Reasons();
    // Indexed: a for-of makes an iterator result per session until the loop is optimised.
    for (let i = 0; i < closeOrder.length; i++) {
        const swept = closeOrder[i];
        const one = planSession(swept, fastTracked.has(swept.session), reasons);
        const quiet = movement?.quiet.get(swept.session);
        if (quiet !== undefined)
            one.quietSweeps = quiet;
        planned.push(one);
    }
    return planned;
}
/**
 * Rail severity follows `fail-on`; file problems keep their own. With a ledger, a finding the
 * last sweep did not have is `introduced`. The rules made these findings for this plan alone, so
 * each is completed where it stands rather than copied.
 */
function withSeverity(found, failOn, movement) {
    const previous = movement?.previousViolations;
    for (let i = 0; i < found.length; i++) {
        const v = found[i];
        v.severity = railSeverity(v, failOn);
        if (previous)
            v.introduced = !previous.has((0,ledger/* violationKey */.vW)(v));
    }
    return found;
}
function sourceReport(read) {
    if (!read)
        return { enabled: false, requests: 0, retries: 0, sessions: 0, live: 0, untracked: [] };
    const { kind, input, links } = read;
    const repository = input.repository;
    const here = input.sessions.filter((j) => !repository || (0,planner_sessions/* isOfRepository */.iI)(j.source, repository));
    return {
        enabled: input.enabled,
        requests: input.requests,
        retries: input.retries,
        sessions: here.length,
        live: links ? here.filter((j) => (0,planner_sessions/* takesSlotIn */.a4)(kind, j)).length : 0,
        untracked: links?.untracked ?? [],
        ...(input.failure ? { failure: input.failure } : {}),
        ...(input.skipped ? { skipped: input.skipped } : {}),
    };
}


/***/ }),

/***/ 6411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ applySession),
/* harmony export */   Mo: () => (/* binding */ holdsSlotIn),
/* harmony export */   a4: () => (/* binding */ takesSlotIn),
/* harmony export */   fp: () => (/* binding */ withSessionPulls),
/* harmony export */   iI: () => (/* binding */ isOfRepository),
/* harmony export */   kT: () => (/* binding */ linkSessions),
/* harmony export */   lG: () => (/* binding */ pullKeyOfUrl),
/* harmony export */   lx: () => (/* binding */ liveLabel),
/* harmony export */   tW: () => (/* binding */ idsToLookUpIn)
/* harmony export */ });
/* unused harmony exports pullKeyOfRef, refOfUrl */
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4692);

/** A session of this source holds a slot in its state (archived or not). */
const holdsSlotIn = (kind, state) => (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .holdsSlotMeaning */ .iw)((0,_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .meaningOf */ .Pr)(kind, state));
/** A session that holds one of the slots: live, and not archived. */
const takesSlotIn = (kind, s) => !s.archived && holdsSlotIn(kind, s.state);
/**
 * `sources/github/owner/repo`, or the older `sources/github-owner-repo`, in any case. The older
 * form cannot be split when a name holds `-` (`github-my-org-my-repo` is `my-org/my-repo` or
 * `my/org-my-repo`), so it matches only the exact `owner-repo`, never a part of it.
 */
function isOfRepository(source, repository) {
    const wanted = [
        `sources/github/${repository.owner}/${repository.repo}`,
        `sources/github-${repository.owner}-${repository.repo}`,
    ].map((s) => s.toLowerCase());
    return wanted.includes(source.toLowerCase());
}
/** owner/repo#n, lower-cased; undefined when the repository is not known. */
function pullKeyOfRef(ref, repository) {
    const owner = ref.owner ?? repository?.owner;
    const repo = ref.repo ?? repository?.repo;
    return owner && repo ? `${owner}/${repo}#${ref.number}`.toLowerCase() : undefined;
}
/**
 * A pull request reference for a session's pull request URL, as `pr:` would hold it: any case,
 * and a page of the pull request (`/files`, `#discussion…`) is the pull request.
 */
function refOfUrl(url) {
    const match = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\/pull\/(\d+)(?:[/?#].*)?$/i.exec(url);
    return match ? { owner: match[1], repo: match[2], number: Number(match[3]), url } : undefined;
}
/** `owner/repo#n` of a pull request's URL, lower-cased, so two spellings of one compare equal. */
function pullKeyOfUrl(url) {
    const ref = refOfUrl(url);
    return ref ? pullKeyOfRef(ref, undefined) : undefined;
}
/**
 * An entry names its session by id (`jules:`, `copilot:`); failing that, a session of the source,
 * of any repository, whose pull requests hold the entry's pull request is the same work. Nothing
 * is linked twice, and an entry another source already links (`taken`) is left to it.
 */
function linkSessions(kind, sessions, live, repository, notFound = [], taken = new Set()) {
    const byId = new Map(live.map((j) => [j.id, j]));
    const gone = new Set(notFound);
    const ofHere = (j) => !repository || isOfRepository(j.source, repository);
    const linked = new Map();
    const used = new Set();
    const missing = [];
    for (const session of sessions) {
        const id = kind.entryId(session);
        if (id === undefined)
            continue;
        const found = byId.get(id);
        if (found && !used.has(found)) {
            linked.set(session, found);
            used.add(found);
        }
        else if (!found && gone.has(id)) {
            missing.push(session);
        }
    }
    // A pull request's URL names its repository, so any session of the source may be the one an
    // entry's `pr:` names (a backlog here may track pull requests of another repository).
    const byPull = new Map();
    for (const j of live) {
        if (used.has(j) || j.archived)
            continue;
        for (const url of j.pullRequests) {
            const key = pullKeyOfUrl(url);
            if (key && !byPull.has(key))
                byPull.set(key, j);
        }
    }
    for (const session of sessions) {
        if (linked.has(session) || taken.has(session) || !session.pr)
            continue;
        if (session.jules !== undefined || session.copilot !== undefined)
            continue;
        const key = pullKeyOfRef(session.pr, repository);
        const found = key ? byPull.get(key) : undefined;
        if (found && !used.has(found)) {
            linked.set(session, found);
            used.add(found);
        }
    }
    const untracked = live.filter((j) => !used.has(j) && takesSlotIn(kind, j) && ofHere(j));
    return { linked, missing, untracked };
}
/**
 * Entries with the pull request their agent opened, where the file names none, so GitHub can look
 * it up. A list that could not be read links nothing; Jules links before Copilot.
 */
function withSessionPulls(sessions, reads) {
    const opened = new Map();
    for (const read of reads) {
        if (!read?.enabled || read.failure)
            continue;
        const kind = _sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SOURCE_KINDS */ .s1[(0,_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sourceOf */ .vz)(read)];
        const taken = new Set(opened.keys());
        const { linked } = linkSessions(kind, sessions, read.sessions, read.repository, read.notFound, taken);
        for (const [entry, live] of linked)
            opened.set(entry, live);
    }
    if (opened.size === 0)
        return sessions;
    return sessions.map((session) => {
        const url = opened.get(session)?.pullRequests[0];
        const ref = url !== undefined && !session.pr ? refOfUrl(url) : undefined;
        return ref ? { ...session, pr: ref } : session;
    });
}
/**
 * The ids worth asking a source for one by one when its lists leave them out: those of entries
 * still active, the head's before a base's, so a cap on lookups never leaves an entry that counts
 * waiting behind one that does not. Each once.
 */
function idsToLookUpIn(kind, ...files) {
    const ids = files.flatMap((sessions) => sessions.flatMap((s) => {
        const id = kind.entryId(s);
        return s.status !== 'archived' && id !== undefined ? [id] : [];
    }));
    return [...new Set(ids)];
}
function applySession(kind, declared, j) {
    let session = declared;
    const effect = {
        session,
        drift: [],
        awaitingInput: false,
        paused: false,
        failed: false,
    };
    const label = (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sessionLabel */ .pn)(kind, j);
    // Archived in its service: the session holds no slot, and the entry is done with.
    if (j.archived) {
        if (session.status !== 'archived') {
            effect.drift.push({
                code: kind.codes.archived,
                message: `archived in ${kind.label} (${label}): set the entry's status to archived`,
            });
            effect.session = { ...session, status: 'archived', statusText: 'archived' };
        }
        return effect;
    }
    // The pull request the agent opened is the entry's, when the file names none.
    const opened = j.pullRequests[0];
    const openedRef = opened !== undefined && !session.pr ? refOfUrl(opened) : undefined;
    if (openedRef)
        effect.session = session = { ...session, pr: openedRef };
    const meaning = (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .meaningOf */ .Pr)(kind, j.state);
    if (session.status === 'archived') {
        if ((0,_sources_index_js__WEBPACK_IMPORTED_MODULE_0__/* .holdsSlotMeaning */ .iw)(meaning)) {
            effect.drift.push({
                code: kind.codes.untracked,
                message: `archived in the file, but ${label} is still ${j.state}: it takes a slot`,
            });
        }
        return effect;
    }
    if (meaning === 'needs-person') {
        effect.awaitingInput = true;
        effect.drift.push({
            code: kind.codes.awaiting,
            message: `${label} ${kind.waitingFor(j.state)}`,
        });
    }
    else if (meaning === 'paused') {
        effect.paused = true;
    }
    else if (meaning === 'failed') {
        effect.failed = true;
        const how = j.state.toLowerCase() === 'failed' ? 'failed' : `ended ${j.state}`;
        effect.drift.push({ code: kind.codes.failed, message: `${label} ${how}` });
        effect.exit = `${kind.label} failed on this ${kind.noun}: archive it, and start a rescue prompt for what is left.`;
    }
    else if (meaning === 'finished') {
        const url = j.pullRequests[0];
        const how = j.state === 'cancelled' ? 'was cancelled' : 'completed';
        if (url !== undefined) {
            if (session.status !== 'pr-created') {
                effect.drift.push({
                    code: kind.codes.finished,
                    message: `the file says ${session.status}, but ${label} ${how} with pull request ${url}`,
                });
            }
            // The agent finished: whatever blocked the entry no longer holds the slot.
            effect.session = {
                ...session,
                blocked: false,
                status: 'pr-created',
                statusText: 'pr-created',
                remainingSteps: 0,
            };
        }
        else {
            effect.drift.push({
                code: kind.codes.finished,
                message: `the file says ${session.status}, but ${label} ${how} without a pull request`,
            });
            effect.exit = `${kind.label} ${how} without a pull request: archive the session, or start a follow-up prompt.`;
        }
    }
    return effect;
}
/** The live session as text for a person: its title, or its id. */
const liveLabel = (j) => j.title.trim() !== '' ? `"${j.title}" (${j.id})` : j.id;


/***/ }),

/***/ 1590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ julesPlanLine),
/* harmony export */   k: () => (/* binding */ slotsLine)
/* harmony export */ });
/* harmony import */ var _planner_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1551);
// The capacity lines every report shares: the account's slots by where they run, and the Jules
// plan's limits. Repository names come from Jules, so the caller's escape is applied to them.

/**
 * "15 / 15 slots: this repository 10, other repositories 4 (acme/web 3, acme/api 1), repoless 1;
 * the file 9 active"; with Copilot read too, this repository's part by source ("this repository
 * 13 (Jules 9, Copilot 4)"); with Copilot alone, "5 / 15 slots: Copilot 4; the file 5 active";
 * with neither, "12 / 15 active".
 */
function slotsLine({ slots, capacity, counts }, escape) {
    const account = slots.account;
    const copilot = slots.copilot;
    if (!account) {
        if (copilot === undefined)
            return `${counts.active} / ${capacity} active`;
        return `${slots.counted} / ${capacity} slots: Copilot ${copilot}; the file ${slots.file} active`;
    }
    const others = account.otherRepositories;
    const elsewhere = others.reduce((sum, o) => sum + o.live, 0);
    const each = others.length > 0
        ? ` (${others.map((o) => `${escape(o.repository)} ${o.live}`).join(', ')})`
        : '';
    const bySource = copilot !== undefined ? ` (Jules ${slots.jules ?? 0}, Copilot ${copilot})` : '';
    return `${slots.counted} / ${capacity} slots: this repository ${account.thisRepository}${bySource}, other repositories ${elsewhere}${each}, repoless ${account.repoless}; the file ${slots.file} active`;
}
/**
 * "Jules pro plan: 15 at once, 100 tasks a day; tasks in the last 24 h: 12 / 100; the oldest
 * frees a task at 14:05 UTC", or undefined without `jules-plan`.
 */
function julesPlanLine({ julesPlan, dailyQuota, capacity }) {
    if (!julesPlan)
        return undefined;
    const parts = [
        `Jules ${julesPlan.name} plan: ${julesPlan.concurrent} at once, ${julesPlan.dailyTasks} tasks a day`,
    ];
    if (julesPlan.requestedCapacity > capacity) {
        parts.push(`capacity ${capacity} (the file asks for ${julesPlan.requestedCapacity})`);
    }
    if (dailyQuota) {
        parts.push(`tasks in the last 24 h: ${dailyQuota.created} / ${dailyQuota.limit}${dailyQuota.freesAt ? `; ${(0,_planner_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .freesText */ .Xc)(dailyQuota)}` : ''}`);
    }
    return parts.join('; ');
}


/***/ }),

/***/ 5272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _O: () => (/* binding */ dispatchText),
/* harmony export */   mX: () => (/* binding */ dispatchMarkdown)
/* harmony export */ });
/* unused harmony export callText */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);

/** A call as dry-run prints it: the method, the path and the body; never the key. */
const callText = (c) => `${c.method} ${c.path} ${JSON.stringify(c.body)}`;
const link = (text, url) => /^https:\/\//.test(url)
    ? `<a href="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(url.replaceAll('|', '%7C'))}">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(text)}</a>`
    : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(text);
/** Markdown lines for the top of the summary; none when dispatch was off. */
function dispatchMarkdown(plan) {
    const d = plan.dispatch;
    if (!d)
        return [];
    const out = [];
    if (d.needsYou.length > 0) {
        out.push('> [!IMPORTANT]', `> **Needs you:** ${d.needsYou.map((n) => `${link(n.title || n.session, n.url)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(n.state)})`).join(' · ')}`, '');
    }
    out.push(`### Dispatched${d.mode === 'dry-run' ? ' (dry-run: nothing was sent)' : ''}`, '');
    if (d.refused) {
        out.push(`> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownLine */ .B)(d.refused)}.`, '');
        return out;
    }
    const started = d.started.map((s) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(s.prompt)} → ${link(s.session, s.url)}`);
    out.push(`- **Started:** ${started.length > 0 ? started.join(' · ') : 'none'}`);
    const archived = d.archived.map((a) => `${link(a.session, a.url)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(a.pullRequest)} merged)`);
    out.push(`- **Archived:** ${archived.length > 0 ? archived.join(' · ') : 'none'}`);
    if (d.approved.length > 0) {
        out.push(`- **Plan approved:** ${d.approved.map((a) => `${link(a.session, a.url)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(a.prompt)})`).join(' · ')}`);
    }
    for (const s of d.skipped)
        out.push(`- **Skipped** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(s.prompt)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(s.reason)}`);
    if (d.stopped)
        out.push(`- **Stopped:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(d.stopped)}`);
    if (d.mode === 'dry-run' && d.calls.length > 0) {
        out.push('', 'The calls `dispatch: on` would send:', '', (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(d.calls.map(callText).join('\n')));
    }
    out.push('');
    return out;
}
/** Lines of the text plan; none when dispatch was off. */
function dispatchText(plan) {
    const d = plan.dispatch;
    if (!d)
        return [];
    const out = [`=== DISPATCHED${d.mode === 'dry-run' ? ' (dry-run: nothing was sent)' : ''} ===`];
    for (const n of d.needsYou)
        out.push(`Needs you: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(n.title || n.session)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(n.state)}) ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(n.url)}`);
    if (d.refused)
        return [...out, `Refused: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(d.refused)}.`, ''];
    for (const s of d.started)
        out.push(`Started: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(s.prompt)} -> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(s.session)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(s.url)}`);
    for (const a of d.archived)
        out.push(`Archived: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(a.session)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(a.pullRequest)} merged)`);
    for (const a of d.approved)
        out.push(`Plan approved: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(a.session)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(a.prompt)})`);
    for (const s of d.skipped)
        out.push(`Skipped: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(s.prompt)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(s.reason)}`);
    if (d.stopped)
        out.push(`Stopped: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(d.stopped)}`);
    if (d.mode === 'dry-run') {
        out.push(d.calls.length > 0 ? 'Calls dispatch: on would send:' : 'No call would be sent.');
        for (const c of d.calls)
            out.push(`  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeTerminal */ .en)(callText(c))}`);
    }
    out.push('');
    return out;
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ escapeMarkdownLine),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   H_: () => (/* binding */ endSentence),
/* harmony export */   Ik: () => (/* binding */ excerptList),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   SC: () => (/* binding */ escapeHtmlText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   en: () => (/* binding */ escapeTerminal),
/* harmony export */   lF: () => (/* binding */ escapeLogLines),
/* harmony export */   pu: () => (/* binding */ escapeTerminalLines)
/* harmony export */ });
/* unused harmony exports jsonWithoutInvisibles, escapeLog, EXCERPT_CHARS */
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
const INVISIBLE = /[\u{E0000}-\u{E007F}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u{115F}\u{1160}\u{3164}\u{FFA0}]|\u{034F}/gu;
/**
 * JSON whose invisible characters (bidi, format, separators, C1 controls) are written as `\u`
 * escapes: the same value once parsed, but nothing a later step could render raw.
 */
function jsonWithoutInvisibles(value) {
    const text = JSON.stringify(value);
    if (text.search(INVISIBLE) === -1)
        return text;
    return text.replace(INVISIBLE, (ch) => Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
const codePoint = (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`;
// Each escape tests before it replaces: most text has nothing to escape, and is returned as it is.
const ANY_INVISIBLE = new RegExp(INVISIBLE.source, 'u');
function escapeTerminal(text) {
    if (!ANY_INVISIBLE.test(text))
        return text;
    return text.replace(INVISIBLE, codePoint);
}
/** Several lines for the terminal: each line escaped, line breaks kept. */
function escapeTerminalLines(text) {
    return text
        .split('\n')
        .map((line) => escapeTerminal(line))
        .join('\n');
}
/**
 * A line in the job log, or an annotation's text: one line, nothing invisible, and never the
 * start of a workflow command (`::` at the start of a line is escaped as \u{3a}:).
 */
function escapeLog(text) {
    return escapeTerminal(text).replace(/^(\s*):/, '$1\\u{3a}');
}
/**
 * Text written to a stream that a runner reads (the CLI's stderr in a job): each line escaped,
 * and no line that starts a workflow command.
 */
function escapeLogLines(text) {
    return text
        .split('\n')
        .map((line) => (/^\s*::/.test(line) ? escapeLog(line) : escapeTerminal(line)))
        .join('\n');
}
const HTML = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** An HTML attribute value, quoted with `"`. */
function escapeHtml(text) {
    const visible = escapeTerminal(text);
    if (!/[&<>"']/.test(visible))
        return visible;
    return visible.replace(/[&<>"']/g, (ch) => HTML[ch]);
}
/**
 * Text between HTML tags on one line: entities for HTML, and for `@` and `#`, so a name cannot
 * mention a team or link an issue.
 */
function escapeHtmlText(text) {
    // Entities first, on the text itself: the \u{…} of an invisible character stays readable.
    if (!/[&<>"'@#`*_[\]|]/.test(text))
        return escapeTerminal(text);
    return escapeTerminal(text.replace(/[&<>"'@#`*_[\]|]/g, (ch) => ch in HTML ? HTML[ch] : `&#${ch.codePointAt(0)};`));
}
const MARKDOWN = /[&<>"'\\`*_{}[\]()#+\-.!|~:@$]/;
/**
 * Inline Markdown that renders as the literal text, on one line, safe inside a table cell:
 * HTML is entity-encoded, Markdown punctuation backslash-escaped, line breaks folded.
 */
function escapeMarkdown(text) {
    const folded = /[\r\n]/.test(text) ? text.replace(/\r\n|\r|\n/g, ' ') : text;
    const visible = escapeTerminal(folded);
    if (!MARKDOWN.test(visible))
        return visible;
    // One pass, so an entity's own `&` and `#` are never escaped again.
    return visible.replace(/[&<>"'\\`*_{}[\]()#+\-.!|~:@$]/g, (ch) => ch in HTML ? HTML[ch] : `\\${ch}`);
}
/** A line of Markdown outside a table: the same escapes, so it cannot start a heading or list. */
function escapeMarkdownLine(text) {
    return escapeMarkdown(text);
}
/**
 * A fenced block that shows `text` as it is, nothing invisible in it: the fence is longer than
 * any run of backticks inside, so the text cannot close it.
 */
function codeBlock(text, language = 'text') {
    const body = escapeTerminalLines(text.replace(/\r\n?/g, '\n'));
    let longest = 2;
    for (const run of body.matchAll(/`+/g))
        longest = Math.max(longest, run[0].length);
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${body}\n${fence}`;
}
/** A reason as the end of a sentence: its own full stop kept, one added where it has none. */
function endSentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
/** Characters of untrusted text quoted in a message; the rest is counted, not shown. */
const EXCERPT_CHARS = 60;
/**
 * The start of `text`, whole code points, then how much was left out:
 * `aaaa… (1048500 more characters)`. Short text is returned as it is.
 */
/**
 * Names from outside (categories, check names) as one bounded list: the first `shown`, each an
 * excerpt, then how many more there are. The output never grows with the input.
 */
function excerptList(items, shown = 3, limit = EXCERPT_CHARS) {
    const listed = items
        .slice(0, shown)
        .map((item) => excerpt(item, limit))
        .join(', ');
    return items.length > shown ? `${listed} and ${items.length - shown} more` : listed;
}
function excerpt(text, limit = EXCERPT_CHARS) {
    if (text.length <= limit)
        return text;
    let end = limit - 12;
    // Never cut a surrogate pair in two.
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}


/***/ }),

/***/ 1586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ planJsonPieces),
  B: () => (/* binding */ renderReport)
});

// EXTERNAL MODULE: ./src/planner/movement.ts
var movement = __webpack_require__(2971);
;// CONCATENATED MODULE: ./src/planner/metrics.ts

/** How many recent sweeps the heat map and the trends show. */
const RECENT_SWEEPS = 10;
const PASSING = new Set(['SUCCESS', 'NEUTRAL', 'SKIPPED']);
const DAY = 86_400_000;
const moved = (before, now) => before === undefined ||
    before.status !== now.status ||
    before.remainingSteps !== now.remainingSteps ||
    before.prState !== now.prState ||
    before.headSha !== now.headSha ||
    before.updatedAt !== now.updatedAt ||
    before.checkState !== now.checkState;
const median = (values) => {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/**
 * `ledger` is the ledger after this sweep (it ends with this sweep), or undefined when movement
 * is not tracked; `coldAfterSweeps` as in the plan.
 */
function computeMetrics(plan, ledger, now, coldAfterSweeps = 2) {
    const today = Date.parse(now);
    const sessions = plan.closeOrder;
    // A start after today is no age at all: it counts with the sessions that have none.
    const startedBy = (s) => s.started !== undefined && s.started !== '' && Date.parse(s.started) <= today;
    // Indexed passes over the sessions, without copies: a plan may hold 100,000 of them.
    const started = [];
    for (let i = 0; i < sessions.length; i++)
        if (startedBy(sessions[i]))
            started.push(sessions[i]);
    let age = null;
    if (started.length > 0) {
        age = {
            '0-2': 0,
            '3-7': 0,
            '8-14': 0,
            'over 14': 0,
            unknown: sessions.length - started.length,
        };
        for (const s of started) {
            const days = Math.floor((today - Date.parse(s.started)) / DAY);
            const bucket = days <= 2 ? '0-2' : days <= 7 ? '3-7' : days <= 14 ? '8-14' : 'over 14';
            age[bucket]++;
        }
    }
    // Finished sessions count most here: the archived ones are those that reached a pull request.
    const withLive = [];
    const daysToPr = [];
    const read = (s) => {
        if (!s.live)
            return;
        withLive.push(s.live);
        if (!startedBy(s))
            return;
        const days = (Date.parse(s.live.createdAt) - Date.parse(s.started)) / DAY;
        if (Number.isFinite(days) && days >= 0)
            daysToPr.push(days);
    };
    for (let i = 0; i < sessions.length; i++)
        read(sessions[i]);
    for (let i = 0; i < plan.archived.length; i++)
        read(plan.archived[i]);
    let checks = null;
    if (withLive.length > 0) {
        checks = { passed: 0, failed: 0, pending: 0, passRate: null };
        for (const live of withLive) {
            for (const c of live.checks) {
                if (c.conclusion === null)
                    checks.pending++;
                else if (PASSING.has(c.conclusion))
                    checks.passed++;
                else
                    checks.failed++;
            }
        }
        const done = checks.passed + checks.failed;
        checks.passRate = done > 0 ? Math.round((checks.passed / done) * 1000) / 10 : null;
        // Pull requests without a single check say nothing about pass rates.
        if (done + checks.pending === 0)
            checks = null;
    }
    const sweeps = ledger?.sweeps ?? [];
    const recent = sweeps.slice(-RECENT_SWEEPS);
    const previousOf = (sweep) => sweeps[sweeps.indexOf(sweep) - 1];
    return {
        sessions: {
            open: plan.counts.active,
            archived: plan.counts.archived,
            blocked: plan.counts.blocked,
        },
        age,
        // Pull request states are known only when some sweep read GitHub.
        prsPerCycle: sweeps.length >= 2 && recent.some((s) => Object.values(s.sessions).some((f) => f.prState))
            ? recent
                .filter((sweep) => previousOf(sweep))
                .map((sweep) => {
                const before = previousOf(sweep).sessions;
                return Object.entries(sweep.sessions).filter(([name, f]) => f.prState !== null && !(0,movement/* own */.ZV)(before, name)?.prState).length;
            })
            : null,
        medianDaysToPr: median(daysToPr),
        checks,
        // Flakiness needs check conclusions from two sweeps at least.
        flakyChecks: sweeps.filter((s) => Object.values(s.sessions).some((f) => f.checks)).length >= 2
            ? flaky(sweeps)
            : null,
        heatMap: ledger ? heatMap(plan.categories, sweeps, recent, coldAfterSweeps) : null,
        trends: sweeps.length >= 2
            ? {
                active: recent.map((s) => Object.values(s.sessions).filter((f) => f.status !== 'archived').length),
                cold: recent.map((s) => coldIn(plan.categories, sweeps, sweeps.indexOf(s), coldAfterSweeps).length),
                blocked: recent.map((s) => Object.values(s.sessions).filter((f) => f.status !== 'archived' && (f.blocked ?? f.status === 'blocked')).length),
            }
            : null,
    };
}
/** Categories cold at sweep `index`: no active session, or none moved in the last sweeps. */
function coldIn(categories, sweeps, index, window) {
    const warm = new Set();
    const sweep = sweeps[index];
    for (const [name, f] of Object.entries(sweep.sessions)) {
        if (f.status === 'archived')
            continue;
        // Moved within the window, or too little history to say it has not.
        for (let k = index; k > index - window; k--) {
            const now = (0,movement/* own */.ZV)(sweeps[k].sessions, name);
            if (k <= 0 || !now || moved((0,movement/* own */.ZV)(sweeps[k - 1].sessions, name), now)) {
                warm.add(f.category);
                break;
            }
        }
    }
    return categories.filter((c) => !warm.has(c));
}
function heatMap(categories, sweeps, recent, window) {
    const columns = recent.map((sweep) => {
        const index = sweeps.indexOf(sweep);
        const cold = new Set(coldIn(categories, sweeps, index, window));
        const before = sweeps[index - 1]?.sessions ?? {};
        const movedNow = new Set(Object.entries(sweep.sessions)
            .filter(([name, f]) => f.status !== 'archived' && moved((0,movement/* own */.ZV)(before, name), f))
            .map(([, f]) => f.category));
        return (category) => cold.has(category) ? 'cold' : movedNow.has(category) ? 'moved' : 'quiet';
    });
    return {
        cycles: recent.map((s) => s.cycle),
        rows: categories.map((category) => ({
            category,
            cells: columns.map((cell) => cell(category)),
        })),
    };
}
/** A check is flaky when its conclusion changed while the head commit stayed the same. */
function flaky(sweeps) {
    const found = new Set();
    for (let k = 1; k < sweeps.length; k++) {
        for (const [name, now] of Object.entries(sweeps[k].sessions)) {
            const before = (0,movement/* own */.ZV)(sweeps[k - 1].sessions, name);
            if (!before?.checks || !now.checks || !now.headSha || before.headSha !== now.headSha)
                continue;
            for (const [check, conclusion] of Object.entries(now.checks)) {
                const earlier = before.checks[check];
                if (earlier && conclusion && earlier !== conclusion)
                    found.add(check);
            }
        }
    }
    return [...found].sort();
}

;// CONCATENATED MODULE: ./src/render/json-pieces.ts
// JSON written as it is made: a plan of 100,000 sessions is 64 MB as one string, and twice that
// again as the buffer that writes it. The pieces join to exactly what JSON.stringify(value, null, 2)
// returns.
/** Pieces are gathered to about this many characters, so a write carries more than one value. */
const PIECE_CHARS = 64 * 1024;
/** Containers this deep and deeper are written by JSON.stringify whole, unless a long list. */
const WHOLE_DEPTH = 2;
/** A list this long is written an item at a time at any depth. */
const LONG_LIST = 256;
/** The text of JSON.stringify(value, null, 2), in pieces of about PIECE_CHARS. */
function* jsonPieces(value) {
    let gathered = '';
    for (const piece of pieces(resolve(value, ''), '', 0)) {
        gathered += piece;
        if (gathered.length >= PIECE_CHARS) {
            yield gathered;
            gathered = '';
        }
    }
    if (gathered !== '')
        yield gathered;
}
/** What JSON.stringify writes nothing for in an object, and `null` for in an array. */
const skipped = (value) => value === undefined || typeof value === 'function' || typeof value === 'symbol';
/** A value after its toJSON, as JSON.stringify calls it: once, with its key. */
const resolve = (value, key) => hasToJson(value) ? value.toJSON(key) : value;
/** Whether JSON.stringify writes `value` whole at this depth. */
const isWhole = (value, depth) => value === null ||
    typeof value !== 'object' ||
    (depth >= WHOLE_DEPTH && !(Array.isArray(value) && value.length >= LONG_LIST));
/**
 * Items of a list stringified together, at most: one call instead of one each, and a piece of
 * tens of kilobytes, which the write encodes in memory it reuses (a larger one is mapped afresh).
 */
const RUN_ITEMS = 64;
function* pieces(value, indent, depth) {
    if (isWhole(value, depth)) {
        // Nested lines move right by the depth the value stands at; strings hold no raw line break.
        const text = JSON.stringify(value, null, 2);
        yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
        return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0) {
            yield '[]';
            return;
        }
        yield `[\n${inner}`;
        for (let i = 0; i < value.length;) {
            if (i > 0)
                yield `,\n${inner}`;
            let end = i;
            while (end < value.length && end - i < RUN_ITEMS && runs(value[end], depth + 1))
                end++;
            if (end > i) {
                yield items(value.slice(i, end), inner);
                i = end;
                continue;
            }
            const item = resolve(value[i], String(i));
            if (skipped(item))
                yield 'null';
            else
                yield* pieces(item, inner, depth + 1);
            i++;
        }
        yield `\n${indent}]`;
        return;
    }
    let first = true;
    for (const [name, field] of Object.entries(value)) {
        const resolved = resolve(field, name);
        if (skipped(resolved))
            continue;
        yield `${first ? '{' : ','}\n${inner}${JSON.stringify(name)}: `;
        first = false;
        yield* pieces(resolved, inner, depth + 1);
    }
    yield first ? '{}' : `\n${indent}}`;
}
/** An item written whole with its neighbours: its toJSON would be called with another index. */
const runs = (item, depth) => isWhole(item, depth) && !hasToJson(item);
/** The text around one item of a list nested to a depth, by the depth's indent. */
const shells = new Map();
/**
 * Items of a list whose items stand at `inner`, as JSON.stringify writes them there, separators
 * included: stringified inside as many lists as the indent is deep, so no line is re-indented.
 */
function items(run, inner) {
    const levels = inner.length / 2 - 1;
    let shell = shells.get(levels);
    if (!shell) {
        const text = JSON.stringify(nest([0], levels), null, 2);
        shell = { head: text.indexOf('0'), tail: text.length - text.indexOf('0') - 1 };
        shells.set(levels, shell);
    }
    const text = JSON.stringify(nest(run, levels), null, 2);
    return text.slice(shell.head, text.length - shell.tail);
}
function nest(value, levels) {
    let nested = value;
    for (let i = 0; i < levels; i++)
        nested = [nested];
    return nested;
}
function hasToJson(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.toJSON === 'function');
}

// EXTERNAL MODULE: ./src/render/dispatch.ts
var dispatch = __webpack_require__(5272);
// EXTERNAL MODULE: ./src/sources/index.ts + 3 modules
var sources = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/render/capacity.ts
var capacity = __webpack_require__(1590);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/markdown.ts
// The job summary: what a lead takes in at a glance. Every value from the backlog is escaped.




/** GitHub shows at most 1 MiB of summary per step; stay well under it. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
const BANNER = {
    pass: '✅ pass: every rail holds',
    warn: '⚠️ warn: rails bent, none broken',
    fail: '❌ fail: a rail is broken',
};
const NONE = '_no data yet_';
/** Rows of problems a summary always shows, whatever their size. */
const FIRST_ROWS = 5;
/** Characters of one finding's text in a table cell: a message quotes excerpts, this bounds it. */
const CELL_CHARS = 2000;
const cell = (text) => (0,render_escape/* escapeMarkdown */.FV)((0,render_escape/* excerpt */.Kb)(text, CELL_CHARS));
const HEAT = { moved: '🟩', quiet: '⬜', cold: '🟦' };
const SPARKS = '▁▂▃▄▅▆▇█';
/** ▁▂▃▅▇ for a series; flat when nothing changed. */
function sparkline(values) {
    // A loop, not Math.min(...values): a long ledger's series would pass too many arguments.
    let low = Infinity;
    let high = -Infinity;
    for (const v of values) {
        if (v < low)
            low = v;
        if (v > high)
            high = v;
    }
    return values
        .map((v) => SPARKS[high === low ? 0 : Math.round(((v - low) / (high - low)) * (SPARKS.length - 1))])
        .join('');
}
/**
 * Top to bottom: verdict, capacity, rails, the close/ship order, cold categories, the heat map,
 * the metrics, every SESSION UPDATE, and how GitHub was read. The detail sections are shortened
 * first, so the whole stays under GitHub's per-step limit.
 */
function renderMarkdown(plan, budget = SUMMARY_BUDGET_BYTES, extras = {}) {
    const broken = [
        ...new Set(plan.violations.filter((v) => v.severity === 'error').map((v) => v.rail)),
    ];
    const head = [
        `## Session sweep: ${BANNER[plan.verdict]}${broken.length > 0 ? ` (${broken.map((r) => `\`${r}\``).join(', ')})` : ''}`,
        '',
        `**${slotsText(plan)}** ${gauge(plan)} · reserve ${plan.reserve} · **free slots needed: ${plan.freeSlotsNeeded}** · ${plan.counts.archived} archived · ${plan.counts.blocked} blocked · backlog ${(0,render_escape/* escapeMarkdown */.FV)(plan.source.file)}`,
        '',
    ];
    head.push(...(0,dispatch/* dispatchMarkdown */.mX)(plan)); // dispatch: what was started, archived, approved
    const limits = (0,capacity/* julesPlanLine */.N)(plan);
    if (limits)
        head.push(limits, '');
    // Said at the top: a plan made without live status may be stale.
    if (plan.api.failure) {
        head.push(`> [!WARNING]`, `> Live status is missing: ${cell(plan.api.failure)}. This plan is made from the file alone.`, '');
    }
    for (const { report, label, noun } of reports(plan)) {
        if (report.failure) {
            head.push(`> [!WARNING]`, `> Live ${noun}s from ${label} are missing: ${cell((0,render_escape/* endSentence */.H_)(report.failure))} Slots are counted ${label === 'Jules' ? 'from the file alone' : `without ${label}`}.`, '');
        }
        else if (report.skipped) {
            head.push(`> ${cell(report.skipped)}`, '');
        }
    }
    const merged = plan.archived.filter((a) => a.drift.some((d) => d.code === 'pr-merged'));
    if (merged.length > 0) {
        head.push(`**Archive now** (pull request merged, slot already free): ${list(merged.map((a) => a.name), budget / 16)}`, '');
    }
    for (const note of plan.notes)
        head.push(`> ${cell(note)}`, '');
    head.push(...violationTable(plan.violations, budget / 4), '');
    const tableHead = [
        '### Close/ship order',
        '',
        '| # | Session | Category | Status | Effective | Plan action | Steps | PR | Drift | Why |',
        '|---:|---|---|---|---|---|---:|---|---|---|',
    ];
    const rows = plan.closeOrder.map((s, i) => `| ${i + 1} | ${(0,render_escape/* escapeMarkdown */.FV)(s.name)} | ${(0,render_escape/* escapeMarkdown */.FV)(s.category)} | ${s.declaredStatus} | ${statusCell(s)} | **${s.action}** | ${s.remainingSteps} | ${pullCell(s)} | ${s.drift.map((d) => `\`${d.code}\``).join(' ')} | ${(0,render_escape/* escapeMarkdown */.FV)(s.reason)} |`);
    const cold = plan.coldCategories.length > 0
        ? [
            '',
            '### Cold categories',
            '',
            'Backfill in this order (the playbook picks from a cold category even if it is lower priority):',
            '',
            ...fit(plan.coldCategories.map((c) => `- **${(0,render_escape/* escapeMarkdown */.FV)(c)}**: start the next ${(0,render_escape/* escapeMarkdown */.FV)(c)} prompt.`), budget / 16, 'cold categories'),
        ]
        : [];
    const metrics = extras.metrics ? metricsSection(extras.metrics, budget / 4) : [];
    const next = plan.recommendations.length > 0
        ? [
            '',
            '### Next',
            '',
            '| What | Category | Prompt or session | Why |',
            '|---|---|---|---|',
            ...fit(plan.recommendations.map((r) => `| **${r.kind}** | ${(0,render_escape/* escapeMarkdown */.FV)(r.category ?? '')} | ${r.url ? markdown_link(r.prompt ?? r.session ?? 'session', r.url) : (0,render_escape/* escapeMarkdown */.FV)(r.prompt ?? r.session ?? '')} | ${(0,render_escape/* escapeMarkdown */.FV)(r.reason)} |`), budget / 16, 'recommendations'),
        ]
        : [];
    const untracked = reports(plan).flatMap(({ report, label, noun, field }) => report.untracked.length > 0
        ? [
            '',
            `### Live in ${label}, missing from the backlog`,
            '',
            `Each takes a slot. Add it to the backlog with \`${field}: <id>\`, or stop it in ${label}.`,
            '',
            `| ${label} ${noun} | Title | State | Started |`,
            '|---|---|---|---|',
            ...fit(report.untracked.map((j) => `| ${markdown_link(j.id, j.url)} | ${(0,render_escape/* escapeMarkdown */.FV)(j.title)} | ${(0,render_escape/* escapeMarkdown */.FV)(j.state)} | ${(0,render_escape/* escapeMarkdown */.FV)(j.createTime ?? '')} |`), budget / 16, `untracked ${noun}s`),
        ]
        : []);
    const api = ['', '### Live status', '', apiLine(plan), ...reports(plan).flatMap(sourceLine)];
    const tail = [
        ...(plan.archived.length > 0 ? ['', `Archived: ${plan.archived.length} session(s).`] : []),
    ];
    // The close order gets what the fixed sections leave; the updates get what is left after it.
    const fixed = size([
        ...head,
        ...tableHead,
        ...untracked,
        ...cold,
        ...next,
        ...metrics,
        ...api,
        ...tail,
    ]);
    const orderRows = fit(rows, (budget - fixed) * 0.6, 'sessions');
    const body = plan.closeOrder.length > 0 ? [...tableHead, ...orderRows] : ['_No active sessions._'];
    const updatesRoom = budget - fixed - size(body) - 200;
    const updates = extras.updates ? updatesSection(extras.updates, updatesRoom) : [];
    return ([
        ...head,
        ...body,
        ...tail,
        ...untracked,
        ...cold,
        ...next,
        ...metrics,
        ...updates,
        ...api,
    ].join('\n') + '\n');
}
/** ▰▰▰▱ one block per slot (up to 40), so a lead sees how full the cap is. */
function gauge(plan) {
    if (plan.capacity > 40)
        return '';
    const taken = plan.slots.counted;
    const used = Math.min(taken, plan.capacity);
    return `${'▰'.repeat(used)}${'▱'.repeat(plan.capacity - used)}${taken > plan.capacity ? ' ⚠️ over the cap' : ''}`;
}
/** "12 / 15 active", or with Jules read, the account's slots by where they run. */
const slotsText = (plan) => (0,capacity/* slotsLine */.k)(plan, render_escape/* escapeMarkdown */.FV);
/**
 * A link to an https address, the address HTML-encoded and its `|` percent-encoded so it cannot
 * end a table cell; plain text for any other address.
 */
function markdown_link(text, url) {
    if (!/^https:\/\/[^\s]+$/.test(url))
        return (0,render_escape/* escapeMarkdown */.FV)(text);
    return `<a href="${(0,render_escape/* escapeHtml */.ZD)(url.replaceAll('|', '%7C'))}">${(0,render_escape/* escapeMarkdown */.FV)(text)}</a>`;
}
/** Each source the sweep knows of: Jules always (as before), Copilot when its token was given. */
function reports(plan) {
    const of = (report, { label, noun, id }) => ({ report, label, noun, field: id });
    return [of(plan.jules, sources/* JULES */.M7), ...(plan.copilot ? [of(plan.copilot, sources/* COPILOT */.$o)] : [])];
}
function sourceLine({ report, label, noun }) {
    if (!report.enabled)
        return report.skipped ? ['', `${label}: skipped. ${(0,render_escape/* escapeMarkdown */.FV)(report.skipped)}`] : [];
    if (report.failure)
        return ['', `${label}: missing. ${cell((0,render_escape/* endSentence */.H_)(report.failure))}`];
    return [
        '',
        `${label}: ${report.sessions} ${noun}(s) of this repository, ${report.live} holding a slot, ${report.untracked.length} untracked; ${report.requests} request(s), ${report.retries} retried.`,
    ];
}
function apiLine({ api }) {
    if (api.failure)
        return `Missing: ${cell(api.failure)}.`;
    if (!api.enabled)
        return 'Off: no session names a pull request, or the sweep ran offline.';
    const rate = api.rateLimit
        ? ` Rate limit: cost ${api.rateLimit.cost}, ${api.rateLimit.remaining} remaining until ${(0,render_escape/* escapeMarkdown */.FV)(api.rateLimit.resetAt)}.`
        : '';
    return `${api.pullRequests} pull request(s) read in ${api.requests} request(s), ${api.retries} retried.${rate}`;
}
/** The heat map, then the metrics: both within `room` bytes. */
function metricsSection(m, room) {
    const lines = ['', '### Category heat map', ''];
    if (!m.heatMap) {
        lines.push(`${NONE}: the heat map needs the ledger of earlier sweeps.`);
    }
    else {
        lines.push(`| Category | ${m.heatMap.cycles.map((c) => `#${c}`).join(' | ')} |`, `|---|${m.heatMap.cycles.map(() => ':---:').join('|')}|`, ...fit(m.heatMap.rows.map((r) => `| ${(0,render_escape/* escapeMarkdown */.FV)(r.category)} | ${r.cells.map((c) => HEAT[c]).join(' | ')} |`), room / 2, 'categories'), '', `${HEAT.moved} moved · ${HEAT.quiet} quiet · ${HEAT.cold} cold`);
    }
    return [...lines, ...metricsList(m, room / 4)];
}
function metricsList(m, room) {
    const lines = ['', '### Metrics', ''];
    lines.push(`- **Sessions:** ${m.sessions.open} open, ${m.sessions.archived} archived, ${m.sessions.blocked} blocked`);
    lines.push(`- **Age:** ${m.age ? `0–2 days ${m.age['0-2']}, 3–7 days ${m.age['3-7']}, 8–14 days ${m.age['8-14']}, over 14 days ${m.age['over 14']}${m.age.unknown > 0 ? `, ${m.age.unknown} without a start date` : ''}` : `${NONE} (no session has \`started\`)`}`);
    lines.push(`- **PRs per cycle:** ${m.prsPerCycle && m.prsPerCycle.length > 0 ? `${m.prsPerCycle.join(', ')} ${sparkline(m.prsPerCycle)}` : `${NONE} (needs two sweeps in the ledger)`}`);
    lines.push(`- **Median time to PR:** ${m.medianDaysToPr === null ? `${NONE} (needs start dates and live pull requests)` : `${m.medianDaysToPr.toFixed(1)} days`}`);
    lines.push(`- **Checks:** ${m.checks ? `${m.checks.passed} passed, ${m.checks.failed} failed, ${m.checks.pending} pending${m.checks.passRate === null ? '' : ` (${m.checks.passRate}% pass)`}` : `${NONE} (needs live status)`}`);
    lines.push(`- **Flaky checks:** ${m.flakyChecks === null ? `${NONE} (needs the ledger)` : m.flakyChecks.length === 0 ? 'none seen' : list(m.flakyChecks, room)}`);
    if (m.trends) {
        lines.push(`- **Trends** over the last ${m.trends.active.length} sweeps: active ${sparkline(m.trends.active)} (${m.trends.active.at(-1)}), cold categories ${sparkline(m.trends.cold)} (${m.trends.cold.at(-1)}), blocked ${sparkline(m.trends.blocked)} (${m.trends.blocked.at(-1)})`);
    }
    return lines;
}
/** Each SESSION UPDATE in a collapsed block; the text is fenced so nothing in it renders. */
function updatesSection(updates, room) {
    const blocks = updates.map(({ name, text }) => [
        `<details><summary>SESSION UPDATE: ${(0,render_escape/* escapeHtmlText */.SC)((0,render_escape/* excerpt */.Kb)(name, 200))}</summary>`,
        '',
        (0,render_escape/* codeBlock */.DV)(text),
        '',
        '</details>',
    ].join('\n'));
    return [
        '',
        '### Session updates',
        '',
        ...fit(blocks, room, 'session updates', 'every update is in session-updates.md'),
    ];
}
/** Escaped items joined with commas, as many as fit in `room` bytes, then how many did not. */
function list(items, room) {
    const kept = [];
    let used = 0;
    for (const item of items) {
        const text = (0,render_escape/* escapeMarkdown */.FV)(item);
        used += Buffer.byteLength(text, 'utf8') + 2;
        if (used > room)
            break;
        kept.push(text);
    }
    const more = items.length - kept.length;
    return `${kept.join(', ')}${more > 0 ? ` … and ${more} more (see plan.json)` : ''}`;
}
/**
 * The rows that fit in `room` bytes, and a line saying how many did not; the first `atLeast`
 * rows are always kept (each is bounded by `cell`), so a summary never shows a table of none.
 */
function fit(rows, room, what, rest = 'the full plan is in plan.json', atLeast = 0) {
    const kept = [];
    let used = 200; // the closing line
    for (const row of rows) {
        used += Buffer.byteLength(row, 'utf8') + 1;
        if (used > room && kept.length >= atLeast)
            break;
        kept.push(row);
    }
    if (kept.length === rows.length)
        return kept;
    return [...kept, '', `… ${rows.length - kept.length} more ${what} are not shown here; ${rest}.`];
}
function statusCell(s) {
    const blocked = s.blocked && s.status !== 'blocked' ? ' (blocked)' : '';
    const declared = s.declaredStatus !== s.status ? ` (file: ${s.declaredStatus})` : '';
    return `${s.status}${blocked}${declared}`;
}
const CHECK_ICON = {
    SUCCESS: '✅',
    FAILURE: '❌',
    ERROR: '❌',
    PENDING: '⏳',
    EXPECTED: '⏳',
};
/** The pull request, linked when GitHub gave its address, with the state of its checks. */
function pullCell(s) {
    if (s.live) {
        const label = (0,render_escape/* escapeMarkdown */.FV)(s.live.ref.slice(s.live.ref.lastIndexOf('#')));
        const link = /^https?:\/\//.test(s.live.url)
            ? `<a href="${(0,render_escape/* escapeHtml */.ZD)(s.live.url)}">${label}</a>`
            : label;
        const checks = s.live.checkState
            ? ` ${CHECK_ICON[s.live.checkState] ?? (0,render_escape/* escapeMarkdown */.FV)(s.live.checkState)}`
            : '';
        return `${link}${checks} ${s.live.state.toLowerCase()}${s.live.isDraft ? ' draft' : ''}`;
    }
    if (!s.pr)
        return '';
    return (0,render_escape/* escapeMarkdown */.FV)(s.pr.owner ? `${s.pr.owner}/${s.pr.repo ?? ''}#${s.pr.number}` : `#${s.pr.number}`);
}
function violationTable(violations, room) {
    if (violations.length === 0)
        return ['Every rail holds.'];
    const rows = violations.map((v) => `| \`${v.rail}\` | ${v.severity} | ${v.introduced === undefined ? '' : v.introduced ? 'new' : 'existing'} | ${v.file ? `${cell(v.file)}${v.line ? `:${v.line}` : ''}` : ''} | ${cell(v.message)} | ${cell(v.fix)} |`);
    return [
        '### Rails',
        '',
        '| Rail | Severity | New | Where | What | Fix |',
        '|---|---|---|---|---|---|',
        ...fit(rows, room, 'rail findings', undefined, FIRST_ROWS),
    ];
}
/** The summary of a check that made no plan: the backlog is unchanged, or was deleted. */
function renderUnchanged(sentence, verdict) {
    const banner = verdict === 'pass' ? '✅ pass: backlog unchanged' : '⚠️ warn: backlog deleted';
    return [`## Session sweep: ${banner}`, '', md(sentence), ''].join('\n');
}
/** The summary when the backlog cannot be read: what is wrong, and where. */
function renderLoadFailure(file, errors, budget = SUMMARY_BUDGET_BYTES) {
    const rows = errors.map((e) => `| ${e.location ? `${cell(e.location.file)}:${e.location.line}:${e.location.column}` : cell(file)} | ${cell(e.message)} | ${cell(e.fix ?? '')} |`);
    return [
        `## Session sweep: ${BANNER.fail}`,
        '',
        `The backlog ${md(file)} could not be read, so no plan was made.`,
        '',
        '| Where | Problem | Fix |',
        '|---|---|---|',
        ...fit(rows, budget, 'problems', '`session-sweeper validate` lists them all', FIRST_ROWS),
        '',
    ].join('\n');
}
const size = (lines) => lines.reduce((total, line) => total + Buffer.byteLength(line, 'utf8') + 1, 0);

;// CONCATENATED MODULE: ./src/render/updates.ts


/** A pull request body is shortened to this many characters in an update. */
const BODY_LIMIT = 600;
const STATUS_WORDS = {
    'pr-ready': 'PR-ready',
    'pr-created': 'PR created',
    'needs-more-work': 'needs more work',
    blocked: 'needs more work',
    archived: 'archived',
};
/** What GitHub shows happened since the last sweep, from the two fingerprints. */
function sinceLastSweep(session, before) {
    const live = session.live;
    // Without an earlier sweep there is nothing to compare: GitHub's history is not guessed at.
    if (!live || !before)
        return [];
    const seen = [];
    if (!before.prState)
        seen.push(`Opened ${live.ref}.`);
    if (before.headSha && live.headSha && before.headSha !== live.headSha) {
        seen.push(`Pushed commits (head now ${live.headSha.slice(0, 7)}).`);
    }
    if (live.checkState && before.checkState !== live.checkState) {
        const names = live.checks.map((c) => c.name).join(', ');
        seen.push(`Checks ran: ${live.checkState.toLowerCase()}${names ? ` (${names})` : ''}.`);
    }
    if (live.merged && before.prState !== 'MERGED')
        seen.push(`Merged ${live.ref}.`);
    return seen;
}
function oneLine(text) {
    return (0,render_escape/* escapeTerminal */.en)(text.replace(/\s+/g, ' ').trim());
}
const HEADINGS = /^(=== SESSION UPDATE:|STATUS:|ACTIONS PERFORMED:|NEXT ACTION:|IF PR CREATED:)/;
/**
 * A pull request body kept to its lines, shortened: no control characters, no blank lines, and
 * no line that could pass for the template's own (a body cannot forge another update).
 */
function block(text, limit) {
    const lines = text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => (0,render_escape/* escapeTerminal */.en)(line.trimEnd()))
        .filter((line) => line.trim() !== '')
        .map((line) => (HEADINGS.test(line.trimStart()) ? `  ${line}` : line));
    const joined = lines.join('\n').trim();
    return joined.length > limit ? `${joined.slice(0, limit - 1).trimEnd()}…` : joined;
}
function sessionUpdate(session, before) {
    // What GitHub reports (check names, refs) is as untrusted as the file: one line each, escaped.
    const actions = [...session.actions, ...sinceLastSweep(session, before)].map(oneLine);
    const next = session.blocked
        ? `Blocked: ${oneLine(session.blocker ?? 'unspecified')}. Logged; switch to the next session${session.nextAction ? `, then: ${oneLine(session.nextAction)}` : ''}.`
        : session.status === 'archived'
            ? 'None: the session is archived.'
            : oneLine(session.nextAction ?? session.reason);
    const live = session.live;
    const pullRequest = live
        ? [
            oneLine(live.title),
            block(live.body, BODY_LIMIT) || '(no description)',
            `+${live.additions} −${live.deletions} in ${live.changedFiles} file${live.changedFiles === 1 ? '' : 's'}`,
        ]
        : session.pr
            ? [`Pull request #${session.pr.number} (title and changes appear with live status)`]
            : ['No pull request yet.'];
    return [
        `=== SESSION UPDATE: ${oneLine(session.name)} ===`,
        '',
        'STATUS:',
        STATUS_WORDS[session.status],
        '',
        'ACTIONS PERFORMED:',
        ...(actions.length > 0 ? actions.map((a) => `- ${a}`) : ['- No work recorded yet.']),
        '',
        'NEXT ACTION:',
        next,
        '',
        'IF PR CREATED:',
        ...pullRequest,
    ].join('\n');
}
/** Every session's update, active ones in close order, then the archived. */
function renderUpdates(plan, previous) {
    return `${sessionUpdates(plan, previous)
        .map((u) => u.text)
        .join('\n\n')}\n`;
}
function sessionUpdates(plan, previous) {
    const archived = plan.archived.map((a) => ({
        name: a.name,
        category: a.category,
        status: 'archived',
        declaredStatus: 'archived',
        statusText: 'archived',
        remainingSteps: 0,
        blocked: false,
        blockedFlag: false,
        kind: 'prompt',
        actions: a.actions,
        ...(a.live ? { live: a.live } : {}),
        rank: 4,
        action: 'archive',
        reason: 'Archived.',
        location: a.location,
        drift: a.drift,
    }));
    return [...plan.closeOrder, ...archived].map((s) => ({
        name: s.name,
        text: sessionUpdate(s, previous ? (0,movement/* own */.ZV)(previous, s.name) : undefined),
    }));
}

;// CONCATENATED MODULE: ./src/render/report.ts




/** plan.md has no size limit; the summary does. */
const WHOLE = 512 * 1024 * 1024;
function renderReport(plan, context) {
    const metrics = computeMetrics(plan, context.next, context.now, context.coldAfterSweeps);
    // Each file is rendered when it is first read: `--format json` needs plan.json alone, and
    // for a large plan the others are hundreds of megabytes.
    const updates = once(() => sessionUpdates(plan, context.previous?.sweeps.at(-1)?.sessions));
    const files = {};
    lazy(files, 'plan.json', () => `${JSON.stringify({ ...plan, metrics }, null, 2)}\n`);
    lazy(files, 'plan.md', () => renderMarkdown(plan, WHOLE, { metrics, updates: updates() }));
    lazy(files, 'session-updates.md', () => `${updates()
        .map((u) => u.text)
        .join('\n\n')}\n`);
    if (context.next)
        files['ledger.json'] = `${JSON.stringify(context.next)}\n`;
    const report = { metrics, files };
    lazy(report, 'summary', () => renderMarkdown(plan, undefined, { metrics, updates: updates() }));
    return report;
}
/** plan.json as it is made, piece by piece: the same text as `files['plan.json']`, never held whole. */
function* planJsonPieces(plan, metrics) {
    yield* jsonPieces({ ...plan, metrics });
    yield '\n';
}
function once(make) {
    let made;
    return () => (made ??= { value: make() }).value;
}
/** A property made on first read, then kept; it is listed like any other. */
function lazy(target, key, make) {
    Object.defineProperty(target, key, {
        enumerable: true,
        configurable: true,
        get() {
            const value = make();
            Object.defineProperty(target, key, { value, enumerable: true, writable: true });
            return value;
        },
    });
}


/***/ }),

/***/ 893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ renderTextPieces),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* unused harmony exports renderText, violationLines */
/* harmony import */ var _dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5272);
/* harmony import */ var _capacity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1590);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7789);



function renderText(plan) {
    return Array.from(renderTextPieces(plan)).join('');
}
/** Characters in a piece of the text plan, about: a few writes, whatever the plan's size. */
const PIECE = 64 * 1024;
/**
 * The text plan in pieces of whole lines, made as they are written: a plan of 100,000 sessions
 * is never held as one string.
 */
function* renderTextPieces(plan) {
    let piece = '';
    for (const part of [playbookToolLines(plan), [''], (0,_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .dispatchText */ ._O)(plan), planLines(plan)]) {
        for (const line of part) {
            piece += `${line}\n`;
            if (piece.length >= PIECE) {
                yield piece;
                piece = '';
            }
        }
    }
    if (piece !== '')
        yield piece;
}
function playbookToolLines(plan) {
    // closeFirst is the head of the close order (names may repeat in the playbook tool's JSON).
    const first = plan.closeOrder.slice(0, plan.closeFirst.length);
    const lines = [
        '=== SESSION PLAN ===',
        `Sessions observed: ${plan.counts.active} / capacity ${plan.capacity} (reserve ${plan.reserve})`,
        `Free slots needed: ${plan.freeSlotsNeeded}`,
    ];
    if (first.length > 0) {
        lines.push(`Close/ship in this order: ${first.map((s) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.name)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.statusText)})`).join(', ')}`);
    }
    if (plan.coldCategories.length > 0) {
        lines.push(`Backfill cold categories: ${plan.coldCategories.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en).join(', ')}`);
    }
    lines.push('');
    if (plan.freeSlotsNeeded > 0) {
        lines.push(`Action: free at least ${plan.freeSlotsNeeded} slot(s) by closing PR-ready work.`);
    }
    lines.push('Recommended closures:');
    for (const s of first) {
        lines.push(`- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.name)} [${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.category)}] — ${closureReason(s)}; remaining steps: ${s.remainingSteps}`);
    }
    if (plan.coldCategories.length > 0) {
        lines.push('Backfill queue:');
        for (const category of plan.coldCategories)
            lines.push(`- Add prompt for ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(category)}`);
    }
    return lines;
}
/** The playbook tool's reason: its blocked flag wins, whatever the status. */
function closureReason(s) {
    if (s.blockedFlag)
        return `Blocked (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.blocker ?? 'unspecified')})`;
    return s.status === 'pr-ready' || s.status === 'pr-created' ? 'PR-ready' : 'Quick win';
}
const ACTION_WIDTH = 'fast-track'.length;
function* planLines(plan) {
    yield `Plan for every active session (${plan.counts.active} active, ${plan.counts.archived} archived), fastest exit first:`;
    if (plan.closeOrder.length === 0)
        yield '  (no active sessions)';
    for (const [index, s] of plan.closeOrder.entries()) {
        const steps = `${s.remainingSteps} step${s.remainingSteps === 1 ? '' : 's'}`;
        const drift = s.drift.length > 0 ? ` {${s.drift.map((d) => d.code).join(', ')}}` : '';
        yield `${String(index + 1).padStart(4)}. ${s.action.padEnd(ACTION_WIDTH)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.name)} [${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.category)}] ${s.status}, ${steps}${drift}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.reason)}`;
    }
    const lines = [];
    const merged = plan.archived.filter((a) => a.drift.some((d) => d.code === 'pr-merged'));
    if (merged.length > 0) {
        lines.push(`Archive now (pull request merged): ${merged.map((a) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(a.name)).join(', ')}`);
    }
    if (plan.archived.length > 0) {
        lines.push(`Archived: ${plan.archived.map((s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(s.name)).join(', ')}`);
    }
    for (const note of plan.notes)
        lines.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(note));
    if (plan.recommendations.length > 0) {
        lines.push('Recommendations:');
        for (const r of plan.recommendations) {
            const what = [
                r.category,
                r.prompt && `prompt ${r.prompt}`,
                r.session && `session ${r.session}`,
            ]
                .filter(Boolean)
                .map((x) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(x))
                .join(', ');
            lines.push(`- ${r.kind}${what ? ` (${what})` : ''}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(r.reason)}`);
        }
    }
    lines.push(liveLine(plan));
    lines.push(...julesLines(plan));
    lines.push('');
    if (plan.violations.length === 0) {
        lines.push('Rails: all held.');
    }
    else {
        lines.push('Rails:');
        for (const v of plan.violations)
            for (const line of violationLines(v))
                lines.push(line);
    }
    lines.push(`Verdict: ${plan.verdict}`);
    yield* lines;
}
function liveLine({ api }) {
    if (api.failure)
        return `Live status: missing (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(api.failure, 1000))}); the plan is made from the file alone.`;
    if (!api.enabled)
        return 'Live status: off (offline sweep); the plan is made from the file alone.';
    const rate = api.rateLimit
        ? `, rate limit cost ${api.rateLimit.cost}, ${api.rateLimit.remaining} remaining`
        : '';
    return `Live status: ${api.pullRequests} pull request(s) in ${api.requests} request(s), ${api.retries} retried${rate}.`;
}
function julesLines(plan) {
    const { jules } = plan;
    const limits = (0,_capacity_js__WEBPACK_IMPORTED_MODULE_1__/* .julesPlanLine */ .N)(plan);
    const planLine = limits ? [`${limits}.`] : [];
    const copilot = plan.copilot ? copilotLines(plan.copilot, plan) : [];
    if (!jules.enabled)
        return [
            ...(jules.skipped ? [`Jules: skipped. ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(jules.skipped)}`] : []),
            ...planLine,
            ...copilot,
        ];
    if (jules.failure)
        return [
            `Jules: missing (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(jules.failure, 1000))}); slots are counted from the file alone.`,
            ...planLine,
            ...copilot,
        ];
    const lines = [
        `Jules: ${jules.sessions} session(s) of this repository, ${jules.live} holding a slot; ${(0,_capacity_js__WEBPACK_IMPORTED_MODULE_1__/* .slotsLine */ .k)(plan, _escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)}.`,
        ...planLine,
    ];
    for (const j of jules.untracked) {
        lines.push(`  untracked: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(j.id)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(j.state)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(j.title)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(j.url)}`);
    }
    return [...lines, ...copilot];
}
/** Copilot's tasks, as Jules' sessions are shown; the slot line once, where Jules gives none. */
function copilotLines(copilot, plan) {
    if (!copilot.enabled)
        return copilot.skipped ? [`Copilot: skipped. ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(copilot.skipped)}`] : [];
    if (copilot.failure)
        return [
            `Copilot: missing (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(copilot.failure, 1000))}); slots are counted without Copilot.`,
        ];
    const slots = plan.slots.account ? '' : `; ${(0,_capacity_js__WEBPACK_IMPORTED_MODULE_1__/* .slotsLine */ .k)(plan, _escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)}`;
    return [
        `Copilot: ${copilot.sessions} task(s) of this repository, ${copilot.live} holding a slot${slots}.`,
        ...copilot.untracked.map((j) => `  untracked: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(j.id)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(j.state)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(j.title)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(j.url)}`),
    ];
}
function violationLines(v) {
    const where = v.file ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(v.file)}${v.line ? `:${v.line}` : ''}: ` : '';
    const age = v.introduced === undefined ? '' : v.introduced ? ' (new)' : ' (existing)';
    return [`- ${where}${v.severity} [${v.rail}]${age} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(v.message)}`, `    fix: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(v.fix)}`];
}
/** `file:line:column: error: what` and, indented below it, how to fix it. */
function formatDiagnostic(d) {
    const where = d.location ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(d.location.file)}:${d.location.line}:${d.location.column}: ` : '';
    return `${where}${d.severity}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(d.message)}${d.fix ? `\n  fix: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTerminal */ .en)(d.fix)}` : ''}`;
}


/***/ }),

/***/ 4692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $o: () => (/* reexport */ COPILOT),
  M7: () => (/* reexport */ JULES),
  s1: () => (/* binding */ SOURCE_KINDS),
  iw: () => (/* reexport */ holdsSlotMeaning),
  I: () => (/* binding */ kindOf),
  Pr: () => (/* reexport */ meaningOf),
  pn: () => (/* reexport */ sessionLabel),
  vz: () => (/* reexport */ sourceOf)
});

// UNUSED EXPORTS: SOURCE_IDS

;// CONCATENATED MODULE: ./src/sources/copilot.ts
/**
 * The state table (README "Live tasks from Copilot"): a task holds a slot until it completed,
 * failed, timed out or was cancelled, including states this version does not know yet.
 */
const COPILOT = {
    id: 'copilot',
    label: 'Copilot',
    noun: 'task',
    entryId: (session) => session.copilot,
    accountWide: false,
    states: {
        queued: { meaning: 'working', text: 'Active work: waiting to start.' },
        in_progress: { meaning: 'working', text: 'Active work.' },
        waiting_for_user: {
            meaning: 'needs-person',
            text: 'Active, waiting on a person: the agent asked for input. The first recommendation is to answer the agent.',
        },
        idle: {
            meaning: 'paused',
            text: 'Active and not working: the `stalled` rail asks for a rescue or an unblocker.',
        },
        completed: {
            meaning: 'finished',
            text: 'Finished: no slot (its entry counts in the file until archived). With a pull request the entry is pr-created (archive once the PR is merged); without one it is an archive candidate.',
        },
        cancelled: {
            meaning: 'finished',
            text: 'Stopped by a person: no slot. With a pull request the entry is pr-created; without one it is an archive candidate.',
        },
        failed: {
            meaning: 'failed',
            text: 'Finished: no slot. An archive candidate, with a rescue prompt recommended.',
        },
        timed_out: {
            meaning: 'failed',
            text: 'Ran out of time: no slot. An archive candidate, with a rescue prompt recommended.',
        },
    },
    codes: {
        untracked: 'copilot-untracked',
        awaiting: 'copilot-waiting',
        failed: 'copilot-failed',
        finished: 'copilot-finished',
        missing: 'copilot-missing',
        archived: 'copilot-archived',
    },
    waitingFor: () => 'is waiting for an answer',
};

;// CONCATENATED MODULE: ./src/sources/jules.ts
/**
 * The state table (README "Live sessions from Jules"): every state but COMPLETED and FAILED holds
 * a slot, including states this version does not know yet.
 */
const JULES = {
    id: 'jules',
    label: 'Jules',
    noun: 'session',
    entryId: (session) => session.jules,
    accountWide: true,
    states: {
        QUEUED: { meaning: 'working', text: 'Active work: waiting to start.' },
        PLANNING: { meaning: 'working', text: 'Active work: Jules is writing a plan.' },
        IN_PROGRESS: { meaning: 'working', text: 'Active work.' },
        AWAITING_PLAN_APPROVAL: {
            meaning: 'needs-person',
            text: 'Active, waiting on a person: approve the plan. The first recommendation is to answer the agent.',
        },
        AWAITING_USER_FEEDBACK: {
            meaning: 'needs-person',
            text: 'Active, waiting on a person: Jules asked a question. The first recommendation is to answer the agent.',
        },
        PAUSED: {
            meaning: 'paused',
            text: 'Active and stalled: the `stalled` rail asks for a rescue or an unblocker.',
        },
        COMPLETED: {
            meaning: 'finished',
            text: 'Finished: no slot in Jules (its entry counts in the file until archived). With a pull request the entry is pr-created (archive once the PR is merged); without one it is an archive candidate.',
        },
        FAILED: {
            meaning: 'failed',
            text: 'Finished: no slot in Jules (its entry counts in the file until archived). An archive candidate, with a rescue prompt recommended.',
        },
    },
    codes: {
        untracked: 'jules-untracked',
        awaiting: 'jules-awaiting-input',
        failed: 'jules-failed',
        finished: 'jules-finished',
        missing: 'jules-missing',
        archived: 'jules-archived',
    },
    waitingFor: (state) => state === 'AWAITING_PLAN_APPROVAL'
        ? 'is waiting for its plan to be approved'
        : 'is waiting for an answer',
};

;// CONCATENATED MODULE: ./src/sources/source.ts
/** Sources in the order reports show them. */
const SOURCE_IDS = (/* unused pure expression or super */ null && (['jules', 'copilot']));
const holdsSlotMeaning = (meaning) => meaning !== 'finished' && meaning !== 'failed';
const sourceOf = (input) => input.source ?? 'jules';
/** A state's meaning; a state this version does not know holds a slot. */
const meaningOf = (kind, state) => kind.states[state]?.meaning ?? 'working';
/** "Jules session 123", "Copilot task abc". */
const sessionLabel = (kind, session) => `${kind.label} ${kind.noun} ${session.id}`;

;// CONCATENATED MODULE: ./src/sources/index.ts
// Every session source the planner knows, by id.






const SOURCE_KINDS = {
    jules: JULES,
    copilot: COPILOT,
};
const kindOf = (input) => SOURCE_KINDS[sourceOf(input)];


/***/ }),

/***/ 7800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ CLI_SURFACE)
/* harmony export */ });
/* unused harmony export ACTION_SURFACE */
// How a message names a setting: in the words of the place the user set it. A workflow sets the
// action's inputs, a terminal the command's flags and variables; no message names the other's.
/** The action, run by a workflow: inputs of the step and what the runner sets. */
const ACTION_SURFACE = {
    repository: 'GITHUB_REPOSITORY is not set in this job: write the pull request as owner/repo#12 or its URL',
    githubToken: 'the github-token input',
    julesKey: 'the secret that jules-api-key reads',
    julesUrl: 'jules-api-url',
    capacity: 'the capacity input',
    julesPlan: 'jules-plan',
    copilotToken: 'the secret that copilot-token reads',
};
/** The command line: its flags and environment variables. */
const CLI_SURFACE = {
    repository: 'name it with --repo owner/name or GITHUB_REPOSITORY',
    githubToken: 'GITHUB_TOKEN',
    julesKey: 'JULES_API_KEY',
    julesUrl: 'JULES_API_URL',
    capacity: '--capacity',
    julesPlan: '--jules-plan',
    copilotToken: 'COPILOT_TOKEN',
};


/***/ })

};
