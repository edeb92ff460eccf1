export const id = 7610;
export const ids = [7610];
export const modules = {

/***/ 17610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fleetSummaryMarkdown: () => (/* binding */ fleetSummaryMarkdown)
/* harmony export */ });
/* harmony import */ var _engine_redact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32393);
/* harmony import */ var _render_fleet_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72901);
/**
 * The job summary of a fleet deploy (and of `pgmi report merge --summary`): the totals, then one
 * row per target — status, duration, tests, objects changed, and for a failure its file:line and
 * message. Pure; every text passes through pgmi's redaction.
 */


function fleetSummaryMarkdown(r) {
    const ok = r.exitCode === 0;
    const lines = [
        `## ${ok ? '✅ pgmi fleet deploy succeeded' : '❌ pgmi fleet deploy failed'}`,
        '',
        (0,_render_fleet_table__WEBPACK_IMPORTED_MODULE_1__/* .fleetFactsLine */ .yM)(r),
        '',
        ...(0,_render_fleet_table__WEBPACK_IMPORTED_MODULE_1__/* .fleetStoppedLines */ .n8)(r),
        ...(r.targets.length
            ? [..._render_fleet_table__WEBPACK_IMPORTED_MODULE_1__/* .FLEET_TABLE_HEAD */ .XY, ...r.targets.map((t) => (0,_render_fleet_table__WEBPACK_IMPORTED_MODULE_1__/* .fleetTableRow */ .Jh)(t)), '']
            : []),
    ];
    return (0,_engine_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(lines.join('\n'));
}


/***/ }),

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


/***/ }),

/***/ 72901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ fleetTableRow),
/* harmony export */   XY: () => (/* binding */ FLEET_TABLE_HEAD),
/* harmony export */   n8: () => (/* binding */ fleetStoppedLines),
/* harmony export */   yM: () => (/* binding */ fleetFactsLine)
/* harmony export */ });
/* unused harmony export FLEET_STATUS */
/* harmony import */ var _action_render_outputs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60541);
/* harmony import */ var _fleet_result__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14995);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42495);
/**
 * The per-target table of a fleet (status, duration, tests, objects changed, failure file:line
 * and message), shared by the Action's job summary, `pgmi report merge --summary` and the review
 * comment, so every place shows a fleet the same way.
 */



const FLEET_STATUS = {
    succeeded: '✅ succeeded',
    rehearsed: '🧪 rehearsed',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
};
/** The line saying why a fleet stopped before any target ran; none when it did not. */
function fleetStoppedLines(r) {
    return r.error ? [`**Stopped before any target ran:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(r.error)}`, ''] : [];
}
const FLEET_TABLE_HEAD = [
    '| Database | Status | Duration | Tests | Objects changed | Failure |',
    '| --- | --- | ---: | ---: | ---: | --- |',
];
/** One table row; `messageMax` cuts a long failure message. */
function fleetTableRow(t, messageMax = Infinity) {
    const tests = (0,_fleet_result__WEBPACK_IMPORTED_MODULE_1__/* .testCounts */ .Js)(t);
    const changes = (0,_fleet_result__WEBPACK_IMPORTED_MODULE_1__/* .changeCount */ .YR)(t);
    const at = (0,_fleet_result__WEBPACK_IMPORTED_MODULE_1__/* .failureLocation */ .UW)(t);
    const message = t.error?.message;
    const shortMessage = message && message.length > messageMax ? `${message.slice(0, messageMax)} …` : message;
    const failure = t.status === 'failed'
        ? [at && (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(at), shortMessage && (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(shortMessage), `exit ${t.exitCode}`]
            .filter(Boolean)
            .join(' ')
        : '';
    return [
        (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(t.database),
        FLEET_STATUS[t.status],
        t.status === 'skipped' ? '' : `${(t.durationMs / 1000).toFixed(2)} s`,
        tests.run ? `${tests.passed}/${tests.run}` : '',
        changes === undefined ? '' : String(changes),
        failure,
    ]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |');
}
/** The totals line under a fleet's heading, in the job summary and the review comment alike. */
function fleetFactsLine(r) {
    const { total, succeeded, failed, skipped, rehearsed } = r.totals;
    const facts = [
        `${total} target(s)`,
        `${succeeded} succeeded${rehearsed ? ` (${rehearsed} rehearsed)` : ''}`,
        `${failed} failed`,
        `${skipped} skipped`,
        `${(r.durationMs / 1000).toFixed(2)} s`,
        `exit code ${r.exitCode}${r.exitCode === 0 ? '' : ` (${(0,_action_render_outputs__WEBPACK_IMPORTED_MODULE_0__/* .resultName */ .x5)(r.exitCode)})`}`,
    ];
    if (r.shard)
        facts.splice(1, 0, `shard ${r.shard.index}/${r.shard.count}`);
    return facts.join(' · ');
}


/***/ }),

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ mdFence),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   mF: () => (/* binding */ mdDetails),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* harmony import */ var _engine_redact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32393);
/**
 * Escaping for GitHub-flavoured Markdown (job summaries, PR/MR comments). Text from deploy.sql
 * and the server (messages, source lines, file and object names) is data: HTML and Markdown in
 * it must render literally, and a `|` must not split a table cell. Each helper redacts first:
 * escaping would change a secret's spelling.
 */

const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
};
/** Inline text: entities for HTML and table syntax, backslashes for Markdown emphasis and links. */
function mdText(s) {
    // Backslashes first: the entities added next contain `#`, which must stay as it is.
    return (0,_engine_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(s)
        .replace(/[\\`*_[\]#~!]/g, (c) => `\\${c}`)
        .replace(/[&<>"'|]/g, (c) => ENTITIES[c])
        .replace(/\r?\n/g, '<br>');
}
/**
 * Characters GFM still reads between `<code>` tags (raw HTML does not stop inline parsing):
 * emphasis (`__test__` would turn bold), code spans, links, strikethrough, backslash escapes,
 * and the autolink triggers (`https:`, `www.`, `user@host`, which GitHub also reads as mentions).
 */
const CODE_ENTITIES = {
    ...ENTITIES,
    _: '&#95;',
    '*': '&#42;',
    '`': '&#96;',
    '~': '&#126;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    ':': '&#58;',
    '@': '&#64;',
    '#': '&#35;',
    '!': '&#33;',
};
/** Inline code: `<code>` with entities, safe inside a table cell and against every GFM rule. */
function mdCode(s) {
    return `<code>${(0,_engine_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(s)
        .replace(/[&<>"'|_*`~[\]\\:@#!]/g, (c) => CODE_ENTITIES[c])
        .replace(/\b(www)\./gi, '$1&#46;')
        .replace(/\r?\n/g, ' ')}</code>`;
}
/** A fenced block whose fence is longer than any backtick run inside. */
function mdFence(text, lang = '') {
    const s = (0,_engine_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text);
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${s}\n${fence}`;
}
/** `<details>` with a summary line; the blank lines let GFM read the Markdown inside. */
function mdDetails(summary, body, open = false) {
    return [
        `<details${open ? ' open' : ''}><summary>${summary}</summary>`,
        '',
        ...body,
        '',
        '</details>',
    ];
}


/***/ })

};
