/**
 * The engine's one entry: `deploy(options, deps) → DeployResult`. Everything that can be checked
 * offline is checked before anything connects; then database, session, deploy.sql. The engine
 * never prints and never exits: it reports through events and returns the result.
 */
import type pg from 'pg';
import { assertSessionPinned } from '../connect/pooler';
import type { Connection } from '../connect/provider';
import {
  ApprovalDeniedError,
  ConcurrentDeployError,
  ConfigError,
  exitCodeFor,
  ExitCode,
  TimeoutError,
} from './errors';
import type { DeployEvent, DeployResult } from './events';
import { SUPPORTED_COMPAT, type Approver, type DeployDeps, type DeployOptions } from './options';
import { openTarget, recreateTarget, type DatabaseContext } from './pipeline/database';
import { executeDeploySql } from './pipeline/execute';
import { RunControl } from './pipeline/run-control';
import { findMacros, type MacroCall } from './preprocess/index';
import { validateParams } from './project/params';
import { readDeploySql, scanProject } from './project/scan';
import type { ProjectFile } from './project/types';
import { prepareSession } from './session/prepare';

type EventInput = DeployEvent extends infer E
  ? E extends DeployEvent
    ? Omit<E, 'elapsedMs'>
    : never
  : never;

// Same key as upstream pgmi, so a Go deploy and ours exclude each other on one database.
const LOCK_KEY_SQL = "hashtextextended('pgmi.deploy.' || current_database(), 0)";

/** Default approval outside a terminal: `--force` proceeds at once, anything else is refused. */
export const nonInteractiveApprover: Approver = async ({ database, force, emit }) => {
  if (force) {
    emit({
      type: 'progress',
      message: `--force: dropping and recreating ${JSON.stringify(database)}`,
      elapsedMs: 0,
    });
    return;
  }
  throw new ApprovalDeniedError(
    `approval denied: --overwrite must be confirmed at a terminal, and this is not one; pass --force to drop and recreate ${JSON.stringify(database)} from a script or CI job`,
  );
};

/** Offline checks on the options themselves (exit 10), all problems reported together. */
export function validateDeployOptions(options: DeployOptions): void {
  const problems: string[] = [];
  if (!options.projectPath) problems.push('SourcePath is required');
  if (!options.database) problems.push('database name is required');
  if (options.timeoutMs < 0) problems.push('timeout cannot be negative');
  if (options.compat !== '' && !(SUPPORTED_COMPAT as readonly string[]).includes(options.compat)) {
    problems.push(`unsupported API version ${JSON.stringify(options.compat)}; supported: [1]`);
  }
  if (options.overwrite && options.database) {
    const db = options.database.toLowerCase();
    if (db === options.maintenanceDatabase.toLowerCase()) {
      problems.push(
        `overwrite workflow failed: cannot overwrite maintenance database ${JSON.stringify(options.database)}; pgmi connects to it for CREATE/DROP DATABASE; pick a different target with -d`,
      );
    } else if (db === 'template0' || db === 'template1') {
      problems.push(
        `overwrite workflow failed: cannot drop template database ${JSON.stringify(options.database)} (template0/template1 are protected by PostgreSQL)`,
      );
    }
  }
  if (problems.length) throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
}

/**
 * A project read and checked offline: its files, deploy.sql and the test macros found in it.
 * Independent of the target database, so one scan serves any number of deploys.
 */
export interface PreparedProject {
  files: ProjectFile[];
  deploySql: string;
  macros: MacroCall[];
}

/** Scans the project and reads deploy.sql (nothing connects). Throws the usual exit-10/14 errors. */
export async function prepareProject(projectPath: string): Promise<PreparedProject> {
  const scan = await scanProject(projectPath, { requireDeploySql: true });
  const deploySql = await readDeploySql(projectPath);
  return { files: scan.files, deploySql, macros: findMacros(deploySql) };
}

async function closeSession(client: pg.Client, locked: boolean): Promise<void> {
  const close = async () => {
    if (client.getTransactionStatus() !== 'I')
      await client.query('ROLLBACK').catch(() => undefined);
    // decisions.md 8: release only our own lock, not advisory locks deploy.sql may hold.
    if (locked)
      await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY_SQL})`).catch(() => undefined);
    await client.end();
  };
  // Bounded, whatever the state of the server: never hang the exit on a dead connection.
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      (
        client as unknown as { connection?: { stream?: { destroy(): void } } }
      ).connection?.stream?.destroy();
      resolve();
    }, 5000);
  });
  await Promise.race([close().catch(() => undefined), bound]);
  clearTimeout(timer);
}

/**
 * Deploys a project: scan, (create | recreate) the database, prepare the session, run deploy.sql.
 * Never throws for deployment failures: the error is in `result.error`, its exit code in
 * `result.exitCode`.
 */
export async function deploy(options: DeployOptions, deps: DeployDeps): Promise<DeployResult> {
  const now = deps.now ?? (() => performance.now());
  const started = now();
  const elapsed = () => Math.floor(now() - started);
  const emit = (e: EventInput) => deps.onEvent?.({ ...e, elapsedMs: elapsed() } as DeployEvent);
  const progress = (message: string) => emit({ type: 'progress', message });
  const verbose = (message: string) => options.verbose && emit({ type: 'verbose', message });

  const result: DeployResult = {
    status: 'failed',
    exitCode: ExitCode.General,
    database: options.database,
    filesLoaded: 0,
    testMacros: 0,
    durationMs: 0,
    tests: [],
    engineRan: true,
  };
  const control = new RunControl(options.timeoutMs, deps.signal);
  let session: Connection | undefined;
  let locked = false;
  try {
    emit({ type: 'phase', phase: 'validate' });
    validateDeployOptions(options);
    validateParams(options.params);
    const { files, deploySql, macros } =
      deps.project ?? (await prepareProject(options.projectPath));
    control.throwIfAborted();

    emit({ type: 'phase', phase: 'database' });
    const ctx: DatabaseContext = {
      provider: deps.provider,
      options,
      control,
      emit: (e) => deps.onEvent?.({ ...e, elapsedMs: elapsed() }),
      progress,
      verbose: (m) => void verbose(m),
    };
    session = options.overwrite
      ? await recreateTarget(ctx, deps.approve ?? nonInteractiveApprover)
      : await openTarget(ctx);
    result.serverVersion = session.server.version;
    emit({ type: 'connected', database: options.database, serverVersion: session.server.version });

    emit({ type: 'phase', phase: 'session' });
    const { client } = session;
    await assertSessionPinned(client);
    const lock = await client.query<{ ok: boolean }>(
      `SELECT pg_try_advisory_lock(${LOCK_KEY_SQL}) AS ok`,
    );
    if (!lock.rows[0].ok) {
      throw new ConcurrentDeployError(
        `concurrent deployment in progress: another pgmi deployment is already running against ${JSON.stringify(options.database)}`,
        {
          hints: [
            "wait for it to finish, or find it with: SELECT * FROM pg_locks WHERE locktype = 'advisory'",
          ],
        },
      );
    }
    locked = true;
    progress('Preparing session: scanning files, loading parameters');
    const prepared = await prepareSession(client, { files, params: options.params });
    result.filesLoaded = prepared.filesLoaded;
    progress(`Loaded ${prepared.filesLoaded} files`);
    if (prepared.parameters > 0) progress(`Loaded ${prepared.parameters} parameters`);
    emit({
      type: 'session-prepared',
      filesLoaded: prepared.filesLoaded,
      parameters: prepared.parameters,
    });
    control.throwIfAborted();

    emit({ type: 'phase', phase: 'execute' });
    progress('Executing deploy.sql');
    if (macros.length) verbose(`Expanded ${macros.length} test macro(s) in deploy.sql`);
    const outcome = await executeDeploySql({
      client,
      host: deps.provider.host,
      port: deps.provider.port,
      control,
      deploySql,
      macros,
      files,
      verbose: options.verbose,
      emit,
      elapsed,
    });
    result.tests = outcome.tests;
    if (outcome.executionUnits !== undefined) {
      result.testMacros = macros.length;
      result.executionUnits = outcome.executionUnits;
      result.unitsCommitted = outcome.unitsCommitted;
    }
    if (outcome.executionMode) result.executionMode = outcome.executionMode;
    if (outcome.failedUnit) result.failedUnit = outcome.failedUnit;
    if (outcome.error) throw outcome.error;
    result.status = 'success';
    result.exitCode = ExitCode.Success;
  } catch (err) {
    // A cancellation that surfaced as some other failure is still the cancellation.
    // Ctrl-C beats everything; an expired --timeout beats whatever the cut-off step threw, except
    // a connection failure (a connect that timed out is exit 11, as upstream).
    const reason = control.reason;
    const keep =
      !reason ||
      err === reason ||
      (reason instanceof TimeoutError && exitCodeFor(err) === ExitCode.Connection);
    const error = keep
      ? err
      : Object.assign(reason, { cause: (reason as { cause?: unknown }).cause ?? err });
    result.error = error;
    result.exitCode = exitCodeFor(error);
  } finally {
    if (session) await closeSession(session.client, locked);
    control.dispose();
    result.durationMs = elapsed();
  }
  return result;
}
