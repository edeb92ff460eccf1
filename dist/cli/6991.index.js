export const id = 6991;
export const ids = [6991];
export const modules = {

/***/ 16991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contractJson: () => (/* binding */ contractJson)
});

// UNUSED EXPORTS: buildContract

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
;// CONCATENATED MODULE: ./src/engine/session/contract.ts
/**
 * The session API v1 as data, for `pgmi ai contract` and anyone generating code against it.
 * Types, argument lists and results are written the way PostgreSQL renders them inside a
 * prepared session (`format_type`, `pg_get_function_arguments`, `pg_get_function_result`;
 * temporary types print unqualified because the temporary schema is searched first for types),
 * and descriptions are the objects' COMMENTs. An integration test compares all of it with a live
 * session in both directions, so this file cannot drift from src/engine/sql/.
 */
const t = (name, type) => ({ name, type });
const SOURCE_COLUMNS = [
    t('path', 'text'),
    t('name', 'text'),
    t('directory', 'text'),
    t('extension', 'text'),
    t('depth', 'integer'),
    t('content', 'text'),
    t('size_bytes', 'bigint'),
    t('checksum', 'text'),
    t('pgmi_checksum', 'text'),
    t('path_parts', 'text[]'),
    t('is_sql_file', 'boolean'),
    t('is_test_file', 'boolean'),
    t('parent_folder_name', 'text'),
];
const PARAMETER_COLUMNS = [
    t('key', 'text'),
    t('value', 'text'),
    t('type', 'text'),
    t('required', 'boolean'),
    t('default_value', 'text'),
    t('description', 'text'),
];
const TEST_SOURCE_COLUMNS = [
    t('path', 'text'),
    t('directory', 'text'),
    t('filename', 'text'),
    t('content', 'text'),
    t('is_fixture', 'boolean'),
];
const TEST_DIRECTORY_COLUMNS = [t('path', 'text'), t('parent_path', 'text'), t('depth', 'integer')];
const METADATA_COLUMNS = [
    t('path', 'text'),
    t('id', 'uuid'),
    t('idempotent', 'boolean'),
    t('sort_keys', 'text[]'),
    t('description', 'text'),
];
const PLAN_STEP_COLUMNS = [
    t('ordinal', 'integer'),
    t('step_type', 'text'),
    t('script_path', 'text'),
    t('directory', 'text'),
    t('depth', 'integer'),
];
const PATTERN_DEFAULT_NULL = {
    name: 'p_pattern',
    type: 'text',
    default: 'NULL::text',
};
const SESSION_CONTRACT = {
    apiVersion: '1',
    /** Every object lives in the session's temporary schema; call functions as `pg_temp.<name>`. */
    schema: 'pg_temp',
    views: [
        {
            name: 'pgmi_source_view',
            columns: SOURCE_COLUMNS,
            description: 'pgmi v1: project files outside __test__/__tests__ directories, every extension (filter with is_sql_file).',
        },
        {
            name: 'pgmi_parameter_view',
            columns: PARAMETER_COLUMNS,
            description: "pgmi v1: deployment parameters; keys are lower-cased. Also readable as current_setting('pgmi.<key>', true).",
        },
        {
            name: 'pgmi_plan_view',
            columns: [
                t('path', 'text'),
                t('content', 'text'),
                t('checksum', 'text'),
                t('generic_id', 'uuid'),
                t('id', 'uuid'),
                t('idempotent', 'boolean'),
                t('description', 'text'),
                t('sort_key', 'text'),
                t('execution_order', 'bigint'),
            ],
            description: 'pgmi v1: execution plan, one row per file and sort key, numbered by (sort_key, path) in byte order. checksum is the normalised pgmi_checksum; generic_id is md5(path) as a UUID; every loaded file appears, join pgmi_source_view on path to keep only SQL files.',
        },
        {
            name: 'pgmi_source_metadata_view',
            columns: METADATA_COLUMNS,
            description: 'pgmi v1: <pgmi-meta> blocks of SQL files: id, idempotent, sort_keys, description.',
        },
        {
            name: 'pgmi_test_source_view',
            columns: TEST_SOURCE_COLUMNS,
            description: 'pgmi v1: SQL files under __test__/__tests__ directories; is_fixture marks _setup.sql / _setup.psql.',
        },
        {
            name: 'pgmi_test_directory_view',
            columns: TEST_DIRECTORY_COLUMNS,
            description: 'pgmi v1: test directories with their nearest test-directory ancestor and depth below the first __test__/__tests__ segment.',
        },
    ],
    functions: [
        {
            name: 'pgmi_test_plan',
            args: [PATTERN_DEFAULT_NULL],
            returns: PLAN_STEP_COLUMNS,
            volatility: 'stable',
            description: 'The test execution plan: fixture, test and teardown steps in pre-order depth-first order; the optional POSIX regex filters tests by path.',
        },
        {
            name: 'pgmi_test_generate',
            args: [
                PATTERN_DEFAULT_NULL,
                { name: 'p_callback', type: 'text', default: "'pg_temp.pgmi_test_callback'::text" },
            ],
            returns: 'text',
            volatility: 'volatile',
            description: 'Generates the SQL that CALL pgmi_test(pattern, callback) expands to: savepoint-isolated fixtures and tests, with callback events; raises at run time when no test is planned.',
        },
        {
            name: 'pgmi_test_callback',
            args: [{ name: 'e', type: 'pgmi_test_event' }],
            returns: 'void',
            volatility: 'volatile',
            description: 'Default pgmi_test() callback: NOTICE for suite, fixture and test starts and the suite end; DEBUG for rollbacks and teardowns.',
        },
        {
            name: 'pgmi_validate_pattern',
            args: [{ name: 'p_pattern', type: 'text' }],
            returns: 'text',
            volatility: 'immutable',
            description: 'Returns the pattern when it is a valid POSIX regular expression (NULL stays NULL); raises "Invalid regex pattern: ..." otherwise.',
        },
        {
            name: 'pgmi_has_tests',
            args: [{ name: 'p_directory', type: 'text' }, PATTERN_DEFAULT_NULL],
            returns: 'boolean',
            volatility: 'stable',
            description: 'True when the directory or a descendant holds a non-fixture test whose path matches the pattern (NULL = any).',
        },
        {
            name: 'pgmi_register_file',
            args: [
                { name: 'in_path', type: 'text' },
                { name: 'in_content', type: 'text' },
                { name: 'in_checksum', type: 'text' },
                { name: 'in_pgmi_checksum', type: 'text' },
            ],
            returns: '_pgmi_source',
            volatility: 'volatile',
            description: 'Normalises a project path, derives every column of _pgmi_source and inserts the file; returns the inserted row.',
        },
        {
            name: 'pgmi_is_sql_file',
            args: [{ name: 'filename', type: 'text' }],
            returns: 'boolean',
            volatility: 'immutable',
            description: 'True when the name ends (case-insensitively) in .sql, .ddl, .dml, .dql, .dcl, .psql, .pgsql or .plpgsql.',
        },
        {
            name: 'pgmi_execute_file',
            args: [{ name: 'p_path', type: 'text' }],
            returns: 'void',
            volatility: 'volatile',
            description: 'Runs a project file (a path of pgmi_source_view) as EXECUTE content would, one top-level statement at a time for large files (faster, and errors name the statement).',
        },
        {
            name: 'pgmi_persist_test_plan',
            args: [{ name: 'target_schema', type: 'text' }, PATTERN_DEFAULT_NULL],
            returns: 'void',
            volatility: 'volatile',
            description: 'Writes pgmi_test_plan(p_pattern) into the permanent table <target_schema>.pgmi_test_plan, creating it when missing and replacing its rows.',
        },
    ],
    testEventType: {
        name: 'pgmi_test_event',
        fields: [
            t('event', 'text'),
            t('path', 'text'),
            t('directory', 'text'),
            t('depth', 'integer'),
            t('ordinal', 'integer'),
            t('context', 'jsonb'),
        ],
        description: 'pgmi test event passed to the pgmi_test() callback: event (suite_start, suite_end, fixture_start, fixture_end, test_start, test_end, rollback, teardown_start, teardown_end), path (NULL for suite and teardown events), directory, depth, ordinal (plan step; 0 for suite_start), context (reserved, NULL).',
    },
    /** Values of `pgmi_test_event.event`, in the order a directory sees them. */
    testEvents: [
        'suite_start',
        'fixture_start',
        'fixture_end',
        'test_start',
        'test_end',
        'rollback',
        'teardown_start',
        'teardown_end',
        'suite_end',
    ],
    /** Values of `pgmi_test_plan().step_type` (not event names). */
    stepTypes: ['fixture', 'test', 'teardown'],
    /** Created by the session but not part of the published contract. */
    internalFunctions: ['pgmi_run_test_source'],
    /** Read by the views; kept identical to upstream although not formally published. */
    internalTables: [
        { name: '_pgmi_parameter', columns: PARAMETER_COLUMNS },
        { name: '_pgmi_source', columns: SOURCE_COLUMNS },
        { name: '_pgmi_source_metadata', columns: METADATA_COLUMNS },
        {
            name: '_pgmi_source_statement',
            columns: [t('path', 'text'), t('ends', 'integer[]')],
        },
        { name: '_pgmi_test_directory', columns: TEST_DIRECTORY_COLUMNS },
        { name: '_pgmi_test_source', columns: TEST_SOURCE_COLUMNS },
    ],
};
/** An argument list as `pg_get_function_arguments` prints it. */
function renderArguments(args) {
    return args
        .map((a) => `${a.name} ${a.type}${a.default === undefined ? '' : ` DEFAULT ${a.default}`}`)
        .join(', ');
}
/** A result type as `pg_get_function_result` prints it. */
function renderResult(returns) {
    return typeof returns === 'string'
        ? returns
        : `TABLE(${returns.map((c) => `${c.name} ${c.type}`).join(', ')})`;
}

;// CONCATENATED MODULE: ./src/ai/prose.ts
/**
 * The parts of `pgmi ai contract` that are behaviour rather than schema: the macro forms and the
 * execution contract ("atomic head, psql tail"). Written to match what src/engine/preprocess and
 * src/engine/pipeline/execute.ts do, including where this implementation is stricter than
 * upstream (an open transaction at the end fails; a macro that cannot be expanded is exit 10).
 */
const MACRO_FORMS = [
    {
        form: 'CALL pgmi_test()',
        description: "Runs every test under __test__/ and __tests__/ directories with the default callback (pg_temp.pgmi_test_callback). pgmi replaces the call, before deploy.sql runs, with generated SQL that uses SAVEPOINT / ROLLBACK TO SAVEPOINT, so it MUST sit inside an explicit top-level BEGIN ... COMMIT: without one PostgreSQL rejects it with 25P01 'SAVEPOINT can only be used in transaction blocks' (exit 13). Also accepted: CALL pg_temp.pgmi_test(). Written inside a DO block or function body it is never expanded, and pgmi refuses the deploy offline (exit 10). A call that plans no test at all fails at run time with P0002 'pgmi: no tests were discovered'.",
    },
    {
        form: "CALL pgmi_test('pattern')",
        description: "Runs only the tests whose path (e.g. './__test__/auth/test_login.sql') matches the POSIX regular expression, case-sensitive and unanchored; fixtures of the directories on the way are included. NULL or '' means every test. An invalid regex (a glob such as './**' is one) is rejected offline, exit 10. No matching test fails at run time with P0002 'pgmi: no tests matched the requested pattern'.",
    },
    {
        form: "CALL pgmi_test('pattern', 'callback')",
        description: "Sends every event (pg_temp.pgmi_test_event) to your function instead of the default one. Name it [schema.]function and schema-qualify it: functions in pg_temp are never found unqualified, so write 'pg_temp.my_callback'. It may be created earlier in the same deploy.sql. CALL pgmi_test(NULL, 'pg_temp.my_callback') runs every test with it.",
    },
];
const EXECUTION_CONTRACT = {
    summary: 'Before your first top-level COMMIT, atomic mode; after it, psql mode.',
    head: 'Everything up to and including the first top-level transaction terminator is sent as one simple-query message. With an explicit BEGIN it is one transaction; without one, PostgreSQL runs a multi-statement message as one implicit transaction, still all or nothing. A deploy.sql without any top-level terminator is one unit, entirely atomic. pgmi adds no BEGIN or COMMIT of its own.',
    tail: 'Every top-level statement after that terminator is sent on its own and autocommits, as psql runs a script. An explicit BEGIN ... COMMIT in the tail forms a real multi-statement transaction. If deploy.sql ends while a transaction is still open (a BEGIN without COMMIT, or COMMIT AND CHAIN with no final COMMIT), pgmi rolls it back and fails with exit 13 saying nothing from that transaction was committed.',
    terminators: [
        'COMMIT',
        'END',
        'ROLLBACK',
        'ABORT',
        '... optionally followed by WORK or TRANSACTION',
        '... optionally followed by AND CHAIN or AND NO CHAIN (AND CHAIN leaves a new transaction open)',
    ],
    not_terminators: [
        'ROLLBACK [WORK | TRANSACTION] TO [SAVEPOINT] name (savepoint control, not the end of a transaction)',
        "COMMIT PREPARED 'gid' / ROLLBACK PREPARED 'gid' (act on a prepared two-phase transaction)",
        'The END that closes a BEGIN ATOMIC function body (the body is stepped over whole, semicolons and all)',
        'Anything inside string literals, comments, dollar-quoted bodies, quoted identifiers or parentheses',
    ],
    consequences: [
        'Statements between two COMMITs in the tail are not grouped: a later phase that must be atomic writes its own BEGIN ... COMMIT.',
        'A failure in the tail stops the deploy but keeps earlier autocommitted tail statements applied, so tail statements should be idempotent.',
        'A transaction-scoped advisory lock taken in the head is released by its COMMIT and does not guard the tail. pgmi itself holds a session-level advisory lock for the whole deploy.',
        'Session state survives the head COMMIT: pg_temp views and functions and the pgmi.* parameter settings are readable in the tail.',
        'Error positions in tail statements resolve to the line of deploy.sql; errors inside SQL that deploy.sql EXECUTEd from a loaded file are reported against that file and line.',
    ],
    not_via_execute: ['CREATE INDEX CONCURRENTLY', 'VACUUM', 'CREATE DATABASE'],
    not_via_execute_why: "EXECUTE runs inside a function, and PostgreSQL refuses these there with SQLSTATE 25001 ('cannot be executed from a function' or '... inside a transaction block') whatever the transaction state. They also fail in the head. Write them as top-level statements in the tail, never inside a plan loop.",
};

;// CONCATENATED MODULE: ./src/ai/contract.ts
/**
 * `pgmi ai contract`: the session API as JSON. Views, columns, functions, the event type, event
 * names and step types come from SESSION_CONTRACT — the object an integration test compares with
 * a live session — and exit codes from the error module, so none of it is typed twice. The keys
 * and string lists keep upstream's shape (`views[].columns`, `functions[].args`/`returns`) so a
 * consumer written against it keeps working; the typed fields beside them are ours.
 */



const VIEW_NOTES = {
    pgmi_parameter_view: "key is lower-cased on load (--param apiVersion=2 is stored as 'apiversion'): compare lower-cased. current_setting('pgmi.apiVersion', true) works either way because setting names are case-insensitive.",
    pgmi_plan_view: 'checksum here is the normalised checksum (pgmi_source_view.pgmi_checksum), not the raw one. Every loaded file appears, SQL or not: join pgmi_source_view on path and keep is_sql_file. No ORDER BY inside the view: order by execution_order.',
    pgmi_source_view: 'Relations in pg_temp resolve unqualified, but writing pg_temp.pgmi_source_view makes the intent plain and cannot be shadowed by a permanent table of the same name.',
};
function argText(a) {
    return renderArguments([a]);
}
function returnsList(returns) {
    return typeof returns === 'string' ? [returns] : returns.map((c) => c.name);
}
/** Builds the contract object (pure; no I/O). */
function buildContract() {
    const s = SESSION_CONTRACT;
    return {
        api_version: s.apiVersion,
        schema: s.schema,
        views: s.views.map((v) => ({
            name: v.name,
            columns: v.columns.map((c) => c.name),
            column_types: v.columns.map((c) => ({ name: c.name, type: c.type })),
            description: v.description,
            ...(VIEW_NOTES[v.name] ? { note: VIEW_NOTES[v.name] } : {}),
        })),
        functions: s.functions.map((f) => ({
            name: f.name,
            args: f.args.map(argText),
            returns: returnsList(f.returns),
            signature: renderArguments(f.args),
            result: renderResult(f.returns),
            volatility: f.volatility,
            call: `pg_temp.${f.name}(${f.args.map((a) => a.name).join(', ')})`,
            description: f.description,
        })),
        types: [
            {
                name: s.testEventType.name,
                fields: s.testEventType.fields.map((f) => ({ name: f.name, type: f.type })),
                events: [...s.testEvents],
                description: s.testEventType.description,
                note: 'The type lives in pg_temp. PostgreSQL prints it unqualified in signatures (pg_temp is searched first for types), so the argument of pgmi_test_callback reads "e pgmi_test_event"; write pg_temp.pgmi_test_event when declaring a callback of your own: CREATE FUNCTION pg_temp.my_callback(e pg_temp.pgmi_test_event) RETURNS void. Pass the callback schema-qualified: CALL pgmi_test(NULL, \'pg_temp.my_callback\').',
            },
        ],
        step_types: [...s.stepTypes],
        step_types_note: 'Values of pgmi_test_plan().step_type, not callback event names: the callback receives pgmi_test_event.event, a finer vocabulary (see types[0].events).',
        exit_codes: [
            ...errors/* EXIT_CODE_NAMES */.YV.map((e) => ({ code: e.code, name: e.name, description: e.description })),
            {
                code: errors/* ExitCode */.yU.Terminated,
                name: 'ExitTerminated',
                description: 'Terminated by SIGTERM (128+15); an open atomic head is rolled back first',
            },
        ],
        macros: MACRO_FORMS.map((m) => ({ ...m })),
        execution_contract: { ...EXECUTION_CONTRACT },
        parameters: {
            read_as: "current_setting('pgmi.<key>', true)",
            note: 'Parameters come from pgmi.yaml params, then --params-file files in order, then --param (later wins, keys compared case-insensitively). They are session-level settings set before deploy.sql starts, so they survive every COMMIT and ROLLBACK in it. A missing parameter reads as NULL with the second argument true.',
        },
        internal: {
            note: 'Created by every session and read by the views, but not part of the published contract: read the views instead.',
            tables: s.internalTables.map((t) => ({
                name: t.name,
                columns: t.columns.map((c) => c.name),
                column_types: t.columns.map((c) => ({ name: c.name, type: c.type })),
            })),
            functions: [...s.internalFunctions],
        },
    };
}
/** The contract as printed: 2-space indented JSON and a newline. */
function contractJson() {
    return JSON.stringify(buildContract(), null, 2) + '\n';
}


/***/ })

};
