/**
 * Where to connect and as whom: the two resolution paths of connections.md §3. Path A (a
 * connection string) takes host, port, user, database and sslmode from the string alone; path B
 * (granular) takes each field from flag > environment > pgmi.yaml > default. TLS file paths
 * combine with either path: flag > string > environment > pgmi.yaml.
 */
import os from 'node:os';
import type { PgmiYamlConnection } from '../engine/project/types';
import {
  ConnectionStringError,
  parseConnectionString,
  parseDecimal,
  runtimeOption,
  type ParsedConnectionString,
} from './connection-string';
import type { ConnectionInput } from './resolve';
import { SSL_MODES, isSslMode, type SslMode } from './settings';
import type { Sourced } from './tls';

export type Env = Record<string, string | undefined>;

export interface Endpoint {
  fromString: boolean;
  host: string;
  port: number;
  user: string;
  /** The user came from a flag, string, `PGUSER` or pgmi.yaml (not the OS account). */
  userExplicit: boolean;
  password?: string;
  database?: string;
  maintenanceFor(databaseFlagGiven: boolean): string;
  sslmode: SslMode;
  sslcert?: Sourced;
  sslkey?: Sourced;
  sslrootcert?: Sourced;
  sslpassword?: string;
  applicationName: string;
  connectTimeoutSeconds: number;
  options?: string;
  passfile?: string;
  ignoredKeys: string[];
}

const VALID_MODES = SSL_MODES.join(', ');

function osUser(env: Env): string {
  if (env.USER) return env.USER;
  if (env.USERNAME) return env.USERNAME;
  try {
    return os.userInfo().username;
  } catch {
    return 'postgres';
  }
}

/** The first non-empty value with its origin label. */
function pick(...candidates: Array<[string | undefined, string]>): Sourced | undefined {
  for (const [value, origin] of candidates) if (value) return { value, origin };
  return undefined;
}

function connectionStringSource(input: ConnectionInput, env: Env): Sourced | undefined {
  return pick(
    [input.connection, '--connection'],
    [env.PGMI_CONNECTION_STRING, '$PGMI_CONNECTION_STRING'],
    [env.DATABASE_URL, '$DATABASE_URL'],
  );
}

function flagPort(value: string | number | undefined, problems: string[]): number | undefined {
  if (value === undefined || value === '' || value === 0 || value === '0') return undefined;
  const n = typeof value === 'number' ? value : parseDecimal(value.trim());
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > 65535) {
    problems.push(`invalid --port flag "${String(value)}" (must be an integer 1-65535)`);
    return undefined;
  }
  return n;
}

function checkSslMode(
  value: string | undefined,
  origin: string,
  problems: string[],
): SslMode | undefined {
  if (value === undefined || value === '') return undefined;
  if (isSslMode(value)) return value;
  problems.push(
    origin === '--sslmode'
      ? `invalid --sslmode "${value}" (valid: ${VALID_MODES})`
      : `invalid sslmode "${value}" in ${origin} (valid: ${VALID_MODES})`,
  );
  return undefined;
}

function connectTimeout(env: Env, problems: string[]): number | undefined {
  const raw = env.PGCONNECT_TIMEOUT;
  if (raw === undefined || raw === '') return undefined;
  const n = parseDecimal(raw);
  if (n === undefined) {
    problems.push(`invalid $PGCONNECT_TIMEOUT value '${raw}' (must be whole seconds, 0 or more)`);
  }
  return n;
}

function startupOptions(env: Env, parsed?: ParsedConnectionString): string | undefined {
  const parts: string[] = [];
  const base = parsed?.options ?? env.PGOPTIONS;
  if (base) parts.push(base);
  for (const [k, v] of parsed?.serverParams ?? []) parts.push(runtimeOption(k, v));
  return parts.length ? parts.join(' ') : undefined;
}

export function resolveEndpoint(
  input: ConnectionInput,
  env: Env,
  yaml: PgmiYamlConnection,
  problems: string[],
  hints: string[],
): Endpoint {
  const str = connectionStringSource(input, env);
  const portFlag = flagPort(input.port, problems);
  const sslFlag = checkSslMode(input.sslmode, '--sslmode', problems);
  const timeout = connectTimeout(env, problems);

  if (str && (input.host || portFlag !== undefined || input.username || input.sslmode)) {
    problems.push('cannot specify both --connection and granular flags (-h, -p, -U)');
    hints.push(
      'Use one of:',
      '  1. only the connection string:  --connection postgresql://user@host:5432/db',
      '  2. only granular flags:         -h host -p 5432 -U user -d db',
      `  3. unset ${str.origin === '--connection' ? 'the conflicting flags' : str.origin} when using granular flags`,
    );
  }

  const tlsFiles = (parsed?: ParsedConnectionString) => ({
    sslcert: pick(
      [input.sslcert, '--sslcert'],
      [parsed?.sslcert, 'the connection string'],
      [env.PGSSLCERT, '$PGSSLCERT'],
      [yaml.sslcert, 'pgmi.yaml connection.sslcert'],
    ),
    sslkey: pick(
      [input.sslkey, '--sslkey'],
      [parsed?.sslkey, 'the connection string'],
      [env.PGSSLKEY, '$PGSSLKEY'],
      [yaml.sslkey, 'pgmi.yaml connection.sslkey'],
    ),
    sslrootcert: pick(
      [input.sslrootcert, '--sslrootcert'],
      [parsed?.sslrootcert, 'the connection string'],
      [env.PGSSLROOTCERT, '$PGSSLROOTCERT'],
      [yaml.sslrootcert, 'pgmi.yaml connection.sslrootcert'],
    ),
    sslpassword: parsed?.sslpassword || env.PGSSLPASSWORD || undefined,
  });

  if (str) {
    let parsed: ParsedConnectionString | undefined;
    try {
      parsed = parseConnectionString(str.value);
    } catch (e) {
      if (!(e instanceof ConnectionStringError)) throw e;
      problems.push(`invalid connection string: ${e.message} (from ${str.origin})`);
    }
    const p = parsed;
    const sslmode =
      (p?.sslmode !== undefined
        ? checkSslMode(p.sslmode, `the connection string (${str.origin})`, problems)
        : checkSslMode(env.PGSSLMODE, '$PGSSLMODE', problems)) ?? 'prefer';
    const database = p?.database ?? 'postgres';
    const explicitUser = p?.user || env.PGUSER;
    return {
      fromString: true,
      host: p?.host || 'localhost',
      port: p?.port ?? 5432,
      user: explicitUser || osUser(env),
      userExplicit: Boolean(explicitUser),
      password: p?.password || env.PGPASSWORD || undefined,
      database,
      // The string's database doubles as the maintenance database unless it names the target.
      maintenanceFor: (dGiven) => (!dGiven && database !== 'postgres' ? 'postgres' : database),
      sslmode,
      ...tlsFiles(p),
      applicationName: p?.applicationName || 'pgmi',
      connectTimeoutSeconds: p?.connectTimeoutSeconds ?? timeout ?? 0,
      options: startupOptions(env, p),
      passfile: p?.passfile || env.PGPASSFILE || undefined,
      ignoredKeys: p?.ignoredKeys ?? [],
    };
  }

  let port = portFlag;
  if (port === undefined && env.PGPORT) {
    const n = parseDecimal(env.PGPORT);
    if (n === undefined || n < 1 || n > 65535) {
      problems.push(`invalid $PGPORT value '${env.PGPORT}' (must be an integer 1-65535)`);
    } else {
      port = n;
    }
  }
  if (port === undefined && yaml.port) {
    if (!Number.isInteger(yaml.port) || yaml.port < 1 || yaml.port > 65535) {
      problems.push(`invalid port ${yaml.port} in pgmi.yaml connection.port (must be 1-65535)`);
    } else {
      port = yaml.port;
    }
  }
  const sslmode =
    (input.sslmode
      ? sslFlag
      : env.PGSSLMODE
        ? checkSslMode(env.PGSSLMODE, '$PGSSLMODE', problems)
        : checkSslMode(yaml.sslmode, 'pgmi.yaml connection.sslmode', problems)) ?? 'prefer';
  const explicitUser = input.username || env.PGUSER || yaml.username;
  const database = env.PGDATABASE || yaml.database || undefined;
  return {
    fromString: false,
    host: input.host || env.PGHOST || yaml.host || 'localhost',
    port: port ?? 5432,
    user: explicitUser || osUser(env),
    userExplicit: Boolean(explicitUser),
    password: env.PGPASSWORD || undefined,
    database,
    // Decision: pgmi.yaml's maintenance_database is honoured whenever it is set (upstream
    // honours it only together with -d).
    maintenanceFor: () => yaml.maintenance_database || 'postgres',
    sslmode,
    ...tlsFiles(),
    applicationName: env.PGAPPNAME || 'pgmi',
    connectTimeoutSeconds: timeout ?? 0,
    options: startupOptions(env),
    passfile: env.PGPASSFILE || undefined,
    ignoredKeys: [],
  };
}
