export const id = 616;
export const ids = [616];
export const modules = {

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadLedger: () => (/* binding */ downloadLedger),
/* harmony export */   uploadFiles: () => (/* binding */ uploadFiles),
/* harmony export */   uploadLedger: () => (/* binding */ uploadLedger)
/* harmony export */ });
/* unused harmony export LEDGER_ARTIFACT */
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97500);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// The sweep ledger as a workflow artifact: uploaded by each sweep, downloaded by the next from
// the newest successful run of the same workflow on the default branch.




const LEDGER_ARTIFACT = 'session-sweeper-ledger';
const LEDGER_FILE = 'ledger.json';
/** How many earlier runs are tried for a ledger before the sweep starts afresh. */
const RUNS_TRIED = 5;
/** The previous ledger's text, or null when no earlier sweep of this workflow left one. */
async function downloadLedger(github, context, token) {
    const { repository, workflowFile, defaultBranch } = context;
    if (!repository || !workflowFile || !defaultBranch)
        return null;
    const runs = await github.recentSweepRuns(repository.owner, repository.repo, workflowFile, defaultBranch);
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    for (const runId of runs.filter((id) => id !== context.runId).slice(0, RUNS_TRIED)) {
        const findBy = {
            token,
            workflowRunId: runId,
            repositoryOwner: repository.owner,
            repositoryName: repository.repo,
        };
        let id;
        try {
            // Listed rather than asked for by name: a run without a ledger is normal, not a warning.
            const { artifacts } = await client.listArtifacts({ latest: true, findBy });
            id = artifacts.find((a) => a.name === LEDGER_ARTIFACT)?.id;
        }
        catch (error) {
            // That run is gone. Any other failure is an outage: said as such, never taken for
            // "no ledger", which would restart the count.
            if (error instanceof _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .ArtifactNotFoundError */ .CL || error.status === 404)
                continue;
            throw new Error(`the artifacts of run ${runId} could not be listed: ${error.message}`, { cause: error });
        }
        // That run kept no ledger (it stopped early), or it expired.
        if (id === undefined)
            continue;
        const path = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'session-sweeper-ledger-'));
        await client.downloadArtifact(id, { path, findBy });
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(path, LEDGER_FILE), 'utf8');
    }
    return null;
}
async function uploadLedger(text, retentionDays) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'session-sweeper-ledger-'));
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, LEDGER_FILE);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, text);
    await new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9().uploadArtifact(LEDGER_ARTIFACT, [file], dir, retentionDays ? { retentionDays } : {});
}
/** Uploads files already written in `dir` as one artifact. */
async function uploadFiles(name, dir, files, retentionDays) {
    await new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9().uploadArtifact(name, files.map((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, file)), dir, retentionDays ? { retentionDays } : {});
}


/***/ })

};
