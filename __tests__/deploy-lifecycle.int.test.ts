/** conformance-core.md section B: creating, probing and recreating the target database. */
import { spawn } from 'node:child_process';
import pg from 'pg';
import { cleanEnv, connFlags, runPgmi } from './helpers/cli';
import {
  connectionParts,
  createTestDatabase,
  databaseExists,
  dropTestDatabase,
  query,
  uniqueDbName,
  withClient,
} from './helpers/db';
import { recordingListener } from './helpers/listener';
import { makeProject, removeProjects } from './helpers/project';
import { needTools } from './helpers/tools';

const tools = needTools(['script']);

const conn = connFlags();
const ident = (s: string) => pg.escapeIdentifier(s);
const deploy = (
  project: string,
  db: string,
  extra: string[] = [],
  opts: Parameters<typeof runPgmi>[1] = {},
) =>
  runPgmi(['deploy', project, ...conn.args, '-d', db, ...extra], {
    ...opts,
    env: { ...conn.env, ...opts.env },
  });

afterAll(() => removeProjects());

async function tableExists(db: string, table: string): Promise<boolean> {
  const rows = await query<{ t: string | null }>(db, 'SELECT to_regclass($1)::text AS t', [table]);
  return rows[0].t !== null;
}

/** A login role with a password, dropped with its objects at the end. */
async function makeRole(prefix: string, attrs = ''): Promise<{ name: string; password: string }> {
  const name = uniqueDbName(prefix);
  const password = `pw-${name}`;
  await withClient((c) =>
    c.query(`CREATE ROLE ${ident(name)} LOGIN PASSWORD ${pg.escapeLiteral(password)} ${attrs}`),
  );
  return { name, password };
}

it('core#23: a missing database is created with the server defaults', async () => {
  const db = uniqueDbName('create');
  const r = await deploy(makeProject({ 'deploy.sql': 'CREATE TABLE made_here (id int);' }), db);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(`Database "${db}" does not exist; creating`);
  expect(await tableExists(db, 'made_here')).toBe(true);
  await dropTestDatabase(db);
});

it('core#24: an existing database deploys without touching the maintenance database', async () => {
  const db = await createTestDatabase('noMaint');
  const forbidden = await createTestDatabase('forbidden');
  const role = await makeRole('deployer');
  await withClient(async (c) => {
    await c.query(`REVOKE CONNECT ON DATABASE ${ident(forbidden)} FROM PUBLIC`);
    await c.query(`GRANT CREATE ON SCHEMA public TO ${ident(role.name)}`);
  }, db);
  const { host, port } = connectionParts();
  // The string names the forbidden database and -d the target: the maintenance database is the
  // forbidden one, so a connection to it would fail the run.
  const r = await runPgmi(
    [
      'deploy',
      makeProject({ 'deploy.sql': 'CREATE TABLE mine (id int);' }),
      '--connection',
      `postgresql://${role.name}@${host}:${port}/${forbidden}`,
      '-d',
      db,
    ],
    { env: { PGPASSWORD: role.password } },
  );
  expect(r.stderr).not.toContain('forbidden');
  expect(r.code).toBe(0);
  expect(await tableExists(db, 'mine')).toBe(true);
  await dropTestDatabase(db);
  await dropTestDatabase(forbidden);
  await withClient((c) => c.query(`DROP ROLE ${ident(role.name)}`));
});

it('core#25: --overwrite --force recreates at once outside a terminal', async () => {
  const db = await createTestDatabase('over');
  await query(db, 'CREATE TABLE old (id int)');
  const t0 = Date.now();
  const r = await deploy(makeProject({ 'deploy.sql': 'CREATE TABLE fresh (id int);' }), db, [
    '--overwrite',
    '--force',
  ]);
  expect(r.code).toBe(0);
  expect(Date.now() - t0).toBeLessThan(4500);
  expect(r.stderr).toContain(`--force: dropping and recreating "${db}"`);
  expect(r.stderr).toContain(`Recreated database "${db}"`);
  expect(await tableExists(db, 'old')).toBe(false);
  expect(await tableExists(db, 'fresh')).toBe(true);
  await dropTestDatabase(db);
});

it('core#26: --overwrite without --force and a silent open stdin: exit 12 at once, database untouched', async () => {
  const db = await createTestDatabase('deny');
  await query(db, 'CREATE TABLE keep (id int)');
  const t0 = Date.now();
  const r = await deploy(
    makeProject({ 'deploy.sql': 'SELECT 1;' }),
    db,
    ['--overwrite', '--timeout', '30s'],
    { keepStdinOpen: true },
  );
  expect(r.code).toBe(12);
  expect(Date.now() - t0).toBeLessThan(10000);
  expect(r.stderr).toContain('--force');
  expect(r.stderr).toContain('not one');
  expect(await tableExists(db, 'keep')).toBe(true);
  await dropTestDatabase(db);
});

it('core#27: --overwrite without --force of a missing database creates it without asking', async () => {
  const db = uniqueDbName('overNew');
  const r = await deploy(makeProject({ 'deploy.sql': 'SELECT 1;' }), db, ['--overwrite']);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('does not exist; creating');
  await dropTestDatabase(db);
});

it('core#29 (decisions.md 7): --overwrite keeps encoding, locale, owner, connection limit, settings, comment and grants', async () => {
  const db = uniqueDbName('keepProps');
  const owner = await makeRole('owner');
  const reader = await makeRole('reader');
  await withClient(async (c) => {
    await c.query(
      `CREATE DATABASE ${ident(db)} TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' OWNER ${ident(owner.name)} CONNECTION LIMIT 42`,
    );
    await c.query(`ALTER DATABASE ${ident(db)} SET statement_timeout = '7s'`);
    await c.query(`ALTER DATABASE ${ident(db)} SET search_path = "$user", public, extra`);
    await c.query(`COMMENT ON DATABASE ${ident(db)} IS 'keep me'`);
    await c.query(`REVOKE CONNECT ON DATABASE ${ident(db)} FROM PUBLIC`);
    await c.query(`GRANT CONNECT ON DATABASE ${ident(db)} TO ${ident(reader.name)}`);
  });
  const props = `SELECT pg_encoding_to_char(d.encoding) enc, d.datcollate, d.datctype, pg_get_userbyid(d.datdba) owner,
      d.datconnlimit, shobj_description(d.oid, 'pg_database') comment,
      (SELECT setconfig FROM pg_db_role_setting s WHERE s.setdatabase = d.oid AND s.setrole = 0) settings,
      has_database_privilege($2, d.oid, 'CONNECT') reader_can, has_database_privilege('public', d.oid, 'CONNECT') public_can,
      d.oid
    FROM pg_database d WHERE datname = $1`;
  const before = await query(db === '' ? 'postgres' : 'postgres', props, [db, reader.name]);
  await query(db, 'CREATE TABLE gone (id int)');
  const r = await deploy(makeProject({ 'deploy.sql': 'SELECT 1;' }), db, [
    '--overwrite',
    '--force',
  ]);
  expect(r.code).toBe(0);
  const after = await query('postgres', props, [db, reader.name]);
  expect(after[0].oid).not.toBe(before[0].oid);
  const { oid: _a, ...a } = after[0];
  const { oid: _b, ...b } = before[0];
  expect(a).toEqual(b);
  expect(a).toMatchObject({
    enc: 'LATIN1',
    datcollate: 'C',
    owner: owner.name,
    datconnlimit: 42,
    comment: 'keep me',
    reader_can: true,
    public_can: false,
  });
  expect(a.settings).toEqual(
    expect.arrayContaining(['statement_timeout=7s', 'search_path="$user", public, extra']),
  );
  expect(await tableExists(db, 'gone')).toBe(false);
  await dropTestDatabase(db);
  await withClient((c) =>
    c.query(`DROP ROLE ${ident(owner.name)}; DROP ROLE ${ident(reader.name)}`),
  );
});

it('core#30: a failed deploy into a missing database leaves it created, without the head objects', async () => {
  const db = uniqueDbName('failNew');
  const r = await deploy(
    makeProject({ 'deploy.sql': 'BEGIN;\nCREATE TABLE half (id int);\nSELECT 1/0;\nCOMMIT;\n' }),
    db,
  );
  expect(r.code).toBe(13);
  expect(await databaseExists(db)).toBe(true);
  expect(await tableExists(db, 'half')).toBe(false);
  await dropTestDatabase(db);
});

it('core#31: a create failure other than a race is its own message, not a concurrent deploy', async () => {
  const role = await makeRole('nocreate');
  const { host, port } = connectionParts();
  const db = uniqueDbName('nope');
  const r = await runPgmi(
    [
      'deploy',
      makeProject({ 'deploy.sql': 'SELECT 1;' }),
      '--connection',
      `postgresql://${role.name}@${host}:${port}/postgres`,
      '-d',
      db,
    ],
    {
      env: { PGPASSWORD: role.password },
    },
  );
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`failed to create database "${db}"`);
  expect(r.stderr).toContain('permission denied to create database');
  expect(r.stderr).not.toContain('concurrent');
  await withClient((c) => c.query(`DROP ROLE ${ident(role.name)}`));
});

it('core#32: a drop failure is reported once', async () => {
  const db = await createTestDatabase('notMine');
  const role = await makeRole('createdb', 'CREATEDB');
  const { host, port } = connectionParts();
  const r = await runPgmi(
    [
      'deploy',
      makeProject({ 'deploy.sql': 'SELECT 1;' }),
      '--connection',
      `postgresql://${role.name}@${host}:${port}/postgres`,
      '-d',
      db,
      '--overwrite',
      '--force',
    ],
    {
      env: { PGPASSWORD: role.password },
    },
  );
  expect(r.code).toBe(1);
  expect(r.stderr.split(`failed to drop database "${db}"`).length - 1).toBe(1);
  expect(await databaseExists(db)).toBe(true);
  await dropTestDatabase(db);
  await withClient((c) => c.query(`DROP ROLE ${ident(role.name)}`));
});

describe('connection failures (exit 11)', () => {
  it('core#33: nothing listening → connection refused with a pg_isready hint, after retries', async () => {
    const l = await recordingListener();
    const port = l.port;
    await l.close();
    const t0 = Date.now();
    const r = await runPgmi([
      'deploy',
      makeProject({ 'deploy.sql': 'SELECT 1;' }),
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'u',
      '-d',
      'x',
    ]);
    expect(r.code).toBe(11);
    expect(r.stderr).toContain(`connection refused to 127.0.0.1:${port}`);
    expect(r.stderr).toContain('pg_isready');
    // 1 attempt + 3 retries with ~100/200/400 ms backoff.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(600);
  });

  it('core#34: a wrong password is reported once, with SQLSTATE 28P01 in --json, and never shown', async () => {
    const db = await createTestDatabase('pw');
    const r = await runPgmi(
      ['deploy', makeProject({ 'deploy.sql': 'SELECT 1;' }), ...conn.args, '-d', db, '--json'],
      {
        env: { PGPASSWORD: 'definitely-Wrong-Secret' },
      },
    );
    expect(r.code).toBe(11);
    const doc = JSON.parse(r.stdout);
    expect(doc.sqlstate).toBe('28P01');
    expect(doc.error).toContain('password authentication failed for user');
    expect(r.stdout + r.stderr).not.toContain('definitely-Wrong-Secret');
    await dropTestDatabase(db);
  });

  it('core#35: a listener that never answers and --timeout 1s → 11, not 16', async () => {
    const l = await recordingListener('silent');
    const r = await runPgmi([
      'deploy',
      makeProject({ 'deploy.sql': 'SELECT 1;' }),
      '-h',
      '127.0.0.1',
      '-p',
      String(l.port),
      '-U',
      'u',
      '-d',
      'x',
      '--timeout',
      '1s',
    ]);
    await l.close();
    expect(r.code).toBe(11);
  });
});

tools.describe('core#28: confirming --overwrite at a real terminal', () => {
  // util-linux `script` gives the CLI a pseudo-terminal for stdin and stdout, as a person at a
  // terminal would have; what we write to script's stdin is what is "typed".
  const atTerminal = (db: string, typed: string | undefined) => {
    const project = makeProject({ 'deploy.sql': 'CREATE TABLE after_confirm (id int);' });
    const { host, port, user } = connectionParts();
    const cmd = [
      process.execPath,
      'dist/cli/index.js',
      'deploy',
      project,
      '-h',
      host,
      '-p',
      String(port),
      '-U',
      user,
      '-d',
      db,
      '--overwrite',
    ];
    const quoted = cmd.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    return runNodeScript(quoted, typed, conn.env.PGPASSWORD);
  };

  it('typing another name is exit 12 and nothing is dropped', async () => {
    const db = await createTestDatabase('tty');
    await query(db, 'CREATE TABLE keep (id int)');
    const r = await atTerminal(db, 'not-the-name\n');
    expect(r.output).toContain(
      `WARNING: about to DROP and RECREATE database "${db}". This deletes all data.`,
    );
    expect(r.output).toContain('Type the database name to confirm: ');
    expect(r.output).toContain(`"not-the-name" does not match "${db}". Cancelled.`);
    expect(r.code).toBe(12);
    expect(await tableExists(db, 'keep')).toBe(true);
    await dropTestDatabase(db);
  });

  it('end of input is exit 12 with the --force advice', async () => {
    const db = await createTestDatabase('tty');
    const r = await atTerminal(db, '\u0004');
    expect(r.output).toContain(
      'No input available. Use --force to bypass confirmation in non-interactive mode.',
    );
    expect(r.code).toBe(12);
    await dropTestDatabase(db);
  });

  it('typing the name confirms, and the database is recreated', async () => {
    const db = await createTestDatabase('tty');
    await query(db, 'CREATE TABLE gone (id int)');
    const r = await atTerminal(db, `${db}\n`);
    expect(r.output).toContain('Confirmed.');
    expect(r.code).toBe(0);
    expect(await tableExists(db, 'gone')).toBe(false);
    expect(await tableExists(db, 'after_confirm')).toBe(true);
    await dropTestDatabase(db);
  });
});

/** Runs a shell command line under `script` (a pseudo-terminal), typing `typed` once it asks. */
function runNodeScript(
  commandLine: string,
  typed: string | undefined,
  password: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const env = cleanEnv({ PGPASSWORD: password, CI: undefined, PGMI_NO_BANNER: '1' });
    const child = spawn('script', ['-qefc', commandLine, '/dev/null'], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let sent = false;
    const onData = (d: Buffer) => {
      output += d.toString('utf8');
      if (!sent && typed !== undefined && output.includes('Type the database name to confirm: ')) {
        sent = true;
        child.stdin.write(typed);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output: output.replace(/\r/g, '') });
    });
  });
}
