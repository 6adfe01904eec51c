export const id = 50;
export const ids = [50];
export const modules = {

/***/ 12050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkPullRequest: () => (/* binding */ checkPullRequest)
});

// EXTERNAL MODULE: ./src/action/runner.ts
var runner = __webpack_require__(75242);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/backlog/load.ts + 12 modules
var load = __webpack_require__(73560);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
// EXTERNAL MODULE: ./src/planner/jules.ts
var planner_jules = __webpack_require__(51075);
// EXTERNAL MODULE: ./src/planner/ledger.ts
var ledger = __webpack_require__(50291);
// EXTERNAL MODULE: ./src/planner/movement.ts
var movement = __webpack_require__(42971);
// EXTERNAL MODULE: ./src/planner/plan.ts + 16 modules
var plan = __webpack_require__(61551);
;// CONCATENATED MODULE: ./src/planner/change.ts





/**
 * Plans the head and marks each finding introduced or existing. `base` is undefined for a
 * backlog this change creates: then everything is introduced.
 */
function judgeChange(base, head, settings = {}, live, options = {}) {
    const failOn = new Set(settings.failOn ?? plan/* DEFAULT_FAIL_ON */.VQ);
    const headPlan = (0,plan/* buildPlan */.Gg)(head, settings, live);
    const basePlan = base ? (0,plan/* buildPlan */.Gg)(base, settings, live) : undefined;
    const existing = new Set(basePlan?.violations.map(ledger/* violationKey */.vW) ?? []);
    const baseActive = new Set(basePlan?.closeOrder.map((s) => s.name) ?? []);
    const baseKnown = new Set([...baseActive, ...(basePlan?.archived.map((s) => s.name) ?? [])]);
    const headActive = new Set(headPlan.closeOrder.map((s) => s.name));
    // Added: names the base did not know; un-archiving a session is not opening a new prompt.
    const added = headPlan.closeOrder.filter((s) => !baseKnown.has(s.name));
    // An entry for a session Jules already runs records a slot already taken: it opens nothing.
    const opened = added.filter((s) => !(s.jules && (0,planner_jules/* holdsSlot */.Fq)(s.jules.state)));
    const closed = [...baseActive].filter((name) => !headActive.has(name)).length;
    const changeRails = [];
    // "Never open a new prompt until at least one session is archived or merged": each session
    // added beyond the slots the base had free, plus those this change closes.
    if (basePlan) {
        const over = (0,movement/* openedBeyondFreeSlots */.ow)(opened, basePlan.slots.counted, basePlan.capacity - basePlan.reserve, closed);
        for (const s of over) {
            changeRails.push({
                rail: 'new-session-at-capacity',
                severity: 'error',
                message: `This change opens session "${s.name}" with no slot free for it (the base has ${basePlan.slots.counted} slots taken, capacity ${basePlan.capacity}, reserve ${basePlan.reserve}; the change opens ${opened.length} and closes ${closed}).`,
                fix: 'Archive or merge a session in the same change, or wait for a free slot.',
                file: s.location.file,
                line: s.location.line,
                column: s.location.column,
                session: s.name,
                category: s.category,
            });
        }
    }
    // "If a category is cold, pick from that backlog even if lower priority."
    const cold = basePlan?.coldCategories ?? [];
    const coldSet = new Set(cold);
    const rotation = new Set(head.categories);
    // One bounded sentence for every added session: it names a few cold categories, never all.
    const coldNamed = `${(0,render_escape/* excerptList */.Ik)(cold)} ${cold.length === 1 ? 'is' : 'are'} cold`;
    for (const s of opened) {
        if (cold.length === 0 || coldSet.has(s.category) || !rotation.has(s.category))
            continue;
        changeRails.push({
            rail: 'rotation',
            severity: 'warning',
            message: `This change adds session "${(0,render_escape/* excerpt */.Kb)(s.name)}" to ${(0,render_escape/* excerpt */.Kb)(s.category)}, which is not cold, while ${coldNamed}.`,
            fix: `Pick the next prompt from ${(0,render_escape/* excerpt */.Kb)(cold[0])} instead, even if it is lower priority.`,
            file: s.location.file,
            line: s.location.line,
            column: s.location.column,
            session: s.name,
            category: s.category,
        });
    }
    // A capacity rail the base had is introduced again when the change adds to the overflow.
    const grew = headPlan.slots.counted > (basePlan?.slots.counted ?? 0);
    const violations = [...headPlan.violations, ...changeRails].map((v) => {
        const capacityRail = v.rail === 'capacity' || v.rail === 'capacity-hard';
        const introduced = !existing.has((0,ledger/* violationKey */.vW)(v)) || (capacityRail && grew);
        return {
            ...v,
            severity: (0,plan/* railSeverity */.cO)(v, failOn),
            ...(options.baseUnknown ? {} : { introduced }),
        };
    });
    const verdict = options.baseUnknown && !options.failOnExisting
        ? violations.length > 0
            ? 'warn'
            : 'pass'
        : (0,plan/* verdictOf */.Vj)(violations, !options.failOnExisting);
    return { ...headPlan, violations, verdict };
}

// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/render/report.ts + 3 modules
var render_report = __webpack_require__(80119);
// EXTERNAL MODULE: ./src/action/backlog.ts
var backlog = __webpack_require__(23217);
// EXTERNAL MODULE: ./src/action/live.ts
var action_live = __webpack_require__(4110);
// EXTERNAL MODULE: ./src/planner/sessions.ts
var sessions = __webpack_require__(46411);
// EXTERNAL MODULE: ./src/sources/index.ts + 3 modules
var sources = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/flows/dispatch.ts
var dispatch = __webpack_require__(40611);
// EXTERNAL MODULE: ./src/action/outputs.ts + 1 modules
var outputs = __webpack_require__(8278);
;// CONCATENATED MODULE: ./src/flows/pull-request-check.ts
// A pull request: the backlog at its head judged against its base, read through the API so no
// deep checkout is needed. Only what the change introduces fails, unless fail-on-existing.














async function checkPullRequest(inputs, context, checkedOut, now) {
    let head = checkedOut;
    const pull = context.pullRequest;
    const limit = (0,backlog/* sizeLimit */.Le)(inputs);
    // The path inside the repository, whether the input was relative or absolute.
    const repoPath = (0,external_node_path_.relative)((0,backlog/* workspace */.Gl)(), (0,backlog/* inWorkspace */.ve)(inputs.sessionsFile)).split(external_node_path_.sep).join('/');
    const github = inputs.githubToken ? await (0,action_live/* connect */.Ng)(inputs.githubToken) : undefined;
    let baseText;
    let baseNote;
    let baseFailure;
    if (!github) {
        baseNote = `${inputs.unexpanded['github-token'] ?? 'no github-token was given'}, so the base branch could not be read`;
    }
    else if (repoPath.startsWith('../') || (0,external_node_path_.isAbsolute)(repoPath)) {
        baseNote = `${inputs.sessionsFile} is outside the repository, so its base version cannot be read`;
    }
    else {
        try {
            baseText = await github.fileAt(pull.base.owner, pull.base.repo, repoPath, pull.baseSha);
            // Text from the API is held to the same limit as the checked-out file.
            if (typeof baseText === 'string') {
                const within = (0,load/* backlogTextWithin */.u4)(baseText, `${inputs.sessionsFile}@base`, limit);
                if (!('text' in within)) {
                    baseText = undefined;
                    baseNote = `${within.failure.errors[0].message}, so findings could not be told new from existing`;
                }
            }
            // pull_request_target checks out the base: the head is read through the API instead.
            if (context.eventName === 'pull_request_target') {
                const text = await github.fileAt(pull.head.owner, pull.head.repo, repoPath, pull.headSha);
                head =
                    text === null
                        ? { ...missingHead(inputs.sessionsFile) }
                        : (0,load/* backlogTextWithin */.u4)(text, inputs.sessionsFile, limit);
            }
        }
        catch (error) {
            baseText = undefined;
            baseFailure = error.message;
            baseNote = `the base version could not be read: ${(0,render_escape/* excerpt */.Kb)(baseFailure, outputs/* FAILURE_CHARS */.N1)}`;
        }
    }
    if (!('text' in head)) {
        if (head.missing && typeof baseText === 'string') {
            const note = `This pull request deletes ${inputs.sessionsFile}: there is no backlog left to check, and the nightly sweep will fail until one is committed.`;
            await (0,outputs/* writeSummary */.Sy)((0,markdown/* renderUnchanged */.Cj)(note, 'warn'));
            (0,outputs/* setEmptyOutputs */.WD)('warn');
            runner.warning(note);
            return;
        }
        return (0,outputs/* reportLoadFailure */.lr)(inputs, head.failure.errors, []);
    }
    // Required checks must report on every pull request: an untouched backlog passes at once.
    if (baseText === head.text) {
        await (0,outputs/* writeSummary */.Sy)((0,markdown/* renderUnchanged */.Cj)(`This pull request does not change ${inputs.sessionsFile}: backlog unchanged, nothing to check.`, 'pass'));
        (0,outputs/* setEmptyOutputs */.WD)('pass');
        runner.info(`backlog unchanged: ${inputs.sessionsFile} is the same as on the base branch.`);
        return;
    }
    const loaded = await (0,backlog/* parseForRun */.m4)(head.text, inputs.sessionsFile, context);
    if (!loaded.ok)
        return (0,outputs/* reportLoadFailure */.lr)(inputs, loaded.errors, loaded.warnings);
    let base;
    if (typeof baseText === 'string') {
        const parsed = await (0,backlog/* parseForRun */.m4)(baseText, `${inputs.sessionsFile}@base`, context);
        if (parsed.ok)
            base = parsed.backlog;
        else
            baseNote = 'the base version is not a valid backlog, so every finding counts as new';
    }
    else if (baseText === null) {
        baseNote = `this pull request creates ${inputs.sessionsFile}, so every finding is new`;
    }
    const jules = await (0,action_live/* julesSessions */.FW)(inputs, context, (0,planner_jules/* idsToLookUp */.YS)(loaded.backlog.sessions, base?.sessions ?? []));
    const copilot = await (0,action_live/* copilotTasks */.xR)(inputs, context, (0,sessions/* idsToLookUpIn */.tW)(sources/* COPILOT */.$o, loaded.backlog.sessions, base?.sessions ?? []));
    const live = await (0,action_live/* liveStatus */.VQ)(inputs, github, loaded.backlog.sessions, jules, copilot);
    // The base could not be read at all (unlike a base without the file): nothing is "introduced".
    const baseUnknown = baseText === undefined;
    const plan = judgeChange(base, loaded.backlog, (0,backlog/* planSettings */.ZB)(inputs, loaded.backlog, now), live, {
        failOnExisting: inputs.failOnExisting,
        baseUnknown,
    });
    if (baseNote)
        plan.notes.push(`Judged against the base branch: ${baseNote}.`);
    // Dispatch is refused on a pull request; the refusal is reported with the plan.
    const world = { plan, backlog: loaded.backlog, file: loaded.backlog, jules, lookups: {} };
    await (0,dispatch/* dispatchFromAction */.dE)(inputs, context, world, now);
    if (baseUnknown) {
        runner.warning((0,render_escape/* escapeLog */.Ah)(`The backlog was not judged against its base (${baseNote ?? 'unknown reason'}); findings are reported but fail the check only with fail-on-existing.`));
    }
    const report = (0,render_report/* renderReport */.B)(plan, { now });
    await (0,outputs/* publish */.mk)(plan, report, inputs, !inputs.failOnExisting);
    (0,outputs/* failOnApiError */.GN)(inputs, plan);
    if (baseFailure && inputs.onApiError === 'fail') {
        runner.setFailed((0,render_escape/* escapeLog */.Ah)(`The base version of ${inputs.sessionsFile} could not be read from GitHub (on-api-error: fail): ${(0,render_escape/* excerpt */.Kb)(baseFailure, outputs/* FAILURE_CHARS */.N1)}`));
    }
}
function missingHead(file) {
    return {
        failure: {
            ok: false,
            errors: [{ severity: 'error', message: `backlog file ${file} was not found` }],
            warnings: [],
        },
        missing: true,
    };
}


/***/ })

};
