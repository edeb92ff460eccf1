/**
 * The engine's one entry: `deploy(options, deps) → DeployResult`. Everything that can be checked
 * offline is checked before anything connects; then database, session, deploy.sql. The engine
 * never prints and never exits: it reports through events and returns the result.
 */
import type pg from 'pg';
import { assertSessionPinned } from '../connect/pooler';
import type { Connection } from '../connect/provider';
import { ConfigError, exitCodeFor, ExitCode, messageOf, TimeoutError } from './errors';
import { nonInteractiveApprover } from './approver';
import type { ChangeReport, DeployEvent, DeployResult, DeployTimings } from './events';
import {
  DEFAULT_REHEARSAL_LOCK_TIMEOUT_MS,
  SUPPORTED_COMPAT,
  type DeployDeps,
  type DeployOptions,
} from './options';
import { openTarget, recreateTarget, type DatabaseContext } from './pipeline/database';
import {
  connectionErrorOf,
  connectionLost,
  isConnectionLoss,
  lossMessage,
  watchConnection,
  type LossPhase,
} from './pipeline/connection-loss';
import { executeDeploySql } from './pipeline/execute';
import { acquireDeployLock } from './pipeline/deploy-lock';
import { RunControl } from './pipeline/run-control';
import { endBounded, guardConnection } from './pipeline/session-guard';
import { findMacros, type MacroCall } from './preprocess/index';
import { assertNoNulByte } from './preprocess/nul-byte';
import { validateParams } from './project/params';
import { completePgmiChecksums } from './project/checksum';
import { readDeploySql, scanProject } from './project/scan';
import {
  buildChangeReport,
  diffCatalog,
  flushCatalogWrites,
  snapshotCatalog,
  transactionWroteCatalog,
  type CatalogBefore,
} from './session/change-report';
import {
  CATALOG_BYTES_SQL,
  ReportConnection,
  reportConnectionMode,
  SEPARATE_FROM_BYTES,
} from './session/report-connection';
import type { ProjectFile } from './project/types';
import { prepareSession } from './session/prepare';

export { nonInteractiveApprover };

type EventInput = DeployEvent extends infer E
  ? E extends DeployEvent
    ? Omit<E, 'elapsedMs'>
    : never
  : never;

// Same key as upstream pgmi, so a Go deploy and ours exclude each other on one database.
const LOCK_KEY_SQL = "hashtextextended('pgmi.deploy.' || current_database(), 0)";

/** Offline checks on the options themselves (exit 10), all problems reported together. */
export function validateDeployOptions(options: DeployOptions): void {
  const problems: string[] = [];
  if (!options.projectPath) problems.push('SourcePath is required');
  if (!options.database) problems.push('database name is required');
  if (options.timeoutMs < 0) problems.push('timeout cannot be negative');
  if (options.compat !== '' && !(SUPPORTED_COMPAT as readonly string[]).includes(options.compat)) {
    problems.push(`unsupported API version ${JSON.stringify(options.compat)}; supported: [1]`);
  }
  if (options.rehearse && options.overwrite) {
    problems.push(
      '--rehearse cannot be combined with --overwrite: a rehearsal never drops, creates or alters the database',
    );
  }
  if (options.lockTimeoutMs !== undefined && !(options.lockTimeoutMs >= 0)) {
    problems.push('lock timeout cannot be negative');
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
  assertNoNulByte(deploySql);
  return { files: scan.files, deploySql, macros: findMacros(deploySql) };
}

/** The least a second connection for the change report is waited for (see below). */
const MIN_SIDE_CONNECT_WAIT_MS = 250;

async function closeSession(client: pg.Client, locked: boolean): Promise<void> {
  await endBounded(client, async () => {
    if (client.getTransactionStatus() !== 'I')
      await client.query('ROLLBACK').catch(() => undefined);
    // decisions.md 8: release only our own lock, not advisory locks deploy.sql may hold.
    if (locked)
      await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY_SQL})`).catch(() => undefined);
  });
}

/**
 * Session settings deploy.sql runs under: `pgmi.rehearse` ('true' only in a rehearsal; set after
 * the parameters, so `--param rehearse=…` cannot fake it) and `lock_timeout`.
 */
async function applySessionSettings(client: pg.Client, options: DeployOptions): Promise<void> {
  const lockTimeoutMs =
    options.lockTimeoutMs ?? (options.rehearse ? DEFAULT_REHEARSAL_LOCK_TIMEOUT_MS : undefined);
  await client.query(
    `SELECT set_config('pgmi.rehearse', $1, false)${
      lockTimeoutMs === undefined ? '' : ", set_config('lock_timeout', $2, false)"
    }`,
    lockTimeoutMs === undefined
      ? [String(options.rehearse)]
      : [String(options.rehearse), `${Math.round(lockTimeoutMs)}ms`],
  );
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
  const timings: DeployTimings = {};
  result.timings = timings;
  let lapStart = now();
  const lap = () => {
    const t = now();
    const ms = Math.round(t - lapStart);
    lapStart = t;
    return ms;
  };
  let session: Connection | undefined;
  /** The change report's own connection (see report-connection.ts), while it is in use. */
  let side: ReportConnection | undefined;
  let locked = false;
  let checksums: Promise<void> | undefined;
  const stopChecksums = { aborted: false };
  let disarm: (() => void) | undefined;
  /** Set while a loss of the session would be reported as happening here (execute has its own). */
  let phase: LossPhase | undefined;
  try {
    emit({ type: 'phase', phase: 'validate' });
    validateDeployOptions(options);
    validateParams(options.params);
    const reportMode = reportConnectionMode(deps.env ?? process.env);
    lap();
    let project: PreparedProject;
    if (deps.project) {
      // Scanned, checked and checksummed once for many deploys (a fleet).
      project = deps.project;
      checksums = Promise.resolve();
    } else {
      const scan = await scanProject(options.projectPath, {
        env: deps.env,
        requireDeploySql: true,
        deferPgmiChecksum: true,
      });
      const text = await readDeploySql(options.projectPath);
      assertNoNulByte(text);
      project = { files: scan.files, deploySql: text, macros: findMacros(text) };
      // The normalised checksums are computed while connecting (between network waits); the
      // upload waits for them.
      checksums = completePgmiChecksums(scan.files, { signal: stopChecksums }).then((ms) => {
        timings.checksumMs = Math.round((scan.checksumMs ?? 0) + ms);
        verbose(`Checksums computed in ${timings.checksumMs} ms, overlapping the connection`);
      });
      checksums.catch(() => undefined);
    }
    const { files, deploySql, macros } = project;
    timings.scanMs = lap();
    timings.projectBytes = files.reduce((n, f) => n + f.sizeBytes, 0);
    verbose(
      `Scanned ${files.length} files (${timings.projectBytes} bytes) in ${timings.scanMs} ms`,
    );
    control.throwIfAborted();

    emit({ type: 'phase', phase: 'database' });
    lap();
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
    watchConnection(client);
    control.throwIfAborted();
    disarm = guardConnection(client, deps.provider, control);
    phase = 'connect';
    await assertSessionPinned(client);
    phase = 'lock';
    // PostgreSQL 14+: a backend whose client is gone (killed runner, lost network) stops its
    // statement within a second and releases the deploy lock, instead of running to the end.
    // With the size of the catalog, which decides where the change report's snapshot is taken.
    const setup = await client.query<{ catalog_bytes: string }>(
      `SELECT ${CATALOG_BYTES_SQL} AS catalog_bytes${
        session.server.versionNum >= 140000
          ? ", set_config('client_connection_check_interval', '1s', false)"
          : ''
      }`,
    );
    // The change report's snapshot on a second connection, taken while the session is prepared,
    // when the catalog is large; a rehearsal compares inside the head's open transaction, on the
    // deploy session. A fresh database (--overwrite) is snapshotted in no time anyway.
    if (
      options.changeReport &&
      !options.rehearse &&
      !options.overwrite &&
      (reportMode === 'always' ||
        (reportMode === 'auto' && Number(setup.rows[0].catalog_bytes) >= SEPARATE_FROM_BYTES))
    ) {
      side = new ReportConnection(deps.provider, options.database, control);
    }
    await acquireDeployLock(client, {
      key: LOCK_KEY_SQL,
      database: options.database,
      waitMs: options.lockWaitMs ?? 0,
      progress,
    });
    locked = true;
    side?.start(session.server.versionNum);
    timings.connectMs = lap();
    verbose(`Connected and locked in ${timings.connectMs} ms`);
    phase = 'load';
    progress('Preparing session: scanning files, loading parameters');
    const prepared = await prepareSession(client, {
      files,
      params: options.params,
      checksumsReady: checksums,
    });
    Object.assign(timings, prepared.timings);
    verbose(
      `Session prepared: schema ${prepared.timings.sessionSchemaMs} ms, files ${prepared.timings.uploadMs} ms, views ${prepared.timings.sessionViewsMs} ms`,
    );
    result.filesLoaded = prepared.filesLoaded;
    progress(`Loaded ${prepared.filesLoaded} files`);
    if (prepared.parameters > 0) progress(`Loaded ${prepared.parameters} parameters`);
    emit({
      type: 'session-prepared',
      filesLoaded: prepared.filesLoaded,
      parameters: prepared.parameters,
    });
    const versionNum = session.server.versionNum;
    await applySessionSettings(client, options);
    // The "before" picture, after pgmi's own (temporary) session objects and before any of
    // deploy.sql's work.
    // Only a report: when it cannot be taken, the deploy goes on without one.
    lap();
    let snapshotStarted = now();
    const snapshotTime = () => Math.round(now() - snapshotStarted);
    // Where the comparison runs: the connection that holds the "before" snapshot.
    let reportClient = client;
    // What the snapshot returns (the catalog's digest, its size), undefined without a snapshot.
    let catalogBefore: CatalogBefore | undefined;
    // A second connection still being opened is worth waiting for about as long as the deploy
    // session took to open: on a large catalog the snapshot then runs there, beside the
    // comparison, instead of here.
    const separate = await side?.open(
      side.startedAt + Math.max(2 * (timings.connectMs ?? 0), MIN_SIDE_CONNECT_WAIT_MS),
    );
    // There, deploy.sql does not wait for the snapshot: only a commit that may change the
    // catalog does (`beforeCommit`), so that the snapshot never sees deploy.sql's work. When
    // nothing deploy.sql commits writes to the catalog, the snapshot is never waited for at all:
    // the catalog is as it was, and the report says so.
    let separateBefore: Promise<CatalogBefore> | undefined;
    let separateTaken: Promise<CatalogBefore | undefined> | undefined;
    /** Set before a commit that may change the catalog is sent. */
    let catalogMayChange = false;
    const takenSeparately = () =>
      (separateTaken ??= (separateBefore as Promise<CatalogBefore>).then(
        (before) => {
          verbose(`Catalog snapshot ready on the second connection after ${snapshotTime()} ms`);
          return before;
        },
        (err: unknown) => {
          progress(`warning: no change report: ${messageOf(err)}`);
          return undefined;
        },
      ));
    if (separate?.client) {
      reportClient = separate.client;
      separateBefore = (side as ReportConnection).before();
      separateBefore.catch(() => undefined);
      verbose(
        'Catalog snapshot under way on a second connection; deploy.sql waits for it only before a commit that may change the catalog',
      );
    } else if (options.changeReport) {
      if (separate) {
        verbose(`Catalog snapshot taken on the deploy session: ${separate.unavailable}`);
        await side?.close();
        side = undefined;
      }
      snapshotStarted = now();
      catalogBefore = await snapshotCatalog(client, versionNum).then(
        (before) => {
          verbose(`Catalog snapshot taken in ${snapshotTime()} ms`);
          return before;
        },
        (err: unknown) => {
          progress(`warning: no change report: ${messageOf(err)}`);
          return undefined;
        },
      );
    }
    const snapshotTaken = catalogBefore !== undefined || separateBefore !== undefined;
    if (options.changeReport) timings.changeReportMs = lap();
    const beforeCommit = separateBefore
      ? async (kind: 'transaction' | 'autocommit') => {
          // An open transaction that wrote nothing to the catalog commits without waiting.
          if (kind === 'transaction' && !(await transactionWroteCatalog(client))) return;
          catalogMayChange = true;
          const started = now();
          catalogBefore = await takenSeparately();
          const waited = Math.round(now() - started);
          timings.changeReportMs = (timings.changeReportMs ?? 0) + waited;
          verbose(`Waited ${waited} ms for the catalog snapshot before a commit`);
        }
      : undefined;
    // The comparison only reports: its failure (deploy.sql ran DISCARD TEMP, say) never fails
    // the deploy.
    const report = async (): Promise<ChangeReport | undefined> => {
      if (separateBefore) {
        if (!catalogMayChange) {
          verbose('Catalog unchanged: nothing deploy.sql committed wrote to it');
          return buildChangeReport([]);
        }
        if (!catalogBefore) return undefined;
      }
      const started = now();
      return diffCatalog(reportClient, versionNum, catalogBefore)
        .then(
          (r) => {
            verbose(`Catalog compared in ${Math.round(now() - started)} ms`);
            return r;
          },
          (err: unknown) => {
            // node-postgres says only "not queryable" once a connection is gone: say why.
            const lost =
              reportClient !== client && isConnectionLoss(err, reportClient)
                ? `its connection was lost (${messageOf(connectionErrorOf(reportClient) ?? err)})`
                : messageOf(err);
            progress(`warning: no change report: ${lost}`);
            return undefined;
          },
        )
        .finally(() => {
          timings.changeReportMs = (timings.changeReportMs ?? 0) + Math.round(now() - started);
        });
    };
    control.throwIfAborted();

    phase = undefined;
    emit({ type: 'phase', phase: 'execute' });
    progress(
      options.rehearse
        ? 'Rehearsing deploy.sql: the atomic head and its tests run, then roll back; the tail is not run'
        : 'Executing deploy.sql',
    );
    if (macros.length) verbose(`Expanded ${macros.length} test macro(s) in deploy.sql`);
    lap();
    timings.deploySqlStartMs = elapsed();
    const outcome = await executeDeploySql({
      client,
      host: deps.provider.host,
      port: deps.provider.port,
      control,
      deploySql,
      database: options.database,
      macros,
      files,
      verbose: options.verbose,
      emit,
      elapsed,
      rehearse: options.rehearse,
      beforeCommit,
      beforeOpen:
        beforeCommit && versionNum >= 150000 ? () => flushCatalogWrites(client) : undefined,
      beforeTerminator:
        options.rehearse && snapshotTaken
          ? async () => {
              result.changeReport = await report();
            }
          : undefined,
    });
    timings.executeMs = lap();
    verbose(`deploy.sql ran in ${timings.executeMs} ms`);
    result.tests = outcome.tests;
    if (outcome.notRehearsed) result.notRehearsed = outcome.notRehearsed;
    if (outcome.executionUnits !== undefined) {
      result.testMacros = macros.length;
      result.executionUnits = outcome.executionUnits;
      result.unitsCommitted = outcome.unitsCommitted;
    }
    if (outcome.executionMode) result.executionMode = outcome.executionMode;
    if (outcome.failedUnit) result.failedUnit = outcome.failedUnit;
    if (outcome.error) {
      // Tail units that committed before the failure stay: report what they changed.
      if (snapshotTaken && !options.rehearse && (outcome.unitsCommitted ?? 0) > 0) {
        result.changeReport = await report();
      }
      throw outcome.error;
    }
    if (options.rehearse) {
      result.status = 'rehearsed';
      result.exitCode = ExitCode.Success;
      return result;
    }
    // After the tail: the catalog as the deploy left it.
    if (snapshotTaken) result.changeReport = await report();
    result.status = 'success';
    result.exitCode = ExitCode.Success;
  } catch (thrown) {
    // A cancellation that surfaced as some other failure is still the cancellation.
    // Ctrl-C beats everything; an expired --timeout beats whatever the cut-off step threw, except
    // a connection failure (a connect that timed out is exit 11, as upstream).
    const reason = control.reason;
    const err =
      !reason && phase && session && isConnectionLoss(thrown, session.client)
        ? connectionLost(phase, lossMessage(phase, options.database), thrown)
        : thrown;
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
    stopChecksums.aborted = true;
    await Promise.all([side?.close(), session && closeSession(session.client, locked)]);
    disarm?.();
    control.dispose();
    result.durationMs = elapsed();
  }
  return result;
}
