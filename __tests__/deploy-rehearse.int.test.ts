/**
 * gh-12: rehearsal (`--rehearse`) and the change report, through the built CLI, the Action bundle
 * and `pgmi serve`, against the real test server.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import pg from 'pg';
import { runAction } from './helpers/action';
import { CLI, cleanEnv, connFlags, runPgmi } from './helpers/cli';
import {
  connectionParts,
  createTestDatabase,
  databaseExists,
  dropTestDatabase,
  query,
  uniqueDbName,
  urlFor,
  withClient,
} from './helpers/db';
import { startEmbeddedServer, type EmbeddedServer } from './helpers/embedded';
import { makeProject, removeProjects } from './helpers/project';

const conn = connFlags();
const pgmi = (project: string, db: string, extra: string[] = []) =>
  runPgmi(['deploy', project, ...conn.args, '-d', db, ...extra], { env: conn.env });
const databases: string[] = [];

afterAll(async () => {
  for (const db of databases) await dropTestDatabase(db);
  // The advanced template creates cluster-wide roles named after its database.
  await withClient(async (c) => {
    const roles = await c.query<{ r: string }>(
      "SELECT rolname AS r FROM pg_roles WHERE rolname LIKE 'tpl\\_advanced\\_%'",
    );
    for (const { r } of roles.rows) await c.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(r)}`);
  });
  removeProjects();
});

/** A database holding `public.widget(id int)`. */
async function widgetDb(prefix: string): Promise<string> {
  const db = await createTestDatabase(prefix);
  databases.push(db);
  await query(db, 'CREATE TABLE public.widget (id int)');
  return db;
}

/** The must-show project: head adds widget.label, gadget + index, f(integer) and a test; tail has a CIC. */
function widgetProject(opts: { fBody?: string; failingTest?: boolean } = {}): string {
  const body = opts.fBody ?? 'SELECT x + 1';
  return makeProject({
    'deploy.sql': `BEGIN;
ALTER TABLE widget ADD COLUMN IF NOT EXISTS label text;
CREATE TABLE IF NOT EXISTS gadget (id int, name text);
CREATE INDEX IF NOT EXISTS gadget_name_idx ON gadget (name);
CREATE OR REPLACE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS '${body}';
DO $$ BEGIN RAISE NOTICE 'rehearse=%', current_setting('pgmi.rehearse'); END $$;
CALL pgmi_test();
COMMIT;
-- built without blocking writes: only possible outside a transaction block
CREATE INDEX CONCURRENTLY IF NOT EXISTS widget_label_idx ON widget (label);
`,
    '__test__/test_f.sql': opts.failingTest
      ? "DO $$ BEGIN RAISE EXCEPTION 'f is not ready'; END $$;\n"
      : "DO $$ BEGIN IF f(1) <> 2 THEN RAISE EXCEPTION 'f(1) = %', f(1); END IF; END $$;\n",
  });
}

/** The catalog tables the issue names, as one digest (temporary schemas left out). */
async function fingerprint(db: string): Promise<string> {
  const rows = await query<{ h: string }>(
    db,
    `WITH rel AS (SELECT c.* FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname !~ '^pg_(toast_)?temp_')
     SELECT md5(concat_ws('|',
       (SELECT string_agg(concat_ws(',', oid, relname, relnamespace, relkind, relnatts), ';' ORDER BY oid) FROM rel),
       (SELECT string_agg(concat_ws(',', attrelid, attname, atttypid, attnum, attnotnull, attisdropped), ';' ORDER BY attrelid, attnum)
          FROM pg_attribute WHERE attrelid IN (SELECT oid FROM rel)),
       (SELECT string_agg(concat_ws(',', oid, proname, pronamespace, md5(prosrc)), ';' ORDER BY oid) FROM pg_proc),
       (SELECT string_agg(concat_ws(',', oid, conname, conrelid, contype), ';' ORDER BY oid) FROM pg_constraint),
       (SELECT string_agg(concat_ws(',', indexrelid, indrelid, indkey::text, indisvalid), ';' ORDER BY indexrelid)
          FROM pg_index WHERE indrelid IN (SELECT oid FROM rel)))) AS h`,
  );
  return rows[0].h;
}

interface Envelope {
  status: string;
  exitCode: number;
  changes?: Array<{ action: string; kind: string; name: string; detail?: string }>;
  changeCounts?: { created: number; altered: number; dropped: number };
  notRehearsed?: Array<{ unit: number; firstLine: string }>;
  error?: string;
  sqlstate?: string;
}

// Roles are cluster-wide: other test files create, alter and drop theirs while these deploys run,
// and the report sees them. No test here changes a role; role changes are left out.
const names = (e: Envelope) =>
  (e.changes ?? [])
    .filter((c) => c.kind !== 'role')
    .map((c) => `${c.action} ${c.kind} ${c.name}`)
    .sort();
// The counts, as the listed changes tally them (other files' roles included, if any).
const tally = (e: Envelope) => {
  const t = { created: 0, altered: 0, dropped: 0 };
  for (const c of e.changes ?? []) t[c.action as keyof typeof t]++;
  return t;
};

describe('gh-12: rehearsal and the change report (CLI)', () => {
  it('--rehearse --json: exit 0, status rehearsed, the four created objects, the tail listed, the catalog unchanged', async () => {
    const db = await widgetDb('reh');
    const project = widgetProject();
    const before = await fingerprint(db);
    const r = await pgmi(project, db, ['--rehearse', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Envelope;
    expect(out.status).toBe('rehearsed');
    expect(names(out)).toEqual([
      'created column public.widget.label',
      'created function public.f(integer)',
      'created index public.gadget_name_idx',
      'created table public.gadget',
    ]);
    expect(out.changeCounts).toEqual(tally(out));
    expect(out.notRehearsed).toEqual([
      {
        unit: 2,
        firstLine: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS widget_label_idx ON widget (label);',
      },
    ]);
    // deploy.sql saw the rehearsal, and its test ran for real.
    expect(r.stderr).toContain('rehearse=true');
    expect(r.stderr).toContain('./__test__/test_f.sql');
    expect(r.stderr).toContain('Not rehearsed: 1 tail unit(s)');
    expect(await fingerprint(db)).toBe(before);
    expect((await query(db, "SELECT to_regclass('public.gadget') AS t"))[0].t).toBeNull();
  });

  it('the real deploy reports the same plus the tail index; f body only → one altered function; no change → none', async () => {
    const db = await widgetDb('real');
    const first = await pgmi(widgetProject(), db, ['--json']);
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout) as Envelope;
    expect(out.status).toBe('success');
    expect(out.notRehearsed).toBeUndefined();
    expect(first.stderr).toContain('rehearse=false');
    expect(names(out)).toEqual([
      'created column public.widget.label',
      'created function public.f(integer)',
      'created index public.gadget_name_idx',
      'created index public.widget_label_idx',
      'created table public.gadget',
    ]);

    const second = await pgmi(widgetProject({ fBody: 'SELECT x + 0 + 1' }), db, ['--json']);
    expect(second.code).toBe(0);
    const altered = JSON.parse(second.stdout) as Envelope;
    expect(altered.changes?.filter((c) => c.kind !== 'role')).toEqual([
      { action: 'altered', kind: 'function', name: 'public.f(integer)', detail: 'body changed' },
    ]);
    expect(second.stderr).toContain('~ altered function public.f(integer) (body changed)');

    const third = await pgmi(widgetProject({ fBody: 'SELECT x + 0 + 1' }), db, ['--json']);
    expect(third.code).toBe(0);
    const none = JSON.parse(third.stdout) as Envelope;
    expect(names(none)).toEqual([]);
    expect(none.changeCounts).toEqual(tally(none));
    // Said as such, unless another file's role changed meanwhile (then only that is listed).
    if ((none.changes ?? []).length === 0) expect(third.stderr).toContain('Changes: none');
    else expect(third.stderr).toMatch(/Changes: \d+ created, \d+ altered, \d+ dropped/);
  });

  it('--no-change-report: no changes in the document', async () => {
    const db = await widgetDb('nocr');
    const r = await pgmi(widgetProject(), db, ['--json', '--no-change-report']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Envelope;
    expect(out.changes).toBeUndefined();
    expect(out.changeCounts).toBeUndefined();
    expect(r.stderr).not.toContain('Changes:');
  });

  it('a failing test in a rehearsal: exit 13 naming the test file, nothing committed', async () => {
    const db = await widgetDb('rehfail');
    const before = await fingerprint(db);
    const r = await pgmi(widgetProject({ failingTest: true }), db, ['--rehearse', '--json']);
    expect(r.code).toBe(13);
    const out = JSON.parse(r.stdout) as Envelope;
    expect(out.status).toBe('failed');
    expect(r.stderr).toContain('./__test__/test_f.sql');
    expect(r.stderr).toContain('f is not ready');
    expect(await fingerprint(db)).toBe(before);
  });

  it('a lock held on widget: exit 13 with 55P03 naming public.widget within --lock-timeout 2s + 3s', async () => {
    const db = await widgetDb('lock');
    const project = widgetProject();
    const holder = new pg.Client({ connectionString: urlFor(db) });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE public.widget IN ACCESS EXCLUSIVE MODE');
      // Timed from the moment deploy.sql starts (the progress line before it), so that the
      // process start-up and session load of a loaded test machine do not count against the bound.
      let executing = 0;
      const r = await runPgmi(
        ['deploy', project, ...conn.args, '-d', db, '--rehearse', '--lock-timeout', '2s', '--json'],
        {
          env: conn.env,
          onSpawn: (child) =>
            child.stderr?.on('data', (d: Buffer) => {
              if (!executing && d.toString().includes('Rehearsing deploy.sql'))
                executing = Date.now();
            }),
        },
      );
      const elapsed = Date.now() - executing;
      expect(r.code).toBe(13);
      const out = JSON.parse(r.stdout) as Envelope;
      expect(out.sqlstate).toBe('55P03');
      expect(out.error).toContain('lock timeout');
      expect(out.error).toContain('public.widget (AccessExclusiveLock');
      expect(executing).toBeGreaterThan(0);
      expect(elapsed).toBeLessThan(5000);
      expect(elapsed).toBeGreaterThanOrEqual(1900);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  });

  it('--rehearse on a missing database: exit 10, and the database still does not exist', async () => {
    const db = uniqueDbName('absent');
    const r = await pgmi(widgetProject(), db, ['--rehearse']);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain(`database "${db}" does not exist`);
    expect(r.stderr).toMatch(/never creates one/);
    expect(await databaseExists(db)).toBe(false);
  });

  it('--rehearse with --overwrite: exit 10 before anything connects', async () => {
    const db = await widgetDb('rehow');
    const before = await fingerprint(db);
    const r = await pgmi(widgetProject(), db, ['--rehearse', '--overwrite', '--force']);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('--rehearse cannot be combined with --overwrite');
    expect(await fingerprint(db)).toBe(before);
  });

  it('a statement that cannot run in a transaction block, in the head: named, with where it belongs', async () => {
    const db = await widgetDb('cic');
    const project = makeProject({
      'deploy.sql':
        'BEGIN;\nCREATE TABLE t (a int);\nCREATE INDEX CONCURRENTLY t_a ON t (a);\nCOMMIT;\n',
    });
    const r = await pgmi(project, db, ['--rehearse']);
    expect(r.code).toBe(13);
    expect(r.stderr).toContain('CREATE INDEX CONCURRENTLY cannot run inside a transaction block');
    expect(r.stderr).toContain('belong in the tail of deploy.sql');
    expect(r.stderr).toContain('deploy.sql line 3, column 1');
  });

  it('a head without BEGIN or terminator is still rolled back in a rehearsal', async () => {
    const db = await widgetDb('nobegin');
    const before = await fingerprint(db);
    const project = makeProject({
      'deploy.sql': 'CREATE TABLE loose (a int);\nCREATE VIEW v AS SELECT 1 AS x;\n',
    });
    const r = await pgmi(project, db, ['--rehearse', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Envelope;
    expect(names(out)).toEqual(['created table public.loose', 'created view public.v']);
    expect(await fingerprint(db)).toBe(before);
  });
});

describe('gh-12: the Action with rehearse: true', () => {
  it('outputs result=rehearsed, exit-code=0, objects-created=4; the database is unchanged', async () => {
    const db = await widgetDb('act');
    const project = widgetProject();
    const before = await fingerprint(db);
    const c = connectionParts();
    const r = await runAction({
      inputs: {
        host: c.host,
        port: String(c.port),
        username: c.user,
        password: c.password,
        database: db,
        'project-path': project,
        rehearse: 'true',
      },
    });
    expect(r.code).toBe(0);
    // Other files' role changes during the rehearsal count too (see names()); the log lists them.
    const roles = (action: string) =>
      (r.stdout.match(new RegExp(`${action} role `, 'g')) ?? []).length;
    expect(r.outputs).toMatchObject({
      'exit-code': '0',
      result: 'rehearsed',
      'objects-created': String(4 + roles('created')),
      'objects-altered': String(roles('altered')),
      'objects-dropped': String(roles('dropped')),
    });
    expect(r.stdout).toContain('+ created table public.gadget');
    expect(await fingerprint(db)).toBe(before);
  });

  it('a bad lock-timeout input: exit 10 naming the input, nothing touched', async () => {
    const db = await widgetDb('actbad');
    const c = connectionParts();
    const r = await runAction({
      inputs: {
        host: c.host,
        port: String(c.port),
        username: c.user,
        password: c.password,
        database: db,
        'project-path': widgetProject(),
        rehearse: 'true',
        'lock-timeout': 'soon',
      },
    });
    expect(r.outputs['exit-code']).toBe('10');
    expect(r.stdout).toContain('input "lock-timeout": invalid duration "soon"');
  });
});

describe('gh-12: the MCP deploy tool with rehearse: true', () => {
  let client: Client;
  beforeAll(async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI, 'serve'],
      env: cleanEnv({ PGPASSWORD: connectionParts().password }),
      stderr: 'pipe',
    });
    client = new Client({ name: 'pgmi-test', version: '1.0.0' });
    await client.connect(transport);
  }, 30000);
  afterAll(async () => {
    await client?.close();
  });

  it('returns the changes and leaves the database unchanged', async () => {
    const db = await widgetDb('mcp');
    const before = await fingerprint(db);
    const c = connectionParts();
    const r = (await client.callTool({
      name: 'deploy',
      arguments: {
        path: widgetProject(),
        host: c.host,
        port: c.port,
        username: c.user,
        database: db,
        rehearse: true,
      },
    })) as CallToolResult;
    expect(r.isError).toBeFalsy();
    const sc = r.structuredContent as unknown as Envelope;
    expect(sc.status).toBe('rehearsed');
    expect(names(sc)).toEqual([
      'created column public.widget.label',
      'created function public.f(integer)',
      'created index public.gadget_name_idx',
      'created table public.gadget',
    ]);
    expect(sc.notRehearsed).toHaveLength(1);
    expect(await fingerprint(db)).toBe(before);
  });
});

describe('gh-12: both templates rehearse cleanly', () => {
  const SECRETS = 'admin_password=a-1\napp_password=b-2\nreadonly_password=c-3\n';

  it.each(['basic', 'advanced'])(
    '%s: a rehearsal on an empty database exits 0 and leaves it as it was; after a deploy, a rehearsal reports no changes',
    async (template) => {
      const dir = makeProject({ 'secrets.env': SECRETS });
      const project = `${dir}/project`;
      const init = await runPgmi(['init', project, '-t', template]);
      expect(init.code).toBe(0);
      const params = template === 'advanced' ? ['--params-file', `${dir}/secrets.env`] : [];
      const db = await createTestDatabase(`tpl_${template}`);
      databases.push(db);
      const before = await fingerprint(db);

      const rehearsal = await pgmi(project, db, ['--rehearse', '--json', ...params]);
      expect(rehearsal.code).toBe(0);
      const out = JSON.parse(rehearsal.stdout) as Envelope;
      expect(out.status).toBe('rehearsed');
      expect(out.changeCounts?.created).toBeGreaterThan(3);
      expect(out.changes).toContainEqual(
        expect.objectContaining({ action: 'created', kind: 'table' }),
      );
      if (template === 'advanced') {
        expect(out.notRehearsed?.map((u) => u.firstLine)).toContainEqual(
          expect.stringContaining('CREATE INDEX CONCURRENTLY'),
        );
      }
      expect(await fingerprint(db)).toBe(before);

      const deployed = await pgmi(project, db, ['--json', ...params]);
      expect(deployed.code).toBe(0);
      const again = await pgmi(project, db, ['--rehearse', '--json', ...params]);
      expect(again.code).toBe(0);
      expect(names(JSON.parse(again.stdout) as Envelope)).toEqual([]);
    },
  );
});

describe('gh-12: the change report on PostgreSQL 11 (the oldest supported)', () => {
  let server: EmbeddedServer | undefined;
  beforeAll(async () => {
    server = await startEmbeddedServer({ major: 11 });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('a rehearsal reports the same four objects', async () => {
    const u = new URL((server as EmbeddedServer).url);
    const admin = new pg.Client({ connectionString: server?.url });
    await admin.connect();
    try {
      await admin.query('CREATE DATABASE w11');
    } finally {
      await admin.end();
    }
    u.pathname = '/w11';
    const c = new pg.Client({ connectionString: u.toString() });
    await c.connect();
    try {
      await c.query('CREATE TABLE public.widget (id int)');
    } finally {
      await c.end();
    }
    const r = await runPgmi(
      [
        'deploy',
        widgetProject(),
        '-h',
        u.hostname,
        '-p',
        u.port,
        '-U',
        'postgres',
        '-d',
        'w11',
      ].concat(['--rehearse', '--json']),
      { env: { PGPASSWORD: decodeURIComponent(u.password) } },
    );
    expect(r.stderr).not.toContain('no change report');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Envelope;
    expect(names(out)).toEqual([
      'created column public.widget.label',
      'created function public.f(integer)',
      'created index public.gadget_name_idx',
      'created table public.gadget',
    ]);
  });
});
