export const id = 452;
export const ids = [452,791];
export const modules = {

/***/ 72791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ terminalApprover),
/* harmony export */   isInteractive: () => (/* binding */ isInteractive)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
<<<<<<< HEAD
/* harmony import */ var _engine_deploy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64957);
=======
/* harmony import */ var _engine_deploy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32641);
>>>>>>> issue-10a
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
        return _engine_deploy__WEBPACK_IMPORTED_MODULE_1__/* .nonInteractiveApprover */ .VY;
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

/***/ 26452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy)
});

// UNUSED EXPORTS: toRawDeployInput

<<<<<<< HEAD
// EXTERNAL MODULE: ./src/engine/deploy.ts + 21 modules
var deploy = __webpack_require__(64957);
=======
// EXTERNAL MODULE: ./src/engine/deploy.ts + 23 modules
var deploy = __webpack_require__(32641);
>>>>>>> issue-10a
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
;// CONCATENATED MODULE: ./src/action/render/outputs.ts
/**
 * The step's outputs. Counts and names only: nothing here can hold a secret, and every value
 * still goes through the same redaction as the log and the summary.
 */

/** `result` output values, by exit code (anything unlisted is `error`). */
const RESULT_NAMES = {
    [engine_errors/* ExitCode */.yU.Success]: 'success',
    [engine_errors/* ExitCode */.yU.Config]: 'config-error',
    [engine_errors/* ExitCode */.yU.Connection]: 'connection-error',
    [engine_errors/* ExitCode */.yU.ApprovalDenied]: 'overwrite-denied',
    [engine_errors/* ExitCode */.yU.Execution]: 'sql-error',
    [engine_errors/* ExitCode */.yU.DeploySqlMissing]: 'deploy-missing',
    [engine_errors/* ExitCode */.yU.ConcurrentDeploy]: 'concurrent-deploy',
    [engine_errors/* ExitCode */.yU.Timeout]: 'timeout',
    [engine_errors/* ExitCode */.yU.Interrupted]: 'interrupted',
    [engine_errors/* ExitCode */.yU.Terminated]: 'interrupted',
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
]));
function actionOutputs(exitCode, result, reports) {
    // Fixtures (`_setup.sql`) count with the tests: both are files of the test tree that ran.
    const count = (s) => result.tests.filter((t) => t.status === s).length;
    return {
        'exit-code': String(exitCode),
        result: resultName(exitCode),
        'duration-ms': String(result.durationMs),
        'files-loaded': String(result.filesLoaded),
        'tests-passed': String(count('passed')),
        'tests-failed': String(count('failed')),
        'server-version': result.serverVersion ?? '',
        'json-report': reports.json ?? '',
        'junit-report': reports.junit ?? '',
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
    const abs = path.resolve(workspace, projectPath, projectFile);
    const rel = path.relative(path.resolve(workspace), abs);
    return (rel === '' ? '.' : rel).split(path.sep).join('/');
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

;// CONCATENATED MODULE: ./src/ci/findings.ts
/**
 * What a CI system is told about a finished deploy, independent of its markup: the failure on its
 * project file and line, each other failed test on its file, the outputs (the Action's, by the
 * same rules), and where a project file sits relative to the repository root.
 */





function runOutputs(result, exitCode) {
    const { 'json-report': _j, 'junit-report': _u, ...rest } = actionOutputs(exitCode, result, {});
    return rest;
}
/** The error findings of a run: the failure first, then failed tests on other files. */
function errorFindings(result, exitCode) {
    const out = [];
    let failureFile;
    if (exitCode !== 0) {
        const detail = (0,engine_errors/* errorDetail */.m2)(result.error ?? new engine_errors/* InterruptedError */.p4());
        const source = failureSource(detail);
        failureFile = source?.file;
        const failedTest = result.tests.find((t) => t.status === 'failed' && t.path === source?.file);
        // The server's own words when there are some: pgmi's wrapper ("execution failed: ERROR: …
        // (SQLSTATE …)") repeats what the issue's code and location already say.
        const pg = (0,engine_errors/* firstPgError */.wm)(result.error);
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
            command(`##vso[task.complete result=${status};]pgmi: ${resultName(exitCode)} (exit ${exitCode})\n`);
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
    const annotate = (f) => command(workflowCommand(f.level, {
        file: f.file ? repoPath(root, cwd, ctx.projectPath ?? '.', f.file) : undefined,
        // GitHub places annotations on lines: a file-only finding goes on line 1.
        line: f.file ? (f.line ?? 1) : undefined,
        col: f.file && f.line ? f.column : undefined,
        title: f.title,
    }, findingText(f)));
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
    return { check: `pgmi-${resultName(exitCode)}`, severity: 'blocker' };
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
/** The result of a deploy that failed before the engine ran (bad flags or configuration). */
function resultBeforeEngine(error, exitCode) {
    return {
        status: 'failed',
        exitCode,
        database: '',
        filesLoaded: 0,
        testMacros: 0,
        durationMs: 0,
        tests: [],
        error,
        engineRan: false,
    };
}

<<<<<<< HEAD
// EXTERNAL MODULE: ./src/inputs/deploy-input.ts
var deploy_input = __webpack_require__(62119);
// EXTERNAL MODULE: ./src/inputs/secrets.ts
var secrets = __webpack_require__(73332);
=======
// EXTERNAL MODULE: ./src/inputs/deploy-input.ts + 1 modules
var deploy_input = __webpack_require__(38797);
>>>>>>> issue-10a
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
        controller.abort(new engine_errors/* InterruptedError */.p4(sig));
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
            const error = new engine_errors/* InterruptedError */.p4(received);
            const settled = result.status === 'success' ? { ...result, status: 'failed', error } : result;
            return { result: settled, exitCode: error.exitCode };
        },
    };
}

// EXTERNAL MODULE: ./src/cli/approve.ts
var approve = __webpack_require__(72791);
// EXTERNAL MODULE: ./src/cli/render.ts
var cli_render = __webpack_require__(94984);
;// CONCATENATED MODULE: ./src/reports/junit.ts
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
function caseXml(t, failureText, line) {
    const name = t.path.slice(t.path.lastIndexOf('/') + 1);
    const attrs = `name="${xml(name)}" classname="${xml(directoryOf(t.path))}" file="${xml(t.path)}"` +
        `${line ? ` line="${line}"` : ''} time="${secs(t.durationMs)}"`;
    if (t.status === 'passed')
        return `    <testcase ${attrs}/>`;
    if (t.status === 'skipped')
        return `    <testcase ${attrs}>\n      <skipped message="not run: an earlier step failed"/>\n    </testcase>`;
    const tag = t.kind === 'fixture' ? 'error' : 'failure';
    const type = t.sqlstate ? `SQLSTATE ${t.sqlstate}` : 'failure';
    return `    <testcase ${attrs}>\n      <${tag} message="${xml(t.message ?? 'failed')}" type="${xml(type)}">${xml(failureText ?? t.message ?? '')}</${tag}>\n    </testcase>`;
}
function junitReport(result, timestamp = new Date()) {
    const detail = result.error !== undefined ? (0,engine_errors/* errorDetail */.m2)(result.error) : undefined;
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
                ? caseXml(t, failureText, detail?.script === t.path ? detail.line : undefined)
                : caseXml(t))
                .join('\n') +
            '\n  </testsuite>');
    }
    if (result.status === 'failed' && !failedInTests && detail) {
        total += 1;
        errors += 1;
        parts.push(`  <testsuite name="deploy.sql" tests="1" failures="0" errors="1" skipped="0" time="${secs(result.durationMs)}" timestamp="${timestamp.toISOString().slice(0, 19)}">\n` +
            `    <testcase name="deploy" classname="deploy.sql" file="${xml(detail.script ?? detail.failedFile ?? 'deploy.sql')}"${detail.script && detail.line ? ` line="${detail.line}"` : ''} time="${secs(result.durationMs)}">\n` +
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

;// CONCATENATED MODULE: ./src/reports/tap.ts
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
    const failedInTests = result.tests.some((t) => t.status === 'failed');
    const deployPoint = result.status === 'failed' && !failedInTests && result.error !== undefined;
    const lines = ['TAP version 14', `1..${result.tests.length + (deployPoint ? 1 : 0)}`];
    const detail = result.error !== undefined ? (0,engine_errors/* errorDetail */.m2)(result.error) : undefined;
    result.tests.forEach((t, i) => {
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
        lines.push(`not ok ${result.tests.length + 1} - deploy.sql`);
        lines.push('  ---');
        lines.push(`  message: ${yamlString(detail.message)}`);
        if (detail.sqlstate)
            lines.push(`  sqlstate: ${yamlString(detail.sqlstate)}`);
        const file = detail.script ?? detail.failedFile;
        if (file)
            lines.push(`  file: ${yamlString(file)}`);
        if (detail.script && detail.line)
            lines.push(`  line: ${detail.line}`);
        lines.push(`  exit_code: ${detail.exitCode}`);
        lines.push(`  duration_ms: ${result.durationMs}`);
        lines.push('  ...');
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/reports.ts
/** Writes the test reports a deploy was asked for (`--junit-report`, `--tap`). */





function writeReports(result, flags, io) {
    if (flags.junitReport) {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(flags.junitReport)), { recursive: true });
        (0,external_node_fs_.writeFileSync)(flags.junitReport, (0,engine_redact/* redactRegistered */.uM)(junitReport(result)));
    }
    if (flags.tap === true || flags.tap === '-' || flags.tap === '')
        io.stderr(tapReport(result));
    else if (typeof flags.tap === 'string') {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(flags.tap)), { recursive: true });
        (0,external_node_fs_.writeFileSync)(flags.tap, (0,engine_redact/* redactRegistered */.uM)(tapReport(result)));
    }
}

;// CONCATENATED MODULE: ./src/cli/deploy-command.ts
/**
 * `pgmi deploy <project_path>`: flags → RawDeployInput → the engine → stderr text (or the JSON
 * envelope on stdout) → exit code. Loaded lazily so `pgmi version` never pays for pg.
 */










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
    const line = (s) => io.stderr(s + '\n');
    const plain = (0,cli_render/* noColor */.dw)(io.env);
    const ci = detectCi({
        env: io.env,
        stdout: io.stdout,
        stderr: io.stderr,
        json: !!flags.json,
        projectPath,
    });
    const failEarly = (err) => {
        const code = (0,engine_errors/* exitCodeFor */.Rr)(err);
        // CI systems and report readers still hear about a run that never reached the engine.
        const notRun = resultBeforeEngine(err, code);
        try {
            writeReports(notRun, flags, io);
        }
        catch (e) {
            line(`pgmi: warning: ${(0,engine_errors/* formatError */.Wk)(e)}`);
        }
        if (flags.json)
            io.stdout(JSON.stringify((0,cli_render/* jsonEnvelope */.d$)(code, undefined, err), null, 2) + '\n');
        line(`pgmi: error: ${(0,engine_errors/* formatError */.Wk)(err)}`);
        ci.finish(notRun, code);
        return code;
    };
    // An unset CI variable (`-d "$DB"`) must not silently deploy into the connection string's database.
    if (flags.database === '') {
        return failEarly(new engine_errors/* ConfigError */.xL("invalid configuration: -d/--database is empty (an unset variable?); name the target database, or leave the flag out to use the connection string's"));
    }
    const env = { ...io.env };
    let built;
    try {
        built = (0,deploy_input/* buildDeploy */.S)(toRawDeployInput(projectPath, flags), {
            env,
            onWarning: (w) => line(w),
        });
    }
    catch (err) {
        return failEarly(err);
    }
    for (const w of built.warnings)
        line(w);
    if (flags.verbose) {
        line('[VERBOSE] Connection resolved:');
        for (const s of built.connection.summary)
            line(`[VERBOSE]   ${s}`);
    }
    // A second Ctrl-C while cancelling ends the process at once.
    const interrupt = interruptOnSignals({
        announce: line,
        onRepeat: (sig) => process.exit(sig === 'SIGTERM' ? engine_errors/* ExitCode */.yU.Terminated : engine_errors/* ExitCode */.yU.Interrupted),
    });
    const render = (0,cli_render/* textEventRenderer */.$z)({ verbose: !!flags.verbose, write: line });
    let outcome;
    try {
        outcome = await (0,deploy/* deploy */.gg)(built.options, {
            provider: built.connection.provider,
            signal: interrupt.signal,
            approve: (0,approve/* terminalApprover */._)(env, io.stderr),
            onEvent: (event) => {
                const e = (0,secrets/* redactEvent */.g)(event);
                render(e);
                ci.onEvent(e);
            },
        });
    }
    finally {
        interrupt.dispose();
        await built.connection.provider.dispose().catch(() => undefined);
    }
    const { result, exitCode: code } = interrupt.settle(outcome);
    try {
        writeReports(result, flags, io);
    }
    catch (err) {
        line(`pgmi: warning: ${(0,engine_errors/* formatError */.Wk)(err)}`);
    }
    if (flags.json) {
        io.stdout(JSON.stringify((0,cli_render/* jsonEnvelope */.d$)(code, result, result.error), null, 2) + '\n');
    }
    else {
        line((0,cli_render/* summaryLine */.dC)(result, plain));
    }
    if (code !== 0 && result.error)
        line(`pgmi: error: ${(0,engine_errors/* formatError */.Wk)(result.error)}`);
    ci.finish(result, code);
    return code;
}


/***/ }),

/***/ 94984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ textEventRenderer),
/* harmony export */   d$: () => (/* binding */ jsonEnvelope),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   dw: () => (/* binding */ noColor)
/* harmony export */ });
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * Plain-text rendering of the engine's event stream and result (stderr), and the `--json`
 * envelope (stdout). The same functions serve the container image and any CI without a
 * renderer of its own.
 */

function seconds(ms) {
    return (ms / 1000).toFixed(2);
}
/** Returns the event handler printing progress, verbose lines and notices as upstream does. */
function textEventRenderer(opts) {
    const stamp = (ms) => (opts.verbose ? `[${seconds(ms)}s] ` : '');
    return (e) => {
        switch (e.type) {
            case 'progress':
                opts.write(e.message);
                break;
            case 'verbose':
                if (opts.verbose)
                    opts.write(`[VERBOSE] ${e.message}`);
                break;
            case 'notice': {
                const p = stamp(e.elapsedMs);
                opts.write(p + e.message);
                if (e.detail)
                    opts.write(`${p}DETAIL: ${e.detail}`);
                if (e.hint)
                    opts.write(`${p}HINT: ${e.hint}`);
                break;
            }
            default:
                break;
        }
    };
}
function noColor(env) {
    return !!env.NO_COLOR;
}
/** `✓ db: 3 files loaded in 0.12s` / `✗ db: failed after 0.40s (unit 5 of 6 failed; …)`. */
function summaryLine(result, plain) {
    const db = result.database || '?';
    const s = seconds(result.durationMs);
    if (result.status === 'success') {
        const icon = plain ? 'ok' : '✓';
        const macros = result.testMacros > 0 ? `, ${result.testMacros} test macro(s) expanded` : '';
        return `${icon} ${db}: ${result.filesLoaded} files loaded${macros} in ${s}s`;
    }
    const icon = plain ? 'FAILED' : '✗';
    let line = `${icon} ${db}: failed after ${s}s`;
    if (result.executionMode === 'psql' && result.failedUnit && result.executionUnits) {
        line += ` (unit ${result.failedUnit} of ${result.executionUnits} failed; ${result.unitsCommitted ?? 0} earlier unit(s) already committed)`;
    }
    return line;
}
/**
 * The `--json` document. `result` is absent when the failure happened before the engine ran
 * (then there are no run fields). Keys are emitted in alphabetical order, as upstream does.
 */
function jsonEnvelope(exitCode, result, error) {
    const env = { status: exitCode === 0 ? 'success' : 'failed', exitCode };
    if (result?.engineRan) {
        env.filesLoaded = result.filesLoaded;
        env.testMacros = result.testMacros;
        env.durationMs = result.durationMs;
        env.database = result.database;
        if (result.executionUnits !== undefined) {
            env.executionUnits = result.executionUnits;
            env.unitsCommitted = result.unitsCommitted ?? 0;
        }
        if (result.executionMode)
            env.executionMode = result.executionMode;
    }
    const err = error ?? result?.error;
    if (exitCode !== 0 && err !== undefined) {
        const { message, exitCode: _code, ...rest } = (0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorDetail */ .m2)(err);
        env.error = message;
        Object.assign(env, rest);
    }
    else if (exitCode !== 0) {
        env.error = 'interrupted';
    }
    const sorted = {};
    for (const k of Object.keys(env).sort())
        sorted[k] = env[k];
    return sorted;
}


/***/ }),

/***/ 62119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ buildDeploy)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _connect_resolve__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12680);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _engine_options__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39052);
/* harmony import */ var _engine_project_config__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99405);
/* harmony import */ var _engine_project_duration__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65502);
/* harmony import */ var _engine_project_params__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60400);
/* harmony import */ var _secrets__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73332);
/**
 * Raw deploy input, as any front door receives it (CLI flags, Action inputs, an MCP tool call),
 * mapped to the engine's `DeployOptions` and a resolved connection. All offline: nothing
 * connects here. Every problem found is reported together in one ConfigError (exit 10).
 */








/** Registers secrets with pgmi's redaction when the front door passes no masker of its own. */
const defaultMasker = (0,_secrets__WEBPACK_IMPORTED_MODULE_6__/* .createMasker */ .a)();
/** The project path itself, checked first so a typo never reads as a pgmi.yaml problem. */
function checkProjectPath(projectPath) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(projectPath);
    }
    catch {
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid configuration: project path "${projectPath}" does not exist`);
    }
    if (!st.isDirectory()) {
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid configuration: "${projectPath}" is a file; pass the project directory`);
    }
}
function buildDeploy(raw, ctx) {
    checkProjectPath(raw.projectPath);
    const warnings = [];
    const problems = [];
    const attempt = (fn) => {
        try {
            return fn();
        }
        catch (err) {
            if (err instanceof _engine_errors__WEBPACK_IMPORTED_MODULE_2__.PgmiError && err.exitCode === 10)
                problems.push(err);
            else
                throw err;
            return undefined;
        }
    };
    const env = ctx.env;
    let yaml;
    if (raw.useProjectConfig !== false) {
        const loaded = (0,_engine_project_config__WEBPACK_IMPORTED_MODULE_3__/* .loadProjectEnv */ .zr)(raw.projectPath, env);
        // Said at once when the front door listens: a run that fails below must still explain
        // why the file's values (PGDATABASE, say) are missing.
        if (loaded.warning) {
            if (ctx.onWarning)
                ctx.onWarning(loaded.warning);
            else
                warnings.push(loaded.warning);
        }
        yaml = attempt(() => (0,_engine_project_config__WEBPACK_IMPORTED_MODULE_3__/* .loadPgmiYaml */ .R_)(raw.projectPath));
    }
    // Secret values are registered before anything can print them (even a failed merge below).
    const secret = (entries) => {
        const mask = ctx.onSecret ?? defaultMasker;
        for (const [, value] of entries)
            mask(value);
        return entries;
    };
    for (const extra of raw.extraParams ?? [])
        if (extra.secret)
            secret(extra.entries);
    const sources = [];
    if (yaml?.params)
        sources.push({ source: 'pgmi.yaml', entries: Object.entries(yaml.params) });
    for (const file of raw.paramsFiles ?? []) {
        const entries = attempt(() => (0,_engine_project_params__WEBPACK_IMPORTED_MODULE_5__/* .readParamsFile */ .rH)(file));
        if (entries)
            sources.push({ source: file, entries });
    }
    for (const file of raw.secretParamsFiles ?? []) {
        const entries = attempt(() => secret((0,_engine_project_params__WEBPACK_IMPORTED_MODULE_5__/* .readParamsFile */ .rH)(file)));
        if (entries)
            sources.push({ source: file, entries });
    }
    const cli = attempt(() => (raw.params ?? []).map((p) => (0,_engine_project_params__WEBPACK_IMPORTED_MODULE_5__/* .parseParamArg */ .HA)(p)));
    if (cli)
        sources.push({ source: '--param', entries: cli });
    const secretCli = attempt(() => secret((raw.secretParams ?? []).map((p, i) => (0,_engine_project_params__WEBPACK_IMPORTED_MODULE_5__/* .parseSecretParamArg */ .dj)(p, i + 1))));
    if (secretCli)
        sources.push({ source: '--secret-param', entries: secretCli });
    sources.push(...(raw.extraParams ?? []));
    const params = attempt(() => {
        const merged = (0,_engine_project_params__WEBPACK_IMPORTED_MODULE_5__/* .mergeParams */ .r9)(sources);
        (0,_engine_project_params__WEBPACK_IMPORTED_MODULE_5__/* .validateParams */ .XB)(merged);
        return merged;
    });
    const timeoutMs = attempt(() => (0,_engine_project_duration__WEBPACK_IMPORTED_MODULE_4__/* .resolveTimeout */ .ah)({ flag: raw.timeout, yaml: yaml?.timeout }));
    const connection = attempt(() => (0,_connect_resolve__WEBPACK_IMPORTED_MODULE_1__.resolveConnection)(raw.connection, {
        env,
        yaml: yaml?.connection,
        onSecret: ctx.onSecret,
        onWarning: ctx.onWarning,
    }));
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1) {
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid configuration: ${problems.length} problems:\n` +
            problems
                .map((p, i) => `  ${i + 1}. ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(p).replace(/^invalid configuration: /, '')}`)
                .join('\n'), { cause: problems[0] });
    }
    const conn = connection;
    return {
        options: (0,_engine_options__WEBPACK_IMPORTED_MODULE_7__/* .defaultDeployOptions */ .tM)({
            projectPath: raw.projectPath,
            database: conn.database,
            maintenanceDatabase: conn.maintenanceDatabase,
            overwrite: raw.overwrite ?? false,
            force: raw.force ?? false,
            params: params ?? {},
            timeoutMs: timeoutMs ?? 0,
            compat: raw.compat ?? '',
            verbose: raw.verbose ?? false,
        }),
        connection: conn,
        warnings,
    };
}


/***/ }),

/***/ 73332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ createMasker),
/* harmony export */   g: () => (/* binding */ redactEvent)
/* harmony export */ });
/* harmony import */ var _engine_redact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32393);
/**
 * Secrets given to a front door (passwords, secret parameters, minted tokens) are registered
 * with pgmi's redaction in every spelling they can be printed in, before anything is printed.
 * Shared by the Action (which also hands each spelling to the runner's masking), the CLI and the
 * MCP server.
 */

/** One masking function for inputs, minted tokens and anything else secret. */
function createMasker(setSecret = () => undefined) {
    const seen = new Set();
    return (secret) => {
        if (!secret || secret.trim() === '')
            return;
        for (const form of spellings(secret)) {
            if (seen.has(form))
                continue;
            seen.add(form);
            setSecret(form);
            (0,_engine_redact__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(form);
        }
    };
}
/**
 * The value, its URL-encoded form and (when it is valid percent-encoding) its decoded form.
 * Multi-line values (a whole PEM key) are masked as they are; their lines are masked one by one.
 */
function spellings(value) {
    if (/[\r\n]/.test(value))
        return [value];
    const out = new Set([value, encodeURIComponent(value)]);
    try {
        out.add(decodeURIComponent(value));
    }
    catch {
        // Not percent-encoded: nothing more to add.
    }
    return [...out].filter((s) => s.trim() !== '');
}
/**
 * An event with the registered secrets replaced in every text field: deploy.sql may RAISE a
 * secret parameter in a notice, and a progress line may quote user input.
 */
function redactEvent(event) {
    let out;
    for (const [key, value] of Object.entries(event)) {
        if (typeof value !== 'string')
            continue;
        const clean = (0,_engine_redact__WEBPACK_IMPORTED_MODULE_0__/* .redactRegistered */ .uM)(value);
        if (clean !== value) {
            out ??= { ...event };
            out[key] = clean;
        }
    }
    return out ?? event;
}


/***/ })

};
