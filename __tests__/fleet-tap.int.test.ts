/**
 * gh-14: `--tap` in a fleet is one TAP 14 stream, one point per target in list order, each with
 * its own deploy's points as a subtest; read back by node-tap's own parser in strict mode. Also
 * what `pgmi report merge --tap` writes from the shards' JSON.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Parser, type FinalResults } from 'tap-parser';
import { connFlags, runPgmi } from './helpers/cli';
import { query, withClient } from './helpers/db';
import { MIGRATE_AND_TEST, makeProject, removeProjects } from './helpers/project';

const conn = connFlags();
const suffix = Date.now().toString(36);
const TARGETS = ['a', 'b', 'c'].map((x) => `ftap_${suffix}_${x}`);
const out = mkdtempSync(path.join(tmpdir(), 'pgmi-fleet-tap-'));

const project = () =>
  makeProject({
    'deploy.sql': MIGRATE_AND_TEST,
    'migrations/001.sql': 'CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n',
    '__test__/test_count.sql':
      "DO $$ BEGIN IF (SELECT count(*) FROM t) <> 1 THEN RAISE EXCEPTION 'count'; END IF; END $$;",
    '__test__/test_shape.sql': 'SELECT id FROM t;',
  });

async function reset(): Promise<void> {
  await withClient(async (c) => {
    for (const db of TARGETS) {
      await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db)} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${pg.escapeIdentifier(db)}`);
    }
  });
  // The second target already has the table: its migration fails.
  await query(TARGETS[1], 'CREATE TABLE t (id int)');
}

afterAll(async () => {
  removeProjects();
  await withClient(async (c) => {
    for (const db of TARGETS)
      await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db)} WITH (FORCE)`);
  });
});

function parseTap(tap: string): Promise<FinalResults> {
  return new Promise((resolve) => {
    const p = new Parser({ strict: true }, resolve);
    p.end(tap);
  });
}

/** The indented lines of one target's subtest, unindented. */
function subtest(tap: string, name: string): string {
  const lines = tap.split('\n');
  const start = lines.indexOf(`# Subtest: ${name}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const body: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('    ')) break;
    body.push(l.slice(4));
  }
  return `TAP version 14\n${body.join('\n')}\n`;
}

const fleet = (args: string[]) =>
  runPgmi(['deploy', project(), '--targets', TARGETS.join(','), ...args, ...conn.args], {
    env: conn.env,
  });

describe('--tap in a fleet', () => {
  it('to a file: a point per target, the failing one with its file and SQLSTATE, each target`s tests as a subtest', async () => {
    await reset();
    const file = path.join(out, 'fleet.tap');
    const r = await fleet(['--parallel', '1', '--continue-on-error', '--tap', file]);
    expect(r.code).toBe(13);
    const tap = readFileSync(file, 'utf8');
    const res = await parseTap(tap);
    expect(res).toMatchObject({ ok: false, count: 3, pass: 2, fail: 1 });
    expect(res.plan).toMatchObject({ start: 1, end: 3 });
    expect(res.failures.map((f) => f.name)).toEqual([TARGETS[1]]);
    expect(res.failures[0].diag).toMatchObject({
      sqlstate: '42P07',
      file: './migrations/001.sql',
      exit_code: 13,
    });
    // The deployed targets: both tests passed, inside their own subtest.
    for (const db of [TARGETS[0], TARGETS[2]]) {
      const sub = await parseTap(subtest(tap, db));
      expect([db, sub]).toEqual([db, expect.objectContaining({ ok: true, count: 2, pass: 2 })]);
    }
    // The failed one: its own stream ends with a not-ok deploy.sql point.
    const failed = await parseTap(subtest(tap, TARGETS[1]));
    expect(failed).toMatchObject({ ok: false, fail: 1 });
    expect(failed.failures[0].name).toBe('deploy.sql');
  });

  it('to stderr after the per-target lines; a target never started is a SKIP point', async () => {
    await reset();
    const r = await fleet(['--parallel', '1', '--tap']);
    expect(r.code).toBe(13);
    expect(r.stdout).toBe('');
    const at = r.stderr.indexOf('TAP version 14');
    expect(at).toBeGreaterThan(r.stderr.indexOf(`✗ ${TARGETS[1]}`));
    const tap = r.stderr.slice(
      at,
      r.stderr.lastIndexOf('\n', r.stderr.lastIndexOf('target(s):')) + 1,
    );
    const res = await parseTap(tap);
    expect(res).toMatchObject({ ok: false, count: 3, pass: 2, fail: 1, skip: 1 });
    expect(tap).toContain(`ok 3 - ${TARGETS[2]} # SKIP not started`);
  });

  it('pgmi report merge --tap writes the same stream from the JSON reports', async () => {
    await reset();
    const json = path.join(out, 'fleet.json');
    const direct = path.join(out, 'direct.tap');
    const r = await fleet(['--parallel', '1', '--continue-on-error', '--json', '--tap', direct]);
    writeFileSync(json, r.stdout);
    const merged = path.join(out, 'merged.tap');
    const m = await runPgmi(['report', 'merge', json, '--tap', merged]);
    expect(m.code).toBe(13);
    const strip = (s: string) => s.replace(/duration_ms: \d+/g, 'duration_ms: N');
    // The merged report has the data the JSON keeps; the per-target verdicts are identical.
    const a = await parseTap(readFileSync(direct, 'utf8'));
    const b = await parseTap(readFileSync(merged, 'utf8'));
    expect({ ok: b.ok, count: b.count, fail: b.fail }).toEqual({
      ok: a.ok,
      count: a.count,
      fail: a.fail,
    });
    expect(strip(readFileSync(merged, 'utf8'))).toContain(`not ok 2 - ${TARGETS[1]}`);
  });

  it('an unwritable --tap path: exit 10 before anything connects, one line naming the flag', async () => {
    await reset();
    const r = await fleet(['--tap', out]);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain(`--tap: cannot write ${JSON.stringify(out)}: it is a directory`);
    const rows = await query<{ n: string }>(
      TARGETS[0],
      "SELECT count(*)::text AS n FROM pg_class WHERE relname = 't'",
    );
    expect(rows[0].n).toBe('0');
  });
});
