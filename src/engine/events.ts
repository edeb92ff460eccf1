/**
 * The engine's progress stream. Front doors render these (CLI text, Action log groups and
 * annotations, MCP notices); the engine never prints.
 */

export type DeployPhase = 'validate' | 'database' | 'session' | 'execute';

export type NoticeSeverity = 'DEBUG' | 'LOG' | 'INFO' | 'NOTICE' | 'WARNING';

export interface NoticeEvent {
  type: 'notice';
  severity: NoticeSeverity;
  message: string;
  detail?: string;
  hint?: string;
  where?: string;
  /** Project file the notice was raised from, when the engine could tell (EXECUTEd content). */
  file?: string;
  line?: number;
  /** Milliseconds since the deploy began. */
  elapsedMs: number;
}

export type TestStepKind = 'fixture' | 'test';

export type DeployEvent =
  | { type: 'phase'; phase: DeployPhase; elapsedMs: number }
  /** Always-on progress lines (`Loaded 3 files`, `Database "x" does not exist; creating`). */
  | { type: 'progress'; message: string; elapsedMs: number }
  /** `--verbose` only lines; front doors print them with a `[VERBOSE] ` prefix. */
  | { type: 'verbose'; message: string; elapsedMs: number }
  | NoticeEvent
  | { type: 'connected'; database: string; serverVersion: string; elapsedMs: number }
  | { type: 'database-created'; database: string; recreated: boolean; elapsedMs: number }
  | { type: 'session-prepared'; filesLoaded: number; parameters: number; elapsedMs: number }
  | { type: 'units-planned'; units: number; testMacros: number; elapsedMs: number }
  /** deploy.sql's execution unit `unit` (1-based) of `units` is about to be sent to the server. */
  | { type: 'unit-started'; unit: number; units: number; elapsedMs: number }
  | {
      type: 'test-finished';
      kind: TestStepKind;
      path: string;
      status: 'passed' | 'failed' | 'skipped';
      durationMs: number;
      elapsedMs: number;
    };

export type DeployEventHandler = (event: DeployEvent) => void;

export interface TestResult {
  kind: TestStepKind;
  path: string;
  status: 'passed' | 'failed' | 'skipped';
  durationMs: number;
  /** For the failing step: the server's message. */
  message?: string;
  sqlstate?: string;
  /** For the failing step: the line in its file, when the server's report allows. */
  line?: number;
}

export type ChangeAction = 'created' | 'dropped' | 'altered';

export type ChangeKind =
  | 'schema'
  | 'table'
  | 'column'
  | 'index'
  | 'constraint'
  | 'view'
  | 'function'
  | 'procedure'
  | 'trigger'
  | 'sequence'
  | 'type'
  | 'policy'
  | 'extension'
  | 'role'
  | 'grant';

/** One catalog object a deploy (or rehearsal) created, dropped or altered. */
export interface ObjectChange {
  action: ChangeAction;
  kind: ChangeKind;
  /** Qualified name: `public.widget`, `public.widget.label` (column), `public.f(integer)`. */
  name: string;
  /** Short text, e.g. what changed in an altered object. */
  detail?: string;
}

/** The difference between the catalog before and after a deploy, as the engine saw it. */
export interface ChangeReport {
  changes: ObjectChange[];
  counts: { created: number; altered: number; dropped: number };
}

/** A tail unit a rehearsal listed but did not run. */
export interface NotRehearsedUnit {
  /** 1-based unit number, as in error messages. */
  unit: number;
  /** First line of the unit's SQL. */
  firstLine: string;
}

/** Outcome of one engine run; `error` is set when it failed. */
/**
 * Where the time of a deploy went, in whole milliseconds, for the phases that ran. `scanMs`
 * includes `checksumMs`; `deploySqlStartMs` is the time from the start of the run to the first
 * statement of deploy.sql.
 */
export interface DeployTimings {
  /**
   * The CLI and the Action only: from the start of the process to the start of the deploy
   * (Node.js starting, pgmi's modules loading, options and connection settings resolved). The
   * other timings count from the start of the deploy.
   */
  startupMs?: number;
  /** Walk, read and check every file, checksums included; read deploy.sql. */
  scanMs?: number;
  /** Both checksums of every file. */
  checksumMs?: number;
  /** Project bytes scanned. */
  projectBytes?: number;
  /** Connect (create or recreate the database first when needed), pin check, deploy lock. */
  connectMs?: number;
  /** Session schema: internal tables and helper functions. */
  sessionSchemaMs?: number;
  /** Files, test tree, metadata, parameters into the session tables. */
  uploadMs?: number;
  /** Session API views and functions, and the COMMIT of the preparation. */
  sessionViewsMs?: number;
  deploySqlStartMs?: number;
  /** deploy.sql itself, tests included. */
  executeMs?: number;
  /** The change report: catalog snapshot before deploy.sql and comparison after it. */
  changeReportMs?: number;
}

export interface DeployResult {
  /** `rehearsed`: the head and its tests ran and were rolled back on purpose (`--rehearse`). */
  status: 'success' | 'failed' | 'rehearsed';
  exitCode: number;
  database: string;
  filesLoaded: number;
  testMacros: number;
  durationMs: number;
  /** Present once deploy.sql was split (preprocessing succeeded). */
  executionUnits?: number;
  unitsCommitted?: number;
  executionMode?: 'atomic' | 'psql';
  /** 1-based index of the unit that failed. */
  failedUnit?: number;
  serverVersion?: string;
  tests: TestResult[];
  /** Catalog changes; absent when the change report is off or the run ended before it. */
  changeReport?: ChangeReport;
  /** Rehearsals only: the tail units that were listed, not run. */
  notRehearsed?: NotRehearsedUnit[];
  error?: unknown;
  /** False when the failure happened before the engine ran (no run fields in the envelope). */
  engineRan: boolean;
  /** Per-phase durations of this run. */
  timings?: DeployTimings;
}

/**
 * The result of a deploy that ended before the engine ran: bad input a front door refused, an
 * overwrite not approved, a fleet target whose deploy could not start.
 */
export function resultBeforeEngine(
  error: unknown,
  run: { exitCode: number; database?: string; durationMs?: number },
): DeployResult {
  return {
    status: 'failed',
    exitCode: run.exitCode,
    database: run.database ?? '',
    filesLoaded: 0,
    testMacros: 0,
    durationMs: run.durationMs ?? 0,
    tests: [],
    error,
    engineRan: false,
  };
}
