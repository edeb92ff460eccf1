/**
 * The connection wizard of `pgmi config` and `pgmi init` (cli.md §4): provider, auth method, a
 * form, an optional connection test, then the `connection:` block of pgmi.yaml. Prompts come from
 * @inquirer/prompts and are drawn on stderr, so stdout stays clean. A password may be typed for
 * the connection test; it is never written anywhere.
 */
import { confirm, input, password, select } from '@inquirer/prompts';
import { formatError } from '../engine/errors';
import { redact } from '../engine/redact';
import type { PgmiYamlConnection } from '../engine/project/types';
import { SSL_MODES } from './flags';

export interface WizardIo {
  env: Record<string, string | undefined>;
  stderr: (s: string) => void;
}

type Provider = 'local' | 'azure' | 'aws' | 'google' | 'string';

/** The prompts used, as one object so that a test or another front end can replace them. */
export interface Prompts {
  select: typeof select;
  input: typeof input;
  password: typeof password;
  confirm: typeof confirm;
}

/** @inquirer/prompts, drawn on stderr. */
export function terminalPrompts(): Prompts {
  const ctx = { output: process.stderr };
  return {
    select: ((config: Parameters<typeof select>[0]) => select(config, ctx)) as typeof select,
    input: (config) => input(config, ctx),
    password: (config) => password(config, ctx),
    confirm: (config) => confirm(config, ctx),
  };
}

/** Ctrl-C (or a closed terminal) during a prompt: the user cancelled. */
export function isPromptCancel(err: unknown): boolean {
  return (
    err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError')
  );
}

const required = (what: string) => (v: string) => v.trim() !== '' || `${what} is required`;

const validPort = (v: string) => {
  const n = Number(v);
  return (/^\d+$/.test(v.trim()) && n >= 1 && n <= 65535) || 'a port is a number from 1 to 65535';
};

async function passwordForm(p: Prompts, provider: Provider): Promise<PgmiYamlConnection> {
  const local = provider === 'local';
  const host = await p.input({
    message: 'Host',
    default: local ? 'localhost' : undefined,
    validate: required('the host'),
  });
  const port = await p.input({ message: 'Port', default: '5432', validate: validPort });
  const database = await p.input({ message: 'Database', validate: required('the database') });
  const maintenance = await p.input({ message: 'Maintenance database', default: 'postgres' });
  const username = await p.input({ message: 'Username', default: 'postgres' });
  const sslmode = await p.select({
    message: 'TLS (sslmode)',
    choices: SSL_MODES.map((m) => ({ value: m, name: m })),
    default: local ? 'prefer' : 'require',
  });
  return {
    host: host.trim(),
    port: Number(port),
    username: username.trim(),
    database: database.trim(),
    maintenance_database: maintenance.trim() || 'postgres',
    sslmode,
  };
}

async function cloudForm(p: Prompts, provider: Provider): Promise<PgmiYamlConnection> {
  if (provider === 'google') {
    const instance = await p.input({
      message: 'Cloud SQL instance (project:region:instance)',
      validate: (v) =>
        /^[^:\s]+:[^:\s]+:[^:\s]+$/.test(v.trim()) || 'expected project:region:instance',
    });
    const database = await p.input({ message: 'Database', validate: required('the database') });
    const username = await p.input({
      message: 'IAM database user (e.g. sa@project.iam)',
      validate: required('the user'),
    });
    return {
      database: database.trim(),
      username: username.trim(),
      auth_method: 'google',
      google_instance: instance.trim(),
    };
  }
  const host = await p.input({ message: 'Server host', validate: required('the host') });
  const port =
    provider === 'aws'
      ? await p.input({ message: 'Port', default: '5432', validate: validPort })
      : '5432';
  const database = await p.input({ message: 'Database', validate: required('the database') });
  const username = await p.input({ message: 'Username', validate: required('the user') });
  const conn: PgmiYamlConnection = {
    host: host.trim(),
    port: Number(port),
    username: username.trim(),
    database: database.trim(),
    maintenance_database: 'postgres',
    sslmode: 'require',
    auth_method: provider,
  };
  if (provider === 'aws') {
    const region = await p.input({ message: 'AWS region (empty: AWS_REGION at deploy time)' });
    if (region.trim()) conn.aws_region = region.trim();
  } else {
    const tenant = await p.input({ message: 'Entra tenant id (optional)' });
    if (tenant.trim()) conn.azure_tenant_id = tenant.trim();
    const client = await p.input({ message: 'Client id of a user-assigned identity (optional)' });
    if (client.trim()) conn.azure_client_id = client.trim();
  }
  return conn;
}

async function connectionStringForm(p: Prompts, io: WizardIo): Promise<PgmiYamlConnection> {
  const { parseConnectionString } = await import('../connect/connection-string');
  const text = await p.input({
    message: 'Connection string (postgresql://… or Host=…;Database=…)',
    validate: (v) => {
      try {
        parseConnectionString(v);
        return true;
      } catch (err) {
        return redact(err instanceof Error ? err.message : String(err));
      }
    },
  });
  const parsed = parseConnectionString(text);
  if (parsed.password)
    io.stderr('Note: the password in the string is not saved; pgmi.yaml never holds one.\n');
  return {
    host: parsed.host ?? '',
    port: parsed.port ?? 5432,
    username: parsed.user ?? '',
    database: parsed.database ?? '',
    maintenance_database: 'postgres',
    sslmode: parsed.sslmode ?? 'prefer',
    sslcert: parsed.sslcert,
    sslkey: parsed.sslkey,
    sslrootcert: parsed.sslrootcert,
  };
}

/** Connects to the maintenance database (10 s limit); the first part of version() or the error. */
async function testConnection(
  conn: PgmiYamlConnection,
  typedPassword: string,
  io: WizardIo,
): Promise<{ ok: true; version: string } | { ok: false; message: string }> {
  const { resolveConnection } = await import('../connect/resolve');
  const env = { ...io.env };
  if (typedPassword) env.PGPASSWORD = typedPassword;
  const maintenance = conn.maintenance_database || 'postgres';
  try {
    const resolved = resolveConnection(
      {
        host: conn.host,
        port: conn.port,
        username: conn.username,
        database: maintenance,
        sslmode: conn.sslmode,
      },
      { env },
    );
    try {
      const { client, server } = await resolved.provider.connect({
        database: maintenance,
        signal: AbortSignal.timeout(10_000),
      });
      await client.end().catch(() => undefined);
      return { ok: true, version: (server.versionString ?? server.version).split(',')[0] };
    } finally {
      await resolved.provider.dispose();
    }
  } catch (err) {
    return { ok: false, message: formatError(err) };
  }
}

/**
 * Asks for a connection. Returns it, or undefined when the user chose to cancel after a failed
 * test. Ctrl-C propagates as the prompt library's ExitPromptError (see isPromptCancel).
 */
export async function connectionWizard(
  io: WizardIo,
  p: Prompts = terminalPrompts(),
): Promise<PgmiYamlConnection | undefined> {
  const plain = !!io.env.NO_COLOR;
  const provider = await p.select<Provider>({
    message: 'Where does PostgreSQL run?',
    choices: [
      { value: 'local', name: 'Local / On-Premises' },
      { value: 'azure', name: 'Azure Database for PostgreSQL' },
      { value: 'aws', name: 'AWS RDS PostgreSQL' },
      { value: 'google', name: 'Google Cloud SQL' },
      { value: 'string', name: 'Other / Connection String' },
    ],
  });
  let cloud = false;
  if (provider === 'azure' || provider === 'aws' || provider === 'google') {
    const iam = {
      azure: 'Microsoft Entra ID',
      aws: 'IAM database authentication',
      google: 'IAM (Cloud SQL connector)',
    }[provider];
    cloud =
      (await p.select({
        message: 'Authentication',
        choices: [
          { value: 'iam', name: iam },
          { value: 'password', name: 'Username and password' },
        ],
      })) === 'iam';
  }

  for (;;) {
    const conn = cloud
      ? await cloudForm(p, provider)
      : provider === 'string'
        ? await connectionStringForm(p, io)
        : await passwordForm(p, provider);
    if (cloud) {
      io.stderr(
        `${conn.auth_method} authentication configured: pgmi fetches a token at deploy time.\n`,
      );
      return conn;
    }
    if (!(await p.confirm({ message: 'Test the connection now?', default: true }))) return conn;
    const typed = await p.password({
      message: 'Password for the test (not saved; empty: PGPASSWORD or ~/.pgpass)',
      mask: '*',
    });
    io.stderr('Connecting…\n');
    const result = await testConnection(conn, typed, io);
    if (result.ok) {
      io.stderr(`${plain ? 'ok' : '✓'} Connected: ${result.version}\n`);
      return conn;
    }
    io.stderr(`${plain ? 'FAILED' : '✗'} ${redact(result.message)}\n`);
    const next = await p.select({
      message: 'The test failed. What now?',
      choices: [
        { value: 'edit', name: 'Edit the settings' },
        { value: 'save', name: 'Save them anyway' },
        { value: 'cancel', name: 'Cancel' },
      ],
    });
    if (next === 'save') return conn;
    if (next === 'cancel') return undefined;
  }
}

/** What to tell the user about the password after saving (pgmi.yaml never holds it). */
export function passwordAdvice(conn: PgmiYamlConnection): string {
  if (conn.auth_method) return '';
  const host = conn.host || 'localhost';
  const port = conn.port || 5432;
  return (
    'The password is not stored in pgmi.yaml. Provide it with PGPASSWORD, or add a line to ' +
    `~/.pgpass (mode 0600):\n  ${host}:${port}:*:${conn.username || '<user>'}:<password>\n`
  );
}
