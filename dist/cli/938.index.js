export const id = 938;
export const ids = [938];
export const modules = {

/***/ 3938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDispatchCli: () => (/* binding */ runDispatchCli)
});

// UNUSED EXPORTS: DISPATCH_USAGE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/backlog/load.ts + 12 modules
var load = __webpack_require__(3560);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/github/endpoints.ts
var github_endpoints = __webpack_require__(925);
// EXTERNAL MODULE: ./src/github/refs.ts
var refs = __webpack_require__(9081);
// EXTERNAL MODULE: ./src/planner/dispatch.ts
var dispatch = __webpack_require__(4264);
// EXTERNAL MODULE: ./src/planner/jules.ts
var planner_jules = __webpack_require__(1075);
// EXTERNAL MODULE: ./src/planner/plan.ts + 16 modules
var planner_plan = __webpack_require__(1551);
// EXTERNAL MODULE: ./src/planner/sessions.ts
var sessions = __webpack_require__(6411);
// EXTERNAL MODULE: ./src/render/text.ts
var render_text = __webpack_require__(893);
// EXTERNAL MODULE: ./src/surface.ts
var surface = __webpack_require__(7800);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/random.ts
// A random UUID (version 4) without loading node:crypto, whose twenty-odd internal modules cost
// about 9 ms of a start that makes no request: where the system has /dev/urandom (Linux, macOS),
// the kernel's generator, which node:crypto reads too; elsewhere node:crypto's own.

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
function kernelBytes(count) {
    let fd;
    try {
        fd = openSync('/dev/urandom', 'r');
        const bytes = new Uint8Array(count);
        let read = 0;
        while (read < count) {
            const got = readSync(fd, bytes, read, count - read, null);
            if (got <= 0)
                return undefined;
            read += got;
        }
        return bytes;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/** `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`, as crypto.randomUUID writes it. */
function random_randomUuid() {
    const bytes = kernelBytes(16);
    if (!bytes)
        return globalThis.crypto.randomUUID();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const h = Array.from(bytes, (byte) => HEX[byte]);
    return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
}

;// CONCATENATED MODULE: ./src/action/runner.ts
// The runner's protocol for a JavaScript action, as @actions/core 3 speaks it, byte for byte:
// inputs from INPUT_* variables, outputs appended to the GITHUB_OUTPUT file between a random
// delimiter, workflow commands on stdout with the toolkit's escaping, and the exit code.
// @actions/core imports its OIDC client at load time, and with it @actions/http-client and the
// fetch library under it (about 65 ms under Node 24), though a sweep that makes no request needs
// none of them. test/runner.test.ts runs both on the same calls and compares what they write; the
// delimiter's UUID comes from src/random.ts, which spares the start node:crypto.



/** The toolkit's toCommandValue: strings as they are, nothing as '', anything else as JSON. */
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return input;
    return JSON.stringify(input);
}
const escapeData = (s) => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => toCommandValue(s)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C');
/** `::name key=value,key=value::message`; a property with an empty value is left out. */
function issueCommand(command, properties, message) {
    let text = `::${command}`;
    const set = Object.entries(properties).filter(([, value]) => value);
    if (Object.keys(properties).length > 0) {
        text += ` ${set.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}`;
    }
    process.stdout.write(`${text}::${escapeData(message)}${external_node_os_.EOL}`);
}
function toCommandProperties(properties) {
    if (Object.keys(properties).length === 0)
        return {};
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn,
    };
}
function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    if (options?.trimWhitespace === false)
        return value;
    return value.trim();
}
/** Appends `name<<delimiter`, the value and the delimiter to GITHUB_OUTPUT; no file, a command. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(EOL);
        issueCommand('set-output', { name }, toCommandValue(value));
        return;
    }
    const delimiter = `ghadelimiter_${randomUuid()}`;
    const converted = toCommandValue(value);
    // As the toolkit does: a name or value holding the delimiter would end the value early.
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (converted.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    if (!existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    appendFileSync(file, `${name}<<${delimiter}${EOL}${converted}${EOL}${delimiter}${EOL}`, {
        encoding: 'utf8',
    });
}
/** The runner masks this value in the log from here on. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/** Fails the step: exit code 1, and the message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
const annotation = (type) => (message, properties = {}) => {
    issueCommand(type, toCommandProperties(properties), message instanceof Error ? message.toString() : message);
};
const error = annotation('error');
const warning = annotation('warning');
const notice = annotation('notice');
function info(message) {
    process.stdout.write(message + EOL);
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/flows/dispatch.ts
// Dispatch in order, after the plan is made: archive what is done, approve our own plans, then
// start the plan's next prompts one at a time, each after a fresh account-wide list, stopping at
// the first refusal. The only place that sends write calls to Jules.









const empty = (mode) => ({
    mode,
    started: [],
    archived: [],
    approved: [],
    skipped: [],
    needsYou: [],
    calls: [],
});
async function runDispatch(world, settings) {
    const report = empty(settings.mode);
    const refused = refusalOf(world, settings);
    if (refused)
        return { ...report, refused };
    const repository = settings.repository;
    const defaultBranch = settings.defaultBranch;
    const sessions = world.jules?.sessions ?? [];
    const dry = settings.mode === 'dry-run';
    const writer = settings.writer ?? writerOf(await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 184)));
    const send = async (call) => {
        report.calls.push(call);
        if (dry)
            return undefined;
        if ((0,dispatch/* startsInCopilot */.nr)(call))
            return settings.copilot.start(call.body);
        if (call.path === 'sessions')
            return writer.create(settings.write, call.body);
        const id = 'session' in call ? call.session : '';
        return call.path.endsWith(':archive')
            ? writer.archive(settings.write, id)
            : writer.approve(settings.write, id);
    };
    // "If PR already exists: archive the session after confirming status": merged, per GitHub.
    // The agent tasks API has no archive call: Copilot's tasks are archived in GitHub.
    if (settings.archive && world.jules) {
        const byId = new Map(sessions.map((j) => [j.id, j]));
        for (const call of (0,dispatch/* archiveCalls */.Qi)(archiveCandidates(world))) {
            const id = 'session' in call ? call.session : '';
            const result = await send(call);
            // dry-run: the call is printed; nothing was archived.
            if (!result)
                continue;
            if (!result.ok) {
                report.stopped = `archiving ${id} failed: ${'refused' in result ? result.refused : result.unknown}`;
                return report;
            }
            const j = byId.get(id);
            report.archived.push({ session: id, url: j.url, pullRequest: j.pullRequests[0] ?? '' });
        }
    }
    const waiting = (0,dispatch/* approvals */.bc)(sessions, world.file.prompts, repository);
    report.needsYou = [...waiting.needsYou, ...(0,dispatch/* waitingTasks */.sY)(world.copilot?.sessions ?? [])];
    for (const call of waiting.calls) {
        const id = 'session' in call ? call.session : '';
        const result = await send(call);
        if (!result)
            continue;
        if (!result.ok) {
            report.stopped = `approving the plan of ${id} failed: ${'refused' in result ? result.refused : result.unknown}`;
            return report;
        }
        const j = sessions.find((s) => s.id === id);
        report.approved.push({ session: id, url: j.url, prompt: waiting.approvedPrompts.get(id) });
    }
    await startPrompts(world, settings, report, send, repository, defaultBranch);
    return report;
}
/** Why nothing may be sent at all, or undefined. */
function refusalOf(world, settings) {
    const byEvent = (0,dispatch/* eventRefusal */.jB)(settings.eventName);
    if (byEvent)
        return byEvent;
    if (!settings.write && !settings.copilot)
        return 'dispatch needs a Jules API key or a Copilot token, and neither was given, so nothing was sent';
    // A source given but unread leaves the slots uncounted: nothing is started anywhere.
    if (settings.write && (!world.jules?.enabled || world.jules.failure)) {
        return `the Jules session list could not be read (${world.jules?.failure ?? 'not asked for'}), so slots cannot be counted and nothing was sent`;
    }
    if (settings.copilot && (!world.copilot?.enabled || world.copilot.failure)) {
        return `the Copilot task list could not be read (${world.copilot?.failure ?? 'not asked for'}), so slots cannot be counted and nothing was sent`;
    }
    if (!settings.repository)
        return 'the repository is not known, so nothing was sent';
    if (!settings.defaultBranch) {
        return "the repository's default branch is not known (the event payload names none), so nothing was sent";
    }
    return undefined;
}
/** Every entry linked to a Jules session, with what GitHub shows of its pull request. */
function archiveCandidates(world) {
    const jules = world.jules;
    if (!jules)
        return [];
    const { linked } = (0,planner_jules/* linkJules */.or)(world.backlog.sessions, jules.sessions, jules.repository, jules.notFound);
    const candidates = [];
    for (const [session, j] of linked) {
        const lookup = Object.hasOwn(world.lookups, session.name)
            ? world.lookups[session.name]
            : undefined;
        if (!lookup || !('pull' in lookup))
            continue;
        // The session's own pull request: a merged one the entry names elsewhere says nothing of it.
        const key = (0,sessions/* pullKeyOfUrl */.lG)(lookup.pull.url);
        const own = key !== undefined && j.pullRequests.some((url) => (0,sessions/* pullKeyOfUrl */.lG)(url) === key);
        candidates.push({ jules: j, pullRequest: lookup.pull.url, merged: own && lookup.pull.merged });
    }
    return candidates;
}
/**
 * One session for each start-prompt recommendation, in the plan's order: a fresh list before
 * each create, and after a create whose outcome is unknown, a fresh list before anything else.
 */
async function startPrompts(world, settings, report, send, repository, defaultBranch) {
    const startedIds = new Set();
    const skippedIds = new Set();
    const record = (skipped) => {
        for (const s of skipped) {
            if (skippedIds.has(s.prompt))
                continue;
            skippedIds.add(s.prompt);
            report.skipped.push(s);
        }
    };
    // "Exactly once" reads markers on archived sessions too: without them, nothing is started.
    const unread = (listed) => listed?.archivedUnread === undefined
        ? undefined
        : `the archived ${listed.source === 'copilot' ? 'Copilot tasks' : 'sessions'} could not be listed (${listed.archivedUnread}), so a prompt started before cannot be told from a waiting one; ${startedIds.size > 0 ? 'no more sessions were started' : 'no session was started'}`;
    let fresh = world.jules?.sessions ?? [];
    let source = world.jules;
    let freshCopilot = world.copilot?.sessions;
    let copilotSource = world.copilot;
    const unavailable = {
        ...(settings.write ? {} : { jules: 'its agent is jules, and no Jules API key was given' }),
        ...(settings.copilot
            ? {}
            : { copilot: 'its agent is copilot, and no Copilot token was given' }),
    };
    for (;;) {
        if (settings.mode === 'on') {
            const listed = settings.write ? await settings.list() : undefined;
            const tasks = settings.copilot ? await settings.copilot.list() : undefined;
            const failure = listed?.failure ?? tasks?.failure;
            if (failure) {
                report.stopped = `the list taken before a start could not be read (${failure}), so no more sessions were started`;
                return;
            }
            if (listed)
                [fresh, source] = [listed.sessions, listed];
            if (tasks)
                [freshCopilot, copilotSource] = [tasks.sessions, tasks];
        }
        const step = (0,dispatch/* nextStart */.K8)({
            recommendations: world.plan.recommendations,
            prompts: world.backlog.prompts,
            fresh,
            ...(freshCopilot ? { freshCopilot } : {}),
            ...(world.copilot ? { plannedCopilot: world.copilot.sessions } : {}),
            defaultAgent: world.file.agent,
            unavailable,
            ...(settings.julesConcurrent !== undefined
                ? { julesConcurrent: settings.julesConcurrent }
                : {}),
            planned: world.jules?.sessions ?? [],
            limits: settings.limits,
            repository,
            defaultBranch,
            startedSoFar: startedIds.size,
            startedIds,
            knownIds: (0,dispatch/* promptIds */.$C)(world.file.prompts),
            ...(world.recorded ? { recorded: world.recorded } : {}),
            ...(settings.dailyTasks !== undefined
                ? { createdToday: (0,planner_plan/* dailyQuota */.Ug)(fresh, settings.dailyTasks, settings.now).created }
                : {}),
        });
        record(step.skipped);
        const call = step.call;
        if (!call)
            return;
        // A marker on either agent's archived work holds a prompt, whichever agent it starts in now.
        const why = unread(copilotSource) ??
            unread(source) ??
            (world.ledgerUnread === undefined
                ? undefined
                : `the ledger could not be read (${world.ledgerUnread}), so a prompt an earlier sweep started, its session since renamed or deleted, cannot be told from a waiting one; ${startedIds.size > 0 ? 'no more sessions were started' : 'no session was started'}`);
        if (why) {
            report.stopped = why;
            return;
        }
        const result = await send(call);
        if (!result) {
            // dry-run: counted as started, so the rails hold for the calls that follow.
            startedIds.add(call.prompt);
            continue;
        }
        if (result.ok) {
            startedIds.add(call.prompt);
            report.started.push({
                prompt: call.prompt,
                category: call.category,
                session: result.session.id,
                url: result.session.url,
            });
            continue;
        }
        const agent = (0,dispatch/* startsInCopilot */.nr)(call) ? 'Copilot' : 'Jules';
        if ('refused' in result) {
            report.stopped = `${agent} refused to start ${call.prompt}: ${result.refused}`;
            return;
        }
        // "Exactly once": whether the agent made the session is read from a list, never guessed.
        const after = (0,dispatch/* startsInCopilot */.nr)(call) ? await settings.copilot.list() : await settings.list();
        const made = after.failure
            ? undefined
            : (0,dispatch/* sessionsByPrompt */.JZ)(after.sessions, (0,dispatch/* promptIds */.$C)(world.file.prompts), repository).get(call.prompt);
        if (made) {
            startedIds.add(call.prompt);
            report.started.push({
                prompt: call.prompt,
                category: call.category,
                session: made.id,
                url: made.url,
            });
            settings.log?.(`${result.unknown} while starting ${call.prompt}; the list shows ${agent === 'Copilot' ? 'task' : 'session'} ${made.id}, so it was not created again.`);
            continue;
        }
        report.stopped = `${result.unknown} while starting ${call.prompt}, and ${after.failure ? 'the list after it could not be read' : 'the list after it shows no such session'}; it was not sent again, and the next sweep starts it if it is still missing`;
        return;
    }
}
function writerOf(module) {
    return {
        create: module.createSession,
        archive: module.archiveSession,
        approve: module.approvePlan,
    };
}
/** Copilot's start call and list, through the GitHub seam with the user's token. */
async function copilotDispatch(options) {
    const { listCopilotTasks, startCopilotTask } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(392), __webpack_require__.e(105)]).then(__webpack_require__.bind(__webpack_require__, 1105));
    return {
        start: (body) => startCopilotTask(options, body),
        list: () => listCopilotTasks({ ...options, archived: true }),
    };
}
/** What the ledger keeps of a dispatch, and the entry name of each started prompt. */
function dispatchRecord(report, backlog) {
    const prompts = new Map(backlog.prompts.flatMap((g) => [...g.active, ...g.reserve].map((p) => [p.id, p])));
    const names = new Map();
    for (const s of report.started) {
        const p = prompts.get(s.prompt);
        if (p)
            names.set(s.prompt, dispatchTitle(p));
    }
    return {
        record: {
            started: report.started.map(({ prompt, category, session }) => ({
                prompt,
                category,
                session,
            })),
            archived: report.archived.map((a) => a.session),
            approved: report.approved.map((a) => a.session),
        },
        names,
    };
}
/**
 * The action's dispatch step: settings from the inputs, the report on the plan, the outputs, and
 * the ledger with each call recorded. With dispatch off it sets empty outputs and nothing else.
 */
async function dispatchFromAction(inputs, context, world, now) {
    const keep = (ledger) => ledger;
    if (inputs.dispatch === 'off') {
        core.setOutput('started', '[]');
        core.setOutput('archived', '[]');
        return keep;
    }
    const log = (message) => {
        core.info(escapeLog(message));
    };
    const write = inputs.julesApiKey
        ? { apiKey: inputs.julesApiKey, apiUrl: inputs.julesApiUrl, surface: ACTION_SURFACE, log }
        : undefined;
    const plan = world.plan;
    const endpoints = endpointsFromEnv(process.env);
    const report = await runDispatch(world, {
        mode: inputs.dispatch,
        archive: inputs.dispatchArchive,
        eventName: context.eventName,
        ...(context.repository ? { repository: context.repository } : {}),
        ...(context.defaultBranch ? { defaultBranch: context.defaultBranch } : {}),
        ...(write ? { write } : {}),
        limits: {
            capacity: plan.capacity,
            reserve: plan.reserve,
            counted: plan.slots.counted,
            ...(plan.dailyQuota ? { quota: plan.dailyQuota } : {}),
            ...(inputs.dispatchMax !== undefined ? { max: inputs.dispatchMax } : {}),
        },
        ...(plan.julesPlan ? { dailyTasks: plan.julesPlan.dailyTasks } : {}),
        // Beside Copilot the capacity is the file's, and the Jules plan caps Jules' own starts.
        ...(plan.julesPlan && plan.copilot?.enabled
            ? { julesConcurrent: plan.julesPlan.concurrent }
            : {}),
        ...(inputs.copilotToken && context.repository
            ? {
                copilot: await copilotDispatch({
                    token: inputs.copilotToken,
                    apiUrl: endpoints.apiUrl,
                    graphqlUrl: endpoints.graphqlUrl,
                    repository: context.repository,
                    surface: ACTION_SURFACE,
                    log,
                }),
            }
            : {}),
        now,
        list: async () => {
            const { listJulesSessions } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(585)]).then(__webpack_require__.bind(__webpack_require__, 9966));
            return listJulesSessions({
                apiKey: inputs.julesApiKey,
                apiUrl: inputs.julesApiUrl,
                repository: context.repository,
                surface: ACTION_SURFACE,
                // Exactly once: an archived session's marker still counts.
                archived: true,
                log,
            });
        },
        log,
    });
    plan.dispatch = report;
    core.setOutput('started', JSON.stringify(report.started.map((s) => s.session)));
    core.setOutput('archived', JSON.stringify(report.archived.map((a) => a.session)));
    if (report.refused)
        core.warning(escapeLog(`Dispatch sent nothing: ${report.refused}.`));
    if (report.stopped)
        core.warning(escapeLog(`Dispatch stopped: ${report.stopped}.`));
    if (report.mode !== 'on')
        return keep;
    const { record, names } = dispatchRecord(report, world.backlog);
    return (ledger) => recordDispatch(ledger, record, names);
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/backlog.ts
var cli_backlog = __webpack_require__(3597);
;// CONCATENATED MODULE: ./src/cli/dispatch.ts
// `session-sweeper dispatch FILE [--dry-run]`: the sweep's dispatch from a terminal, with the key
// from JULES_API_KEY. Exit codes: 0 done, 1 refused or stopped by Jules, 2 bad input or usage.














const DISPATCH_USAGE = `Usage:
  session-sweeper dispatch <file> [--dry-run] [options]

Starts the plan's next prompts in Jules within the rails, archives COMPLETED sessions whose pull
request merged (with --github), and approves the plans of its own approve: auto sessions.
The key is read from JULES_API_KEY (JULES_API_URL overrides the address); prompts whose agent is
copilot start in GitHub Copilot's cloud agent with --copilot (a user's token in COPILOT_TOKEN).

Options:
  --dry-run             print the calls dispatch would send, with their bodies; send none
  --repo OWNER/NAME     the repository (default GITHUB_REPOSITORY)
  --default-branch B    the starting branch of prompts without \`branch\` (default main)
  --dispatch-max N      sessions started at most (default: every open slot)
  --capacity N          maximum concurrent sessions (overrides the file)
  --reserve-slot N      slots kept free for the fast lane (overrides the file)
  --jules-plan PLAN     free, pro or ultra: capacity at most its concurrency (with --copilot,
                        Jules' sessions are), and its daily quota
  --github              read pull requests from GitHub (GITHUB_TOKEN), to archive merged work
  --copilot             read this repository's Copilot tasks, and start copilot prompts there
`;
class Bad extends Error {
}
async function runDispatchCli(argv, io) {
    try {
        return await dispatch_dispatch(argv, io);
    }
    catch (error) {
        if (!(error instanceof Bad))
            throw error;
        io.stderr(`session-sweeper dispatch: ${error.message}\n`);
        return 2;
    }
}
const whole = (flag, text, minimum) => {
    if (text === undefined)
        return undefined;
    const value = (0,args/* wholeNumber */.rD)(text, minimum);
    if (value === undefined) {
        throw new Bad(`${flag} takes a whole number of at least ${minimum}, got "${text}"`);
    }
    return value;
};
async function dispatch_dispatch(argv, io) {
    const parsed = (0,args/* readArgs */.iA)(argv, {
        'dry-run': { type: 'boolean', default: false },
        repo: { type: 'string' },
        'default-branch': { type: 'string', default: 'main' },
        'dispatch-max': { type: 'string' },
        capacity: { type: 'string' },
        'reserve-slot': { type: 'string' },
        'jules-plan': { type: 'string' },
        github: { type: 'boolean', default: false },
        copilot: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
    });
    if ('problem' in parsed)
        throw new Bad(`${parsed.problem}\n\n${DISPATCH_USAGE}`);
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(DISPATCH_USAGE);
        return 0;
    }
    if (positionals.length !== 1)
        throw new Bad(`name one backlog file\n\n${DISPATCH_USAGE}`);
    const apiKey = io.env.JULES_API_KEY || undefined;
    if (!apiKey && !values.copilot) {
        throw new Bad('dispatch reads the key from JULES_API_KEY, which is not set (or give --copilot, with COPILOT_TOKEN, to start prompts in Copilot alone).');
    }
    const copilotToken = io.env.COPILOT_TOKEN;
    if (values.copilot && !copilotToken) {
        throw new Bad('--copilot reads the token from COPILOT_TOKEN, which is not set.');
    }
    const repository = (0,refs/* parseRepository */.SU)(values.repo ?? io.env.GITHUB_REPOSITORY);
    if (!repository) {
        throw new Bad('name the repository with --repo owner/name (or GITHUB_REPOSITORY).');
    }
    const plan = values['jules-plan'];
    if (plan !== undefined && !planner_jules/* JULES_PLAN_NAMES */.bv.includes(plan)) {
        throw new Bad(`--jules-plan takes ${planner_jules/* JULES_PLAN_NAMES */.bv.join(', ')}, got "${plan}"`);
    }
    const capacity = whole('--capacity', values.capacity, 1);
    const reserve = whole('--reserve-slot', values['reserve-slot'], 0);
    const max = whole('--dispatch-max', values['dispatch-max'], 1);
    const file = positionals[0];
    const path = (0,external_node_path_.resolve)(io.cwd, file);
    // A link inside the directory the command runs in must not lead out of it.
    const text = await (0,load/* readBacklogText */.fC)(path, file, (0,cli_backlog/* isInside */.FK)(path, io.cwd) ? { root: io.cwd } : {});
    const loaded = 'text' in text ? await (0,load/* parseBacklogText */.SM)(text.text, file, { repository }) : text.failure;
    if (!loaded.ok) {
        for (const d of loaded.errors)
            io.stderr(`${(0,render_text/* formatDiagnostic */.xy)(d)}\n`);
        return 2;
    }
    const { DEFAULT_JULES_API_URL, julesUrlProblem, listJulesSessions } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(585)]).then(__webpack_require__.bind(__webpack_require__, 9966));
    const apiUrl = io.env.JULES_API_URL || DEFAULT_JULES_API_URL;
    const problem = julesUrlProblem(apiUrl);
    if (problem)
        throw new Bad(`JULES_API_URL ${problem}, got "${apiUrl}".`);
    const log = (message) => {
        io.stderr(`${message}\n`);
    };
    const list = () => listJulesSessions({
        apiKey: apiKey,
        apiUrl,
        repository,
        surface: surface/* CLI_SURFACE */.F,
        archived: true,
        log,
    });
    const jules = apiKey ? await list() : undefined;
    const endpoints = (0,github_endpoints/* endpointsFromEnv */.k)(io.env, `${repository.owner}/${repository.repo}`);
    const copilot = values.copilot
        ? await copilotDispatch({
            token: copilotToken,
            apiUrl: endpoints.apiUrl,
            graphqlUrl: endpoints.graphqlUrl,
            repository,
            surface: surface/* CLI_SURFACE */.F,
            log,
        })
        : undefined;
    const tasks = values.copilot ? await copilot.list() : undefined;
    const backlog = (0,dispatch/* startedPromptsAsEntries */.PC)(loaded.backlog, { jules, copilot: tasks });
    let pulls;
    if (values.github) {
        const token = io.env.GITHUB_TOKEN;
        if (!token)
            throw new Bad('--github reads the token from GITHUB_TOKEN, which is not set.');
        const { readLiveStatus } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(966)]).then(__webpack_require__.bind(__webpack_require__, 6966));
        pulls = await readLiveStatus(endpoints, { token, surface: surface/* CLI_SURFACE */.F, log }, (0,sessions/* withSessionPulls */.fp)(backlog.sessions, [jules, tasks]));
    }
    const now = (0,clock/* now */.t)();
    // The file as loaded: the plan reads every prompt's marker, started ones included.
    const made = (0,planner_plan/* buildPlan */.Gg)(loaded.backlog, {
        now,
        surface: surface/* CLI_SURFACE */.F,
        ...(capacity !== undefined ? { capacity } : {}),
        ...(reserve !== undefined ? { reserve } : {}),
        ...(plan ? { julesPlan: plan } : {}),
    }, (0,planner_plan/* withSources */.Z6)(pulls, jules, tasks));
    if (made.reserve >= made.capacity) {
        throw new Bad(`reserve (${made.reserve}) must be smaller than capacity (${made.capacity}).`);
    }
    const report = await runDispatch({
        plan: made,
        backlog,
        file: loaded.backlog,
        jules,
        ...(tasks ? { copilot: tasks } : {}),
        lookups: pulls?.lookups ?? {},
    }, {
        mode: values['dry-run'] ? 'dry-run' : 'on',
        archive: values.github,
        // In a job the event decides; a person at a terminal is a manual run.
        eventName: io.env.GITHUB_ACTIONS === 'true' ? (io.env.GITHUB_EVENT_NAME ?? '') : 'workflow_dispatch',
        repository,
        defaultBranch: values['default-branch'],
        ...(apiKey ? { write: { apiKey, apiUrl, surface: surface/* CLI_SURFACE */.F, log } } : {}),
        ...(copilot ? { copilot } : {}),
        ...(made.julesPlan && tasks ? { julesConcurrent: made.julesPlan.concurrent } : {}),
        limits: {
            capacity: made.capacity,
            reserve: made.reserve,
            counted: made.slots.counted,
            ...(made.dailyQuota ? { quota: made.dailyQuota } : {}),
            ...(max !== undefined ? { max } : {}),
        },
        ...(made.julesPlan ? { dailyTasks: made.julesPlan.dailyTasks } : {}),
        now,
        list,
        log,
    });
    made.dispatch = report;
    // In a job, text from the backlog or from Jules is never obeyed as a workflow command.
    const fence = io.env.GITHUB_ACTIONS === 'true' ? globalThis.crypto.randomUUID() : undefined;
    if (fence)
        io.stdout(`::stop-commands::${fence}\n`);
    for (const piece of (0,render_text/* renderTextPieces */.Dj)(made))
        io.stdout(piece);
    if (fence)
        io.stdout(`::${fence}::\n`);
    return report.refused || report.stopped ? 1 : 0;
}


/***/ })

};
