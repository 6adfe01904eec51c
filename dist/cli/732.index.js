export const id = 732;
export const ids = [732];
export const modules = {

/***/ 6732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readYaml: () => (/* binding */ readYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3894);
// The `yaml` reader, for backlogs that are not strict JSON and not large: it places every key
// and value exactly, so each problem points at file:line:column. Loaded only for such a file.


/** The YAML parser, for everything that is not strict JSON; errors point at line and column. */
function readYaml(text, file) {
    const cr = _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .loneCarriageReturn */ ["do"](text, file);
    if (cr)
        return { errors: [cr] };
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // The core schema keeps `2026-11-25` and `yes` as text even under a `%YAML 1.1` directive.
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
        lineCounter,
        prettyErrors: false,
        // Checked below in one pass: the parser's own check compares every key with every other.
        uniqueKeys: false,
        schema: 'core',
    });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    if (doc.errors.length > 0) {
        return {
            errors: doc.errors.map((error) => 
            // The parser recurses once per level; past a few thousand levels it runs out of stack.
            /Maximum call stack size exceeded/.test(error.message)
                ? {
                    severity: 'error',
                    message: 'the file nests lists or mappings too deeply to be read',
                    fix: 'A backlog nests a few levels at most: sessions, a session, its keys.',
                    location: at(error.pos[0]),
                }
                : {
                    severity: 'error',
                    message: error.code === 'MULTIPLE_DOCS'
                        ? _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .TWO_DOCUMENTS */ .I3
                        : `invalid YAML: ${firstLine(error.message)}`,
                    fix: error.code === 'DUPLICATE_KEY'
                        ? 'Remove or rename the repeated key.'
                        : error.code === 'MULTIPLE_DOCS'
                            ? 'Keep one document: remove the `---` lines that start another.'
                            : 'Fix the syntax; a YAML linter shows the exact spot.',
                    location: at(error.pos[0]),
                }),
        };
    }
    const directive = _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .tagDirective */ .AX(text, doc.contents?.range?.[0] ?? text.length);
    if (directive)
        return { errors: _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .structureDiagnostics */ .eX([directive], at) };
    const problems = structureCheck(doc, text);
    if (problems.length > 0)
        return { errors: _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .structureDiagnostics */ .eX(problems, at) };
    try {
        return { data: toData(doc.contents, new Map()), locate: locator(doc, at, file) };
    }
    catch (error) {
        return {
            errors: [
                {
                    severity: 'error',
                    message: `the file cannot be read as data: ${firstLine(error instanceof Error ? error.message : String(error))}`,
                    fix: 'Write the values out instead of expanding anchors and aliases.',
                    location: { file, line: 1, column: 1 },
                },
            ],
        };
    }
}
/**
 * The rules of yaml-rules.ts, in one pass over the document: keys are plain text, once per mapping
 * (compared as text, so `1:` and `"1":` are the same key, as they are in the data), no merge keys,
 * no explicit tag but `!!str` and `!!int`, no deeper than MAX_DEPTH, and aliases that expand to
 * no more than the alias budget, counted in document order.
 */
function structureCheck(doc, text) {
    const problems = [];
    const offset = (node) => node?.range?.[0] ?? 0;
    const anchors = new Map();
    const budget = new _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .AliasBudget */ .CR();
    let bombed = false;
    /** The values and characters under `node`, and every rule on the way. */
    const walk = (node, depth) => {
        let size = { values: 1, chars: 0 };
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            size = anchors.get(node.source) ?? { values: 1, chars: 0 };
            // An anchor is known once its node is whole: an alias inside it would stand for nothing.
            if (!anchors.has(node.source))
                problems.push({ offset: offset(node), message: _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .undefinedAlias */ .Dh(node.source) });
            else if (!bombed && !budget.add(size)) {
                bombed = true;
                problems.push({ offset: offset(node), message: _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .ALIAS_BOMB */ .q0 });
            }
            return size;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            size = { values: 1, chars: scalarText(node.value).length };
            if (node.tag !== undefined) {
                const problem = _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH(node.tag, 'scalar', typeof node.source === 'string' ? node.source : text);
                if (problem)
                    problems.push({ offset: offset(node), message: problem });
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            if (node.tag !== undefined) {
                const problem = _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .tagProblem */ .qH(node.tag, 'collection', '');
                if (problem)
                    problems.push({ offset: offset(node), message: problem });
            }
            // The outermost collection past the limit is reported, and nothing inside it is read.
            if (depth > _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DEPTH */ .lr) {
                problems.push({ offset: offset(node), message: _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .TOO_DEEP */ .gZ });
                return size;
            }
            const seen = new Set();
            for (const item of node.items) {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item)) {
                    const key = item.key;
                    if (key === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && key.value === null))
                        problems.push({
                            offset: key?.range && key.range[0] === key.range[1]
                                ? emptyKeyPlace(text, offset(key))
                                : offset(key),
                            message: _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .NULL_KEY */ .mk,
                        });
                    else if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
                        problems.push({ offset: offset(key), message: _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPLEX_KEY */ .jI });
                    else if (key.value === '<<')
                        problems.push({ offset: offset(key), message: _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .MERGE_KEY */ .BF });
                    else if (seen.has(String(key.value)))
                        problems.push({ offset: offset(key), message: _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DUPLICATE_KEY */ .s_ });
                    else
                        seen.add(String(key.value));
                    const k = walk(key, depth + 1);
                    const v = walk(item.value, depth + 1);
                    size = {
                        values: size.values + k.values + v.values,
                        chars: size.chars + k.chars + v.chars,
                    };
                }
                else {
                    const v = walk(item, depth + 1);
                    size = { values: size.values + v.values, chars: size.chars + v.chars };
                }
            }
        }
        else if (node === null || node === undefined) {
            return { values: 0, chars: 0 };
        }
        const anchor = node.anchor;
        if (typeof anchor === 'string')
            anchors.set(anchor, size);
        return size;
    };
    walk(doc.contents, 1);
    return problems;
}
/** Where an empty key stands: its `?` when it has one, else the `:` of its value. */
function emptyKeyPlace(text, offset) {
    let i = offset - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t'))
        i--;
    return text[i] === '?' ? i : _yaml_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyKeyAt */ .Q1(text, offset);
}
/**
 * The document's data, as `toJS` builds it: the parser's own finds each alias's anchor by
 * searching the document, N² for N aliases; here anchors are remembered as they are met. The
 * document has passed structureCheck, so it is shallow, and every key is a scalar.
 */
function toData(node, anchors) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return anchors.get(node.source);
    let value = null;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        value = node.value;
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        value = node.items.map((item) => toData(item, anchors));
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        const object = {};
        for (const pair of node.items) {
            const name = scalarText(toData(pair.key, anchors));
            // An own property even for `__proto__`, which plain assignment would turn into a prototype.
            Object.defineProperty(object, name, {
                value: toData(pair.value, anchors),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        value = object;
    }
    const anchor = node?.anchor;
    if (typeof anchor === 'string')
        anchors.set(anchor, value);
    return value;
}
/** Maps a data path to the closest node in the document; with `key`, to that key itself. */
function locator(doc, at, file) {
    // A mapping's keys are indexed the first time a path goes through it: the parser's own lookup
    // reads every key, and locating each of N categories would read N² of them.
    const indexes = new WeakMap();
    const pairIn = (map, key) => {
        let index = indexes.get(map);
        if (!index) {
            index = new Map();
            for (const item of map.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key))
                    continue;
                const name = String(item.key.value);
                if (!index.has(name))
                    index.set(name, item);
            }
            indexes.set(map, index);
        }
        return index.get(key);
    };
    const nodeAt = (path, depth) => {
        let node = doc.contents;
        for (let i = 0; i < depth; i++) {
            const step = path[i];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof step === 'number')
                node = node.items[step];
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
                node = pairIn(node, String(step))?.value;
            else
                return undefined;
        }
        return node;
    };
    // Session entries are located for every session, so they are found once and remembered.
    const list = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(doc.contents) ? doc.contents : nodeAt(['sessions'], 1);
    const entries = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list) ? list.items : [];
    const entryLocations = [];
    const entryIndex = (path) => {
        const last = path[path.length - 1];
        if (typeof last !== 'number')
            return undefined;
        if (path.length === 1 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(doc.contents))
            return last;
        if (path.length === 2 && path[0] === 'sessions')
            return last;
        return undefined;
    };
    return (path, key) => {
        const index = key === undefined ? entryIndex(path) : undefined;
        if (index !== undefined) {
            const range = entries[index]?.range;
            if (range)
                return (entryLocations[index] ??= at(range[0]));
        }
        for (let depth = path.length; depth >= 0; depth--) {
            const node = nodeAt(path, depth);
            if (!node || typeof node !== 'object' || !('range' in node))
                continue;
            if (key !== undefined && depth === path.length && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const keyNode = pairIn(node, key)?.key;
                if (keyNode?.range)
                    return at(keyNode.range[0]);
            }
            const range = node.range;
            if (range)
                return at(range[0]);
        }
        return { file, line: 1, column: 1 };
    };
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/** A scalar as the text it was read as: strings, numbers and booleans; anything else is empty. */
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}


/***/ })

};
