/**
 * Command-line flags, declared once as data. The parser, the help text, shell completion and the
 * GitHub Action's input list (kebab-case, same names) are all derived from these declarations.
 */

import { SSL_MODES } from '../connect/settings';

export type FlagValueKind = 'string' | 'boolean' | 'list' | 'port' | 'duration';

export interface FlagSpec {
  /** Long name without dashes, kebab-case. */
  long: string;
  short?: string;
  /** Placeholder shown in help, e.g. `<host>`; absent for booleans. */
  value?: string;
  kind: FlagValueKind;
  description: string;
  /** Completion source for the value. */
  complete?: 'sslmode' | 'template' | 'dir' | 'file' | 'skill' | 'assistant' | 'language';
  defaultValue?: string;
}

export { SSL_MODES };

/** Global flags (every command). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  {
    long: 'verbose',
    short: 'v',
    kind: 'boolean',
    description: 'Print extra [VERBOSE] progress on stderr',
  },
];

/** `pgmi deploy` flags. There is deliberately no password flag (use PGPASSWORD, .pgpass or the connection string). */
export const DEPLOY_FLAGS: FlagSpec[] = [
  {
    long: 'connection',
    value: '<string>',
    kind: 'string',
    description:
      'PostgreSQL URI or ADO.NET connection string (also PGMI_CONNECTION_STRING, DATABASE_URL)',
  },
  {
    long: 'host',
    short: 'h',
    value: '<host>',
    kind: 'string',
    description: 'Server host or Unix socket directory (PGHOST)',
  },
  {
    long: 'port',
    short: 'p',
    value: '<port>',
    kind: 'port',
    description: 'Server port (PGPORT, default 5432)',
  },
  {
    long: 'username',
    short: 'U',
    value: '<user>',
    kind: 'string',
    description: 'Database user (PGUSER)',
  },
  {
    long: 'database',
    short: 'd',
    value: '<name>',
    kind: 'string',
    description: 'Target database; created when missing (PGDATABASE)',
  },
  {
    long: 'sslmode',
    value: '<mode>',
    kind: 'string',
    complete: 'sslmode',
    description: `TLS mode: ${SSL_MODES.join(', ')} (PGSSLMODE, default prefer)`,
  },
  {
    long: 'sslcert',
    value: '<file>',
    kind: 'string',
    complete: 'file',
    description: 'Client certificate (PGSSLCERT)',
  },
  {
    long: 'sslkey',
    value: '<file>',
    kind: 'string',
    complete: 'file',
    description: 'Client private key; passphrase from PGSSLPASSWORD (PGSSLKEY)',
  },
  {
    long: 'sslrootcert',
    value: '<file>',
    kind: 'string',
    complete: 'file',
    description: 'CA certificate(s) that verify the server (PGSSLROOTCERT)',
  },
  {
    long: 'azure',
    kind: 'boolean',
    description: 'Authenticate with Microsoft Entra ID (Azure Database for PostgreSQL)',
  },
  {
    long: 'azure-tenant-id',
    value: '<id>',
    kind: 'string',
    description: 'Entra tenant (AZURE_TENANT_ID)',
  },
  {
    long: 'azure-client-id',
    value: '<id>',
    kind: 'string',
    description: 'Service principal or user-assigned managed identity client id (AZURE_CLIENT_ID)',
  },
  { long: 'aws', kind: 'boolean', description: 'Authenticate with an AWS RDS IAM token' },
  {
    long: 'aws-region',
    value: '<region>',
    kind: 'string',
    description: 'AWS region (AWS_REGION, AWS_DEFAULT_REGION)',
  },
  {
    long: 'google',
    kind: 'boolean',
    description: 'Connect through the Cloud SQL connector with IAM authentication',
  },
  {
    long: 'google-instance',
    value: '<name>',
    kind: 'string',
    description: 'Cloud SQL instance connection name, project:region:instance',
  },
  {
    long: 'overwrite',
    kind: 'boolean',
    description: 'Drop and recreate the target database first (asks for confirmation)',
  },
  { long: 'force', kind: 'boolean', description: 'Skip the --overwrite confirmation' },
  {
    long: 'rehearse',
    kind: 'boolean',
    description:
      'Run the atomic head and its tests on the existing database, then roll back; report the changes, run no tail',
  },
  {
    long: 'lock-timeout',
    value: '<duration>',
    kind: 'duration',
    description:
      'Give up on a lock after this long (SQLSTATE 55P03), e.g. 2s; default 10s for --rehearse, none for a deploy',
  },
  {
    long: 'no-change-report',
    kind: 'boolean',
    description: 'Do not compare the catalog before and after (no "changes" in the result)',
  },
  {
    long: 'param',
    value: '<key=value>',
    kind: 'list',
    description: "Parameter for deploy.sql (current_setting('pgmi.key')); repeatable",
  },
  {
    long: 'params-file',
    value: '<file>',
    kind: 'list',
    complete: 'file',
    description: 'File of KEY=VALUE parameters; repeatable, later files win',
  },
  {
    long: 'secret-param',
    value: '<key=value>',
    kind: 'list',
    description: 'Like --param, but the value is shown as [redacted] in every output; repeatable',
  },
  {
    long: 'secret-params-file',
    value: '<file>',
    kind: 'list',
    complete: 'file',
    description: 'Like --params-file, but the values are shown as [redacted] in every output',
  },
  {
    long: 'timeout',
    value: '<duration>',
    kind: 'duration',
    description: 'Limit for the whole run, e.g. 90s, 5m; 0 disables it (default 3m)',
  },
  {
    long: 'lock-wait',
    value: '<duration>',
    kind: 'duration',
    description:
      'Wait this long for a concurrent deploy of the same database to finish instead of exit 15 (default 0)',
  },
  {
    long: 'wait',
    value: '<duration>',
    kind: 'duration',
    description:
      'Keep retrying the connection this long while the server is not up yet (CI service containers)',
  },
  {
    long: 'compat',
    value: '<version>',
    kind: 'string',
    description: 'Session API version (only 1 exists)',
  },
  {
    long: 'json',
    kind: 'boolean',
    description: 'Print the result as one JSON document on stdout (human output stays on stderr)',
  },
  {
    long: 'junit-report',
    value: '<file>',
    kind: 'string',
    complete: 'file',
    description: 'Write test results as JUnit XML',
  },
  {
    long: 'tap',
    value: '[file]',
    kind: 'string',
    complete: 'file',
    description: 'Write test results as TAP 14 (to stderr, or to a file)',
  },
  {
    long: 'pr-comment',
    value: '<mode>',
    kind: 'string',
    description: 'Comment on the PR/MR of this CI build: auto (default) or off',
  },
  {
    long: 'comment-file',
    value: '<file>',
    kind: 'string',
    complete: 'file',
    description: 'Also write that comment to a file (post it with pgmi comment --from)',
  },
];

/** `--flag-name` → `flagName` (commander's attribute naming). */
export function attributeName(long: string): string {
  return long.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}
