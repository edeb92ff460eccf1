export const id = 4712;
export const ids = [4712];
export const modules = {

/***/ 44712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandReportPaths: () => (/* binding */ expandReportPaths),
/* harmony export */   mergeReports: () => (/* binding */ mergeReports),
/* harmony export */   readReport: () => (/* binding */ readReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _result__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14995);
/**
 * `pgmi report merge`: the JSON reports of a fleet's shards (or of single deploys) joined into
 * one fleet result, as if one job had deployed every target — the same totals, the same exit
 * code rule (the first failed target in list order, by the positions the shards kept).
 */




const STATUSES = new Set(['succeeded', 'failed', 'rehearsed', 'skipped']);
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A single deploy's `--json` envelope as a one-target fleet entry. */
function fromEnvelope(doc) {
    if (typeof doc.database !== 'string' || typeof doc.exitCode !== 'number')
        return undefined;
    const ok = doc.exitCode === 0;
    const { status: _s, exitCode: _e, database: _d, error, ...rest } = doc;
    return {
        database: doc.database,
        position: 0,
        status: ok ? (doc.status === 'rehearsed' ? 'rehearsed' : 'succeeded') : 'failed',
        exitCode: doc.exitCode,
        durationMs: typeof doc.durationMs === 'number' ? doc.durationMs : 0,
        tests: [],
        changes: null,
        error: ok
            ? null
            : {
                ...rest,
                message: String(error ?? 'failed'),
                exitCode: doc.exitCode,
            },
    };
}
function targetsOf(doc, label) {
    if (!isObject(doc))
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid configuration: ${label}: not a pgmi JSON report`);
    if (!Array.isArray(doc.targets)) {
        const single = fromEnvelope(doc);
        if (!single)
            throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid configuration: ${label}: not a pgmi JSON report (no targets, no database)`);
        return [single];
    }
    return doc.targets.map((t, i) => {
        if (!isObject(t) ||
            typeof t.database !== 'string' ||
            typeof t.status !== 'string' ||
            !STATUSES.has(t.status) ||
            !(typeof t.exitCode === 'number' || t.exitCode === null)) {
            throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid configuration: ${label}: targets[${i}] is not a target result`);
        }
        return {
            database: t.database,
            position: typeof t.position === 'number' ? t.position : 0,
            status: t.status,
            exitCode: t.exitCode,
            durationMs: typeof t.durationMs === 'number' ? t.durationMs : 0,
            tests: Array.isArray(t.tests) ? t.tests : [],
            changes: isObject(t.changes) ? t.changes : null,
            error: isObject(t.error) ? t.error : null,
        };
    });
}
/**
 * Merges parsed reports (`label` names each in messages). A database reported twice is an
 * error: two shards of different lists, or one report given twice. Targets without a position
 * (single deploys) keep the order the reports were given in, after those with one.
 */
function mergeReports(docs) {
    if (docs.length === 0)
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('invalid configuration: no reports to merge');
    const all = [];
    const seen = new Map();
    let duration = 0;
    for (const { label, doc } of docs) {
        for (const t of targetsOf(doc, label)) {
            const first = seen.get(t.database);
            if (first !== undefined) {
                throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid configuration: ${label}: target ${JSON.stringify(t.database)} is also in ${first}; merge each shard's report once`);
            }
            seen.set(t.database, label);
            all.push(t);
        }
        if (isObject(doc) && typeof doc.durationMs === 'number')
            duration = Math.max(duration, doc.durationMs);
    }
    const maxPos = all.reduce((m, t) => Math.max(m, t.position), 0);
    let extra = maxPos;
    const numbered = all.map((t) => (t.position > 0 ? t : { ...t, position: ++extra }));
    // Shards run side by side: the merged run took as long as its longest job.
    return (0,_result__WEBPACK_IMPORTED_MODULE_3__/* .fleetResult */ .oM)(numbered, duration);
}
function readReport(file) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid configuration: report ${file}: ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(err)}`, {
            cause: err,
        });
    }
    try {
        return { label: file, doc: JSON.parse(text) };
    }
    catch (err) {
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid configuration: report ${file}: not JSON (${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(err)})`, {
            cause: err,
        });
    }
}
/**
 * Paths and glob patterns (`*`, `?`, `**`) → files, sorted. Hand-written: Node 20 has no
 * `fs.glob`, and one walk with a translated pattern is all this needs. A pattern matching
 * nothing is an error (a shard whose report never arrived must not pass unnoticed).
 */
function expandReportPaths(patterns, cwd = process.cwd()) {
    const out = [];
    for (const pattern of patterns) {
        if (!/[*?]/.test(pattern)) {
            out.push(pattern);
            continue;
        }
        const parts = pattern.split(/[\\/]/);
        const fixed = [];
        while (parts.length && !/[*?]/.test(parts[0]))
            fixed.push(parts.shift());
        const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, fixed.join('/') || '.');
        const re = globRegExp(parts.join('/'));
        const found = [];
        const walk = (dir, rel) => {
            let names;
            try {
                names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
            }
            catch {
                return;
            }
            for (const name of names) {
                const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
                const r = rel ? `${rel}/${name}` : name;
                let st;
                try {
                    st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
                }
                catch {
                    continue;
                }
                if (st.isDirectory())
                    walk(abs, r);
                else if (re.test(r))
                    found.push(fixed.length ? `${fixed.join('/')}/${r}` : r);
            }
        };
        walk(base, '');
        if (found.length === 0) {
            throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`invalid configuration: no report matches ${JSON.stringify(pattern)}`);
        }
        out.push(...found.sort());
    }
    return out;
}
/** `**\/` any directories, `**` anything, `*` within a segment, `?` one character. */
function globRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (glob.startsWith('**/', i)) {
            out += '(?:.*/)?';
            i += 2;
        }
        else if (glob.startsWith('**', i)) {
            out += '.*';
            i += 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
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
