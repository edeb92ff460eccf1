export const id = 2942;
export const ids = [2942,2791,6709,7454,3800];
export const modules = {

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

/***/ 32942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInit: () => (/* binding */ runInit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tooling_init__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87454);
/* harmony import */ var _tooling_config_file__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9941);
/* harmony import */ var _tooling_templates__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96709);
/* harmony import */ var _tooling_tree__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63800);
/* harmony import */ var _approve__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72791);
/* harmony import */ var _config_wizard__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73556);
/**
 * One run of `pgmi init`: the wizard when interactive and no template was named, then the
 * scaffold, the tree on stdout, and what to do next on stderr.
 */







async function askInit(defaultTarget, io, p) {
    const target = await p.input({ message: 'Project directory', default: defaultTarget });
    const template = await p.select({
        message: 'Template',
        choices: (0,_tooling_templates__WEBPACK_IMPORTED_MODULE_3__.listTemplates)().map((t) => ({
            value: t.name,
            name: t.name,
            description: t.description,
        })),
    });
    const setUp = await p.confirm({ message: 'Set up the database connection now?', default: false });
    if (!setUp)
        return { target, template };
    const connection = await (0,_config_wizard__WEBPACK_IMPORTED_MODULE_6__/* .connectionWizard */ .Qq)(io, p);
    if (!connection)
        return undefined;
    return { target, template, connection };
}
const MANAGED_CLOUD_NOTE = 'The advanced template creates six roles: the deploying user needs CREATEROLE (and CREATEDB\n' +
    'when pgmi creates the database). Its CREATE EXTENSION of hstore and pgcrypto needs no superuser\n' +
    '(both are trusted), so it runs on Azure Database for PostgreSQL, Amazon RDS and Cloud SQL with\n' +
    'their admin user. PostgreSQL 15+. Serve it over HTTP with tools/mcp-gateway.mjs (README.md).\n';
async function runInit(targetArg, templateFlag, io, prompts) {
    let choice = { target: targetArg ?? '.', template: templateFlag ?? 'basic' };
    if (templateFlag === undefined && (prompts || (0,_approve__WEBPACK_IMPORTED_MODULE_5__.isInteractive)(io.env))) {
        try {
            const asked = await askInit(targetArg ?? '.', io, prompts ?? (0,_config_wizard__WEBPACK_IMPORTED_MODULE_6__/* .terminalPrompts */ .qs)());
            if (!asked) {
                io.stderr('Cancelled.\n');
                return 0;
            }
            choice = asked;
        }
        catch (err) {
            if (!(0,_config_wizard__WEBPACK_IMPORTED_MODULE_6__/* .isPromptCancel */ .N)(err))
                throw err;
            io.stderr('Cancelled.\n');
            return 0;
        }
    }
    const result = await (0,_tooling_init__WEBPACK_IMPORTED_MODULE_1__/* .initProject */ .I)(choice.target, choice.template);
    io.stderr(`Wrote ${choice.target} (${result.template} template).\n`);
    io.stdout([`${result.path}/`, ...(0,_tooling_tree__WEBPACK_IMPORTED_MODULE_4__.renderTreeLines)((0,_tooling_tree__WEBPACK_IMPORTED_MODULE_4__.walkTree)(result.path))].join('\n') + '\n');
    if (result.kept.length > 0)
        io.stderr(`Kept the existing ${result.kept.join(' and ')}.\n`);
    if (result.template === 'advanced')
        io.stderr(`\n${MANAGED_CLOUD_NOTE}`);
    let database = 'mydb';
    if (choice.connection) {
        const path = (0,_tooling_config_file__WEBPACK_IMPORTED_MODULE_2__/* .saveConnection */ .Ab)(result.path, choice.connection);
        io.stderr(`\nWrote ${path}\n${(0,_config_wizard__WEBPACK_IMPORTED_MODULE_6__/* .passwordAdvice */ .EH)(choice.connection)}`);
        database = choice.connection.database || database;
    }
    const deploy = result.template === 'advanced'
        ? `pgmi deploy ${choice.target} -d ${database} --params-file ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(choice.target, '.secrets.params')}`
        : `pgmi deploy ${choice.target} -d ${database}`;
    const lines = ['', 'Next:', `  ${deploy}`];
    if (result.template === 'advanced')
        lines.push('      (.secrets.params: admin_password=…, app_password=…, readonly_password=… lines; a hidden file', '       is not loaded by pgmi, and .gitignore keeps *.params out of git)');
    lines.push(`  cd ${choice.target} && pgmi ai setup --assistant claude`, '      (writes .claude/skills/pgmi/: pgmi guidance for an AI coding assistant)', '');
    io.stderr(lines.join('\n'));
    return 0;
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


/***/ }),

/***/ 87454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ initProject),
/* harmony export */   unknownTemplateError: () => (/* binding */ unknownTemplateError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97986);
/* harmony import */ var _templates__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96709);
/* harmony import */ var _tree__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63800);
/**
 * `pgmi init` (and the MCP `init` tool): copies a template into a new or empty directory,
 * replacing `{{PROJECT_NAME}}` (cli.md §2). Nothing printed here; the CLI renders the tree.
 */






/** Files a target may already hold: a connection set up before `init` is kept. */
const KEPT = new Set(['pgmi.yaml', '.env']);
const PLACEHOLDER = /\{\{PROJECT_NAME\}\}/g;
/** The usage error for a template name that is not shipped (also used by `templates describe`). */
function unknownTemplateError(name) {
    const available = [...(0,_templates__WEBPACK_IMPORTED_MODULE_4__/* .templateNames */ .V)()].sort(_engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__/* .compareCodePoints */ .OP);
    return new _engine_errors__WEBPACK_IMPORTED_MODULE_2__.UsageError(`unknown template "${name}" (available: [${available.join(' ')}])`, {
        hints: ['See them with: pgmi templates list'],
    });
}
/** Base name of the target; for `.` and `..` that of the directory they resolve to. */
function projectNameFor(absTarget) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absTarget) || 'project';
}
/** Fails unless `abs` is missing or a directory holding nothing but kept files. */
function checkTarget(abs, shown) {
    let isDir;
    try {
        isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory();
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return;
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__.PgmiError(`cannot access "${shown}": ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(err)}`, { cause: err });
    }
    if (!isDir)
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__.PgmiError(`"${abs}": path exists but is not a directory`);
    const blocking = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs)
        .filter((n) => !KEPT.has(n))
        .sort(_engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__/* .compareCodePoints */ .OP);
    if (blocking.length > 0) {
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__.UsageError(`directory "${abs}" is not empty (blocking: [${blocking.join(' ')}])`, {
            hints: [
                'init never overwrites files: choose a new or empty directory, e.g. pgmi init ./myproject',
            ],
        });
    }
}
function substitute(text, file, name) {
    // In JSON the name must stay a valid string: escape it as JSON does, without the quotes.
    const value = file.endsWith('.json') ? JSON.stringify(name).slice(1, -1) : name;
    return text.replace(PLACEHOLDER, () => value);
}
/**
 * Scaffolds `template` into `target` (created with its parents when missing). The target must not
 * exist or be a directory holding nothing but `pgmi.yaml` and `.env`, which are kept. Unknown
 * template or non-empty target: UsageError (exit 2); a file in the way: exit 1.
 */
async function initProject(target, template = 'basic', opts = {}) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(target);
    checkTarget(abs, target);
    if (!(0,_templates__WEBPACK_IMPORTED_MODULE_4__/* .templateNames */ .V)().includes(template))
        throw unknownTemplateError(template);
    const source = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_templates__WEBPACK_IMPORTED_MODULE_4__.templatesDir)(), template);
    const name = opts.name || projectNameFor(abs);
    const files = [];
    const kept = [];
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(abs, { recursive: true, mode: 0o755 });
        for (const entry of (0,_tree__WEBPACK_IMPORTED_MODULE_5__.walkTree)(source)) {
            const to = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, entry.path);
            if (entry.dir) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(to, { recursive: true, mode: 0o755 });
                continue;
            }
            if (entry.depth === 0 && KEPT.has(entry.name) && existsAsFile(to)) {
                kept.push(entry.path);
                continue;
            }
            const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(source, entry.path), 'utf8');
            // 'wx': never overwrite, even a file that appeared since the emptiness check.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(to, substitute(text, entry.name, name), { mode: 0o644, flag: 'wx' });
            files.push(entry.path);
        }
    }
    catch (err) {
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__.PgmiError(`cannot write the ${template} template to ${abs}: ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(err)}`, {
            cause: err,
        });
    }
    return { path: abs, template, files, kept };
}
function existsAsFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 96709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ templateNames),
/* harmony export */   describeTemplate: () => (/* binding */ describeTemplate),
/* harmony export */   listTemplates: () => (/* binding */ listTemplates),
/* harmony export */   templatesDir: () => (/* binding */ templatesDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97986);
/**
 * The project templates shipped in `templates/` (one directory each) and what `templates list`,
 * `templates describe` and the MCP `templates_list` tool say about them. Front-door neutral: data
 * in, data out, nothing printed.
 */




/** Recommended order: the catalogue's order, then any other template directory by name. */
const CATALOGUE = [
    {
        name: 'basic',
        description: 'Migrations in path order in one transaction, tested before commit',
        bestFor: 'new projects and teams replacing hand-run migration scripts',
        long: 'A small, production-capable scaffold. deploy.sql runs every SQL file in ./migrations/ in ' +
            'path order inside one transaction, loads ./seed/ in development, and lets the tests in ' +
            '__test__/ decide whether anything is committed. A failure names the file. An opt-in ' +
            'ledger (apply_once=true) records each applied migration with its checksum and never ' +
            'runs it again.',
        features: [
            'one transaction: a failing migration, seed or test leaves the database untouched',
            'errors name the failing file ("Failed in ./migrations/…")',
            'opt-in apply-once ledger (path + checksum); an edited applied migration is refused',
            'env parameter: development loads the seed data, other environments do not',
            '__test__/ with a fixture and tests; CALL pgmi_test() gates the COMMIT',
            'pgmi.yaml, .gitignore and a README explaining the model',
            'PostgreSQL 11 or later; no extensions, roles or superuser',
        ],
        minPostgres: 11,
    },
    {
        name: 'advanced',
        description: 'Metadata-driven plan with a ledger, roles, parameters, row-level security and an HTTP API (REST, JSON-RPC, MCP)',
        bestFor: 'teams with many scripts and several environments who want a reference to adapt',
        long: 'A reference application of its own to read, trim and own. Every script carries ' +
            '<pgmi-meta> (id, sort key, idempotent flag) and deploy.sql executes pgmi_plan_view ' +
            'through a ledger keyed by script id and checksum that runs run-once scripts once and ' +
            'catches drift. Parameters are declared in parameters.json and validated; a bootstrap ' +
            'phase creates an owner, admin, application and read-only role; tenants are isolated by ' +
            'row-level security; an index is built concurrently after the commit. Handlers registered ' +
            'in SQL serve REST (with OpenAPI 3.1), JSON-RPC and MCP through tools/mcp-gateway.mjs.',
        features: [
            'plan from <pgmi-meta> sort keys, executed from pgmi_plan_view',
            'ledger by script id + checksum; drift of a run-once script fails or warns (drift_policy)',
            'declared parameters: required/optional, defaults, types; secrets never printed',
            'owner / admin / api / application / customer / read-only roles from a bootstrap phase (needs CREATEROLE)',
            'schemas ledger, app, api, report, membership, …; row-level security per tenant',
            'handler registry: REST (OpenAPI 3.1), JSON-RPC and MCP over HTTP; identity, API keys, audit',
            'nested __test__/ directories with fixtures and teardown, gating the COMMIT',
            'psql-mode tail: CREATE INDEX CONCURRENTLY, recovering an INVALID index',
            'rehearses cleanly (--rehearse); dry_run=true still runs everything, then rolls back',
            'PostgreSQL 15 or later; hstore and pgcrypto (trusted extensions)',
        ],
        minPostgres: 15,
    },
];
/**
 * The shipped `templates/` directory (with a trailing separator): two levels above this module,
 * from `src/tooling/` as from a bundle in `dist/cli/`. Templates travel beside `dist/`, not inside
 * it: the path is built at run time so that the bundler does not copy (and flatten) the tree.
 */
function templatesDir() {
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here, ...['..', '..', 'templates'], node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
}
/** Names of the template directories present, in recommended order. */
function templateNames() {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(templatesDir()).filter((n) => !n.startsWith('.') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(`${templatesDir()}${n}`).isDirectory());
    }
    catch {
        return [];
    }
    const rank = (n) => {
        const i = CATALOGUE.findIndex((t) => t.name === n);
        return i < 0 ? CATALOGUE.length : i;
    };
    return names.sort((a, b) => rank(a) - rank(b) || (0,_engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__/* .compareCodePoints */ .OP)(a, b));
}
/** `templates list` / MCP `templates_list`: basic first, then advanced, then any others. */
function listTemplates() {
    return templateNames().map((name) => {
        const t = CATALOGUE.find((c) => c.name === name);
        return { name, description: t?.description ?? '', bestFor: t?.bestFor ?? '' };
    });
}
/** The full description of a shipped template, or undefined when there is no such template. */
function describeTemplate(name) {
    if (!templateNames().includes(name))
        return undefined;
    return (CATALOGUE.find((t) => t.name === name) ?? {
        name,
        description: '',
        bestFor: '',
        long: '',
        features: [],
        minPostgres: 11,
    });
}


/***/ }),

/***/ 63800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTreeLines: () => (/* binding */ renderTreeLines),
/* harmony export */   walkTree: () => (/* binding */ walkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_project_go_text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97986);
/**
 * Directory listings in walk order (names in byte order, dotfiles included) and their `tree`-style
 * rendering, as `init` prints it and `templates describe` shows a template's structure.
 */



/** Every entry under `root` (not `root` itself), depth first, names in byte order. */
function walkTree(root, maxDepth = Infinity) {
    const out = [];
    const visit = (dir, rel, depth, ancestorsLast) => {
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (0,_engine_project_go_text__WEBPACK_IMPORTED_MODULE_2__/* .compareCodePoints */ .OP)(a.name, b.name));
        entries.forEach((e, i) => {
            const last = i === entries.length - 1;
            const isDir = e.isDirectory();
            const path = `${rel}${e.name}${isDir ? '/' : ''}`;
            out.push({ path, name: e.name, depth, dir: isDir, last, ancestorsLast });
            if (isDir && depth + 1 < maxDepth)
                visit((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name), path, depth + 1, [...ancestorsLast, last]);
        });
    };
    visit(root, '', 0, []);
    return out;
}
/** `├── name` / `└── name` lines with `│   ` or four-space indents; directories end in `/`. */
function renderTreeLines(entries) {
    return entries.map((e) => {
        const indent = e.ancestorsLast.map((l) => (l ? '    ' : '│   ')).join('');
        return `${indent}${e.last ? '└── ' : '├── '}${e.name}${e.dir ? '/' : ''}`;
    });
}


/***/ })

};
