/**
 * The target database's lifecycle: probe it, create it when missing, or drop and recreate it for
 * `--overwrite` while keeping what made it the database it was (decisions.md item 7).
 */
import pg from '../../connect/pg';
import type { Connection, ConnectionProvider, ServerInfo } from '../../connect/provider';
import { ConcurrentDeployError, ConfigError, PgmiError, firstPgError, messageOf } from '../errors';
import type { DeployEventHandler } from '../events';
import type { Approver, DeployOptions } from '../options';
import {
  connectionLost,
  isConnectionLoss,
  lossMessage,
  watchConnection,
  type LossPhase,
} from './connection-loss';
import type { RunControl } from './run-control';
import { guardConnection } from './session-guard';

const ident = (s: string) => pg.escapeIdentifier(s);
const literal = (s: string) => pg.escapeLiteral(s);

interface Ctx {
  provider: ConnectionProvider;
  options: DeployOptions;
  control: RunControl;
  emit: DeployEventHandler;
  progress(message: string): void;
  verbose(message: string): void;
}

async function withMaintenance<T>(
  ctx: Ctx,
  phase: LossPhase,
  fn: (c: pg.Client, server: ServerInfo) => Promise<T>,
): Promise<T> {
  const { client, server } = await ctx.provider.connect({
    database: ctx.options.maintenanceDatabase,
    signal: ctx.control.signal,
  });
  watchConnection(client);
  const disarm = guardConnection(client, ctx.provider, ctx.control);
  try {
    return await fn(client, server);
  } catch (err) {
    if (!ctx.control.reason && isConnectionLoss(err, client)) {
      throw connectionLost(phase, lossMessage(phase, ctx.options.database), err);
    }
    throw err;
  } finally {
    await client.end().catch(() => undefined);
    disarm();
  }
}

function isCreateRace(err: unknown): boolean {
  const code = firstPgError(err)?.code;
  return code === '42P04' || code === '23505';
}

async function createDatabase(ctx: Ctx, client: pg.Client, sql: string): Promise<void> {
  try {
    await client.query(sql);
  } catch (err) {
    if (isCreateRace(err)) {
      throw new ConcurrentDeployError(
        'concurrent deployment in progress: the database was created by another deploy while this one was starting',
        { cause: err },
      );
    }
    throw new PgmiError(
      `failed to create database ${JSON.stringify(ctx.options.database)}: ${messageOf(err)}`,
      { cause: err },
    );
  }
}

async function exists(client: pg.Client, name: string): Promise<boolean> {
  const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return r.rowCount === 1;
}

/**
 * Without --overwrite: connect to the target; when it does not exist (3D000), create it through
 * the maintenance database. The returned connection becomes the deploy session, so an existing
 * database costs one connection (and the change report's own, which may be refused:
 * report-connection.ts), and a role that may only CONNECT to its own database deploys.
 */
export async function openTarget(ctx: Ctx): Promise<Connection> {
  const db = ctx.options.database;
  try {
    return await ctx.provider.connect({ database: db, signal: ctx.control.signal });
  } catch (err) {
    if (firstPgError(err)?.code !== '3D000') throw err;
    if (ctx.options.rehearse) {
      throw new ConfigError(
        `invalid configuration: database ${JSON.stringify(db)} does not exist; a rehearsal runs against an existing database and never creates one`,
        {
          cause: err,
          hints: ['check the database name (-d), or deploy without --rehearse to create it'],
        },
      );
    }
  }
  await withMaintenance(ctx, 'connect', async (client) => {
    if (await exists(client, db)) return;
    ctx.progress(`Database ${JSON.stringify(db)} does not exist; creating`);
    await createDatabase(ctx, client, `CREATE DATABASE ${ident(db)}`);
    ctx.emit({ type: 'database-created', database: db, recreated: false, elapsedMs: 0 });
  });
  return ctx.provider.connect({ database: db, signal: ctx.control.signal });
}

interface DatabaseProperties {
  owner: string;
  encoding: string;
  collate: string;
  ctype: string;
  /** `c` libc, `i` icu, `b` builtin (PostgreSQL 15+); absent on older servers. */
  provider?: string;
  locale?: string;
  icuRules?: string;
  tablespace: string;
  connLimit: number;
  comment: string | null;
  settings: string[];
  grants: Array<{ grantee: string; privilege: string; grantable: boolean }> | null;
}

// to_jsonb(d) reads whichever locale columns this server version has (datlocprovider 15+,
// daticulocale 15–16, datlocale 17+, daticurules 16+) without one query per version.
const PROPERTIES_SQL = `
SELECT to_jsonb(d) AS row,
       pg_get_userbyid(d.datdba) AS owner,
       pg_encoding_to_char(d.encoding) AS encoding,
       t.spcname AS tablespace,
       shobj_description(d.oid, 'pg_database') AS comment,
       (SELECT s.setconfig FROM pg_db_role_setting s WHERE s.setdatabase = d.oid AND s.setrole = 0) AS settings,
       CASE WHEN d.datacl IS NULL THEN NULL ELSE (
         SELECT coalesce(json_agg(json_build_object(
                  'grantee', CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                  'privilege', a.privilege_type, 'grantable', a.is_grantable)), '[]'::json)
           FROM aclexplode(d.datacl) a) END AS grants
  FROM pg_database d JOIN pg_tablespace t ON t.oid = d.dattablespace
 WHERE d.datname = $1`;

async function readProperties(client: pg.Client, name: string): Promise<DatabaseProperties> {
  const r = await client.query(PROPERTIES_SQL, [name]);
  const row = r.rows[0] as {
    row: Record<string, unknown>;
    owner: string;
    encoding: string;
    tablespace: string;
    comment: string | null;
    settings: string[] | null;
    grants: DatabaseProperties['grants'];
  };
  const d = row.row;
  return {
    owner: row.owner,
    encoding: row.encoding,
    collate: String(d.datcollate ?? ''),
    ctype: String(d.datctype ?? ''),
    provider: typeof d.datlocprovider === 'string' ? d.datlocprovider : undefined,
    locale: (d.datlocale ?? d.daticulocale ?? undefined) as string | undefined,
    icuRules: (d.daticurules ?? undefined) as string | undefined,
    tablespace: row.tablespace,
    connLimit: Number(d.datconnlimit ?? -1),
    comment: row.comment,
    settings: row.settings ?? [],
    grants: row.grants,
  };
}

// Settings whose stored text is a list and must be spliced unquoted (`a, b`), not as one string.
const LIST_SETTINGS = new Set([
  'search_path',
  'temp_tablespaces',
  'datestyle',
  'session_preload_libraries',
  'local_preload_libraries',
]);

function createSql(name: string, p: DatabaseProperties, template1: DatabaseProperties): string {
  const parts = [`CREATE DATABASE ${ident(name)} WITH OWNER ${ident(p.owner)}`];
  const localeDiffers =
    p.encoding !== template1.encoding ||
    p.collate !== template1.collate ||
    p.ctype !== template1.ctype ||
    (p.provider ?? 'c') !== (template1.provider ?? 'c') ||
    (p.locale ?? '') !== (template1.locale ?? '') ||
    (p.icuRules ?? '') !== (template1.icuRules ?? '');
  if (localeDiffers) {
    parts.push(
      `TEMPLATE template0 ENCODING ${literal(p.encoding)} LC_COLLATE ${literal(p.collate)} LC_CTYPE ${literal(p.ctype)}`,
    );
    if (p.provider === 'i') {
      parts.push(`LOCALE_PROVIDER icu ICU_LOCALE ${literal(p.locale ?? '')}`);
      if (p.icuRules) parts.push(`ICU_RULES ${literal(p.icuRules)}`);
    } else if (p.provider === 'b') {
      parts.push(`LOCALE_PROVIDER builtin BUILTIN_LOCALE ${literal(p.locale ?? 'C')}`);
    }
  }
  if (p.tablespace !== 'pg_default') parts.push(`TABLESPACE ${ident(p.tablespace)}`);
  if (p.connLimit !== -1) parts.push(`CONNECTION LIMIT ${p.connLimit}`);
  return parts.join(' ');
}

function restoreStatements(name: string, p: DatabaseProperties): string[] {
  const out: string[] = [];
  for (const s of p.settings) {
    const eq = s.indexOf('=');
    const key = s.slice(0, eq);
    const value = s.slice(eq + 1);
    const rendered = LIST_SETTINGS.has(key.toLowerCase()) ? value : literal(value);
    out.push(`ALTER DATABASE ${ident(name)} SET ${ident(key)} TO ${rendered}`);
  }
  if (p.comment !== null) out.push(`COMMENT ON DATABASE ${ident(name)} IS ${literal(p.comment)}`);
  if (p.grants !== null) {
    out.push(`REVOKE ALL ON DATABASE ${ident(name)} FROM PUBLIC`);
    for (const g of p.grants) {
      const who = g.grantee === 'PUBLIC' ? 'PUBLIC' : ident(g.grantee);
      out.push(
        `GRANT ${g.privilege} ON DATABASE ${ident(name)} TO ${who}${g.grantable ? ' WITH GRANT OPTION' : ''}`,
      );
    }
  }
  return out;
}

/**
 * --overwrite: drop and recreate the target through the maintenance database. A missing target
 * is simply created (no approval needed). Returns a connection to the fresh target.
 */
export async function recreateTarget(ctx: Ctx, approve: Approver): Promise<Connection> {
  const db = ctx.options.database;
  await withMaintenance(ctx, 'overwrite', async (client, server) => {
    if (!(await exists(client, db))) {
      ctx.progress(`Database ${JSON.stringify(db)} does not exist; creating`);
      await createDatabase(ctx, client, `CREATE DATABASE ${ident(db)}`);
      ctx.emit({ type: 'database-created', database: db, recreated: false, elapsedMs: 0 });
      return;
    }
    ctx.verbose(`Database ${JSON.stringify(db)} exists; requesting approval`);
    await approve({
      database: db,
      force: ctx.options.force,
      signal: ctx.control.signal,
      emit: ctx.emit,
    });
    ctx.control.throwIfAborted();
    const props = await readProperties(client, db);
    const template1 = await readProperties(client, 'template1');
    ctx.verbose(
      `Preserving encoding ${props.encoding}, collation ${props.collate} across the recreate`,
    );
    try {
      // The compatibility check at connect time already read the server's version.
      if (server.versionNum >= 130000) {
        ctx.verbose(`DROP DATABASE ${JSON.stringify(db)} WITH (FORCE)`);
        await client.query(`DROP DATABASE ${ident(db)} WITH (FORCE)`);
      } else {
        ctx.verbose(`Terminating connections to ${JSON.stringify(db)}`);
        await client.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [db],
        );
        ctx.verbose(`DROP DATABASE ${JSON.stringify(db)}`);
        await client.query(`DROP DATABASE ${ident(db)}`);
      }
    } catch (err) {
      throw new PgmiError(`failed to drop database ${JSON.stringify(db)}: ${messageOf(err)}`, {
        cause: err,
      });
    }
    ctx.verbose(`CREATE DATABASE ${JSON.stringify(db)}`);
    await createDatabase(ctx, client, createSql(db, props, template1));
    for (const sql of restoreStatements(db, props)) await client.query(sql);
    ctx.progress(`Recreated database ${JSON.stringify(db)}`);
    ctx.emit({ type: 'database-created', database: db, recreated: true, elapsedMs: 0 });
  });
  return ctx.provider.connect({ database: db, signal: ctx.control.signal });
}

export type DatabaseContext = Ctx;
