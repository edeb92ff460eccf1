/**
 * conformance-core.md section A: command line and offline configuration. Every case is checked
 * before anything is dialled (a recording listener on the target port stays untouched).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runPgmi } from './helpers/cli';
import {
  createTestDatabase,
  databaseExists,
  dropTestDatabase,
  query,
  urlFor,
  uniqueDbName,
} from './helpers/db';
import { recordingListener, type RecordingListener } from './helpers/listener';
import { makeProject, removeProjects } from './helpers/project';

let listener: RecordingListener;
const ok = () => makeProject({ 'deploy.sql': 'SELECT 1;\n' });
const at = () => ['-h', '127.0.0.1', '-p', String(listener.port), '-U', 'u'];

beforeAll(async () => {
  listener = await recordingListener();
});
afterAll(async () => {
  await listener.close();
  removeProjects();
});
afterEach(() => {
  expect(listener.connections).toBe(0);
});

describe('usage errors (exit 2, no envelope)', () => {
  it('core#1: deploy without a path', async () => {
    const r = await runPgmi(['deploy']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing required argument: <project_path>');
    expect(r.stderr).toContain('Usage:');
    expect(r.stderr).toContain('Example:');
  });

  it('core#2: two paths, an unknown flag, an unknown command', async () => {
    const two = await runPgmi(['deploy', 'a', 'b', '--json']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('accepts 1 arg(s), received 2');
    expect(two.stdout).toBe('');
    const flag = await runPgmi(['deploy', '.', '--nope']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/usage error: .*--nope/);
    const cmd = await runPgmi(['frobnicate']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('frobnicate');
  });

  it('core#3: deploy --help prints help with the exit codes and deploys nothing', async () => {
    const r = await runPgmi(['deploy', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exit codes:');
    expect(r.stdout).toContain('--connection');
    expect(r.stdout).not.toContain('--password');
  });

  it('a non-integer --port or an unparsable --timeout is a usage error', async () => {
    expect((await runPgmi(['deploy', ok(), '-p', 'abc', '-d', 'x'])).code).toBe(2);
    expect((await runPgmi(['deploy', ok(), '--timeout', 'soon', '-d', 'x'])).code).toBe(2);
  });
});

describe('configuration errors (exit 10) and a missing deploy.sql (14)', () => {
  it('core#4: -h is the host, never help', async () => {
    const r = await runPgmi(['deploy', ok(), ...at(), '-d', 'app', '--timeout', '1s']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).not.toContain('Exit codes:');
    // This one does dial the listener (on purpose): it proves -h was read as a host.
    expect(listener.connections).toBeGreaterThan(0);
    listener.connections = 0;
  });

  it('core#5: no deploy.sql → 14 before any connection attempt', async () => {
    const r = await runPgmi([
      'deploy',
      makeProject({ 'a.sql': 'SELECT 1;' }),
      '-h',
      'nonexistent.invalid',
      '-d',
      'testdb',
      '-U',
      'u',
    ]);
    expect(r.code).toBe(14);
    expect(r.stderr).toContain('deploy.sql not found in');
    expect(r.stderr).toContain('pgmi init');
  });

  it('core#6: no database anywhere', async () => {
    const r = await runPgmi(['deploy', ok(), ...at()]);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('database name is required');
    expect(r.stderr).toContain('PGDATABASE');
  });

  it('core#7: --param without = and with an empty key', async () => {
    const a = await runPgmi(['deploy', ok(), ...at(), '-d', 'x', '--param', 'novalue']);
    expect(a.code).toBe(10);
    expect(a.stderr).toContain('invalid parameter format');
    const b = await runPgmi(['deploy', ok(), ...at(), '-d', 'x', '--param', '=x']);
    expect(b.code).toBe(10);
    expect(b.stderr).toContain('empty key');
  });

  it('core#8: params files that cannot be read or parsed', async () => {
    const a = await runPgmi([
      'deploy',
      ok(),
      ...at(),
      '-d',
      'x',
      '--params-file',
      '/nonexistent/params.env',
    ]);
    expect(a.code).toBe(10);
    expect(a.stderr).toContain('failed to read params file');
    const dir = ok();
    const bad = path.join(dir, 'bad.env');
    writeFileSync(bad, 'A=1\nNO_EQUALS_HERE\n');
    const b = await runPgmi(['deploy', dir, ...at(), '-d', 'x', '--params-file', bad]);
    expect(b.code).toBe(10);
    expect(b.stderr).toContain('failed to parse params file');
    expect(b.stderr).toContain('line 2');
  });

  it('core#9: unparsable pgmi.yaml and an unknown key', async () => {
    const a = await runPgmi([
      'deploy',
      makeProject({ 'deploy.sql': 'SELECT 1;', 'pgmi.yaml': 'connection:\n  host: [unclosed\n' }),
      ...at(),
      '-d',
      'x',
    ]);
    expect(a.code).toBe(10);
    expect(a.stderr).toContain('failed to load pgmi.yaml');
    const b = await runPgmi([
      'deploy',
      makeProject({ 'deploy.sql': 'SELECT 1;', 'pgmi.yaml': 'connection:\n  usernmae: x\n' }),
      ...at(),
      '-d',
      'x',
    ]);
    expect(b.code).toBe(10);
    expect(b.stderr).toContain('usernmae');
  });

  it('core#10: pgmi.yaml timeout is parsed only when --timeout is not given', async () => {
    const dir = makeProject({ 'deploy.sql': 'SELECT 1;', 'pgmi.yaml': 'timeout: banana\n' });
    const a = await runPgmi(['deploy', dir, ...at(), '-d', 'x']);
    expect(a.code).toBe(10);
    expect(a.stderr).toContain('invalid timeout in pgmi.yaml');
    const b = await runPgmi([
      'deploy',
      dir,
      '-h',
      'nonexistent.invalid',
      '-d',
      'x',
      '--timeout',
      '1m',
    ]);
    expect(b.stderr).not.toContain('invalid timeout');
    expect(b.code).toBe(11);
  });

  it('core#11: --sslmode bogus lists the six modes', async () => {
    const r = await runPgmi(['deploy', ok(), ...at(), '-d', 'x', '--sslmode', 'bogus']);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('disable, allow, prefer, require, verify-ca, verify-full');
  });

  it('core#12: a connection string with granular flags; -d is allowed', async () => {
    const a = await runPgmi([
      'deploy',
      ok(),
      '--connection',
      `postgresql://u@127.0.0.1:${listener.port}/postgres`,
      '--host',
      'x',
    ]);
    expect(a.code).toBe(10);
    expect(a.stderr).toContain('cannot specify both --connection and granular flags');
  });

  it('core#13: two cloud methods', async () => {
    const r = await runPgmi(['deploy', ok(), ...at(), '-d', 'x', '--azure', '--aws']);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('cannot use multiple cloud authentication methods');
  });

  it('core#14: an unrecognisable connection string', async () => {
    const r = await runPgmi([
      'deploy',
      ok(),
      '--connection',
      'invalid://bad:format:here',
      '-d',
      'app',
    ]);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('invalid connection string');
  });

  it('core#15: a negative --timeout', async () => {
    const r = await runPgmi(['deploy', ok(), ...at(), '-d', 'x', '--timeout', '-5s']);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('timeout cannot be negative');
  });

  it('core#16: a missing project path and a file as project path', async () => {
    const a = await runPgmi(['deploy', '/nonexistent/project', ...at(), '-d', 'x']);
    expect(a.code).toBe(10);
    expect(a.stderr).toContain('project path "/nonexistent/project" does not exist');
    const file = path.join(ok(), 'deploy.sql');
    const b = await runPgmi(['deploy', file, ...at(), '-d', 'x']);
    expect(b.code).toBe(10);
    expect(b.stderr).toContain('is a file; pass the project directory');
  });

  it('core#17: an unsupported dunder directory', async () => {
    const r = await runPgmi([
      'deploy',
      makeProject({ 'deploy.sql': 'SELECT 1;', '__fixtures__/x.sql': 'SELECT 1;' }),
      ...at(),
      '-d',
      'x',
    ]);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('unsupported directory "__fixtures__"');
  });

  it('core#18: duplicate <pgmi-meta> ids, listed with both paths', async () => {
    const meta =
      '/* <pgmi-meta id="550e8400-e29b-41d4-a716-446655440000" idempotent="true"></pgmi-meta> */\nSELECT 1;\n';
    const r = await runPgmi([
      'deploy',
      makeProject({
        'deploy.sql': 'SELECT 1;',
        'migrations/001.sql': meta,
        'migrations/002.sql': meta,
      }),
      ...at(),
      '-d',
      'x',
    ]);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('duplicate <pgmi-meta id>');
    expect(r.stderr).toContain(
      '550e8400-e29b-41d4-a716-446655440000: ./migrations/001.sql, ./migrations/002.sql',
    );
  });

  it('core#19: metadata without idempotent, and the old namespaced form', async () => {
    const a = await runPgmi([
      'deploy',
      makeProject({
        'deploy.sql': 'SELECT 1;',
        'm.sql': '/* <pgmi-meta id="550e8400-e29b-41d4-a716-446655440000"></pgmi-meta> */',
      }),
      ...at(),
      '-d',
      'x',
    ]);
    expect(a.code).toBe(10);
    expect(a.stderr).toContain('invalid PGMI metadata in ./m.sql');
    const b = await runPgmi([
      'deploy',
      makeProject({
        'deploy.sql': 'SELECT 1;',
        'm.sql': '/* <pgmi:meta xmlns:pgmi="x" id="550e8400-e29b-41d4-a716-446655440000"/> */',
      }),
      ...at(),
      '-d',
      'x',
    ]);
    expect(b.code).toBe(10);
    expect(b.stderr).toMatch(/old metadata format/i);
  });

  it('core#20 (decisions.md 14): a NUL byte is exit 10 naming the file, and .pgmiignore excludes it', async () => {
    const dir = makeProject({
      'deploy.sql': 'SELECT 1;',
      'data/blob.bin': Buffer.from('ok\0binary'),
    });
    const r = await runPgmi(['deploy', dir, ...at(), '-d', 'x']);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('./data/blob.bin');
    expect(r.stderr).toContain('NUL byte');
    expect(r.stderr).toContain('.pgmiignore');
  });

  it('core#22: --overwrite of the maintenance database or a template database', async () => {
    const a = await runPgmi(['deploy', ok(), ...at(), '-d', 'postgres', '--overwrite', '--force']);
    expect(a.code).toBe(10);
    expect(a.stderr).toContain('cannot overwrite maintenance database');
    const b = await runPgmi(['deploy', ok(), ...at(), '-d', 'TEMPLATE1', '--overwrite', '--force']);
    expect(b.code).toBe(10);
    expect(b.stderr).toContain('template');
  });

  it('--compat other than 1 is exit 10', async () => {
    const r = await runPgmi(['deploy', ok(), ...at(), '-d', 'x', '--compat', '2']);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('unsupported API version "2"; supported: [1]');
  });
});

describe('against the real server', () => {
  it('core#20: the same binary file under a hidden directory is ignored and the deploy proceeds', async () => {
    const db = await createTestDatabase('nul');
    const dir = makeProject({
      'deploy.sql': 'SELECT 1;',
      '.assets/blob.bin': Buffer.from('ok\0binary'),
    });
    const r = await runPgmi(['deploy', dir, '--connection', urlFor('postgres'), '-d', db]);
    expect(r.code).toBe(0);
    await dropTestDatabase(db);
  });

  it('core#21: --compat=99 --overwrite --force is rejected before the database is dropped', async () => {
    const db = await createTestDatabase('compat');
    await query(db, 'CREATE TABLE survivor (v int); INSERT INTO survivor VALUES (42);');
    const r = await runPgmi([
      'deploy',
      ok(),
      '--connection',
      urlFor('postgres'),
      '-d',
      db,
      '--compat=99',
      '--overwrite',
      '--force',
    ]);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('unsupported API version "99"; supported: [1]');
    expect(await query(db, 'SELECT v FROM survivor')).toEqual([{ v: 42 }]);
    await dropTestDatabase(db);
  });

  it('core#17/#18: no database is created when the scan fails', async () => {
    const db = uniqueDbName('scan');
    const r = await runPgmi([
      'deploy',
      makeProject({ 'deploy.sql': 'SELECT 1;', '__snapshots__/x.sql': '' }),
      '--connection',
      urlFor('postgres'),
      '-d',
      db,
    ]);
    expect(r.code).toBe(10);
    expect(await databaseExists(db)).toBe(false);
  });
});
