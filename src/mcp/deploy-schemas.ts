/**
 * Input and output schemas of the MCP `deploy` tool: the options of `pgmi deploy` as one object,
 * and the result (success value or error detail, with notices and tests).
 */
import * as z from 'zod';
import { SSL_MODES } from '../connect/settings';
import { orError } from './schemas';

export const deployInputShape = {
  path: z.string().min(1).describe('Project directory holding deploy.sql'),
  connection: z
    .string()
    .optional()
    .describe(
      'PostgreSQL URI or ADO.NET connection string; replaces host, port, username and sslmode',
    ),
  host: z.string().optional().describe('Server host or Unix socket directory'),
  port: z.number().int().min(1).max(65535).optional().describe('Server port (default 5432)'),
  username: z.string().optional().describe('Database user'),
  database: z
    .string()
    .optional()
    .describe(
      'Target database, created when missing (else from the connection string, PGDATABASE or pgmi.yaml)',
    ),
  maintenanceDatabase: z
    .string()
    .optional()
    .describe('Database used to create or drop the target (default postgres)'),
  sslmode: z.enum(SSL_MODES).optional(),
  sslcert: z.string().optional().describe('Client certificate file'),
  sslkey: z.string().optional().describe('Client private key file'),
  sslrootcert: z.string().optional().describe('CA certificate file (or "system")'),
  azure: z.boolean().optional().describe('Microsoft Entra ID authentication'),
  azureTenantId: z.string().optional(),
  azureClientId: z.string().optional(),
  aws: z.boolean().optional().describe('AWS RDS IAM authentication'),
  awsRegion: z.string().optional(),
  google: z.boolean().optional().describe('Google Cloud SQL IAM authentication'),
  googleInstance: z.string().optional().describe('project:region:instance'),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .optional()
    .describe("Parameters for deploy.sql (current_setting('pgmi.<key>')); override pgmi.yaml"),
  secretParams: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .optional()
    .describe(
      'Parameters like params (and winning over them) whose values are shown as [redacted] in every result and log',
    ),
  paramsFiles: z
    .array(z.string())
    .optional()
    .describe("KEY=VALUE files, relative to the server's working directory; later files win"),
  overwrite: z
    .boolean()
    .optional()
    .describe('Drop and recreate the target database first; needs confirmDatabaseName'),
  confirmDatabaseName: z
    .string()
    .optional()
    .describe('Must equal database exactly when overwrite is true'),
  timeout: z
    .string()
    .optional()
    .describe('Limit for the whole run, e.g. 90s, 5m; 0 disables it (default: pgmi.yaml, else 3m)'),
  wait: z
    .string()
    .optional()
    .describe('Keep retrying the connection this long while the server starts, e.g. 30s'),
  compat: z.string().optional().describe('Session API version (only 1 exists)'),
  verbose: z.boolean().optional().describe('Return DEBUG notices from deploy.sql too'),
  rehearse: z
    .boolean()
    .optional()
    .describe(
      'Rehearse on the existing database: run the atomic head and its tests, then roll back; returns the changes it would make, commits nothing, runs no tail',
    ),
  lockWait: z
    .string()
    .optional()
    .describe(
      'Queue this long behind a concurrent deploy of the same database for the deploy lock, e.g. 5m (default: pgmi.yaml lock_wait, else 0 = fail at once with exit 15)',
    ),
  lockTimeout: z
    .string()
    .optional()
    .describe('Give up on a lock after this long (55P03), e.g. 2s; default 10s when rehearsing'),
  changeReport: z
    .boolean()
    .optional()
    .describe('Compare the catalog before and after and return the changes (default true)'),
};

export type DeployArgs = z.infer<z.ZodObject<typeof deployInputShape>>;

const noticeSchema = z.object({
  severity: z.string(),
  message: z.string(),
  detail: z.string().optional(),
  hint: z.string().optional(),
  where: z.string().optional(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  elapsedMs: z.number(),
});

const testSchema = z.object({
  kind: z.enum(['fixture', 'test']),
  path: z.string(),
  status: z.enum(['passed', 'failed', 'skipped']),
  durationMs: z.number(),
  message: z.string().optional(),
  sqlstate: z.string().optional(),
});

const changeSchema = z.object({
  action: z.enum(['created', 'altered', 'dropped']),
  kind: z.string(),
  name: z.string(),
  detail: z.string().optional(),
});

export const deploySuccessSchema = z.object({
  status: z.enum(['success', 'rehearsed']),
  exitCode: z.literal(0),
  database: z.string(),
  filesLoaded: z.number().int(),
  testMacros: z.number().int(),
  durationMs: z.number(),
  executionUnits: z.number().int().optional(),
  unitsCommitted: z.number().int().optional(),
  serverVersion: z.string().optional(),
  tests: z.array(testSchema),
  changes: z.array(changeSchema).optional(),
  changeCounts: z
    .object({ created: z.number().int(), altered: z.number().int(), dropped: z.number().int() })
    .optional(),
  notRehearsed: z.array(z.object({ unit: z.number().int(), firstLine: z.string() })).optional(),
  notices: z.array(noticeSchema),
  noticesTruncated: z.number().int().optional(),
});

export const deployOutputSchema = orError(deploySuccessSchema);
