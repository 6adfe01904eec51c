export const id = 888;
export const ids = [888];
export const modules = {

/***/ 6888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JULES_ID_PATTERN: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_0__.pM),
/* harmony export */   KINDS: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_0__.GW),
/* harmony export */   PLAYBOOK_CAPACITY: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_0__.rg),
/* harmony export */   PLAYBOOK_CATEGORIES: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_0__.VD),
/* harmony export */   PLAYBOOK_RESERVE: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_0__.Vq),
/* harmony export */   PR_REF_PATTERN: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_0__.YJ),
/* harmony export */   SCHEMA_KEYS: () => (/* binding */ SCHEMA_KEYS),
/* harmony export */   STATUSES: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_0__.f),
/* harmony export */   STATUS_PATTERN: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_0__.oW),
/* harmony export */   backlogSchema: () => (/* binding */ backlogSchema),
/* harmony export */   categoryBacklogSchema: () => (/* binding */ categoryBacklogSchema),
/* harmony export */   normaliseStatus: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_0__.JT),
/* harmony export */   playbookBacklogSchema: () => (/* binding */ playbookBacklogSchema),
/* harmony export */   playbookSessionSchema: () => (/* binding */ playbookSessionSchema),
/* harmony export */   sessionSchema: () => (/* binding */ sessionSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2524);
// The sessions.yaml format, version 1. This zod schema is the single source of truth:
// the loader validates with it and schema/sessions.schema.json is generated from it.



// Text is kept as written (the playbook tool compares names and categories exactly), but never blank.
const text = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/\S/, 'blank');
const statusField = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_PATTERN */ .oW).meta({
    description: 'pr-ready, pr-created, needs-more-work, blocked or archived. Any case is accepted, and the update template spellings "PR-ready", "PR created" and "needs more work".',
});
const agentField = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .AGENTS */ .jw);
const sessionFields = {
    name: text.max(200).meta({ description: 'Unique name of the session (up to 200 characters).' }),
    category: text.max(100).meta({
        description: 'Rotation category. A category outside the rotation list is counted but never cold.',
    }),
    status: statusField,
    remaining_steps: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
        .min(0)
        .default(1)
        .meta({ description: 'Steps left before the session is PR-ready.' }),
    blocked: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .meta({ description: 'Blocked, whatever the status; `blocker` says by what.' }),
    blocker: text
        .max(1000)
        .optional()
        .meta({ description: 'What blocks the session; required when it is blocked.' }),
    pr: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .PR_REF_PATTERN */ .YJ)])
        .optional()
        .meta({
        description: 'The pull request: a number in this repository, owner/repo#123, or a pull request URL. One entry per pull request, archived ones included: a second entry naming it (in any spelling) is an error.',
    }),
    jules: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .JULES_ID_PATTERN */ .pM)])
        .optional()
        .meta({
        description: 'The Jules session behind this entry: its id, or its resource name sessions/<id>. Links the entry to the live session list.',
    }),
    copilot: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .COPILOT_ID_PATTERN */ .Ck).optional().meta({
        description: "The Copilot cloud agent task behind this entry: its id as text, the last part of the task's URL (`…/copilot/tasks/<id>`). Links the entry to the repository's task list. An entry runs in one place: `jules` or `copilot`, not both.",
    }),
    started: zod__WEBPACK_IMPORTED_MODULE_2__/* .date */ .p6().optional().meta({ description: 'When the session started (YYYY-MM-DD).' }),
    next_action: text
        .max(1000)
        .optional()
        .meta({ description: 'The single highest-value step to advance the session.' }),
    actions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text.max(1000))
        .default([])
        .meta({ description: 'Tangible work completed, for the SESSION UPDATE.' }),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .GW).default('prompt').meta({
        description: 'What the session is for: a backlog prompt, or a playbook special (rescue, unblocker, hardening, governance, scheduler).',
    }),
};
const sessionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej(sessionFields);
const promptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id: text.max(100).meta({ description: 'Unique id of the prompt.' }),
    title: text.max(300).meta({ description: 'What the session is to do.' }),
    added: zod__WEBPACK_IMPORTED_MODULE_2__/* .date */ .p6().optional().meta({ description: 'When the prompt was added (YYYY-MM-DD).' }),
    obsolete: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).meta({ description: 'Replace it before the next sweep.' }),
    agent: agentField.optional().meta({
        description: "Where dispatch starts this prompt, jules or copilot; the file's `agent` when absent.",
    }),
    prompt: text.max(20_000).optional().meta({
        description: 'What a dispatched session is told to do; the title when absent.',
    }),
    branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .BRANCH_PATTERN */ .Gw).optional().meta({
        description: "The branch a dispatched session starts from; the repository's default branch when absent.",
    }),
    approve: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto', 'manual']).default('auto').meta({
        description: 'auto: the plan Jules writes is approved without a person; manual: Jules waits for one (`requirePlanApproval`). Jules only: a Copilot task has no plan to approve.',
    }),
})
    .meta({ description: 'A prompt waiting for a slot.' });
const categoryBacklogSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    active: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(promptSchema).default([]).meta({ description: 'Pulled from first.' }),
    reserve: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(promptSchema).default([]).meta({ description: 'Refills active, weekly.' }),
});
const incidentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id: text.max(100).meta({ description: 'Unique id of the incident.' }),
    date: zod__WEBPACK_IMPORTED_MODULE_2__/* .date */ .p6().meta({ description: 'When it happened (YYYY-MM-DD).' }),
    category: text.max(100).meta({ description: 'The rotation category it belongs to.' }),
    summary: text.max(1000).meta({ description: 'What happened, in a line.' }),
    hardening: text
        .max(200)
        .optional()
        .meta({ description: 'The session that answers the incident with a hardening prompt.' }),
});
const backlogSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().meta({ description: 'Editors may point at the JSON Schema.' }),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1).meta({ description: 'Format version of this file: 1.' }),
    capacity: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
        .min(1)
        .default(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAYBOOK_CAPACITY */ .rg)
        .meta({ description: 'Maximum concurrent sessions (the playbook: 15).' }),
    reserve: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0).default(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAYBOOK_RESERVE */ .Vq).meta({
        description: 'Slots kept free for the fast lane (the playbook: 1); smaller than `capacity`.',
    }),
    agent: agentField.default(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_AGENT */ .kz).meta({
        description: "Where dispatch starts prompts, jules (Jules) or copilot (GitHub Copilot's cloud agent); a prompt's own `agent` overrides it.",
    }),
    categories: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text.max(100)).min(1).optional().meta({
        description: 'The rotation, in priority order. Default: Security, Data Integrity, Golden Path, CI Stability, Graph, Infrastructure, UX, Analytics.',
    }),
    sessions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sessionSchema)
        .default([])
        .meta({ description: 'Every session, active and archived.' }),
    backlog: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(text.max(100).meta({ title: 'category' }), categoryBacklogSchema)
        .default({})
        .meta({
        description: 'Prompts per category: an active list to pull from, a reserve to refill it.',
    }),
    incidents: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(incidentSchema).default([]).meta({
        description: 'Incidents and regressions; each needs a hardening session within 2 cycles.',
    }),
    cadence: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        governance_every: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
            .min(1)
            .default(12)
            .meta({ description: 'Cycles between governance/documentation prompts.' }),
        scheduler_every: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
            .min(1)
            .default(30)
            .meta({ description: 'Cycles between scheduler/orchestrator prompts.' }),
    })
        .default({ governance_every: 12, scheduler_every: 30 })
        .meta({
        description: 'Cycles between governance/documentation and scheduler/orchestrator prompts.',
    }),
})
    .meta({
    title: 'session-sweeper backlog (sessions.yaml)',
    description: 'The sessions a team runs under the session operations playbook.',
});
/**
 * The playbook tool's JSON array. Its defaults are kept (status needs-more-work, category
 * Uncategorized) so its users switch without editing the file; every value is still checked.
 */
const playbookSessionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    ...sessionFields,
    status: statusField.default('needs-more-work'),
    category: sessionFields.category.default('Uncategorized'),
    blocker: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([sessionFields.blocker, zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]),
});
const playbookBacklogSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(playbookSessionSchema);
/** The keys each mapping takes, from the schemas themselves; a test keeps format.ts's lists equal. */
const SCHEMA_KEYS = {
    session: Object.keys(sessionFields),
    prompt: Object.keys(promptSchema.shape),
    incident: Object.keys(incidentSchema.shape),
    cadence: Object.keys(backlogSchema.shape.cadence.unwrap().shape),
    topLevel: Object.keys(backlogSchema.shape),
};


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
