export const id = 4117;
export const ids = [4117];
export const modules = {

/***/ 94984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ textEventRenderer),
/* harmony export */   d$: () => (/* binding */ jsonEnvelope),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   dw: () => (/* binding */ noColor)
/* harmony export */ });
/* unused harmony export testCounts */
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * Plain-text rendering of the engine's event stream and result (stderr), and the `--json`
 * envelope (stdout). The same functions serve the container image and any CI without a
 * renderer of its own.
 */

function testMark(passed, plain) {
    if (plain)
        return passed ? 'ok' : 'FAILED';
    return passed ? '✓' : '✗';
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** `3 tests passed`, `2 tests passed, 1 failed`; empty when no test ran. */
function testCounts(result) {
    const tests = result.tests.filter((t) => t.kind === 'test');
    if (!tests.length)
        return '';
    const n = (s) => tests.filter((t) => t.status === s).length;
    const [passed, failed, skipped] = [n('passed'), n('failed'), n('skipped')];
    const parts = [`${plural(passed, 'test')} passed`];
    if (failed)
        parts.push(`${failed} failed`);
    if (skipped)
        parts.push(`${skipped} skipped`);
    return parts.join(', ');
}
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
            case 'test-finished':
                // One line per test step, as the Action log has them; fixtures only when they fail.
                if (e.status === 'skipped' || (e.kind === 'fixture' && e.status === 'passed'))
                    break;
                opts.write(`  ${testMark(e.status === 'passed', !!opts.plain)} ${e.path} (${e.durationMs} ms)`);
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
    if (result.status === 'rehearsed') {
        const icon = plain ? 'ok' : '✓';
        return `${icon} ${db}: rehearsed in ${s}s — the head and its tests ran and were rolled back; nothing was committed`;
    }
    if (result.status === 'success') {
        const icon = plain ? 'ok' : '✓';
        const counts = testCounts(result);
        return `${icon} ${db}: ${result.filesLoaded} files loaded${counts ? `, ${counts}` : ''} in ${s}s`;
    }
    const icon = plain ? 'FAILED' : '✗';
    let line = `${icon} ${db}: failed after ${s}s`;
    const counts = testCounts(result);
    if (counts)
        line += ` (${counts})`;
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
    const status = exitCode !== 0 ? 'failed' : result?.status === 'rehearsed' ? 'rehearsed' : 'success';
    const env = { status, exitCode };
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
        if (result.timings)
            env.timings = result.timings;
        if (result.changeReport) {
            env.changes = result.changeReport.changes;
            env.changeCounts = result.changeReport.counts;
        }
        if (result.notRehearsed)
            env.notRehearsed = result.notRehearsed;
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

/***/ 81081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ nonInteractiveApprover)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * The engine's approval policy outside a terminal, in a module of its own: front doors that only
 * ask whether they run at a terminal (the pager, `pgmi info`) must not load the deploy engine and
 * its driver with it.
 */

/** Default approval outside a terminal: `--force` proceeds at once, anything else is refused. */
const nonInteractiveApprover = async ({ database, force, emit }) => {
    if (force) {
        emit({
            type: 'progress',
            message: `--force: dropping and recreating ${JSON.stringify(database)}`,
            elapsedMs: 0,
        });
        return;
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ApprovalDeniedError */ .HB(`approval denied: --overwrite must be confirmed at a terminal, and this is not one; pass --force to drop and recreate ${JSON.stringify(database)} from a script or CI job`);
};


/***/ }),

/***/ 29774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gg: () => (/* binding */ deploy),
  VY: () => (/* reexport */ approver/* nonInteractiveApprover */.V),
  hs: () => (/* binding */ prepareProject)
});

// UNUSED EXPORTS: validateDeployOptions

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/connect/pg.ts + 1 modules
var pg = __webpack_require__(54826);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
;// CONCATENATED MODULE: ./src/connect/pooler.ts
/**
 * Transaction-mode pooler detection (decisions.md 13). pgmi keeps its project in session temp
 * tables across many transactions; behind a transaction- or statement-pooling proxy (PgBouncer,
 * Supavisor, RDS Proxy, …) those tables vanish or, worse, belong to another client between two
 * transactions. This check runs before any project SQL and fails with exit 11.
 *
 * How: a proxy that pools per transaction must hand each client a BackendKeyData of its own
 * (cancel requests are routed by it), so on a direct connection — or behind a TCP-level proxy,
 * which pins the session anyway — the pid in BackendKeyData equals `pg_backend_pid()`. When
 * they differ a pooler sits in between, and one client alone cannot tell session from
 * transaction pooling (an idle pool hands the same backend back). So a second, short-lived
 * probe connection is opened through the same path while ours sits idle between transactions:
 * under transaction pooling it is given our idle backend (it sees our temp table); under
 * session pooling it cannot be. Our own session must also still own its backend and temp table
 * afterwards. The probe table is dropped on every path and nothing emits a NOTICE.
 */



const PROBE_TIMEOUT_MS = 5_000;
const POOLER_HINTS = [
    'pgmi keeps the project in session temp tables across transactions; transaction or statement pooling (PgBouncer pool_mode=transaction, Supavisor port 6543, …) breaks them',
    'connect to the direct PostgreSQL port instead of the pooler (or use a session-mode pool)',
];
function poolerError(detail) {
    return new errors/* ConnectionError */.Rc(`the connection goes through a transaction-mode pooler: ${detail}`, {
        hints: POOLER_HINTS,
    });
}
async function probe(client, table) {
    const r = await client.query('SELECT pg_backend_pid() AS pid, to_regclass($1) IS NOT NULL AS present', [`pg_temp.${table}`]);
    return { pid: Number(r.rows[0].pid), present: r.rows[0].present };
}
/** A second client through the same path (same host, port, TLS, credentials). */
function probeClient(client) {
    const p = client
        .connectionParameters;
    return new pg/* default */.A.Client({
        host: p.host,
        port: p.port,
        user: p.user,
        database: p.database,
        password: client.password ?? undefined,
        ssl: p.ssl,
        application_name: p.application_name ?? 'pgmi',
        options: p.options,
        // A pool with no free server would make the probe wait for one: give up quickly instead
        // (an unanswered probe proves nothing; the check on our own session still runs).
        connectionTimeoutMillis: PROBE_TIMEOUT_MS,
        query_timeout: PROBE_TIMEOUT_MS,
        keepAlive: true,
    });
}
/**
 * Verifies that this session (backend pid and a temp table) survives across transactions.
 * Throws ConnectionError (exit 11) naming the pooler; leaves no table behind.
 */
async function assertSessionPinned(client) {
    const table = `pgmi_session_pin_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const ident = pg/* default */.A.escapeIdentifier(table);
    let failure;
    let dropped = false;
    const before = await client.query('SELECT pg_backend_pid() AS pid');
    const pid = Number(before.rows[0].pid);
    await client.query(`CREATE TEMP TABLE ${ident} (x int)`);
    try {
        const keyPid = client.processID;
        if (keyPid !== undefined && keyPid !== null && keyPid !== pid) {
            const other = probeClient(client);
            // A probe whose socket fails must not end the process (no listener = uncaught 'error').
            other.on('error', () => undefined);
            try {
                await other.connect();
                // One simple-query round trip: under transaction or statement pooling both statements
                // run on the backend the pooler picked, so a probe that landed on ours also cleans up.
                const results = (await other.query(`SELECT pg_backend_pid() AS pid, to_regclass('pg_temp.${table}') IS NOT NULL AS present;` +
                    `DO $pin$BEGIN IF to_regclass('pg_temp.${table}') IS NOT NULL THEN ` +
                    `DROP TABLE pg_temp.${ident}; END IF; END$pin$`));
                const seen = results[0].rows[0];
                if (seen.present || Number(seen.pid) === pid) {
                    dropped = seen.present;
                    failure = poolerError(`a second connection was given this session's backend (pid ${pid}) between two transactions`);
                }
            }
            catch {
                // A probe that cannot connect (pool full, auth) proves nothing either way; the check
                // on our own session below still runs.
            }
            finally {
                await other.end().catch(() => undefined);
            }
        }
        if (!dropped) {
            const after = await probe(client, table);
            if (after.present) {
                await client.query(`DROP TABLE pg_temp.${ident}`);
                dropped = true;
            }
            if (!failure && (after.pid !== pid || !after.present)) {
                failure = poolerError(after.pid !== pid
                    ? `the backend changed from pid ${pid} to pid ${after.pid} between two transactions`
                    : 'a temp table created in one transaction was gone in the next');
            }
        }
    }
    catch (e) {
        if (e instanceof errors/* ConnectionError */.Rc)
            throw e;
        throw new errors/* ConnectionError */.Rc(`could not verify that the session is pinned: ${(0,errors/* messageOf */.bD)(e)}`, {
            cause: e,
        });
    }
    if (failure)
        throw failure;
}

// EXTERNAL MODULE: ./src/engine/approver.ts
var approver = __webpack_require__(81081);
// EXTERNAL MODULE: ./src/engine/options.ts
var engine_options = __webpack_require__(39052);
// EXTERNAL MODULE: ./src/engine/pipeline/connection-loss.ts
var connection_loss = __webpack_require__(75613);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/engine/pipeline/cancel.ts
/**
 * Cancelling the statement a backend is running. node-postgres only offers this through an
 * unconnected second Client reusing its own connection options; we send the protocol's
 * CancelRequest ourselves: a 16-byte packet on a fresh socket (length 16, code 80877102,
 * backend pid, secret key). The server accepts it before any TLS or authentication exchange.
 */

const CANCEL_REQUEST_CODE = 80877102;
function sendCancelRequest(client, host, port, options = {}) {
    const { processID, secretKey } = client;
    if (processID === undefined ||
        secretKey === undefined ||
        processID === null ||
        secretKey === null) {
        return Promise.resolve(false);
    }
    return new Promise((resolve) => {
        const packet = Buffer.alloc(16);
        packet.writeInt32BE(16, 0);
        packet.writeInt32BE(CANCEL_REQUEST_CODE, 4);
        packet.writeInt32BE(processID, 8);
        packet.writeInt32BE(secretKey, 12);
        const socket = host.startsWith('/')
            ? external_node_net_default().connect(`${host}/.s.PGSQL.${port}`)
            : external_node_net_default().connect({ host, port });
        const done = (ok) => {
            socket.destroy();
            resolve(ok);
        };
        // `unref`: a cancel sent on the way out never keeps the process alive.
        if (options.unref)
            socket.unref();
        socket.setTimeout(3000, () => done(false));
        socket.once('error', () => done(false));
        socket.once('connect', () => socket.end(packet, () => done(true)));
    });
}

;// CONCATENATED MODULE: ./src/engine/pipeline/session-guard.ts

/** How long a cancelled statement may take to come back before the socket is closed. */
const CANCEL_GRACE_MS = 1500;
function destroySocket(client, reason) {
    client.connection?.stream?.destroy(reason);
}
/** Arms cancel-then-destroy on `control`'s abort for `client`; returns the disarm function. */
function guardConnection(client, endpoint, control, graceMs = CANCEL_GRACE_MS) {
    let timer;
    const onAbort = () => {
        void sendCancelRequest(client, endpoint.host, endpoint.port);
        timer = setTimeout(() => destroySocket(client), graceMs);
        timer.unref();
    };
    if (control.signal.aborted)
        onAbort();
    else
        control.signal.addEventListener('abort', onAbort, { once: true });
    return () => {
        control.signal.removeEventListener('abort', onAbort);
        if (timer)
            clearTimeout(timer);
    };
}
/**
 * Ends `client` after `before` (a ROLLBACK, an unlock), bounded whatever the state of the server:
 * a dead connection never hangs the exit; after `boundMs` the socket is destroyed.
 */
async function endBounded(client, before = async () => undefined, boundMs = 5000) {
    const close = async () => {
        await before();
        await client.end();
    };
    let timer;
    const bound = new Promise((resolve) => {
        timer = setTimeout(() => {
            destroySocket(client);
            resolve();
        }, boundMs);
    });
    await Promise.race([close().catch(() => undefined), bound]);
    clearTimeout(timer);
}

;// CONCATENATED MODULE: ./src/engine/pipeline/database.ts
/**
 * The target database's lifecycle: probe it, create it when missing, or drop and recreate it for
 * `--overwrite` while keeping what made it the database it was (decisions.md item 7).
 */




const ident = (s) => pg/* default */.A.escapeIdentifier(s);
const literal = (s) => pg/* default */.A.escapeLiteral(s);
async function withMaintenance(ctx, phase, fn) {
    const { client, server } = await ctx.provider.connect({
        database: ctx.options.maintenanceDatabase,
        signal: ctx.control.signal,
    });
    (0,connection_loss/* watchConnection */.qq)(client);
    const disarm = guardConnection(client, ctx.provider, ctx.control);
    try {
        return await fn(client, server);
    }
    catch (err) {
        if (!ctx.control.reason && (0,connection_loss/* isConnectionLoss */.y7)(err, client)) {
            throw (0,connection_loss/* connectionLost */.Bx)(phase, (0,connection_loss/* lossMessage */.L9)(phase, ctx.options.database), err);
        }
        throw err;
    }
    finally {
        await client.end().catch(() => undefined);
        disarm();
    }
}
function isCreateRace(err) {
    const code = (0,errors/* firstPgError */.wm)(err)?.code;
    return code === '42P04' || code === '23505';
}
async function createDatabase(ctx, client, sql) {
    try {
        await client.query(sql);
    }
    catch (err) {
        if (isCreateRace(err)) {
            throw new errors/* ConcurrentDeployError */.PY('concurrent deployment in progress: the database was created by another deploy while this one was starting', { cause: err });
        }
        throw new errors.PgmiError(`failed to create database ${JSON.stringify(ctx.options.database)}: ${(0,errors/* messageOf */.bD)(err)}`, { cause: err });
    }
}
async function exists(client, name) {
    const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return r.rowCount === 1;
}
/**
 * Without --overwrite: connect to the target; when it does not exist (3D000), create it through
 * the maintenance database. The returned connection becomes the deploy session, so an existing
 * database costs one connection (and the change report's own, which may be refused:
 * report-connection.ts), and a role that may only CONNECT to its own database deploys.
 */
async function openTarget(ctx) {
    const db = ctx.options.database;
    try {
        return await ctx.provider.connect({ database: db, signal: ctx.control.signal });
    }
    catch (err) {
        if ((0,errors/* firstPgError */.wm)(err)?.code !== '3D000')
            throw err;
        if (ctx.options.rehearse) {
            throw new errors/* ConfigError */.xL(`invalid configuration: database ${JSON.stringify(db)} does not exist; a rehearsal runs against an existing database and never creates one`, {
                cause: err,
                hints: ['check the database name (-d), or deploy without --rehearse to create it'],
            });
        }
    }
    await withMaintenance(ctx, 'connect', async (client) => {
        if (await exists(client, db))
            return;
        ctx.progress(`Database ${JSON.stringify(db)} does not exist; creating`);
        await createDatabase(ctx, client, `CREATE DATABASE ${ident(db)}`);
        ctx.emit({ type: 'database-created', database: db, recreated: false, elapsedMs: 0 });
    });
    return ctx.provider.connect({ database: db, signal: ctx.control.signal });
}
// to_jsonb(d) reads whichever locale columns this server version has (datlocprovider 15+,
// daticulocale 15–16, datlocale 17+, daticurules 16+) without one query per version.
const PROPERTIES_SQL = `
SELECT to_jsonb(d) AS row,
       pg_get_userbyid(d.datdba) AS owner,
       pg_encoding_to_char(d.encoding) AS encoding,
       t.spcname AS tablespace,
       shobj_description(d.oid, 'pg_database') AS comment,
       (SELECT s.setconfig FROM pg_db_role_setting s WHERE s.setdatabase = d.oid AND s.setrole = 0) AS settings,
       CASE WHEN d.datacl IS NULL THEN NULL ELSE (
         SELECT coalesce(json_agg(json_build_object(
                  'grantee', CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                  'privilege', a.privilege_type, 'grantable', a.is_grantable)), '[]'::json)
           FROM aclexplode(d.datacl) a) END AS grants
  FROM pg_database d JOIN pg_tablespace t ON t.oid = d.dattablespace
 WHERE d.datname = $1`;
async function readProperties(client, name) {
    const r = await client.query(PROPERTIES_SQL, [name]);
    const row = r.rows[0];
    const d = row.row;
    return {
        owner: row.owner,
        encoding: row.encoding,
        collate: String(d.datcollate ?? ''),
        ctype: String(d.datctype ?? ''),
        provider: typeof d.datlocprovider === 'string' ? d.datlocprovider : undefined,
        locale: (d.datlocale ?? d.daticulocale ?? undefined),
        icuRules: (d.daticurules ?? undefined),
        tablespace: row.tablespace,
        connLimit: Number(d.datconnlimit ?? -1),
        comment: row.comment,
        settings: row.settings ?? [],
        grants: row.grants,
    };
}
// Settings whose stored text is a list and must be spliced unquoted (`a, b`), not as one string.
const LIST_SETTINGS = new Set([
    'search_path',
    'temp_tablespaces',
    'datestyle',
    'session_preload_libraries',
    'local_preload_libraries',
]);
function createSql(name, p, template1) {
    const parts = [`CREATE DATABASE ${ident(name)} WITH OWNER ${ident(p.owner)}`];
    const localeDiffers = p.encoding !== template1.encoding ||
        p.collate !== template1.collate ||
        p.ctype !== template1.ctype ||
        (p.provider ?? 'c') !== (template1.provider ?? 'c') ||
        (p.locale ?? '') !== (template1.locale ?? '') ||
        (p.icuRules ?? '') !== (template1.icuRules ?? '');
    if (localeDiffers) {
        parts.push(`TEMPLATE template0 ENCODING ${literal(p.encoding)} LC_COLLATE ${literal(p.collate)} LC_CTYPE ${literal(p.ctype)}`);
        if (p.provider === 'i') {
            parts.push(`LOCALE_PROVIDER icu ICU_LOCALE ${literal(p.locale ?? '')}`);
            if (p.icuRules)
                parts.push(`ICU_RULES ${literal(p.icuRules)}`);
        }
        else if (p.provider === 'b') {
            parts.push(`LOCALE_PROVIDER builtin BUILTIN_LOCALE ${literal(p.locale ?? 'C')}`);
        }
    }
    if (p.tablespace !== 'pg_default')
        parts.push(`TABLESPACE ${ident(p.tablespace)}`);
    if (p.connLimit !== -1)
        parts.push(`CONNECTION LIMIT ${p.connLimit}`);
    return parts.join(' ');
}
function restoreStatements(name, p) {
    const out = [];
    for (const s of p.settings) {
        const eq = s.indexOf('=');
        const key = s.slice(0, eq);
        const value = s.slice(eq + 1);
        const rendered = LIST_SETTINGS.has(key.toLowerCase()) ? value : literal(value);
        out.push(`ALTER DATABASE ${ident(name)} SET ${ident(key)} TO ${rendered}`);
    }
    if (p.comment !== null)
        out.push(`COMMENT ON DATABASE ${ident(name)} IS ${literal(p.comment)}`);
    if (p.grants !== null) {
        out.push(`REVOKE ALL ON DATABASE ${ident(name)} FROM PUBLIC`);
        for (const g of p.grants) {
            const who = g.grantee === 'PUBLIC' ? 'PUBLIC' : ident(g.grantee);
            out.push(`GRANT ${g.privilege} ON DATABASE ${ident(name)} TO ${who}${g.grantable ? ' WITH GRANT OPTION' : ''}`);
        }
    }
    return out;
}
/**
 * --overwrite: drop and recreate the target through the maintenance database. A missing target
 * is simply created (no approval needed). Returns a connection to the fresh target.
 */
async function recreateTarget(ctx, approve) {
    const db = ctx.options.database;
    await withMaintenance(ctx, 'overwrite', async (client, server) => {
        if (!(await exists(client, db))) {
            ctx.progress(`Database ${JSON.stringify(db)} does not exist; creating`);
            await createDatabase(ctx, client, `CREATE DATABASE ${ident(db)}`);
            ctx.emit({ type: 'database-created', database: db, recreated: false, elapsedMs: 0 });
            return;
        }
        ctx.verbose(`Database ${JSON.stringify(db)} exists; requesting approval`);
        await approve({
            database: db,
            force: ctx.options.force,
            signal: ctx.control.signal,
            emit: ctx.emit,
        });
        ctx.control.throwIfAborted();
        const props = await readProperties(client, db);
        const template1 = await readProperties(client, 'template1');
        ctx.verbose(`Preserving encoding ${props.encoding}, collation ${props.collate} across the recreate`);
        try {
            // The compatibility check at connect time already read the server's version.
            if (server.versionNum >= 130000) {
                ctx.verbose(`DROP DATABASE ${JSON.stringify(db)} WITH (FORCE)`);
                await client.query(`DROP DATABASE ${ident(db)} WITH (FORCE)`);
            }
            else {
                ctx.verbose(`Terminating connections to ${JSON.stringify(db)}`);
                await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [db]);
                ctx.verbose(`DROP DATABASE ${JSON.stringify(db)}`);
                await client.query(`DROP DATABASE ${ident(db)}`);
            }
        }
        catch (err) {
            throw new errors.PgmiError(`failed to drop database ${JSON.stringify(db)}: ${(0,errors/* messageOf */.bD)(err)}`, {
                cause: err,
            });
        }
        ctx.verbose(`CREATE DATABASE ${JSON.stringify(db)}`);
        await createDatabase(ctx, client, createSql(db, props, template1));
        for (const sql of restoreStatements(db, props))
            await client.query(sql);
        ctx.progress(`Recreated database ${JSON.stringify(db)}`);
        ctx.emit({ type: 'database-created', database: db, recreated: true, elapsedMs: 0 });
    });
    return ctx.provider.connect({ database: db, signal: ctx.control.signal });
}

// EXTERNAL MODULE: ./src/engine/preprocess/sql-scan.ts
var sql_scan = __webpack_require__(75743);
;// CONCATENATED MODULE: ./src/engine/preprocess/mask.ts
/**
 * The mask (deploy-pipeline.md §1.1): a copy of the SQL of the same length, identical outside
 * literals, with comments, literal contents, quoted-identifier contents and dollar-quoted bodies
 * replaced by spaces. Macro detection and statement splitting read the mask, so a `;`, `COMMIT`
 * or `CALL pgmi_test()` inside a literal or comment is invisible to them, while every offset in
 * the mask is an offset in the original.
 *
 * Hand-written (see sql-scan.ts) because it must agree with upstream pgmi's splitter byte for
 * byte in its semantics. Lengths are in JavaScript code units (upstream counts UTF-8 bytes): a
 * masked surrogate pair becomes two spaces, so offsets stay aligned with the input string.
 */

/**
 * The mask is built in a UTF-16LE buffer (one code unit = two bytes): copying the text in and
 * decoding it back are native and preserve every code unit, lone surrogates included, which is
 * far cheaper than assembling millions of small strings for a large deploy.sql.
 */
const SPACE_UNIT = Buffer.from(' ', 'utf16le');
class UnitBuffer {
    text;
    bytes;
    constructor(text) {
        this.text = text;
        this.bytes = Buffer.allocUnsafeSlow(text.length * 2);
        this.bytes.write(text, 0, 'utf16le');
    }
    blank(from, to) {
        const b = this.bytes;
        if (to - from > 64) {
            b.fill(SPACE_UNIT, from * 2, to * 2);
            return;
        }
        for (let i = from * 2; i < to * 2; i += 2) {
            b[i] = 0x20;
            b[i + 1] = 0;
        }
    }
    /** Restores the original code unit at `i`. */
    keep(i) {
        const c = this.text.charCodeAt(i);
        this.bytes[i * 2] = c & 0xff;
        this.bytes[i * 2 + 1] = c >> 8;
    }
    toString() {
        return this.bytes.toString('utf16le');
    }
}
/**
 * Contents of a quoted literal or identifier, already blanked: doubled quotes are written back
 * verbatim (so nothing reads them as delimiters); in an `E'…'` literal a backslash and the
 * character after it stay masked together.
 */
function keepDoubledQuotes(out, from, to, escape) {
    const text = out.text;
    const q = text.charCodeAt(from - 1);
    let j = from;
    while (j < to) {
        const c = text.charCodeAt(j);
        if (escape && c === 0x5c && j + 1 < to) {
            j += 2;
        }
        else if (c === q && j + 1 < to && text.charCodeAt(j + 1) === q) {
            out.keep(j);
            out.keep(j + 1);
            j += 2;
        }
        else {
            j++;
        }
    }
}
/** Blanks one comment, literal or quoted identifier, keeping quotes and dollar tags. */
function maskSpecial(out, s) {
    out.blank(s.start, s.end);
    if (s.kind === 'line-comment' || s.kind === 'block-comment')
        return;
    if (s.kind === 'dollar') {
        for (let k = 0; k < s.tagLength; k++) {
            out.keep(s.start + k);
            if (s.closed)
                out.keep(s.end - s.tagLength + k);
        }
        return;
    }
    out.keep(s.start);
    if (s.closed)
        out.keep(s.end - 1);
    keepDoubledQuotes(out, s.start + 1, s.closed ? s.end - 1 : s.end, s.escape);
}
/** Same length as `text`, identical outside comments and literals; linear time. */
function maskSql(text) {
    if (text.length === 0)
        return '';
    const out = new UnitBuffer(text);
    (0,sql_scan/* scanSql */.C4)(text, (s) => maskSpecial(out, s));
    return out.toString();
}

;// CONCATENATED MODULE: ./src/engine/preprocess/split.ts
/**
 * Execution units: "atomic head, psql tail" (deploy-pipeline.md §2). Before the first top-level
 * transaction terminator, everything runs as one simple-query message; after it, every top-level
 * statement is a message of its own, so `CREATE INDEX CONCURRENTLY` and friends can run.
 *
 * Position padding (§2.4) — decided against. Upstream prefixes each tail unit with newlines and
 * spaces so the server's error position resolves against the full script; that still costs
 * memory and bytes on the wire per unit (quadratic before upstream trimmed it to line+column).
 * Here a unit's `text` is the raw statement and carries its `offset` and `line` in the expanded
 * script; `locateUnitError` (locate.ts) translates a unit-relative position through them. That
 * is exact for every character, multi-byte ones included (upstream's byte padding is off by
 * bytes − characters), and keeps the split linear in time and memory for any script size.
 */


function isLetter(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isBlankChar(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
/** Words of a masked statement, one at a time: ASCII letters only, upper-cased (upstream's rule). */
class Words {
    mask;
    to;
    pos;
    constructor(mask, from, to) {
        this.mask = mask;
        this.to = to;
        this.pos = from;
    }
    /** The next word, or '' at the end. */
    next() {
        const { mask, to } = this;
        let i = this.pos;
        while (i < to && !isLetter(mask.charCodeAt(i)))
            i++;
        let j = i;
        while (j < to && isLetter(mask.charCodeAt(j)))
            j++;
        this.pos = j;
        return mask.slice(i, j).toUpperCase();
    }
    /** Whether only white space separates the current position from the next letter. */
    onlySpaceBeforeNextWord() {
        for (let i = this.pos; i < this.to && !isLetter(this.mask.charCodeAt(i)); i++) {
            if (!isBlankChar(this.mask.charCodeAt(i)))
                return false;
        }
        return true;
    }
}
/**
 * COMMIT | END | ROLLBACK | ABORT, optionally WORK | TRANSACTION, then nothing or AND [NO] CHAIN.
 * `ROLLBACK TO SAVEPOINT` and `COMMIT PREPARED` are not terminators.
 */
function isTransactionTerminator(mask, from, to) {
    const words = new Words(mask, from, to);
    const first = words.next();
    if (first !== 'COMMIT' && first !== 'END' && first !== 'ROLLBACK' && first !== 'ABORT') {
        return false;
    }
    let second = words.next();
    if (second === 'WORK' || second === 'TRANSACTION')
        second = words.next();
    return second === '' || second === 'AND';
}
/**
 * What a single top-level statement (a tail unit) may do to the session's transaction: `opens`
 * one (BEGIN, START TRANSACTION: commits nothing), `commits` the open one (COMMIT, END, PREPARE
 * TRANSACTION; also PREPARE of a statement, which commits nothing: counted in to be safe), or
 * `other`.
 */
function transactionEffect(statement) {
    const mask = maskSql(statement);
    const first = new Words(mask, 0, mask.length).next();
    if (first === 'BEGIN' || first === 'START')
        return 'opens';
    if (first === 'COMMIT' || first === 'END' || first === 'PREPARE')
        return 'commits';
    return 'other';
}
/**
 * Tracks SQL-standard `BEGIN ATOMIC … END` function bodies: they are not dollar-quoted, so their
 * `;` and `END` are visible in the mask and must neither end a statement nor anchor the head.
 */
class AtomicBody {
    open = false;
    /** Consumes the chunk ending at a top-level `;`; true when that `;` ends a statement. */
    observe(mask, from, to) {
        if (this.open) {
            if (new Words(mask, from, to).next() === 'END') {
                this.open = false;
                return true;
            }
            return false;
        }
        const words = new Words(mask, from, to);
        for (let w = words.next(); w !== ''; w = words.next()) {
            if (w === 'BEGIN' && words.onlySpaceBeforeNextWord()) {
                const save = words.pos;
                if (words.next() === 'ATOMIC') {
                    this.open = !closesBody(words);
                    return !this.open;
                }
                words.pos = save;
            }
        }
        return true;
    }
}
/** Whether an END not balanced by a CASE follows: an empty body, `BEGIN ATOMIC END`. */
function closesBody(words) {
    let depth = 0;
    for (let w = words.next(); w !== ''; w = words.next()) {
        if (w === 'CASE')
            depth++;
        else if (w === 'END') {
            if (depth === 0)
                return true;
            depth--;
        }
    }
    return false;
}
function isBlank(mask, from, to) {
    for (let i = from; i < to; i++)
        if (!isBlankChar(mask.charCodeAt(i)))
            return false;
    return true;
}
/**
 * Calls `onStatement(start, end)` for each top-level statement from `from` (end just past its
 * `;`); stops early when it returns true. Returns where the unterminated remainder starts.
 */
function forEachStatement(mask, from, onStatement) {
    let depth = 0;
    let stmtStart = from;
    let chunkStart = from;
    const body = new AtomicBody();
    for (let i = from; i < mask.length; i++) {
        const c = mask.charCodeAt(i);
        if (c === 0x28)
            depth++;
        else if (c === 0x29)
            depth--;
        else if (c === 0x3b && depth === 0) {
            const ends = body.observe(mask, chunkStart, i);
            chunkStart = i + 1;
            if (ends) {
                const stop = onStatement(stmtStart, i + 1);
                stmtStart = i + 1;
                if (stop)
                    return stmtStart;
            }
        }
    }
    return stmtStart;
}
/**
 * Splits the macro-expanded deploy.sql into execution units. One unit (the whole script) when
 * there is no top-level terminator or only comments follow the first one; otherwise the head
 * through the first terminator, then one unit per top-level statement.
 */
function splitUnits(expanded) {
    const mask = maskSql(expanded);
    let headEnd = -1;
    const wellFormed = !(0,sql_scan/* hasLoneSurrogate */.fI)(expanded);
    if (wellFormed) {
        const rest = forEachStatement(mask, 0, (start, end) => {
            if (isTransactionTerminator(mask, start, end - 1))
                headEnd = end;
            return headEnd >= 0;
        });
        if (headEnd < 0 && isTransactionTerminator(mask, rest, mask.length))
            headEnd = mask.length;
    }
    const units = [];
    let line = 1;
    // The next line break not yet counted (or -1 when none is left). Kept between units so that
    // many statements on one line do not each search to the end of the script (quadratic).
    let nextBreak = expanded.indexOf('\n');
    const push = (start, end) => {
        let s = start;
        while (s < end && isBlankChar(expanded.charCodeAt(s)))
            s++;
        while (nextBreak >= 0 && nextBreak < s) {
            line++;
            nextBreak = expanded.indexOf('\n', nextBreak + 1);
        }
        units.push({ text: expanded.slice(s, end), offset: s, line });
    };
    if (headEnd < 0 || isBlank(mask, headEnd, mask.length)) {
        push(0, expanded.length);
        return units;
    }
    push(0, headEnd);
    // Every `;`-terminated statement is a unit, even an empty one (`;;` sends `;`, an empty query).
    const tail = forEachStatement(mask, headEnd, (start, end) => {
        push(start, end);
        return false;
    });
    if (!isBlank(mask, tail, mask.length))
        push(tail, expanded.length);
    return units;
}

;// CONCATENATED MODULE: ./src/engine/preprocess/head-terminator.ts
/**
 * The atomic head's work and its terminator, found once for both uses:
 *
 * - A deploy sends the terminator in a message of its own (`splitHeadUnit`). Sent as one
 *   simple-query message, `BEGIN; …; COMMIT;` is finished by the backend even when the client
 *   has gone (a killed runner, an OOM kill): nothing reads the socket until the message is done,
 *   so the COMMIT runs. Split off, the work runs inside the open transaction and the COMMIT is
 *   only sent once that work came back successfully; a backend whose client is gone meets
 *   end-of-file instead and rolls back. Only heads that open the transaction themselves (`BEGIN`
 *   / `START TRANSACTION` first) are split: without one, the head runs as the server's implicit
 *   transaction block, where a later COMMIT or ROLLBACK in the same message means something
 *   different than in a message of its own, and the atomic-head contract (what commits, what
 *   fails, with which error) must not move.
 * - A rehearsal runs the work and sends a ROLLBACK in the terminator's place
 *   (`splitHeadTerminator`), whether or not the head opened the transaction itself.
 */


const OPENS = /^\s*(BEGIN|START\s+TRANSACTION)(?![A-Za-z0-9_$])/i;
const TERMINATES = /^\s*(COMMIT|END|ROLLBACK|ABORT)(\s+(WORK|TRANSACTION))?(\s+AND(\s+NO)?\s+CHAIN)?\s*;?\s*$/i;
/** Top-level `;` offsets of a mask (parentheses balanced; comments and literals are blank). */
function topLevelSemicolons(mask) {
    const out = [];
    let depth = 0;
    for (let i = 0; i < mask.length; i++) {
        const c = mask.charCodeAt(i);
        if (c === 0x28)
            depth++;
        else if (c === 0x29)
            depth--;
        else if (c === 0x3b && depth === 0)
            out.push(i);
    }
    return out;
}
/**
 * Where the head's terminator statement starts (just after the `;` before it), or undefined when
 * the head does not end in one. `hasTail` says whether the splitter anchored a tail after the
 * head, in which case it ends in a terminator by construction. A lone unit ends in one only when
 * the splitter says so: a trailing `END;` may close a `BEGIN ATOMIC` body instead, so the
 * splitter is asked (with a statement appended, after which a terminator would anchor a tail).
 */
function terminatorStart(text, mask, hasTail) {
    const semis = topLevelSemicolons(mask);
    // The terminator is the last statement that is not blank: it ends at the last `;` (or at the
    // end of the text when it has none) and starts after the `;` before it.
    let end = mask.length;
    let k = semis.length - 1;
    const hadSemicolon = k >= 0 && mask.slice(semis[k] + 1).trim() === '';
    if (hadSemicolon) {
        end = semis[k] + 1;
        k--;
    }
    const start = k >= 0 ? semis[k] + 1 : 0;
    if (!TERMINATES.test(mask.slice(start, end)))
        return undefined;
    if (!hasTail && splitUnits(`${text}${hadSemicolon ? '' : ';'}\nSELECT;`).length < 2) {
        return undefined;
    }
    return start;
}
/** The head as work and terminator, for a rehearsal. */
function splitHeadTerminator(head, hasTail) {
    const start = terminatorStart(head, maskSql(head), hasTail);
    if (start === undefined)
        return { work: head, terminator: '' };
    return { work: head.slice(0, start), terminator: head.slice(start).trimStart() };
}
/** Splits a head unit into work and terminator, or undefined when it must go as one message. */
function splitHeadUnit(unit, hasTail) {
    const mask = maskSql(unit.text);
    if (!OPENS.test(mask))
        return undefined;
    const start = terminatorStart(unit.text, mask, hasTail);
    // A terminator with no work before it (the head is only `COMMIT;`) is not split either.
    if (start === undefined || start === 0)
        return undefined;
    // The terminator message starts at its first non-blank character, like any unit.
    let s = start;
    while (s < mask.length && /\s/.test(unit.text[s]))
        s++;
    let line = unit.line;
    for (let i = 0; i < s; i++)
        if (unit.text.charCodeAt(i) === 0x0a)
            line++;
    return {
        body: { text: unit.text.slice(0, start), offset: unit.offset, line: unit.line },
        terminator: { text: unit.text.slice(s), offset: unit.offset + s, line },
    };
}
/** First line of a unit that is not blank or comment: how a tail unit is listed. */
function firstLineOf(text) {
    const mask = maskSql(text);
    const at = mask.search(/\S/);
    if (at < 0)
        return text.trim().split('\n')[0] ?? '';
    const from = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', at);
    return text.slice(from, nl < 0 ? undefined : nl).trim();
}

;// CONCATENATED MODULE: ./src/engine/preprocess/callback-name.ts
/**
 * Validation of a `pgmi_test()` callback name (deploy-pipeline.md §1.3), worded exactly as
 * upstream pgmi's `validateCallbackName` so scripts that grep the message keep working. The name
 * is spliced into generated SQL by the session, which is why anything beyond
 * `[schema.]function` with plain identifiers is refused (e.g. `'DROP TABLE users; --'`).
 */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const utf8 = new TextEncoder();
/** Go's `%q` for the strings that reach these messages (JSON's escaping is the same there). */
function quote(s) {
    return JSON.stringify(s);
}
/** The problem with `callback`, or undefined when it is valid (or empty: the default). */
function validateCallbackName(callback) {
    if (callback === '')
        return undefined;
    const parts = callback.split('.');
    if (parts.length > 2) {
        return `invalid callback ${quote(callback)}: expected [schema.]function format`;
    }
    for (const part of parts) {
        if (part === '')
            return `invalid callback ${quote(callback)}: empty identifier`;
        // Upstream measures the part in UTF-8 bytes (Go's len), so do we.
        if (utf8.encode(part).length > 63) {
            return `invalid callback ${quote(callback)}: identifier ${quote(part)} exceeds 63 character limit`;
        }
        if (!IDENTIFIER.test(part)) {
            return `invalid callback ${quote(callback)}: ${quote(part)} is not a valid identifier`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/preprocess/locate.ts
/**
 * The string offset (UTF-16 units) of a 1-based character position, or undefined when the
 * position lies outside the text (anything past the end-of-text position `length + 1`).
 */
function offsetOfPosition(text, position) {
    if (!Number.isInteger(position) || position < 1)
        return undefined;
    let remaining = position - 1;
    let offset = 0;
    for (const ch of text) {
        if (remaining === 0)
            return offset;
        remaining--;
        offset += ch.length;
    }
    return remaining === 0 ? offset : undefined;
}
function countNewlines(text, from, to) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function codePointCount(s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
}
/** Column and source line of a string offset, given the line number it is on. */
function describeOffset(text, offset, line) {
    const lineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
    const nl = text.indexOf('\n', offset);
    let sourceLine = text.slice(lineStart, nl < 0 ? text.length : nl);
    if (sourceLine.endsWith('\r'))
        sourceLine = sourceLine.slice(0, -1);
    return { line, column: codePointCount(text.slice(lineStart, offset)) + 1, sourceLine };
}
/** Location of a string offset (UTF-16 units) in `text`. */
function locateOffset(text, offset) {
    return describeOffset(text, offset, 1 + countNewlines(text, 0, offset));
}
/**
 * Location of a PostgreSQL error position in `text`: `\n` starts a new line, every other
 * character (including `\r`) advances the column. Undefined when position > length + 1.
 */
function locateInText(text, position) {
    const offset = offsetOfPosition(text, position);
    return offset === undefined ? undefined : locateOffset(text, offset);
}
/**
 * Location in the whole expanded script of a position the server reported for one execution
 * unit. Units are sent unpadded (see split.ts), so the position is relative to `unit.text` and
 * is translated through the unit's offset in the script.
 */
function locateUnitError(unit, fullScript, position) {
    const inUnit = offsetOfPosition(unit.text, position);
    if (inUnit === undefined)
        return undefined;
    const line = unit.line + countNewlines(unit.text, 0, inUnit);
    return describeOffset(fullScript, unit.offset + inUnit, line);
}

;// CONCATENATED MODULE: ./src/engine/preprocess/string-literal.ts
/**
 * Values of SQL string literals as PostgreSQL reads them (standard_conforming_strings on), for
 * macro arguments written as `'it''s'`, `E'a\tb'` or `$$…$$` (decisions.md 5).
 */
const string_literal_utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** `'…'` contents: a doubled quote is one quote; backslashes are ordinary characters. */
function decodeStandardString(content) {
    return content.replaceAll("''", "'");
}
const SIMPLE_ESCAPES = { b: 8, f: 12, n: 10, r: 13, t: 9 };
/**
 * `E'…'` contents: `\b \f \n \r \t`, octal `\o`…`\ooo` and hex `\xh`/`\xhh` byte values,
 * `\uXXXX` / `\UXXXXXXXX` code points, any other `\c` is `c`, and `''` is `'`. Byte escapes may
 * build multi-byte UTF-8 characters, so the value is assembled as bytes; a result that is not
 * valid UTF-8 (which PostgreSQL rejects too) throws.
 */
function decodeEscapeString(content) {
    const bytes = [];
    const pushText = (s) => {
        for (const b of string_literal_utf8.encode(s))
            bytes.push(b);
    };
    let run = 0;
    let i = 0;
    const flush = (to) => {
        if (to > run)
            pushText(content.slice(run, to));
    };
    while (i < content.length) {
        const c = content[i];
        if (c === "'" && content[i + 1] === "'") {
            flush(i);
            bytes.push(0x27);
            i += 2;
            run = i;
            continue;
        }
        if (c !== '\\' || i + 1 >= content.length) {
            i++;
            continue;
        }
        flush(i);
        const e = content[i + 1];
        let m;
        if (e in SIMPLE_ESCAPES) {
            bytes.push(SIMPLE_ESCAPES[e]);
            i += 2;
        }
        else if ((m = /^[0-7]{1,3}/.exec(content.slice(i + 1, i + 4)))) {
            bytes.push(parseInt(m[0], 8) & 0xff);
            i += 1 + m[0].length;
        }
        else if (e === 'x' && (m = /^[0-9a-fA-F]{1,2}/.exec(content.slice(i + 2, i + 4)))) {
            bytes.push(parseInt(m[0], 16));
            i += 2 + m[0].length;
        }
        else if (e === 'u' || e === 'U') {
            const digits = e === 'u' ? 4 : 8;
            const hex = content.slice(i + 2, i + 2 + digits);
            const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
            if (cp < 1 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                throw new Error(`invalid Unicode escape \\${e}${hex} in E'…' string`);
            }
            pushText(String.fromCodePoint(cp));
            i += 2 + digits;
        }
        else {
            // Any other escaped character stands for itself (a surrogate pair stays whole).
            const cp = content.codePointAt(i + 1);
            pushText(String.fromCodePoint(cp));
            i += 1 + (cp > 0xffff ? 2 : 1);
        }
        run = i;
    }
    flush(content.length);
    if (bytes.includes(0))
        throw new Error("E'…' strings cannot contain a zero byte");
    try {
        return strictUtf8.decode(new Uint8Array(bytes));
    }
    catch {
        throw new Error("E'…' string escapes do not form valid UTF-8");
    }
}

;// CONCATENATED MODULE: ./src/engine/preprocess/macro-parse.ts
/**
 * Token-level parser for one `CALL [pg_temp.]pgmi_test(...)` (decisions.md 5): arguments may be
 * written as any string literal PostgreSQL accepts ('…' with doubled quotes, E'…', $$…$$), cast
 * (`'x'::text`, `CAST('x' AS text)`), or NULL; white space and comments may sit between tokens.
 * The lexer reuses sql-scan.ts, so it agrees with the mask about every literal's extent.
 */


class ParseFailure extends Error {
}
const WORD = /[A-Za-z0-9_]+/y;
function isSpace(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
/** The next token at or after `pos`, skipping white space and comments. */
function nextToken(text, pos) {
    let i = pos;
    for (;;) {
        while (i < text.length && isSpace(text.charCodeAt(i)))
            i++;
        if (i >= text.length)
            return { kind: 'eof', start: i, end: i, value: '' };
        const s = (0,sql_scan/* readSpecial */.ym)(text, i);
        if (s && (s.kind === 'line-comment' || s.kind === 'block-comment')) {
            i = s.end;
            continue;
        }
        if (s) {
            if (!s.closed)
                return { kind: 'unterminated', start: i, end: s.end, value: '' };
            if (s.kind === 'quoted-ident')
                return { kind: 'other', start: i, end: s.end, value: '' };
            if (s.kind === 'dollar') {
                const body = text.slice(i + s.tagLength, s.end - s.tagLength);
                return { kind: 'string', start: i, end: s.end, value: body };
            }
            return {
                kind: 'string',
                start: i,
                end: s.end,
                ...decodeString(text, s.start, s.end, s.escape),
            };
        }
        WORD.lastIndex = i;
        const w = WORD.exec(text);
        if (w) {
            const end = i + w[0].length;
            // E'…': the E is a token of its own, immediately followed by the quote.
            if (w[0].toLowerCase() === 'e' && text[end] === "'") {
                const lit = (0,sql_scan/* readSpecial */.ym)(text, end);
                if (lit && !lit.closed)
                    return { kind: 'unterminated', start: i, end: lit.end, value: '' };
                if (lit) {
                    return {
                        kind: 'string',
                        start: i,
                        end: lit.end,
                        ...decodeString(text, end, lit.end, lit.escape),
                    };
                }
            }
            return { kind: 'word', start: i, end, value: w[0].toLowerCase() };
        }
        if (text.startsWith('::', i))
            return { kind: 'punct', start: i, end: i + 2, value: '::' };
        const cp = text.codePointAt(i);
        const width = cp > 0xffff ? 2 : 1;
        return { kind: 'punct', start: i, end: i + width, value: text.slice(i, i + width) };
    }
}
function decodeString(text, start, end, escape) {
    const content = text.slice(start + 1, end - 1);
    if (!escape)
        return { value: decodeStandardString(content) };
    try {
        return { value: decodeEscapeString(content) };
    }
    catch (e) {
        return { value: '', invalid: e.message };
    }
}
/** Whether the identifier ending at `end` really goes on (`pgmi_test$x`, `pgmi_testé`). */
function identifierContinues(text, end) {
    const cp = text.codePointAt(end);
    return cp === 0x24 || (cp !== undefined && cp >= 0x80 && (0,sql_scan/* isIdentifierCodePoint */.pJ)(cp));
}
function isWord(t, text, word) {
    return t.kind === 'word' && t.value === word && !identifierContinues(text, t.end);
}
function isPunct(t, p) {
    return t.kind === 'punct' && t.value === p;
}
function describe(text, t) {
    const snippet = text.slice(t.start, Math.min(t.end, t.start + 30));
    return `"${snippet}${t.end > t.start + 30 ? '…' : ''}"`;
}
const ARGUMENT_FORMS = "arguments must be string literals ('…', E'…' or $$…$$), optionally cast, or NULL";
class MacroParser {
    text;
    constructor(text) {
        this.text = text;
    }
    next(pos) {
        const t = nextToken(this.text, pos);
        if (t.kind === 'unterminated')
            throw new ParseFailure('unterminated literal or comment');
        return t;
    }
    fail(t, what) {
        if (t.kind === 'eof')
            throw new ParseFailure('incomplete call: the text ends before its ")"');
        throw new ParseFailure(`${what}, found ${describe(this.text, t)}`);
    }
    /** A type name after `::` or `AS`: words, optionally qualified, `(n)` modifiers, `[]`. */
    typeName(t) {
        if (t.kind !== 'word')
            this.fail(t, 'expected a type name');
        let cur = this.next(t.end);
        for (;;) {
            if (cur.kind === 'word')
                cur = this.next(cur.end);
            else if (isPunct(cur, '.')) {
                const w = this.next(cur.end);
                if (w.kind !== 'word')
                    this.fail(w, 'expected a type name');
                cur = this.next(w.end);
            }
            else if (isPunct(cur, '(')) {
                let n = this.next(cur.end);
                while (n.kind === 'word' || isPunct(n, ','))
                    n = this.next(n.end);
                if (!isPunct(n, ')'))
                    this.fail(n, 'expected ")" after a type modifier');
                cur = this.next(n.end);
            }
            else if (isPunct(cur, '[')) {
                const close = this.next(cur.end);
                if (!isPunct(close, ']'))
                    this.fail(close, 'expected "]"');
                cur = this.next(close.end);
            }
            else
                return cur;
        }
    }
    /** One argument; returns its value and the token after it. */
    value(t) {
        let value;
        let cur;
        if (t.kind === 'string') {
            if (t.invalid !== undefined)
                throw new ParseFailure(t.invalid);
            value = t.value;
            cur = this.next(t.end);
        }
        else if (isWord(t, this.text, 'null')) {
            value = null;
            cur = this.next(t.end);
        }
        else if (isWord(t, this.text, 'cast') && isPunct(this.next(t.end), '(')) {
            const inner = this.value(this.next(this.next(t.end).end));
            if (!isWord(inner.after, this.text, 'as'))
                this.fail(inner.after, 'expected AS in CAST');
            const close = this.typeName(this.next(inner.after.end));
            if (!isPunct(close, ')'))
                this.fail(close, 'expected ")" to close CAST');
            value = inner.value;
            cur = this.next(close.end);
        }
        else {
            this.fail(t, `unsupported argument syntax (${ARGUMENT_FORMS})`);
        }
        while (isPunct(cur, '::'))
            cur = this.typeName(this.next(cur.end));
        return { value, after: cur };
    }
    /** Parses from `CALL` at `start`; undefined when this is not a call of pgmi_test at all. */
    parse(start) {
        const text = this.text;
        const call = nextToken(text, start);
        if (!isWord(call, text, 'call'))
            return undefined;
        let name = nextToken(text, call.end);
        if (isWord(name, text, 'pg_temp')) {
            const dot = nextToken(text, name.end);
            if (!isPunct(dot, '.'))
                return undefined;
            name = nextToken(text, dot.end);
        }
        if (!isWord(name, text, 'pgmi_test'))
            return undefined;
        try {
            return this.parseArguments(name);
        }
        catch (e) {
            if (e instanceof ParseFailure)
                return { kind: 'error', reason: e.message };
            throw e;
        }
    }
    parseArguments(name) {
        const open = this.next(name.end);
        if (!isPunct(open, '('))
            this.fail(open, 'expected "(" after pgmi_test');
        const args = [];
        let t = this.next(open.end);
        if (!isPunct(t, ')')) {
            if (isPunct(t, ',')) {
                // Upstream's odd `CALL pgmi_test(, 'cb')`: first argument omitted.
                args.push(null);
                t = this.next(t.end);
            }
            for (;;) {
                const v = this.value(t);
                args.push(v.value);
                t = v.after;
                if (isPunct(t, ')'))
                    break;
                if (!isPunct(t, ','))
                    this.fail(t, 'expected "," or ")"');
                if (args.length >= 2) {
                    throw new ParseFailure('too many arguments (pgmi_test takes a pattern and a callback)');
                }
                t = this.next(t.end);
            }
        }
        const after = nextToken(this.text, t.end);
        const end = isPunct(after, ';') ? after.end : t.end;
        const [pattern = null, callback = null] = args;
        return {
            kind: 'macro',
            end,
            pattern: pattern === '' ? null : pattern,
            callback: callback === '' ? null : callback,
        };
    }
}
/** Parses a `CALL pgmi_test(...)` starting at `start` (which is in code position). */
function parseMacroAt(text, start) {
    return new MacroParser(text).parse(start);
}

;// CONCATENATED MODULE: ./src/engine/preprocess/pattern-check.ts
/**
 * A conservative syntax check of PostgreSQL advanced regular expressions (ARE), so a
 * `CALL pgmi_test('(')` fails offline, before anything is deployed (decisions.md 2).
 *
 * PostgreSQL's regex engine (Spencer's, `src/backend/regex/`) has no JavaScript port and its
 * dialect differs from JavaScript's RegExp, so this is hand-written and deliberately narrow: it
 * rejects only what PostgreSQL certainly rejects — unbalanced parentheses or brackets, a
 * quantifier without an operand, a trailing backslash, malformed `{m,n}` bounds — and accepts
 * anything it is unsure of (other flavours chosen by `***=` or embedded options, expanded syntax,
 * escapes it does not know). Every rule was checked against a real server; the integration test
 * `__tests__/preprocess-pattern.int.test.ts` keeps it honest.
 */
/** Errors worded as PostgreSQL words them (after `invalid regular expression: `). */
const PARENS = 'parentheses () not balanced';
const BRACKETS = 'brackets [] not balanced';
const BRACES = 'braces {} not balanced';
const QUANTIFIER = 'quantifier operand invalid';
const REPETITION = 'invalid repetition count(s)';
const ESCAPE = 'invalid escape \\ sequence';
/** PostgreSQL's DUPMAX: the largest bound in `{m,n}`. */
const MAX_BOUND = 255;
/** Embedded options that leave ARE syntax unchanged (`b`, `e`, `q`, `x` change it). */
const SAFE_OPTIONS = /^[cimnpstw]+$/;
function isDigit(c) {
    return c !== undefined && c >= '0' && c <= '9';
}
/** Index just past a bracket expression opening at `open`, or an error. */
function skipBracket(p, open) {
    let j = open + 1;
    if (p[j] === '^')
        j++;
    if (p[j] === ']')
        j++; // a leading ']' is literal
    for (;;) {
        if (j >= p.length)
            return BRACKETS;
        const c = p[j];
        if (c === '\\') {
            if (j + 1 >= p.length)
                return ESCAPE;
            j += 2;
        }
        else if (c === '[' && (p[j + 1] === ':' || p[j + 1] === '.' || p[j + 1] === '=')) {
            const close = p.indexOf(p[j + 1] + ']', j + 2);
            if (close < 0)
                return BRACKETS;
            j = close + 2;
        }
        else if (c === ']') {
            return j + 1;
        }
        else {
            j++;
        }
    }
}
/** Index just past a `{m}`, `{m,}` or `{m,n}` bound opening at `open`, or an error. */
function skipBound(p, open) {
    let j = open + 1;
    const mStart = j;
    while (isDigit(p[j]))
        j++;
    const m = Number(p.slice(mStart, j));
    let n = m;
    if (p[j] === ',') {
        j++;
        const nStart = j;
        while (isDigit(p[j]))
            j++;
        n = j > nStart ? Number(p.slice(nStart, j)) : MAX_BOUND;
    }
    if (j >= p.length)
        return BRACES;
    if (p[j] !== '}')
        return REPETITION;
    if (m > MAX_BOUND || n > MAX_BOUND || m > n)
        return REPETITION;
    return j + 1;
}
/** Start of the pattern proper after a `***:` director and leading embedded options, or -1. */
function bodyStart(p) {
    if (p.startsWith('***='))
        return -1; // the rest is a literal string
    let i = p.startsWith('***:') ? 4 : 0;
    const options = /^\(\?([a-zA-Z]*)\)/.exec(p.slice(i, i + 40));
    if (options && options[1] !== '') {
        if (!SAFE_OPTIONS.test(options[1]))
            return -1; // another flavour, literal or expanded syntax
        i += options[0].length;
    }
    return i;
}
/**
 * The reason PostgreSQL would reject `pattern` as an ARE (its own wording), or undefined when
 * the pattern is valid or this check cannot tell.
 */
function checkPosixPattern(pattern) {
    const p = pattern;
    let i = bodyStart(p);
    if (i < 0)
        return undefined;
    /** Per open group: whether it is a lookaround constraint (which cannot be quantified). */
    const groups = [];
    let previous = 'nothing';
    const quantify = (nonGreedyMark) => {
        if (previous === 'operand')
            previous = 'quantified';
        else if (previous === 'quantified' && nonGreedyMark)
            previous = 'non-greedy';
        else
            return QUANTIFIER;
        return undefined;
    };
    while (i < p.length) {
        const c = p[i];
        if (c === '\\') {
            if (i + 1 >= p.length)
                return ESCAPE;
            // \A \Z \m \M \y \Y are constraints (zero-width), not operands.
            previous = 'AZmMyY'.includes(p[i + 1]) ? 'nothing' : 'operand';
            i += 2;
        }
        else if (c === '[') {
            const end = skipBracket(p, i);
            if (typeof end === 'string')
                return end;
            previous = 'operand';
            i = end;
        }
        else if (c === '(') {
            if (p.startsWith('(?#', i)) {
                const close = p.indexOf(')', i + 3);
                if (close < 0)
                    return undefined;
                i = close + 1; // a comment: invisible, `previous` unchanged
                continue;
            }
            const look = /^\(\?(?:[=!]|<[=!])/.exec(p.slice(i, i + 4));
            if (look) {
                groups.push(true);
                i += look[0].length;
            }
            else if (p.startsWith('(?:', i)) {
                groups.push(false);
                i += 3;
            }
            else {
                // Any other `(?` is a group followed by a `?` quantifier, which has no operand.
                groups.push(false);
                i += 1;
            }
            previous = 'nothing';
        }
        else if (c === ')') {
            if (groups.length === 0)
                return PARENS;
            previous = groups.pop() ? 'nothing' : 'operand';
            i++;
        }
        else if (c === '|' || c === '^' || c === '$') {
            previous = 'nothing';
            i++;
        }
        else if (c === '*' || c === '+' || c === '?') {
            const err = quantify(c === '?');
            if (err)
                return err;
            i++;
        }
        else if (c === '{' && isDigit(p[i + 1])) {
            const err = quantify(false);
            if (err)
                return err;
            const end = skipBound(p, i);
            if (typeof end === 'string')
                return end;
            i = end;
        }
        else {
            previous = 'operand'; // includes a `{` not followed by a digit, which is literal
            i++;
        }
    }
    return groups.length > 0 ? PARENS : undefined;
}

;// CONCATENATED MODULE: ./src/engine/preprocess/macros.ts
/**
 * `CALL pgmi_test(...)` macros in deploy.sql (deploy-pipeline.md §1.2–1.4, decisions.md 2 and 5).
 *
 * Candidates are found on the mask, so calls inside literals, comments and quoted identifiers
 * are invisible; each candidate is then parsed token by token (macro-parse.ts). A candidate that
 * names pgmi_test but cannot be expanded — malformed, unsupported arguments, an invalid callback
 * or regex, or written inside a DO block or function body — is a configuration error found
 * offline (exit 10), never a call to a procedure that does not exist.
 */







/** `call` as a word of its own (upstream: preceded by anything but an ASCII word character). */
const CALL = /(?<![A-Za-z0-9_])call(?![A-Za-z0-9_])/gi;
const FORMS_HINT = "Write the macro as CALL pgmi_test(), CALL pgmi_test('pattern') or CALL pgmi_test('pattern', 'callback')";
function fail(text, offset, message, hints) {
    const at = locateOffset(text, offset);
    const location = { script: 'deploy.sql', ...at, scriptExpanded: false };
    throw new errors/* ConfigError */.xL(`deploy.sql line ${at.line}: ${message}`, { hints, location });
}
/** The word just before `at` in a mask (white space and masked comments skipped), lower-cased. */
function wordBefore(mask, at) {
    let end = at;
    while (end > 0 && /\s/.test(mask[end - 1]))
        end--;
    let start = end;
    while (start > 0 && /[A-Za-z0-9_]/.test(mask[start - 1]))
        start--;
    return { word: mask.slice(start, end).toLowerCase(), start };
}
/** Whether the dollar quote at `at` is code: a `DO [LANGUAGE x]` block or an `AS $$` body. */
function isCodeBody(mask, at) {
    const prev = wordBefore(mask, at);
    if (prev.word === 'do' || prev.word === 'as')
        return true;
    if (prev.word === '')
        return false;
    const lang = wordBefore(mask, prev.start);
    return lang.word === 'language' && wordBefore(mask, lang.start).word === 'do';
}
/**
 * Offset of the first `CALL pgmi_test` written in code position inside a DO block or function
 * body of `text` (recursively), or -1. Bodies are lexed as SQL again, ignoring their own strings
 * and comments; dollar quotes used as plain strings (`COMMENT … IS $$…$$`) are not code.
 */
function findCallInBodies(text, mask, base) {
    let found = -1;
    (0,sql_scan/* scanSql */.C4)(text, (s) => {
        if (found >= 0 || s.kind !== 'dollar' || !isCodeBody(mask, s.start))
            return;
        const bodyStart = s.start + s.tagLength;
        const body = text.slice(bodyStart, s.closed ? s.end - s.tagLength : s.end);
        const bodyMask = maskSql(body);
        for (const m of bodyMask.matchAll(CALL)) {
            if (parseMacroAt(body, m.index) !== undefined) {
                found = base + bodyStart + m.index;
                return;
            }
        }
        found = findCallInBodies(body, bodyMask, base + bodyStart);
    });
    return found;
}
/**
 * Every `CALL [pg_temp.]pgmi_test([pattern] [, callback]) [;]` at the top level of `text`, in
 * order. Throws ConfigError (naming deploy.sql and the line) for a macro that cannot be expanded.
 */
function findMacros(text) {
    const mask = maskSql(text);
    const inBody = findCallInBodies(text, mask, 0);
    const macros = [];
    let line = 1;
    // The next line break not yet counted: kept across macros, so that many on one line do not
    // each search to the end of the text (quadratic).
    let nextBreak = text.indexOf('\n');
    for (const m of mask.matchAll(CALL)) {
        const start = m.index;
        if (macros.length > 0 && start < macros[macros.length - 1].end)
            continue;
        if (inBody >= 0 && inBody < start)
            break;
        const parsed = parseMacroAt(text, start);
        if (parsed === undefined)
            continue;
        if (parsed.kind === 'error') {
            fail(text, start, `cannot expand CALL pgmi_test(...): ${parsed.reason}`, [FORMS_HINT]);
        }
        while (nextBreak >= 0 && nextBreak < start) {
            line++;
            nextBreak = text.indexOf('\n', nextBreak + 1);
        }
        if (parsed.callback !== null) {
            const problem = validateCallbackName(parsed.callback);
            if (problem) {
                fail(text, start, problem, [
                    'The callback must name a function as [schema.]function, e.g. pg_temp.my_callback',
                ]);
            }
        }
        if (parsed.pattern !== null) {
            const reason = checkPosixPattern(parsed.pattern);
            if (reason) {
                fail(text, start, `Invalid regex pattern: ${parsed.pattern}`, [
                    'Pattern must be a valid PostgreSQL POSIX regular expression',
                    `PostgreSQL would report: invalid regular expression: ${reason}`,
                ]);
            }
        }
        macros.push({
            start,
            end: parsed.end,
            line,
            pattern: parsed.pattern,
            callback: parsed.callback,
        });
    }
    if (inBody >= 0) {
        fail(text, inBody, 'CALL pgmi_test() is written inside a DO block or function body, where it is never expanded: ' +
            'pgmi_test() macros are expanded only at the top level of deploy.sql and cannot run inside DO blocks or functions', [
            'Move the CALL pgmi_test(...) out of the block, as a statement of its own between BEGIN and COMMIT',
        ]);
    }
    return macros;
}
/** `text` with each macro span replaced by its expansion (same order as `macros`). */
function expandMacros(text, macros, expansions) {
    if (macros.length !== expansions.length) {
        throw new errors/* InternalError */.Gd(`${macros.length} macros but ${expansions.length} expansions`);
    }
    // Assembled front to back in one pass: the same result as replacing last to first, linear.
    const parts = [];
    let from = 0;
    macros.forEach((m, i) => {
        if (m.start < from || m.end < m.start || m.end > text.length) {
            throw new errors/* InternalError */.Gd('macro spans must be in order and must not overlap');
        }
        parts.push(text.slice(from, m.start), expansions[i]);
        from = m.end;
    });
    parts.push(text.slice(from));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/engine/preprocess/locate-plpgsql.ts
/**
 * A `PL/pgSQL function <name> line <n> at <statement>` context frame mapped into a project file.
 * A `RAISE` (warning or exception) inside a `DO` block or a function body carries no position,
 * only this frame; `line <n>` counts lines of the body, whose line 1 is the rest of the line
 * holding the opening dollar quote. So the file line is that line plus n - 1, once the body is
 * found: a `DO` block for `inline_code_block`, `CREATE FUNCTION|PROCEDURE <name>` otherwise.
 *
 * A file may hold several bodies; a candidate must be long enough, and its line n must hold the
 * statement the frame names (`RAISE`, `ASSERT`, `PERFORM`, …). Only a single match is reported.
 */

const FRAME = /PL\/pgSQL function (.+?) line (\d+) at ([A-Za-z][A-Za-z ]*)/g;
/** PL/pgSQL frames of a context (`where`), innermost first. */
function plpgsqlFrames(where) {
    return [...where.matchAll(FRAME)].map((m) => ({
        fn: m[1],
        line: Number(m[2]),
        what: m[3].trim().toUpperCase(),
    }));
}
/** Offsets where dollar-quoted bodies open (just after `$tag$`) following `head`. */
function bodiesAfter(content, head) {
    const out = [];
    for (const m of content.matchAll(head)) {
        const from = (m.index ?? 0) + m[0].length;
        const open = /\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(content.slice(from));
        if (open)
            out.push(from + open.index + open[0].length);
    }
    return out;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** `DO` blocks for `inline_code_block`; the function's definitions otherwise. */
function candidateBodies(content, fn) {
    if (fn === 'inline_code_block')
        return bodiesAfter(content, /\bDO\s+(?:LANGUAGE\s+\w+\s+)?(?=\$)/gi);
    const name = fn.replace(/\(.*$/, '').split('.').pop()?.replace(/^"|"$/g, '');
    if (!name)
        return [];
    const head = new RegExp(`\\b(?:FUNCTION|PROCEDURE)\\s+(?:"?[\\w$]+"?\\.)?"?${escapeRegExp(name)}"?\\s*\\([^]*?\\bAS\\s+(?=\\$)`, 'gi');
    return bodiesAfter(content, head);
}
/** The statement keyword a frame's `at …` names, to check against the body line. */
function keywordOf(what) {
    const word = what.split(' ')[0];
    if (['RAISE', 'ASSERT', 'PERFORM', 'EXECUTE', 'CALL', 'RETURN', 'FOR', 'IF'].includes(word))
        return new RegExp(`\\b${word}\\b`, 'i');
    return undefined;
}
/** Offset of the start of body line `n` (1-based), or undefined past the body's end. */
function bodyLineOffset(content, bodyStart, n) {
    let offset = bodyStart;
    for (let i = 1; i < n; i++) {
        const nl = content.indexOf('\n', offset);
        if (nl < 0)
            return undefined;
        offset = nl + 1;
    }
    return offset;
}
/**
 * The location of the innermost PL/pgSQL frame of `where` that falls inside `file`, or
 * undefined when no frame maps to exactly one place in it.
 */
function locatePlpgsqlFrame(where, file) {
    for (const frame of plpgsqlFrames(where)) {
        const keyword = keywordOf(frame.what);
        const hits = [];
        for (const body of candidateBodies(file.content, frame.fn)) {
            const start = bodyLineOffset(file.content, body, frame.line);
            if (start === undefined)
                continue;
            const nl = file.content.indexOf('\n', start);
            const text = file.content.slice(start, nl < 0 ? undefined : nl);
            if (keyword && !keyword.test(text))
                continue;
            // Point at the statement: the first non-blank character of the line.
            hits.push(start + (text.length - text.trimStart().length));
        }
        if (hits.length === 1)
            return { path: file.path, ...locateOffset(file.content, hits[0]) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/preprocess/locate-files.ts


const STATEMENT_OPEN = 'SQL statement "';
/** Upstream's failedFile rule: `Failed in ` and the longest non-blank run ending in `.sql`. */
const FAILED_IN = /Failed in (\S*\.sql)(?=[:\s]|$)/;
/**
 * Texts quoted by `SQL statement "…"` frames, innermost first. PostgreSQL does not escape the
 * quoted text, so every `"` followed by a line break (or the end) is a possible close; the
 * spurious candidates simply match no file.
 */
function statementTexts(where) {
    if (!where)
        return [];
    const out = [];
    let frame = 0;
    for (let s = where.indexOf(STATEMENT_OPEN); s >= 0; s = where.indexOf(STATEMENT_OPEN, s + 1)) {
        const from = s + STATEMENT_OPEN.length;
        for (let e = where.indexOf('"', from); e >= 0; e = where.indexOf('"', e + 1)) {
            if (e + 1 === where.length || where[e + 1] === '\n')
                out.push({ frame, text: where.slice(from, e), start: s });
        }
        frame++;
    }
    return out;
}
/** The only offset of `needle` in `hay`, or -1 when it is absent or ambiguous. */
function uniqueIndex(hay, needle) {
    const first = hay.indexOf(needle);
    if (first < 0 || hay.indexOf(needle, first + 1) >= 0)
        return -1;
    return first;
}
function at(file, offset) {
    return { path: file.path, ...locateOffset(file.content, offset) };
}
/** Maps a character position in `query`, which sits at `queryOffset` in the file. */
function mapPosition(file, query, queryOffset, position) {
    const inQuery = offsetOfPosition(query, position);
    return inQuery === undefined ? { path: file.path } : at(file, queryOffset + inQuery);
}
/** A statement from a `where` frame inside a file. PL/pgSQL reports `PERFORM x` as `SELECT x`. */
function findStatement(file, statement) {
    if (statement.trim() === '')
        return -1;
    const found = uniqueIndex(file.content, statement);
    if (found >= 0 || !statement.startsWith('SELECT '))
        return found;
    return uniqueIndex(file.content, 'PERFORM ' + statement.slice('SELECT '.length));
}
/** Refines a file match with the internal query, or with a more inner statement frame. */
function refine(file, query, position, innerStatements) {
    if (query && position > 0) {
        const q = uniqueIndex(file.content, query);
        if (q >= 0)
            return mapPosition(file, query, q, position);
    }
    for (const statement of innerStatements) {
        const s = findStatement(file, statement.text);
        if (s >= 0)
            return at(file, s);
    }
    return { path: file.path };
}
/**
 * The project file (and line, when PostgreSQL's report allows) where an error raised while
 * deploy.sql executed that file's content; undefined when nothing ties it to a file.
 */
function locateInProjectFiles(err, files) {
    const usable = files.filter((f) => f.content.trim() !== '');
    const byContent = new Map();
    for (const f of usable)
        if (!byContent.has(f.content))
            byContent.set(f.content, f);
    const query = err.internalQuery || undefined;
    const position = Number(err.internalPosition ?? 0) || 0;
    const statements = statementTexts(err.where);
    // 1. The executed text is a whole file.
    const exact = query === undefined ? undefined : byContent.get(query);
    if (exact && query !== undefined)
        return mapPosition(exact, query, 0, position);
    for (const candidate of statements) {
        const file = byContent.get(candidate.text);
        const inner = statements.filter((s) => s.frame < candidate.frame);
        if (!file)
            continue;
        const found = refine(file, query, position, inner);
        if (found.line !== undefined || !err.where)
            return found;
        // A RAISE in a DO block or function of the file: only a PL/pgSQL line number says where.
        return locatePlpgsqlFrame(err.where.slice(0, candidate.start), file) ?? found;
    }
    // 2. The executed text is part of one file (a statement, a function body) or wraps one.
    if (query !== undefined && query.trim() !== '') {
        const holders = usable.filter((f) => f.content.includes(query));
        if (holders.length === 1)
            return refine(holders[0], query, position, []);
        const wrapped = usable
            .filter((f) => query.includes(f.content))
            .sort((a, b) => b.content.length - a.content.length)[0];
        if (wrapped) {
            const inQuery = offsetOfPosition(query, position);
            const start = query.indexOf(wrapped.content);
            if (inQuery !== undefined && inQuery >= start && inQuery < start + wrapped.content.length) {
                return at(wrapped, inQuery - start);
            }
            return { path: wrapped.path };
        }
    }
    for (const { text: statement } of statements) {
        if (statement.trim() === '')
            continue;
        const holders = usable.filter((f) => findStatement(f, statement) >= 0);
        if (holders.length === 1)
            return at(holders[0], findStatement(holders[0], statement));
        const wrapped = usable
            .filter((f) => statement.includes(f.content))
            .sort((a, b) => b.content.length - a.content.length)[0];
        if (wrapped)
            return { path: wrapped.path };
    }
    // 3. A re-raise that names the file.
    const named = FAILED_IN.exec(err.message);
    return named ? { path: named[1] } : undefined;
}

;// CONCATENATED MODULE: ./src/engine/preprocess/index.ts








// EXTERNAL MODULE: ./src/engine/project/sql-files.ts
var sql_files = __webpack_require__(79670);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/engine/sql/index.ts
/**
 * The session's SQL, kept as .sql files beside this module and read by name. ncc traces each
 * literal `new URL('./x.sql', import.meta.url)` read and copies the file next to the bundle, so
 * every file gets a getter of its own (a computed name would not be traced).
 */

const cache = new Map();
function cached(name, read) {
    let text = cache.get(name);
    if (text === undefined) {
        text = read();
        cache.set(name, text);
    }
    return text;
}
const SQL = {
    /** Internal tables, the test event type and helper functions (session API, every version). */
    get schema() {
        return cached('schema', () => (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "schema.sql", 'utf8'));
    },
    /** Session API v1: the six public views and `pgmi_test_generate`. */
    get contractV1() {
        return cached('contract-v1', () => (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "contract-v1.sql", 'utf8'));
    },
    /** One row per catalog object (kind, name, parent, props) for the change report. */
    get catalogSnapshot() {
        return cached('catalog-snapshot', () => (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "catalog-snapshot.sql", 'utf8'));
    },
    /** Set-based twin of `pgmi_register_file` for the loader (parameters described in the file). */
    get registerFiles() {
        return cached('register-files', () => (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "register-files.sql", 'utf8'));
    },
};

;// CONCATENATED MODULE: ./src/engine/session/copy-in.ts
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const TEXT_OID = 25;
/** Values at least this large go out in CopyData messages of their own, written without a copy. */
const DIRECT = 16 * 1024;
/** Small values are gathered into CopyData messages of about this size. */
const BATCH = 64 * 1024;
/**
 * Bytes of CopyData the client lets the socket hold before it waits for the server to take them
 * (socket 'drain'): the rows of many small files are copied into batches, and without a bound
 * all of a large project's would sit in memory at once (about 4 MiB for 5000 migrations).
 */
const QUEUED = 512 * 1024;
/**
 * Builds the CopyData stream: values are encoded straight into one batch buffer, sent as one
 * CopyData message when full, except large text values, which go out as views of the caller's
 * Buffer.
 *
 * The integers are stored byte by byte rather than with `Buffer#writeInt32BE`, and short ASCII
 * strings are copied code unit by code unit rather than with `Buffer#write`: a project of 5000
 * files is 65 000 values, each encoded once, mostly by code V8 has not optimised yet, and Node's
 * methods cost a range check or a call into C++ each time (the COPY of 5000 rows took about 60 ms
 * of the client's CPU with them).
 */
class CopyWriter {
    socket;
    buf = Buffer.allocUnsafe(BATCH);
    at = 5; // room for the message header
    constructor(socket) {
        this.socket = socket;
    }
    room(n) {
        if (this.at + n <= this.buf.length)
            return;
        this.flush();
        if (5 + n > this.buf.length)
            this.buf = Buffer.allocUnsafe(5 + n);
    }
    /** Stores `n` (a 32-bit integer, signed or not) big-endian at `at`; room already made. */
    put32(n, at) {
        const b = this.buf;
        b[at] = n >>> 24;
        b[at + 1] = n >>> 16;
        b[at + 2] = n >>> 8;
        b[at + 3] = n;
    }
    raw(bytes) {
        this.room(bytes.length);
        // TypedArray#set, not Buffer#copy: for the few hundred bytes of a small file it costs about
        // half as much (no call into Node's C++ layer).
        this.buf.set(bytes, this.at);
        this.at += bytes.length;
    }
    int16(n) {
        this.room(2);
        this.buf[this.at] = n >>> 8;
        this.buf[this.at + 1] = n;
        this.at += 2;
    }
    int32(n) {
        this.room(4);
        this.put32(n, this.at);
        this.at += 4;
    }
    row(columns) {
        this.int16(columns);
    }
    nul() {
        this.int32(-1);
    }
    text(v) {
        if (typeof v === 'string')
            this.string(v);
        else if (v.length >= DIRECT) {
            this.int32(v.length);
            this.large(v);
        }
        else {
            this.int32(v.length);
            this.raw(v);
        }
    }
    int4(n) {
        this.room(8);
        this.put32(4, this.at);
        this.put32(n, this.at + 4);
        this.at += 8;
    }
    int8(n) {
        this.room(12);
        this.put32(8, this.at);
        if (n >= 0 && n <= Number.MAX_SAFE_INTEGER) {
            this.put32(Math.floor(n / 0x100000000), this.at + 4);
            this.put32(n >>> 0, this.at + 8);
        }
        else {
            this.buf.writeBigInt64BE(BigInt(n), this.at + 4);
        }
        this.at += 12;
    }
    bool(b) {
        this.room(5);
        this.put32(1, this.at);
        this.buf[this.at + 4] = b ? 1 : 0;
        this.at += 5;
    }
    textArray(items) {
        // array_recv: ndim, has-nulls flag, element type, (length, lower bound) per dimension,
        // then each element as length and bytes; the value's length word is filled in last.
        let size = 24;
        for (const item of items)
            size += 4 + 3 * item.length;
        this.room(size);
        const lengthAt = this.at;
        this.put32(1, lengthAt + 4);
        this.put32(0, lengthAt + 8);
        this.put32(TEXT_OID, lengthAt + 12);
        this.put32(items.length, lengthAt + 16);
        this.put32(1, lengthAt + 20);
        this.at = lengthAt + 24;
        for (const item of items)
            this.string(item); // fits: room reserved above
        this.put32(this.at - lengthAt - 4, lengthAt);
    }
    value(v) {
        switch (v.t) {
            case 'text':
                return this.text(v.v);
            case 'int4':
                return this.int4(v.v);
            case 'int8':
                return this.int8(v.v);
            case 'bool':
                return this.bool(v.v);
            case 'text[]':
                return this.textArray(v.v);
        }
    }
    /** A text value: length word, then UTF-8 bytes (at most 3 per UTF-16 unit). */
    string(s) {
        this.room(4 + 3 * s.length);
        const b = this.buf;
        const start = this.at + 4;
        let i = 0;
        if (s.length <= 256) {
            // Paths, names and checksums: ASCII as a rule, copied unit by unit.
            for (; i < s.length; i++) {
                const c = s.charCodeAt(i);
                if (c >= 0x80)
                    break;
                b[start + i] = c;
            }
        }
        const n = i === s.length ? i : i + b.write(s.slice(i), start + i, 'utf8');
        this.put32(n, this.at);
        this.at = start + n;
    }
    large(bytes) {
        this.flush();
        // In CopyData messages of at most BATCH bytes, each a view of the caller's Buffer: the
        // server reads a message whole before it parses it, so one message of a 20 MiB file costs it
        // a 20 MiB buffer and one more copy (about 15 ms of that file's 130 ms COPY, measured).
        for (let at = 0; at < bytes.length; at += BATCH) {
            const part = bytes.subarray(at, Math.min(at + BATCH, bytes.length));
            this.socket.write(messageHeader(0x64, part.length));
            this.socket.write(part);
        }
    }
    flush() {
        if (this.at === 5)
            return;
        this.buf[0] = 0x64;
        this.put32(this.at - 1, 1);
        this.socket.write(this.buf.subarray(0, this.at));
        // The socket may still hold the bytes written: the next batch gets a buffer of its own.
        this.buf = Buffer.allocUnsafe(BATCH);
        this.at = 5;
    }
}
function messageHeader(code, bodyLength) {
    const h = Buffer.allocUnsafe(5);
    h[0] = code;
    h.writeInt32BE(bodyLength + 4, 1);
    return h;
}
/** CopyFail: the client abandons the COPY, the server rolls the statement back. */
function copyFail(message) {
    const text = Buffer.from(`${message}\0`, 'utf8');
    return Buffer.concat([messageHeader(0x66, text.length), text]);
}
/** The submittable query: node-postgres calls these hooks as the server answers. */
class CopyIn {
    sql;
    rows;
    callback;
    error = null;
    constructor(sql, rows) {
        this.sql = sql;
        this.rows = rows;
    }
    submit(connection) {
        connection.query(this.sql);
    }
    handleCopyInResponse(connection) {
        const socket = connection.stream;
        const out = new CopyWriter(socket);
        out.raw(SIGNATURE);
        out.int32(0); // flags
        out.int32(0); // header extension length
        const source = this.rows;
        const iterator = Symbol.iterator in source ? source[Symbol.iterator]() : undefined;
        let index = 0;
        /** Writes the next row; false once there is none. */
        const next = () => {
            if (!iterator) {
                const s = source;
                if (index >= s.count)
                    return false;
                s.write(out, index++);
                return true;
            }
            const r = iterator.next();
            if (r.done)
                return false;
            out.row(r.value.length);
            for (const value of r.value) {
                if (value === null)
                    out.nul();
                else
                    out.value(value);
            }
            return true;
        };
        // Rows are written until the socket holds QUEUED bytes, then again once it has drained.
        // The statement ends either way through the server's answer (handleError, or
        // handleReadyForQuery after CopyDone) or the connection's end, which stops the pump.
        const pump = () => {
            if (this.ended)
                return;
            socket.cork?.();
            try {
                for (;;) {
                    if (!next()) {
                        out.int16(-1);
                        out.flush();
                        socket.write(messageHeader(0x63, 0)); // CopyDone
                        return;
                    }
                    if ((socket.writableLength ?? 0) >= QUEUED && socket.once) {
                        out.flush();
                        this.waitDrain(socket, pump);
                        return;
                    }
                }
            }
            catch (err) {
                // A row that cannot be encoded: the server is told to abandon the COPY (CopyFail), and
                // answers with an error, which ends the statement; this error is the one reported.
                this.failure = err;
                socket.write(copyFail(`pgmi: ${err.message}`));
            }
            finally {
                socket.uncork?.();
            }
        };
        pump();
    }
    ended = false;
    /** A failure of the client's own while writing rows (reported instead of the server's). */
    failure = null;
    /** Calls `resume` once the socket has drained; nothing more once it closed or the COPY ended. */
    waitDrain(socket, resume) {
        const onDrain = () => {
            socket.off?.('close', onClose);
            resume();
        };
        const onClose = () => socket.off?.('drain', onDrain);
        socket.once?.('drain', onDrain);
        socket.once?.('close', onClose);
    }
    handleError(err) {
        // The server has ended the statement: report at once, as node-postgres's own queries do.
        this.error = err;
        this.finish();
    }
    handleReadyForQuery() {
        this.finish();
    }
    finish() {
        this.ended = true;
        const cb = this.callback;
        this.callback = undefined;
        cb?.(this.failure ?? this.error);
    }
    handleCommandComplete() { }
    handleRowDescription() { }
    handleDataRow() { }
    handleEmptyQuery() { }
    handlePortalSuspended() { }
    handleCopyData() { }
}
/**
 * Runs `sql` (a `COPY table (columns) FROM STDIN (FORMAT binary)`) with `rows`: each one value
 * per listed column, or a `CopyRowSource` that writes them itself. Rejects with the server's
 * error (a `DatabaseError`) as any query would.
 */
function copyIn(client, sql, rows) {
    return new Promise((resolve, reject) => {
        const q = new CopyIn(sql, rows);
        q.callback = (err) => (err ? reject(err) : resolve());
        // The typings only know their own query shapes; a submittable is documented and supported.
        client.query(q);
    });
}

// EXTERNAL MODULE: ./src/engine/preprocess/statements.ts
var statements = __webpack_require__(84039);
;// CONCATENATED MODULE: ./src/engine/session/test-directories.ts
/**
 * The rows of `_pgmi_test_directory`, derived from the paths of the scanned test files
 * (session-api.md §5.2, project-files.md §1.7). Pure: paths in, rows out.
 */
const TEST_SEGMENTS = new Set(['__test__', '__tests__']);
/** The directory part of a `./`-prefixed file path, keeping the trailing `/`. */
function testDirectoryOf(filePath) {
    return filePath.slice(0, filePath.lastIndexOf('/') + 1);
}
/** The base name of a file path. */
function fileNameOf(filePath) {
    return filePath.slice(filePath.lastIndexOf('/') + 1);
}
/** `_setup.sql` and `_setup.psql`, case-insensitively, are fixtures; nothing else is. */
function isFixtureName(fileName) {
    const lower = fileName.toLowerCase();
    return lower === '_setup.sql' || lower === '_setup.psql';
}
/** Segments of a directory path without the leading `.` and the empty tail: `./a/b/` → [a, b]. */
function segmentsOf(directory) {
    return directory.split('/').slice(1, -1);
}
function depthOf(segments) {
    const first = segments.findIndex((s) => TEST_SEGMENTS.has(s));
    return first < 0 ? 0 : segments.length - 1 - first;
}
/**
 * One row per distinct directory that directly holds a test-path file (of any extension),
 * parents before children. A directory with no files of its own gets no row, so its children
 * attach to the nearest ancestor that has one; separate `__test__` trees never adopt each other
 * because an ancestor outside a test tree is never a row.
 */
function deriveTestDirectories(testFilePaths) {
    const directories = new Set();
    for (const p of testFilePaths)
        directories.add(testDirectoryOf(p));
    const rows = [];
    for (const path of directories) {
        const segments = segmentsOf(path);
        let parentPath = null;
        for (let n = segments.length - 1; n >= 1; n--) {
            const candidate = `./${segments.slice(0, n).join('/')}/`;
            if (directories.has(candidate)) {
                parentPath = candidate;
                break;
            }
        }
        rows.push({ path, parentPath, depth: depthOf(segments), level: segments.length });
    }
    // Shallow first, so every parent row precedes its children; then by path for a stable order.
    rows.sort((a, b) => a.level - b.level || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return rows.map(({ path, parentPath, depth }) => ({ path, parentPath, depth }));
}

;// CONCATENATED MODULE: ./src/engine/session/prepare.ts






const CONTRACTS = { '1': () => SQL.contractV1 };
// Insertion follows the array order (parents first), so the rows are stored shallow-first.
const INSERT_TEST_DIRECTORIES = `INSERT INTO pg_temp._pgmi_test_directory (path, parent_path, depth)
  SELECT t.p, t.pp, t.d
    FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS t (p, pp, d, i)
   ORDER BY t.i`;
const COPY_TEST_SOURCES = `COPY pg_temp._pgmi_test_source (path, directory, filename, content, is_fixture)
  FROM STDIN (FORMAT binary)`;
// Every column of the table, derived here exactly as pgmi_register_file derives them (an
// integration test compares the two); the table's CHECK constraints hold the derivations to it.
const COPY_SOURCES = `COPY pg_temp._pgmi_source (path, name, directory, extension, depth, content,
  size_bytes, checksum, pgmi_checksum, path_parts, is_sql_file, is_test_file, parent_folder_name)
  FROM STDIN (FORMAT binary)`;
// Statement boundaries differ in number per file: each travels as an array literal.
const INSERT_STATEMENTS = `INSERT INTO pg_temp._pgmi_source_statement (path, ends)
  SELECT t.p, t.e::integer[] FROM unnest($1::text[], $2::text[]) AS t (p, e)`;
// Sort keys differ in length per file, which a rectangular SQL array cannot hold: they travel
// as JSON and keep their order.
const INSERT_METADATA = `INSERT INTO pg_temp._pgmi_source_metadata (path, id, idempotent, sort_keys, description)
  SELECT m.path, m.id, m.idempotent,
         ARRAY(SELECT k.key FROM jsonb_array_elements_text(m.sort_keys) WITH ORDINALITY AS k (key, i)
                ORDER BY k.i),
         m.description
    FROM jsonb_to_recordset($1::jsonb) AS m (path text, id uuid, idempotent boolean, sort_keys jsonb,
                                           description text)`;
// Autovacuum never sees temporary tables: without statistics the planner guesses row counts.
// Statistics on what deploy.sql filters, joins and sorts by; not on contents and checksums,
// which are only ever read (sampling every content for its statistics is most of the cost).
const ANALYZE_FILE_TABLES = `ANALYZE
  pg_temp._pgmi_source (path, name, directory, extension, depth, is_sql_file, is_test_file,
                        parent_folder_name),
  pg_temp._pgmi_source_metadata, pg_temp._pgmi_test_directory,
  pg_temp._pgmi_test_source (path, directory, filename, is_fixture)`;
// set_config(..., false) is session-level: it survives deploy.sql's own COMMIT and ROLLBACK.
const LOAD_PARAMETERS = `WITH p AS (
    INSERT INTO pg_temp._pgmi_parameter (key, value)
    SELECT lower(t.k), t.v FROM unnest($1::text[], $2::text[]) AS t (k, v)
    RETURNING key, value)
  SELECT count(set_config('pgmi.' || p.key, p.value, false))::int AS n FROM p`;
const PARAMETER_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/**
 * Creates the session objects on `client` and loads the project into them. Throws the driver's
 * error unchanged when the server refuses something (the caller reports it as a preparation
 * failure); parameter values never reach an error message.
 */
async function prepareSession(client, input) {
    const version = input.compat ?? '1';
    const contract = CONTRACTS[version];
    if (!contract) {
        // Front doors check --compat before connecting; this guards callers that bypass them.
        throw new errors/* ConfigError */.xL(`invalid configuration: unsupported API version ${JSON.stringify(version)}; supported: [1]`);
    }
    const params = Object.entries(input.params);
    for (const [key] of params) {
        // Checked again here because a bad key would fail the table's CHECK, whose DETAIL shows
        // the whole row, value included.
        if (!PARAMETER_KEY.test(key)) {
            throw new errors/* ConfigError */.xL(`invalid parameter key '${key}': must start with a letter or underscore and contain only letters, digits and underscores, 1-63 characters (PostgreSQL identifier limit)`);
        }
    }
    const timings = { sessionSchemaMs: 0, uploadMs: 0, sessionViewsMs: 0 };
    let mark = performance.now();
    const lap = () => {
        const now = performance.now();
        const ms = Math.round(now - mark);
        mark = now;
        return ms;
    };
    await client.query('BEGIN');
    try {
        await client.query(SQL.schema);
        timings.sessionSchemaMs = lap();
        await loadProject(client, input.files, params, input.checksumsReady);
        timings.uploadMs = lap();
        await client.query(contract());
        await client.query('COMMIT');
        timings.sessionViewsMs = lap();
    }
    catch (e) {
        // The original failure is what matters; a failed ROLLBACK (connection gone) adds nothing.
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
    }
    return { filesLoaded: input.files.length, parameters: params.length, timings };
}
/** The file's bytes: as the scanner read them, or encoded from `content`. */
const bytesOf = (f) => f.bytes ?? Buffer.from(f.content, 'utf8');
/**
 * A path the session would store unchanged (pgmi_register_file's normalisation is then the
 * identity), which every scanned path is. Other callers' paths go through register-files.sql.
 */
const canonical = (path) => path.startsWith('./') && !path.includes('//') && !path.includes('\\') && !path.endsWith(' ');
const SQL_FILE = /[.](sql|ddl|dml|dql|dcl|psql|pgsql|plpgsql)$/i;
/**
 * Stands in for a checksum still being computed when the file's row is written; replaced
 * in the same transaction, before anything can read it (`loadProject` checks every row).
 */
const LATE_CHECKSUM = '0'.repeat(64);
const UPDATE_CHECKSUMS = `UPDATE pg_temp._pgmi_source s SET checksum = u.r, pgmi_checksum = u.c
  FROM ROWS FROM (pg_catalog.unnest($1::text[]), pg_catalog.unnest($2::text[]),
                  pg_catalog.unnest($3::text[])) AS u (p, c, r)
 WHERE s.path = u.p`;
/**
 * The COPY rows of `files`, written straight into the stream (no value objects: 13 per file);
 * a file whose checksums are not known yet is added to `late`.
 */
function sourceRows(files, late) {
    return {
        count: files.length,
        write(w, i) {
            const f = files[i];
            const path = f.path;
            const parts = path.split('/');
            const name = parts[parts.length - 1];
            const bytes = bytesOf(f);
            if (f.pgmiChecksum === '' || f.checksum === '')
                late.push(f);
            w.row(13);
            w.text(path);
            w.text(name);
            w.text(path.slice(0, path.length - name.length));
            w.text(/[.][A-Za-z0-9]+$/.exec(name)?.[0] ?? '');
            w.int4(parts.length - 2);
            w.text(bytes);
            w.int8(bytes.length);
            w.text(f.checksum === '' ? LATE_CHECKSUM : f.checksum);
            w.text(f.pgmiChecksum === '' ? LATE_CHECKSUM : f.pgmiChecksum);
            w.textArray(parts);
            w.bool(SQL_FILE.test(path));
            w.bool((0,sql_files/* isTestPath */.MQ)(path));
            if (parts.length > 2)
                w.text(parts[parts.length - 2]);
            else
                w.nul();
        },
    };
}
/**
 * All contents as one UTF-8 buffer with 1-based byte offsets and byte lengths, for
 * register-files.sql (paths that need the session's normalisation).
 */
function packContents(files) {
    const chunks = files.map(bytesOf);
    const offsets = [];
    let next = 1;
    for (const c of chunks) {
        offsets.push(next);
        next += c.length;
    }
    return { bytes: Buffer.concat(chunks), offsets, lengths: chunks.map((c) => c.length) };
}
async function loadProject(client, files, params, checksumsReady) {
    const sources = files.filter((f) => !f.isTest);
    const tests = files.filter((f) => f.isTest);
    // The statements of large files are found while the server stores the files (the COPY is
    // written at once; the client then only waits): off the critical path when the upload takes
    // longer, as it does for the large files this is for.
    const splitting = (0,statements/* completeStatementEnds */.rd)(sources);
    if (sources.length > 0 && sources.every((f) => canonical(f.path))) {
        // The files go out without waiting for the normalised checksums still being computed (a large
        // project's): those are finished while the server stores the files, and set afterwards.
        const late = [];
        await Promise.all([copyIn(client, COPY_SOURCES, sourceRows(sources, late)), splitting]);
        await checksumsReady;
        if (late.length > 0) {
            const missing = late.filter((f) => f.pgmiChecksum === '' || f.checksum === '').length;
            const r = missing
                ? undefined
                : await client.query(UPDATE_CHECKSUMS, [
                    late.map((f) => f.path),
                    late.map((f) => f.pgmiChecksum),
                    late.map((f) => f.checksum),
                ]);
            if (r?.rowCount !== late.length) {
                throw new Error(`internal error: ${late.length} checksums to set after the upload, ${missing} never computed, ${r?.rowCount ?? 0} set`);
            }
        }
    }
    else if (sources.length > 0) {
        await checksumsReady;
        const packed = packContents(sources);
        await client.query(SQL.registerFiles, [
            sources.map((f) => f.path),
            packed.bytes,
            sources.map((f) => f.checksum),
            sources.map((f) => f.pgmiChecksum),
            packed.offsets,
            packed.lengths,
        ]);
    }
    await splitting;
    const split = sources.filter((f) => f.statementEnds && canonical(f.path));
    if (split.length > 0) {
        await client.query(INSERT_STATEMENTS, [
            split.map((f) => f.path),
            split.map((f) => `{${f.statementEnds.join(',')}}`),
        ]);
    }
    const directories = deriveTestDirectories(tests.map((f) => f.path));
    if (directories.length > 0) {
        await client.query(INSERT_TEST_DIRECTORIES, [
            directories.map((d) => d.path),
            directories.map((d) => d.parentPath),
            directories.map((d) => d.depth),
        ]);
    }
    const sqlTests = tests.filter((f) => f.isSql);
    if (sqlTests.length > 0) {
        await copyIn(client, COPY_TEST_SOURCES, sqlTests.map((f) => [
            { t: 'text', v: f.path },
            { t: 'text', v: testDirectoryOf(f.path) },
            { t: 'text', v: fileNameOf(f.path) },
            { t: 'text', v: bytesOf(f) },
            { t: 'bool', v: isFixtureName(fileNameOf(f.path)) },
        ]));
    }
    const metadataRows = sources.flatMap((f) => f.metadata
        ? [
            {
                path: f.path,
                id: f.metadata.id,
                idempotent: f.metadata.idempotent,
                sort_keys: f.metadata.sortKeys,
                description: f.metadata.description,
            },
        ]
        : []);
    if (metadataRows.length > 0) {
        await client.query(INSERT_METADATA, [JSON.stringify(metadataRows)]);
    }
    if (files.length > 0)
        await client.query(ANALYZE_FILE_TABLES);
    if (params.length > 0) {
        await client.query(LOAD_PARAMETERS, [params.map(([k]) => k), params.map(([, v]) => v)]);
    }
}
/**
 * The SQL a `CALL pgmi_test(pattern, callback)` expands to (`pg_temp.pgmi_test_generate`);
 * `null` selects the defaults (all tests, `pg_temp.pgmi_test_callback`).
 */
async function generateTestSql(client, pattern, callback) {
    const r = await client.query('SELECT pg_temp.pgmi_test_generate($1::text, $2::text) AS sql', [pattern, callback]);
    return r.rows[0].sql;
}
/** `pg_temp.pgmi_test_plan(pattern)` as typed rows, in ordinal order. */
async function testPlan(client, pattern) {
    const r = await client.query('SELECT ordinal, step_type, script_path, directory, depth FROM pg_temp.pgmi_test_plan($1::text) ORDER BY ordinal', [pattern]);
    return r.rows.map((row) => ({
        ordinal: row.ordinal,
        stepType: row.step_type,
        scriptPath: row.script_path,
        directory: row.directory,
        depth: row.depth,
    }));
}

;// CONCATENATED MODULE: ./src/engine/pipeline/lock-holders.ts
// Lock modes from the weakest to the strongest (the order of PostgreSQL's conflict table).
const HOLDERS_SQL = `
SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS relation,
       l.mode, l.pid
  FROM pg_catalog.pg_locks l
  JOIN pg_catalog.pg_class c ON c.oid = l.relation
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_catalog.pg_backend_pid()
   AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d
                      WHERE d.datname = pg_catalog.current_database())
   AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
   AND n.nspname !~ '^pg_(toast_)?temp_'
 ORDER BY pg_catalog.array_position(ARRAY['AccessShareLock', 'RowShareLock', 'RowExclusiveLock',
            'ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock',
            'AccessExclusiveLock'], l.mode) DESC, 1
 LIMIT 5`;
/**
 * `; locks held by other sessions: public.widget (AccessExclusiveLock, pid 4711)`, or '' when
 * none could be seen. Rolls back first when the failed statement left the transaction aborted.
 * Never throws: this only adds to an error already being reported.
 */
async function describeLockHolders(client) {
    try {
        if (client.getTransactionStatus() !== 'I')
            await client.query('ROLLBACK');
        const r = await client.query(HOLDERS_SQL);
        if (r.rows.length === 0)
            return '';
        const list = r.rows.map((h) => `${h.relation} (${h.mode}, pid ${h.pid})`).join(', ');
        return `; locks held by other sessions: ${list}`;
    }
    catch {
        return '';
    }
}

// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(32393);
;// CONCATENATED MODULE: ./src/engine/pipeline/test-tracker.ts

const STARTED = /^\[pgmi\] (Fixture|Test): (.+)$/;
function toResult(s) {
    const r = {
        kind: s.kind,
        path: s.path,
        status: s.status ?? 'skipped',
        durationMs: s.durationMs,
    };
    if (s.message)
        r.message = s.message;
    if (s.sqlstate)
        r.sqlstate = s.sqlstate;
    if (s.line)
        r.line = s.line;
    return r;
}
class TestTracker {
    onFinished;
    steps = [];
    current;
    suitesPlanned = 0;
    suitesCompleted = 0;
    constructor(onFinished = () => undefined) {
        this.onFinished = onFinished;
    }
    /** Adds one macro's plan (fixtures and tests, in plan order). */
    addPlan(steps) {
        for (const s of steps)
            this.steps.push({ ...s, durationMs: 0 });
        this.suitesPlanned++;
    }
    get planned() {
        return this.steps.length;
    }
    /** Feed every notice message; returns true when it was a test-machinery line. */
    onNotice(message, now) {
        if (message === '[pgmi] Test suite started')
            return true;
        if (message.startsWith('[pgmi] Test suite completed')) {
            this.settle(this.current, 'passed', now);
            this.suitesCompleted++;
            return true;
        }
        const m = STARTED.exec(message);
        if (!m)
            return false;
        this.settle(this.current, 'passed', now);
        const kind = m[1] === 'Fixture' ? 'fixture' : 'test';
        const step = this.steps.find((s) => s.status === undefined && s.startedAt === undefined && s.kind === kind && s.path === m[2]);
        if (step)
            step.startedAt = now;
        this.current = step;
        return true;
    }
    settle(s, status, now, failure) {
        if (!s || s.status)
            return;
        s.status = status;
        if (s.startedAt !== undefined)
            s.durationMs = Math.max(0, now - s.startedAt);
        if (failure) {
            // The server's text as deploy.sql raised it: reports (JUnit, TAP, summaries) print it.
            s.message = (0,redact/* redact */.E$)(failure.message);
            if (failure.sqlstate)
                s.sqlstate = failure.sqlstate;
            if (failure.line)
                s.line = failure.line;
        }
        if (s === this.current)
            this.current = undefined;
        this.onFinished(toResult(s));
    }
    /** Settles every step once the run is over and returns the results in plan order. */
    finish(now, failure) {
        if (!failure) {
            for (const s of this.steps)
                this.settle(s, 'passed', now);
            return this.results();
        }
        let failedIdx = failure.failedFile
            ? this.steps.findIndex((s) => !s.status && s.path === failure.failedFile)
            : -1;
        // A step that started and never finished is the one that failed (e.g. cancelled by --timeout:
        // PL/pgSQL handlers cannot catch query_canceled, so no `Failed in` wording reaches us).
        if (failedIdx < 0 && this.current)
            failedIdx = this.steps.indexOf(this.current);
        if (failedIdx >= 0) {
            this.steps.forEach((s, i) => {
                if (i < failedIdx)
                    this.settle(s, 'passed', now);
                else if (i === failedIdx)
                    this.settle(s, 'failed', now, failure);
                else
                    this.settle(s, 'skipped', now);
            });
            return this.results();
        }
        // The failure was outside the tests: announced-complete suites passed, the rest never ran.
        const allCompleted = this.suitesPlanned > 0 && this.suitesCompleted >= this.suitesPlanned;
        for (const s of this.steps)
            this.settle(s, allCompleted ? 'passed' : 'skipped', now);
        return this.results();
    }
    results() {
        return this.steps.map(toResult);
    }
}

;// CONCATENATED MODULE: ./src/engine/pipeline/execute.ts







const SEVERITIES = new Set(['DEBUG', 'LOG', 'INFO', 'NOTICE', 'WARNING']);
function severityOf(raw) {
    const s = (raw ?? 'NOTICE').toUpperCase();
    if (s.startsWith('DEBUG'))
        return 'DEBUG';
    return SEVERITIES.has(s) ? s : 'NOTICE';
}
/** Wraps the macro expansion so a bad pattern or callback the server rejects is still exit 10. */
async function expand(input, tracker) {
    const expansions = [];
    for (const m of input.macros) {
        try {
            expansions.push(await generateTestSql(input.client, m.pattern, m.callback));
            const plan = await testPlan(input.client, m.pattern);
            tracker.addPlan(plan
                .filter((s) => s.stepType !== 'teardown' && s.scriptPath !== null)
                .map((s) => ({ kind: s.stepType, path: s.scriptPath })));
        }
        catch (err) {
            if (!(0,errors/* isPgDatabaseError */.Hd)(err) || (0,connection_loss/* isConnectionLoss */.y7)(err, input.client))
                throw err;
            throw new errors/* ConfigError */.xL(`failed to preprocess deploy.sql: pgmi_test() on line ${m.line}: ${(0,errors/* describePgError */.Ry)(err)}`, { cause: err });
        }
    }
    return expandMacros(input.deploySql, input.macros, expansions);
}
/** Message of the notice pgmi_run_test_source sends with a failing test's context. */
const TEST_FAILURE_CONTEXT = '[pgmi] test failure context';
/** A failing test's own context, when the server sent it for the test the error names. */
function withTestContext(pg, testContext) {
    if (!testContext || !/^Failed in \S+\.sql: /.test(pg.message))
        return pg;
    return { ...pg, where: pg.where ? `${testContext}\n${pg.where}` : testContext };
}
function locate(err, unit, script, input, testContext) {
    const pg = (0,errors/* firstPgError */.wm)(err);
    if (!pg)
        return {};
    let inFile = locateInProjectFiles(withTestContext(pg, testContext), input.files);
    // The context must lead to the file the error names; otherwise it belonged to another test.
    const named = (0,errors/* failedFileOf */.Hm)(err);
    if (inFile && named && inFile.path !== named)
        inFile = locateInProjectFiles(pg, input.files);
    if (inFile) {
        const out = { failedFile: inFile.path };
        if (inFile.line !== undefined) {
            out.location = {
                script: inFile.path,
                line: inFile.line,
                column: inFile.column ?? 1,
                sourceLine: inFile.sourceLine ?? '',
                scriptExpanded: false,
            };
        }
        return out;
    }
    const position = Number(pg.position ?? 0) || statementPosition(pg, unit.text);
    if (position > 0) {
        const loc = locateUnitError(unit, script, position);
        if (loc) {
            return {
                location: { script: 'deploy.sql', ...loc, scriptExpanded: input.macros.length > 0 },
            };
        }
    }
    return {};
}
/**
 * "CREATE INDEX CONCURRENTLY cannot run inside a transaction block" carries no position: find
 * the first top-level statement of the unit that starts with the words the message names, and
 * return its 1-based position in characters (as the server counts).
 */
function statementPosition(err, text) {
    if (err.code !== '25001')
        return 0;
    const m = /^([A-Z][A-Z ]*[A-Z]) cannot run inside a transaction block/.exec(err.message ?? '');
    if (!m)
        return 0;
    const words = m[1].split(' ').join('\\s+');
    const at = new RegExp(`(^|;)\\s*(${words})\\b`, 'i').exec(maskSql(text));
    if (!at)
        return 0;
    const index = at.index + at[0].length - at[2].length;
    return [...text.slice(0, index)].length + 1;
}
/** What to do next, for server errors whose remedy is not in the server's own HINT. */
function hintsFor(err) {
    if (err.code === '53200') {
        // One transaction touching thousands of objects exhausts the shared lock table.
        return [
            'the transaction needed more locks than the server allows: raise max_locks_per_transaction in postgresql.conf (a restart is needed), or split deploy.sql into several transactions (COMMIT between groups of files)',
        ];
    }
    if (err.code === '25001' && /cannot run inside a transaction block/i.test((0,errors/* messageOf */.bD)(err))) {
        return [
            'statements that cannot run inside a transaction block belong in the tail of deploy.sql, after the COMMIT that ends the atomic head; a rehearsal lists the tail without running it',
        ];
    }
    if (err.code === '55P03') {
        return [
            'another session holds a lock this deploy needs: retry once its transaction has ended, or allow a longer wait with --lock-timeout',
        ];
    }
    if (err.code === '25P01' && /SAVEPOINT/i.test(err.message ?? '')) {
        return [
            'CALL pgmi_test() must run inside an explicit transaction: put BEGIN; before it and COMMIT; after it',
        ];
    }
    return [];
}
/**
 * The head of a rehearsal: inside a transaction pgmi opens (so a head without BEGIN cannot
 * autocommit), the head's work runs for real, tests included; then `beforeTerminator`, then
 * ROLLBACK instead of the head's terminator.
 */
async function rehearseHead(input, units) {
    const { client } = input;
    const { work } = splitHeadTerminator(units[0].text, units.length > 1);
    await client.query('BEGIN');
    await client.query(work);
    if (client.getTransactionStatus() !== 'T') {
        // Only PREPARE TRANSACTION can end the transaction without a terminator.
        throw new errors/* ExecutionError */.Re('rehearsal failed: the atomic head ended its transaction before its terminator (PREPARE TRANSACTION?); a rehearsal cannot roll that back');
    }
    input.control.throwIfAborted();
    await input.beforeTerminator?.();
    await client.query('ROLLBACK');
}
/**
 * After `beforeCommit` asked its question inside deploy.sql's transaction: the transaction must
 * still be open and unharmed (the question runs under a savepoint it rolls back to on error).
 * Were it not, its COMMIT would roll deploy.sql's work back and still answer "COMMIT"'s way.
 */
function assertStillOpen(client) {
    if (client.getTransactionStatus() === 'T')
        return;
    throw new errors/* ExecutionError */.Re("execution failed: deploy.sql's transaction was left failed before its COMMIT by pgmi's own change-report check; nothing from that transaction was committed", { hints: ['deploy again with --no-change-report, and report the problem'] });
}
async function executeDeploySql(input) {
    const { client, control } = input;
    const tracker = new TestTracker((r) => input.emit({
        type: 'test-finished',
        kind: r.kind,
        path: r.path,
        status: r.status,
        durationMs: r.durationMs,
    }));
    // The context of the last failing test (see pgmi_run_test_source): where in the test it failed.
    let testFailureContext;
    // A rehearsal opens the head's transaction itself; deploy.sql's own BEGIN then draws one
    // "there is already a transaction in progress" warning that is ours, not the project's.
    let ownBeginWarning = !!input.rehearse;
    const onNotice = (n) => {
        if (n.message === TEST_FAILURE_CONTEXT) {
            testFailureContext = n.detail;
            return;
        }
        if (ownBeginWarning && n.code === '25001') {
            ownBeginWarning = false;
            return;
        }
        const severity = severityOf(n.severity);
        if (severity === 'DEBUG' && !input.verbose)
            return;
        const event = {
            type: 'notice',
            severity,
            message: n.message ?? '',
        };
        if (n.detail)
            event.detail = n.detail;
        if (n.hint)
            event.hint = n.hint;
        if (n.where)
            event.where = n.where;
        if (severity === 'WARNING' && n.where) {
            const at = locateInProjectFiles({ ...n, message: n.message ?? '' }, input.files);
            if (at) {
                event.file = at.path;
                if (at.line !== undefined)
                    event.line = at.line;
            }
        }
        tracker.onNotice(event.message, input.elapsed());
        input.emit(event);
    };
    client.on('notice', onNotice);
    const outcome = { tests: [] };
    let units = [];
    let current = 0;
    let committed = 0;
    /** The head's COMMIT (sent on its own) is in flight: its outcome is unknown if we lose the server. */
    let committing = false;
    let running = false;
    let errorUnit;
    let script = input.deploySql;
    try {
        script = await expand(input, tracker);
        units = splitUnits(script);
        outcome.executionUnits = units.length;
        input.emit({ type: 'units-planned', units: units.length, testMacros: input.macros.length });
        if (units.length > 1) {
            input.emit({
                type: 'verbose',
                message: `deploy.sql splits into ${units.length} execution units at the first top-level transaction terminator`,
            });
        }
        // decisions.md 16: DEBUG from the user's deploy.sql only, never from session preparation.
        if (input.verbose)
            await client.query('SET client_min_messages = debug');
        control.throwIfAborted();
        running = true;
        if (input.rehearse) {
            await rehearseHead(input, units);
            ownBeginWarning = false;
            outcome.unitsCommitted = 0;
            outcome.executionMode = 'atomic';
            outcome.notRehearsed = units
                .slice(1)
                .map((u, i) => ({ unit: i + 2, firstLine: firstLineOf(u.text) }));
            outcome.tests = tracker.finish(input.elapsed());
            return outcome;
        }
        for (current = 0; current < units.length; current++) {
            input.emit({ type: 'unit-started', unit: current + 1, units: units.length });
            const head = current === 0 ? splitHeadUnit(units[0], units.length > 1) : undefined;
            if (head) {
                await input.beforeOpen?.();
                errorUnit = head.body;
                await client.query(head.body.text);
                control.throwIfAborted();
                errorUnit = head.terminator;
                if (client.getTransactionStatus() === 'T') {
                    await input.beforeCommit?.('transaction');
                    assertStillOpen(client);
                }
                control.throwIfAborted();
                committing = true;
                await client.query(head.terminator.text);
                committing = false;
            }
            else {
                const unit = units[current];
                const status = client.getTransactionStatus();
                if (status === 'I') {
                    // A head sent whole may hold its own COMMIT; a tail unit commits as it runs.
                    if (current === 0 || transactionEffect(unit.text) !== 'opens') {
                        await input.beforeCommit?.('autocommit');
                    }
                    else
                        await input.beforeOpen?.();
                }
                else if (status === 'T' && transactionEffect(unit.text) === 'commits') {
                    await input.beforeCommit?.('transaction');
                    assertStillOpen(client);
                }
                control.throwIfAborted();
                errorUnit = unit;
                await client.query(unit.text);
            }
            // What really committed (decisions.md 6): everything up to the last unit after which the
            // session was idle; units inside a transaction that later rolls back do not count.
            if (client.getTransactionStatus() === 'I')
                committed = current + 1;
            control.throwIfAborted();
        }
        if (client.getTransactionStatus() !== 'I') {
            await client.query('ROLLBACK');
            throw new errors/* ExecutionError */.Re('execution failed: deploy.sql ended inside an open transaction block (a BEGIN, or COMMIT AND CHAIN, without a final COMMIT); it was rolled back and nothing from that transaction was committed', { hints: ['end deploy.sql with COMMIT after the last statement of the transaction'] });
        }
        outcome.unitsCommitted = units.length;
        outcome.tests = tracker.finish(input.elapsed());
    }
    catch (err) {
        const reason = control.reason;
        let error = err;
        if (reason && !(err instanceof errors/* ExecutionError */.Re && err.cause === undefined)) {
            if (err !== reason)
                reason.cause ??= err;
            error = reason;
        }
        else if ((0,connection_loss/* isConnectionLoss */.y7)(err, client)) {
            const database = input.database ?? '';
            const inFlight = committing ? { committed: 0, unit: -1, units: units.length } : undefined;
            error = !running
                ? (0,connection_loss/* connectionLost */.Bx)('load', (0,connection_loss/* lossMessage */.L9)('load', database), err)
                : current === 0
                    ? (0,connection_loss/* connectionLost */.Bx)('head', (0,connection_loss/* lossMessage */.L9)('head', database, inFlight), err)
                    : (0,connection_loss/* connectionLost */.Bx)('tail', (0,connection_loss/* lossMessage */.L9)('tail', database, { committed, unit: current + 1, units: units.length }), err);
        }
        else if ((0,errors/* isPgDatabaseError */.Hd)(err) && units.length > 0) {
            const unit = errorUnit ?? units[current];
            const { location, failedFile } = locate(err, unit, script, input, testFailureContext);
            const holders = err.code === '55P03' ? await describeLockHolders(client) : '';
            error = new errors/* ExecutionError */.Re(`execution failed: ${(0,errors/* describePgError */.Ry)(err)}${holders}`, {
                cause: err,
                hints: hintsFor(err),
                ...(location ? { location } : {}),
                ...(failedFile ? { failedFile } : {}),
            });
        }
        if (outcome.executionUnits !== undefined) {
            outcome.unitsCommitted = committed;
            outcome.executionMode = current === 0 ? 'atomic' : 'psql';
            outcome.failedUnit = current + 1;
        }
        const pg = (0,errors/* firstPgError */.wm)(error);
        const failedFile = (0,errors/* failedFileOf */.Hm)(error);
        const at = error instanceof errors/* ExecutionError */.Re ? error.location : undefined;
        outcome.tests = tracker.finish(input.elapsed(), {
            message: pg?.message ?? (0,errors/* messageOf */.bD)(error),
            ...(failedFile ? { failedFile } : {}),
            ...(pg?.code ? { sqlstate: pg.code } : {}),
            ...(at && at.script === failedFile ? { line: at.line } : {}),
        });
        outcome.error = error;
    }
    finally {
        client.off('notice', onNotice);
    }
    return outcome;
}

// EXTERNAL MODULE: ./src/engine/pipeline/run-control.ts
var run_control = __webpack_require__(28160);
;// CONCATENATED MODULE: ./src/engine/pipeline/deploy-lock.ts


const PROGRESS_EVERY_MS = 10_000;
function busy(database, waitMs, cause) {
    const waited = waitMs > 0 ? ` (still held after waiting ${(0,run_control/* formatMs */._)(waitMs)})` : '';
    return new errors/* ConcurrentDeployError */.PY(`concurrent deployment in progress: another pgmi deployment is already running against ${JSON.stringify(database)}${waited}`, {
        cause,
        hints: [
            waitMs > 0
                ? "raise --lock-wait, or find the other deploy with: SELECT * FROM pg_locks WHERE locktype = 'advisory'"
                : "wait for it to finish (or pass --lock-wait 5m to queue behind it), or find it with: SELECT * FROM pg_locks WHERE locktype = 'advisory'",
        ],
    });
}
/** Takes the deploy lock or throws ConcurrentDeployError (exit 15). */
async function acquireDeployLock(client, req) {
    const tryLock = await client.query(`SELECT pg_try_advisory_lock(${req.key}) AS ok`);
    if (tryLock.rows[0].ok)
        return;
    if (req.waitMs <= 0)
        throw busy(req.database, 0);
    const started = Date.now();
    req.progress(`Another deploy of ${JSON.stringify(req.database)} holds the deploy lock; waiting up to ${(0,run_control/* formatMs */._)(req.waitMs)} (--lock-wait)`);
    const ticker = setInterval(() => {
        req.progress(`Still waiting for the deploy lock (${Math.round((Date.now() - started) / 1000)}s of ${(0,run_control/* formatMs */._)(req.waitMs)})`);
    }, PROGRESS_EVERY_MS);
    ticker.unref();
    const prev = await client.query("SELECT current_setting('lock_timeout') AS v");
    try {
        await client.query(`SELECT set_config('lock_timeout', $1, false)`, [`${req.waitMs}ms`]);
        try {
            await client.query(`SELECT pg_advisory_lock(${req.key})`);
        }
        catch (err) {
            // 55P03 lock_not_available: lock_timeout expired with the other deploy still running.
            if ((0,errors/* firstPgError */.wm)(err)?.code === '55P03')
                throw busy(req.database, req.waitMs, err);
            throw err;
        }
        req.progress(`Deploy lock acquired after ${((Date.now() - started) / 1000).toFixed(1)}s`);
    }
    finally {
        clearInterval(ticker);
        await client
            .query(`SELECT set_config('lock_timeout', $1, false)`, [prev.rows[0].v])
            .catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/engine/preprocess/nul-byte.ts
/**
 * A NUL byte cannot travel in a simple-query message (the protocol ends strings with it), so a
 * deploy.sql holding one would connect and then fail with 08P01. Found offline instead.
 */

/** Throws ConfigError (exit 10) naming the file, the byte offset, line and column of the first NUL. */
function assertNoNulByte(text, file = 'deploy.sql') {
    const at = text.indexOf('\0');
    if (at < 0)
        return;
    const before = text.slice(0, at);
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.split('\n').length;
    const column = [...text.slice(lineStart, at)].length + 1;
    const byteOffset = Buffer.byteLength(before, 'utf8');
    throw new errors/* ConfigError */.xL(`invalid configuration: ${file} contains a NUL byte at offset ${byteOffset} (line ${line}, column ${column}); PostgreSQL cannot receive one in SQL text — remove it`, { failedFile: file });
}

// EXTERNAL MODULE: ./src/engine/project/params.ts
var params = __webpack_require__(60400);
// EXTERNAL MODULE: ./src/engine/project/checksum.ts + 2 modules
var checksum = __webpack_require__(29668);
// EXTERNAL MODULE: ./src/engine/project/scan.ts + 2 modules
var project_scan = __webpack_require__(76990);
;// CONCATENATED MODULE: ./src/engine/session/change-report.ts

// Props whose value is a list, sent as its JSON text (every other value is text or null).
const LIST_PROPS = new Set(['options', 'settings', 'values', 'attributes', 'roles', 'member of']);
/**
 * A row's props as the report reads them. The snapshot keeps them as a text array of keys and
 * values, not as jsonb: building a jsonb object costs about 4 µs per row, a third of the
 * snapshot's time on a large catalog, and only the few differing rows are ever read as objects.
 */
function propsOf(raw) {
    if (raw === null)
        return null;
    const props = {};
    for (let i = 0; i + 1 < raw.length; i += 2) {
        const key = raw[i];
        const value = raw[i + 1];
        props[key] = value !== null && LIST_PROPS.has(key) ? JSON.parse(value) : value;
    }
    return props;
}
const decoded = (r) => ({
    ...r,
    before: propsOf(r.before),
    after: propsOf(r.after),
});
// In pg_temp, which the snapshot itself leaves out. PUBLIC may read it because deploy.sql may
// have switched roles (SET ROLE) by the time the comparison runs.
const BEFORE_TABLE = 'pg_temp._pgmi_catalog_before';
/** The snapshot query for this server version (a few catalog columns are version-specific). */
function snapshotSql(serverVersionNum, mode = 'full') {
    return SQL.catalogSnapshot
        .replaceAll('{{ATTGENERATED}}', serverVersionNum >= 120000 ? 'a.attgenerated::text' : "''")
        .replaceAll('{{PROSQLBODY}}', serverVersionNum >= 140000 ? "coalesce(pp.prosqlbody::text, '')" : "''")
        .replaceAll('{{FULL}}', mode === 'changed' ? '(b.kind IS NULL)' : String(mode === 'full'))
        .replaceAll('{{LIGHT}}', String(mode === 'light'))
        .replaceAll('{{NEW}}', mode === 'full' ? 'true' : '(b.kind IS NULL)')
        .replaceAll('{{OLDTABLE}}', mode === 'light' ? '(bt.kind IS NOT NULL)' : 'true')
        .replaceAll('{{MATCHTABLE}}', mode === 'light'
        ? `LEFT JOIN ${BEFORE_TABLE} bt ON bt.kind = 'table' AND bt.k1 = r.oid AND bt.k2 = 0`
        : '')
        .replaceAll('{{MATCH}}', mode !== 'full'
        ? `LEFT JOIN ${BEFORE_TABLE} b
            ON b.kind = id.kind AND b.k1 = id.k1 AND b.k2 = id.k2 AND b.fp = id.fp
               AND coalesce(b.fv, '') = coalesce(id.fv, '')`
        : '');
}
// The stored snapshot has no statistics, and each part of the comparison joins it on a few
// constants (kind, k2) whose selectivity the planner can only guess: a guess of one row makes a
// nested loop over tens of thousands, seconds instead of milliseconds. Every join here is an
// equality, so hash joins always do; SET LOCAL lasts to the end of the statement's transaction
// (the implicit one of this query string, or deploy.sql's open head in a rehearsal, rolled back
// right after).
const NO_NESTED_LOOPS = 'SET LOCAL enable_nestloop = off;';
/** Runs a query string of several statements; the rows of the last. */
async function lastResult(client, text) {
    const results = (await client.query(text));
    return results[results.length - 1];
}
/**
 * The rows of `before` and `after` (queries of snapshot rows) compared by kind and name: each
 * pair whose props differ, and what is on one side only. Fingerprint-only rows (`~…`) are left
 * out: they are never reported.
 */
const byName = (before, after) => `
  SELECT coalesce(a.kind, b.kind) AS kind, coalesce(a.name, b.name) AS name,
         coalesce(a.parent, b.parent) AS parent,
         CASE WHEN b.name IS NULL THEN 'created' WHEN a.name IS NULL THEN 'dropped'
              ELSE 'altered' END AS action,
         b.props AS before, a.props AS after
    FROM (SELECT * FROM (${before}) bs WHERE bs.kind !~ '^~') b
    FULL JOIN (SELECT * FROM (${after}) s WHERE s.kind !~ '^~') a
      ON a.kind = b.kind AND a.name = b.name
   WHERE a.props IS DISTINCT FROM b.props`;
// Every catalog the snapshot reads its rows, names, fingerprints and membership from: first
// those that nearly every change of a deploy writes to (a table, an index, a view, a function
// or a type adds or updates a pg_class, pg_proc or pg_type row), then the rest.
const FIRST_CATALOGS = ['pg_class', 'pg_proc', 'pg_type', 'pg_namespace', 'pg_constraint'];
const OTHER_CATALOGS = [
    'pg_index',
    'pg_attribute',
    'pg_attrdef',
    'pg_depend',
    'pg_rewrite',
    'pg_sequence',
    'pg_trigger',
    'pg_enum',
    'pg_range',
    'pg_policy',
    'pg_extension',
    'pg_collation',
    'pg_language',
    'pg_am',
    'pg_operator',
    'pg_auth_members',
];
/**
 * A cheap digest of the catalog's state, to see at the end that nothing at all changed without
 * the comparison (which reads, joins and names every object: 0.2 s with 40 000 objects; the digest
 * takes a tenth of that). Per catalog: the row count, and the sum and a hashed sum of each row's
 * xmin. Any change of a catalog row writes a new row version with an xmin that was not visible
 * before; a deletion alone lowers the count. xmin is read through age(), which compares xids
 * without a text conversion; age(xmin) - age('3') is the same for a row however far the current
 * xid has moved (bootstrap and frozen xids read as the maximum: left out of the sums, in the
 * count). Roles are readable only by value (pg_authid is for superusers).
 *
 * In two parts, `first` and `other` (see the catalog lists): at the end, the other part is read
 * only when the first is unchanged, so a deploy that did change something (and is compared
 * anyway) pays for a few catalogs, not all of them.
 */
const digestOf = (tables, extra = []) => `pg_catalog.concat_ws(';', ${[
    ...tables.map((t) => `(SELECT pg_catalog.concat_ws(':', count(*), sum(d), sum(pg_catalog.hashint8(d)))
             FROM (SELECT NULLIF(pg_catalog.age(x.xmin), 2147483647)::int8 - r.r AS d
                     FROM pg_catalog.${t} x, r) x)`),
    ...extra,
].join(',\n')})`;
const ROLES = `(SELECT pg_catalog.md5(pg_catalog.string_agg(ro::text, ',' ORDER BY ro.oid)) FROM pg_catalog.pg_roles ro)`;
const FIRST_DIGEST = digestOf(FIRST_CATALOGS);
const OTHER_DIGEST = digestOf(OTHER_CATALOGS, [ROLES]);
const WITH_AGE = `WITH r AS (SELECT pg_catalog.age('3'::pg_catalog.xid) AS r)`;
const PROBE_SQL = `${WITH_AGE} SELECT ${FIRST_DIGEST} || '|' || ${OTHER_DIGEST} AS probe`;
// The other part as an InitPlan in a CASE branch: evaluated only when the branch is taken.
// OFFSET 0 keeps the first part a subquery of its own, computed once.
const UNCHANGED_SQL = `${WITH_AGE}
  SELECT CASE WHEN q.first = $1 THEN ${OTHER_DIGEST} = $2 ELSE false END AS unchanged
    FROM (SELECT ${FIRST_DIGEST} AS first OFFSET 0) q`;
/** Every catalog the report reads, by name: the digest's, and roles' own (pg_authid). */
const REPORTED_CATALOGS = [...FIRST_CATALOGS, ...OTHER_CATALOGS, 'pg_authid'];
// Rows inserted, updated or deleted in those catalogs by the session's open transaction (its
// subtransactions included, rolled-back ones too): the statistics the backend keeps for the
// transaction in progress, a few counters per catalog. NULL when they are not kept (track_counts
// off).
const CATALOG_WRITES_SQL = `SELECT CASE WHEN pg_catalog.current_setting('track_counts')::bool THEN
    (SELECT coalesce(sum(pg_catalog.pg_stat_get_xact_tuples_inserted(c.oid)
                         + pg_catalog.pg_stat_get_xact_tuples_updated(c.oid)
                         + pg_catalog.pg_stat_get_xact_tuples_deleted(c.oid)), 0)
       FROM pg_catalog.pg_class c
      WHERE c.relnamespace = 'pg_catalog'::pg_catalog.regnamespace
        AND c.relname = ANY ('{${REPORTED_CATALOGS.join(',')}}'::pg_catalog.name[]))
  END AS writes`;
const SAVEPOINT = 'pgmi_change_report';
/**
 * Whether the session's open transaction wrote to the catalogs the report reads: false only when
 * it certainly did not, so that its COMMIT changes nothing a "before" snapshot could see. Asked
 * inside deploy.sql's transaction, under a savepoint: should the question fail (a statement
 * timeout deploy.sql set, say), the transaction is as it was and the answer is "it may have".
 *
 * The counters also hold what earlier transactions of the session wrote until the backend
 * passes them on to the shared statistics (when idle, at most once a second): only a total of
 * zero is an answer, anything else is "it may have". `flushCatalogWrites` before the
 * transaction opens makes that total the transaction's own (PostgreSQL 15+). With track_counts
 * off now the answer is "it may have"; a superuser deploy.sql that turned it off and on again
 * within the transaction could hide the writes made in between (not guarded against).
 */
async function transactionWroteCatalog(client) {
    try {
        const results = (await client.query(`SAVEPOINT ${SAVEPOINT}; ${CATALOG_WRITES_SQL}; RELEASE SAVEPOINT ${SAVEPOINT}`));
        const writes = results[1].rows[0].writes;
        return writes === null || Number(writes) !== 0;
    }
    catch {
        await client
            .query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}; RELEASE SAVEPOINT ${SAVEPOINT}`)
            .catch(() => undefined);
        return true;
    }
}
/**
 * Has the backend pass its pending statistics on as soon as this statement ends (it is then
 * idle), so that the counters `transactionWroteCatalog` reads start from zero. PostgreSQL 15+;
 * only a speed-up, a failure is ignored.
 */
async function flushCatalogWrites(client) {
    await client.query('SELECT pg_catalog.pg_stat_force_next_flush()').catch(() => undefined);
}
/** The digest of the catalog's state now (both parts, `first|other`). */
async function probeCatalog(client) {
    return (await client.query(PROBE_SQL)).rows[0].probe;
}
/** Whether the catalog's digest is still `digest` (from `probeCatalog` or `snapshotCatalog`). */
async function catalogUnchanged(client, digest) {
    const bar = digest.indexOf('|');
    const r = await client.query(UNCHANGED_SQL, [
        digest.slice(0, bar),
        digest.slice(bar + 1),
    ]);
    return r.rows[0].unchanged;
}
const STORE_SNAPSHOT = (serverVersionNum) => `CREATE TEMP TABLE _pgmi_catalog_before AS ${snapshotSql(serverVersionNum)};
   GRANT SELECT ON ${BEFORE_TABLE} TO PUBLIC;`;
/**
 * Stores the "before" snapshot in the session, and returns a digest of the catalog as it is
 * then (with the snapshot's own table): what diffCatalog needs to see that nothing changed. One
 * query string, one round trip. A change another session commits between the snapshot and the
 * digest is in neither report: it is not the deploy's.
 */
async function snapshotCatalog(client, serverVersionNum) {
    const results = (await client.query(`${STORE_SNAPSHOT(serverVersionNum)} ${PROBE_SQL}`));
    return { digest: results[2].rows[0].probe, rows: results[0].rowCount ?? 0 };
}
/**
 * Stores the "before" snapshot alone; returns its row count. The digest is then taken with
 * `probeCatalog` when it should be (see report-connection.ts).
 */
async function storeSnapshot(client, serverVersionNum) {
    const results = (await client.query(STORE_SNAPSHOT(serverVersionNum)));
    return results[0].rowCount ?? 0;
}
/**
 * Below this many objects in the "before" snapshot (a new or small database), the comparison
 * starts with the light pass: a fresh deploy's many new objects are cheapest described that way.
 * From there on, a deploy mostly changes a few of many objects, and the pass that describes
 * what changed in full goes first.
 */
const LIGHT_FIRST_BELOW = 5000;
/**
 * Compares the live catalog with the stored snapshot. Given what snapshotCatalog returned, a
 * catalog whose digest has not changed has no changes, and nothing else runs. Otherwise up to
 * three passes, each matching every object to the snapshot by identity and fingerprint:
 * - light (small snapshots only): describes the objects that match none; when every object of
 *   the snapshot found its match, those are the new objects and the report;
 * - changed: describes in full the objects that match none on either side and compares them by
 *   kind and name (an object that was dropped and created again under the same name is compared
 *   with itself);
 * - full, only after a rename (an object whose identity stayed and whose name did not) or a
 *   change of something named in other objects' rows that the snapshot keeps no name for (a
 *   collation, a language, an access method, an operator): every object described and compared
 *   by kind and name, as the objects that name the renamed one changed without a fingerprint of
 *   their own moving.
 */
async function diffCatalog(client, serverVersionNum, before, options = {}) {
    if (before !== undefined && (await catalogUnchanged(client, before.digest))) {
        return buildChangeReport([]);
    }
    const lightFirstBelow = options.lightFirstBelow ?? LIGHT_FIRST_BELOW;
    if (before === undefined || before.rows < lightFirstBelow) {
        options.passes?.push('light');
        const quick = await lastResult(client, `${NO_NESTED_LOOPS}
       WITH cur AS (${snapshotSql(serverVersionNum, 'light')})
       SELECT kind, name, parent, 'created' AS action, NULL::text[] AS before, props AS after,
              NULL::int AS changed
         FROM cur WHERE new AND name IS NOT NULL AND kind !~ '^~'
       UNION ALL
       SELECT NULL, NULL, NULL, NULL, NULL, NULL,
              ((SELECT count(*) FROM ${BEFORE_TABLE}) - count(*) FILTER (WHERE NOT new))::int
         FROM cur`);
        const changed = quick.rows.find((r) => r.changed !== null)?.changed;
        if (changed === 0) {
            return buildChangeReport(quick.rows.filter((r) => r.changed === null).map(decoded));
        }
    }
    options.passes?.push('changed');
    const restricted = await lastResult(client, `${NO_NESTED_LOOPS}
     WITH cur AS (${snapshotSql(serverVersionNum, 'changed')}),
     c AS (SELECT * FROM cur WHERE new),
     b AS (SELECT bb.* FROM ${BEFORE_TABLE} bb
            WHERE NOT EXISTS (SELECT FROM cur m
                               WHERE NOT m.new AND m.kind = bb.kind AND m.k1 = bb.k1
                                 AND m.k2 = bb.k2))
     SELECT d.*, NULL::boolean AS fallback FROM (${byName('SELECT * FROM b', 'SELECT * FROM c')}) d
     UNION ALL
     SELECT NULL, NULL, NULL, NULL, NULL, NULL,
            EXISTS (SELECT FROM b JOIN c ON c.kind = b.kind AND c.k1 = b.k1 AND c.k2 = b.k2
                     WHERE c.name IS DISTINCT FROM b.name)
            OR EXISTS (SELECT FROM b WHERE b.kind ~ '^~' AND b.name IS NULL)`);
    if (restricted.rows.find((r) => r.fallback !== null)?.fallback === false) {
        return buildChangeReport(restricted.rows.filter((r) => r.fallback === null).map(decoded));
    }
    options.passes?.push('full');
    const r = await lastResult(client, `${NO_NESTED_LOOPS}
     ${byName(`SELECT * FROM ${BEFORE_TABLE}`, snapshotSql(serverVersionNum))}`);
    return buildChangeReport(r.rows.map(decoded));
}
const KIND_ORDER = [
    'role',
    'extension',
    'schema',
    'type',
    'sequence',
    'table',
    'column',
    'constraint',
    'index',
    'view',
    'function',
    'procedure',
    'trigger',
    'policy',
    'grant',
];
const ACTION_ORDER = ['created', 'altered', 'dropped'];
// Properties kept as digests: the report can say that they changed, not what they became.
const DIGESTS = new Set([
    'definition',
    'body',
    'arguments',
    'using',
    'check',
    'generation',
    'expressions',
    'expression',
]);
function show(v) {
    if (v === null || v === undefined)
        return 'none';
    if (Array.isArray(v))
        return v.length ? v.join(', ') : 'none';
    return String(v);
}
function alteredDetail(before, after) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    const parts = [];
    for (const k of keys) {
        if (JSON.stringify(before[k]) === JSON.stringify(after[k]))
            continue;
        parts.push(DIGESTS.has(k) ? `${k} changed` : `${k}: ${show(before[k])} → ${show(after[k])}`);
    }
    return parts.length ? parts.join('; ') : undefined;
}
function createdDetail(kind, after) {
    if (!after)
        return undefined;
    if (kind === 'column' && typeof after.type === 'string') {
        // 'true' as the snapshot sends it (see propsOf).
        const notNull = after['not null'] === true || after['not null'] === 'true';
        return notNull ? `${after.type} not null` : after.type;
    }
    if (kind === 'grant' && typeof after.privileges === 'string')
        return after.privileges;
    return undefined;
}
/**
 * Turns the differing rows into the report. A created table's columns are part of it (not
 * listed); everything that belonged to a dropped table or object went with it (not listed).
 */
function buildChangeReport(rows) {
    const created = new Set(rows.filter((r) => r.action === 'created' && r.kind === 'table').map((r) => r.name));
    const dropped = new Set(rows.filter((r) => r.action === 'dropped').map((r) => r.name));
    const changes = [];
    for (const r of rows) {
        if (r.parent !== null && dropped.has(r.parent) && r.action === 'dropped')
            continue;
        if (r.kind === 'column' && r.parent !== null && created.has(r.parent))
            continue;
        const change = { action: r.action, kind: r.kind, name: r.name };
        const detail = r.action === 'altered'
            ? alteredDetail(r.before ?? {}, r.after ?? {})
            : r.action === 'created'
                ? createdDetail(r.kind, r.after)
                : undefined;
        if (detail)
            change.detail = detail;
        changes.push(change);
    }
    changes.sort((a, b) => ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const counts = { created: 0, altered: 0, dropped: 0 };
    for (const c of changes)
        counts[c.action]++;
    return { changes, counts };
}

;// CONCATENATED MODULE: ./src/engine/session/report-connection.ts




const MODES = ['auto', 'always', 'never'];
/** Reads the mode; anything else is a configuration error (exit 10), found before connecting. */
function reportConnectionMode(env) {
    const raw = env.PGMI_CHANGE_REPORT_CONNECTION;
    if (raw === undefined || raw === '')
        return 'auto';
    if (MODES.includes(raw))
        return raw;
    throw new errors/* ConfigError */.xL(`invalid configuration: PGMI_CHANGE_REPORT_CONNECTION=${JSON.stringify(raw)}; expected auto, always or never`);
}
/**
 * In `auto`, the size of pg_class on disk from which the snapshot is taken on its own
 * connection: about 3500 tables, indexes and views, whose snapshot takes about as long as the
 * session's preparation on a small project. Below, a second connection (a backend to start, an
 * authentication) costs more than it saves, most of all in a fleet.
 */
const SEPARATE_FROM_BYTES = 1024 * 1024;
/** The expression `auto` decides on: a file size, no catalog read. */
const CATALOG_BYTES_SQL = "pg_catalog.pg_relation_size('pg_catalog.pg_class'::pg_catalog.regclass)";
/** How the connection shows in pg_stat_activity. */
const REPORT_APPLICATION_NAME = 'pgmi change report';
class ReportConnection {
    abort = new AbortController();
    connecting;
    connection;
    /** When connecting started (performance.now()). */
    startedAt = performance.now();
    snapshot;
    taken;
    disarm;
    closed = false;
    /** Whether the snapshot's statement is done (stored or failed). */
    settled = false;
    endpoint;
    /** Starts connecting to `database` (which exists: the deploy session is open on it). */
    constructor(provider, database, control) {
        this.endpoint = { host: provider.host, port: provider.port };
        this.connecting = provider
            .connect({ database, signal: this.abort.signal, once: true })
            .then(async (c) => {
            if (this.closed) {
                await endBounded(c.client);
                throw new Error('closed before it was used');
            }
            this.connection = c;
            // Ctrl-C or --timeout while the snapshot or the comparison runs: cancelled like the
            // deploy session's statements.
            this.disarm = guardConnection(c.client, provider, control);
            await c.client.query(`SET application_name = '${REPORT_APPLICATION_NAME}'`);
            return c;
        });
        this.connecting.catch(() => undefined);
    }
    /**
     * Starts the snapshot as soon as the connection is up: call once the deploy lock is held (again:
     * nothing).
     */
    start(serverVersionNum) {
        if (this.snapshot)
            return;
        this.snapshot = this.connecting.then((c) => storeSnapshot(c.client, serverVersionNum));
        this.snapshot.then(() => (this.settled = true), () => (this.settled = true));
    }
    /**
     * Once the deploy session is prepared: whether this connection is open, with its snapshot
     * started (or taken). A reason instead when it is not; the caller then closes it and takes the
     * snapshot on the deploy session. A connection still being opened is waited for until `openBy`
     * (a performance.now() time), and no longer: a pooler with no free server connection may keep
     * it pending for minutes. The snapshot itself is not waited for here (see `before`).
     */
    async open(openBy) {
        if (!this.snapshot)
            return { unavailable: 'the snapshot was not started' };
        let timer;
        const late = new Promise((resolve) => {
            timer = setTimeout(() => resolve('late'), Math.max(0, openBy - performance.now()));
        });
        try {
            const open = await Promise.race([this.connecting, late]);
            if (open === 'late')
                return { unavailable: 'the second connection was not open in time' };
            return { client: open.client };
        }
        catch (err) {
            return { unavailable: (0,errors/* messageOf */.bD)(err) };
        }
        finally {
            clearTimeout(timer);
        }
    }
    /**
     * The stored snapshot and the digest taken once it is stored (after the deploy session's own
     * objects were created, as on the deploy session): call after `open` found the connection
     * open, before anything deploy.sql commits could change the catalog. The same promise on every
     * call; it rejects when the snapshot fails.
     */
    before() {
        this.taken ??= (async () => {
            if (!this.snapshot || !this.connection)
                throw new Error('the snapshot was not started');
            const rows = await this.snapshot;
            const digest = await probeCatalog(this.connection.client);
            return { digest, rows };
        })();
        return this.taken;
    }
    /** Closes the connection (or the attempt still under way); bounded, never throws. */
    async close() {
        this.closed = true;
        this.abort.abort();
        this.disarm?.();
        if (!this.connection)
            return;
        // A snapshot nobody needs any more (deploy.sql changed nothing, or failed before a commit)
        // is cancelled, not left to run its course in the server after pgmi has gone.
        if (this.snapshot && !this.settled) {
            void sendCancelRequest(this.connection.client, this.endpoint.host, this.endpoint.port, {
                unref: true,
            });
        }
        await endBounded(this.connection.client);
    }
}

;// CONCATENATED MODULE: ./src/engine/deploy.ts



















// Same key as upstream pgmi, so a Go deploy and ours exclude each other on one database.
const LOCK_KEY_SQL = "hashtextextended('pgmi.deploy.' || current_database(), 0)";
/** Offline checks on the options themselves (exit 10), all problems reported together. */
function validateDeployOptions(options) {
    const problems = [];
    if (!options.projectPath)
        problems.push('SourcePath is required');
    if (!options.database)
        problems.push('database name is required');
    if (options.timeoutMs < 0)
        problems.push('timeout cannot be negative');
    if (options.compat !== '' && !engine_options/* SUPPORTED_COMPAT */.K4.includes(options.compat)) {
        problems.push(`unsupported API version ${JSON.stringify(options.compat)}; supported: [1]`);
    }
    if (options.rehearse && options.overwrite) {
        problems.push('--rehearse cannot be combined with --overwrite: a rehearsal never drops, creates or alters the database');
    }
    if (options.lockTimeoutMs !== undefined && !(options.lockTimeoutMs >= 0)) {
        problems.push('lock timeout cannot be negative');
    }
    if (options.overwrite && options.database) {
        const db = options.database.toLowerCase();
        if (db === options.maintenanceDatabase.toLowerCase()) {
            problems.push(`overwrite workflow failed: cannot overwrite maintenance database ${JSON.stringify(options.database)}; pgmi connects to it for CREATE/DROP DATABASE; pick a different target with -d`);
        }
        else if (db === 'template0' || db === 'template1') {
            problems.push(`overwrite workflow failed: cannot drop template database ${JSON.stringify(options.database)} (template0/template1 are protected by PostgreSQL)`);
        }
    }
    if (problems.length)
        throw new errors/* ConfigError */.xL(`invalid configuration: ${problems.join('; ')}`);
}
/** Scans the project and reads deploy.sql (nothing connects). Throws the usual exit-10/14 errors. */
async function prepareProject(projectPath) {
    const scan = await (0,project_scan/* scanProject */.v)(projectPath, { requireDeploySql: true });
    const deploySql = await (0,project_scan/* readDeploySql */.s)(projectPath);
    assertNoNulByte(deploySql);
    return { files: scan.files, deploySql, macros: findMacros(deploySql) };
}
/** The least a second connection for the change report is waited for (see below). */
const MIN_SIDE_CONNECT_WAIT_MS = 250;
async function closeSession(client, locked) {
    await endBounded(client, async () => {
        if (client.getTransactionStatus() !== 'I')
            await client.query('ROLLBACK').catch(() => undefined);
        // decisions.md 8: release only our own lock, not advisory locks deploy.sql may hold.
        if (locked)
            await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY_SQL})`).catch(() => undefined);
    });
}
/**
 * Session settings deploy.sql runs under: `pgmi.rehearse` ('true' only in a rehearsal; set after
 * the parameters, so `--param rehearse=…` cannot fake it) and `lock_timeout`.
 */
async function applySessionSettings(client, options) {
    const lockTimeoutMs = options.lockTimeoutMs ?? (options.rehearse ? engine_options/* DEFAULT_REHEARSAL_LOCK_TIMEOUT_MS */.Tv : undefined);
    await client.query(`SELECT set_config('pgmi.rehearse', $1, false)${lockTimeoutMs === undefined ? '' : ", set_config('lock_timeout', $2, false)"}`, lockTimeoutMs === undefined
        ? [String(options.rehearse)]
        : [String(options.rehearse), `${Math.round(lockTimeoutMs)}ms`]);
}
/**
 * Deploys a project: scan, (create | recreate) the database, prepare the session, run deploy.sql.
 * Never throws for deployment failures: the error is in `result.error`, its exit code in
 * `result.exitCode`.
 */
async function deploy(options, deps) {
    const now = deps.now ?? (() => performance.now());
    const started = now();
    const elapsed = () => Math.floor(now() - started);
    const emit = (e) => deps.onEvent?.({ ...e, elapsedMs: elapsed() });
    const progress = (message) => emit({ type: 'progress', message });
    const verbose = (message) => options.verbose && emit({ type: 'verbose', message });
    const result = {
        status: 'failed',
        exitCode: errors/* ExitCode */.yU.General,
        database: options.database,
        filesLoaded: 0,
        testMacros: 0,
        durationMs: 0,
        tests: [],
        engineRan: true,
    };
    const control = new run_control/* RunControl */.j(options.timeoutMs, deps.signal);
    const timings = {};
    result.timings = timings;
    let lapStart = now();
    const lap = () => {
        const t = now();
        const ms = Math.round(t - lapStart);
        lapStart = t;
        return ms;
    };
    let session;
    /** The change report's own connection (see report-connection.ts), while it is in use. */
    let side;
    let locked = false;
    let checksums;
    const stopChecksums = { aborted: false };
    let disarm;
    /** Set while a loss of the session would be reported as happening here (execute has its own). */
    let phase;
    try {
        emit({ type: 'phase', phase: 'validate' });
        validateDeployOptions(options);
        (0,params/* validateParams */.XB)(options.params);
        const reportMode = reportConnectionMode(deps.env ?? process.env);
        lap();
        let project;
        if (deps.project) {
            // Scanned, checked and checksummed once for many deploys (a fleet).
            project = deps.project;
            checksums = Promise.resolve();
        }
        else {
            const scan = await (0,project_scan/* scanProject */.v)(options.projectPath, {
                env: deps.env,
                requireDeploySql: true,
                deferPgmiChecksum: true,
            });
            const text = await (0,project_scan/* readDeploySql */.s)(options.projectPath);
            assertNoNulByte(text);
            project = { files: scan.files, deploySql: text, macros: findMacros(text) };
            // The normalised checksums are computed while connecting (between network waits); the
            // upload waits for them.
            checksums = (0,checksum/* completePgmiChecksums */.LG)(scan.files, { signal: stopChecksums }).then((ms) => {
                timings.checksumMs = Math.round((scan.checksumMs ?? 0) + ms);
                verbose(`Checksums computed in ${timings.checksumMs} ms, overlapping the connection`);
            });
            checksums.catch(() => undefined);
        }
        const { files, deploySql, macros } = project;
        timings.scanMs = lap();
        timings.projectBytes = files.reduce((n, f) => n + f.sizeBytes, 0);
        verbose(`Scanned ${files.length} files (${timings.projectBytes} bytes) in ${timings.scanMs} ms`);
        control.throwIfAborted();
        emit({ type: 'phase', phase: 'database' });
        lap();
        const ctx = {
            provider: deps.provider,
            options,
            control,
            emit: (e) => deps.onEvent?.({ ...e, elapsedMs: elapsed() }),
            progress,
            verbose: (m) => void verbose(m),
        };
        session = options.overwrite
            ? await recreateTarget(ctx, deps.approve ?? approver/* nonInteractiveApprover */.V)
            : await openTarget(ctx);
        result.serverVersion = session.server.version;
        emit({ type: 'connected', database: options.database, serverVersion: session.server.version });
        emit({ type: 'phase', phase: 'session' });
        const { client } = session;
        (0,connection_loss/* watchConnection */.qq)(client);
        control.throwIfAborted();
        disarm = guardConnection(client, deps.provider, control);
        phase = 'connect';
        await assertSessionPinned(client);
        phase = 'lock';
        // PostgreSQL 14+: a backend whose client is gone (killed runner, lost network) stops its
        // statement within a second and releases the deploy lock, instead of running to the end.
        // With the size of the catalog, which decides where the change report's snapshot is taken.
        const setup = await client.query(`SELECT ${CATALOG_BYTES_SQL} AS catalog_bytes${session.server.versionNum >= 140000
            ? ", set_config('client_connection_check_interval', '1s', false)"
            : ''}`);
        // The change report's snapshot on a second connection, taken while the session is prepared,
        // when the catalog is large; a rehearsal compares inside the head's open transaction, on the
        // deploy session. A fresh database (--overwrite) is snapshotted in no time anyway.
        if (options.changeReport &&
            !options.rehearse &&
            !options.overwrite &&
            (reportMode === 'always' ||
                (reportMode === 'auto' && Number(setup.rows[0].catalog_bytes) >= SEPARATE_FROM_BYTES))) {
            side = new ReportConnection(deps.provider, options.database, control);
        }
        await acquireDeployLock(client, {
            key: LOCK_KEY_SQL,
            database: options.database,
            waitMs: options.lockWaitMs ?? 0,
            progress,
        });
        locked = true;
        side?.start(session.server.versionNum);
        timings.connectMs = lap();
        verbose(`Connected and locked in ${timings.connectMs} ms`);
        phase = 'load';
        progress('Preparing session: scanning files, loading parameters');
        const prepared = await prepareSession(client, {
            files,
            params: options.params,
            checksumsReady: checksums,
        });
        Object.assign(timings, prepared.timings);
        verbose(`Session prepared: schema ${prepared.timings.sessionSchemaMs} ms, files ${prepared.timings.uploadMs} ms, views ${prepared.timings.sessionViewsMs} ms`);
        result.filesLoaded = prepared.filesLoaded;
        progress(`Loaded ${prepared.filesLoaded} files`);
        if (prepared.parameters > 0)
            progress(`Loaded ${prepared.parameters} parameters`);
        emit({
            type: 'session-prepared',
            filesLoaded: prepared.filesLoaded,
            parameters: prepared.parameters,
        });
        const versionNum = session.server.versionNum;
        await applySessionSettings(client, options);
        // The "before" picture, after pgmi's own (temporary) session objects and before any of
        // deploy.sql's work.
        // Only a report: when it cannot be taken, the deploy goes on without one.
        lap();
        let snapshotStarted = now();
        const snapshotTime = () => Math.round(now() - snapshotStarted);
        // Where the comparison runs: the connection that holds the "before" snapshot.
        let reportClient = client;
        // What the snapshot returns (the catalog's digest, its size), undefined without a snapshot.
        let catalogBefore;
        // A second connection still being opened is worth waiting for about as long as the deploy
        // session took to open: on a large catalog the snapshot then runs there, beside the
        // comparison, instead of here.
        const separate = await side?.open(side.startedAt + Math.max(2 * (timings.connectMs ?? 0), MIN_SIDE_CONNECT_WAIT_MS));
        // There, deploy.sql does not wait for the snapshot: only a commit that may change the
        // catalog does (`beforeCommit`), so that the snapshot never sees deploy.sql's work. When
        // nothing deploy.sql commits writes to the catalog, the snapshot is never waited for at all:
        // the catalog is as it was, and the report says so.
        let separateBefore;
        let separateTaken;
        /** Set before a commit that may change the catalog is sent. */
        let catalogMayChange = false;
        const takenSeparately = () => (separateTaken ??= separateBefore.then((before) => {
            verbose(`Catalog snapshot ready on the second connection after ${snapshotTime()} ms`);
            return before;
        }, (err) => {
            progress(`warning: no change report: ${(0,errors/* messageOf */.bD)(err)}`);
            return undefined;
        }));
        if (separate?.client) {
            reportClient = separate.client;
            separateBefore = side.before();
            separateBefore.catch(() => undefined);
            verbose('Catalog snapshot under way on a second connection; deploy.sql waits for it only before a commit that may change the catalog');
        }
        else if (options.changeReport) {
            if (separate) {
                verbose(`Catalog snapshot taken on the deploy session: ${separate.unavailable}`);
                await side?.close();
                side = undefined;
            }
            snapshotStarted = now();
            catalogBefore = await snapshotCatalog(client, versionNum).then((before) => {
                verbose(`Catalog snapshot taken in ${snapshotTime()} ms`);
                return before;
            }, (err) => {
                progress(`warning: no change report: ${(0,errors/* messageOf */.bD)(err)}`);
                return undefined;
            });
        }
        const snapshotTaken = catalogBefore !== undefined || separateBefore !== undefined;
        if (options.changeReport)
            timings.changeReportMs = lap();
        const beforeCommit = separateBefore
            ? async (kind) => {
                // An open transaction that wrote nothing to the catalog commits without waiting.
                if (kind === 'transaction' && !(await transactionWroteCatalog(client)))
                    return;
                catalogMayChange = true;
                const started = now();
                catalogBefore = await takenSeparately();
                const waited = Math.round(now() - started);
                timings.changeReportMs = (timings.changeReportMs ?? 0) + waited;
                verbose(`Waited ${waited} ms for the catalog snapshot before a commit`);
            }
            : undefined;
        // The comparison only reports: its failure (deploy.sql ran DISCARD TEMP, say) never fails
        // the deploy.
        const report = async () => {
            if (separateBefore) {
                if (!catalogMayChange) {
                    verbose('Catalog unchanged: nothing deploy.sql committed wrote to it');
                    return buildChangeReport([]);
                }
                if (!catalogBefore)
                    return undefined;
            }
            const started = now();
            return diffCatalog(reportClient, versionNum, catalogBefore)
                .then((r) => {
                verbose(`Catalog compared in ${Math.round(now() - started)} ms`);
                return r;
            }, (err) => {
                // node-postgres says only "not queryable" once a connection is gone: say why.
                const lost = reportClient !== client && (0,connection_loss/* isConnectionLoss */.y7)(err, reportClient)
                    ? `its connection was lost (${(0,errors/* messageOf */.bD)((0,connection_loss/* connectionErrorOf */.GW)(reportClient) ?? err)})`
                    : (0,errors/* messageOf */.bD)(err);
                progress(`warning: no change report: ${lost}`);
                return undefined;
            })
                .finally(() => {
                timings.changeReportMs = (timings.changeReportMs ?? 0) + Math.round(now() - started);
            });
        };
        control.throwIfAborted();
        phase = undefined;
        emit({ type: 'phase', phase: 'execute' });
        progress(options.rehearse
            ? 'Rehearsing deploy.sql: the atomic head and its tests run, then roll back; the tail is not run'
            : 'Executing deploy.sql');
        if (macros.length)
            verbose(`Expanded ${macros.length} test macro(s) in deploy.sql`);
        lap();
        timings.deploySqlStartMs = elapsed();
        const outcome = await executeDeploySql({
            client,
            host: deps.provider.host,
            port: deps.provider.port,
            control,
            deploySql,
            database: options.database,
            macros,
            files,
            verbose: options.verbose,
            emit,
            elapsed,
            rehearse: options.rehearse,
            beforeCommit,
            beforeOpen: beforeCommit && versionNum >= 150000 ? () => flushCatalogWrites(client) : undefined,
            beforeTerminator: options.rehearse && snapshotTaken
                ? async () => {
                    result.changeReport = await report();
                }
                : undefined,
        });
        timings.executeMs = lap();
        verbose(`deploy.sql ran in ${timings.executeMs} ms`);
        result.tests = outcome.tests;
        if (outcome.notRehearsed)
            result.notRehearsed = outcome.notRehearsed;
        if (outcome.executionUnits !== undefined) {
            result.testMacros = macros.length;
            result.executionUnits = outcome.executionUnits;
            result.unitsCommitted = outcome.unitsCommitted;
        }
        if (outcome.executionMode)
            result.executionMode = outcome.executionMode;
        if (outcome.failedUnit)
            result.failedUnit = outcome.failedUnit;
        if (outcome.error) {
            // Tail units that committed before the failure stay: report what they changed.
            if (snapshotTaken && !options.rehearse && (outcome.unitsCommitted ?? 0) > 0) {
                result.changeReport = await report();
            }
            throw outcome.error;
        }
        if (options.rehearse) {
            result.status = 'rehearsed';
            result.exitCode = errors/* ExitCode */.yU.Success;
            return result;
        }
        // After the tail: the catalog as the deploy left it.
        if (snapshotTaken)
            result.changeReport = await report();
        result.status = 'success';
        result.exitCode = errors/* ExitCode */.yU.Success;
    }
    catch (thrown) {
        // A cancellation that surfaced as some other failure is still the cancellation.
        // Ctrl-C beats everything; an expired --timeout beats whatever the cut-off step threw, except
        // a connection failure (a connect that timed out is exit 11, as upstream).
        const reason = control.reason;
        const err = !reason && phase && session && (0,connection_loss/* isConnectionLoss */.y7)(thrown, session.client)
            ? (0,connection_loss/* connectionLost */.Bx)(phase, (0,connection_loss/* lossMessage */.L9)(phase, options.database), thrown)
            : thrown;
        const keep = !reason ||
            err === reason ||
            (reason instanceof errors/* TimeoutError */.MU && (0,errors/* exitCodeFor */.Rr)(err) === errors/* ExitCode */.yU.Connection);
        const error = keep
            ? err
            : Object.assign(reason, { cause: reason.cause ?? err });
        result.error = error;
        result.exitCode = (0,errors/* exitCodeFor */.Rr)(error);
    }
    finally {
        stopChecksums.aborted = true;
        await Promise.all([side?.close(), session && closeSession(session.client, locked)]);
        disarm?.();
        control.dispose();
        result.durationMs = elapsed();
    }
    return result;
}


/***/ }),

/***/ 39052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K4: () => (/* binding */ SUPPORTED_COMPAT),
/* harmony export */   Tv: () => (/* binding */ DEFAULT_REHEARSAL_LOCK_TIMEOUT_MS),
/* harmony export */   tM: () => (/* binding */ defaultDeployOptions)
/* harmony export */ });
/* unused harmony export DEFAULT_TIMEOUT_MS */
const DEFAULT_TIMEOUT_MS = 3 * 60 * 1000;
const SUPPORTED_COMPAT = ['1'];
/** `lock_timeout` of a rehearsal unless `--lock-timeout` says otherwise. */
const DEFAULT_REHEARSAL_LOCK_TIMEOUT_MS = 10_000;
function defaultDeployOptions(partial) {
    return {
        maintenanceDatabase: 'postgres',
        overwrite: false,
        force: false,
        params: {},
        timeoutMs: DEFAULT_TIMEOUT_MS,
        compat: '',
        verbose: false,
        rehearse: false,
        changeReport: true,
        ...partial,
    };
}


/***/ }),

/***/ 28160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ formatMs),
/* harmony export */   j: () => (/* binding */ RunControl)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * Deadline and cancellation for one engine run: `--timeout` and the front door's signal
 * (SIGINT/SIGTERM) become one AbortSignal whose reason is the PgmiError that ends the run.
 */

class RunControl {
    timeoutMs;
    external;
    signal;
    controller = new AbortController();
    timer;
    onExternalAbort;
    constructor(timeoutMs, external) {
        this.timeoutMs = timeoutMs;
        this.external = external;
        this.signal = this.controller.signal;
        this.onExternalAbort = () => this.abort(this.externalReason());
        if (external?.aborted)
            this.onExternalAbort();
        else
            external?.addEventListener('abort', this.onExternalAbort, { once: true });
        if (timeoutMs > 0) {
            this.timer = setTimeout(() => this.abort(this.timeoutError()), timeoutMs);
            this.timer.unref();
        }
    }
    externalReason() {
        const r = this.external?.reason;
        return r instanceof _errors__WEBPACK_IMPORTED_MODULE_0__.PgmiError ? r : new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InterruptedError */ .p4('SIGINT');
    }
    timeoutError() {
        return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .TimeoutError */ .MU(`deployment exceeded --timeout ${formatMs(this.timeoutMs)} (context deadline exceeded)`, {
            hints: [
                'raise --timeout (0 disables it), or put statement limits in SQL with SET statement_timeout',
            ],
        });
    }
    abort(reason) {
        if (!this.controller.signal.aborted)
            this.controller.abort(reason);
    }
    /** The error that ended the run, if it was cut short. */
    get reason() {
        return this.signal.aborted ? this.signal.reason : undefined;
    }
    throwIfAborted() {
        if (this.signal.aborted)
            throw this.signal.reason;
    }
    /** Resolves after `ms`, or rejects with the abort reason as soon as the run is cancelled. */
    sleep(ms) {
        return new Promise((resolve, reject) => {
            if (this.signal.aborted)
                return reject(this.signal.reason);
            const t = setTimeout(() => {
                this.signal.removeEventListener('abort', onAbort);
                resolve();
            }, ms);
            const onAbort = () => {
                clearTimeout(t);
                reject(this.signal.reason);
            };
            this.signal.addEventListener('abort', onAbort, { once: true });
        });
    }
    dispose() {
        if (this.timer)
            clearTimeout(this.timer);
        this.external?.removeEventListener('abort', this.onExternalAbort);
    }
}
function formatMs(ms) {
    if (ms % 3600000 === 0)
        return `${ms / 3600000}h`;
    if (ms % 60000 === 0)
        return `${ms / 60000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}


/***/ }),

/***/ 60400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ parseParamArg),
/* harmony export */   XB: () => (/* binding */ validateParams),
/* harmony export */   dj: () => (/* binding */ parseSecretParamArg),
/* harmony export */   r9: () => (/* binding */ mergeParams),
/* harmony export */   rH: () => (/* binding */ readParamsFile)
/* harmony export */ });
/* unused harmony exports parseParamsFile, validateParam */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _go_text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97986);
/**
 * Deployment parameters: `--param key=value`, `--params-file` (pgmi's own format), merging and
 * validation. Parameter values may be secrets: no message here ever contains one.
 *
 * Keys are case-insensitive end to end (decisions.md 3): sources merge on the lower-cased key,
 * later source winning (pgmi.yaml < params files in order < secret params files < `--param` <
 * `--secret-param`), and two spellings of one
 * key inside a single source are a configuration error naming both. Upstream merged case-sensitively
 * and then collided on the session table's lower-cased primary key.
 */



const PREFIX = 'invalid configuration: ';
/** `--param key=value`: split at the first `=`; neither side trimmed; the value may be empty. */
function parseParamArg(arg) {
    const eq = arg.indexOf('=');
    if (eq < 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${PREFIX}invalid parameter format: parameter ${(0,_go_text__WEBPACK_IMPORTED_MODULE_2__/* .goQuote */ .dg)(arg)} is not in key=value format (example: --param env=production)`);
    }
    if (eq === 0) {
        // Upstream echoes the whole argument; everything after `=` is a value, so it is not shown.
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${PREFIX}invalid parameter format: parameter has empty key: "=…" (the value is not shown)`);
    }
    return [arg.slice(0, eq), arg.slice(eq + 1)];
}
/**
 * `--secret-param key=value`: as `--param`, but a malformed one is named by its position only —
 * without `=` the whole argument may be the secret.
 */
function parseSecretParamArg(arg, position) {
    const eq = arg.indexOf('=');
    if (eq <= 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${PREFIX}invalid parameter format: --secret-param number ${position} ${eq < 0 ? 'is not in key=value format' : 'has an empty key'} (the value is not shown; example: --secret-param api_key=…)`);
    }
    return [arg.slice(0, eq), arg.slice(eq + 1)];
}
const PARAMS_FILE_TIP = 'Tip: each line must be KEY=VALUE; blank lines and lines starting with # are ignored; ' +
    'one pair of surrounding "double" or \'single\' quotes is removed from a value.';
/**
 * pgmi's params-file format (not a dotenv dialect): BOM ignored; lines split on `\n` and trimmed;
 * blank and `#` lines skipped (`#` elsewhere is data); split at the first `=`, key and value
 * trimmed; one pair of matching surrounding quotes removed; no escapes, expansion or `export`.
 */
function parseParamsFile(text, path) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const entries = [];
    const lines = body.split('\n');
    for (let n = 0; n < lines.length; n++) {
        const line = (0,_go_text__WEBPACK_IMPORTED_MODULE_2__/* .goTrimSpace */ .hb)(lines[n]);
        if (line === '' || line.startsWith('#'))
            continue;
        const fail = (problem) => new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${PREFIX}failed to parse params file '${path}': line ${n + 1}: ${problem}`, {
            hints: [PARAMS_FILE_TIP],
        });
        const eq = line.indexOf('=');
        if (eq < 0)
            throw fail('invalid format, expected KEY=VALUE');
        const key = (0,_go_text__WEBPACK_IMPORTED_MODULE_2__/* .goTrimSpace */ .hb)(line.slice(0, eq));
        let value = (0,_go_text__WEBPACK_IMPORTED_MODULE_2__/* .goTrimSpace */ .hb)(line.slice(eq + 1));
        if (key === '')
            throw fail('empty key');
        if (value.length >= 2) {
            const first = value[0];
            if ((first === '"' || first === "'") && value.endsWith(first))
                value = value.slice(1, -1);
        }
        entries.push([key, value]);
    }
    return entries;
}
/** Reads and parses one `--params-file` (path relative to the working directory). */
function readParamsFile(path) {
    let bytes;
    try {
        bytes = (0,_go_text__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path));
    }
    catch (err) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${PREFIX}failed to read params file '${path}': ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(err)}`, {
            cause: err,
            hints: ['Tip: params file paths are relative to the current working directory.'],
        });
    }
    const bad = (0,_go_text__WEBPACK_IMPORTED_MODULE_2__/* .firstInvalidUtf8 */ .vE)(bytes);
    if (bad >= 0) {
        // The line number only: the bytes around the offset may be part of a secret value.
        let line = 1;
        for (let i = 0; i < bad; i++)
            if (bytes[i] === 0x0a)
                line++;
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${PREFIX}failed to parse params file '${path}': line ${line}: not valid UTF-8`, { hints: ['Tip: re-save the file as UTF-8.'] });
    }
    return parseParamsFile(Buffer.from(bytes).toString('utf8'), path);
}
const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** One key and value; throws naming the key, never the value. */
function validateParam(key, value) {
    if (!KEY_PATTERN.test(key)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${PREFIX}invalid parameter key '${key}': must start with a letter or underscore and contain only letters, digits and underscores, 1-63 characters (PostgreSQL identifier limit)`);
    }
    const nul = value.indexOf('\0');
    if (nul >= 0) {
        const offset = Buffer.byteLength(value.slice(0, nul), 'utf8');
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${PREFIX}invalid parameter value for '${key}': contains NUL byte at offset ${offset}`);
    }
    // A JavaScript string is not UTF-8 only when it holds an unpaired surrogate.
    if (/\p{Surrogate}/u.test(value)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${PREFIX}invalid parameter value for '${key}': not valid UTF-8`);
    }
}
/** Validates every key and value (first problem wins). */
function validateParams(params) {
    const entries = params instanceof Map || Symbol.iterator in params
        ? params
        : Object.entries(params);
    for (const [key, value] of entries)
        validateParam(key, value);
}
/**
 * Merges sources in order on lower-cased keys (later wins) and validates the winners with the key
 * as the user wrote it. Returns lower-cased keys — what the session loads — in a prototype-free
 * object, so a key such as `__proto__` is an ordinary entry.
 */
function mergeParams(sources) {
    const winners = new Map();
    for (const { source, entries } of sources) {
        const spelling = new Map();
        for (const [key, value] of entries) {
            const lower = key.toLowerCase();
            const seen = spelling.get(lower);
            if (seen !== undefined && seen !== key) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${PREFIX}parameter keys '${seen}' and '${key}' in ${source} differ only by case; parameter keys are case-insensitive, so keep one of them`);
            }
            spelling.set(lower, key);
            winners.set(lower, [key, value]);
        }
    }
    const merged = Object.create(null);
    for (const [lower, [key, value]] of winners) {
        validateParam(key, value);
        merged[lower] = value;
    }
    return merged;
}


/***/ }),

/***/ 38797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ buildDeploy)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/connect/resolve.ts + 10 modules
var resolve = __webpack_require__(12680);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/options.ts
var options = __webpack_require__(39052);
// EXTERNAL MODULE: ./src/engine/project/config.ts + 1 modules
var config = __webpack_require__(99405);
// EXTERNAL MODULE: ./src/engine/project/duration.ts
var duration = __webpack_require__(65502);
// EXTERNAL MODULE: ./src/engine/project/params.ts
var project_params = __webpack_require__(60400);
;// CONCATENATED MODULE: ./src/inputs/lock-wait.ts
/**
 * `--lock-wait` (Action input `lock-wait`, pgmi.yaml `lock_wait`): how long a deploy queues
 * behind a concurrent one for the deploy lock. An explicit value wins; pgmi.yaml's is only
 * parsed when there is none; the default 0 keeps exit 15 at once.
 */

function resolveLockWait(input) {
    const ms = (0,duration/* resolveDurationSetting */.j1)(input, {
        flag: '--lock-wait',
        yamlKey: 'lock_wait',
        what: 'lock wait',
        hint: '30s or 5m (0 = do not wait)',
        defaultMs: 0,
        emptyFlagIsAbsent: true,
    });
    return Math.round(ms);
}

// EXTERNAL MODULE: ./src/inputs/secrets.ts
var secrets = __webpack_require__(73332);
;// CONCATENATED MODULE: ./src/inputs/deploy-input.ts
/**
 * Raw deploy input, as any front door receives it (CLI flags, Action inputs, an MCP tool call),
 * mapped to the engine's `DeployOptions` and a resolved connection. All offline: nothing
 * connects here. Every problem found is reported together in one ConfigError (exit 10).
 */









/** Registers secrets with pgmi's redaction when the front door passes no masker of its own. */
const defaultMasker = (0,secrets/* createMasker */.a)();
/** The project path itself, checked first so a typo never reads as a pgmi.yaml problem. */
function checkProjectPath(projectPath) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(projectPath);
    }
    catch {
        throw new errors/* ConfigError */.xL(`invalid configuration: project path "${projectPath}" does not exist`);
    }
    if (!st.isDirectory()) {
        throw new errors/* ConfigError */.xL(`invalid configuration: "${projectPath}" is a file; pass the project directory`);
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
            if (err instanceof errors.PgmiError && err.exitCode === 10)
                problems.push(err);
            else
                throw err;
            return undefined;
        }
    };
    const env = ctx.env;
    let yaml;
    if (raw.useProjectConfig !== false) {
        const loaded = (0,config/* loadProjectEnv */.zr)(raw.projectPath, env);
        // Said at once when the front door listens: a run that fails below must still explain
        // why the file's values (PGDATABASE, say) are missing.
        if (loaded.warning) {
            if (ctx.onWarning)
                ctx.onWarning(loaded.warning);
            else
                warnings.push(loaded.warning);
        }
        yaml = attempt(() => (0,config/* loadPgmiYaml */.R_)(raw.projectPath));
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
        const entries = attempt(() => (0,project_params/* readParamsFile */.rH)(file));
        if (entries)
            sources.push({ source: file, entries });
    }
    for (const file of raw.secretParamsFiles ?? []) {
        const entries = attempt(() => secret((0,project_params/* readParamsFile */.rH)(file)));
        if (entries)
            sources.push({ source: file, entries });
    }
    const cli = attempt(() => (raw.params ?? []).map((p) => (0,project_params/* parseParamArg */.HA)(p)));
    if (cli)
        sources.push({ source: '--param', entries: cli });
    const secretCli = attempt(() => secret((raw.secretParams ?? []).map((p, i) => (0,project_params/* parseSecretParamArg */.dj)(p, i + 1))));
    if (secretCli)
        sources.push({ source: '--secret-param', entries: secretCli });
    sources.push(...(raw.extraParams ?? []));
    const params = attempt(() => {
        const merged = (0,project_params/* mergeParams */.r9)(sources);
        (0,project_params/* validateParams */.XB)(merged);
        return merged;
    });
    const timeoutMs = attempt(() => (0,duration/* resolveTimeout */.ah)({ flag: raw.timeout, yaml: yaml?.timeout }));
    const lockWaitMs = attempt(() => resolveLockWait({ flag: raw.lockWait, yaml: yaml?.lockWait }));
    const lockTimeoutMs = raw.lockTimeout === undefined
        ? undefined
        : attempt(() => {
            try {
                return (0,duration/* parseDuration */.E9)(raw.lockTimeout);
            }
            catch {
                throw new errors/* ConfigError */.xL(`invalid configuration: --lock-timeout: invalid duration ${JSON.stringify(raw.lockTimeout)} (examples: 2s, 10s, 1m)`);
            }
        });
    const connection = attempt(() => (0,resolve.resolveConnection)(raw.connection, {
        env,
        yaml: yaml?.connection,
        onSecret: ctx.onSecret,
        onWarning: ctx.onWarning,
    }));
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1) {
        throw new errors/* ConfigError */.xL(`invalid configuration: ${problems.length} problems:\n` +
            problems
                .map((p, i) => `  ${i + 1}. ${(0,errors/* messageOf */.bD)(p).replace(/^invalid configuration: /, '')}`)
                .join('\n'), { cause: problems[0] });
    }
    const conn = connection;
    return {
        options: (0,options/* defaultDeployOptions */.tM)({
            projectPath: raw.projectPath,
            database: conn.database,
            maintenanceDatabase: conn.maintenanceDatabase,
            overwrite: raw.overwrite ?? false,
            force: raw.force ?? false,
            params: params ?? {},
            timeoutMs: timeoutMs ?? 0,
            lockWaitMs: lockWaitMs ?? 0,
            compat: raw.compat ?? '',
            verbose: raw.verbose ?? false,
            rehearse: raw.rehearse ?? false,
            changeReport: raw.changeReport ?? true,
            ...(lockTimeoutMs !== undefined ? { lockTimeoutMs } : {}),
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
