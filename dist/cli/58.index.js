export const id = 58;
export const ids = [58];
export const modules = {

/***/ 8058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseLedger: () => (/* binding */ parseLedger)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(291);
// Reading a ledger file: checked with zod, which only a sweep that reads a ledger loads.


/** What GitHub showed of the pull request; null when there was none to read. */
const pullField = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable();
const fingerprintSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    category: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pr-ready', 'pr-created', 'needs-more-work', 'blocked', 'archived']),
    remainingSteps: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0),
    prState: pullField,
    headSha: pullField,
    updatedAt: pullField,
    checkState: pullField,
    blocked: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable()).optional(),
    jules: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const ledgerSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_SCHEMA_VERSION */ .F_),
    sweeps: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        cycle: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1).max(1_000_000_000),
        time: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true }),
        sessions: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), fingerprintSchema),
        violations: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
        fastLane: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        dispatch: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
            started: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ prompt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), category: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), session: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })),
            archived: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
            approved: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        })
            .optional(),
    })),
    starts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        prompt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        session: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        time: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true }),
    }))
        .optional(),
});
/** Reads a ledger; anything else is reported, never trusted. */
function parseLedger(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return { problem: 'the ledger is not JSON' };
    }
    const result = ledgerSchema.safeParse(data);
    if (!result.success) {
        const issue = result.error.issues[0];
        return {
            problem: `the ledger is not a version ${_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_SCHEMA_VERSION */ .F_} ledger (${issue.path.join('.') || 'top'}: ${issue.message})`,
        };
    }
    const cycles = result.data.sweeps.map((sweep) => sweep.cycle);
    if (cycles.some((cycle, i) => i > 0 && cycle <= cycles[i - 1])) {
        return { problem: 'the ledger is not a version 1 ledger (its cycles do not increase)' };
    }
    // zod rebuilds records by assignment, which drops a `__proto__` key; the validated entries
    // are taken from the parsed JSON instead, where every key is an own property.
    const raw = data.sweeps;
    return {
        ledger: {
            ...result.data,
            sweeps: result.data.sweeps.map((sweep, i) => ({
                ...sweep,
                sessions: Object.fromEntries(Object.entries(raw[i].sessions)),
            })),
        },
    };
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p6: () => (/* binding */ date),
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDate */ .db(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODate */ .Brp, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
