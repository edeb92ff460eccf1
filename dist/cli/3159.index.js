export const id = 3159;
export const ids = [3159];
export const modules = {

/***/ 60541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dr: () => (/* binding */ actionOutputs),
/* harmony export */   x5: () => (/* binding */ resultName)
/* harmony export */ });
/* unused harmony exports RESULT_NAMES, ACTION_OUTPUTS */
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * The step's outputs. Counts and names only: nothing here can hold a secret, and every value
 * still goes through the same redaction as the log and the summary.
 */

/** `result` output values, by exit code (anything unlisted is `error`). */
const RESULT_NAMES = {
    [_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Success]: 'success',
    [_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Config]: 'config-error',
    [_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Connection]: 'connection-error',
    [_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.ApprovalDenied]: 'overwrite-denied',
    [_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Execution]: 'sql-error',
    [_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.DeploySqlMissing]: 'deploy-missing',
    [_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.ConcurrentDeploy]: 'concurrent-deploy',
    [_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Timeout]: 'timeout',
    [_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Interrupted]: 'interrupted',
    [_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Terminated]: 'interrupted',
};
function resultName(exitCode) {
    return RESULT_NAMES[exitCode] ?? 'error';
}
/** Every output the Action sets; action.yml must declare exactly these (checked by a test). */
const ACTION_OUTPUTS = (/* unused pure expression or super */ null && ([
    'exit-code',
    'result',
    'duration-ms',
    'files-loaded',
    'tests-passed',
    'tests-failed',
    'server-version',
    'json-report',
    'junit-report',
    'objects-created',
    'objects-altered',
    'objects-dropped',
    'targets-total',
    'targets-succeeded',
    'targets-failed',
    'targets-skipped',
    'comment-url',
    'comment-file',
]));
function actionOutputs(exitCode, result, reports, comment = {}) {
    // Fixtures (`_setup.sql`) count with the tests: both are files of the test tree that ran.
    const count = (s) => result.tests.filter((t) => t.status === s).length;
    const counts = result.changeReport?.counts;
    return {
        'exit-code': String(exitCode),
        // A rehearsal that passed is exit 0, and says so.
        result: exitCode === 0 && result.status === 'rehearsed' ? 'rehearsed' : resultName(exitCode),
        'duration-ms': String(result.durationMs),
        'files-loaded': String(result.filesLoaded),
        'tests-passed': String(count('passed')),
        'tests-failed': String(count('failed')),
        'server-version': result.serverVersion ?? '',
        'json-report': reports.json ?? '',
        'junit-report': reports.junit ?? '',
        'objects-created': counts ? String(counts.created) : '',
        'objects-altered': counts ? String(counts.altered) : '',
        'objects-dropped': counts ? String(counts.dropped) : '',
        'targets-total': '',
        'targets-succeeded': '',
        'targets-failed': '',
        'targets-skipped': '',
        'comment-url': comment.url ?? '',
        'comment-file': comment.file ?? '',
    };
}


/***/ }),

/***/ 93159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   targetLine: () => (/* binding */ targetLine),
/* harmony export */   totalsLine: () => (/* binding */ totalsLine)
/* harmony export */ });
/* harmony import */ var _action_render_outputs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60541);
/* harmony import */ var _result__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14995);
/** One-line texts about fleet targets and totals, shared by the CLI and the Action log. */


const seconds = (ms) => (ms / 1000).toFixed(2);
/** `✓ tenant_01 in 0.31s (2 tests passed, 3 objects changed)` / `✗ tenant_07: exit 13 (sql-error) at ./migrations/002.sql:4: relation "x" already exists`. */
function targetLine(t, plain) {
    if (t.status === 'skipped')
        return `${plain ? '-' : '–'} ${t.database}: skipped`;
    if (t.status === 'failed') {
        const at = (0,_result__WEBPACK_IMPORTED_MODULE_1__/* .failureLocation */ .UW)(t);
        const why = t.error?.message ?? 'failed';
        return `${plain ? 'FAILED' : '✗'} ${t.database}: exit ${t.exitCode} (${(0,_action_render_outputs__WEBPACK_IMPORTED_MODULE_0__/* .resultName */ .x5)(t.exitCode ?? 1)})${at ? ` at ${at}` : ''} after ${seconds(t.durationMs)}s: ${why}`;
    }
    const notes = [];
    const tests = (0,_result__WEBPACK_IMPORTED_MODULE_1__/* .testCounts */ .Js)(t);
    if (tests.run)
        notes.push(`${tests.passed} test(s) passed`);
    const changes = (0,_result__WEBPACK_IMPORTED_MODULE_1__/* .changeCount */ .YR)(t);
    if (changes !== undefined)
        notes.push(`${changes} object(s) changed`);
    const verb = t.status === 'rehearsed' ? 'rehearsed' : 'deployed';
    return `${plain ? 'ok' : '✓'} ${t.database}: ${verb} in ${seconds(t.durationMs)}s${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
/** `12 targets: 11 succeeded, 1 failed, 0 skipped in 4.20s` */
function totalsLine(r) {
    const { total, succeeded, failed, skipped, rehearsed } = r.totals;
    const reh = rehearsed ? ` (${rehearsed} rehearsed)` : '';
    return `${total} target(s): ${succeeded} succeeded${reh}, ${failed} failed, ${skipped} skipped in ${seconds(r.durationMs)}s`;
}


/***/ }),

/***/ 14995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ fleetFailure),
/* harmony export */   Dr: () => (/* binding */ targetResult),
/* harmony export */   Js: () => (/* binding */ testCounts),
/* harmony export */   UW: () => (/* binding */ failureLocation),
/* harmony export */   YR: () => (/* binding */ changeCount),
/* harmony export */   ml: () => (/* binding */ skippedTarget),
/* harmony export */   oM: () => (/* binding */ fleetResult)
/* harmony export */ });
/* unused harmony exports fleetTotals, fleetExitCode */
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * A fleet's outcome: one entry per target, in list order, and the totals. The same shape is the
 * `--json` document, the Action's `json-report` and what `pgmi report merge` reads back, so it
 * holds only data (error details already redacted), never live error objects.
 */

/** A target's entry from its engine result. */
function targetResult(name, position, result, exitCode = result.exitCode) {
    const ok = exitCode === _engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Success;
    const status = !ok
        ? 'failed'
        : result.status === 'rehearsed'
            ? 'rehearsed'
            : 'succeeded';
    const error = ok ? null : (0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorDetail */ .m2)(result.error ?? new Error('interrupted'));
    return {
        database: name,
        position,
        status,
        exitCode,
        durationMs: result.durationMs,
        tests: result.tests,
        changes: result.changeReport ?? null,
        error: error && { ...error, exitCode },
        ...(result.engineRan && result.timings ? { timings: pickTargetTimings(result.timings) } : {}),
    };
}
/** The per-target phases; the project's scan and checksums happen once for the whole fleet. */
function pickTargetTimings(t) {
    const { scanMs: _scan, checksumMs: _checksum, projectBytes: _bytes, ...perTarget } = t;
    return perTarget;
}
function skippedTarget(name, position) {
    return {
        database: name,
        position,
        status: 'skipped',
        exitCode: null,
        durationMs: 0,
        tests: [],
        changes: null,
        error: null,
    };
}
function fleetTotals(targets) {
    const count = (s) => targets.filter((t) => t.status === s).length;
    const rehearsed = count('rehearsed');
    return {
        total: targets.length,
        succeeded: count('succeeded') + rehearsed,
        failed: count('failed'),
        skipped: count('skipped'),
        ...(rehearsed ? { rehearsed } : {}),
    };
}
/**
 * 0 when every target succeeded (or rehearsed); otherwise the exit code of the first failed
 * target in list order. A skipped target without any failure (an interrupted run reports its own
 * code instead) is still not a success: 1.
 */
function fleetExitCode(targets) {
    const sorted = [...targets].sort((a, b) => a.position - b.position);
    const failed = sorted.find((t) => t.status === 'failed');
    if (failed)
        return failed.exitCode ?? _engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.General;
    return sorted.some((t) => t.status === 'skipped') ? _engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.General : _engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Success;
}
/** Assembles the result; `exitCode` overrides the list rule (a signal: 130/143). */
function fleetResult(targets, durationMs, extra = {}) {
    const sorted = [...targets].sort((a, b) => a.position - b.position);
    const exitCode = extra.exitCode ?? fleetExitCode(sorted);
    return {
        status: exitCode === 0 ? 'success' : 'failed',
        exitCode,
        targets: sorted,
        totals: fleetTotals(sorted),
        durationMs,
        ...(extra.shard ? { shard: extra.shard } : {}),
    };
}
/** The result of a fleet that failed before any target ran. */
function fleetFailure(err, durationMs = 0) {
    const code = (0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeFor */ .Rr)(err);
    return { ...fleetResult([], durationMs, { exitCode: code }), error: (0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorDetail */ .m2)(err).message };
}
/** Objects a target changed (created + altered + dropped), when known. */
function changeCount(t) {
    if (!t.changes)
        return undefined;
    return t.changes.changes.length;
}
/** Tests passed / run for a target (fixtures are setup, not counted). */
function testCounts(t) {
    const tests = t.tests.filter((x) => x.kind === 'test' || x.status === 'failed');
    return {
        passed: tests.filter((x) => x.status === 'passed').length,
        failed: tests.filter((x) => x.status === 'failed').length,
        run: tests.filter((x) => x.status !== 'skipped').length,
    };
}
/** `file:line` of a failure, when the engine located it. */
function failureLocation(t) {
    const e = t.error;
    if (!e)
        return undefined;
    if (e.script)
        return e.line ? `${e.script}:${e.line}` : e.script;
    return e.failedFile;
}


/***/ })

};
