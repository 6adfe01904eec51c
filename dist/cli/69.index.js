export const id = 69;
export const ids = [69];
export const modules = {

/***/ 5069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runConvert: () => (/* binding */ runConvert)
});

// UNUSED EXPORTS: CONVERT_USAGE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/backlog/convert.ts
// `session-sweeper convert`: the playbook tool's JSON array, as read by the loader, written out as
// an equivalent sessions.yaml. Pure: the command reads and writes the files.

/** What the playbook tool printed for a blocked session without a blocker. */
const UNSPECIFIED_BLOCKER = 'unspecified';
function toSessionsYaml(backlog, options = {}) {
    const notes = [];
    const note = (session, message, fix) => notes.push({ severity: 'warning', message, fix, location: session.location });
    const reranked = [];
    const renamed = [];
    const unspecified = [];
    const taken = new Set();
    const sessions = backlog.sessions.map((session, index) => {
        const name = uniqueName(session.name, taken);
        if (name !== session.name) {
            renamed.push({ from: session.name, to: name });
            note(session, `session name "${session.name}" is repeated: this one is written as "${name}", names are unique in sessions.yaml`, 'Rename it, or delete the repeated entry.');
        }
        const entry = {
            name,
            category: session.category,
            status: session.status,
            remaining_steps: session.remainingSteps,
        };
        if (session.blockedFlag)
            entry.blocked = true;
        if (session.blocker !== undefined)
            entry.blocker = session.blocker;
        else if (session.blocked) {
            // sessions.yaml requires a blocker for a blocked session; the tool printed this one.
            entry.blocker = UNSPECIFIED_BLOCKER;
            unspecified.push(index);
            note(session, `session "${session.name}" is blocked but names no blocker: written as \`blocker: ${UNSPECIFIED_BLOCKER}\`, as the tool printed it`, 'Say what it waits for in `blocker:`.');
        }
        if (session.blockedFlag && session.status !== 'blocked' && session.status !== 'archived') {
            reranked.push(name);
            note(session, `session "${session.name}" is flagged blocked with status ${session.status}: the tool ranked it by its status, sessions.yaml closes it with the blocked sessions`, 'Nothing to do if it is blocked; otherwise remove `blocked: true`.');
        }
        if (session.pr !== undefined)
            entry.pr = prText(session.pr);
        if (session.jules !== undefined)
            entry.jules = session.jules;
        if (session.copilot !== undefined)
            entry.copilot = session.copilot;
        if (session.started !== undefined)
            entry.started = session.started;
        if (session.nextAction !== undefined)
            entry.next_action = session.nextAction;
        if (session.actions.length > 0)
            entry.actions = session.actions;
        if (session.kind !== 'prompt')
            entry.kind = session.kind;
        return entry;
    });
    const doc = new dist/* Document */.yo({
        version: 1,
        capacity: options.capacity ?? backlog.capacity,
        reserve: options.reserve ?? backlog.reserve,
        sessions,
    });
    doc.commentBefore = [
        ` Converted from the playbook tool's ${backlog.file} by \`session-sweeper convert\`.`,
        ` Capacity: at most ${options.capacity ?? backlog.capacity} concurrent sessions, ${options.reserve ?? backlog.reserve} slot(s) kept free for the fast lane.`,
    ].join('\n');
    // A blank line between sessions, as people write the file by hand.
    const list = doc.get('sessions', true);
    if ((0,dist/* isSeq */.oP)(list)) {
        list.items.forEach((item, index) => {
            if (index > 0 && (0,dist/* isMap */.jh)(item))
                item.spaceBefore = true;
        });
    }
    for (const index of unspecified) {
        const blocker = doc.getIn(['sessions', index, 'blocker'], true);
        if ((0,dist/* isScalar */.jn)(blocker))
            blocker.comment = ' say what it waits for';
    }
    return { text: doc.toString({ lineWidth: 0 }), notes, reranked, renamed };
}
/** sessions.yaml requires unique names; the tool allowed repeats, so later ones get a suffix. */
function uniqueName(name, taken) {
    let unique = name;
    for (let n = 2; taken.has(unique.trim()); n++)
        unique = `${name} (${n})`;
    taken.add(unique.trim());
    return unique;
}
function prText(pr) {
    if (pr.url !== undefined)
        return pr.url;
    if (pr.owner !== undefined && pr.repo !== undefined)
        return `${pr.owner}/${pr.repo}#${pr.number}`;
    return pr.number;
}

// EXTERNAL MODULE: ./src/backlog/load.ts + 12 modules
var load = __webpack_require__(3560);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/render/text.ts
var render_text = __webpack_require__(893);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/convert.ts
// `session-sweeper convert <sessions.json> [--out sessions.yaml] [--force]`: moves a backlog from
// the playbook tool's JSON to sessions.yaml. Exit codes: 0 converted, 2 bad input or usage.







const CONVERT_USAGE = `Usage:
  session-sweeper convert <sessions.json> [--out sessions.yaml] [--force]

Writes the playbook tool's JSON array as an equivalent sessions.yaml: to stdout, or to --out.

Options:
  --out FILE            write the sessions.yaml there (refused if it exists)
  --force               overwrite --out if it exists
  --capacity N          write this capacity into the file (default 15)
  --reserve-slot N      write this reserve into the file (default 1)
  --max-file-size SIZE  read larger files, in bytes or with a KiB or MiB suffix (default 2MiB)
  -h, --help            show this help
`;
async function runConvert(argv, io) {
    const usage = (message) => {
        io.stderr(`session-sweeper convert: ${message}\n\n${CONVERT_USAGE}`);
        return 2;
    };
    const args = (0,cli_args/* readArgs */.iA)(argv, {
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        capacity: { type: 'string' },
        'reserve-slot': { type: 'string' },
        'max-file-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
    });
    if ('problem' in args)
        return usage(args.problem);
    const { values, positionals } = args;
    if (values.help) {
        io.stdout(CONVERT_USAGE);
        return 0;
    }
    if (positionals.length !== 1) {
        return usage(positionals.length === 0
            ? "name the playbook tool's sessions.json to convert"
            : `one file at a time, got: ${positionals.join(' ')}`);
    }
    if (values.force && values.out === undefined)
        return usage('--force goes with --out');
    const capacity = whole(values.capacity, 1);
    const reserve = whole(values['reserve-slot'], 0);
    if (capacity === null)
        return usage(`--capacity takes a whole number of at least 1`);
    if (reserve === null)
        return usage(`--reserve-slot takes a whole number of at least 0`);
    const maxBytes = values['max-file-size'] === undefined ? undefined : (0,cli_args/* maxFileSize */.o2)(values['max-file-size']);
    if (typeof maxBytes === 'object')
        return usage(maxBytes.problem);
    const file = positionals[0];
    const loaded = await (0,load/* readBacklog */.Kw)((0,external_node_path_.resolve)(io.cwd, file), file, {
        raiseWith: '--max-file-size',
        ...(maxBytes !== undefined ? { maxBytes } : {}),
    });
    // The tool's loose values are converted as the tool read them: each conversion is a warning.
    for (const warning of loaded.warnings)
        io.stderr(`${(0,render_text/* formatDiagnostic */.xy)(warning)}\n`);
    if (!loaded.ok) {
        for (const error of loaded.errors)
            io.stderr(`${(0,render_text/* formatDiagnostic */.xy)(error)}\n`);
        const count = loaded.errors.length;
        io.stderr(`${file}: ${count} problem${count === 1 ? '' : 's'}; nothing was converted.\n`);
        return 2;
    }
    if (loaded.backlog.format !== 'playbook-json') {
        io.stderr(`session-sweeper convert: ${file} is already a sessions.yaml (version 1); there is nothing to convert.\n`);
        return 2;
    }
    const settings = {
        capacity: capacity ?? loaded.backlog.capacity,
        reserve: reserve ?? loaded.backlog.reserve,
    };
    if (settings.reserve >= settings.capacity) {
        return usage(`reserve (${settings.reserve}) must be smaller than capacity (${settings.capacity})`);
    }
    const { text, notes } = toSessionsYaml(loaded.backlog, settings);
    for (const note of notes)
        io.stderr(`${(0,render_text/* formatDiagnostic */.xy)(note)}\n`);
    if (values.out === undefined) {
        io.stdout(text);
        return 0;
    }
    const out = (0,external_node_path_.resolve)(io.cwd, values.out);
    try {
        if (values.force)
            await (0,files/* writeWhole */.f)(out, text);
        else
            await (0,promises_.writeFile)(out, text, { flag: 'wx' });
    }
    catch (error) {
        const code = error.code;
        io.stderr(code === 'EEXIST'
            ? `session-sweeper convert: ${values.out} already exists; add --force to overwrite it, or choose another --out.\n`
            : `session-sweeper convert: ${values.out} cannot be written (${code ?? 'error'}).\n`);
        return 2;
    }
    io.stderr(`${values.out}: written (${loaded.backlog.sessions.length} session${loaded.backlog.sessions.length === 1 ? '' : 's'}); check it with: session-sweeper validate ${values.out}\n`);
    return 0;
}
/** undefined when absent, null when not a whole number of at least `minimum`. */
function whole(text, minimum) {
    return text === undefined ? undefined : ((0,cli_args/* wholeNumber */.rD)(text, minimum) ?? null);
}


/***/ })

};
