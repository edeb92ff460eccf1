export const id = 7183;
export const ids = [7183];
export const modules = {

/***/ 17183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fleetTapReport: () => (/* binding */ fleetTapReport)
/* harmony export */ });
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _tap__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24346);
/**
 * TAP version 14 for a fleet: one point per target, in list order, each preceded by its own
 * deploy's points as an indented subtest (`# Subtest: <database>`), so a TAP consumer shows every
 * target's tests under its name and reads the fleet as failed when any target failed. A skipped
 * target is an `ok … # SKIP` point without a subtest. Built from the fleet result's data alone, so
 * `pgmi report merge` writes the same report from the shards' JSON.
 */


const indent = (lines) => lines.map((l) => `    ${l}`);
// A database name is an identifier, but may hold `#` (a TAP directive) or a backslash.
const escapeName = (s) => s.replace(/\\/g, '\\\\').replace(/#/g, '\\#');
function targetPoint(t, n) {
    const name = escapeName(t.database);
    if (t.status === 'skipped')
        return [`ok ${n} - ${name} # SKIP not started: the fleet stopped before this target`];
    const failure = t.status === 'failed'
        ? (t.error ?? { message: 'failed', exitCode: t.exitCode ?? _engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.General })
        : undefined;
    const lines = [`# Subtest: ${name}`, ...indent((0,_tap__WEBPACK_IMPORTED_MODULE_1__/* .tapPoints */ .LF)(t.tests, failure, t.durationMs))];
    if (!failure) {
        lines.push(`ok ${n} - ${name}${t.status === 'rehearsed' ? ' (rehearsed)' : ''}`);
    }
    else {
        lines.push(`not ok ${n} - ${name}`, ...(0,_tap__WEBPACK_IMPORTED_MODULE_1__/* .failureDiagnostics */ .R9)(failure, t.durationMs));
    }
    return lines;
}
function fleetTapReport(result) {
    const lines = ['TAP version 14', `1..${result.targets.length}`];
    result.targets.forEach((t, i) => lines.push(...targetPoint(t, i + 1)));
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 24346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LF: () => (/* binding */ tapPoints),
/* harmony export */   M7: () => (/* binding */ tapReport),
/* harmony export */   R9: () => (/* binding */ failureDiagnostics)
/* harmony export */ });
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * TAP version 14 of the test results: one point per fixture or test, in plan order. A deploy
 * that failed outside the tests ends with a `not ok` point for deploy.sql, so a TAP consumer
 * never reads a failed run as green.
 */

/** JSON strings are valid YAML double-quoted scalars: safe for any message. */
function yamlString(s) {
    return JSON.stringify(s);
}
function tapReport(result) {
    const detail = result.error !== undefined ? (0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorDetail */ .m2)(result.error) : undefined;
    const lines = tapPoints(result.tests, result.status === 'failed' ? detail : undefined, result.durationMs);
    return ['TAP version 14', ...lines].join('\n') + '\n';
}
/**
 * The plan and the points of one deploy: a point per fixture or test, and a `not ok` point for
 * deploy.sql when the run failed (`failure`) outside its tests. Shared with the fleet report,
 * which nests these lines as one subtest per target.
 */
function tapPoints(tests, failure, durationMs) {
    const failedInTests = tests.some((t) => t.status === 'failed');
    const deployPoint = failure !== undefined && !failedInTests;
    const lines = [`1..${tests.length + (deployPoint ? 1 : 0)}`];
    const detail = failure;
    tests.forEach((t, i) => {
        const n = i + 1;
        const label = t.kind === 'fixture' ? `${t.path} (fixture)` : t.path;
        if (t.status === 'passed')
            lines.push(`ok ${n} - ${label}`);
        else if (t.status === 'skipped')
            lines.push(`ok ${n} - ${label} # SKIP not run: an earlier step failed`);
        else {
            lines.push(`not ok ${n} - ${label}`);
            lines.push('  ---');
            lines.push(`  message: ${yamlString(t.message ?? 'failed')}`);
            if (t.sqlstate)
                lines.push(`  sqlstate: ${yamlString(t.sqlstate)}`);
            lines.push(`  file: ${yamlString(t.path)}`);
            if (detail?.script === t.path && detail.line)
                lines.push(`  line: ${detail.line}`);
            lines.push(`  duration_ms: ${t.durationMs}`);
            lines.push('  ...');
        }
    });
    if (deployPoint && detail) {
        lines.push(`not ok ${tests.length + 1} - deploy.sql`);
        lines.push(...failureDiagnostics(detail, durationMs));
    }
    return lines;
}
/** A YAML diagnostics block for a failed run: message, SQLSTATE, file and line, exit code. */
function failureDiagnostics(detail, durationMs) {
    const lines = ['  ---', `  message: ${yamlString(detail.message)}`];
    if (detail.sqlstate)
        lines.push(`  sqlstate: ${yamlString(detail.sqlstate)}`);
    const file = detail.script ?? detail.failedFile;
    if (file)
        lines.push(`  file: ${yamlString(file)}`);
    if (detail.script && detail.line)
        lines.push(`  line: ${detail.line}`);
    lines.push(`  exit_code: ${detail.exitCode}`);
    lines.push(`  duration_ms: ${durationMs}`);
    lines.push('  ...');
    return lines;
}


/***/ })

};
