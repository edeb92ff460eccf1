export const id = 5321;
export const ids = [5321,3159,1466,7183,3823];
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

/***/ 72791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ terminalApprover),
/* harmony export */   isInteractive: () => (/* binding */ isInteractive)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_approver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81081);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/**
 * Confirmation of `--overwrite` at a terminal: type the database name, or with `--force` a
 * five-second countdown that Ctrl-C aborts. Outside a terminal the engine's non-interactive
 * policy applies (`--force` proceeds, anything else is refused at once, exit 12).
 */



function isInteractive(env) {
    return (env.PGMI_NON_INTERACTIVE !== '1' && !env.CI && !!process.stdin.isTTY && !!process.stdout.isTTY);
}
function readLine(signal) {
    return new Promise((resolve, reject) => {
        const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input: process.stdin, terminal: false });
        let done = false;
        const finish = (v) => {
            if (done)
                return;
            done = true;
            rl.close();
            resolve(v);
        };
        rl.once('line', (l) => finish(l));
        rl.once('close', () => finish(null));
        signal.addEventListener('abort', () => {
            done = true;
            rl.close();
            reject(signal.reason);
        }, { once: true });
    });
}
function terminalApprover(env, write) {
    if (!isInteractive(env))
        return _engine_approver__WEBPACK_IMPORTED_MODULE_1__/* .nonInteractiveApprover */ .V;
    return async ({ database, force, signal }) => {
        const name = JSON.stringify(database);
        if (force) {
            if (!env.PGMI_NO_BANNER) {
                write(`\n  !!!  DANGER  !!!\n  --overwrite --force will DROP DATABASE ${name} and every object in it.\n\n`);
            }
            for (let n = 5; n > 0; n--) {
                write(`\r--force: DROP DATABASE ${name} in ${n}s. Ctrl-C aborts.`);
                await new Promise((resolve, reject) => {
                    const t = setTimeout(resolve, 1000);
                    signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), {
                        once: true,
                    });
                });
            }
            write(`\r--force: DROP DATABASE ${name} now.              \n`);
            return;
        }
        write(`WARNING: about to DROP and RECREATE database ${name}. This deletes all data.\n`);
        write('Type the database name to confirm: ');
        const answer = await readLine(signal);
        if (answer === null) {
            throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ApprovalDeniedError */ .HB('approval denied: No input available. Use --force to bypass confirmation in non-interactive mode.');
        }
        if (answer.trim() !== database) {
            throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ApprovalDeniedError */ .HB(`approval denied: ${JSON.stringify(answer.trim())} does not match ${name}. Cancelled.`);
        }
        write('Confirmed.\n');
    };
}


/***/ }),

/***/ 65321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy),
  N: () => (/* binding */ toRawDeployInput)
});

// EXTERNAL MODULE: ./src/engine/deploy.ts + 27 modules
var deploy = __webpack_require__(29774);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
;// CONCATENATED MODULE: ./src/engine/events.ts
/**
 * The engine's progress stream. Front doors render these (CLI text, Action log groups and
 * annotations, MCP notices); the engine never prints.
 */
/**
 * The result of a deploy that ended before the engine ran: bad input a front door refused, an
 * overwrite not approved, a fleet target whose deploy could not start.
 */
function resultBeforeEngine(error, run) {
    return {
        status: 'failed',
        exitCode: run.exitCode,
        database: run.database ?? '',
        filesLoaded: 0,
        testMacros: 0,
        durationMs: run.durationMs ?? 0,
        tests: [],
        error,
        engineRan: false,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/redact.ts
var engine_redact = __webpack_require__(32393);
;// CONCATENATED MODULE: ./src/action/render/annotations.ts
/**
 * Annotations: the failure as an error on the project file and line, a failed test as an error
 * on its file, `RAISE WARNING` as a warning where the file is known. GitHub shows at most 10
 * annotations of each type per step; past that they are kept for the job summary instead.
 */


const ANNOTATION_CAP = 10;
/**
 * @param enabled the `annotations` input; when off, each would-be annotation is a log line.
 * @param log plain log line writer (used when disabled or past the cap).
 */
function createAnnotator(enabled, sink, log, cap = ANNOTATION_CAP) {
    const counts = { error: 0, warning: 0 };
    const overflow = [];
    return {
        overflow,
        add(a) {
            // One redaction pass for everything an annotation carries.
            const clean = {
                level: a.level,
                message: redact(a.message),
                props: {
                    ...a.props,
                    ...(a.props.title !== undefined ? { title: redact(a.props.title) } : {}),
                    ...(a.props.file !== undefined ? { file: redact(a.props.file) } : {}),
                },
            };
            if (enabled && counts[a.level] < cap) {
                counts[a.level]++;
                sink[a.level](clean.message, clean.props);
                return;
            }
            if (enabled)
                overflow.push(clean);
            const where = clean.props.file
                ? ` (${clean.props.file}${clean.props.startLine ? `:${clean.props.startLine}` : ''})`
                : '';
            log(`${a.level === 'error' ? 'Error' : 'Warning'}${where}: ${clean.message}`);
        },
    };
}
/**
 * A project path as GitHub links it: relative to the repository root (GITHUB_WORKSPACE),
 * forward slashes. `projectFile` is the engine's form (`./migrations/001.sql`, `deploy.sql`).
 */
function workspacePath(workspace, projectPath, projectFile) {
    const abs = external_node_path_default().resolve(workspace, projectPath, projectFile);
    const rel = external_node_path_default().relative(external_node_path_default().resolve(workspace), abs);
    return (rel === '' ? '.' : rel).split((external_node_path_default()).sep).join('/');
}
/** The project file (engine form) and position a failure points at, when known. */
function failureSource(detail) {
    if (detail.script) {
        // Lines of a deploy.sql with pgmi_test() macros count in the expanded script: they do not
        // match the file on disk, so the annotation goes on the file without a position.
        if (detail.script === 'deploy.sql' && detail.scriptExpanded)
            return { file: 'deploy.sql' };
        return { file: detail.script, line: detail.line, column: detail.column };
    }
    if (detail.failedFile)
        return { file: detail.failedFile };
    return undefined;
}
/**
 * Annotation properties for a project file. GitHub places annotations on lines; a failure known
 * only by its file (a failing test: the test runner re-raises without a position) goes on line 1.
 */
function fileProps(file, line, column, title) {
    return {
        title,
        file,
        startLine: line && line > 0 ? line : 1,
        ...(line && column && column > 0 ? { startColumn: column } : {}),
    };
}

// EXTERNAL MODULE: ./src/action/render/outputs.ts
var outputs = __webpack_require__(60541);
// EXTERNAL MODULE: ./src/review/context.ts
var context = __webpack_require__(23823);
;// CONCATENATED MODULE: ./src/ci/findings.ts
/**
 * What a CI system is told about a finished deploy, independent of its markup: the failure on its
 * project file and line, each other failed test on its file, the outputs (the Action's, by the
 * same rules), and where a project file sits relative to the repository root.
 */





function runOutputs(result, exitCode) {
    const { 'json-report': _j, 'junit-report': _u, 'targets-total': _tt, 'targets-succeeded': _ts, 'targets-failed': _tf, 'targets-skipped': _tk, 'comment-url': _cu, 'comment-file': _cf, ...rest } = (0,outputs/* actionOutputs */.dr)(exitCode, result, {});
    return rest;
}
/** The error findings of a run: the failure first, then failed tests on other files. */
function errorFindings(result, exitCode) {
    const out = [];
    let failureFile;
    if (exitCode !== 0) {
        const detail = (0,errors/* errorDetail */.m2)(result.error ?? new errors/* InterruptedError */.p4());
        const source = failureSource(detail);
        failureFile = source?.file;
        const failedTest = result.tests.find((t) => t.status === 'failed' && t.path === source?.file);
        // The server's own words when there are some: pgmi's wrapper ("execution failed: ERROR: …
        // (SQLSTATE …)") repeats what the issue's code and location already say.
        const pg = (0,errors/* firstPgError */.wm)(result.error);
        const message = [
            pg ? (0,engine_redact/* redact */.E$)(pg.message) : detail.message,
            detail.detail && `DETAIL: ${detail.detail}`,
            detail.hint && `HINT: ${detail.hint}`,
        ]
            .filter(Boolean)
            .join('\n');
        out.push({
            level: 'error',
            kind: 'failure',
            ...(source ?? {}),
            code: detail.sqlstate ?? `exit ${exitCode}`,
            title: failedTest
                ? `Test failed: ${failedTest.path}`
                : `pgmi deploy failed (exit ${exitCode})`,
            message,
        });
    }
    for (const t of result.tests) {
        if (t.status !== 'failed' || t.path === failureFile)
            continue;
        out.push({
            level: 'error',
            kind: 'test',
            file: t.path,
            ...(t.line ? { line: t.line } : {}),
            ...(t.sqlstate ? { code: t.sqlstate } : {}),
            title: `Test failed: ${t.path}`,
            message: (0,engine_redact/* redact */.E$)(t.message ?? 'failed'),
        });
    }
    return out;
}
/** One-paragraph text of a finding for an issue list (the file and line travel separately). */
function findingText(f) {
    return f.kind === 'test' ? `Test failed: ${f.message}` : f.message;
}
/** A `RAISE WARNING` whose project file the engine knows, as a finding; otherwise undefined. */
function warningFinding(e) {
    if (e.severity !== 'WARNING' || !e.file)
        return undefined;
    const message = [e.message, e.detail && `DETAIL: ${e.detail}`, e.hint && `HINT: ${e.hint}`]
        .filter(Boolean)
        .join('\n');
    return {
        level: 'warning',
        kind: 'warning',
        file: e.file,
        ...(e.line ? { line: e.line } : {}),
        title: 'RAISE WARNING',
        message: (0,engine_redact/* redact */.E$)(message),
    };
}
/**
 * A project file as the CI system links it: relative to the repository root (forward slashes)
 * when it lies inside it, else absolute.
 */
function repoPath(root, cwd, projectPath, projectFile) {
    const abs = external_node_path_default().resolve(cwd, projectPath, projectFile);
    const rel = external_node_path_default().relative(external_node_path_default().resolve(cwd, root), abs);
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return abs.split((external_node_path_default()).sep).join('/');
    return (rel === '' ? '.' : rel).split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/ci/phases.ts
const PHASE_TITLES = {
    validate: 'Check the project',
    database: 'Connect and prepare the database',
    session: 'Load the project into the session',
    execute: 'Run deploy.sql',
};
function phaseGroups(markup, write) {
    let open;
    const close = () => {
        if (open)
            write(markup.end(open));
        open = undefined;
    };
    return {
        enter(phase) {
            close();
            write(markup.start(phase, `pgmi: ${PHASE_TITLES[phase]}`));
            open = phase;
        },
        close,
    };
}

;// CONCATENATED MODULE: ./src/ci/azure.ts



/**
 * The agent's escaping (azure-pipelines-task-lib `taskcommand`): `%` first as `%AZP25`, then line
 * breaks; property values also escape `;` and `]`, which would end the property or the command.
 */
function escapeData(s) {
    return s.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/;/g, '%3B').replace(/]/g, '%5D');
}
function vso(area, props, data = '') {
    const p = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(';');
    return `##vso[${area}${p ? ' ' + p : ''}]${escapeData(data)}\n`;
}
/** Output variable names: `pgmi.exitCode`, `pgmi.testsFailed`, … (the Action's, camel-cased). */
function azureVariableName(output) {
    return 'pgmi.' + output.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}
function azureRenderer(ctx) {
    const command = ctx.json ? ctx.stderr : ctx.stdout;
    const root = ctx.env.BUILD_SOURCESDIRECTORY || ctx.cwd || process.cwd();
    const where = (file) => repoPath(root, ctx.cwd ?? process.cwd(), ctx.projectPath ?? '.', file);
    const groups = phaseGroups({ start: (_p, title) => `##[group]${title}\n`, end: () => '##[endgroup]\n' }, ctx.stderr);
    const issue = (f) => command(vso('task.logissue', {
        type: f.level,
        sourcepath: f.file ? where(f.file) : undefined,
        linenumber: f.file ? (f.line ?? 1) : undefined,
        columnnumber: f.file && f.line ? f.column : undefined,
        code: f.code,
    }, findingText(f)));
    return {
        name: 'azure',
        onEvent(e) {
            if (e.type === 'phase')
                groups.enter(e.phase);
            else if (e.type === 'notice') {
                const w = warningFinding(e);
                if (w)
                    issue(w);
            }
        },
        finish(result, exitCode) {
            groups.close();
            for (const f of errorFindings(result, exitCode))
                issue(f);
            for (const [name, value] of Object.entries(runOutputs(result, exitCode))) {
                command(vso('task.setvariable', { variable: azureVariableName(name), isOutput: true }, value));
            }
            const status = exitCode === 0 ? 'Succeeded' : 'Failed';
            command(`##vso[task.complete result=${status};]pgmi: ${(0,outputs/* resultName */.x5)(exitCode)} (exit ${exitCode})\n`);
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/ci/github.ts
/**
 * GitHub Actions, when a workflow runs the CLI or the image itself (`GITHUB_ACTIONS=true`) rather
 * than this repository's Action: plain workflow commands, no @actions/* code.
 *
 *   ::group::pgmi: Run deploy.sql … ::endgroup::
 *   ::warning file=db/x.sql,line=3,title=RAISE WARNING::…
 *   ::error file=db/migrations/002.sql,line=4,col=7,title=pgmi deploy failed (exit 13)::…
 *   $GITHUB_OUTPUT: exit-code, result, duration-ms, files-loaded, tests-passed, tests-failed,
 *                   server-version (the Action's output names)
 *
 * Paths are relative to GITHUB_WORKSPACE, where GitHub shows annotations on the file.
 */



/** Workflow-command escaping (@actions/core `command.ts`): data, then property values. */
function github_escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function github_escapeProperty(s) {
    return github_escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function workflowCommand(name, props, message) {
    const p = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${github_escapeProperty(String(v))}`)
        .join(',');
    return `::${name}${p ? ' ' + p : ''}::${github_escapeData(message)}\n`;
}
function githubRenderer(ctx) {
    const command = ctx.json ? ctx.stderr : ctx.stdout;
    const cwd = ctx.cwd ?? process.cwd();
    const root = ctx.env.GITHUB_WORKSPACE || cwd;
    const groups = phaseGroups({ start: (_p, title) => `::group::${github_escapeData(title)}\n`, end: () => '::endgroup::\n' }, ctx.stderr);
    const annotate = (f) => command(annotation(f, root, cwd, ctx.projectPath ?? '.'));
    return {
        name: 'github',
        onEvent(e) {
            if (e.type === 'phase')
                groups.enter(e.phase);
            else if (e.type === 'notice') {
                const w = warningFinding(e);
                if (w)
                    annotate(w);
            }
        },
        finish(result, exitCode) {
            groups.close();
            for (const f of errorFindings(result, exitCode))
                annotate(f);
            const file = ctx.env.GITHUB_OUTPUT;
            if (!file)
                return;
            // Every value is a single line (numbers, a result name, a version), so `name=value` is safe.
            const lines = Object.entries(runOutputs(result, exitCode))
                .map(([k, v]) => `${k}=${v.replace(/[\r\n]/g, ' ')}\n`)
                .join('');
            try {
                (0,external_node_fs_.appendFileSync)(file, lines);
            }
            catch (err) {
                ctx.stderr(`pgmi: warning: could not write step outputs to GITHUB_OUTPUT: ${String(err)}\n`);
            }
        },
    };
}
/** A finding as a GitHub annotation command, its file relative to the workspace `root`. */
function annotation(f, root, cwd, projectPath) {
    return workflowCommand(f.level, {
        file: f.file ? repoPath(root, cwd, projectPath, f.file) : undefined,
        // GitHub places annotations on lines: a file-only finding goes on line 1.
        line: f.file ? (f.line ?? 1) : undefined,
        col: f.file && f.line ? f.column : undefined,
        title: f.title,
    }, findingText(f));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/ci/gitlab-reports.ts
/**
 * GitLab report files: a dotenv report (`artifacts:reports:dotenv`) with the Action's outputs
 * under valid variable names, and a Code Quality report (`artifacts:reports:codequality`) whose
 * issues point at the failing file and line.
 */



/** `exit-code` → `PGMI_EXIT_CODE`: GitLab dotenv keys must be valid variable names. */
function dotenvKey(output) {
    return 'PGMI_' + output.toUpperCase().replace(/-/g, '_');
}
/**
 * KEY=value lines. GitLab's dotenv parser takes neither quotes, comments nor multi-line values,
 * so values are single lines as they are; an empty value (server version of a run that never
 * connected) is left out rather than written as `KEY=`.
 */
function dotenvReport(outputs) {
    return Object.entries(outputs)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => `${dotenvKey(k)}=${v.replace(/[\r\n]/g, ' ')}\n`)
        .join('');
}
function checkOf(f, exitCode) {
    if (f.kind === 'warning')
        return { check: 'pgmi-raise-warning', severity: 'minor' };
    if (f.kind === 'test')
        return { check: 'pgmi-test-failed', severity: 'critical' };
    return { check: `pgmi-${(0,outputs/* resultName */.x5)(exitCode)}`, severity: 'blocker' };
}
/**
 * Findings with a file become issues (GitLab requires a path; a connection error has none and
 * stays in the log and the JUnit report). Fingerprints are stable across pipelines for the same
 * problem at the same place, so GitLab can tell new issues from resolved ones.
 */
function codeQualityReport(findings, exitCode, toPath) {
    const out = [];
    const seen = new Set();
    for (const f of findings) {
        if (!f.file)
            continue;
        const { check, severity } = checkOf(f, exitCode);
        const code = f.code
            ? /^[0-9A-Z]{5}$/.test(f.code)
                ? ` (SQLSTATE ${f.code})`
                : ` (${f.code})`
            : '';
        const description = findingText(f).replace(/\s*\n\s*/g, ' ') + code;
        const filePath = toPath(f.file);
        const line = f.line && f.line > 0 ? f.line : 1;
        const fingerprint = (0,external_node_crypto_.createHash)('sha256')
            .update([check, filePath, line, description].join('\0'))
            .digest('hex');
        if (seen.has(fingerprint))
            continue;
        seen.add(fingerprint);
        out.push({
            description,
            check_name: check,
            fingerprint,
            severity,
            location: { path: filePath, lines: { begin: line } },
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/ci/gitlab.ts
/**
 * GitLab CI (`GITLAB_CI=true`): one collapsible log section per phase, and two report files for
 * `artifacts:reports` written when the deploy ends, whatever its outcome:
 *
 *   PGMI_GITLAB_DOTENV        dotenv report, default `pgmi.env`:
 *                             PGMI_EXIT_CODE, PGMI_RESULT, PGMI_DURATION_MS, PGMI_FILES_LOADED,
 *                             PGMI_TESTS_PASSED, PGMI_TESTS_FAILED, PGMI_SERVER_VERSION
 *   PGMI_GITLAB_CODE_QUALITY  Code Quality report, default `gl-code-quality-report.json`
 *
 * Relative report paths are relative to the working directory; set a variable to the empty
 * string to skip that file. Code Quality paths are relative to CI_PROJECT_DIR (the repository).
 */





const DEFAULT_DOTENV = 'pgmi.env';
const DEFAULT_CODE_QUALITY = 'gl-code-quality-report.json';
/** The report files a GitLab run will write, named by their variables (checked before connecting). */
function gitlabReportPaths(env) {
    const files = [
        ['PGMI_GITLAB_DOTENV', env.PGMI_GITLAB_DOTENV ?? DEFAULT_DOTENV],
        ['PGMI_GITLAB_CODE_QUALITY', env.PGMI_GITLAB_CODE_QUALITY ?? DEFAULT_CODE_QUALITY],
    ];
    return files.filter(([, file]) => file !== '');
}
/**
 * Section markers as GitLab documents them: `\e[0K` erases the marker from the rendered line,
 * `\r` returns over it, and the header follows. Names hold only letters, digits, `_.-`.
 */
function sectionStart(name, header, collapsed, at) {
    const ts = Math.floor(at.getTime() / 1000);
    return `\x1b[0Ksection_start:${ts}:${name}${collapsed ? '[collapsed=true]' : ''}\r\x1b[0K${header}\n`;
}
function sectionEnd(name, at) {
    return `\x1b[0Ksection_end:${Math.floor(at.getTime() / 1000)}:${name}\r\x1b[0K\n`;
}
function gitlabRenderer(ctx, clock = () => new Date()) {
    const cwd = ctx.cwd ?? process.cwd();
    const root = ctx.env.CI_PROJECT_DIR || cwd;
    const warnings = [];
    // The run's own output is short except for deploy.sql's notices: keep that one open.
    const groups = phaseGroups({
        start: (p, title) => sectionStart(`pgmi_${p}`, title, p !== 'execute', clock()),
        end: (p) => sectionEnd(`pgmi_${p}`, clock()),
    }, ctx.stderr);
    const write = (setting, fallback, body, what) => {
        const file = setting ?? fallback;
        if (file === '')
            return;
        // Already reported as the run's error (exit 10 before connecting): not a second line.
        if (ctx.unwritable?.has(external_node_path_default().resolve(cwd, file)))
            return;
        try {
            const abs = external_node_path_default().resolve(cwd, file);
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(abs), { recursive: true });
            (0,external_node_fs_.writeFileSync)(abs, body);
        }
        catch (err) {
            ctx.stderr(`pgmi: warning: could not write the GitLab ${what} report ${file}: ${String(err)}\n`);
        }
    };
    return {
        name: 'gitlab',
        onEvent(e) {
            if (e.type === 'phase')
                groups.enter(e.phase);
            else if (e.type === 'notice') {
                const w = warningFinding(e);
                if (w)
                    warnings.push(w);
            }
        },
        finish(result, exitCode) {
            groups.close();
            write(ctx.env.PGMI_GITLAB_DOTENV, DEFAULT_DOTENV, dotenvReport(runOutputs(result, exitCode)), 'dotenv');
            const findings = [...errorFindings(result, exitCode), ...warnings];
            const issues = codeQualityReport(findings, exitCode, (f) => repoPath(root, cwd, ctx.projectPath ?? '.', f));
            write(ctx.env.PGMI_GITLAB_CODE_QUALITY, DEFAULT_CODE_QUALITY, JSON.stringify(issues, null, 2) + '\n', 'Code Quality');
        },
    };
}

;// CONCATENATED MODULE: ./src/ci/index.ts



const plain = () => ({
    name: 'plain',
    onEvent: () => undefined,
    finish: () => undefined,
});
/** Picks the renderer for the CI system this process runs in; plain text elsewhere. */
function detectCi(ctx) {
    const { env } = ctx;
    if (env.GITHUB_ACTIONS === 'true')
        return githubRenderer(ctx);
    if (env.GITLAB_CI === 'true')
        return gitlabRenderer(ctx);
    if ((env.TF_BUILD ?? '').toLowerCase() === 'true')
        return azureRenderer(ctx);
    return plain();
}
/** Report files the CI system's renderer will write, as `[variable, path]` (checked up front). */
function ciReportPaths(env) {
    return env.GITLAB_CI === 'true' ? gitlabReportPaths(env) : [];
}

// EXTERNAL MODULE: ./src/inputs/deploy-input.ts + 1 modules
var deploy_input = __webpack_require__(38797);
// EXTERNAL MODULE: ./src/inputs/secrets.ts
var secrets = __webpack_require__(73332);
;// CONCATENATED MODULE: ./src/inputs/interrupt.ts
/**
 * Ctrl-C and SIGTERM during a deploy, the same for every front door that runs in a process of
 * its own: cancel the running statement (the engine rolls back an open head) and end with 130 /
 * 143 — even when the engine had already finished, as upstream does.
 */

function interruptOnSignals(opts) {
    const controller = new AbortController();
    let received;
    const onSignal = (sig) => {
        if (received)
            return opts.onRepeat?.(sig);
        received = sig;
        opts.announce('pgmi: interrupted, cancelling deployment...');
        controller.abort(new errors/* InterruptedError */.p4(sig));
    };
    const onInt = () => onSignal('SIGINT');
    const onTerm = () => onSignal('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    return {
        signal: controller.signal,
        dispose() {
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
        },
        settle(result) {
            if (!received)
                return { result, exitCode: result.exitCode };
            const error = new errors/* InterruptedError */.p4(received);
            const settled = result.status !== 'failed' ? { ...result, status: 'failed', error } : result;
            return { result: settled, exitCode: error.exitCode };
        },
    };
}

;// CONCATENATED MODULE: ./src/inputs/startup.ts
/** Milliseconds since the process started (`performance.timeOrigin`), taken as a deploy begins. */
function processUptimeMs() {
    return Math.round(performance.now());
}
/** Puts `startupMs` first in the result's timings (when the deploy got as far as having any). */
function addStartupTiming(result, startupMs) {
    if (result.timings)
        result.timings = { startupMs, ...result.timings };
}

// EXTERNAL MODULE: ./src/cli/approve.ts
var approve = __webpack_require__(72791);
;// CONCATENATED MODULE: ./src/ci/heartbeat.ts
const PHASES = {
    validate: 'checking the project',
    database: 'connecting',
    session: 'loading the project',
    execute: 'running deploy.sql',
};
function secs(ms) {
    return `${Math.floor(ms / 1000)}s`;
}
function startHeartbeat(opts) {
    const now = opts.now ?? Date.now;
    const quietMs = opts.quietMs ?? 10_000;
    const started = now();
    let phase;
    let phaseSince = started;
    let lastOutput = started;
    let files;
    let units;
    let unit;
    let testsRun = 0;
    let testsFailed = 0;
    let currentTest;
    let testSince = started;
    let shown = false;
    const status = () => {
        const t = now();
        const parts = [`pgmi: ${phase ? PHASES[phase] : 'starting'}`];
        if (files !== undefined)
            parts.push(`${files} files loaded`);
        if (phase === 'execute' && units && units > 1)
            parts.push(unit ? `unit ${unit}/${units}` : `${units} units`);
        if (testsRun || currentTest)
            parts.push(`${testsRun} test(s) run${testsFailed ? `, ${testsFailed} failed` : ''}`);
        if (currentTest)
            parts.push(`${currentTest} for ${secs(t - testSince)}`);
        else
            parts.push(`${secs(t - phaseSince)} in this step`);
        parts.push(`${secs(t - started)} in all`);
        return parts.join(' · ');
    };
    const clear = () => {
        if (shown)
            opts.write('\r\x1b[2K');
        shown = false;
    };
    const tick = () => {
        if (!phase)
            return;
        if (opts.live) {
            opts.write(`\r\x1b[2K${status()}`);
            shown = true;
            return;
        }
        if (now() - lastOutput >= quietMs) {
            opts.write(`${status()} (still running)\n`);
            lastOutput = now();
        }
    };
    const timer = setInterval(tick, opts.live ? 1000 : Math.min(250, quietMs));
    timer.unref();
    return {
        onEvent(e) {
            switch (e.type) {
                case 'phase':
                    phase = e.phase;
                    phaseSince = now();
                    break;
                case 'session-prepared':
                    files = e.filesLoaded;
                    break;
                case 'units-planned':
                    units = e.units;
                    break;
                case 'unit-started':
                    // "in this step" then counts within the unit.
                    unit = e.unit;
                    units = e.units;
                    phaseSince = now();
                    break;
                case 'notice': {
                    const m = /^\[pgmi\] (?:Test|Fixture): (.+)$/.exec(e.message);
                    if (m) {
                        currentTest = m[1];
                        testSince = now();
                    }
                    break;
                }
                case 'test-finished':
                    if (e.kind === 'test' && e.status !== 'skipped')
                        testsRun++;
                    if (e.status === 'failed')
                        testsFailed++;
                    currentTest = undefined;
                    break;
                default:
                    break;
            }
        },
        beforeLine: clear,
        afterLine() {
            lastOutput = now();
        },
        stop() {
            clearInterval(timer);
            clear();
        },
    };
}

// EXTERNAL MODULE: ./src/cli/render.ts
var cli_render = __webpack_require__(94984);
;// CONCATENATED MODULE: ./src/cli/render-changes.ts
/** How many changes the compact list shows before "… and N more". */
const COMPACT_CHANGES = 20;
const SIGN = { created: '+', altered: '~', dropped: '-' };
function changeLine(c) {
    return `  ${SIGN[c.action]} ${c.action} ${c.kind} ${c.name}${c.detail ? ` (${c.detail})` : ''}`;
}
function changeReportLines(result, verbose) {
    const lines = [];
    const report = result.changeReport;
    if (report) {
        const { created, altered, dropped } = report.counts;
        if (report.changes.length === 0) {
            lines.push('Changes: none (the catalog is as it was)');
        }
        else {
            lines.push(`Changes: ${created} created, ${altered} altered, ${dropped} dropped`);
            const shown = verbose ? report.changes : report.changes.slice(0, COMPACT_CHANGES);
            lines.push(...shown.map(changeLine));
            const more = report.changes.length - shown.length;
            if (more > 0)
                lines.push(`  … and ${more} more (--verbose lists every change)`);
        }
    }
    if (result.notRehearsed?.length) {
        lines.push(`Not rehearsed: ${result.notRehearsed.length} tail unit(s) after the head's terminator, listed and not run:`);
        for (const u of result.notRehearsed)
            lines.push(`  unit ${u.unit}: ${u.firstLine}`);
    }
    return lines;
}

// EXTERNAL MODULE: ./src/reports/junit.ts
var junit = __webpack_require__(77991);
// EXTERNAL MODULE: ./src/reports/tap.ts
var tap = __webpack_require__(24346);
;// CONCATENATED MODULE: ./src/reports/writable.ts
/**
 * Report files are checked before anything connects: a path that cannot be written is a
 * configuration error (exit 10) naming the flag, input or variable, and nothing is deployed, rather
 * than a warning after a deploy that already happened.
 */



/** A report path that cannot be written: found before connecting, so nothing is deployed. */
class ReportPathError extends errors/* ConfigError */.xL {
    file;
    constructor(message, 
    /** The absolute path that cannot be written. */
    file) {
        super(message);
        this.file = file;
    }
}
function statOf(p) {
    try {
        return (0,external_node_fs_.statSync)(p);
    }
    catch {
        return undefined;
    }
}
/**
 * Checks that each `[what, file]` can be written: the file is not a directory and is writable, or
 * the nearest existing ancestor is a writable directory (the missing ones are created when the
 * report is written). Nothing is created here. `what` names the setting in the message
 * (`--junit-report`, `input "junit-report"`, `PGMI_GITLAB_DOTENV`).
 */
function checkWritablePaths(wanted, cwd = process.cwd()) {
    for (const [what, file] of wanted) {
        const full = external_node_path_default().resolve(cwd, file);
        const fail = (why) => {
            throw new ReportPathError(`invalid configuration: ${what}: cannot write ${JSON.stringify(file)}: ${why}`, full);
        };
        const st = statOf(full);
        if (st) {
            if (st.isDirectory())
                fail('it is a directory');
            try {
                (0,external_node_fs_.accessSync)(full, external_node_fs_.constants.W_OK);
            }
            catch {
                fail('the file is not writable');
            }
            continue;
        }
        let dir = external_node_path_default().dirname(full);
        let dst = statOf(dir);
        while (!dst && external_node_path_default().dirname(dir) !== dir) {
            dir = external_node_path_default().dirname(dir);
            dst = statOf(dir);
        }
        if (dst && !dst.isDirectory())
            fail(`${dir} is not a directory`);
        try {
            (0,external_node_fs_.accessSync)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        }
        catch {
            fail(`the directory ${dir} is not writable`);
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/reports.ts
/** Writes the test reports a deploy was asked for (`--junit-report`, `--tap`). */






/** @param fileOf names project files in the JUnit report (relative to the CI workspace). */
function writeReports(result, flags, io, fileOf) {
    if (flags.junitReport) {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(flags.junitReport)), { recursive: true });
        (0,external_node_fs_.writeFileSync)(flags.junitReport, (0,engine_redact/* redactRegistered */.uM)((0,junit/* junitReport */.$v)(result, { file: fileOf })));
    }
    if (flags.tap === true || flags.tap === '-' || flags.tap === '')
        io.stderr((0,tap/* tapReport */.M7)(result));
    else if (typeof flags.tap === 'string') {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(flags.tap)), { recursive: true });
        (0,external_node_fs_.writeFileSync)(flags.tap, (0,engine_redact/* redactRegistered */.uM)((0,tap/* tapReport */.M7)(result)));
    }
}

/**
 * Checks, before anything connects, that each requested report file can be written (see
 * checkWritablePaths), and the CI system's own report files (`extra`, e.g. GitLab's dotenv and
 * Code Quality reports) as well.
 */
function checkReportPaths(flags, extra = []) {
    const wanted = [];
    if (flags.junitReport)
        wanted.push(['--junit-report', flags.junitReport]);
    if (typeof flags.tap === 'string' && flags.tap !== '' && flags.tap !== '-')
        wanted.push(['--tap', flags.tap]);
    checkWritablePaths([...wanted, ...extra]);
}

;// CONCATENATED MODULE: ./src/ci/workspace.ts
/**
 * Project files as a CI system's reports name them: relative to its workspace (GITHUB_WORKSPACE,
 * CI_PROJECT_DIR, BUILD_SOURCESDIRECTORY: the repository checkout), so that the JUnit report, the
 * annotations and the Code Quality report all say `db/__test__/x.sql` for the same file.
 */

/**
 * A mapping from project files (`./__test__/x.sql`) to workspace paths, or undefined where there
 * is no workspace (outside CI: files stay as the project names them). A file outside the
 * workspace keeps its absolute path.
 */
function workspaceFileOf(workspace, projectPath, cwd = process.cwd()) {
    if (!workspace)
        return undefined;
    return (file) => repoPath(workspace, cwd, projectPath, file);
}

// EXTERNAL MODULE: ./src/engine/project/config.ts + 1 modules
var config = __webpack_require__(99405);
// EXTERNAL MODULE: ./src/connect/resolve.ts + 10 modules
var resolve = __webpack_require__(12680);
// EXTERNAL MODULE: ./src/connect/connection-string.ts + 2 modules
var connection_string = __webpack_require__(93766);
// EXTERNAL MODULE: ./src/engine/pipeline/run-control.ts
var run_control = __webpack_require__(28160);
// EXTERNAL MODULE: ./src/fleet/result.ts
var fleet_result = __webpack_require__(14995);
;// CONCATENATED MODULE: ./src/fleet/run-fleet.ts
/**
 * Running one deploy per target: `parallel` at a time in list order, an optional canary batch
 * first, and no new start after a failure unless asked to continue. One AbortSignal covers the
 * whole fleet: Ctrl-C, SIGTERM or the fleet's `--timeout` aborts every deploy in flight (each
 * rolls back its own head and releases its own lock) and nothing further starts.
 */




const DEFAULT_PARALLEL = 4;
async function runFleet(targets, schedule, deps) {
    const controller = new AbortController();
    const abort = (reason) => {
        if (!controller.signal.aborted)
            controller.abort(reason);
    };
    const external = deps.signal;
    const onExternal = () => abort(external?.reason instanceof errors.PgmiError ? external.reason : new errors/* InterruptedError */.p4());
    if (external?.aborted)
        onExternal();
    else
        external?.addEventListener('abort', onExternal, { once: true });
    const timer = schedule.timeoutMs > 0
        ? setTimeout(() => abort(new errors/* TimeoutError */.MU(`fleet deployment exceeded --timeout ${(0,run_control/* formatMs */._)(schedule.timeoutMs)} (context deadline exceeded)`, {
            hints: [
                'raise --timeout (0 disables it), or deploy fewer targets per job with --shard',
            ],
        })), schedule.timeoutMs)
        : undefined;
    const entries = new Array(targets.length);
    const results = new Map();
    let stopped = false;
    const halted = () => stopped || controller.signal.aborted;
    const runOne = async (i) => {
        const target = targets[i];
        deps.onStart?.(target);
        let result;
        try {
            result = await deps.deployTarget(target, controller.signal);
        }
        catch (err) {
            result = resultBeforeEngine(err, {
                exitCode: err instanceof errors.PgmiError ? err.exitCode : 1,
                database: target.database,
            });
        }
        const entry = (0,fleet_result/* targetResult */.Dr)(target.name, target.position, result);
        entries[i] = entry;
        results.set(target.position, result);
        if (entry.status === 'failed' && !schedule.continueOnError)
            stopped = true;
        deps.onFinish?.(entry, result);
    };
    // A fixed pool of workers taking the next index: list order, never more than `width` at once.
    const pool = async (from, to) => {
        let next = from;
        const worker = async () => {
            while (!halted() && next < to)
                await runOne(next++);
        };
        const width = Math.max(1, Math.min(schedule.parallel, to - from));
        await Promise.all(Array.from({ length: width }, worker));
    };
    try {
        const canary = Math.min(Math.max(0, schedule.canary), targets.length);
        if (canary > 0) {
            await pool(0, canary);
            if (entries.slice(0, canary).some((e) => e?.status === 'failed'))
                stopped = true;
        }
        await pool(canary, targets.length);
    }
    finally {
        if (timer)
            clearTimeout(timer);
        external?.removeEventListener('abort', onExternal);
    }
    return {
        targets: targets.map((t, i) => entries[i] ?? (0,fleet_result/* skippedTarget */.ml)(t.name, t.position)),
        results,
        stopReason: controller.signal.aborted ? controller.signal.reason : undefined,
    };
}

;// CONCATENATED MODULE: ./src/fleet/targets.ts
/**
 * The databases a fleet deploy runs on: a plain-text list (`--targets-file`, the Action's
 * multiline `targets`, pgmi.yaml `targets`), a comma list (`--targets`), or the rows of a
 * discovery query. Each entry is a database name on the fleet's server, or a full connection
 * string for a target elsewhere. Everything here is offline: problems are one ConfigError (10).
 */




// PostgreSQL truncates longer identifiers silently: a deploy would land in another database.
const MAX_NAME_BYTES = 63;
/** `#` comments (whole-line or trailing after whitespace) and blank lines dropped; trimmed. */
function listLines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
        .filter((l) => l !== '');
}
/** `--targets a,b,c` */
function commaList(text) {
    return text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function looksLikeConnectionString(entry) {
    return /^postgres(ql)?:\/\//i.test(entry) || (entry.includes('=') && entry.includes(';'));
}
function parseEntry(entry, where, problems) {
    if (!looksLikeConnectionString(entry)) {
        if (Buffer.byteLength(entry) > MAX_NAME_BYTES) {
            problems.push(`${where}: database name longer than ${MAX_NAME_BYTES} bytes`);
            return undefined;
        }
        if (entry.includes('\0')) {
            problems.push(`${where}: database name holds a NUL character`);
            return undefined;
        }
        return { name: entry, database: entry };
    }
    let parsed;
    try {
        parsed = (0,connection_string.parseConnectionString)(entry);
    }
    catch (err) {
        // The entry itself is never quoted: it may hold a password.
        const why = err instanceof connection_string/* ConnectionStringError */.Qs ? err.message : 'cannot be parsed';
        problems.push(`${where}: connection string ${why}`);
        return undefined;
    }
    (0,engine_redact/* registerSecret */.cl)(parsed.password);
    (0,engine_redact/* registerSecret */.cl)(parsed.sslpassword);
    if (!parsed.database) {
        problems.push(`${where}: connection string names no database`);
        return undefined;
    }
    const host = parsed.host ?? 'localhost';
    const port = parsed.port ?? 5432;
    return {
        name: `${host}:${port}/${parsed.database}`,
        database: parsed.database,
        connection: entry,
    };
}
/**
 * Checks a list and numbers it: an empty list, a duplicate (same name, or same server and
 * database), an unparsable connection string or an impossible name is exit 10, every problem
 * in one message. Entries are named by their position, never quoted when they are connection
 * strings.
 */
function checkTargets(entries, source) {
    const problems = [];
    if (entries.length === 0) {
        throw new errors/* ConfigError */.xL(`invalid configuration: ${source.label}: the target list is empty`, {
            hints: ['list one database name (or connection string) per line'],
        });
    }
    const seen = new Map();
    const targets = [];
    entries.forEach((entry, i) => {
        const where = `${source.label} entry ${i + 1}`;
        const t = parseEntry(entry, where, problems);
        if (!t)
            return;
        const first = seen.get(t.name);
        if (first !== undefined) {
            problems.push(`${where}: duplicate target ${JSON.stringify(t.name)} (same as entry ${first})`);
            return;
        }
        seen.set(t.name, i + 1);
        targets.push({ ...t, position: targets.length + 1 });
    });
    if (problems.length === 1)
        throw new errors/* ConfigError */.xL(`invalid configuration: ${problems[0]}`);
    if (problems.length > 1) {
        throw new errors/* ConfigError */.xL(`invalid configuration: ${problems.length} problems with the target list:\n` +
            problems.map((p) => `  - ${p}`).join('\n'));
    }
    return targets;
}
/** `--shard 2/4` → `{ index: 2, count: 4 }`; exit 10 naming the flag otherwise. */
function parseShard(text, label) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count) {
        throw new errors/* ConfigError */.xL(`invalid configuration: ${label} ${JSON.stringify(text)}: expected I/N with 1 <= I <= N, e.g. 2/4`);
    }
    return { index, count };
}
function rankKey(name) {
    return (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex');
}
/**
 * The targets of one shard, in list order. Targets are ranked by a hash of their name and dealt
 * round-robin: shard sizes differ by at most one, and the split depends only on the set of
 * names — not on the order a discovery query happened to return them in — so every job of a CI
 * matrix computes the same split without talking to the others.
 */
function shardTargets(targets, shard) {
    if (shard.count === 1)
        return targets;
    const ranked = [...targets].sort((a, b) => {
        const ka = rankKey(a.name);
        const kb = rankKey(b.name);
        return ka < kb ? -1 : ka > kb ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
    const mine = new Set(ranked.filter((_, i) => i % shard.count === shard.index - 1));
    return targets.filter((t) => mine.has(t));
}

;// CONCATENATED MODULE: ./src/fleet/fleet-input.ts
/**
 * Raw fleet input (CLI flags, Action inputs) → the shared deploy settings, where the target list
 * comes from, and the schedule. All offline; the discovery query runs later (`resolveTargets`).
 */








/** Whether a deploy is a fleet deploy: a target option given, or pgmi.yaml lists targets and no -d. */
function wantsFleet(raw, fleet) {
    if (fleet.targetsFile || fleet.targetsComma || fleet.targetsLines || fleet.targetsQuery)
        return true;
    if (raw.connection.database || raw.useProjectConfig === false)
        return false;
    try {
        const yaml = (0,config/* loadPgmiYaml */.R_)(raw.projectPath);
        return !!(yaml?.targets || yaml?.targets_query);
    }
    catch {
        // A broken pgmi.yaml is reported by the single-database path with its usual message.
        return false;
    }
}
function count(value, name, min, fallback) {
    if (value === undefined || value === '')
        return fallback;
    const text = String(value).trim();
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n) || n < min) {
        throw new errors/* ConfigError */.xL(`invalid configuration: ${name} ${JSON.stringify(String(value))}: expected a whole number of at least ${min}`);
    }
    return n;
}
function readTargetsFile(file, flag) {
    try {
        return listLines((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* ConfigError */.xL(`invalid configuration: ${flag} ${file}: ${(0,errors/* messageOf */.bD)(err)}`, {
            cause: err,
        });
    }
}
/** Picks exactly one target source (flags/inputs first, then pgmi.yaml). */
function targetSource(raw, fleet) {
    const n = fleet.names;
    const given = [];
    if (fleet.targetsFile && n.targetsFile)
        given.push({
            kind: 'list',
            label: `${n.targetsFile} ${fleet.targetsFile}`,
            entries: readTargetsFile(fleet.targetsFile, n.targetsFile),
        });
    if (fleet.targetsComma && n.targetsComma)
        given.push({ kind: 'list', label: n.targetsComma, entries: commaList(fleet.targetsComma) });
    if (fleet.targetsLines && n.targetsLines)
        given.push({ kind: 'list', label: n.targetsLines, entries: listLines(fleet.targetsLines) });
    if (fleet.targetsQuery)
        given.push({ kind: 'query', label: n.targetsQuery, sql: fleet.targetsQuery });
    if (given.length > 1) {
        throw new errors/* ConfigError */.xL(`invalid configuration: give one target source, not ${given.map((g) => g.label.split(' ')[0]).join(' and ')}`);
    }
    if (given.length === 1)
        return given[0];
    const yaml = raw.useProjectConfig === false ? undefined : (0,config/* loadPgmiYaml */.R_)(raw.projectPath);
    if (yaml?.targets && yaml.targets_query) {
        throw new errors/* ConfigError */.xL('invalid configuration: pgmi.yaml: give targets or targets_query, not both');
    }
    if (yaml?.targets)
        return {
            kind: 'list',
            label: 'pgmi.yaml targets',
            entries: yaml.targets.map((t) => t.trim()).filter(Boolean),
        };
    if (yaml?.targets_query)
        return { kind: 'query', label: 'pgmi.yaml targets_query', sql: yaml.targets_query };
    throw new errors/* ConfigError */.xL(`invalid configuration: no targets given`);
}
// Stands in for -d while resolving the shared connection: a fleet has no single database, and
// the connection's own database (the string's, or pgmi.yaml's maintenance_database) becomes
// the maintenance database the discovery query and CREATE DATABASE use.
const NO_DATABASE = '\u0000fleet';
function buildFleet(raw, fleet, ctx) {
    const n = fleet.names;
    if (raw.connection.database &&
        (fleet.targetsFile || fleet.targetsComma || fleet.targetsLines || fleet.targetsQuery)) {
        throw new errors/* ConfigError */.xL(`invalid configuration: ${n.database} names one database and the target options name many; give one or the other`);
    }
    const deploy = (0,deploy_input/* buildDeploy */.S)({ ...raw, connection: { ...raw.connection, database: NO_DATABASE } }, ctx);
    const source = targetSource(raw, fleet);
    return {
        deploy,
        source,
        schedule: {
            parallel: count(fleet.parallel, n.parallel, 1, DEFAULT_PARALLEL),
            canary: count(fleet.canary, n.canary, 0, 0),
            continueOnError: !!fleet.continueOnError,
            // One limit for the whole fleet, resolved like a single deploy's (flag, pgmi.yaml, 3m).
            timeoutMs: deploy.options.timeoutMs,
        },
        shard: fleet.shard ? parseShard(fleet.shard, n.shard) : undefined,
        raw,
    };
}
/**
 * The target list: the given list, or the discovery query's first column (run on the
 * maintenance database), checked and then cut to this job's shard.
 */
async function resolveTargets(fleet, signal) {
    const { source } = fleet;
    let entries;
    if (source.kind === 'list')
        entries = source.entries;
    else
        entries = await discover(fleet, source.sql, source.label, signal);
    const all = checkTargets(entries, { label: source.label });
    return { all, mine: fleet.shard ? shardTargets(all, fleet.shard) : all };
}
async function discover(fleet, sql, label, signal) {
    const { provider, maintenanceDatabase } = fleet.deploy.connection;
    const { client } = await provider.connect({ database: maintenanceDatabase, signal });
    try {
        // Read-only, whatever the query says: discovery must not be a side door for writes.
        await client.query('BEGIN READ ONLY');
        const r = await client.query({ text: sql, rowMode: 'array' });
        await client.query('COMMIT');
        const rows = (Array.isArray(r) ? r[r.length - 1] : r).rows;
        return rows.map((row) => row[0] === null || row[0] === undefined ? '' : String(row[0]).trim());
    }
    catch (err) {
        if (err instanceof errors.PgmiError)
            throw err;
        throw new errors/* ConfigError */.xL(`invalid configuration: ${label} failed: ${(0,errors/* messageOf */.bD)(err)}`, {
            cause: err,
            hints: [
                'the query runs on the maintenance database; its first column must name the target databases',
            ],
        });
    }
    finally {
        await client.end().catch(() => undefined);
    }
}
/**
 * Connections for targets given as connection strings, resolved offline before anything runs
 * (a bad string is exit 10 naming the target): one resolved connection — one provider, one
 * cloud token cache — per server and user, however many of its databases the list names.
 */
function targetConnections(fleet, targets, ctx) {
    const byServer = new Map();
    const byTarget = new Map();
    for (const target of targets) {
        if (!target.connection)
            continue;
        const p = (0,connection_string.parseConnectionString)(target.connection);
        const key = JSON.stringify([p.host, p.port, p.user, p.password, p.sslmode, p.options]);
        let resolved = byServer.get(key);
        if (!resolved) {
            try {
                resolved = (0,resolve.resolveConnection)({
                    ...fleet.raw.connection,
                    connection: target.connection,
                    database: undefined,
                    host: undefined,
                    port: undefined,
                    username: undefined,
                }, { env: ctx.env, onSecret: ctx.onSecret, onWarning: ctx.onWarning });
            }
            catch (err) {
                throw new errors/* ConfigError */.xL(`invalid configuration: target ${target.name}: ${(0,errors/* messageOf */.bD)(err).replace(/^invalid configuration: /, '')}`, { cause: err });
            }
            byServer.set(key, resolved);
        }
        byTarget.set(target.position, resolved);
    }
    return {
        for: (target) => byTarget.get(target.position) ?? fleet.deploy.connection,
        async dispose() {
            await Promise.all([fleet.deploy.connection, ...byServer.values()].map((r) => r.provider.dispose().catch(() => undefined)));
        },
    };
}

// EXTERNAL MODULE: ./src/engine/project/params.ts
var params = __webpack_require__(60400);
;// CONCATENATED MODULE: ./src/fleet/deploy-fleet.ts
/**
 * A fleet deploy: the project is read and checked once, then each target gets a normal deploy
 * (its own connection, lock, session and transaction) through the engine's one entry.
 */


function deployFleet(fleet, targets, deps) {
    return runFleet(targets, fleet.schedule, {
        signal: deps.signal,
        onStart: deps.onStart,
        onFinish: deps.onFinish,
        deployTarget: (target, signal) => {
            const connection = deps.connections.for(target);
            return (0,deploy/* deploy */.gg)({
                ...fleet.deploy.options,
                database: target.database,
                maintenanceDatabase: connection.maintenanceDatabase,
                // The fleet's signal carries the one --timeout for the whole run.
                timeoutMs: 0,
            }, {
                provider: connection.provider,
                project: deps.project,
                signal,
                // No one can answer a prompt per target: --overwrite needs --force in a fleet.
                approve: deploy/* nonInteractiveApprover */.VY,
                onEvent: deps.onEvent && ((e) => deps.onEvent?.(target, e)),
            });
        },
    });
}

// EXTERNAL MODULE: ./src/fleet/lines.ts
var lines = __webpack_require__(93159);
// EXTERNAL MODULE: ./src/reports/junit-fleet.ts
var junit_fleet = __webpack_require__(41466);
// EXTERNAL MODULE: ./src/reports/tap-fleet.ts
var tap_fleet = __webpack_require__(17183);
;// CONCATENATED MODULE: ./src/ci/fleet.ts
/**
 * CI renderers for a fleet deploy run by the CLI or the image: the same markup as a single
 * deploy's (see index.ts), aggregated over the targets — one error per failing target, prefixed
 * with its database, and the fleet's outputs (`targets-total`, `-succeeded`, `-failed`,
 * `-skipped` next to `exit-code`, `result`, `duration-ms`).
 */









const FLEET_OUTPUTS = (/* unused pure expression or super */ null && ([
    'targets-total',
    'targets-succeeded',
    'targets-failed',
    'targets-skipped',
]));
/** The fleet's run outputs, in the Action's naming. */
function fleetOutputs(r) {
    return {
        'exit-code': String(r.exitCode),
        result: (0,outputs/* resultName */.x5)(r.exitCode),
        'duration-ms': String(r.durationMs),
        'targets-total': String(r.totals.total),
        'targets-succeeded': String(r.totals.succeeded),
        'targets-failed': String(r.totals.failed),
        'targets-skipped': String(r.totals.skipped),
    };
}
/** One finding per failing target (on its file and line when known), then its other failed tests. */
function fleetFindings(r) {
    const out = [];
    for (const t of r.targets) {
        if (t.status !== 'failed')
            continue;
        const e = t.error;
        const file = e?.script ?? e?.failedFile;
        out.push({
            level: 'error',
            kind: 'failure',
            ...(file ? { file } : {}),
            ...(e?.script && e.line ? { line: e.line } : {}),
            ...(e?.script && e.column ? { column: e.column } : {}),
            code: e?.sqlstate ?? `exit ${t.exitCode}`,
            title: `${t.database}: pgmi deploy failed (exit ${t.exitCode})`,
            message: `${t.database}: ${[e?.message ?? 'failed', e?.detail && `DETAIL: ${e.detail}`, e?.hint && `HINT: ${e.hint}`].filter(Boolean).join('\n')}`,
        });
        for (const test of t.tests) {
            if (test.status !== 'failed' || test.path === file)
                continue;
            out.push({
                level: 'error',
                kind: 'test',
                file: test.path,
                ...(test.sqlstate ? { code: test.sqlstate } : {}),
                title: `${t.database}: Test failed: ${test.path}`,
                message: `${t.database}: ${(0,engine_redact/* redact */.E$)(test.message ?? 'failed')}`,
            });
        }
    }
    return out;
}
const fleet_plain = () => ({
    name: 'plain',
    onTarget: () => undefined,
    finish: () => undefined,
});
function detectFleetCi(ctx) {
    const { env } = ctx;
    const command = ctx.json ? ctx.stderr : ctx.stdout;
    const cwd = ctx.cwd ?? process.cwd();
    if (env.GITHUB_ACTIONS === 'true') {
        const root = env.GITHUB_WORKSPACE || cwd;
        return {
            name: 'github',
            onTarget: () => undefined,
            finish(r) {
                for (const f of fleetFindings(r))
                    command(annotation(f, root, cwd, ctx.projectPath ?? '.'));
                if (!env.GITHUB_OUTPUT)
                    return;
                try {
                    (0,external_node_fs_.appendFileSync)(env.GITHUB_OUTPUT, Object.entries(fleetOutputs(r))
                        .map(([k, v]) => `${k}=${v}\n`)
                        .join(''));
                }
                catch (err) {
                    ctx.stderr(`pgmi: warning: could not write step outputs to GITHUB_OUTPUT: ${String(err)}\n`);
                }
            },
        };
    }
    if (env.GITLAB_CI === 'true') {
        const root = env.CI_PROJECT_DIR || cwd;
        const write = (setting, fallback, body) => {
            const file = setting ?? fallback;
            if (file === '')
                return;
            try {
                const abs = external_node_path_default().resolve(cwd, file);
                (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(abs), { recursive: true });
                (0,external_node_fs_.writeFileSync)(abs, body);
            }
            catch (err) {
                ctx.stderr(`pgmi: warning: could not write the GitLab report ${file}: ${String(err)}\n`);
            }
        };
        return {
            name: 'gitlab',
            onTarget: () => undefined,
            finish(r) {
                write(env.PGMI_GITLAB_DOTENV, DEFAULT_DOTENV, dotenvReport(fleetOutputs(r)));
                const issues = codeQualityReport(fleetFindings(r), r.exitCode, (f) => repoPath(root, cwd, ctx.projectPath ?? '.', f));
                write(env.PGMI_GITLAB_CODE_QUALITY, DEFAULT_CODE_QUALITY, JSON.stringify(issues, null, 2) + '\n');
            },
        };
    }
    if ((env.TF_BUILD ?? '').toLowerCase() === 'true') {
        const root = env.BUILD_SOURCESDIRECTORY || cwd;
        return {
            name: 'azure',
            onTarget: () => undefined,
            finish(r) {
                for (const f of fleetFindings(r)) {
                    command(vso('task.logissue', {
                        type: f.level,
                        sourcepath: f.file
                            ? repoPath(root, cwd, ctx.projectPath ?? '.', f.file)
                            : undefined,
                        linenumber: f.file ? (f.line ?? 1) : undefined,
                        columnnumber: f.file && f.line ? f.column : undefined,
                        code: f.code,
                    }, findingText(f)));
                }
                for (const [name, value] of Object.entries(fleetOutputs(r))) {
                    command(vso('task.setvariable', { variable: azureVariableName(name), isOutput: true }, value));
                }
                const status = r.exitCode === 0 ? 'Succeeded' : 'Failed';
                command(`##vso[task.complete result=${status};]pgmi: ${(0,outputs/* resultName */.x5)(r.exitCode)} (exit ${r.exitCode})\n`);
            },
        };
    }
    return fleet_plain();
}

;// CONCATENATED MODULE: ./src/cli/fleet-command.ts
/**
 * `pgmi deploy <path> --targets…`: one project, many databases. Prints one line per target as it
 * finishes, then the totals (stderr), or the fleet's JSON document (stdout, `--json`).
 */



















const CLI_FLEET_NAMES = {
    targetsFile: '--targets-file',
    targetsComma: '--targets',
    targetsQuery: '--targets-query',
    parallel: '--parallel',
    canary: '--canary',
    shard: '--shard',
    database: '-d',
};
function writeFile(file, content) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, content);
}
async function runFleetDeploy(projectPath, flags, io) {
    const started = performance.now();
    const elapsed = () => Math.floor(performance.now() - started);
    const line = (s) => io.stderr(s + '\n');
    const plain = (0,cli_render/* noColor */.dw)(io.env);
    const env = { ...io.env };
    const ci = detectFleetCi({
        env: io.env,
        stdout: io.stdout,
        stderr: io.stderr,
        json: !!flags.json,
        projectPath,
    });
    const finish = (result, error) => {
        // A report path found unwritable is the error itself: nothing is written, no second line.
        const reports = !(error instanceof ReportPathError);
        if (reports && flags.junitReport) {
            try {
                const file = workspaceFileOf((0,context/* runFacts */.pI)(io.env).workspace, projectPath);
                writeFile(flags.junitReport, (0,engine_redact/* redactRegistered */.uM)((0,junit_fleet.fleetJunitReport)(result, { file })));
            }
            catch (err) {
                line(`pgmi: warning: ${(0,errors/* formatError */.Wk)(err)}`);
            }
        }
        // One TAP stream for the whole fleet, a subtest per target: to stderr after the per-target
        // lines (never interleaved with them), or to the named file.
        const tapToStderr = flags.tap === true || flags.tap === '-' || flags.tap === '';
        if (reports && tapToStderr) {
            io.stderr((0,tap_fleet.fleetTapReport)(result));
        }
        else if (reports && typeof flags.tap === 'string') {
            try {
                writeFile(flags.tap, (0,engine_redact/* redactRegistered */.uM)((0,tap_fleet.fleetTapReport)(result)));
            }
            catch (err) {
                line(`pgmi: warning: ${(0,errors/* formatError */.Wk)(err)}`);
            }
        }
        if (flags.json)
            io.stdout(JSON.stringify(result, null, 2) + '\n');
        if (error !== undefined)
            line(`pgmi: error: ${(0,errors/* formatError */.Wk)(error)}`);
        else
            line((0,lines.totalsLine)(result));
        ci.finish(result);
        return result.exitCode;
    };
    // Off until --pr-comment is known to be valid: a bad value comments nowhere.
    let prComment = false;
    const comment = async (result) => {
        if (!prComment && !flags.commentFile)
            return;
        const { commentAfterDeploy } = await Promise.all(/* import() */[__webpack_require__.e(3040), __webpack_require__.e(332)]).then(__webpack_require__.bind(__webpack_require__, 90332));
        const { fleetReviewMarkdown } = await __webpack_require__.e(/* import() */ 7871).then(__webpack_require__.bind(__webpack_require__, 27871));
        const provider = fleet?.deploy.connection.provider;
        const facts = {
            projectPath,
            ...(0,context/* runFacts */.pI)(io.env),
            host: provider?.host,
            port: provider?.port,
            params: Object.keys(fleet?.deploy.options.params ?? {}),
        };
        await commentAfterDeploy({
            env: io.env,
            enabled: prComment,
            commentFile: flags.commentFile,
            projectPath,
            // One comment per project and fleet (per shard in a matrix), updated in place.
            database: fleet?.shard ? `fleet-shard-${fleet.shard.index}-of-${fleet.shard.count}` : 'fleet',
            render: (limit, marker) => fleetReviewMarkdown(result, { limit, marker, facts }),
            line,
        });
    };
    let fleet;
    const interrupt = interruptOnSignals({
        announce: line,
        onRepeat: (sig) => process.exit(sig === 'SIGTERM' ? errors/* ExitCode */.yU.Terminated : errors/* ExitCode */.yU.Interrupted),
    });
    let connections;
    try {
        let targets;
        let project;
        try {
            // An unwritable report path is exit 10 before anything connects, as for one database.
            checkReportPaths(flags);
            prComment = (await Promise.all(/* import() */[__webpack_require__.e(3040), __webpack_require__.e(332)]).then(__webpack_require__.bind(__webpack_require__, 90332))).parsePrCommentFlag(flags.prComment);
            fleet = buildFleet(toRawDeployInput(projectPath, { ...flags, database: flags.database }), {
                targetsFile: flags.targetsFile,
                targetsComma: flags.targets,
                targetsQuery: flags.targetsQuery,
                parallel: flags.parallel,
                canary: flags.canary,
                continueOnError: flags.continueOnError,
                shard: flags.shard,
                names: CLI_FLEET_NAMES,
            }, { env, onWarning: (w) => line(w) });
            for (const w of fleet.deploy.warnings)
                line(w);
            (0,params/* validateParams */.XB)(fleet.deploy.options.params);
            // Files are read and checked once, before anything connects.
            project = await (0,deploy/* prepareProject */.hs)(projectPath);
            const resolved = await resolveTargets(fleet, interrupt.signal);
            targets = resolved.mine;
            connections = targetConnections(fleet, targets, { env, onWarning: (w) => line(w) });
            const shard = fleet.shard
                ? ` (shard ${fleet.shard.index}/${fleet.shard.count} of ${resolved.all.length})`
                : '';
            line(`Deploying to ${targets.length} database(s)${shard}, ${fleet.schedule.parallel} at a time${fleet.schedule.canary ? `, ${fleet.schedule.canary} canary target(s) first` : ''}`);
        }
        catch (err) {
            if (connections)
                await connections.dispose();
            else
                await fleet?.deploy.connection.provider.dispose().catch(() => undefined);
            return finish((0,fleet_result/* fleetFailure */.BV)(err, elapsed()), err);
        }
        const verbose = !!flags.verbose;
        const renderers = new Map();
        const run = await deployFleet(fleet, targets, {
            project,
            connections,
            signal: interrupt.signal,
            onStart: (target) => verbose && line(`[VERBOSE] ${target.name}: starting`),
            onEvent: (target, e) => {
                // Notices always; progress only with --verbose: four deploys' progress interleaved is noise.
                if (e.type === 'progress' && !verbose)
                    return;
                let render = renderers.get(target.name);
                if (!render) {
                    render = (0,cli_render/* textEventRenderer */.$z)({ verbose, write: (s) => line(`[${target.name}] ${s}`) });
                    renderers.set(target.name, render);
                }
                render(e);
            },
            onFinish: (entry) => {
                renderers.delete(entry.database);
                line((0,lines.targetLine)(entry, plain));
                ci.onTarget(entry);
            },
        });
        await connections.dispose();
        const result = (0,fleet_result/* fleetResult */.oM)(run.targets, elapsed(), {
            exitCode: run.stopReason?.exitCode,
            shard: fleet.shard,
        });
        for (const t of result.targets)
            if (t.status === 'skipped')
                line((0,lines.targetLine)(t, plain));
        const code = finish(result);
        await comment(result);
        return code;
    }
    finally {
        interrupt.dispose();
    }
}

;// CONCATENATED MODULE: ./src/cli/deploy-command.ts
/**
 * `pgmi deploy <project_path>`: flags → RawDeployInput → the engine → stderr text (or the JSON
 * envelope on stdout) → exit code. Loaded lazily so `pgmi version` never pays for pg.
 */




















/** The shared report (job summary, review comment) of a finished or refused run. */
function reviewInput(result, code, facts) {
    const failure = code === 0 ? undefined : (result.error ?? new errors/* InterruptedError */.p4());
    const detail = failure === undefined ? undefined : (0,errors/* errorDetail */.m2)(failure);
    const source = detail && failureSource(detail);
    // Relative to the repository when the CI names its folder, else to the working directory.
    const root = facts.workspace ?? process.cwd();
    return {
        exitCode: code,
        exitName: (0,outputs/* resultName */.x5)(code),
        result,
        detail,
        hints: failure === undefined ? undefined : (0,errors/* errorHints */.JY)(failure),
        location: source
            ? [
                workspacePath(root, facts.projectPath ?? '.', source.file),
                source.line,
                source.line && source.column,
            ]
                .filter(Boolean)
                .join(':')
            : undefined,
        facts,
    };
}
/** Notices kept for the review comment (it shows at most 100). */
const NOTICES_KEPT = 200;
function toRawDeployInput(projectPath, f) {
    return {
        projectPath,
        connection: {
            connection: f.connection,
            host: f.host,
            port: f.port,
            username: f.username,
            database: f.database,
            sslmode: f.sslmode,
            sslcert: f.sslcert,
            sslkey: f.sslkey,
            sslrootcert: f.sslrootcert,
            azure: f.azure,
            azureTenantId: f.azureTenantId,
            azureClientId: f.azureClientId,
            aws: f.aws,
            awsRegion: f.awsRegion,
            google: f.google,
            googleInstance: f.googleInstance,
            waitMs: f.wait,
        },
        params: f.param ?? [],
        paramsFiles: f.paramsFile ?? [],
        secretParams: f.secretParam ?? [],
        secretParamsFiles: f.secretParamsFile ?? [],
        overwrite: f.overwrite,
        force: f.force,
        timeout: f.timeout,
        lockWait: f.lockWait,
        compat: f.compat,
        verbose: f.verbose,
        rehearse: f.rehearse,
        changeReport: f.changeReport,
        lockTimeout: f.lockTimeout,
        useProjectConfig: true,
    };
}
/** Runs a deploy and returns the process exit code. */
async function runDeploy(projectPath, flags, rawIo) {
    // Secret parameters (and tokens) are registered while the input is built; from then on every
    // line this command writes, to any stream, has them replaced by [redacted].
    const io = {
        env: rawIo.env,
        stdout: (s) => rawIo.stdout((0,engine_redact/* redactRegistered */.uM)(s)),
        stderr: (s) => rawIo.stderr((0,engine_redact/* redactRegistered */.uM)(s)),
    };
    const fleetFlags = flags;
    if (wantsFleet(toRawDeployInput(projectPath, flags), {
        targetsFile: fleetFlags.targetsFile,
        targetsComma: fleetFlags.targets,
        targetsQuery: fleetFlags.targetsQuery,
        names: CLI_FLEET_NAMES,
    })) {
        return runFleetDeploy(projectPath, fleetFlags, io);
    }
    let heartbeat;
    const line = (s) => {
        heartbeat?.beforeLine();
        io.stderr(s + '\n');
        heartbeat?.afterLine();
    };
    const plain = (0,cli_render/* noColor */.dw)(io.env);
    const unwritable = new Set();
    const ci = detectCi({
        env: io.env,
        stdout: io.stdout,
        stderr: io.stderr,
        json: !!flags.json,
        projectPath,
        unwritable,
    });
    const facts = { projectPath, ...(0,context/* runFacts */.pI)(io.env) };
    const reportFileOf = workspaceFileOf(facts.workspace, projectPath);
    let database = flags.database ?? '';
    // Off until --pr-comment is known to be valid: a bad value comments nowhere.
    let prComment = false;
    const comment = async (result, code) => {
        if (!prComment && !flags.commentFile)
            return;
        const { commentAfterDeploy } = await Promise.all(/* import() */[__webpack_require__.e(3040), __webpack_require__.e(332)]).then(__webpack_require__.bind(__webpack_require__, 90332));
        await commentAfterDeploy({
            env: io.env,
            enabled: prComment,
            commentFile: flags.commentFile,
            projectPath,
            database: result.database || database,
            report: reviewInput(result, code, facts),
            line,
        });
    };
    const failEarly = async (err) => {
        const code = (0,errors/* exitCodeFor */.Rr)(err);
        // CI systems and report readers still hear about a run that never reached the engine.
        const notRun = resultBeforeEngine(err, { exitCode: code });
        try {
            // A report path found unwritable is the error itself: not a second line about it.
            if (err instanceof ReportPathError)
                unwritable.add(err.file);
            else
                writeReports(notRun, flags, io, reportFileOf);
        }
        catch (e) {
            line(`pgmi: warning: ${(0,errors/* formatError */.Wk)(e)}`);
        }
        if (flags.json)
            io.stdout(JSON.stringify((0,cli_render/* jsonEnvelope */.d$)(code, undefined, err), null, 2) + '\n');
        line(`pgmi: error: ${(0,errors/* formatError */.Wk)(err)}`);
        ci.finish(notRun, code);
        await comment({ ...notRun, database }, code);
        return code;
    };
    // An unset CI variable (`-d "$DB"`) must not silently deploy into the connection string's database.
    if (flags.database === '') {
        return failEarly(new errors/* ConfigError */.xL("invalid configuration: -d/--database is empty (an unset variable?); name the target database, or leave the flag out to use the connection string's"));
    }
    const env = { ...io.env };
    let built;
    try {
        checkReportPaths(flags, ciReportPaths(io.env));
        const { parsePrCommentFlag } = await Promise.all(/* import() */[__webpack_require__.e(3040), __webpack_require__.e(332)]).then(__webpack_require__.bind(__webpack_require__, 90332));
        prComment = parsePrCommentFlag(flags.prComment);
        built = (0,deploy_input/* buildDeploy */.S)(toRawDeployInput(projectPath, flags), {
            env,
            onWarning: (w) => line(w),
        });
    }
    catch (err) {
        return await failEarly(err);
    }
    for (const w of built.warnings)
        line(w);
    database = built.options.database;
    facts.host = built.connection.provider.host;
    facts.port = built.connection.provider.port;
    facts.params = Object.keys(built.options.params).sort();
    const notices = [];
    const observe = (e) => {
        if (e.type === 'notice' && e.severity !== 'DEBUG' && notices.length < NOTICES_KEPT) {
            notices.push(e);
        }
    };
    facts.notices = notices;
    if (flags.verbose) {
        line('[VERBOSE] Connection resolved:');
        for (const s of built.connection.summary)
            line(`[VERBOSE]   ${s}`);
    }
    // A second Ctrl-C while cancelling ends the process at once.
    const interrupt = interruptOnSignals({
        announce: line,
        onRepeat: (sig) => process.exit(sig === 'SIGTERM' ? errors/* ExitCode */.yU.Terminated : errors/* ExitCode */.yU.Interrupted),
    });
    const render = (0,cli_render/* textEventRenderer */.$z)({ verbose: !!flags.verbose, write: line, plain });
    let outcome;
    heartbeat = startHeartbeat({
        live: !!process.stderr.isTTY && !plain,
        write: (s) => io.stderr(s),
    });
    const startupMs = processUptimeMs();
    try {
        outcome = await (0,deploy/* deploy */.gg)(built.options, {
            provider: built.connection.provider,
            signal: interrupt.signal,
            approve: (0,approve/* terminalApprover */._)(env, io.stderr),
            onEvent: (event) => {
                const e = (0,secrets/* redactEvent */.g)(event);
                heartbeat?.onEvent(e);
                render(e);
                ci.onEvent(e);
                observe(e);
            },
        });
    }
    finally {
        heartbeat.stop();
        heartbeat = undefined;
        interrupt.dispose();
        await built.connection.provider.dispose().catch(() => undefined);
    }
    addStartupTiming(outcome, startupMs);
    const { result, exitCode: code } = interrupt.settle(outcome);
    try {
        writeReports(result, flags, io, reportFileOf);
    }
    catch (err) {
        line(`pgmi: warning: ${(0,errors/* formatError */.Wk)(err)}`);
    }
    if (flags.json) {
        io.stdout(JSON.stringify((0,cli_render/* jsonEnvelope */.d$)(code, result, result.error), null, 2) + '\n');
    }
    else {
        line((0,cli_render/* summaryLine */.dC)(result, plain));
    }
    for (const l of changeReportLines(result, !!flags.verbose))
        line(l);
    if (code !== 0 && result.error) {
        // The server's context frames are noise once the file and line are known: --verbose only.
        const where = flags.verbose ? 'always' : 'unlocated';
        line(`pgmi: error: ${(0,errors/* formatError */.Wk)(result.error, { where })}`);
    }
    ci.finish(result, code);
    await comment(result, code);
    return code;
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


/***/ }),

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


/***/ }),

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


/***/ }),

/***/ 23823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ targetNumber),
/* harmony export */   FZ: () => (/* binding */ detectReviewTarget),
/* harmony export */   Hu: () => (/* binding */ SYSTEM_NAMES),
/* harmony export */   _A: () => (/* binding */ ciSystem),
/* harmony export */   pI: () => (/* binding */ runFacts),
/* harmony export */   rT: () => (/* binding */ TOKEN_NAMES),
/* harmony export */   reviewToken: () => (/* binding */ reviewToken),
/* harmony export */   x1: () => (/* binding */ targetFor)
/* harmony export */ });
/* unused harmony exports githubPullRequest, githubApiUrl, reviewNumber */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Where a review comment goes: the pull request (GitHub), merge request (GitLab) or pull request
 * (Azure DevOps) this CI run builds, read from the variables each system sets. No context (a push
 * build, a scheduled run, a terminal) means no comment and no request.
 */

const SYSTEM_NAMES = {
    github: 'GitHub pull request',
    gitlab: 'GitLab merge request',
    azure: 'Azure DevOps pull request',
};
function positive(value) {
    if (!value || !/^\d+$/.test(value.trim()))
        return undefined;
    const n = Number(value);
    return n > 0 ? n : undefined;
}
/** The pull request number of a `pull_request` / `pull_request_target` event, else undefined. */
function githubPullRequest(env) {
    const event = env.GITHUB_EVENT_NAME;
    if (event !== 'pull_request' && event !== 'pull_request_target')
        return undefined;
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const n = payload.pull_request?.number ?? payload.number;
        return typeof n === 'number' && n > 0 ? n : undefined;
    }
    catch {
        return undefined;
    }
}
function githubApiUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
function githubRepo(env) {
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
/** The CI system this process runs in, among those pgmi can comment on. */
function ciSystem(env) {
    if (env.GITHUB_ACTIONS === 'true')
        return 'github';
    if (env.GITLAB_CI === 'true')
        return 'gitlab';
    if ((env.TF_BUILD ?? '').toLowerCase() === 'true')
        return 'azure';
    return undefined;
}
/** The PR/MR number of this build, from the environment; undefined outside a PR/MR build. */
function reviewNumber(system, env) {
    switch (system) {
        case 'github':
            return githubPullRequest(env);
        case 'gitlab':
            return positive(env.CI_MERGE_REQUEST_IID);
        case 'azure':
            return positive(env.SYSTEM_PULLREQUEST_PULLREQUESTID);
    }
}
/**
 * The API address and repository of PR/MR `number`, always from this job's own environment.
 * Undefined when a variable the system always sets is missing.
 */
function targetFor(system, num, env) {
    switch (system) {
        case 'github': {
            const repo = githubRepo(env);
            return repo ? { system, apiUrl: githubApiUrl(env), ...repo, pr: num } : undefined;
        }
        case 'gitlab':
            if (!env.CI_API_V4_URL || !env.CI_PROJECT_ID)
                return undefined;
            return {
                system,
                apiUrl: env.CI_API_V4_URL.replace(/\/+$/, ''),
                projectId: env.CI_PROJECT_ID,
                mr: num,
                webUrl: (env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL)?.replace(/\/+$/, ''),
            };
        case 'azure': {
            // Pull requests of repositories hosted on GitHub or Bitbucket are not Azure Repos threads.
            const provider = env.BUILD_REPOSITORY_PROVIDER;
            if (provider && provider !== 'TfsGit')
                return undefined;
            if (!env.SYSTEM_COLLECTIONURI || !env.SYSTEM_TEAMPROJECT || !env.BUILD_REPOSITORY_ID) {
                return undefined;
            }
            return {
                system,
                collectionUri: env.SYSTEM_COLLECTIONURI.replace(/\/*$/, '/'),
                project: env.SYSTEM_TEAMPROJECT,
                repositoryId: env.BUILD_REPOSITORY_ID,
                pr: num,
            };
        }
    }
}
/** The review target of this CI run, from its environment; undefined outside a PR/MR build. */
function detectReviewTarget(env) {
    const system = ciSystem(env);
    const num = system && reviewNumber(system, env);
    return system && num ? targetFor(system, num, env) : undefined;
}
/** The PR/MR number of a target. */
function targetNumber(t) {
    return t.system === 'gitlab' ? t.mr : t.pr;
}
/** The token each system's comment is posted with (the Action passes its `github-token`). */
function reviewToken(system, env) {
    switch (system) {
        case 'github':
            return env.GITHUB_TOKEN || undefined;
        case 'gitlab':
            return env.PGMI_GITLAB_TOKEN || undefined;
        case 'azure':
            return env.SYSTEM_ACCESSTOKEN || undefined;
    }
}
/** What the token variable is called, for the notice when it is missing. */
const TOKEN_NAMES = {
    github: 'GITHUB_TOKEN (the Action: github-token)',
    gitlab: 'PGMI_GITLAB_TOKEN',
    azure: 'SYSTEM_ACCESSTOKEN (map it into the step: env: SYSTEM_ACCESSTOKEN: $(System.AccessToken))',
};
/** Commit, ref and the run's page, as each CI system names them. */
function runFacts(env) {
    if (env.GITHUB_ACTIONS === 'true') {
        const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
        let commit = env.GITHUB_SHA;
        // On pull requests GITHUB_SHA is the merge commit; the PR's head is what reviewers know.
        if (env.GITHUB_EVENT_PATH && /^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')) {
            try {
                const p = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
                commit = p.pull_request?.head?.sha ?? commit;
            }
            catch {
                /* keep GITHUB_SHA */
            }
        }
        return {
            workspace: env.GITHUB_WORKSPACE || undefined,
            commit,
            ref: env.GITHUB_HEAD_REF || env.GITHUB_REF || undefined,
            runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
                ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
                : undefined,
        };
    }
    if (env.GITLAB_CI === 'true') {
        return {
            workspace: env.CI_PROJECT_DIR || undefined,
            commit: env.CI_COMMIT_SHA,
            ref: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || env.CI_COMMIT_REF_NAME,
            runUrl: env.CI_JOB_URL || env.CI_PIPELINE_URL,
        };
    }
    if ((env.TF_BUILD ?? '').toLowerCase() === 'true') {
        const uri = env.SYSTEM_COLLECTIONURI?.replace(/\/*$/, '/');
        return {
            workspace: env.BUILD_SOURCESDIRECTORY || undefined,
            commit: env.SYSTEM_PULLREQUEST_SOURCECOMMITID || env.BUILD_SOURCEVERSION,
            ref: env.SYSTEM_PULLREQUEST_SOURCEBRANCH || env.BUILD_SOURCEBRANCH,
            runUrl: uri && env.SYSTEM_TEAMPROJECT && env.BUILD_BUILDID
                ? `${uri}${encodeURIComponent(env.SYSTEM_TEAMPROJECT)}/_build/results?buildId=${env.BUILD_BUILDID}`
                : undefined,
        };
    }
    return {};
}


/***/ })

};
