export const id = 273;
export const ids = [273];
export const modules = {

/***/ 8273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LARGE_YAML_CHARS: () => (/* reexport */ limits/* LARGE_YAML_CHARS */.W),
  readLargeYaml: () => (/* binding */ readLargeYaml)
});

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/backlog/json.ts
var json = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/backlog/yaml-events.ts
// Where js-yaml's events stand in the text, as `yaml` places the same nodes: each node's offset,
// each key's name as the data holds it, and a tree of places that mirrors the data.

/**
 * Calls `visit` for every node that is a value (not a key), with its data path, its offset, what
 * `visit` returned for its collection and, for a mapping's value, its key's offset. Keys that are
 * not plain text have no path, nor does anything in a collection `descend` refuses. The path is
 * one array, stepped in and out: valid during the call.
 */
function walk(text, events, visit, descend = () => true) {
    const frames = [];
    const path = [];
    let lastAt = 0;
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.POP) {
            if (frames.pop()?.stepped)
                path.pop();
            continue;
        }
        if (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            frames.push({
                named: true,
                stepped: false,
                mapping: false,
                expectKey: false,
                items: 0,
                document: true,
            });
            continue;
        }
        const parent = frames[frames.length - 1];
        const offset = event.type === js_yaml/* EVENT_ID */.hy.SCALAR
            ? scalarStart(text, event)
            : event.type === js_yaml/* EVENT_ID */.hy.ALIAS
                ? event.anchorStart - 1
                : event.start;
        // An empty value has no range (-1): an item is placed at its `-`, a value at its key.
        const at = offset >= 0
            ? offset
            : parent && !parent.mapping && !parent.document
                ? nextDash(text, lastAt, parent.start)
                : (parent?.key?.at ?? lastAt);
        lastAt = at;
        const kind = event.type === js_yaml/* EVENT_ID */.hy.MAPPING
            ? 'mapping'
            : event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE
                ? 'sequence'
                : 'scalar';
        let named = false;
        let stepped = false;
        let value;
        if (parent?.mapping && parent.expectKey) {
            // A key: remembered for its value; a key that is not plain text names nothing.
            // A key below a collection not descended into keeps its place alone, for an empty value.
            parent.key =
                event.type !== js_yaml/* EVENT_ID */.hy.SCALAR
                    ? null
                    : { name: parent.named ? (keyName(text, event) ?? '') : '', at };
            parent.expectKey = false;
        }
        else if (parent) {
            let keyAt;
            if (parent.named) {
                if (parent.mapping) {
                    if (parent.key) {
                        path.push(parent.key.name);
                        keyAt = parent.key.at;
                        named = stepped = true;
                    }
                }
                else if (parent.document)
                    named = true;
                else {
                    path.push(parent.items);
                    named = stepped = true;
                }
            }
            if (!parent.mapping && !parent.document)
                parent.items++;
            if (parent.mapping)
                parent.expectKey = true;
            if (named)
                value = visit(path, at, kind, parent.value, keyAt);
        }
        if (kind === 'scalar') {
            if (stepped)
                path.pop();
        }
        else {
            frames.push({
                named: named && descend(path),
                stepped,
                mapping: kind === 'mapping',
                expectKey: kind === 'mapping',
                items: 0,
                value,
                ...(kind === 'sequence' ? { start: at } : {}),
            });
        }
    }
}
const PLAIN_WORD = /^[a-z_]+$/;
/**
 * A key as the data holds it: a plain scalar as the core schema resolves it (`0x1` is `1`, `True`
 * is `true`), as text; null for an empty or null key.
 */
function keyName(text, event) {
    if (event.valueStart < 0)
        return null;
    const value = (0,js_yaml/* getScalarValue */.KE)(text, event);
    const tag = event.tagStart >= 0 ? text.slice(event.tagStart, event.tagEnd) : '';
    if (event.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN || (tag !== '' && tag !== '!!int'))
        return value;
    // The usual key, a lowercase word: the core schema reads it as itself unless it is one of these.
    if (PLAIN_WORD.test(value) && value !== 'null' && value !== 'true' && value !== 'false')
        return value;
    const resolved = js_yaml/* CORE_SCHEMA */.OU.resolveImplicitScalarTag(value).value;
    if (resolved === null)
        return tag === '' ? null : value;
    return typeof resolved === 'number' ||
        typeof resolved === 'boolean' ||
        typeof resolved === 'bigint'
        ? String(resolved)
        : typeof resolved === 'string'
            ? resolved
            : value;
}
/** Where an event's text ends, or `before` when it has no place of its own. */
function eventEnd(event, before) {
    switch (event.type) {
        case js_yaml/* EVENT_ID */.hy.SCALAR:
            return event.valueEnd >= 0 ? event.valueEnd : before;
        case js_yaml/* EVENT_ID */.hy.ALIAS:
            return event.anchorEnd >= 0 ? event.anchorEnd : before;
        case js_yaml/* EVENT_ID */.hy.MAPPING:
        case js_yaml/* EVENT_ID */.hy.SEQUENCE:
            return event.start >= 0 ? event.start : before;
        default:
            return before;
    }
}
/** The offset of the first node, where directives end. */
function firstNode(events) {
    for (const event of events) {
        const at = event.type === js_yaml/* EVENT_ID */.hy.SCALAR
            ? event.valueStart
            : event.type === js_yaml/* EVENT_ID */.hy.ALIAS
                ? event.anchorStart
                : eventEnd(event, -1);
        if (at >= 0)
            return at;
    }
    return undefined;
}
/** Every collection's place and every key's offset, mirroring the data. */
function placeTree(text, events, keep, descend) {
    let root = { at: 0 };
    walk(text, events, (path, at, kind, parent, keyAt) => {
        if (!keep(path, at))
            return undefined;
        const place = kind === 'mapping'
            ? { at, keys: new Map() }
            : kind === 'sequence'
                ? { at, items: [] }
                : { at };
        if (path.length === 0) {
            root = place;
            return place;
        }
        const last = path[path.length - 1];
        if (typeof last === 'number') {
            if (parent?.items)
                parent.items[last] = place;
        }
        else {
            parent?.keys?.set(last, { key: keyAt ?? at, value: place });
        }
        return place;
    }, descend);
    return root;
}
/** Where a scalar starts as written: its opening quote or block indicator, as `yaml` places it. */
function scalarStart(text, event) {
    const start = event.valueStart;
    if (start < 0)
        return start;
    if (event.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || event.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED) {
        return start - 1;
    }
    if (event.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || event.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK) {
        // Back from the content to the `|` or `>` that opens it, a line or so before.
        for (let i = start - 1; i >= 0 && i >= start - 400; i--) {
            const c = text[i];
            if (c === '|' || c === '>')
                return i;
        }
        return start;
    }
    return start;
}
/**
 * The `-` that starts the next item after `from`: the next line whose `-` stands in the list's own
 * column, so a dash inside a block scalar is not taken for it. `from` when there is none.
 */
function nextDash(text, from, listStart) {
    const column = listStart === undefined ? undefined : listStart - (text.lastIndexOf('\n', listStart - 1) + 1);
    for (let i = text.indexOf('\n', from); i !== -1; i = text.indexOf('\n', i + 1)) {
        const dash = /^[ \t]*-/.exec(text.slice(i + 1, i + 200));
        if (dash && (column === undefined || dash[0].length - 1 === column))
            return i + dash[0].length;
    }
    return from;
}

// EXTERNAL MODULE: ./src/backlog/yaml-rules.ts
var yaml_rules = __webpack_require__(3894);
;// CONCATENATED MODULE: ./src/backlog/event-rules.ts
// The rules of yaml-rules.ts over js-yaml's event stream, before any data is built: the same
// problems at the same places as the `yaml` reader finds in its document.



/** Where a second document starts (its `---`, as `yaml` places it), if the file holds one. */
function secondDocument(text, events) {
    let documents = 0;
    for (const event of events) {
        if (event.type === js_yaml/* EVENT_ID */.hy.DOCUMENT)
            documents++;
        else if (documents === 2) {
            const node = event.type === js_yaml/* EVENT_ID */.hy.SCALAR
                ? event.valueStart
                : event.type === js_yaml/* EVENT_ID */.hy.ALIAS
                    ? event.anchorStart
                    : 'start' in event
                        ? event.start
                        : -1;
            const before = text.lastIndexOf('\n---', node >= 0 ? node - 1 : text.length);
            const offset = before >= 0 ? before + 1 : text.startsWith('---') ? 0 : Math.max(0, node);
            return { offset, message: yaml_rules/* TWO_DOCUMENTS */.I3 };
        }
    }
    return undefined;
}
/**
 * The rules of yaml-rules.ts over the event stream, as load.ts holds a `yaml` document to them:
 * the same problems at the same places. Each anchor's size counts what its own aliases expand to.
 */
function structureProblems(text, events) {
    const problems = [];
    const sizes = new Map();
    const budget = new yaml_rules/* AliasBudget */.CR();
    let bombed = false;
    const frames = [];
    /** Inside a collection past MAX_DEPTH: how many collections deep, until it closes. */
    let skipping = 0;
    const anchorOf = (start, end) => start >= 0 ? text.slice(start, end).replace(/^[&*]/, '') : undefined;
    // A frame's size is its own object until it closes, so it grows in place.
    const add = (values, chars) => {
        const top = frames[frames.length - 1];
        if (top) {
            top.size.values += values;
            top.size.chars += chars;
        }
    };
    // Sizes only bound what aliases expand to: with no anchor, no scalar's text is needed.
    const anchored = events.some((event) => 'anchorStart' in event && event.anchorStart >= 0);
    /** A node in the innermost mapping's key position is checked as a key. */
    const asKey = (event, offset) => {
        const top = frames[frames.length - 1];
        if (!top?.mapping)
            return;
        if (top.expectKey) {
            if (event.type !== js_yaml/* EVENT_ID */.hy.SCALAR)
                problems.push({ offset, message: yaml_rules/* COMPLEX_KEY */.jI });
            else {
                const key = keyName(text, event);
                if (key === null)
                    problems.push({
                        offset: offset >= 0 ? offset : yaml_rules/* emptyKeyAt */.Q1(text, lastEnd),
                        message: yaml_rules/* NULL_KEY */.mk,
                    });
                else if (key === '<<')
                    problems.push({ offset, message: yaml_rules/* MERGE_KEY */.BF });
                else if (top.keys.has(key))
                    problems.push({ offset, message: yaml_rules/* DUPLICATE_KEY */.s_ });
                else
                    top.keys.add(key);
            }
        }
        top.expectKey = !top.expectKey;
    };
    /** Where the last event with a place ended: an empty key is found after it. */
    let lastEnd = 0;
    for (const event of events) {
        lastEnd = eventEnd(event, lastEnd);
        if (skipping > 0) {
            if (event.type === js_yaml/* EVENT_ID */.hy.MAPPING || event.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
                skipping++;
            else if (event.type === js_yaml/* EVENT_ID */.hy.POP)
                skipping--;
            continue;
        }
        switch (event.type) {
            case js_yaml/* EVENT_ID */.hy.MAPPING:
            case js_yaml/* EVENT_ID */.hy.SEQUENCE: {
                asKey(event, event.start);
                if (event.tagStart >= 0) {
                    const problem = yaml_rules/* tagProblem */.qH(text.slice(event.tagStart, event.tagEnd), 'collection', '');
                    if (problem)
                        problems.push({ offset: event.start, message: problem });
                }
                if (frames.length + 1 > yaml_rules/* MAX_DEPTH */.lr) {
                    problems.push({ offset: event.start, message: yaml_rules/* TOO_DEEP */.gZ });
                    add(1, 0);
                    skipping = 1;
                    break;
                }
                const anchor = anchorOf(event.anchorStart, event.anchorEnd);
                frames.push({
                    mapping: event.type === js_yaml/* EVENT_ID */.hy.MAPPING,
                    expectKey: true,
                    keys: new Set(),
                    size: { values: 1, chars: 0 },
                    ...(anchor === undefined ? {} : { anchor }),
                });
                break;
            }
            case js_yaml/* EVENT_ID */.hy.SCALAR: {
                const offset = scalarStart(text, event);
                asKey(event, offset);
                const chars = anchored && event.valueStart >= 0 ? (0,js_yaml/* getScalarValue */.KE)(text, event).length : 0;
                if (event.tagStart >= 0) {
                    const source = event.valueStart >= 0 ? text.slice(event.valueStart, event.valueEnd) : '';
                    const problem = yaml_rules/* tagProblem */.qH(text.slice(event.tagStart, event.tagEnd), 'scalar', source);
                    if (problem)
                        problems.push({ offset: offset >= 0 ? offset : event.tagStart, message: problem });
                }
                const anchor = anchorOf(event.anchorStart, event.anchorEnd);
                if (anchor !== undefined)
                    sizes.set(anchor, { values: 1, chars });
                add(1, chars);
                break;
            }
            case js_yaml/* EVENT_ID */.hy.ALIAS: {
                const offset = Math.max(0, event.anchorStart - 1);
                asKey(event, offset);
                const name = anchorOf(event.anchorStart, event.anchorEnd) ?? '';
                const size = sizes.get(name) ?? { values: 1, chars: 0 };
                if (!sizes.has(name))
                    problems.push({ offset, message: yaml_rules/* undefinedAlias */.Dh(name) });
                else if (!bombed && !budget.add(size)) {
                    bombed = true;
                    problems.push({ offset, message: yaml_rules/* ALIAS_BOMB */.q0 });
                }
                add(size.values, size.chars);
                break;
            }
            case js_yaml/* EVENT_ID */.hy.POP: {
                const done = frames.pop();
                if (done?.anchor !== undefined)
                    sizes.set(done.anchor, done.size);
                if (done)
                    add(done.size.values, done.size.chars);
                break;
            }
            default:
                break;
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/backlog/place.ts
var place = __webpack_require__(4160);
// EXTERNAL MODULE: ./src/backlog/limits.ts
var limits = __webpack_require__(4667);
;// CONCATENATED MODULE: ./src/backlog/large-yaml.ts
// A large YAML backlog is read from js-yaml's event stream: the `yaml` Document keeps a node for
// every value and needs over 512 MB for 100,000 sessions, the event stream under 200 MB. Each
// session's place is found in one pass; any other place only when a problem needs it.







/** The parser refuses past this depth instead of running out of stack; MAX_DEPTH is the rule. */
const PARSER_DEPTH = yaml_rules/* MAX_DEPTH */.lr * 4;
function readLargeYaml(text, file) {
    const at = (0,json/* offsetLocator */.So)(text, file);
    let data;
    let entries;
    let outline;
    const cr = (0,yaml_rules/* loneCarriageReturn */["do"])(text, file);
    if (cr)
        return { errors: [cr] };
    try {
        const events = (0,js_yaml/* parseEvents */.PH)(text, { filename: file, maxDepth: PARSER_DEPTH });
        // The rules both readers share, before anything is built: js-yaml counts aliases, not what
        // they expand to, and reads tags and merge keys the small reader does not.
        const second = secondDocument(text, events);
        if (second !== undefined)
            return { errors: (0,yaml_rules/* structureDiagnostics */.eX)([second], at) };
        const directive = (0,yaml_rules/* tagDirective */.AX)(text, firstNode(events) ?? text.length);
        if (directive)
            return { errors: (0,yaml_rules/* structureDiagnostics */.eX)([directive], at) };
        const problems = structureProblems(text, events);
        if (problems.length > 0)
            return { errors: (0,yaml_rules/* structureDiagnostics */.eX)(problems, at) };
        const documents = (0,js_yaml/* constructFromEvents */.fw)(events, {
            source: text,
            filename: file,
            schema: js_yaml/* CORE_SCHEMA */.OU,
            // Bounded above by what they expand to; counting them would refuse an honest file.
            maxAliases: -1,
        });
        data = documents[0];
        ({ entries, tree: outline } = firstPass(text, events, Array.isArray(data)));
    }
    catch (error) {
        if (!(error instanceof js_yaml/* YAMLException */.tB))
            throw error;
        const mark = error.mark;
        const location = mark ? at(mark.position) : { file, line: 1, column: 1 };
        if (/depth/i.test(error.reason)) {
            return problem(location, 'the file nests lists or mappings too deeply to be read', 'A backlog nests a few levels at most: sessions, a session, its keys.');
        }
        return problem(location, `invalid YAML: ${error.reason}`, /duplicated mapping key/.test(error.reason)
            ? 'Remove or rename the repeated key.'
            : 'Fix the syntax; a YAML linter shows the exact spot.');
    }
    // Inside a session, places come from a tree of every node, built by a second parse when a
    // problem there needs one; everywhere else the first pass's outline has them.
    let tree;
    const topIsList = Array.isArray(data);
    const places = (path) => insideEntry(path, topIsList)
        ? (tree ??= placeTree(text, (0,js_yaml/* parseEvents */.PH)(text, { filename: file, maxDepth: PARSER_DEPTH }), () => true))
        : outline;
    return {
        data,
        locate: (path, key) => {
            const index = path[path.length - 1];
            const isEntry = key === undefined &&
                typeof index === 'number' &&
                (topIsList ? path.length === 1 : path.length === 2 && path[0] === 'sessions');
            if (isEntry && entries[index] !== undefined)
                return at(entries[index]);
            return at((0,place/* offsetAlong */.z)(places(key === undefined ? path : [...path, key]), path, key));
        },
    };
}
function problem(location, message, fix) {
    return { errors: [{ severity: 'error', message, fix, location }] };
}
/** A session entry, or anything within one: `sessions[i]…`, or `[i]…` in a bare list. */
function insideEntry(path, topIsList) {
    return topIsList ? path.length > 1 : path.length > 2 && path[0] === 'sessions';
}
/**
 * Where each item of the sessions list starts (the top-level list, or `sessions:`'s), and the
 * places of everything outside the entries: capacity, categories, prompts, incidents.
 */
function firstPass(text, events, topIsList) {
    const entries = [];
    const isEntry = (path) => (topIsList ? path.length === 1 : path.length === 2 && path[0] === 'sessions') &&
        typeof path[path.length - 1] === 'number';
    const tree = placeTree(text, events, (path, at) => {
        if (isEntry(path))
            entries.push(at);
        return !insideEntry(path, topIsList);
    }, 
    // What is inside an entry is placed by the second parse, if ever: not named here.
    (path) => !isEntry(path) && !insideEntry(path, topIsList));
    return { entries, tree };
}


/***/ })

};
