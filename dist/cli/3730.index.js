export const id = 3730;
export const ids = [3730];
export const modules = {

/***/ 37565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ flagSpecs),
/* harmony export */   W2: () => (/* binding */ valueSources),
/* harmony export */   u2: () => (/* binding */ argumentSources)
/* harmony export */ });
/** Named value lists: `FlagSpec.complete` names one of these. */
const valueSources = new Map([
    ['dir', () => 'dirs'],
    ['file', () => 'files'],
]);
/** Flag declarations of commands outside program.ts (GLOBAL_FLAGS and DEPLOY_FLAGS are known). */
const flagSpecs = [];
/** Positional arguments by command path (`templates describe`, `ai skill`) → value source name. */
const argumentSources = new Map();


/***/ }),

/***/ 95377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ attributeName),
/* harmony export */   an: () => (/* binding */ GLOBAL_FLAGS),
/* harmony export */   yH: () => (/* binding */ DEPLOY_FLAGS),
/* harmony export */   yj: () => (/* reexport safe */ _connect_settings__WEBPACK_IMPORTED_MODULE_0__.yj)
/* harmony export */ });
/* harmony import */ var _connect_settings__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78433);
/**
 * Command-line flags, declared once as data. The parser, the help text, shell completion and the
 * GitHub Action's input list (kebab-case, same names) are all derived from these declarations.
 */


/** Global flags (every command). */
const GLOBAL_FLAGS = [
    {
        long: 'verbose',
        short: 'v',
        kind: 'boolean',
        description: 'Print extra [VERBOSE] progress on stderr',
    },
];
/** `pgmi deploy` flags. There is deliberately no password flag (use PGPASSWORD, .pgpass or the connection string). */
const DEPLOY_FLAGS = [
    {
        long: 'connection',
        value: '<string>',
        kind: 'string',
        description: 'PostgreSQL URI or ADO.NET connection string (also PGMI_CONNECTION_STRING, DATABASE_URL)',
    },
    {
        long: 'host',
        short: 'h',
        value: '<host>',
        kind: 'string',
        description: 'Server host or Unix socket directory (PGHOST)',
    },
    {
        long: 'port',
        short: 'p',
        value: '<port>',
        kind: 'port',
        description: 'Server port (PGPORT, default 5432)',
    },
    {
        long: 'username',
        short: 'U',
        value: '<user>',
        kind: 'string',
        description: 'Database user (PGUSER)',
    },
    {
        long: 'database',
        short: 'd',
        value: '<name>',
        kind: 'string',
        description: 'Target database; created when missing (PGDATABASE)',
    },
    {
        long: 'sslmode',
        value: '<mode>',
        kind: 'string',
        complete: 'sslmode',
        description: `TLS mode: ${_connect_settings__WEBPACK_IMPORTED_MODULE_0__/* .SSL_MODES */ .yj.join(', ')} (PGSSLMODE, default prefer)`,
    },
    {
        long: 'sslcert',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Client certificate (PGSSLCERT)',
    },
    {
        long: 'sslkey',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Client private key; passphrase from PGSSLPASSWORD (PGSSLKEY)',
    },
    {
        long: 'sslrootcert',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'CA certificate(s) that verify the server (PGSSLROOTCERT)',
    },
    {
        long: 'azure',
        kind: 'boolean',
        description: 'Authenticate with Microsoft Entra ID (Azure Database for PostgreSQL)',
    },
    {
        long: 'azure-tenant-id',
        value: '<id>',
        kind: 'string',
        description: 'Entra tenant (AZURE_TENANT_ID)',
    },
    {
        long: 'azure-client-id',
        value: '<id>',
        kind: 'string',
        description: 'Service principal or user-assigned managed identity client id (AZURE_CLIENT_ID)',
    },
    { long: 'aws', kind: 'boolean', description: 'Authenticate with an AWS RDS IAM token' },
    {
        long: 'aws-region',
        value: '<region>',
        kind: 'string',
        description: 'AWS region (AWS_REGION, AWS_DEFAULT_REGION)',
    },
    {
        long: 'google',
        kind: 'boolean',
        description: 'Connect through the Cloud SQL connector with IAM authentication',
    },
    {
        long: 'google-instance',
        value: '<name>',
        kind: 'string',
        description: 'Cloud SQL instance connection name, project:region:instance',
    },
    {
        long: 'overwrite',
        kind: 'boolean',
        description: 'Drop and recreate the target database first (asks for confirmation)',
    },
    { long: 'force', kind: 'boolean', description: 'Skip the --overwrite confirmation' },
    {
        long: 'rehearse',
        kind: 'boolean',
        description: 'Run the atomic head and its tests on the existing database, then roll back; report the changes, run no tail',
    },
    {
        long: 'lock-timeout',
        value: '<duration>',
        kind: 'duration',
        description: 'Give up on a lock after this long (SQLSTATE 55P03), e.g. 2s; default 10s for --rehearse, none for a deploy',
    },
    {
        long: 'no-change-report',
        kind: 'boolean',
        description: 'Do not compare the catalog before and after (no "changes" in the result)',
    },
    {
        long: 'param',
        value: '<key=value>',
        kind: 'list',
        description: "Parameter for deploy.sql (current_setting('pgmi.key')); repeatable",
    },
    {
        long: 'params-file',
        value: '<file>',
        kind: 'list',
        complete: 'file',
        description: 'File of KEY=VALUE parameters; repeatable, later files win',
    },
    {
        long: 'secret-param',
        value: '<key=value>',
        kind: 'list',
        description: 'Like --param, but the value is shown as [redacted] in every output; repeatable',
    },
    {
        long: 'secret-params-file',
        value: '<file>',
        kind: 'list',
        complete: 'file',
        description: 'Like --params-file, but the values are shown as [redacted] in every output',
    },
    {
        long: 'timeout',
        value: '<duration>',
        kind: 'duration',
        description: 'Limit for the whole run, e.g. 90s, 5m; 0 disables it (default 3m)',
    },
    {
        long: 'lock-wait',
        value: '<duration>',
        kind: 'duration',
        description: 'Wait this long for a concurrent deploy of the same database to finish instead of exit 15 (default 0)',
    },
    {
        long: 'wait',
        value: '<duration>',
        kind: 'duration',
        description: 'Keep retrying the connection this long while the server is not up yet (CI service containers)',
    },
    {
        long: 'compat',
        value: '<version>',
        kind: 'string',
        description: 'Session API version (only 1 exists)',
    },
    {
        long: 'json',
        kind: 'boolean',
        description: 'Print the result as one JSON document on stdout (human output stays on stderr)',
    },
    {
        long: 'junit-report',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Write test results as JUnit XML',
    },
    {
        long: 'tap',
        value: '[file]',
        kind: 'string',
        complete: 'file',
        description: 'Write test results as TAP 14 (to stderr, or to a file)',
    },
    {
        long: 'pr-comment',
        value: '<mode>',
        kind: 'string',
        description: 'Comment on the PR/MR of this CI build: auto (default) or off',
    },
    {
        long: 'comment-file',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Also write that comment to a file (post it with pgmi comment --from)',
    },
];
/** `--flag-name` → `flagName` (commander's attribute naming). */
function attributeName(long) {
    return long.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}


/***/ }),

/***/ 13730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addFlags: () => (/* binding */ addFlags),
  attributeName: () => (/* reexport */ flags/* attributeName */.CK),
  buildProgram: () => (/* binding */ buildProgram),
  expectArgs: () => (/* binding */ expectArgs),
  helpWidth: () => (/* binding */ helpWidth),
  registrars: () => (/* binding */ registrars),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/project/duration.ts
var duration = __webpack_require__(65502);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(95377);
// EXTERNAL MODULE: ./src/cli/completion-sources.ts
var completion_sources = __webpack_require__(37565);
;// CONCATENATED MODULE: ./src/cli/fleet-flags.ts
/** `pgmi deploy` flags for fleet deploys (many databases), declared as data like DEPLOY_FLAGS. */

const FLEET_FLAGS = [
    {
        long: 'targets-file',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Deploy to every database listed in the file (one name or connection string per line, # comments)',
    },
    {
        long: 'targets',
        value: '<a,b,c>',
        kind: 'string',
        description: 'Deploy to these databases (comma-separated) instead of -d',
    },
    {
        long: 'targets-query',
        value: '<sql>',
        kind: 'string',
        description: 'Deploy to the databases named by the first column of this query (run read-only on the maintenance database)',
    },
    {
        long: 'parallel',
        value: '<n>',
        kind: 'string',
        description: 'Fleet: deploys in flight at once (default 4)',
    },
    {
        long: 'canary',
        value: '<n>',
        kind: 'string',
        description: 'Fleet: deploy the first n targets alone first; stop if any of them fails',
    },
    {
        long: 'continue-on-error',
        kind: 'boolean',
        description: 'Fleet: keep starting targets after one failed (default: the rest are skipped)',
    },
    {
        long: 'shard',
        value: '<i/n>',
        kind: 'string',
        description: 'Fleet: deploy only shard i of n (a stable split, for CI matrix jobs)',
    },
];
completion_sources/* flagSpecs */.$j.push(...FLEET_FLAGS);

// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
;// CONCATENATED MODULE: ./src/cli/program.ts
/**
 * The command tree. Declarations are cheap; each command's implementation is imported only when
 * that command runs, so `pgmi version` starts without loading pg or any cloud SDK.
 */






/** Extra commands registered by other modules (init, info, metadata, templates, ai, serve, ...). */
const registrars = [];
function parsePort(value) {
    if (!/^-?\d+$/.test(value.trim()))
        throw new esm/* InvalidArgumentError */.Di(`invalid port "${value}": not an integer`);
    return Number(value);
}
function parseDurationArg(value) {
    try {
        (0,duration/* parseDuration */.E9)(value);
    }
    catch {
        throw new esm/* InvalidArgumentError */.Di(`invalid duration "${value}" (examples: 90s, 5m, 1h30m)`);
    }
    return value;
}
function addFlags(cmd, flags) {
    for (const f of flags) {
        const spec = `${f.short ? `-${f.short}, ` : ''}--${f.long}${f.value ? ` ${f.value}` : ''}`;
        const opt = new esm/* Option */.c$(spec, f.description);
        if (f.kind === 'list')
            opt.argParser((v, prev = []) => [...prev, v]).default(undefined);
        if (f.kind === 'port')
            opt.argParser(parsePort);
        if (f.kind === 'duration')
            opt.argParser(parseDurationArg);
        cmd.addOption(opt);
    }
    return cmd;
}
/** The exit-code table after `pgmi deploy --help`, wrapped like commander wraps the options. */
function exitCodesHelp(width) {
    const help = new esm/* Help */._V();
    const rows = errors/* EXIT_CODE_NAMES */.YV.map((e) => {
        const lines = help.boxWrap(e.description, width - 6).split('\n');
        return lines
            .map((l, i) => (i === 0 ? `  ${String(e.code).padEnd(4)}` : '      ') + l)
            .join('\n');
    });
    return '\nExit codes:\n' + rows.join('\n') + '\n';
}
/** Positional-argument checks with upstream's wording. */
function expectArgs(args, min, max, name, usage, example) {
    if (args.length < min) {
        throw new errors.UsageError(`missing required argument: ${name}\nUsage: ${usage}\nExample: ${example}`);
    }
    if (args.length > max)
        throw new errors.UsageError(`accepts ${max} arg(s), received ${args.length}`);
}
const BANNER = `
   ___  ___ _ __ ___  (_)
  / _ \\/ _\` | '_ \` _ \\| |
 | |_) | (_| | | | | | | |
 | .__/ \\__, |_| |_| |_|_|
 |_|    |___/

PostgreSQL-native deployments: your deploy.sql decides, pgmi runs it.

  pgmi init ./myproject            scaffold a project (pgmi templates list)
  pgmi deploy ./myproject -d mydb  deploy it
  pgmi --help                      every command
`;
/** Columns help text may use: `COLUMNS`, else the terminal's width, else 80. */
function helpWidth(env, stream) {
    const fromEnv = Number(env.COLUMNS);
    if (Number.isInteger(fromEnv) && fromEnv > 0)
        return fromEnv;
    return stream.isTTY && stream.columns ? stream.columns : 80;
}
function buildProgram(io, setExit) {
    const program = new esm/* Command */.uB('pgmi');
    program
        .description('PostgreSQL-native deployments: load a project into session tables and let deploy.sql decide')
        .helpOption('--help', 'Show help')
        .helpCommand('help [command]', 'Show help for a command')
        .option('--version', 'Print the version')
        .exitOverride()
        .configureOutput({
        writeOut: (s) => io.stdout(s),
        writeErr: (s) => io.stderr(s),
        outputError: () => undefined,
        // Help wraps to the terminal (COLUMNS when set, as shells export it to scripts), 80 otherwise.
        getOutHelpWidth: () => helpWidth(io.env, process.stdout),
        getErrHelpWidth: () => helpWidth(io.env, process.stderr),
    })
        .argument('[command...]')
        .allowExcessArguments(true);
    addFlags(program, flags/* GLOBAL_FLAGS */.an);
    program.action(async (words, opts) => {
        if (words.length)
            throw new errors.UsageError(`unknown command "${words[0]}" for "pgmi"`);
        if (opts.version) {
            io.stdout((0,version/* versionLines */.YM)(io.env).join('\n') + '\n');
            return;
        }
        // cli.md §1.3: a person at a terminal gets the banner on stderr; pipes and CI get the help.
        const { isInteractive } = await __webpack_require__.e(/* import() */ 2791).then(__webpack_require__.bind(__webpack_require__, 72791));
        if (isInteractive(io.env) && !io.env.PGMI_NO_BANNER)
            io.stderr(BANNER);
        else
            io.stdout(program.helpInformation());
    });
    program
        .command('version')
        .description('Print version information')
        .helpOption('--help', 'Show help')
        .allowExcessArguments(true)
        .action(() => io.stdout([...(0,version/* versionLines */.YM)(io.env), `Repository: ${version/* REPOSITORY */.Bw}`].join('\n') + '\n'));
    const deployCmd = program
        .command('deploy')
        .description('Deploy a project: load its files into session tables and run its deploy.sql')
        .argument('[project_path...]', 'project directory holding deploy.sql')
        .helpOption('--help', 'Show help')
        .addHelpText('after', () => exitCodesHelp(helpWidth(io.env, process.stdout)));
    addFlags(deployCmd, [...flags/* DEPLOY_FLAGS */.yH, ...FLEET_FLAGS]);
    deployCmd.action(async (args, opts) => {
        expectArgs(args, 1, 1, '<project_path>', 'pgmi deploy <project_path> [flags]', 'pgmi deploy ./myproject -d mydb');
        const { runDeploy } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(3849), __webpack_require__.e(9405), __webpack_require__.e(6990), __webpack_require__.e(2680), __webpack_require__.e(4117), __webpack_require__.e(5321)]).then(__webpack_require__.bind(__webpack_require__, 65321));
        const flags = { ...program.opts(), ...opts };
        if (typeof flags.wait === 'string')
            flags.wait = (0,duration/* parseDuration */.E9)(flags.wait);
        setExit(await runDeploy(args[0], flags, io));
    });
    for (const register of registrars)
        register(program, io, setExit);
    return program;
}
/** Parses argv and runs the command; returns the exit code. Never throws. */
async function runCli(argv, io) {
    let code = 0;
    const program = buildProgram(io, (c) => (code = c));
    try {
        await program.parseAsync(argv, { from: 'user' });
        return code;
    }
    catch (err) {
        if (err instanceof esm/* CommanderError */.b7) {
            if (err.code === 'commander.helpDisplayed' ||
                err.code === 'commander.help' ||
                err.exitCode === 0)
                return 0;
            const msg = err.message.replace(/^error: /, '');
            io.stderr(`pgmi: error: usage error: ${msg}\n`);
            return 2;
        }
        io.stderr(`pgmi: error: ${(0,errors/* formatError */.Wk)(err)}\n`);
        return (0,errors/* exitCodeFor */.Rr)(err);
    }
}



/***/ }),

/***/ 78433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ endpointOf),
/* harmony export */   _$: () => (/* binding */ isSslMode),
/* harmony export */   yj: () => (/* binding */ SSL_MODES)
/* harmony export */ });
/* unused harmony export isUnixSocket */
/**
 * The resolved, structured connection settings: what `resolveConnection` produces from flags,
 * environment, connection strings and pgmi.yaml, and what providers turn into node-postgres
 * client configs. Plain data; secrets sit in their own fields so `describe`/summaries can skip
 * them.
 */
const SSL_MODES = [
    'disable',
    'allow',
    'prefer',
    'require',
    'verify-ca',
    'verify-full',
];
function isSslMode(value) {
    return SSL_MODES.includes(value);
}
function isUnixSocket(host) {
    return host.startsWith('/');
}
/** `host:port`, with IPv6 literals bracketed and socket directories spelled out. */
function endpointOf(settings) {
    if (isUnixSocket(settings.host))
        return `${settings.host}/.s.PGSQL.${settings.port}`;
    if (settings.host.includes(':'))
        return `[${settings.host}]:${settings.port}`;
    return `${settings.host}:${settings.port}`;
}


/***/ }),

/***/ 17679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   HB: () => (/* binding */ ApprovalDeniedError),
/* harmony export */   Hd: () => (/* binding */ isPgDatabaseError),
/* harmony export */   Hm: () => (/* binding */ failedFileOf),
/* harmony export */   JY: () => (/* binding */ errorHints),
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   N9: () => (/* binding */ ConnectionLostError),
/* harmony export */   PY: () => (/* binding */ ConcurrentDeployError),
/* harmony export */   PgmiError: () => (/* binding */ PgmiError),
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   Re: () => (/* binding */ ExecutionError),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Ry: () => (/* binding */ describePgError),
/* harmony export */   UsageError: () => (/* binding */ UsageError),
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   YV: () => (/* binding */ EXIT_CODE_NAMES),
/* harmony export */   am: () => (/* binding */ DeploySqlMissingError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   eB: () => (/* binding */ errorChain),
/* harmony export */   m2: () => (/* binding */ errorDetail),
/* harmony export */   p4: () => (/* binding */ InterruptedError),
/* harmony export */   wm: () => (/* binding */ firstPgError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32393);
/**
 * One error family for every front door. Exit codes keep upstream pgmi's numbers so existing
 * pipelines port unchanged; `exitCodeFor` classifies a whole cause chain in upstream's order.
 */

const ExitCode = {
    Success: 0,
    General: 1,
    Usage: 2,
    Panic: 3,
    Config: 10,
    Connection: 11,
    ApprovalDenied: 12,
    Execution: 13,
    DeploySqlMissing: 14,
    ConcurrentDeploy: 15,
    Timeout: 16,
    Interrupted: 130,
    Terminated: 143,
};
/** Names as published by `pgmi ai contract` (upstream's constant names). */
const EXIT_CODE_NAMES = [
    { code: 0, name: 'ExitSuccess', description: 'Deployment completed successfully' },
    { code: 1, name: 'ExitGeneralError', description: 'Unclassified error' },
    { code: 2, name: 'ExitUsageError', description: 'Invalid command, flag or argument' },
    { code: 3, name: 'ExitPanic', description: 'Internal error (a bug in pgmi)' },
    {
        code: 10,
        name: 'ExitConfigError',
        description: 'Invalid pgmi configuration — rejected before connecting; nothing was deployed',
    },
    { code: 11, name: 'ExitConnectionError', description: 'Could not connect to PostgreSQL' },
    { code: 12, name: 'ExitApprovalDenied', description: 'Overwrite was not confirmed' },
    {
        code: 13,
        name: 'ExitExecutionFailed',
        description: 'deploy.sql failed (SQL error or failing test)',
    },
    { code: 14, name: 'ExitDeploySQLMissing', description: 'No deploy.sql in the project directory' },
    { code: 15, name: 'ExitConcurrentDeploy', description: 'Another pgmi deployment holds the lock' },
    {
        code: 16,
        name: 'ExitTimeout',
        description: 'Operation exceeded --timeout (context deadline exceeded)',
    },
    {
        code: 130,
        name: 'ExitInterrupted',
        description: 'Interrupted by SIGINT (Ctrl-C) — Unix convention 128+SIGINT; SIGTERM exits 143',
    },
];
class PgmiError extends Error {
    exitCode = ExitCode.General;
    code = 'general';
    hints;
    location;
    failedFile;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.hints = options.hints ?? [];
        if (options.location)
            this.location = options.location;
        if (options.failedFile)
            this.failedFile = options.failedFile;
    }
}
class UsageError extends PgmiError {
    exitCode = ExitCode.Usage;
    code = 'usage';
    constructor(message, options) {
        super(message.startsWith('usage error: ') ? message : `usage error: ${message}`, options);
    }
}
/** Invalid configuration, found before anything was deployed (exit 10). */
class ConfigError extends PgmiError {
    exitCode = ExitCode.Config;
    code = 'config';
}
class ConnectionError extends PgmiError {
    exitCode = ExitCode.Connection;
    code = 'connection';
}
/** The connection was lost mid-run (exit 11); `phase` says where. */
class ConnectionLostError extends ConnectionError {
    phase;
    constructor(message, phase, options) {
        super(message, options);
        this.phase = phase;
    }
}
class ApprovalDeniedError extends PgmiError {
    exitCode = ExitCode.ApprovalDenied;
    code = 'approval-denied';
}
class ExecutionError extends PgmiError {
    exitCode = ExitCode.Execution;
    code = 'execution';
}
class DeploySqlMissingError extends PgmiError {
    exitCode = ExitCode.DeploySqlMissing;
    code = 'deploy-missing';
}
class ConcurrentDeployError extends PgmiError {
    exitCode = ExitCode.ConcurrentDeploy;
    code = 'concurrent-deploy';
}
class TimeoutError extends PgmiError {
    exitCode = ExitCode.Timeout;
    code = 'timeout';
}
class InterruptedError extends PgmiError {
    signal;
    code = 'interrupted';
    exitCode;
    constructor(signal = 'SIGINT', options) {
        super('interrupted', options);
        this.signal = signal;
        this.exitCode = signal === 'SIGTERM' ? ExitCode.Terminated : ExitCode.Interrupted;
    }
}
/** A bug in pgmi: exit 3. */
class InternalError extends PgmiError {
    exitCode = ExitCode.Panic;
    code = 'internal';
}
function isPgDatabaseError(e) {
    return (e instanceof Error &&
        typeof e.code === 'string' &&
        /^[0-9A-Z]{5}$/.test(e.code) &&
        'severity' in e);
}
/** The cause chain, outermost first. Guards against cycles. */
function errorChain(err) {
    const out = [];
    let cur = err;
    while (cur !== undefined && cur !== null && !out.includes(cur) && out.length < 32) {
        out.push(cur);
        cur = cur instanceof Error ? cur.cause : undefined;
    }
    return out;
}
function firstPgError(err) {
    return errorChain(err).find(isPgDatabaseError);
}
/** psql-like rendering of a server error: `ERROR: message (SQLSTATE 42P01)`. */
function describePgError(e) {
    return `${e.severity ?? 'ERROR'}: ${e.message} (SQLSTATE ${e.code})`;
}
/**
 * Exit code of an error chain. Order written down as upstream's ExitCodeForError does: the
 * first class present anywhere in the chain wins, so a connect that timed out is 11 (connection
 * before deadline), a deploy.sql killed by --timeout is 16 (deadline before execution), and
 * Ctrl-C beats everything.
 */
function exitCodeFor(err) {
    if (err === undefined || err === null)
        return ExitCode.Success;
    const chain = errorChain(err);
    const order = [
        InterruptedError,
        ConcurrentDeployError,
        ConfigError,
        DeploySqlMissingError,
        ApprovalDeniedError,
        ConnectionError,
        TimeoutError,
        ExecutionError,
        UsageError,
        InternalError,
    ];
    for (const cls of order) {
        const hit = chain.find((e) => e instanceof cls);
        if (hit)
            return hit.exitCode;
    }
    const pgmi = chain.find((e) => e instanceof PgmiError);
    return pgmi ? pgmi.exitCode : ExitCode.General;
}
/** Error message of anything thrown, honestly typed. */
function messageOf(err) {
    if (err instanceof Error)
        return err.message;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err);
    }
    catch {
        return String(err);
    }
}
function locationOf(err) {
    for (const e of errorChain(err))
        if (e instanceof PgmiError && e.location)
            return e.location;
    return undefined;
}
const FAILED_IN = /Failed in (\S+\.sql)(?=[:\s]|$)/;
/** `failedFile`: a project file the engine mapped the failure to, else upstream's message rule. */
function failedFileOf(err) {
    for (const e of errorChain(err))
        if (e instanceof PgmiError && e.failedFile)
            return e.failedFile;
    const pg = firstPgError(err);
    const m = pg ? FAILED_IN.exec(pg.message) : null;
    return m ? m[1] : undefined;
}
function hintsOf(err) {
    for (const e of errorChain(err))
        if (e instanceof PgmiError && e.hints.length)
            return e.hints;
    return [];
}
/** pgmi's own hints for an error (what `formatError` prints last), redacted. */
function errorHints(err) {
    return hintsOf(err).map((h) => (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(h));
}
/** Counts code points (PostgreSQL positions and columns count characters, not UTF-16 units). */
function charLength(s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
}
/**
 * Human rendering shared by every front door: the message, psql-style DETAIL/HINT/WHERE lines,
 * the location with a caret, then hints. Password-redacted.
 */
function formatError(err, opts = {}) {
    const lines = [messageOf(err)];
    const pg = firstPgError(err);
    const loc = locationOf(err);
    if (pg) {
        if (pg.detail)
            lines.push(`DETAIL: ${pg.detail}`);
        if (pg.hint)
            lines.push(`HINT: ${pg.hint}`);
        const showWhere = opts.where === 'always' || !(loc || failedFileOf(err));
        if (pg.where && showWhere)
            lines.push(`WHERE: ${pg.where}`);
    }
    if (loc) {
        const expandedNote = loc.scriptExpanded && loc.script === 'deploy.sql'
            ? ' (of the expanded script: pgmi_test() macros shift line numbers relative to the file on disk)'
            : '';
        lines.push(`LOCATION: ${loc.script} line ${loc.line}, column ${loc.column}${expandedNote}`);
        if (loc.sourceLine) {
            const prefix = `LINE ${loc.line}: `;
            lines.push(prefix + loc.sourceLine);
            lines.push(' '.repeat(charLength(prefix) + loc.column - 1) + '^');
        }
    }
    lines.push(...hintsOf(err));
    return (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(lines.join('\n'));
}
function errorDetail(err) {
    const out = { message: (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(messageOf(err)), exitCode: exitCodeFor(err) };
    const pg = firstPgError(err);
    if (pg) {
        if (pg.code)
            out.sqlstate = pg.code;
        if (pg.detail)
            out.detail = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(pg.detail);
        if (pg.hint)
            out.hint = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(pg.hint);
        if (pg.where)
            out.where = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(pg.where);
    }
    const file = failedFileOf(err);
    if (file)
        out.failedFile = file;
    const lost = errorChain(err).find((e) => e instanceof ConnectionLostError);
    if (lost)
        out.connectionLost = lost.phase;
    const loc = locationOf(err);
    if (loc) {
        out.script = loc.script;
        out.line = loc.line;
        out.column = loc.column;
        if (loc.sourceLine)
            out.sourceLine = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(loc.sourceLine);
        out.scriptExpanded = loc.scriptExpanded;
    }
    return out;
}


/***/ }),

/***/ 65502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   ah: () => (/* binding */ resolveTimeout),
/* harmony export */   j1: () => (/* binding */ resolveDurationSetting)
/* harmony export */ });
/* unused harmony exports InvalidDurationError, DEFAULT_TIMEOUT_MS */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _go_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97986);
/**
 * Timeouts: Go `time.ParseDuration` syntax and pgmi's precedence (`--timeout` > pgmi.yaml > 3m).
 *
 * Hand-written: the syntax (`1h30m`, `1.5h`, `µs`, a bare `0`, a missing unit being an error) and
 * the error texts are Go's, which users see in pgmi.yaml errors; no npm duration parser follows
 * them (most accept bare numbers or `1 hour`). Arithmetic is done in BigInt nanoseconds like Go's
 * uint64, so overflow is detected exactly.
 */


/** A value Go's `time.ParseDuration` rejects; the message is Go's. */
class InvalidDurationError extends Error {
    name = 'InvalidDurationError';
}
const NS_PER_MS = 1000000n;
const MAX_NS = 1n << 63n;
const UNITS = {
    ns: 1n,
    us: 1000n,
    µs: 1000n, // U+00B5 micro sign
    μs: 1000n, // U+03BC Greek mu
    ms: 1000000n,
    s: 1000000000n,
    m: 60000000000n,
    h: 3600000000000n,
};
/** Longer than any duration a person writes (`2562047h47m16.854775807s` is 24). */
const MAX_DURATION_LENGTH = 256;
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/** Parses a Go duration; returns milliseconds (fractional below 1 ms). */
function parseDuration(text) {
    if (text.length > MAX_DURATION_LENGTH) {
        // No duration is this long; quoting all of it (Go would) costs time and a screenful.
        throw new InvalidDurationError(`time: invalid duration ${(0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTimeQuote */ .K5)(text.slice(0, 32))}… (${text.length} characters)`);
    }
    const invalid = () => new InvalidDurationError(`time: invalid duration ${(0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTimeQuote */ .K5)(text)}`);
    let s = text;
    let neg = false;
    if (s !== '' && (s[0] === '-' || s[0] === '+')) {
        neg = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return 0;
    if (s === '')
        throw invalid();
    let total = 0n;
    while (s !== '') {
        if (!(s[0] === '.' || isDigit(s[0])))
            throw invalid();
        let i = 0;
        while (isDigit(s[i]))
            i++;
        const intPart = s.slice(0, i);
        let fracPart = '';
        if (s[i] === '.') {
            let j = i + 1;
            while (isDigit(s[j]))
                j++;
            fracPart = s.slice(i + 1, j);
            i = j;
        }
        if (intPart === '' && fracPart === '')
            throw invalid();
        s = s.slice(i);
        let u = 0;
        while (u < s.length && s[u] !== '.' && !isDigit(s[u]))
            u++;
        if (u === 0) {
            throw new InvalidDurationError(`time: missing unit in duration ${(0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTimeQuote */ .K5)(text)}`);
        }
        const unitName = s.slice(0, u);
        s = s.slice(u);
        const unit = UNITS[unitName];
        if (unit === undefined) {
            throw new InvalidDurationError(`time: unknown unit ${(0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTimeQuote */ .K5)(unitName)} in duration ${(0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTimeQuote */ .K5)(text)}`);
        }
        const v = intPart === '' ? 0n : BigInt(intPart);
        if (v > MAX_NS / unit)
            throw invalid();
        let part = v * unit;
        if (fracPart !== '') {
            // Go scales the fraction in float64 and truncates; only the first 19 digits are significant.
            const digits = fracPart.slice(0, 19);
            const f = Number(digits);
            if (f > 0)
                part += BigInt(Math.trunc(f * (Number(unit) / 10 ** digits.length)));
            if (part > MAX_NS)
                throw invalid();
        }
        total += part;
        if (total > MAX_NS)
            throw invalid();
    }
    if (!neg && total > MAX_NS - 1n)
        throw invalid();
    const ms = Number(total / NS_PER_MS) + Number(total % NS_PER_MS) / 1e6;
    return neg ? -ms : ms;
}
const DEFAULT_TIMEOUT_MS = 3 * 60 * 1000;
/**
 * A duration from a flag or pgmi.yaml, in milliseconds: an explicit flag wins and then pgmi.yaml's
 * value is not even parsed; else a non-empty pgmi.yaml value; else the default. A bad flag is
 * pflag's usage error (exit 2), a bad pgmi.yaml value a configuration error (exit 10).
 */
function resolveDurationSetting(input, setting) {
    let ms = setting.defaultMs;
    const flagGiven = input.flag !== undefined && !(setting.emptyFlagIsAbsent === true && input.flag === '');
    if (flagGiven) {
        try {
            ms = parseDuration(input.flag);
        }
        catch (err) {
            // pflag's wording for a flag value it cannot parse (exit 2).
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__.UsageError(`invalid argument ${JSON.stringify(input.flag)} for "${setting.flag}" flag: ${err.message}`, { cause: err });
        }
    }
    else if (input.yaml !== undefined && input.yaml !== '') {
        try {
            ms = parseDuration(input.yaml);
        }
        catch (err) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`invalid configuration: invalid ${setting.yamlKey} in pgmi.yaml: ${err.message}`, { cause: err, hints: [`Use a Go duration such as ${setting.hint}.`] });
        }
    }
    if (ms < 0)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`invalid configuration: ${setting.what} cannot be negative`);
    return ms;
}
/**
 * The effective timeout in milliseconds (0 = no limit): an explicit `--timeout` wins and then
 * pgmi.yaml's value is not even parsed; else a non-empty pgmi.yaml `timeout`; else 3 minutes.
 */
function resolveTimeout(input) {
    return resolveDurationSetting(input, {
        flag: '--timeout',
        yamlKey: 'timeout',
        what: 'timeout',
        hint: '90s, 5m or 1h30m (0 = no limit)',
        defaultMs: DEFAULT_TIMEOUT_MS,
    });
}


/***/ }),

/***/ 97986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ isGoSpace),
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   K5: () => (/* binding */ goTimeQuote),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   Pc: () => (/* binding */ goSpaceLength),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   hb: () => (/* binding */ goTrimSpace),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Small text rules of Go's standard library that upstream pgmi's behaviour depends on. JavaScript's
 * own equivalents differ at the edges (`String.prototype.trim` also strips U+FEFF but keeps U+0085;
 * `JSON.stringify` is not `strconv.Quote`), and messages and checksums must match upstream, so the
 * few rules we need are written out here.
 */

/** Go `unicode.IsSpace`: the Latin-1 spaces plus the Unicode White_Space code points. */
function isGoSpace(cp) {
    if (cp <= 0xff)
        return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0x85 || cp === 0xa0;
    return (cp === 0x1680 ||
        (cp >= 0x2000 && cp <= 0x200a) ||
        cp === 0x2028 ||
        cp === 0x2029 ||
        cp === 0x202f ||
        cp === 0x205f ||
        cp === 0x3000);
}
/** Go `strings.TrimSpace`. Every Go space is a single UTF-16 unit, so units can be tested directly. */
function goTrimSpace(s) {
    let start = 0;
    let end = s.length;
    while (start < end && isGoSpace(s.charCodeAt(start)))
        start++;
    while (end > start && isGoSpace(s.charCodeAt(end - 1)))
        end--;
    return start === 0 && end === s.length ? s : s.slice(start, end);
}
const SIMPLE_ESCAPES = {
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '\\': '\\\\',
    '"': '\\"',
};
/**
 * Go `strconv.Quote` (`%q`) for well-formed text: printable characters verbatim, the usual
 * backslash escapes, other control and format characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
 */
function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        const simple = SIMPLE_ESCAPES[ch];
        if (simple !== undefined) {
            out += simple;
            continue;
        }
        const cp = ch.codePointAt(0);
        if (cp < 0x20 || cp === 0x7f)
            out += '\\x' + cp.toString(16).padStart(2, '0');
        else if (cp !== 0x20 && /^[\p{C}\p{Z}]$/u.test(ch)) {
            out +=
                cp > 0xffff
                    ? '\\U' + cp.toString(16).padStart(8, '0')
                    : '\\u' + cp.toString(16).padStart(4, '0');
        }
        else
            out += ch;
    }
    return out + '"';
}
/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (no overlongs, no
 * surrogates, nothing above U+10FFFF — Go's `utf8.Valid` rules), or -1 when the bytes are valid.
 */
function firstInvalidUtf8(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return -1;
    const n = bytes.length;
    let i = 0;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                lo = 0xa0;
            else if (b === 0xed)
                hi = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                lo = 0x90;
            else if (b === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        if (i + need >= n)
            return i;
        const b1 = bytes[i + 1];
        if (b1 < lo || b1 > hi)
            return i;
        for (let k = 2; k <= need; k++) {
            const bk = bytes[i + k];
            if (bk < 0x80 || bk > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/** Strips a leading UTF-8 byte-order mark (EF BB BF) without copying. */
function stripBom(bytes) {
    return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
        ? bytes.subarray(3)
        : bytes;
}
/** Go's `time` package quoting (used in duration errors): non-ASCII and controls as `\xNN` bytes. */
function goTimeQuote(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (cp < 0x20 || cp >= 0x80) {
            for (const b of Buffer.from(ch, 'utf8'))
                out += '\\x' + b.toString(16).padStart(2, '0');
        }
        else
            out += ch === '"' || ch === '\\' ? '\\' + ch : ch;
    }
    return out + '"';
}
/**
 * Go string order (UTF-8 byte order), which is code point order. Plain `<` on JS strings compares
 * UTF-16 units and puts U+E000–U+FFFF after supplementary characters; this does not.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) {
            return a.codePointAt(i) - b.codePointAt(i);
        }
        return x - y;
    }
    return a.length - b.length;
}
/**
 * Byte length of the Go `unicode.IsSpace` code point starting at `i` in UTF-8 `buf[0..len)`, or 0.
 * Multi-byte spaces: U+0085, U+00A0 (C2 xx); U+1680 (E1 9A 80); U+2000–U+200A, U+2028, U+2029,
 * U+202F (E2 80 xx); U+205F (E2 81 9F); U+3000 (E3 80 80).
 */
function goSpaceLength(buf, i, len = buf.length) {
    const b = buf[i];
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d))
        return 1;
    if (b < 0xc2)
        return 0;
    const b1 = i + 1 < len ? buf[i + 1] : 0;
    if (b === 0xc2)
        return b1 === 0x85 || b1 === 0xa0 ? 2 : 0;
    if (b < 0xe1 || b > 0xe3)
        return 0;
    const b2 = i + 2 < len ? buf[i + 2] : 0;
    if (b === 0xe1)
        return b1 === 0x9a && b2 === 0x80 ? 3 : 0;
    if (b === 0xe3)
        return b1 === 0x80 && b2 === 0x80 ? 3 : 0;
    if (b1 === 0x80) {
        return (b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf ? 3 : 0;
    }
    return b1 === 0x81 && b2 === 0x9f ? 3 : 0;
}


/***/ }),

/***/ 32393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   uM: () => (/* binding */ redactRegistered)
/* harmony export */ });
/**
 * Password redaction for every string pgmi prints about a connection (upstream
 * `redactPasswords`): keyword form `password=…` (also `sslpassword`, quoted values, spaces
 * around `=`), and the URI form `scheme://user:secret@` up to the LAST `@` of the token, so an
 * `@` inside a password, a JWT or a presigned URL cannot leak its tail.
 */
const KEYWORD = /password\s*=\s*(?:'(?:[^']|'')*'|"(?:[^"]|"")*"|[^\s&;'"]*)/gi;
const URI = /([a-z][a-z0-9+.-]*:\/\/)([^\s:/@]*):(\S*)@/gi;
/** Extra literal secrets registered at run time (minted tokens, secret params). */
const registered = new Set();
/** `registered`, longest first, so a secret containing a shorter one is replaced whole. */
let ordered;
/** Register a literal value that must never be printed (tokens, secret parameters). */
function registerSecret(value) {
    if (value && value.length >= 3) {
        registered.add(value);
        const enc = encodeURIComponent(value);
        if (enc !== value)
            registered.add(enc);
        ordered = undefined;
    }
}
function redact(text) {
    let out = text.replace(KEYWORD, () => 'password=[redacted]');
    out = out.replace(URI, (_m, scheme, user) => `${scheme}${user}:[redacted]@`);
    return redactRegistered(out);
}
/**
 * Only the registered literals (secret parameters, tokens): for text pgmi passes through as the
 * user wrote it, such as deploy.sql's notices, where `password=` may be ordinary data.
 */
function redactRegistered(text) {
    ordered ??= [...registered].sort((a, b) => b.length - a.length);
    let out = text;
    for (const s of ordered)
        if (out.includes(s))
            out = out.split(s).join('[redacted]');
    return out;
}


/***/ })

};
