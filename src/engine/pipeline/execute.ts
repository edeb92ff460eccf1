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
import type {
  DeployEvent,
  NoticeEvent,
  NoticeSeverity,
  NotRehearsedUnit,
  TestResult,
} from '../events';
import {
  firstLineOf,
  splitHeadTerminator as splitRehearsalHead,
  splitHeadUnit,
} from '../preprocess/head-terminator';
import type { ProjectFile } from '../project/types';
import {
  expandMacros,
  locateInProjectFiles,
  maskSql,
  locateUnitError,
  splitUnits,
  transactionEffect,
  type ExecutionUnit,
  type MacroCall,
} from '../preprocess/index';
import { generateTestSql, testPlan } from '../session/prepare';
import { connectionLost, isConnectionLoss, lossMessage } from './connection-loss';
import { describeLockHolders } from './lock-holders';
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
  /** Target database, for messages. */
  database?: string;
  macros: MacroCall[];
  files: ProjectFile[];
  verbose: boolean;
  emit(event: EventInput): void;
  elapsed(): number;
  /** Rehearsal: run the head (tests included), then roll it back; list the tail, run none of it. */
  rehearse?: boolean;
  /**
   * Called once the head's work has succeeded, just before its terminator would be sent (in a
   * rehearsal: before the ROLLBACK that takes the terminator's place), inside its transaction.
   */
  beforeTerminator?: () => Promise<void>;
  /**
   * Called before each message that may commit work: the head's terminator, a tail unit that
   * ends an open transaction (`'transaction'`: inside it, whose own writes can be looked at),
   * and a head sent whole or a tail unit sent outside a transaction block (`'autocommit'`: it
   * may commit as it runs). Not in a rehearsal.
   */
  beforeCommit?: (kind: 'transaction' | 'autocommit') => Promise<void>;
  /** Called before a message that opens a transaction whose end `beforeCommit` will see. */
  beforeOpen?: () => Promise<void>;
}

export interface ExecuteOutcome {
  executionUnits?: number;
  unitsCommitted?: number;
  executionMode?: 'atomic' | 'psql';
  failedUnit?: number;
  tests: TestResult[];
  /** Rehearsals: the tail units, listed and not run. */
  notRehearsed?: NotRehearsedUnit[];
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
      if (!isPgDatabaseError(err) || isConnectionLoss(err, input.client)) throw err;
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
function statementPosition(err: PgDiagnostics & { message?: string }, text: string): number {
  if (err.code !== '25001') return 0;
  const m = /^([A-Z][A-Z ]*[A-Z]) cannot run inside a transaction block/.exec(err.message ?? '');
  if (!m) return 0;
  const words = m[1].split(' ').join('\\s+');
  const at = new RegExp(`(^|;)\\s*(${words})\\b`, 'i').exec(maskSql(text));
  if (!at) return 0;
  const index = at.index + at[0].length - at[2].length;
  return [...text.slice(0, index)].length + 1;
}

/** What to do next, for server errors whose remedy is not in the server's own HINT. */
function hintsFor(err: PgDiagnostics): string[] {
  if (err.code === '53200') {
    // One transaction touching thousands of objects exhausts the shared lock table.
    return [
      'the transaction needed more locks than the server allows: raise max_locks_per_transaction in postgresql.conf (a restart is needed), or split deploy.sql into several transactions (COMMIT between groups of files)',
    ];
  }
  if (err.code === '25001' && /cannot run inside a transaction block/i.test(messageOf(err))) {
    return [
      'statements that cannot run inside a transaction block belong in the tail of deploy.sql, after the COMMIT that ends the atomic head; a rehearsal lists the tail without running it',
    ];
  }
  if (err.code === '55P03') {
    return [
      'another session holds a lock this deploy needs: retry once its transaction has ended, or allow a longer wait with --lock-timeout',
    ];
  }
  if (err.code === '25P01' && /SAVEPOINT/i.test((err as { message?: string }).message ?? '')) {
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
async function rehearseHead(input: ExecuteInput, units: ExecutionUnit[]): Promise<void> {
  const { client } = input;
  const { work } = splitRehearsalHead(units[0].text, units.length > 1);
  await client.query('BEGIN');
  await client.query(work);
  if (client.getTransactionStatus() !== 'T') {
    // Only PREPARE TRANSACTION can end the transaction without a terminator.
    throw new ExecutionError(
      'rehearsal failed: the atomic head ended its transaction before its terminator (PREPARE TRANSACTION?); a rehearsal cannot roll that back',
    );
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
function assertStillOpen(client: pg.Client): void {
  if (client.getTransactionStatus() === 'T') return;
  throw new ExecutionError(
    "execution failed: deploy.sql's transaction was left failed before its COMMIT by pgmi's own change-report check; nothing from that transaction was committed",
    { hints: ['deploy again with --no-change-report, and report the problem'] },
  );
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
  // A rehearsal opens the head's transaction itself; deploy.sql's own BEGIN then draws one
  // "there is already a transaction in progress" warning that is ours, not the project's.
  let ownBeginWarning = !!input.rehearse;
  const onNotice = (n: NoticeFields & { code?: string }) => {
    if (n.message === TEST_FAILURE_CONTEXT) {
      testFailureContext = n.detail;
      return;
    }
    if (ownBeginWarning && n.code === '25001') {
      ownBeginWarning = false;
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

  const outcome: ExecuteOutcome = { tests: [] };
  let units: ExecutionUnit[] = [];
  let current = 0;
  let committed = 0;
  /** The head's COMMIT (sent on its own) is in flight: its outcome is unknown if we lose the server. */
  let committing = false;
  let running = false;
  let errorUnit: ExecutionUnit | undefined;
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
      } else {
        const unit = units[current];
        const status = client.getTransactionStatus();
        if (status === 'I') {
          // A head sent whole may hold its own COMMIT; a tail unit commits as it runs.
          if (current === 0 || transactionEffect(unit.text) !== 'opens') {
            await input.beforeCommit?.('autocommit');
          } else await input.beforeOpen?.();
        } else if (status === 'T' && transactionEffect(unit.text) === 'commits') {
          await input.beforeCommit?.('transaction');
          assertStillOpen(client);
        }
        control.throwIfAborted();
        errorUnit = unit;
        await client.query(unit.text);
      }
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
    } else if (isConnectionLoss(err, client)) {
      const database = input.database ?? '';
      const inFlight = committing ? { committed: 0, unit: -1, units: units.length } : undefined;
      error = !running
        ? connectionLost('load', lossMessage('load', database), err)
        : current === 0
          ? connectionLost('head', lossMessage('head', database, inFlight), err)
          : connectionLost(
              'tail',
              lossMessage('tail', database, { committed, unit: current + 1, units: units.length }),
              err,
            );
    } else if (isPgDatabaseError(err) && units.length > 0) {
      const unit = errorUnit ?? units[current];
      const { location, failedFile } = locate(err, unit, script, input, testFailureContext);
      const holders = err.code === '55P03' ? await describeLockHolders(client) : '';
      error = new ExecutionError(`execution failed: ${describePgError(err)}${holders}`, {
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
    client.off('notice', onNotice);
  }
  return outcome;
}
