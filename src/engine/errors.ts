/**
 * One error family for every front door. Exit codes keep upstream pgmi's numbers so existing
 * pipelines port unchanged; `exitCodeFor` classifies a whole cause chain in upstream's order.
 */
import { redact } from './redact';

export const ExitCode = {
  Success: 0,
  General: 1,
  Usage: 2,
  Panic: 3,
  Config: 10,
  Connection: 11,
  ApprovalDenied: 12,
  Execution: 13,
  DeploySqlMissing: 14,
  ConcurrentDeploy: 15,
  Timeout: 16,
  Interrupted: 130,
  Terminated: 143,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Names as published by `pgmi ai contract` (upstream's constant names). */
export const EXIT_CODE_NAMES: ReadonlyArray<{ code: number; name: string; description: string }> = [
  { code: 0, name: 'ExitSuccess', description: 'Deployment completed successfully' },
  { code: 1, name: 'ExitGeneralError', description: 'Unclassified error' },
  { code: 2, name: 'ExitUsageError', description: 'Invalid command, flag or argument' },
  { code: 3, name: 'ExitPanic', description: 'Internal error (a bug in pgmi)' },
  {
    code: 10,
    name: 'ExitConfigError',
    description: 'Invalid pgmi configuration — rejected before connecting; nothing was deployed',
  },
  { code: 11, name: 'ExitConnectionError', description: 'Could not connect to PostgreSQL' },
  { code: 12, name: 'ExitApprovalDenied', description: 'Overwrite was not confirmed' },
  {
    code: 13,
    name: 'ExitExecutionFailed',
    description: 'deploy.sql failed (SQL error or failing test)',
  },
  { code: 14, name: 'ExitDeploySQLMissing', description: 'No deploy.sql in the project directory' },
  { code: 15, name: 'ExitConcurrentDeploy', description: 'Another pgmi deployment holds the lock' },
  {
    code: 16,
    name: 'ExitTimeout',
    description: 'Operation exceeded --timeout (context deadline exceeded)',
  },
  {
    code: 130,
    name: 'ExitInterrupted',
    description: 'Interrupted by SIGINT (Ctrl-C) — Unix convention 128+SIGINT; SIGTERM exits 143',
  },
];

/** Where a failure sits: in deploy.sql (possibly expanded) or in a loaded project file. */
export interface ErrorLocation {
  /** `deploy.sql` or a project path such as `./migrations/003.sql`. */
  script: string;
  line: number;
  column: number;
  sourceLine: string;
  /** True when `script` is deploy.sql and it contained pgmi_test() macros (line numbers shift). */
  scriptExpanded: boolean;
}

export interface PgmiErrorOptions {
  cause?: unknown;
  /** Extra lines printed after the message (what to do next). */
  hints?: string[];
  location?: ErrorLocation;
  /** Project file the failure belongs to (decisions.md item 4), when known. */
  failedFile?: string;
}

export class PgmiError extends Error {
  readonly exitCode: number = ExitCode.General;
  readonly code: string = 'general';
  readonly hints: string[];
  location?: ErrorLocation;
  failedFile?: string;

  constructor(message: string, options: PgmiErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hints = options.hints ?? [];
    if (options.location) this.location = options.location;
    if (options.failedFile) this.failedFile = options.failedFile;
  }
}

export class UsageError extends PgmiError {
  override readonly exitCode = ExitCode.Usage;
  override readonly code = 'usage';
  constructor(message: string, options?: PgmiErrorOptions) {
    super(message.startsWith('usage error: ') ? message : `usage error: ${message}`, options);
  }
}

/** Invalid configuration, found before anything was deployed (exit 10). */
export class ConfigError extends PgmiError {
  override readonly exitCode = ExitCode.Config;
  override readonly code = 'config';
}

export class ConnectionError extends PgmiError {
  override readonly exitCode = ExitCode.Connection;
  override readonly code = 'connection';
}

/** Where a deploy was when its connection went away. */
export type LossPhase = 'connect' | 'overwrite' | 'load' | 'lock' | 'head' | 'tail';

/** The connection was lost mid-run (exit 11); `phase` says where. */
export class ConnectionLostError extends ConnectionError {
  constructor(
    message: string,
    readonly phase: LossPhase,
    options?: PgmiErrorOptions,
  ) {
    super(message, options);
  }
}

export class ApprovalDeniedError extends PgmiError {
  override readonly exitCode = ExitCode.ApprovalDenied;
  override readonly code = 'approval-denied';
}

export class ExecutionError extends PgmiError {
  override readonly exitCode = ExitCode.Execution;
  override readonly code = 'execution';
}

export class DeploySqlMissingError extends PgmiError {
  override readonly exitCode = ExitCode.DeploySqlMissing;
  override readonly code = 'deploy-missing';
}

export class ConcurrentDeployError extends PgmiError {
  override readonly exitCode = ExitCode.ConcurrentDeploy;
  override readonly code = 'concurrent-deploy';
}

export class TimeoutError extends PgmiError {
  override readonly exitCode = ExitCode.Timeout;
  override readonly code = 'timeout';
}

export class InterruptedError extends PgmiError {
  override readonly code = 'interrupted';
  override readonly exitCode: number;
  constructor(
    readonly signal: 'SIGINT' | 'SIGTERM' = 'SIGINT',
    options?: PgmiErrorOptions,
  ) {
    super('interrupted', options);
    this.exitCode = signal === 'SIGTERM' ? ExitCode.Terminated : ExitCode.Interrupted;
  }
}

/** A bug in pgmi: exit 3. */
export class InternalError extends PgmiError {
  override readonly exitCode = ExitCode.Panic;
  override readonly code = 'internal';
}

/** The subset of node-postgres' DatabaseError we read (pg-protocol `messages.ts`). */
export interface PgDiagnostics {
  severity?: string;
  code?: string;
  detail?: string;
  hint?: string;
  position?: string;
  internalPosition?: string;
  internalQuery?: string;
  where?: string;
  schema?: string;
  table?: string;
  column?: string;
  constraint?: string;
}

export function isPgDatabaseError(e: unknown): e is Error & PgDiagnostics {
  return (
    e instanceof Error &&
    typeof (e as PgDiagnostics).code === 'string' &&
    /^[0-9A-Z]{5}$/.test((e as PgDiagnostics).code as string) &&
    'severity' in e
  );
}

/** The cause chain, outermost first. Guards against cycles. */
export function errorChain(err: unknown): unknown[] {
  const out: unknown[] = [];
  let cur: unknown = err;
  while (cur !== undefined && cur !== null && !out.includes(cur) && out.length < 32) {
    out.push(cur);
    cur = cur instanceof Error ? (cur as Error & { cause?: unknown }).cause : undefined;
  }
  return out;
}

export function firstPgError(err: unknown): (Error & PgDiagnostics) | undefined {
  return errorChain(err).find(isPgDatabaseError) as (Error & PgDiagnostics) | undefined;
}

/** psql-like rendering of a server error: `ERROR: message (SQLSTATE 42P01)`. */
export function describePgError(e: Error & PgDiagnostics): string {
  return `${e.severity ?? 'ERROR'}: ${e.message} (SQLSTATE ${e.code})`;
}

/**
 * Exit code of an error chain. Order written down as upstream's ExitCodeForError does: the
 * first class present anywhere in the chain wins, so a connect that timed out is 11 (connection
 * before deadline), a deploy.sql killed by --timeout is 16 (deadline before execution), and
 * Ctrl-C beats everything.
 */
export function exitCodeFor(err: unknown): number {
  if (err === undefined || err === null) return ExitCode.Success;
  const chain = errorChain(err);
  const order: Array<new (...a: never[]) => PgmiError> = [
    InterruptedError,
    ConcurrentDeployError,
    ConfigError,
    DeploySqlMissingError,
    ApprovalDeniedError,
    ConnectionError,
    TimeoutError,
    ExecutionError,
    UsageError,
    InternalError,
  ];
  for (const cls of order) {
    const hit = chain.find((e) => e instanceof cls) as PgmiError | undefined;
    if (hit) return hit.exitCode;
  }
  const pgmi = chain.find((e) => e instanceof PgmiError) as PgmiError | undefined;
  return pgmi ? pgmi.exitCode : ExitCode.General;
}

/** Error message of anything thrown, honestly typed. */
export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

function locationOf(err: unknown): ErrorLocation | undefined {
  for (const e of errorChain(err)) if (e instanceof PgmiError && e.location) return e.location;
  return undefined;
}

const FAILED_IN = /Failed in (\S+\.sql)(?=[:\s]|$)/;

/** `failedFile`: a project file the engine mapped the failure to, else upstream's message rule. */
export function failedFileOf(err: unknown): string | undefined {
  for (const e of errorChain(err)) if (e instanceof PgmiError && e.failedFile) return e.failedFile;
  const pg = firstPgError(err);
  const m = pg ? FAILED_IN.exec(pg.message) : null;
  return m ? m[1] : undefined;
}

function hintsOf(err: unknown): string[] {
  for (const e of errorChain(err)) if (e instanceof PgmiError && e.hints.length) return e.hints;
  return [];
}

/** pgmi's own hints for an error (what `formatError` prints last), redacted. */
export function errorHints(err: unknown): string[] {
  return hintsOf(err).map((h) => redact(h));
}

/** Counts code points (PostgreSQL positions and columns count characters, not UTF-16 units). */
function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export interface FormatErrorOptions {
  /**
   * The server's context frames (`WHERE:`): `always`, or by default only when pgmi could not
   * name the project file (its frames are then the only clue; otherwise they point at internal
   * code such as `inline_code_block` or the test runner).
   */
  where?: 'always' | 'unlocated';
}

/**
 * Human rendering shared by every front door: the message, psql-style DETAIL/HINT/WHERE lines,
 * the location with a caret, then hints. Password-redacted.
 */
export function formatError(err: unknown, opts: FormatErrorOptions = {}): string {
  const lines: string[] = [messageOf(err)];
  const pg = firstPgError(err);
  const loc = locationOf(err);
  if (pg) {
    if (pg.detail) lines.push(`DETAIL: ${pg.detail}`);
    if (pg.hint) lines.push(`HINT: ${pg.hint}`);
    const showWhere = opts.where === 'always' || !(loc || failedFileOf(err));
    if (pg.where && showWhere) lines.push(`WHERE: ${pg.where}`);
  }
  if (loc) {
    const expandedNote =
      loc.scriptExpanded && loc.script === 'deploy.sql'
        ? ' (of the expanded script: pgmi_test() macros shift line numbers relative to the file on disk)'
        : '';
    lines.push(`LOCATION: ${loc.script} line ${loc.line}, column ${loc.column}${expandedNote}`);
    if (loc.sourceLine) {
      const prefix = `LINE ${loc.line}: `;
      lines.push(prefix + loc.sourceLine);
      lines.push(' '.repeat(charLength(prefix) + loc.column - 1) + '^');
    }
  }
  lines.push(...hintsOf(err));
  return redact(lines.join('\n'));
}

/** Structured error for `--json`, MCP and the Action: omitted fields are absent, never empty. */
export interface ErrorDetail {
  message: string;
  exitCode: number;
  sqlstate?: string;
  detail?: string;
  hint?: string;
  where?: string;
  failedFile?: string;
  script?: string;
  line?: number;
  column?: number;
  sourceLine?: string;
  scriptExpanded?: boolean;
  /** The connection was lost: in which phase (`connect`, `overwrite`, `load`, `lock`, `head`, `tail`). */
  connectionLost?: LossPhase;
}

export function errorDetail(err: unknown): ErrorDetail {
  const out: ErrorDetail = { message: redact(messageOf(err)), exitCode: exitCodeFor(err) };
  const pg = firstPgError(err);
  if (pg) {
    if (pg.code) out.sqlstate = pg.code;
    if (pg.detail) out.detail = redact(pg.detail);
    if (pg.hint) out.hint = redact(pg.hint);
    if (pg.where) out.where = redact(pg.where);
  }
  const file = failedFileOf(err);
  if (file) out.failedFile = file;
  const lost = errorChain(err).find((e) => e instanceof ConnectionLostError);
  if (lost) out.connectionLost = (lost as ConnectionLostError).phase;
  const loc = locationOf(err);
  if (loc) {
    out.script = loc.script;
    out.line = loc.line;
    out.column = loc.column;
    if (loc.sourceLine) out.sourceLine = redact(loc.sourceLine);
    out.scriptExpanded = loc.scriptExpanded;
  }
  return out;
}
