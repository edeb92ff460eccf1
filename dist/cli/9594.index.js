export const id = 9594;
export const ids = [9594];
export const modules = {

/***/ 69594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runConfigWizard: () => (/* binding */ runConfigWizard)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tooling_config_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9941);
/* harmony import */ var _config_wizard__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73556);
/**
 * One run of `pgmi config`: confirm replacing an existing connection, ask for a new one, save it.
 * Cancelling at any prompt prints `Cancelled.` and exits 0.
 */



async function runConfigWizard(dir, io, prompts = (0,_config_wizard__WEBPACK_IMPORTED_MODULE_2__/* .terminalPrompts */ .qs)()) {
    const cancelled = () => {
        io.stderr('Cancelled.\n');
        return 0;
    };
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dir);
    try {
        const existing = (0,_tooling_config_file__WEBPACK_IMPORTED_MODULE_1__/* .readExistingConfig */ .cI)(root);
        if (existing.state !== 'absent') {
            if (existing.state === 'ok')
                io.stderr('pgmi.yaml exists.\n');
            else
                io.stderr(`pgmi.yaml cannot be read: ${existing.message}\n`);
            const replace = await prompts.confirm({
                message: existing.state === 'ok'
                    ? 'Replace its connection settings (params and timeout are kept)?'
                    : 'Replace the whole file?',
                default: false,
            });
            if (!replace)
                return cancelled();
        }
        const conn = await (0,_config_wizard__WEBPACK_IMPORTED_MODULE_2__/* .connectionWizard */ .Qq)(io, prompts);
        if (!conn)
            return cancelled();
        const path = (0,_tooling_config_file__WEBPACK_IMPORTED_MODULE_1__/* .saveConnection */ .Ab)(root, conn);
        io.stderr(`Wrote ${path}\n`);
        io.stderr((0,_config_wizard__WEBPACK_IMPORTED_MODULE_2__/* .passwordAdvice */ .EH)(conn));
        return 0;
    }
    catch (err) {
        if ((0,_config_wizard__WEBPACK_IMPORTED_MODULE_2__/* .isPromptCancel */ .N)(err))
            return cancelled();
        throw err;
    }
}


/***/ }),

/***/ 73556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ passwordAdvice),
/* harmony export */   N: () => (/* binding */ isPromptCancel),
/* harmony export */   Qq: () => (/* binding */ connectionWizard),
/* harmony export */   qs: () => (/* binding */ terminalPrompts)
/* harmony export */ });
/* harmony import */ var _inquirer_prompts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29692);
/* harmony import */ var _inquirer_prompts__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28992);
/* harmony import */ var _inquirer_prompts__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43013);
/* harmony import */ var _inquirer_prompts__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78668);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _engine_redact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32393);
/* harmony import */ var _flags__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95377);
/**
 * The connection wizard of `pgmi config` and `pgmi init` (cli.md §4): provider, auth method, a
 * form, an optional connection test, then the `connection:` block of pgmi.yaml. Prompts come from
 * @inquirer/prompts and are drawn on stderr, so stdout stays clean. A password may be typed for
 * the connection test; it is never written anywhere.
 */




/** @inquirer/prompts, drawn on stderr. */
function terminalPrompts() {
    const ctx = { output: process.stderr };
    return {
        select: ((config) => (0,_inquirer_prompts__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A)(config, ctx)),
        input: (config) => (0,_inquirer_prompts__WEBPACK_IMPORTED_MODULE_4__/* ["default"] */ .A)(config, ctx),
        password: (config) => (0,_inquirer_prompts__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)(config, ctx),
        confirm: (config) => (0,_inquirer_prompts__WEBPACK_IMPORTED_MODULE_6__/* ["default"] */ .A)(config, ctx),
    };
}
/** Ctrl-C (or a closed terminal) during a prompt: the user cancelled. */
function isPromptCancel(err) {
    return (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError'));
}
const required = (what) => (v) => v.trim() !== '' || `${what} is required`;
const validPort = (v) => {
    const n = Number(v);
    return (/^\d+$/.test(v.trim()) && n >= 1 && n <= 65535) || 'a port is a number from 1 to 65535';
};
async function passwordForm(p, provider) {
    const local = provider === 'local';
    const host = await p.input({
        message: 'Host',
        default: local ? 'localhost' : undefined,
        validate: required('the host'),
    });
    const port = await p.input({ message: 'Port', default: '5432', validate: validPort });
    const database = await p.input({ message: 'Database', validate: required('the database') });
    const maintenance = await p.input({ message: 'Maintenance database', default: 'postgres' });
    const username = await p.input({ message: 'Username', default: 'postgres' });
    const sslmode = await p.select({
        message: 'TLS (sslmode)',
        choices: _flags__WEBPACK_IMPORTED_MODULE_2__/* .SSL_MODES */ .yj.map((m) => ({ value: m, name: m })),
        default: local ? 'prefer' : 'require',
    });
    return {
        host: host.trim(),
        port: Number(port),
        username: username.trim(),
        database: database.trim(),
        maintenance_database: maintenance.trim() || 'postgres',
        sslmode,
    };
}
async function cloudForm(p, provider) {
    if (provider === 'google') {
        const instance = await p.input({
            message: 'Cloud SQL instance (project:region:instance)',
            validate: (v) => /^[^:\s]+:[^:\s]+:[^:\s]+$/.test(v.trim()) || 'expected project:region:instance',
        });
        const database = await p.input({ message: 'Database', validate: required('the database') });
        const username = await p.input({
            message: 'IAM database user (e.g. sa@project.iam)',
            validate: required('the user'),
        });
        return {
            database: database.trim(),
            username: username.trim(),
            auth_method: 'google',
            google_instance: instance.trim(),
        };
    }
    const host = await p.input({ message: 'Server host', validate: required('the host') });
    const port = provider === 'aws'
        ? await p.input({ message: 'Port', default: '5432', validate: validPort })
        : '5432';
    const database = await p.input({ message: 'Database', validate: required('the database') });
    const username = await p.input({ message: 'Username', validate: required('the user') });
    const conn = {
        host: host.trim(),
        port: Number(port),
        username: username.trim(),
        database: database.trim(),
        maintenance_database: 'postgres',
        sslmode: 'require',
        auth_method: provider,
    };
    if (provider === 'aws') {
        const region = await p.input({ message: 'AWS region (empty: AWS_REGION at deploy time)' });
        if (region.trim())
            conn.aws_region = region.trim();
    }
    else {
        const tenant = await p.input({ message: 'Entra tenant id (optional)' });
        if (tenant.trim())
            conn.azure_tenant_id = tenant.trim();
        const client = await p.input({ message: 'Client id of a user-assigned identity (optional)' });
        if (client.trim())
            conn.azure_client_id = client.trim();
    }
    return conn;
}
async function connectionStringForm(p, io) {
    const { parseConnectionString } = await __webpack_require__.e(/* import() */ 3766).then(__webpack_require__.bind(__webpack_require__, 93766));
    const text = await p.input({
        message: 'Connection string (postgresql://… or Host=…;Database=…)',
        validate: (v) => {
            try {
                parseConnectionString(v);
                return true;
            }
            catch (err) {
                return (0,_engine_redact__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(err instanceof Error ? err.message : String(err));
            }
        },
    });
    const parsed = parseConnectionString(text);
    if (parsed.password)
        io.stderr('Note: the password in the string is not saved; pgmi.yaml never holds one.\n');
    return {
        host: parsed.host ?? '',
        port: parsed.port ?? 5432,
        username: parsed.user ?? '',
        database: parsed.database ?? '',
        maintenance_database: 'postgres',
        sslmode: parsed.sslmode ?? 'prefer',
        sslcert: parsed.sslcert,
        sslkey: parsed.sslkey,
        sslrootcert: parsed.sslrootcert,
    };
}
/** Connects to the maintenance database (10 s limit); the first part of version() or the error. */
async function testConnection(conn, typedPassword, io) {
    const { resolveConnection } = await Promise.all(/* import() */[__webpack_require__.e(3849), __webpack_require__.e(2680)]).then(__webpack_require__.bind(__webpack_require__, 12680));
    const env = { ...io.env };
    if (typedPassword)
        env.PGPASSWORD = typedPassword;
    const maintenance = conn.maintenance_database || 'postgres';
    try {
        const resolved = resolveConnection({
            host: conn.host,
            port: conn.port,
            username: conn.username,
            database: maintenance,
            sslmode: conn.sslmode,
        }, { env });
        try {
            const { client, server } = await resolved.provider.connect({
                database: maintenance,
                signal: AbortSignal.timeout(10_000),
            });
            await client.end().catch(() => undefined);
            return { ok: true, version: (server.versionString ?? server.version).split(',')[0] };
        }
        finally {
            await resolved.provider.dispose();
        }
    }
    catch (err) {
        return { ok: false, message: (0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatError */ .Wk)(err) };
    }
}
/**
 * Asks for a connection. Returns it, or undefined when the user chose to cancel after a failed
 * test. Ctrl-C propagates as the prompt library's ExitPromptError (see isPromptCancel).
 */
async function connectionWizard(io, p = terminalPrompts()) {
    const plain = !!io.env.NO_COLOR;
    const provider = await p.select({
        message: 'Where does PostgreSQL run?',
        choices: [
            { value: 'local', name: 'Local / On-Premises' },
            { value: 'azure', name: 'Azure Database for PostgreSQL' },
            { value: 'aws', name: 'AWS RDS PostgreSQL' },
            { value: 'google', name: 'Google Cloud SQL' },
            { value: 'string', name: 'Other / Connection String' },
        ],
    });
    let cloud = false;
    if (provider === 'azure' || provider === 'aws' || provider === 'google') {
        const iam = {
            azure: 'Microsoft Entra ID',
            aws: 'IAM database authentication',
            google: 'IAM (Cloud SQL connector)',
        }[provider];
        cloud =
            (await p.select({
                message: 'Authentication',
                choices: [
                    { value: 'iam', name: iam },
                    { value: 'password', name: 'Username and password' },
                ],
            })) === 'iam';
    }
    for (;;) {
        const conn = cloud
            ? await cloudForm(p, provider)
            : provider === 'string'
                ? await connectionStringForm(p, io)
                : await passwordForm(p, provider);
        if (cloud) {
            io.stderr(`${conn.auth_method} authentication configured: pgmi fetches a token at deploy time.\n`);
            return conn;
        }
        if (!(await p.confirm({ message: 'Test the connection now?', default: true })))
            return conn;
        const typed = await p.password({
            message: 'Password for the test (not saved; empty: PGPASSWORD or ~/.pgpass)',
            mask: '*',
        });
        io.stderr('Connecting…\n');
        const result = await testConnection(conn, typed, io);
        if (result.ok) {
            io.stderr(`${plain ? 'ok' : '✓'} Connected: ${result.version}\n`);
            return conn;
        }
        io.stderr(`${plain ? 'FAILED' : '✗'} ${(0,_engine_redact__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(result.message)}\n`);
        const next = await p.select({
            message: 'The test failed. What now?',
            choices: [
                { value: 'edit', name: 'Edit the settings' },
                { value: 'save', name: 'Save them anyway' },
                { value: 'cancel', name: 'Cancel' },
            ],
        });
        if (next === 'save')
            return conn;
        if (next === 'cancel')
            return undefined;
    }
}
/** What to tell the user about the password after saving (pgmi.yaml never holds it). */
function passwordAdvice(conn) {
    if (conn.auth_method)
        return '';
    const host = conn.host || 'localhost';
    const port = conn.port || 5432;
    return ('The password is not stored in pgmi.yaml. Provide it with PGPASSWORD, or add a line to ' +
        `~/.pgpass (mode 0600):\n  ${host}:${port}:*:${conn.username || '<user>'}:<password>\n`);
}


/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ saveConnection),
/* harmony export */   cI: () => (/* binding */ readExistingConfig)
/* harmony export */ });
/* unused harmony exports pgmiYamlPath, renderPgmiYaml */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33243);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17679);
/* harmony import */ var _engine_project_config__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99405);
/**
 * Writing the `connection:` block of `<project>/pgmi.yaml` (project-files.md §4.5), as `pgmi
 * config` does. The file format has no password field, and this module never invents one.
 */





/** Written even when empty, as upstream's wizard does. */
const ALWAYS = new Set([
    'host',
    'port',
    'username',
    'database',
    'sslmode',
]);
const HEADER = '# pgmi project settings (written by `pgmi config`; edit freely).\n' +
    '# No password is stored here: pgmi reads it from PGPASSWORD, ~/.pgpass or a connection string.\n';
function pgmiYamlPath(projectDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, 'pgmi.yaml');
}
/** The project's pgmi.yaml as it stands: absent, parsed, or unparsable (with the reason). */
function readExistingConfig(projectDir) {
    const path = pgmiYamlPath(projectDir);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { state: 'absent' };
        return { state: 'invalid', message: (0,_engine_errors__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(err) };
    }
    try {
        return { state: 'ok', config: (0,_engine_project_config__WEBPACK_IMPORTED_MODULE_4__/* .parsePgmiYaml */ .cf)(text, path) };
    }
    catch (err) {
        return { state: 'invalid', message: (0,_engine_errors__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(err) };
    }
}
/** pgmi.yaml text: the given connection, and the params and timeout of `keep`. */
function renderPgmiYaml(connection, keep = {}) {
    const conn = {};
    for (const key of _engine_project_config__WEBPACK_IMPORTED_MODULE_4__/* .CONNECTION_KEYS */ .wE) {
        const value = connection[key];
        if (value !== undefined && value !== '' && value !== 0)
            conn[key] = value;
        else if (ALWAYS.has(key))
            conn[key] = key === 'port' ? 0 : '';
    }
    const doc = { connection: conn, params: keep.params ?? {}, timeout: keep.timeout ?? '' };
    return HEADER + (0,js_yaml__WEBPACK_IMPORTED_MODULE_2__/* .dump */ .Bh)(doc, { indent: 4, lineWidth: -1 });
}
/**
 * Replaces the connection block of `<projectDir>/pgmi.yaml`, keeping its params and timeout (an
 * unparsable file is replaced whole). Written atomically with mode 0600. Returns the path.
 */
function saveConnection(projectDir, connection) {
    const path = pgmiYamlPath(projectDir);
    const existing = readExistingConfig(projectDir);
    const text = renderPgmiYaml(connection, existing.state === 'ok' ? existing.config : {});
    const tmp = `${path}.pgmi-tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text, { mode: 0o600, flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw err;
    }
    return path;
}


/***/ })

};
