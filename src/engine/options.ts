/**
 * What a deploy needs, as plain data. Front doors (CLI, Action, MCP) build this from their own
 * inputs; dependencies (connection provider, approval, event sink, cancellation) travel apart in
 * `DeployDeps`.
 */
import type { ConnectionProvider } from '../connect/provider';
import type { PreparedProject } from './deploy';
import type { DeployEventHandler } from './events';

export const DEFAULT_TIMEOUT_MS = 3 * 60 * 1000;
export const SUPPORTED_COMPAT = ['1'] as const;

export interface DeployOptions {
  /** Project directory (must hold deploy.sql). */
  projectPath: string;
  /** Target database. */
  database: string;
  /** Database used for CREATE/DROP DATABASE of the target (default `postgres`). */
  maintenanceDatabase: string;
  overwrite: boolean;
  /** Skip the interactive confirmation of `overwrite`. */
  force: boolean;
  /** Merged parameters, keys lower-cased and validated. */
  params: Record<string, string>;
  /** Whole-run limit; 0 disables it. */
  timeoutMs: number;
  /** How long to wait for a concurrent deploy's lock (`--lock-wait`); 0 (default) is exit 15 at once. */
  lockWaitMs?: number;
  /** Session API version (`''` or `1`). */
  compat: string;
  /** Forward DEBUG notices from deploy.sql and emit verbose progress. */
  verbose: boolean;
  /**
   * Rehearse: run the atomic head and its tests on the existing target, then roll back; the
   * tail is listed, not run. Never creates, drops or alters the database.
   */
  rehearse: boolean;
  /** Compare the catalog before and after and report the changes (on by default). */
  changeReport: boolean;
  /**
   * The session's `lock_timeout`; 0 disables it. Absent: 10 s for a rehearsal, the server's
   * setting for a deploy.
   */
  lockTimeoutMs?: number;
}

/** `lock_timeout` of a rehearsal unless `--lock-timeout` says otherwise. */
export const DEFAULT_REHEARSAL_LOCK_TIMEOUT_MS = 10_000;

export interface ApprovalRequest {
  database: string;
  force: boolean;
  signal: AbortSignal;
  emit: DeployEventHandler;
}

/** Resolves when the drop is approved; throws `ApprovalDeniedError` (or is aborted) otherwise. */
export type Approver = (request: ApprovalRequest) => Promise<void>;

export interface DeployDeps {
  provider: ConnectionProvider;
  onEvent?: DeployEventHandler;
  /** External cancellation (SIGINT/SIGTERM); the abort reason should be an `InterruptedError`. */
  signal?: AbortSignal;
  /** Overwrite approval; defaults to the non-interactive policy (`--force` or refuse). */
  approve?: Approver;
  /** Clock, for tests. */
  now?: () => number;
  /**
   * The project already scanned and checked (`prepareProject`): a fleet reads its files once
   * and hands the same scan to every target's deploy. Absent: `deploy` scans it itself.
   */
  project?: PreparedProject;
  /**
   * Where the engine's tuning variables are read (PGMI_MAX_FILE_SIZE,
   * PGMI_CHANGE_REPORT_CONNECTION); process.env when absent.
   */
  env?: NodeJS.ProcessEnv;
}

export function defaultDeployOptions(
  partial: Partial<DeployOptions> & Pick<DeployOptions, 'projectPath' | 'database'>,
): DeployOptions {
  return {
    maintenanceDatabase: 'postgres',
    overwrite: false,
    force: false,
    params: {},
    timeoutMs: DEFAULT_TIMEOUT_MS,
    compat: '',
    verbose: false,
    rehearse: false,
    changeReport: true,
    ...partial,
  };
}
