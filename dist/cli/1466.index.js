export const id = 1466;
export const ids = [1466];
export const modules = {

/***/ 41466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fleetJunitReport: () => (/* binding */ fleetJunitReport)
/* harmony export */ });
/* harmony import */ var _junit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77991);

const secs = (ms) => (ms / 1000).toFixed(3);
function failureText(t) {
    const d = t.error;
    if (!d)
        return '';
    const where = d.script ? `${d.script}:${d.line}${d.column ? `:${d.column}` : ''}` : d.failedFile;
    return [
        d.message,
        d.sqlstate && `SQLSTATE: ${d.sqlstate}`,
        d.detail && `DETAIL: ${d.detail}`,
        d.hint && `HINT: ${d.hint}`,
        where && `at ${where}`,
    ]
        .filter(Boolean)
        .join('\n');
}
function suiteXml(t, stamp, fileOf) {
    const text = failureText(t);
    const cases = t.tests.filter((x) => x.kind === 'test' || x.status === 'failed');
    const lines = cases.map((x) => x.status === 'failed'
        ? (0,_junit__WEBPACK_IMPORTED_MODULE_0__/* .caseXml */ .k_)(x, text, t.error?.script === x.path ? t.error?.line : undefined, fileOf)
        : (0,_junit__WEBPACK_IMPORTED_MODULE_0__/* .caseXml */ .k_)(x, undefined, undefined, fileOf));
    const failures = cases.filter((x) => x.status === 'failed' && x.kind === 'test').length;
    let errors = cases.filter((x) => x.status === 'failed' && x.kind === 'fixture').length;
    let skipped = cases.filter((x) => x.status === 'skipped').length;
    const deployCase = (body) => `    <testcase name="deploy" classname="${(0,_junit__WEBPACK_IMPORTED_MODULE_0__/* .xml */ ._n)(t.database)}" time="${secs(t.durationMs)}">\n      ${body}\n    </testcase>`;
    if (t.status === 'skipped') {
        skipped += 1;
        lines.push(deployCase('<skipped message="not started: the fleet stopped before this target"/>'));
    }
    else if (t.status === 'failed' && failures + errors === 0) {
        errors += 1;
        const d = t.error;
        const type = d?.sqlstate ? `SQLSTATE ${d.sqlstate}` : `exit ${t.exitCode}`;
        lines.push(deployCase(`<error message="${(0,_junit__WEBPACK_IMPORTED_MODULE_0__/* .xml */ ._n)(d?.message ?? 'failed')}" type="${(0,_junit__WEBPACK_IMPORTED_MODULE_0__/* .xml */ ._n)(type)}">${(0,_junit__WEBPACK_IMPORTED_MODULE_0__/* .xml */ ._n)(text)}</error>`));
    }
    const tests = lines.length;
    return {
        tests,
        failures,
        errors,
        xml: `  <testsuite name="${(0,_junit__WEBPACK_IMPORTED_MODULE_0__/* .xml */ ._n)(t.database)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${secs(t.durationMs)}" timestamp="${stamp}">\n` +
            (lines.length ? lines.join('\n') + '\n' : '') +
            '  </testsuite>',
    };
}
/** @param opts.file names project files in `file=` (relative to the CI workspace, when known). */
function fleetJunitReport(result, opts = {}) {
    const stamp = (opts.timestamp ?? new Date()).toISOString().slice(0, 19);
    const suites = result.targets.map((t) => suiteXml(t, stamp, opts.file));
    const sum = (k) => suites.reduce((a, s) => a + s[k], 0);
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<testsuites name="pgmi fleet" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" time="${secs(result.durationMs)}">\n` +
        (suites.length ? suites.map((s) => s.xml).join('\n') + '\n' : '') +
        '</testsuites>\n');
}


/***/ }),

/***/ 77991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ junitReport),
/* harmony export */   _n: () => (/* binding */ xml),
/* harmony export */   k_: () => (/* binding */ caseXml)
/* harmony export */ });
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * JUnit XML for CI systems that read test reports (GitLab `artifacts:reports:junit`, Azure
 * `PublishTestResults@2`, Jenkins `junit`): one suite per test directory, one testcase per test
 * file, failures carrying the message, SQLSTATE and file:line. A deploy that failed outside the
 * tests adds a `deploy.sql` testcase with the error, so the report never reads green by omission.
 */

function xml(s) {
    // XML 1.0 forbids most control characters even when escaped; drop them.
    return (s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
        .replace(/[<>&"']/g, (c) => c === '<'
        ? '&lt;'
        : c === '>'
            ? '&gt;'
            : c === '&'
                ? '&amp;'
                : c === '"'
                    ? '&quot;'
                    : '&apos;'));
}
const secs = (ms) => (ms / 1000).toFixed(3);
function directoryOf(p) {
    return p.slice(0, p.lastIndexOf('/') + 1);
}
function caseXml(t, failureText, line, fileOf = (f) => f) {
    const name = t.path.slice(t.path.lastIndexOf('/') + 1);
    const attrs = `name="${xml(name)}" classname="${xml(directoryOf(t.path))}" file="${xml(fileOf(t.path))}"` +
        `${line ? ` line="${line}"` : ''} time="${secs(t.durationMs)}"`;
    if (t.status === 'passed')
        return `    <testcase ${attrs}/>`;
    if (t.status === 'skipped')
        return `    <testcase ${attrs}>\n      <skipped message="not run: an earlier step failed"/>\n    </testcase>`;
    const tag = t.kind === 'fixture' ? 'error' : 'failure';
    const type = t.sqlstate ? `SQLSTATE ${t.sqlstate}` : 'failure';
    return `    <testcase ${attrs}>\n      <${tag} message="${xml(t.message ?? 'failed')}" type="${xml(type)}">${xml(failureText ?? t.message ?? '')}</${tag}>\n    </testcase>`;
}
/**
 * @param opts.file names project files in `file=` attributes: relative to the CI workspace when
 *   there is one (as the CI systems' other reports are), else as the project names them.
 */
function junitReport(result, opts = {}) {
    const timestamp = opts.timestamp ?? new Date();
    const fileOf = opts.file ?? ((f) => f);
    const detail = result.error !== undefined ? (0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorDetail */ .m2)(result.error) : undefined;
    // The located script (a project file, or deploy.sql) carries the line; failedFile alone
    // (upstream's message rule) names only the file.
    const where = detail?.script
        ? `${detail.script}:${detail.line}${detail.column ? `:${detail.column}` : ''}`
        : detail?.failedFile;
    const failureText = detail
        ? [
            detail.message,
            detail.sqlstate && `SQLSTATE: ${detail.sqlstate}`,
            detail.detail && `DETAIL: ${detail.detail}`,
            detail.hint && `HINT: ${detail.hint}`,
            where && `at ${where}`,
        ]
            .filter(Boolean)
            .join('\n')
        : undefined;
    // Tests and failing fixtures are testcases; passing fixtures are setup, not results.
    const cases = result.tests.filter((t) => t.kind === 'test' || t.status === 'failed');
    const suites = new Map();
    for (const t of cases) {
        const dir = directoryOf(t.path);
        suites.set(dir, [...(suites.get(dir) ?? []), t]);
    }
    const failedInTests = cases.some((t) => t.status === 'failed');
    const parts = [];
    let total = 0;
    let failures = 0;
    let errors = 0;
    for (const [dir, list] of suites) {
        const f = list.filter((t) => t.status === 'failed' && t.kind === 'test').length;
        const e = list.filter((t) => t.status === 'failed' && t.kind === 'fixture').length;
        const s = list.filter((t) => t.status === 'skipped').length;
        const time = list.reduce((a, t) => a + t.durationMs, 0);
        total += list.length;
        failures += f;
        errors += e;
        parts.push(`  <testsuite name="${xml(dir)}" tests="${list.length}" failures="${f}" errors="${e}" skipped="${s}" time="${secs(time)}" timestamp="${timestamp.toISOString().slice(0, 19)}">\n` +
            list
                .map((t) => t.status === 'failed'
                ? caseXml(t, failureText, detail?.script === t.path ? detail.line : undefined, fileOf)
                : caseXml(t, undefined, undefined, fileOf))
                .join('\n') +
            '\n  </testsuite>');
    }
    if (result.status === 'failed' && !failedInTests && detail) {
        total += 1;
        errors += 1;
        parts.push(`  <testsuite name="deploy.sql" tests="1" failures="0" errors="1" skipped="0" time="${secs(result.durationMs)}" timestamp="${timestamp.toISOString().slice(0, 19)}">\n` +
            `    <testcase name="deploy" classname="deploy.sql" file="${xml(fileOf(detail.script ?? detail.failedFile ?? 'deploy.sql'))}"${detail.script && detail.line ? ` line="${detail.line}"` : ''} time="${secs(result.durationMs)}">\n` +
            `      <error message="${xml(detail.message)}" type="${xml(detail.sqlstate ? `SQLSTATE ${detail.sqlstate}` : `exit ${detail.exitCode}`)}">${xml(failureText ?? '')}</error>\n` +
            '    </testcase>\n  </testsuite>');
    }
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' +
        // No `skipped` on <testsuites>: the JUnit schema Jenkins validates against has it only on
        // <testsuite>, where it is.
        `<testsuites name="pgmi ${xml(result.database)}" tests="${total}" failures="${failures}" errors="${errors}" time="${secs(result.durationMs)}">\n` +
        (parts.length ? parts.join('\n') + '\n' : '') +
        '</testsuites>\n');
}


/***/ })

};
