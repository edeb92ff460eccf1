/** What the scanner produces: one entry per scanned project file. */
export interface ProjectFile {
  /** `./`-prefixed, forward slashes: the file's identity everywhere. */
  path: string;
  /** File text with a leading UTF-8 BOM removed. */
  content: string;
  /**
   * The same text as UTF-8 bytes, when the scanner read the file: `content` is then decoded from
   * them only when something asks for it, and the loader sends these bytes as they are.
   */
  bytes?: Buffer;
  /** Byte length of `content` as UTF-8. */
  sizeBytes: number;
  /** SHA-256 hex of the (BOM-stripped) bytes. */
  checksum: string;
  /** SHA-256 hex of the normalised text (bit-identical to upstream pgmi). */
  pgmiChecksum: string;
  /** Path has a `/__test__/` or `/__tests__/` segment. */
  isTest: boolean;
  /** Extension is one of the eight SQL extensions (case-insensitive). */
  isSql: boolean;
  /** Parsed `<pgmi-meta>` (non-test SQL files only). */
  metadata?: ScriptMetadata;
  /**
   * UTF-8 byte offsets just past each top-level statement, for large non-test SQL files that hold
   * more than one (`pg_temp.pgmi_execute_file` runs them one at a time).
   */
  statementEnds?: number[];
  /** `statementEnds` is still to be found (`completeStatementEnds`): a deploy defers it. */
  statementEndsPending?: boolean;
}

export interface ScriptMetadata {
  /** Canonical lower-case UUID. */
  id: string;
  idempotent: boolean;
  /** Never undefined: empty when `<sortKeys>` is absent. */
  sortKeys: string[];
  /** Character data as parsed, untrimmed; '' when absent. */
  description: string;
}

export interface ScanResult {
  /** Absolute project directory. */
  root: string;
  /** Every scanned file (non-test and test, SQL or not), in walk order. */
  files: ProjectFile[];
  /** Milliseconds spent on checksums (part of the scan). */
  checksumMs?: number;
}

/** The `connection:` block of pgmi.yaml. */
export interface PgmiYamlConnection {
  host?: string;
  port?: number;
  username?: string;
  database?: string;
  maintenance_database?: string;
  sslmode?: string;
  sslcert?: string;
  sslkey?: string;
  sslrootcert?: string;
  auth_method?: string;
  azure_tenant_id?: string;
  azure_client_id?: string;
  aws_region?: string;
  google_instance?: string;
}

/** Parsed `<project>/pgmi.yaml` (strict: unknown keys are errors). */
export interface PgmiYaml {
  connection?: PgmiYamlConnection;
  /** Scalars kept as their literal text. */
  params?: Record<string, string>;
  /** Go duration string, parsed later. */
  timeout?: string;
  /** `lock_wait`: Go duration string, parsed later. */
  lockWait?: string;
  /** Fleet deploys: database names (or connection strings) to deploy when no -d is given. */
  targets?: string[];
  /** Fleet deploys: SQL run on the maintenance database; its first column names the targets. */
  targets_query?: string;
}
