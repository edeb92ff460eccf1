/**
 * The parts of `pgmi ai contract` that are behaviour rather than schema: the macro forms and the
 * execution contract ("atomic head, psql tail"). Written to match what src/engine/preprocess and
 * src/engine/pipeline/execute.ts do, including where this implementation is stricter than
 * upstream (an open transaction at the end fails; a macro that cannot be expanded is exit 10).
 */

export interface MacroForm {
  form: string;
  description: string;
}

export interface ExecutionContract {
  summary: string;
  head: string;
  tail: string;
  terminators: string[];
  not_terminators: string[];
  consequences: string[];
  not_via_execute: string[];
  not_via_execute_why: string;
}

export const MACRO_FORMS: readonly MacroForm[] = [
  {
    form: 'CALL pgmi_test()',
    description:
      "Runs every test under __test__/ and __tests__/ directories with the default callback (pg_temp.pgmi_test_callback). pgmi replaces the call, before deploy.sql runs, with generated SQL that uses SAVEPOINT / ROLLBACK TO SAVEPOINT, so it MUST sit inside an explicit top-level BEGIN ... COMMIT: without one PostgreSQL rejects it with 25P01 'SAVEPOINT can only be used in transaction blocks' (exit 13). Also accepted: CALL pg_temp.pgmi_test(). Written inside a DO block or function body it is never expanded, and pgmi refuses the deploy offline (exit 10). A call that plans no test at all fails at run time with P0002 'pgmi: no tests were discovered'.",
  },
  {
    form: "CALL pgmi_test('pattern')",
    description:
      "Runs only the tests whose path (e.g. './__test__/auth/test_login.sql') matches the POSIX regular expression, case-sensitive and unanchored; fixtures of the directories on the way are included. NULL or '' means every test. An invalid regex (a glob such as './**' is one) is rejected offline, exit 10. No matching test fails at run time with P0002 'pgmi: no tests matched the requested pattern'.",
  },
  {
    form: "CALL pgmi_test('pattern', 'callback')",
    description:
      "Sends every event (pg_temp.pgmi_test_event) to your function instead of the default one. Name it [schema.]function and schema-qualify it: functions in pg_temp are never found unqualified, so write 'pg_temp.my_callback'. It may be created earlier in the same deploy.sql. CALL pgmi_test(NULL, 'pg_temp.my_callback') runs every test with it.",
  },
];

export const EXECUTION_CONTRACT: ExecutionContract = {
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
  not_via_execute_why:
    "EXECUTE runs inside a function, and PostgreSQL refuses these there with SQLSTATE 25001 ('cannot be executed from a function' or '... inside a transaction block') whatever the transaction state. They also fail in the head. Write them as top-level statements in the tail, never inside a plan loop.",
};
