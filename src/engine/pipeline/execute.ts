/**
 * Runs deploy.sql on the prepared session: expand the `CALL pgmi_test()` macros through the
 * session, split at the first top-level transaction terminator ("atomic head, psql tail"), send
 * each unit as one simple-query message, and turn failures into located ExecutionErrors.
 */
import type pg from 'pg';
import {
  ExecutionError,
  ConfigError,
  describePgError,
  failedFileOf,
  firstPgError,
  isPgDatabaseError,
  messageOf,
  type ErrorLocation,
  type PgDiagnostics,
} from '../errors';
import type { DeployEvent, NoticeEvent, NoticeSeverity, TestResult } from '../events';
import type { ProjectFile } from '../project/types';
import {
  expandMacros,
  locateInProjectFiles,
  locateUnitError,
  splitUnits,
  type ExecutionUnit,
  type MacroCall,
} from '../preprocess/index';
import { generateTestSql, testPlan } from '../session/prepare';
import { sendCancelRequest } from './cancel';
import type { RunControl } from './run-control';
import { TestTracker } from './test-tracker';

type EventInput = DeployEvent extends infer E
  ? E extends DeployEvent
    ? Omit<E, 'elapsedMs'>
    : never
  : never;

export interface ExecuteInput {
  client: pg.Client;
  host: string;
  port: number;
  control: RunControl;
  deploySql: string;
  macros: MacroCall[];
  files: ProjectFile[];
  verbose: boolean;
  emit(event: EventInput): void;
  elapsed(): number;
}

export interface ExecuteOutcome {
  executionUnits?: number;
  unitsCommitted?: number;
  executionMode?: 'atomic' | 'psql';
  failedUnit?: number;
  tests: TestResult[];
  error?: unknown;
}

/** The NoticeResponse fields node-postgres hands to `client.on('notice')`. */
type NoticeFields = PgDiagnostics & { message?: string };

const SEVERITIES = new Set<NoticeSeverity>(['DEBUG', 'LOG', 'INFO', 'NOTICE', 'WARNING']);

function severityOf(raw: string | undefined): NoticeSeverity {
  const s = (raw ?? 'NOTICE').toUpperCase();
  if (s.startsWith('DEBUG')) return 'DEBUG';
  return SEVERITIES.has(s as NoticeSeverity) ? (s as NoticeSeverity) : 'NOTICE';
}

/** Wraps the macro expansion so a bad pattern or callback the server rejects is still exit 10. */
async function expand(input: ExecuteInput, tracker: TestTracker): Promise<string> {
  const expansions: string[] = [];
  for (const m of input.macros) {
    try {
      expansions.push(await generateTestSql(input.client, m.pattern, m.callback));
      const plan = await testPlan(input.client, m.pattern);
      tracker.addPlan(
        plan
          .filter((s) => s.stepType !== 'teardown' && s.scriptPath !== null)
          .map((s) => ({ kind: s.stepType as 'fixture' | 'test', path: s.scriptPath as string })),
      );
    } catch (err) {
      if (!isPgDatabaseError(err)) throw err;
      throw new ConfigError(
        `failed to preprocess deploy.sql: pgmi_test() on line ${m.line}: ${describePgError(err)}`,
        { cause: err },
      );
    }
  }
  return expandMacros(input.deploySql, input.macros, expansions);
}

/** Message of the notice pgmi_run_test_source sends with a failing test's context. */
const TEST_FAILURE_CONTEXT = '[pgmi] test failure context';

/** A failing test's own context, when the server sent it for the test the error names. */
function withTestContext(
  pg: PgDiagnostics & { message: string },
  testContext: string | undefined,
): PgDiagnostics & { message: string } {
  if (!testContext || !/^Failed in \S+\.sql: /.test(pg.message)) return pg;
  return { ...pg, where: pg.where ? `${testContext}\n${pg.where}` : testContext };
}

function locate(
  err: unknown,
  unit: ExecutionUnit,
  script: string,
  input: ExecuteInput,
  testContext?: string,
): { location?: ErrorLocation; failedFile?: string } {
  const pg = firstPgError(err);
  if (!pg) return {};
  let inFile = locateInProjectFiles(
    withTestContext(pg as PgDiagnostics & { message: string }, testContext),
    input.files,
  );
  // The context must lead to the file the error names; otherwise it belonged to another test.
  const named = failedFileOf(err);
  if (inFile && named && inFile.path !== named)
    inFile = locateInProjectFiles(pg as PgDiagnostics & { message: string }, input.files);
  if (inFile) {
    const out: { location?: ErrorLocation; failedFile?: string } = { failedFile: inFile.path };
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
  const position = Number(pg.position ?? 0);
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

/** What to do next, for server errors whose remedy is not in the server's own HINT. */
function hintsFor(err: PgDiagnostics): string[] {
  if (err.code === '53200') {
    // One transaction touching thousands of objects exhausts the shared lock table.
    return [
      'the transaction needed more locks than the server allows: raise max_locks_per_transaction in postgresql.conf (a restart is needed), or split deploy.sql into several transactions (COMMIT between groups of files)',
    ];
  }
  if (err.code === '25P01' && /SAVEPOINT/i.test((err as { message?: string }).message ?? '')) {
    return [
      'CALL pgmi_test() must run inside an explicit transaction: put BEGIN; before it and COMMIT; after it',
    ];
  }
  return [];
}

export async function executeDeploySql(input: ExecuteInput): Promise<ExecuteOutcome> {
  const { client, control } = input;
  const tracker = new TestTracker((r) =>
    input.emit({
      type: 'test-finished',
      kind: r.kind,
      path: r.path,
      status: r.status,
      durationMs: r.durationMs,
    }),
  );
  // The context of the last failing test (see pgmi_run_test_source): where in the test it failed.
  let testFailureContext: string | undefined;
  const onNotice = (n: NoticeFields) => {
    if (n.message === TEST_FAILURE_CONTEXT) {
      testFailureContext = n.detail;
      return;
    }
    const severity = severityOf(n.severity);
    if (severity === 'DEBUG' && !input.verbose) return;
    const event: Omit<NoticeEvent, 'elapsedMs'> = {
      type: 'notice',
      severity,
      message: n.message ?? '',
    };
    if (n.detail) event.detail = n.detail;
    if (n.hint) event.hint = n.hint;
    if (n.where) event.where = n.where;
    if (severity === 'WARNING' && n.where) {
      const at = locateInProjectFiles(
        { ...(n as PgDiagnostics), message: n.message ?? '' },
        input.files,
      );
      if (at) {
        event.file = at.path;
        if (at.line !== undefined) event.line = at.line;
      }
    }
    tracker.onNotice(event.message, input.elapsed());
    input.emit(event);
  };
  client.on('notice', onNotice);
  const onAbort = () => void sendCancelRequest(client, input.host, input.port);
  control.signal.addEventListener('abort', onAbort, { once: true });

  const outcome: ExecuteOutcome = { tests: [] };
  let units: ExecutionUnit[] = [];
  let current = 0;
  let committed = 0;
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
    if (input.verbose) await client.query('SET client_min_messages = debug');
    control.throwIfAborted();
    for (current = 0; current < units.length; current++) {
      await client.query(units[current].text);
      // What really committed (decisions.md 6): everything up to the last unit after which the
      // session was idle; units inside a transaction that later rolls back do not count.
      if (client.getTransactionStatus() === 'I') committed = current + 1;
      control.throwIfAborted();
    }
    if (client.getTransactionStatus() !== 'I') {
      await client.query('ROLLBACK');
      throw new ExecutionError(
        'execution failed: deploy.sql ended inside an open transaction block (a BEGIN, or COMMIT AND CHAIN, without a final COMMIT); it was rolled back and nothing from that transaction was committed',
        { hints: ['end deploy.sql with COMMIT after the last statement of the transaction'] },
      );
    }
    outcome.unitsCommitted = units.length;
    outcome.tests = tracker.finish(input.elapsed());
  } catch (err) {
    const reason = control.reason;
    let error: unknown = err;
    if (reason && !(err instanceof ExecutionError && err.cause === undefined)) {
      if (err !== reason) (reason as { cause?: unknown }).cause ??= err;
      error = reason;
    } else if (isPgDatabaseError(err) && units.length > 0) {
      const { location, failedFile } = locate(
        err,
        units[current],
        script,
        input,
        testFailureContext,
      );
      error = new ExecutionError(`execution failed: ${describePgError(err)}`, {
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
    const pg = firstPgError(error);
    const failedFile = failedFileOf(error);
    const at = error instanceof ExecutionError ? error.location : undefined;
    outcome.tests = tracker.finish(input.elapsed(), {
      message: pg?.message ?? messageOf(error),
      ...(failedFile ? { failedFile } : {}),
      ...(pg?.code ? { sqlstate: pg.code } : {}),
      ...(at && at.script === failedFile ? { line: at.line } : {}),
    });
    outcome.error = error;
  } finally {
    control.signal.removeEventListener('abort', onAbort);
    client.off('notice', onNotice);
  }
  return outcome;
}
