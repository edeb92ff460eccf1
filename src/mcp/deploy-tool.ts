/**
 * The MCP `deploy` tool: the arguments of `pgmi deploy` as one object, mapped to the same
 * RawDeployInput the CLI builds and run by the same engine. It honours the project's pgmi.yaml
 * and .env as the CLI does. Dropping a database needs `confirmDatabaseName` equal to `database`,
 * checked before anything connects; once confirmed the drop is approved without a prompt.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { textEventRenderer } from '../cli/render';
import { deploy } from '../engine/deploy';
import { ApprovalDeniedError, ConfigError, PgmiError, errorDetail } from '../engine/errors';
import type { DeployResult, NoticeEvent, TestResult } from '../engine/events';
import type { Approver } from '../engine/options';
import { parseDuration } from '../engine/project/duration';
import { redact, redactRegistered } from '../engine/redact';
import { buildDeploy, type RawDeployInput } from '../inputs/deploy-input';
import { errorResult, structuredResult } from './results';
import type { DeployArgs } from './deploy-schemas';

/** Notices returned per call; earlier ones are counted in `noticesTruncated`. */
export const MAX_NOTICES = 200;

export interface DeployToolContext {
  env: Record<string, string | undefined>;
  stderr: (s: string) => void;
  /** Aborted when the server is interrupted; the reason is an InterruptedError. */
  signal: AbortSignal;
}

/** Keeps the last MAX_NOTICES notices and counts the rest. */
class NoticeBuffer {
  readonly items: Array<Omit<NoticeEvent, 'type'>> = [];
  dropped = 0;
  push(n: NoticeEvent): void {
    const { type: _t, ...rest } = n;
    const clean: Omit<NoticeEvent, 'type'> = { ...rest, message: redact(rest.message) };
    if (rest.detail) clean.detail = redact(rest.detail);
    if (rest.hint) clean.hint = redact(rest.hint);
    if (rest.where) clean.where = redact(rest.where);
    this.items.push(clean);
    if (this.items.length > MAX_NOTICES) {
      this.items.shift();
      this.dropped++;
    }
  }
  fields(): Record<string, unknown> {
    return { notices: this.items, ...(this.dropped > 0 ? { noticesTruncated: this.dropped } : {}) };
  }
}

/** The confirmation rule, before anything else touches the network. */
export function checkOverwrite(
  args: Pick<DeployArgs, 'overwrite' | 'database' | 'confirmDatabaseName'>,
): void {
  if (!args.overwrite) return;
  const db = args.database;
  if (db === undefined || db === '') {
    throw new ApprovalDeniedError(
      'approval denied: overwrite=true needs the database to drop named explicitly: pass database and confirmDatabaseName with the same value; nothing was deployed and no database was dropped',
    );
  }
  if (args.confirmDatabaseName === undefined) {
    throw new ApprovalDeniedError(
      `approval denied: overwrite=true drops database ${JSON.stringify(db)}: pass confirmDatabaseName=${JSON.stringify(db)} to confirm; nothing was deployed and no database was dropped`,
    );
  }
  if (args.confirmDatabaseName !== db) {
    throw new ApprovalDeniedError(
      `approval denied: confirmDatabaseName ${JSON.stringify(args.confirmDatabaseName)} does not match database ${JSON.stringify(db)}; nothing was deployed and no database was dropped`,
    );
  }
}

function checkDuration(name: 'timeout' | 'wait', value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  try {
    const ms = parseDuration(value);
    if (ms < 0) throw new Error(`${name} cannot be negative`);
    return ms;
  } catch (err) {
    throw new ConfigError(`invalid configuration: invalid ${name}: ${(err as Error).message}`, {
      cause: err,
      hints: ['Use a duration such as 90s, 5m or 1h30m (0 = no limit).'],
    });
  }
}

export function toRawInput(args: DeployArgs, waitMs: number | undefined): RawDeployInput {
  const entries = Object.entries(args.params ?? {}).map(
    ([k, v]) => [k, String(v)] as [string, string],
  );
  const secretEntries = Object.entries(args.secretParams ?? {}).map(
    ([k, v]) => [k, String(v)] as [string, string],
  );
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
function changeFields(result: DeployResult): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (result.changeReport) {
    out.changes = result.changeReport.changes.map((c) => ({
      ...c,
      name: redact(c.name),
      ...(c.detail ? { detail: redact(c.detail) } : {}),
    }));
    out.changeCounts = result.changeReport.counts;
  }
  if (result.notRehearsed) {
    out.notRehearsed = result.notRehearsed.map((u) => ({ ...u, firstLine: redact(u.firstLine) }));
  }
  return out;
}

function testsOf(result: DeployResult): TestResult[] {
  return result.tests.map((t) => ({ ...t, ...(t.message ? { message: redact(t.message) } : {}) }));
}

/** Runs the tool; every failure comes back as an `isError` result. */
export async function runDeployTool(
  args: DeployArgs,
  ctx: DeployToolContext,
): Promise<CallToolResult> {
  const notices = new NoticeBuffer();
  // The server's log: notices may quote a secret parameter.
  const line = (s: string) => ctx.stderr(redactRegistered(s) + '\n');
  let built;
  try {
    checkOverwrite(args);
    checkDuration('timeout', args.timeout);
    const waitMs = checkDuration('wait', args.wait);
    built = buildDeploy(toRawInput(args, waitMs), { env: { ...ctx.env }, onWarning: line });
    if (args.maintenanceDatabase) built.options.maintenanceDatabase = args.maintenanceDatabase;
    // The name confirmed must be the database the engine will drop, whatever else was resolved.
    if (args.overwrite && built.options.database !== args.database) {
      throw new ApprovalDeniedError(
        'approval denied: the resolved database differs from the confirmed one',
      );
    }
  } catch (err) {
    return errorResult('deploy', err, notices.fields());
  }
  for (const w of built.warnings) line(w);

  const database = built.options.database;
  const approve: Approver = async ({ emit }) => {
    emit({
      type: 'progress',
      message: `confirmDatabaseName matches: dropping and recreating ${JSON.stringify(database)}`,
      elapsedMs: 0,
    });
  };
  const render = textEventRenderer({ verbose: !!args.verbose, write: line });
  let result: DeployResult;
  try {
    result = await deploy(built.options, {
      provider: built.connection.provider,
      signal: ctx.signal,
      approve,
      onEvent: (e) => {
        render(e);
        if (e.type === 'notice') notices.push(e);
      },
    });
  } finally {
    await built.connection.provider.dispose().catch(() => undefined);
  }

  if (result.status !== 'failed') {
    const value: Record<string, unknown> = {
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
  const run: Record<string, unknown> = {
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
  if (result.executionMode) run.executionMode = result.executionMode;
  if (result.failedUnit !== undefined) run.failedUnit = result.failedUnit;
  const error = result.error ?? new PgmiError('deploy failed');
  const detail = errorDetail(error);
  return errorResult('deploy', error, {
    ...run,
    exitCode: detail.exitCode,
    tests: testsOf(result),
    ...changeFields(result),
    ...notices.fields(),
  });
}
