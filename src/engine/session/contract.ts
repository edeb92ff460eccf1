/**
 * The session API v1 as data, for `pgmi ai contract` and anyone generating code against it.
 * Types, argument lists and results are written the way PostgreSQL renders them inside a
 * prepared session (`format_type`, `pg_get_function_arguments`, `pg_get_function_result`;
 * temporary types print unqualified because the temporary schema is searched first for types),
 * and descriptions are the objects' COMMENTs. An integration test compares all of it with a live
 * session in both directions, so this file cannot drift from src/engine/sql/.
 */

export interface ContractColumn {
  name: string;
  type: string;
}

export interface ContractView {
  name: string;
  columns: readonly ContractColumn[];
  description: string;
}

export interface ContractArgument {
  name: string;
  type: string;
  /** The default expression as PostgreSQL prints it, e.g. `NULL::text`. */
  default?: string;
}

export interface ContractFunction {
  name: string;
  args: readonly ContractArgument[];
  /** A single type, or the columns of a `RETURNS TABLE`. */
  returns: string | readonly ContractColumn[];
  volatility: 'immutable' | 'stable' | 'volatile';
  description: string;
}

export interface ContractTable {
  name: string;
  columns: readonly ContractColumn[];
}

const t = (name: string, type: string): ContractColumn => ({ name, type });

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

const PATTERN_DEFAULT_NULL: ContractArgument = {
  name: 'p_pattern',
  type: 'text',
  default: 'NULL::text',
};

export const SESSION_CONTRACT = {
  apiVersion: '1',
  /** Every object lives in the session's temporary schema; call functions as `pg_temp.<name>`. */
  schema: 'pg_temp',
  views: [
    {
      name: 'pgmi_source_view',
      columns: SOURCE_COLUMNS,
      description:
        'pgmi v1: project files outside __test__/__tests__ directories, every extension (filter with is_sql_file).',
    },
    {
      name: 'pgmi_parameter_view',
      columns: PARAMETER_COLUMNS,
      description:
        "pgmi v1: deployment parameters; keys are lower-cased. Also readable as current_setting('pgmi.<key>', true).",
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
      description:
        'pgmi v1: execution plan, one row per file and sort key, numbered by (sort_key, path) in byte order. checksum is the normalised pgmi_checksum; generic_id is md5(path) as a UUID; every loaded file appears, join pgmi_source_view on path to keep only SQL files.',
    },
    {
      name: 'pgmi_source_metadata_view',
      columns: METADATA_COLUMNS,
      description:
        'pgmi v1: <pgmi-meta> blocks of SQL files: id, idempotent, sort_keys, description.',
    },
    {
      name: 'pgmi_test_source_view',
      columns: TEST_SOURCE_COLUMNS,
      description:
        'pgmi v1: SQL files under __test__/__tests__ directories; is_fixture marks _setup.sql / _setup.psql.',
    },
    {
      name: 'pgmi_test_directory_view',
      columns: TEST_DIRECTORY_COLUMNS,
      description:
        'pgmi v1: test directories with their nearest test-directory ancestor and depth below the first __test__/__tests__ segment.',
    },
  ] satisfies readonly ContractView[],
  functions: [
    {
      name: 'pgmi_test_plan',
      args: [PATTERN_DEFAULT_NULL],
      returns: PLAN_STEP_COLUMNS,
      volatility: 'stable',
      description:
        'The test execution plan: fixture, test and teardown steps in pre-order depth-first order; the optional POSIX regex filters tests by path.',
    },
    {
      name: 'pgmi_test_generate',
      args: [
        PATTERN_DEFAULT_NULL,
        { name: 'p_callback', type: 'text', default: "'pg_temp.pgmi_test_callback'::text" },
      ],
      returns: 'text',
      volatility: 'volatile',
      description:
        'Generates the SQL that CALL pgmi_test(pattern, callback) expands to: savepoint-isolated fixtures and tests, with callback events; raises at run time when no test is planned.',
    },
    {
      name: 'pgmi_test_callback',
      args: [{ name: 'e', type: 'pgmi_test_event' }],
      returns: 'void',
      volatility: 'volatile',
      description:
        'Default pgmi_test() callback: NOTICE for suite, fixture and test starts and the suite end; DEBUG for rollbacks and teardowns.',
    },
    {
      name: 'pgmi_validate_pattern',
      args: [{ name: 'p_pattern', type: 'text' }],
      returns: 'text',
      volatility: 'immutable',
      description:
        'Returns the pattern when it is a valid POSIX regular expression (NULL stays NULL); raises "Invalid regex pattern: ..." otherwise.',
    },
    {
      name: 'pgmi_has_tests',
      args: [{ name: 'p_directory', type: 'text' }, PATTERN_DEFAULT_NULL],
      returns: 'boolean',
      volatility: 'stable',
      description:
        'True when the directory or a descendant holds a non-fixture test whose path matches the pattern (NULL = any).',
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
      description:
        'Normalises a project path, derives every column of _pgmi_source and inserts the file; returns the inserted row.',
    },
    {
      name: 'pgmi_is_sql_file',
      args: [{ name: 'filename', type: 'text' }],
      returns: 'boolean',
      volatility: 'immutable',
      description:
        'True when the name ends (case-insensitively) in .sql, .ddl, .dml, .dql, .dcl, .psql, .pgsql or .plpgsql.',
    },
    {
      name: 'pgmi_execute_file',
      args: [{ name: 'p_path', type: 'text' }],
      returns: 'void',
      volatility: 'volatile',
      description:
        'Runs a project file (a path of pgmi_source_view) as EXECUTE content would, one top-level statement at a time for large files (faster, and errors name the statement).',
    },
    {
      name: 'pgmi_persist_test_plan',
      args: [{ name: 'target_schema', type: 'text' }, PATTERN_DEFAULT_NULL],
      returns: 'void',
      volatility: 'volatile',
      description:
        'Writes pgmi_test_plan(p_pattern) into the permanent table <target_schema>.pgmi_test_plan, creating it when missing and replacing its rows.',
    },
  ] satisfies readonly ContractFunction[],
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
    description:
      'pgmi test event passed to the pgmi_test() callback: event (suite_start, suite_end, fixture_start, fixture_end, test_start, test_end, rollback, teardown_start, teardown_end), path (NULL for suite and teardown events), directory, depth, ordinal (plan step; 0 for suite_start), context (reserved, NULL).',
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
  ] satisfies readonly ContractTable[],
} as const;

/** An argument list as `pg_get_function_arguments` prints it. */
export function renderArguments(args: readonly ContractArgument[]): string {
  return args
    .map((a) => `${a.name} ${a.type}${a.default === undefined ? '' : ` DEFAULT ${a.default}`}`)
    .join(', ');
}

/** A result type as `pg_get_function_result` prints it. */
export function renderResult(returns: string | readonly ContractColumn[]): string {
  return typeof returns === 'string'
    ? returns
    : `TABLE(${returns.map((c) => `${c.name} ${c.type}`).join(', ')})`;
}
