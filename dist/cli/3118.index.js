export const id = 3118;
export const ids = [3118,6709,7454,3800,2749,3051,2307,6991];
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


/***/ }),

/***/ 23051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderOverview: () => (/* binding */ renderOverview)
/* harmony export */ });
/* harmony import */ var _skill_files__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2085);
/* harmony import */ var _skills__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52307);
/** `pgmi ai`: the overview document with the skill index appended. */


function renderOverview() {
    const rows = (0,_skills__WEBPACK_IMPORTED_MODULE_1__/* .listSkills */ .b)().map((s) => `| \`${s.name}\` | ${s.description.replace(/\|/g, '\\|')} |`);
    return [
        (0,_skill_files__WEBPACK_IMPORTED_MODULE_0__/* .readOverview */ .MK)().trimEnd(),
        '',
        '## Skills',
        '',
        '| Skill | Description |',
        '|---|---|',
        ...rows,
        '',
    ].join('\n');
}


/***/ }),

/***/ 52307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getSkill: () => (/* binding */ getSkill),
  b: () => (/* binding */ listSkills),
  renderSkillIndex: () => (/* binding */ renderSkillIndex),
  I: () => (/* binding */ skillNames)
});

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/ai/front-matter.ts
/**
 * Front matter of a skill file: a leading `---` block of YAML (`name`, `description`, `scope`)
 * followed by the markdown body. Parsed with js-yaml so quoting and escapes follow YAML.
 */

const BLOCK = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** Splits and validates the front matter; throws with the file name on any problem. */
function parseFrontMatter(text, file) {
    const m = BLOCK.exec(text);
    if (!m)
        throw new Error(`${file}: no front matter (a leading --- block)`);
    const data = (0,js_yaml/* load */.Hh)(m[1]);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new Error(`${file}: front matter is not a mapping`);
    }
    const record = data;
    const problems = [];
    const field = (key) => {
        const v = record[key];
        if (typeof v !== 'string' || v.trim() === '') {
            problems.push(`"${key}" must be a non-empty string`);
            return '';
        }
        return v.trim();
    };
    const meta = { name: field('name'), description: field('description'), scope: field('scope') };
    const unknown = Object.keys(record).filter((k) => !['name', 'description', 'scope'].includes(k));
    if (unknown.length)
        problems.push(`unknown keys: ${unknown.join(', ')}`);
    if (problems.length)
        throw new Error(`${file}: invalid front matter: ${problems.join('; ')}`);
    return { meta, body: text.slice(m[0].length) };
}

// EXTERNAL MODULE: ./src/ai/skill-files.ts
var skill_files = __webpack_require__(2085);
;// CONCATENATED MODULE: ./src/ai/skills.ts
/**
 * Skills: markdown documents about pgmi, each with front matter (name, description, scope),
 * bundled with the CLI and printed by `pgmi ai skills` / `pgmi ai skill <name>`.
 */



let cache;
/** Every skill, sorted by name. Throws if a file's front matter is invalid or names repeat. */
function listSkills() {
    if (cache)
        return cache;
    const skills = Object.entries(skill_files/* SKILL_FILES */.cE).map(([file, read]) => {
        const content = read();
        const { meta, body } = parseFrontMatter(content, file);
        if (`${meta.name}.md` !== file) {
            throw new Error(`${file}: front matter name "${meta.name}" does not match the file name`);
        }
        return { ...meta, filePath: `skills/${file}`, content, body };
    });
    skills.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = 1; i < skills.length; i++) {
        if (skills[i].name === skills[i - 1].name)
            throw new Error(`duplicate skill ${skills[i].name}`);
    }
    cache = skills;
    return skills;
}
function skillNames() {
    return listSkills().map((s) => s.name);
}
/** The skill called `name`; an unknown name is a usage error listing the available ones. */
function getSkill(name) {
    const skill = listSkills().find((s) => s.name === name);
    if (!skill) {
        throw new errors.UsageError(`skill '${name}' not found. Available skills: ${skillNames().join(', ')}`);
    }
    return skill;
}
/** `pgmi ai skills`: a markdown table of every skill. */
function renderSkillIndex() {
    const skills = listSkills();
    const cell = (s) => s.replace(/\|/g, '\\|');
    return [
        '# Available pgmi Skills',
        '',
        'Print one with `pgmi ai skill <name>`.',
        '',
        '| Skill | Scope | Description |',
        '|---|---|---|',
        ...skills.map((s) => `| \`${s.name}\` | ${cell(s.scope)} | ${cell(s.description)} |`),
        '',
        `Total: ${skills.length} skills`,
        '',
    ].join('\n');
}


/***/ }),

/***/ 23118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveStdio: () => (/* binding */ serveStdio)
});

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/stdio.js + 1 modules
var stdio = __webpack_require__(99424);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(32393);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js + 57 modules
var mcp = __webpack_require__(2371);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
// EXTERNAL MODULE: ./src/ai/contract.ts + 2 modules
var contract = __webpack_require__(16991);
// EXTERNAL MODULE: ./src/ai/overview.ts
var overview = __webpack_require__(23051);
// EXTERNAL MODULE: ./src/ai/skills.ts + 1 modules
var skills = __webpack_require__(52307);
;// CONCATENATED MODULE: ./src/mcp/results.ts


function textResult(text) {
    return { content: [{ type: 'text', text }] };
}
function structuredResult(value) {
    return {
        content: [{ type: 'text', text: JSON.stringify(value, null, 2) }],
        structuredContent: value,
    };
}
/** An error pgmi did not classify: a bug, or an OS error without a PgmiError around it. */
function isUnexpected(err) {
    if (err instanceof errors.PgmiError)
        return false;
    const code = err?.code;
    return !(typeof code === 'string' && /^E[A-Z]+$/.test(code));
}
function errorResult(tool, err, extra = {}) {
    const detail = { ...(0,errors/* errorDetail */.m2)(err) };
    let text = (0,errors/* formatError */.Wk)(err);
    if (isUnexpected(err)) {
        detail.panic = true;
        if (err instanceof Error && err.stack)
            detail.stack = (0,redact/* redact */.E$)(err.stack);
        text = `tool ${tool} failed unexpectedly: ${(0,redact/* redact */.E$)((0,errors/* messageOf */.bD)(err))}`;
    }
    return {
        content: [{ type: 'text', text }],
        structuredContent: { ...detail, ...extra },
        isError: true,
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
;// CONCATENATED MODULE: ./src/mcp/schemas.ts
/**
 * Output schemas for the MCP tools. A tool's result is either its success value or, with
 * `isError: true`, the error detail the CLI's `--json` carries. The SDK client validates any
 * structuredContent against the advertised schema, errors included, so every schema is
 * `{"type": "object", "anyOf": [<success>, <error detail>]}` (cli.md §8.1); zod checks the same
 * union on the server side.
 */

const errorDetailSchema = schemas/* looseObject */._H3({
    message: schemas/* string */.YjP(),
    exitCode: schemas/* number */.aig().int(),
    sqlstate: schemas/* string */.YjP().optional(),
    detail: schemas/* string */.YjP().optional(),
    hint: schemas/* string */.YjP().optional(),
    where: schemas/* string */.YjP().optional(),
    failedFile: schemas/* string */.YjP().optional(),
    script: schemas/* string */.YjP().optional(),
    line: schemas/* number */.aig().int().optional(),
    column: schemas/* number */.aig().int().optional(),
    sourceLine: schemas/* string */.YjP().optional(),
    scriptExpanded: schemas/* boolean */.zMY().optional(),
    connectionLost: schemas/* enum */.k5n(['connect', 'overwrite', 'load', 'lock', 'head', 'tail']).optional(),
    panic: schemas/* boolean */.zMY().optional(),
    stack: schemas/* string */.YjP().optional(),
});
function jsonSchemaOf(schema) {
    const out = json_schema_processors/* toJSONSchema */.bl(schema, { target: 'draft-7', io: 'output' });
    delete out.$schema;
    return out;
}
/** An object schema admitting the success value or the error detail. */
function orError(success) {
    const either = schemas/* union */.KCZ([success, errorDetailSchema]);
    return schemas/* looseObject */._H3({})
        .check((ctx) => {
        const r = either.safeParse(ctx.value);
        if (!r.success) {
            ctx.issues.push({
                code: 'custom',
                message: `neither the success value nor an error detail: ${r.error.message}`,
                input: ctx.value,
            });
        }
    })
        .meta({ anyOf: [jsonSchemaOf(success), jsonSchemaOf(errorDetailSchema)] });
}

;// CONCATENATED MODULE: ./src/mcp/ai-tools.ts
/**
 * The `ai_*` tools: the same documents as `pgmi ai`, `ai skills`, `ai skill` and `ai contract`.
 * Overview, skill and contract are markdown or JSON text; the skill list is structured.
 */







const skillsSuccess = schemas/* object */.Ikc({
    skills: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        description: schemas/* string */.YjP(),
        scope: schemas/* string */.YjP(),
        filePath: schemas/* string */.YjP(),
    })),
});
const AI_TOOLS = [
    {
        name: 'ai_contract',
        description: 'The pgmi session API as JSON: views and columns with types, functions and signatures, the test event type and event names, step types, exit codes, macro forms and the execution contract. Read it before writing deploy.sql.',
        run: async () => textResult((0,contract.contractJson)()),
    },
    {
        name: 'ai_overview',
        description: 'What pgmi is, its model, its commands and the skill index (markdown).',
        run: async () => textResult((0,overview.renderOverview)()),
    },
    {
        name: 'ai_skill',
        description: 'One pgmi skill as markdown with front matter (names from ai_skills).',
        inputShape: { name: schemas/* string */.YjP().describe('Skill name, e.g. pgmi-deploy-sql') },
        run: async (args) => {
            const name = String(args.name ?? '');
            if (name === '')
                throw new errors.PgmiError('name is required');
            if (!(0,skills/* skillNames */.I)().includes(name)) {
                throw new errors.PgmiError(`skill '${name}' not found. Available skills: ${(0,skills/* skillNames */.I)().join(', ')}`);
            }
            return textResult((0,skills.getSkill)(name).content);
        },
    },
    {
        name: 'ai_skills',
        description: 'The pgmi skills: name, description, scope and file path of each.',
        outputSchema: orError(skillsSuccess),
        run: async () => structuredResult({
            skills: (0,skills/* listSkills */.b)().map(({ name, description, scope, filePath }) => ({
                name,
                description,
                scope,
                filePath,
            })),
        }),
    },
];

// EXTERNAL MODULE: ./src/connect/settings.ts
var settings = __webpack_require__(78433);
;// CONCATENATED MODULE: ./src/mcp/deploy-schemas.ts
/**
 * Input and output schemas of the MCP `deploy` tool: the options of `pgmi deploy` as one object,
 * and the result (success value or error detail, with notices and tests).
 */



const deployInputShape = {
    path: schemas/* string */.YjP().min(1).describe('Project directory holding deploy.sql'),
    connection: schemas/* string */.YjP()
        .optional()
        .describe('PostgreSQL URI or ADO.NET connection string; replaces host, port, username and sslmode'),
    host: schemas/* string */.YjP().optional().describe('Server host or Unix socket directory'),
    port: schemas/* number */.aig().int().min(1).max(65535).optional().describe('Server port (default 5432)'),
    username: schemas/* string */.YjP().optional().describe('Database user'),
    database: schemas/* string */.YjP()
        .optional()
        .describe('Target database, created when missing (else from the connection string, PGDATABASE or pgmi.yaml)'),
    maintenanceDatabase: schemas/* string */.YjP()
        .optional()
        .describe('Database used to create or drop the target (default postgres)'),
    sslmode: schemas/* enum */.k5n(settings/* SSL_MODES */.yj).optional(),
    sslcert: schemas/* string */.YjP().optional().describe('Client certificate file'),
    sslkey: schemas/* string */.YjP().optional().describe('Client private key file'),
    sslrootcert: schemas/* string */.YjP().optional().describe('CA certificate file (or "system")'),
    azure: schemas/* boolean */.zMY().optional().describe('Microsoft Entra ID authentication'),
    azureTenantId: schemas/* string */.YjP().optional(),
    azureClientId: schemas/* string */.YjP().optional(),
    aws: schemas/* boolean */.zMY().optional().describe('AWS RDS IAM authentication'),
    awsRegion: schemas/* string */.YjP().optional(),
    google: schemas/* boolean */.zMY().optional().describe('Google Cloud SQL IAM authentication'),
    googleInstance: schemas/* string */.YjP().optional().describe('project:region:instance'),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]))
        .optional()
        .describe("Parameters for deploy.sql (current_setting('pgmi.<key>')); override pgmi.yaml"),
    secretParams: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]))
        .optional()
        .describe('Parameters like params (and winning over them) whose values are shown as [redacted] in every result and log'),
    paramsFiles: schemas/* array */.YOg(schemas/* string */.YjP())
        .optional()
        .describe("KEY=VALUE files, relative to the server's working directory; later files win"),
    overwrite: schemas/* boolean */.zMY()
        .optional()
        .describe('Drop and recreate the target database first; needs confirmDatabaseName'),
    confirmDatabaseName: schemas/* string */.YjP()
        .optional()
        .describe('Must equal database exactly when overwrite is true'),
    timeout: schemas/* string */.YjP()
        .optional()
        .describe('Limit for the whole run, e.g. 90s, 5m; 0 disables it (default: pgmi.yaml, else 3m)'),
    wait: schemas/* string */.YjP()
        .optional()
        .describe('Keep retrying the connection this long while the server starts, e.g. 30s'),
    compat: schemas/* string */.YjP().optional().describe('Session API version (only 1 exists)'),
    verbose: schemas/* boolean */.zMY().optional().describe('Return DEBUG notices from deploy.sql too'),
    rehearse: schemas/* boolean */.zMY()
        .optional()
        .describe('Rehearse on the existing database: run the atomic head and its tests, then roll back; returns the changes it would make, commits nothing, runs no tail'),
    lockWait: schemas/* string */.YjP()
        .optional()
        .describe('Queue this long behind a concurrent deploy of the same database for the deploy lock, e.g. 5m (default: pgmi.yaml lock_wait, else 0 = fail at once with exit 15)'),
    lockTimeout: schemas/* string */.YjP()
        .optional()
        .describe('Give up on a lock after this long (55P03), e.g. 2s; default 10s when rehearsing'),
    changeReport: schemas/* boolean */.zMY()
        .optional()
        .describe('Compare the catalog before and after and return the changes (default true)'),
};
const noticeSchema = schemas/* object */.Ikc({
    severity: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
    detail: schemas/* string */.YjP().optional(),
    hint: schemas/* string */.YjP().optional(),
    where: schemas/* string */.YjP().optional(),
    file: schemas/* string */.YjP().optional(),
    line: schemas/* number */.aig().int().optional(),
    elapsedMs: schemas/* number */.aig(),
});
const testSchema = schemas/* object */.Ikc({
    kind: schemas/* enum */.k5n(['fixture', 'test']),
    path: schemas/* string */.YjP(),
    status: schemas/* enum */.k5n(['passed', 'failed', 'skipped']),
    durationMs: schemas/* number */.aig(),
    message: schemas/* string */.YjP().optional(),
    sqlstate: schemas/* string */.YjP().optional(),
});
const changeSchema = schemas/* object */.Ikc({
    action: schemas/* enum */.k5n(['created', 'altered', 'dropped']),
    kind: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    detail: schemas/* string */.YjP().optional(),
});
const deploySuccessSchema = schemas/* object */.Ikc({
    status: schemas/* enum */.k5n(['success', 'rehearsed']),
    exitCode: schemas/* literal */.euz(0),
    database: schemas/* string */.YjP(),
    filesLoaded: schemas/* number */.aig().int(),
    testMacros: schemas/* number */.aig().int(),
    durationMs: schemas/* number */.aig(),
    executionUnits: schemas/* number */.aig().int().optional(),
    unitsCommitted: schemas/* number */.aig().int().optional(),
    serverVersion: schemas/* string */.YjP().optional(),
    tests: schemas/* array */.YOg(testSchema),
    changes: schemas/* array */.YOg(changeSchema).optional(),
    changeCounts: schemas/* object */.Ikc({ created: schemas/* number */.aig().int(), altered: schemas/* number */.aig().int(), dropped: schemas/* number */.aig().int() })
        .optional(),
    notRehearsed: schemas/* array */.YOg(schemas/* object */.Ikc({ unit: schemas/* number */.aig().int(), firstLine: schemas/* string */.YjP() })).optional(),
    notices: schemas/* array */.YOg(noticeSchema),
    noticesTruncated: schemas/* number */.aig().int().optional(),
});
const deployOutputSchema = orError(deploySuccessSchema);

// EXTERNAL MODULE: ./src/cli/render.ts
var cli_render = __webpack_require__(94984);
// EXTERNAL MODULE: ./src/engine/deploy.ts + 27 modules
var deploy = __webpack_require__(29774);
// EXTERNAL MODULE: ./src/engine/project/duration.ts
var duration = __webpack_require__(65502);
// EXTERNAL MODULE: ./src/inputs/deploy-input.ts + 1 modules
var deploy_input = __webpack_require__(38797);
;// CONCATENATED MODULE: ./src/mcp/deploy-tool.ts







/** Notices returned per call; earlier ones are counted in `noticesTruncated`. */
const MAX_NOTICES = 200;
/** Keeps the last MAX_NOTICES notices and counts the rest. */
class NoticeBuffer {
    items = [];
    dropped = 0;
    push(n) {
        const { type: _t, ...rest } = n;
        const clean = { ...rest, message: (0,redact/* redact */.E$)(rest.message) };
        if (rest.detail)
            clean.detail = (0,redact/* redact */.E$)(rest.detail);
        if (rest.hint)
            clean.hint = (0,redact/* redact */.E$)(rest.hint);
        if (rest.where)
            clean.where = (0,redact/* redact */.E$)(rest.where);
        this.items.push(clean);
        if (this.items.length > MAX_NOTICES) {
            this.items.shift();
            this.dropped++;
        }
    }
    fields() {
        return { notices: this.items, ...(this.dropped > 0 ? { noticesTruncated: this.dropped } : {}) };
    }
}
/** The confirmation rule, before anything else touches the network. */
function checkOverwrite(args) {
    if (!args.overwrite)
        return;
    const db = args.database;
    if (db === undefined || db === '') {
        throw new errors/* ApprovalDeniedError */.HB('approval denied: overwrite=true needs the database to drop named explicitly: pass database and confirmDatabaseName with the same value; nothing was deployed and no database was dropped');
    }
    if (args.confirmDatabaseName === undefined) {
        throw new errors/* ApprovalDeniedError */.HB(`approval denied: overwrite=true drops database ${JSON.stringify(db)}: pass confirmDatabaseName=${JSON.stringify(db)} to confirm; nothing was deployed and no database was dropped`);
    }
    if (args.confirmDatabaseName !== db) {
        throw new errors/* ApprovalDeniedError */.HB(`approval denied: confirmDatabaseName ${JSON.stringify(args.confirmDatabaseName)} does not match database ${JSON.stringify(db)}; nothing was deployed and no database was dropped`);
    }
}
function checkDuration(name, value) {
    if (value === undefined)
        return undefined;
    try {
        const ms = (0,duration/* parseDuration */.E9)(value);
        if (ms < 0)
            throw new Error(`${name} cannot be negative`);
        return ms;
    }
    catch (err) {
        throw new errors/* ConfigError */.xL(`invalid configuration: invalid ${name}: ${err.message}`, {
            cause: err,
            hints: ['Use a duration such as 90s, 5m or 1h30m (0 = no limit).'],
        });
    }
}
function toRawInput(args, waitMs) {
    const entries = Object.entries(args.params ?? {}).map(([k, v]) => [k, String(v)]);
    const secretEntries = Object.entries(args.secretParams ?? {}).map(([k, v]) => [k, String(v)]);
    return {
        projectPath: args.path,
        connection: {
            connection: args.connection,
            host: args.host,
            port: args.port,
            username: args.username,
            database: args.database,
            sslmode: args.sslmode,
            sslcert: args.sslcert,
            sslkey: args.sslkey,
            sslrootcert: args.sslrootcert,
            azure: args.azure,
            azureTenantId: args.azureTenantId,
            azureClientId: args.azureClientId,
            aws: args.aws,
            awsRegion: args.awsRegion,
            google: args.google,
            googleInstance: args.googleInstance,
            waitMs,
        },
        paramsFiles: args.paramsFiles ?? [],
        extraParams: [
            ...(entries.length ? [{ source: 'params', entries }] : []),
            ...(secretEntries.length
                ? [{ source: 'secretParams', entries: secretEntries, secret: true }]
                : []),
        ],
        overwrite: args.overwrite,
        force: args.overwrite,
        timeout: args.timeout,
        compat: args.compat,
        verbose: args.verbose,
        rehearse: args.rehearse,
        changeReport: args.changeReport,
        lockTimeout: args.lockTimeout,
        lockWait: args.lockWait,
        useProjectConfig: true,
    };
}
/** The change report and a rehearsal's unrun tail; names only, redacted as everything else. */
function changeFields(result) {
    const out = {};
    if (result.changeReport) {
        out.changes = result.changeReport.changes.map((c) => ({
            ...c,
            name: (0,redact/* redact */.E$)(c.name),
            ...(c.detail ? { detail: (0,redact/* redact */.E$)(c.detail) } : {}),
        }));
        out.changeCounts = result.changeReport.counts;
    }
    if (result.notRehearsed) {
        out.notRehearsed = result.notRehearsed.map((u) => ({ ...u, firstLine: (0,redact/* redact */.E$)(u.firstLine) }));
    }
    return out;
}
function testsOf(result) {
    return result.tests.map((t) => ({ ...t, ...(t.message ? { message: (0,redact/* redact */.E$)(t.message) } : {}) }));
}
/** Runs the tool; every failure comes back as an `isError` result. */
async function runDeployTool(args, ctx) {
    const notices = new NoticeBuffer();
    // The server's log: notices may quote a secret parameter.
    const line = (s) => ctx.stderr((0,redact/* redactRegistered */.uM)(s) + '\n');
    let built;
    try {
        checkOverwrite(args);
        checkDuration('timeout', args.timeout);
        const waitMs = checkDuration('wait', args.wait);
        built = (0,deploy_input/* buildDeploy */.S)(toRawInput(args, waitMs), { env: { ...ctx.env }, onWarning: line });
        if (args.maintenanceDatabase)
            built.options.maintenanceDatabase = args.maintenanceDatabase;
        // The name confirmed must be the database the engine will drop, whatever else was resolved.
        if (args.overwrite && built.options.database !== args.database) {
            throw new errors/* ApprovalDeniedError */.HB('approval denied: the resolved database differs from the confirmed one');
        }
    }
    catch (err) {
        return errorResult('deploy', err, notices.fields());
    }
    for (const w of built.warnings)
        line(w);
    const database = built.options.database;
    const approve = async ({ emit }) => {
        emit({
            type: 'progress',
            message: `confirmDatabaseName matches: dropping and recreating ${JSON.stringify(database)}`,
            elapsedMs: 0,
        });
    };
    const render = (0,cli_render/* textEventRenderer */.$z)({ verbose: !!args.verbose, write: line });
    let result;
    try {
        result = await (0,deploy/* deploy */.gg)(built.options, {
            provider: built.connection.provider,
            signal: ctx.signal,
            approve,
            onEvent: (e) => {
                render(e);
                if (e.type === 'notice')
                    notices.push(e);
            },
        });
    }
    finally {
        await built.connection.provider.dispose().catch(() => undefined);
    }
    if (result.status !== 'failed') {
        const value = {
            status: result.status,
            exitCode: 0,
            database: result.database,
            filesLoaded: result.filesLoaded,
            testMacros: result.testMacros,
            durationMs: result.durationMs,
            ...(result.executionUnits !== undefined
                ? { executionUnits: result.executionUnits, unitsCommitted: result.unitsCommitted ?? 0 }
                : {}),
            ...(result.serverVersion ? { serverVersion: result.serverVersion } : {}),
            tests: testsOf(result),
            ...changeFields(result),
            ...notices.fields(),
        };
        return structuredResult(value);
    }
    const run = {
        status: 'failed',
        database: result.database,
        filesLoaded: result.filesLoaded,
        testMacros: result.testMacros,
        durationMs: result.durationMs,
    };
    if (result.executionUnits !== undefined) {
        run.executionUnits = result.executionUnits;
        run.unitsCommitted = result.unitsCommitted ?? 0;
    }
    if (result.executionMode)
        run.executionMode = result.executionMode;
    if (result.failedUnit !== undefined)
        run.failedUnit = result.failedUnit;
    const error = result.error ?? new errors.PgmiError('deploy failed');
    const detail = (0,errors/* errorDetail */.m2)(error);
    return errorResult('deploy', error, {
        ...run,
        exitCode: detail.exitCode,
        tests: testsOf(result),
        ...changeFields(result),
        ...notices.fields(),
    });
}

// EXTERNAL MODULE: ./src/tooling/init.ts
var init = __webpack_require__(87454);
// EXTERNAL MODULE: ./src/tooling/metadata.ts
var metadata = __webpack_require__(12749);
// EXTERNAL MODULE: ./src/tooling/templates.ts
var templates = __webpack_require__(96709);
;// CONCATENATED MODULE: ./src/mcp/tooling-tools.ts
/**
 * `init`, `metadata_plan`, `metadata_validate`, `templates_list`: the project tooling the CLI's
 * `init`, `metadata` and `templates` commands use, called with the same functions.
 */







const pathInput = {
    path: schemas/* string */.YjP().describe('Project directory'),
};
function requirePath(args) {
    const path = String(args.path ?? '');
    if (path === '')
        throw new errors.PgmiError('path is required');
    return path;
}
const planEntry = schemas/* object */.Ikc({
    path: schemas/* string */.YjP(),
    id: schemas/* string */.YjP(),
    idempotent: schemas/* boolean */.zMY(),
    sort_keys: schemas/* array */.YOg(schemas/* string */.YjP()),
    description: schemas/* string */.YjP(),
});
const TOOLING_TOOLS = [
    {
        name: 'init',
        description: 'Scaffold a pgmi project from a template into a new or empty directory (pgmi.yaml and .env already there are kept). The project name defaults to the directory name.',
        inputShape: {
            path: schemas/* string */.YjP().describe('Target directory (created when missing)'),
            template: schemas/* string */.YjP().optional().describe('Template name (default basic; see templates_list)'),
            name: schemas/* string */.YjP().optional().describe('Project name (default: the directory name)'),
        },
        outputSchema: orError(schemas/* object */.Ikc({
            created: schemas/* literal */.euz(true),
            path: schemas/* string */.YjP(),
            template: schemas/* string */.YjP(),
            files: schemas/* array */.YOg(schemas/* string */.YjP()),
            kept: schemas/* array */.YOg(schemas/* string */.YjP()),
        })),
        run: async (args) => {
            const template = typeof args.template === 'string' && args.template ? args.template : 'basic';
            const name = typeof args.name === 'string' && args.name ? args.name : undefined;
            const r = await (0,init/* initProject */.I)(requirePath(args), template, name ? { name } : {});
            return structuredResult({
                created: true,
                path: r.path,
                template: r.template,
                files: r.files,
                kept: r.kept,
            });
        },
    },
    {
        name: 'metadata_plan',
        description: 'The scripts of a project with their ids, idempotent flags, sort keys and descriptions, in plan order (offline; same as `pgmi metadata plan --json`).',
        inputShape: pathInput,
        outputSchema: orError(schemas/* object */.Ikc({ total_files: schemas/* number */.aig().int(), plan: schemas/* array */.YOg(planEntry) })),
        run: async (args) => structuredResult({ ...(await (0,metadata.metadataPlan)(requirePath(args))) }),
    },
    {
        name: 'metadata_validate',
        description: 'Validate the <pgmi-meta> blocks of a project and find duplicate ids (offline; same as `pgmi metadata validate --json`). Duplicates come back as validation_passed: false, not as an error.',
        inputShape: pathInput,
        outputSchema: orError(schemas/* object */.Ikc({
            total_files: schemas/* number */.aig().int(),
            files_with_metadata: schemas/* number */.aig().int(),
            files_without_metadata: schemas/* number */.aig().int(),
            validation_passed: schemas/* boolean */.zMY(),
            duplicate_ids: schemas/* array */.YOg(schemas/* string */.YjP()),
        })),
        run: async (args) => structuredResult({ ...(await (0,metadata.metadataValidate)(requirePath(args))) }),
    },
    {
        name: 'templates_list',
        description: 'The project templates `init` can scaffold, recommended first.',
        outputSchema: orError(schemas/* object */.Ikc({
            templates: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), description: schemas/* string */.YjP(), bestFor: schemas/* string */.YjP() })),
        })),
        run: async () => structuredResult({ templates: (0,templates.listTemplates)() }),
    },
];

;// CONCATENATED MODULE: ./src/mcp/server.ts
/**
 * The pgmi MCP server: one McpServer with every tool registered in name order. Tool handlers
 * never throw to the SDK: failures become `isError` results carrying the CLI's error detail.
 */








function deployTool(ctx) {
    return {
        name: 'deploy',
        description: "Deploy a pgmi project: the options of `pgmi deploy` (connection string or fields, database, params, timeout, wait, compat), honouring the project's pgmi.yaml. overwrite: true drops and recreates the database and needs confirmDatabaseName equal to database. Returns files loaded, tests and notices; a failure is an error result with exit code, SQLSTATE, file and line.",
        inputShape: deployInputShape,
        outputSchema: deployOutputSchema,
        run: (args) => runDeployTool(args, ctx),
    };
}
/** Every tool, sorted by name as tools/list shows them. */
function toolDefinitions(ctx) {
    return [...AI_TOOLS, deployTool(ctx), ...TOOLING_TOOLS].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function createPgmiServer(ctx, tools = toolDefinitions(ctx)) {
    const server = new mcp/* McpServer */._({ name: 'pgmi', version: version.VERSION });
    for (const tool of tools) {
        const guarded = async (args) => {
            try {
                return await tool.run(args);
            }
            catch (err) {
                return errorResult(tool.name, err);
            }
        };
        const config = {
            description: tool.description,
            ...(tool.inputShape ? { inputSchema: tool.inputShape } : {}),
            ...(tool.outputSchema ? { outputSchema: tool.outputSchema } : {}),
        };
        if (tool.inputShape) {
            server.registerTool(tool.name, config, (args) => guarded(args));
        }
        else {
            server.registerTool(tool.name, config, () => guarded({}));
        }
    }
    structureSdkToolErrors(server);
    return server;
}
/**
 * Argument validation and unknown tools are reported by the SDK itself as `isError` results with
 * text only. Give them the same structured detail as every other failure (usage, exit 2), so a
 * client validating structuredContent against the output schema sees `{message, exitCode}`.
 * The hook is the SDK's own result factory; a test pins the behaviour.
 */
function structureSdkToolErrors(server) {
    const target = server;
    if (typeof target.createToolError !== 'function')
        return;
    target.createToolError = (raw) => {
        const message = `usage error: ${(0,redact/* redact */.E$)(raw.replace(/^MCP error -?\d+: /, ''))}`;
        return {
            content: [{ type: 'text', text: message }],
            structuredContent: { message, exitCode: 2 },
            isError: true,
        };
    };
}

;// CONCATENATED MODULE: ./src/mcp/stdio.ts
/**
 * `pgmi serve`: the MCP server over stdio. Stdout carries only JSON-RPC messages, one per line,
 * written by the SDK's transport; everything else (deploy progress and notices, warnings) goes
 * to stderr. End of input finishes the requests in flight and exits 0; SIGINT/SIGTERM cancel a
 * running deploy (rolling back its open transaction) and exit 130/143.
 */







/** Library output meant for a terminal must never reach the protocol stream. */
function keepConsoleOffStdout() {
    const toStderr = (...args) => console.error(...args);
    console.log = toStderr;
    console.info = toStderr;
    console.debug = toStderr;
    console.warn = toStderr;
}
/** Request ids awaiting a response, so end of input can wait for them. */
class InFlight {
    ids = new Set();
    onIdle;
    get size() {
        return this.ids.size;
    }
    /** Notes a request (or a cancellation) from a raw input line, as the SDK will parse it. */
    observe(line) {
        let parsed;
        try {
            parsed = types/* JSONRPCMessageSchema */.OR.parse(JSON.parse(line));
        }
        catch {
            return; // answered by the transport's error path, with id null
        }
        if ((0,types/* isJSONRPCRequest */.vo)(parsed))
            this.ids.add(JSON.stringify(parsed.id));
        // A cancelled request gets no response.
        if ((0,types/* isJSONRPCNotification */.lg)(parsed) && parsed.method === 'notifications/cancelled') {
            const id = parsed.params?.requestId;
            if (id !== undefined)
                this.done(id);
        }
    }
    done(id) {
        this.ids.delete(JSON.stringify(id));
        if (this.ids.size === 0)
            this.onIdle?.();
    }
}
/** The SDK's transport, answering unparsable lines and counting responses. */
class ServeTransport extends stdio/* StdioServerTransport */.S {
    inflight;
    constructor(input, output, inflight) {
        super(input, output);
        this.inflight = inflight;
    }
    async send(message) {
        await super.send(message);
        if ('id' in message && ('result' in message || 'error' in message)) {
            this.inflight.done(message.id);
        }
    }
}
async function serveStdio(io) {
    const stdin = io.stdin ?? process.stdin;
    const stdout = io.stdout ?? process.stdout;
    keepConsoleOffStdout();
    const interrupt = new AbortController();
    const server = createPgmiServer({ env: io.env, stderr: io.stderr, signal: interrupt.signal });
    const inflight = new InFlight();
    const lines = new external_node_stream_.PassThrough();
    const transport = new ServeTransport(lines, stdout, inflight);
    // Set before connect: the SDK chains its own handler after this one. An unparsable line is
    // answered with a JSON-RPC error (id null) and the session continues with the next line.
    transport.onerror = (err) => {
        const parse = err instanceof SyntaxError;
        const invalid = !parse && err?.name === 'ZodError';
        if (parse || invalid) {
            void transport
                .send({
                jsonrpc: '2.0',
                id: null,
                error: {
                    code: parse ? -32700 : -32600,
                    message: parse ? `parse error: ${(0,errors/* messageOf */.bD)(err)}` : 'invalid request',
                },
            })
                .catch(() => undefined);
        }
        else {
            io.stderr(`pgmi: serve: ${(0,redact/* redact */.E$)((0,errors/* messageOf */.bD)(err))}\n`);
        }
    };
    await server.connect(transport);
    return new Promise((resolve) => {
        let ended = false;
        let finished = false;
        const finish = (code) => {
            if (finished)
                return;
            finished = true;
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
            rl.close();
            void server.close().finally(() => resolve(code));
        };
        inflight.onIdle = () => {
            if (ended)
                finish(0);
        };
        const onSignal = (sig) => {
            const reason = new errors/* InterruptedError */.p4(sig);
            interrupt.abort(reason);
            io.stderr(`pgmi: error: ${(0,errors/* formatError */.Wk)(reason)}\n`);
            // Give a running deploy a moment to roll back, then stop whatever is left.
            const code = reason.exitCode;
            if (inflight.size === 0)
                finish(code);
            else {
                inflight.onIdle = () => finish(code);
                setTimeout(() => finish(code), 10000).unref();
            }
            if (stdin === process.stdin)
                process.stdin.destroy();
        };
        const onInt = () => onSignal('SIGINT');
        const onTerm = () => onSignal('SIGTERM');
        process.on('SIGINT', onInt);
        process.on('SIGTERM', onTerm);
        // readline also delivers a last line that has no newline; blank lines are skipped.
        const rl = (0,external_node_readline_.createInterface)({ input: stdin, crlfDelay: Infinity });
        rl.on('line', (line) => {
            if (line.trim() === '')
                return;
            inflight.observe(line);
            lines.write(line + '\n');
        });
        rl.on('close', () => {
            ended = true;
            // Let the transport read what was just written before deciding nothing is in flight.
            setImmediate(() => {
                if (inflight.size === 0)
                    finish(0);
            });
        });
    });
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

/***/ 12749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   metadataPlan: () => (/* binding */ metadataPlan),
/* harmony export */   metadataScaffold: () => (/* binding */ metadataScaffold),
/* harmony export */   metadataValidate: () => (/* binding */ metadataValidate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97986);
/* harmony import */ var _engine_project_metadata__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85623);
/* harmony import */ var _engine_project_scan__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76990);
/* harmony import */ var _engine_project_sql_files__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79670);
/**
 * `pgmi metadata plan | validate | scaffold` and the MCP `metadata_*` tools (project-files.md
 * §3.9, decisions.md 15). Offline: the full scanner, no deploy.sql needed, no database.
 */







const FALLBACK_DESCRIPTION = 'No metadata (fallback)';
function planFiles(files) {
    return files.filter((f) => f.isSql && !f.isTest);
}
/** Smallest sort key in byte order; the path for a file without keys. */
function firstKey(e) {
    return e.sort_keys.length === 0 ? e.path : [...e.sort_keys].sort(_engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__/* .compareCodePoints */ .OP)[0];
}
/**
 * One entry per SQL file outside test directories, ordered by its smallest sort key, then by path
 * (an approximation of `pgmi_plan_view`, which has one row per key).
 */
async function metadataPlan(path) {
    const { files } = await (0,_engine_project_scan__WEBPACK_IMPORTED_MODULE_5__/* .scanProject */ .v)(path);
    const plan = planFiles(files).map((f) => f.metadata
        ? {
            path: f.path,
            id: f.metadata.id,
            idempotent: f.metadata.idempotent,
            sort_keys: [...f.metadata.sortKeys],
            description: f.metadata.description,
        }
        : {
            path: f.path,
            id: (0,_engine_project_sql_files__WEBPACK_IMPORTED_MODULE_6__/* .genericId */ .Xo)(f.path),
            idempotent: true,
            sort_keys: [f.path],
            description: FALLBACK_DESCRIPTION,
        });
    plan.sort((a, b) => (0,_engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__/* .compareCodePoints */ .OP)(firstKey(a), firstKey(b)) || (0,_engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__/* .compareCodePoints */ .OP)(a.path, b.path));
    return { total_files: plan.length, plan };
}
/** Counts and duplicate ids over every scanned file. Duplicates are data here, not an error. */
async function metadataValidate(path) {
    const { files } = await (0,_engine_project_scan__WEBPACK_IMPORTED_MODULE_5__/* .scanProject */ .v)(path, { allowDuplicateIds: true });
    const withMetadata = files.filter((f) => f.metadata).length;
    const duplicate_ids = (0,_engine_project_metadata__WEBPACK_IMPORTED_MODULE_4__/* .findDuplicateIds */ .FT)(files).flatMap(({ id, paths }) => paths.slice(1).map((later) => `${id}: ${paths[0]}, ${later}`));
    return {
        total_files: files.length,
        files_with_metadata: withMetadata,
        files_without_metadata: files.length - withMetadata,
        validation_passed: duplicate_ids.length === 0,
        duplicate_ids,
    };
}
/** Writes through a sibling temporary file and a rename, keeping the permission bits. */
function writeAtomically(file, data) {
    const tmp = `${file}.pgmi-tmp`;
    const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).mode & 0o7777;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, data, { mode, flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw err;
    }
}
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/**
 * Proposes (and with `write`, prepends) a `<pgmi-meta>` block for every SQL file outside test
 * directories that has none. The id is the file's generic_id, so scaffolding never changes a
 * file's identity; the sort key is `generated/<file name>`. A leading BOM stays first.
 */
async function metadataScaffold(path, opts = {}) {
    const scan = await (0,_engine_project_scan__WEBPACK_IMPORTED_MODULE_5__/* .scanProject */ .v)(path);
    const idempotent = opts.idempotent ?? true;
    const out = [];
    for (const f of planFiles(scan.files)) {
        if (f.metadata)
            continue;
        const id = (0,_engine_project_sql_files__WEBPACK_IMPORTED_MODULE_6__/* .genericId */ .Xo)(f.path);
        if (opts.write) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scan.root, f.path);
            try {
                const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
                const hasBom = raw.subarray(0, 3).equals(BOM);
                const block = Buffer.from((0,_engine_project_metadata__WEBPACK_IMPORTED_MODULE_4__/* .metadataBlockFor */ .QZ)((0,_engine_project_sql_files__WEBPACK_IMPORTED_MODULE_6__/* .baseName */ .Fl)(f.path), id, idempotent), 'utf8');
                const body = hasBom ? raw.subarray(3) : raw;
                writeAtomically(file, Buffer.concat(hasBom ? [BOM, block, body] : [block, body]));
            }
            catch (err) {
                throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__.PgmiError(`cannot write metadata to ${f.path}: ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(err)}`, {
                    cause: err,
                });
            }
        }
        out.push({ path: f.path, id, idempotent, written: !!opts.write });
    }
    return { files: out };
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
