export const id = 623;
export const ids = [623];
export const modules = {

/***/ 6623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDiff: () => (/* binding */ runDiff)
});

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/planner/jules.ts
var jules = __webpack_require__(1075);
// EXTERNAL MODULE: ./src/planner/ledger.ts
var ledger = __webpack_require__(291);
// EXTERNAL MODULE: ./src/planner/movement.ts
var movement = __webpack_require__(2971);
// EXTERNAL MODULE: ./src/planner/plan.ts + 16 modules
var plan = __webpack_require__(1551);
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
    const opened = added.filter((s) => !(s.jules && (0,jules/* holdsSlot */.Fq)(s.jules.state)));
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

// EXTERNAL MODULE: ./src/render/report.ts + 4 modules
var report = __webpack_require__(1586);
// EXTERNAL MODULE: ./src/cli/backlog.ts
var backlog = __webpack_require__(3597);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/live.ts
var cli_live = __webpack_require__(8258);
;// CONCATENATED MODULE: ./src/cli/diff.ts





async function runDiff(parsed, io, head, settings) {
    const { base, note, unknown: baseUnknown = false } = await (0,backlog/* loadBase */.Og)(parsed.files[0], io, parsed);
    const live = await (0,cli_live/* readLive */.p)(parsed, io, head.sessions, base?.sessions);
    const plan = judgeChange(base, head, settings, live, { baseUnknown });
    if (note)
        plan.notes.push(`Judged against the base file: ${note}.`);
    await (0,cli_io/* showPlan */.tN)(parsed, io, plan, (0,cli_io/* once */.Oo)(() => (0,report/* renderReport */.B)(plan, { now: settings.now })));
    return (0,cli_io/* exitCode */.I$)(parsed, plan);
}


/***/ })

};
