/**
 * Connection resolution: flags, environment, connection strings and pgmi.yaml → one structured
 * `ConnectionSettings` and a provider (connections.md §3–§8, decisions.md 2, 10–12).
 *
 * Precedence: flags > environment > pgmi.yaml > libpq defaults. A connection string
 * (`--connection`, else `$PGMI_CONNECTION_STRING`, else `$DATABASE_URL`) replaces the granular
 * sources for host, port, user, database and sslmode; TLS files and cloud settings still fall
 * back to the environment and pgmi.yaml. Everything is checked offline and every problem is
 * reported in one ConfigError (exit 10); nothing connects here.
 */
import os from 'node:os';
import { ConfigError } from '../engine/errors';
import { registerSecret } from '../engine/redact';
import type { PgmiYamlConnection } from '../engine/project/types';
import { createPostgresProvider } from './postgres-provider';
import { defaultPassfile as defaultPassfileFor } from './pgpass';
import type { ConnectionProvider } from './provider';
import { resolveCloudAuth } from './resolve-cloud';
import { resolveEndpoint, type Env } from './resolve-endpoint';
import type { ConnectionSettings } from './settings';
import { loadTlsMaterial } from './tls';

/** Raw values as the user gave them (CLI flags, Action inputs, MCP arguments). */
export interface ConnectionInput {
  connection?: string;
  host?: string;
  port?: string | number;
  username?: string;
  database?: string;
  sslmode?: string;
  sslcert?: string;
  sslkey?: string;
  sslrootcert?: string;
  azure?: boolean;
  azureTenantId?: string;
  azureClientId?: string;
  aws?: boolean;
  awsRegion?: string;
  google?: boolean;
  googleInstance?: string;
  /** `--wait`: keep retrying transient failures this long (ms). 0/undefined = no waiting. */
  waitMs?: number;
}

export interface ResolveContext {
  env: Env;
  yaml?: PgmiYamlConnection;
  /** Called with every password, token and passphrase the provider learns (for masking). */
  onSecret?: (secret: string) => void;
  /** `.pgpass` permission warning, token expiry, ignored connection-string keys. */
  onWarning?: (message: string) => void;
}

export interface ResolvedConnection {
  provider: ConnectionProvider;
  /** Target database. */
  database: string;
  /** Database used to CREATE/DROP the target. */
  maintenanceDatabase: string;
  /** Verbose lines (`Host: …`, `Port: …`, `SSL Mode: …`, `Auth Method: …`) — never a secret. */
  summary: string[];
  settings: ConnectionSettings;
}

const DATABASE_HINTS = [
  'Provide it in one of three ways:',
  '  1. the -d flag:          pgmi deploy . -d mydb',
  '  2. a connection string:  pgmi deploy . --connection postgresql://user@host:5432/mydb',
  '  3. the environment:      PGDATABASE=mydb pgmi deploy .',
];

function homeOf(env: Env): string {
  return env.HOME || env.USERPROFILE || os.homedir();
}

/** Resolves and checks everything offline. Throws one ConfigError listing every problem. */
export function resolveConnection(
  input: ConnectionInput,
  context: ResolveContext,
): ResolvedConnection {
  const { env } = context;
  const yaml = context.yaml ?? {};
  const problems: string[] = [];
  const hints: string[] = [];
  const secret = (value: string | undefined) => {
    if (!value) return;
    registerSecret(value);
    context.onSecret?.(value);
  };

  const ep = resolveEndpoint(input, env, yaml, problems, hints);
  const cloud = resolveCloudAuth(input, env, yaml, ep, problems);

  const database = input.database || ep.database || '';
  if (!database) {
    problems.push('database name is required');
    hints.push(...DATABASE_HINTS);
  }
  const maintenanceDatabase = ep.maintenanceFor(Boolean(input.database));

  let waitMs = 0;
  if (input.waitMs !== undefined) {
    if (!Number.isFinite(input.waitMs) || input.waitMs < 0) {
      problems.push(
        `invalid --wait value ${String(input.waitMs)} (must be a duration of 0 or more)`,
      );
    } else {
      waitMs = input.waitMs;
    }
  }

  const home = homeOf(env);
  const tls = loadTlsMaterial(
    {
      sslmode: ep.sslmode,
      sslcert: ep.sslcert,
      sslkey: ep.sslkey,
      sslrootcert: ep.sslrootcert,
      sslpassword: ep.sslpassword,
      home,
    },
    problems,
  );

  if (problems.length) {
    const message =
      problems.length === 1
        ? `invalid configuration: ${problems[0]}`
        : `invalid configuration: ${problems.length} problems with the connection settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
    throw new ConfigError(message, { hints });
  }

  for (const key of ep.ignoredKeys) {
    context.onWarning?.(
      `connection string key "${key}" only steers the client and is not used by pgmi; it is not sent to the server`,
    );
  }

  const settings: ConnectionSettings = {
    host: ep.host,
    port: ep.port,
    user: ep.user,
    password: cloud.method === 'password' ? ep.password : undefined,
    passfile: ep.passfile ?? defaultPassfileFor(env, home),
    sslmode: cloud.method === 'google' ? 'disable' : tls.sslmode,
    ...tls.paths,
    tls: tls.material,
    applicationName: ep.applicationName,
    connectTimeoutSeconds: ep.connectTimeoutSeconds,
    options: ep.options,
    auth: cloud,
    waitMs,
  };
  secret(settings.password);
  secret(ep.sslpassword);
  if (cloud.method === 'azure') secret(cloud.clientSecret);

  const provider = createPostgresProvider(settings, {
    onSecret: secret,
    onWarning: context.onWarning,
  });
  return {
    provider,
    database,
    maintenanceDatabase,
    summary: summarize(settings, database, maintenanceDatabase),
    settings,
  };
}

function authLabel(s: ConnectionSettings): string {
  switch (s.auth.method) {
    case 'azure':
      return 'Azure Entra ID';
    case 'aws':
      return `AWS RDS IAM (region ${s.auth.region})`;
    case 'google':
      return `Google Cloud SQL IAM (instance ${s.auth.instance})`;
    default:
      return 'password';
  }
}

/** Lines for `--verbose`: never a password, token or passphrase. */
export function summarize(s: ConnectionSettings, database: string, maintenance: string): string[] {
  const google = s.auth.method === 'google';
  const lines = [
    ...(google
      ? [`Host: Cloud SQL instance ${s.auth.method === 'google' ? s.auth.instance : ''}`]
      : [`Host: ${s.host}`, `Port: ${s.port}`]),
    `User: ${s.user}`,
    `Target Database: ${database}`,
    `Maintenance Database: ${maintenance}`,
    `SSL Mode: ${google ? 'TLS 1.3 by the Cloud SQL connector' : s.sslmode}`,
  ];
  if (s.sslcert) lines.push(`SSL Cert: ${s.sslcert}`);
  if (s.sslkey) lines.push(`SSL Key: ${s.sslkey}`);
  if (s.sslrootcert) lines.push(`SSL Root Cert: ${s.sslrootcert}`);
  lines.push(`Auth Method: ${authLabel(s)}`);
  if (s.waitMs) lines.push(`Wait: up to ${Math.round(s.waitMs / 1000)}s for the server`);
  return lines;
}
