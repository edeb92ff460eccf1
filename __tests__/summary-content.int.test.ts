/**
 * gh-11 items 11, 12, 14 and gh-13's rehearsal content, through the built Action bundle against
 * a real PostgreSQL, read as GitHub-flavoured Markdown renders it (marked):
 *   11  `__test__` paths render literally (never bold "test");
 *   12  a passing summary says what was deployed: target host and port, database, commit and
 *       ref from the CI, parameter names (never a secret value), units run in head and tail,
 *       deploy.sql's notices in a collapsed <details>;
 *   14  a connection failure's summary carries the same pg_isready hint as its annotation;
 * and a rehearsal's summary: the rehearsed result, the change table, the tail not rehearsed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commands, runAction } from './helpers/action';
import {
  connectionParts,
  createTestDatabase,
  dropTestDatabase,
  query,
  uniqueDbName,
} from './helpers/db';
import { gfmHtml, gfmTableRows, gfmText } from './helpers/gfm';

const SECRET = 'summary-secret-Xw47';
const created: string[] = [];

afterAll(async () => {
  for (const db of created) await dropTestDatabase(db);
});

function workspace(files: Record<string, string>): string {
  const ws = path.join(tmpdir(), uniqueDbName('pgmi-ws-summary'));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(ws, 'proj', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return ws;
}

const connection = (db: string) => {
  const c = connectionParts();
  return {
    host: c.host,
    port: String(c.port),
    username: c.user,
    password: c.password,
    database: db,
  };
};

const ciEnv = {
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_SERVER_URL: 'https://github.example',
  GITHUB_RUN_ID: '99',
  GITHUB_SHA: '1234567890abcdef1234567890abcdef12345678',
  GITHUB_REF: 'refs/heads/main',
};

describe('gh-11: the job summary says what happened, as GFM renders it', () => {
  it('a passing deploy: target, commit, ref, parameter names, units, notices; `__test__` literal', async () => {
    const db = uniqueDbName('summary_ok');
    created.push(db);
    const ws = workspace({
      'deploy.sql': `BEGIN;
DO $$ BEGIN RAISE NOTICE 'deploying to % with token %', current_setting('pgmi.env'), current_setting('pgmi.api_token'); END $$;
CREATE TABLE IF NOT EXISTS public.part (id int);
CALL pgmi_test();
COMMIT;
CREATE INDEX IF NOT EXISTS part_id ON public.part (id);
DO $$ BEGIN RAISE NOTICE 'tail done'; END $$;
`,
      '__test__/test_part.sql': 'DO $$ BEGIN PERFORM count(*) FROM public.part; END $$;\n',
    });
    const r = await runAction({
      workspace: ws,
      inputs: {
        ...connection(db),
        'project-path': 'proj',
        params: 'env=staging',
        'secret-params': `api_token=${SECRET}`,
      },
      env: ciEnv,
    });
    expect(r.code).toBe(0);
    const c = connectionParts();
    const text = gfmText(r.summary);
    expect(text).toContain('✅ pgmi deploy succeeded');
    expect(text).toContain(
      `target ${c.host}:${c.port} · project proj · commit 1234567890ab · ref refs/heads/main`,
    );
    expect(text).toContain('parameters: api_token, env (values not shown)');
    expect(text).toContain('units: 3 units executed — the head and 2 tail units');
    expect(text).toContain('View the run');
    // Notices: collapsed, literal, the secret redacted.
    // (the test runner's own notices come between the two of deploy.sql).
    expect(gfmHtml(r.summary)).toMatch(/<details><summary>deploy\.sql notices \(5\)<\/summary>/);
    expect(text).toContain('NOTICE: deploying to staging with token [redacted]\nNOTICE: [pgmi]');
    expect(text).toContain('NOTICE: [pgmi] Test: ./__test__/test_part.sql');
    expect(text).toContain('\nNOTICE: tail done\n');
    expect(r.summary).not.toContain(SECRET);
    expect(r.summary).not.toContain(c.password);
    // `__test__` is literal, nothing turns bold.
    expect(gfmHtml(r.summary)).not.toMatch(/<(strong|em)>/);
    expect(gfmTableRows(r.summary)).toContainEqual([
      './__test__/test_part.sql',
      '✅ passed',
      expect.stringMatching(/^\d+ ms$/),
    ]);
    // The change report: the table (head) and the index (tail).
    const rows = gfmTableRows(r.summary);
    expect(rows).toContainEqual(['➕ created', 'table', 'public.part', '']);
    expect(rows).toContainEqual(['➕ created', 'index', 'public.part_id', '']);
  });

  it('a connection failure: the same pg_isready hint as the annotation (gh-11 item 14)', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });
    const ws = workspace({ 'deploy.sql': 'SELECT 1;\n' });
    const r = await runAction({
      workspace: ws,
      inputs: {
        'project-path': 'proj',
        host: '127.0.0.1',
        port: String(closed),
        username: 'nobody',
        database: 'nothing',
      },
    });
    expect(r.outputs['exit-code']).toBe('11');
    const hint = `is PostgreSQL running and accepting connections there? check with: pg_isready -h 127.0.0.1 -p ${closed}`;
    const errors = commands(r.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(hint);
    expect(gfmText(r.summary)).toContain(`💡 ${hint}`);
    expect(gfmText(r.summary)).toContain(`target 127.0.0.1:${closed}`);
  });

  it('a rehearsal: the rehearsed result line, the change table, the tail not rehearsed', async () => {
    const db = await createTestDatabase('summary_rehearse');
    created.push(db);
    await query(db, 'CREATE TABLE public.widget (id int)');
    const ws = workspace({
      'deploy.sql': `BEGIN;
ALTER TABLE public.widget ADD COLUMN label text;
CREATE TABLE public.__gadget__ (id int);
CALL pgmi_test();
COMMIT;
CREATE INDEX CONCURRENTLY widget_label ON public.widget (label);
`,
      '__test__/test_gadget.sql': 'DO $$ BEGIN PERFORM count(*) FROM public.__gadget__; END $$;\n',
    });
    const r = await runAction({
      workspace: ws,
      inputs: { ...connection(db), 'project-path': 'proj', rehearse: 'true' },
      env: ciEnv,
    });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('rehearsed');
    const text = gfmText(r.summary);
    expect(r.summary.split('\n')[0]).toBe('## ✅ pgmi rehearsal passed (rolled back)');
    expect(text).toContain('units: the head ran and was rolled back; 1 tail unit not rehearsed');
    const rows = gfmTableRows(r.summary);
    // Roles are cluster-wide: another test file creating or dropping one while this rehearsal
    // runs is seen by the report too. Everything else is exactly the head's two objects.
    const changes = rows.filter((row) => /^(➕ created|✏️ altered|➖ dropped)$/.test(row[0]));
    const ours = changes.filter((row) => row[1] !== 'role');
    expect(ours).toEqual([
      ['➕ created', 'table', 'public.__gadget__', ''],
      ['➕ created', 'column', 'public.widget.label', 'text'],
    ]);
    const count = (action: string) => changes.filter((row) => row[0].endsWith(action)).length;
    expect(text).toContain(
      `${count('created')} created · ${count('altered')} altered · ${count('dropped')} dropped`,
    );
    expect(text).toContain(
      'unit 2: CREATE INDEX CONCURRENTLY widget_label ON public.widget (label);',
    );
    expect(gfmHtml(r.summary)).not.toMatch(/<(strong|em)>/);
    // Rolled back: the catalog is as before.
    expect(await query(db, "SELECT to_regclass('public.__gadget__') IS NULL AS gone")).toEqual([
      { gone: true },
    ]);
  });
});
