/**
 * `pgmi metadata plan | validate | scaffold` by spawning the built CLI on fixture projects
 * (conformance-cli C47–C56, decisions.md 15): --json output compared with whole expected
 * documents, exit codes, and scaffold --write output validated again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPgmi } from './helpers/cli';

const work = mkdtempSync(path.join(tmpdir(), 'pgmi-metadata-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function project(files: Record<string, string>): string {
  const root = path.join(work, `p${++n}`);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

/** MD5 of the `./`-prefixed path laid out as a UUID (project-files.md §3.6), computed here independently. */
function genericIdOf(p: string): string {
  const h = createHash('md5').update(p, 'utf8').digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function meta(
  id: string,
  keys: string[] | null,
  opts: { idempotent?: string; description?: string } = {},
) {
  const sortKeys =
    keys === null ? '' : `<sortKeys>${keys.map((k) => `<key>${k}</key>`).join('')}</sortKeys>`;
  const description =
    opts.description === undefined ? '' : `<description>${opts.description}</description>`;
  return `/*\n<pgmi-meta id="${id}" idempotent="${opts.idempotent ?? 'true'}">${description}${sortKeys}</pgmi-meta>\n*/\n`;
}

const ID = '550e8400-e29b-41d4-a716-446655440000';

describe('metadata validate', () => {
  it('cli#47: two files sharing an id: exit 1, and --json still prints the whole document', async () => {
    const p = project({
      'migrations/001.sql': meta(ID, ['001']) + 'SELECT 1;\n',
      'migrations/002.sql': meta(ID, ['002']) + 'SELECT 2;\n',
    });
    const json = await runPgmi(['metadata', 'validate', p, '--json']);
    expect(json.code).toBe(1);
    expect(json.stdout).toBe(
      JSON.stringify(
        {
          total_files: 2,
          files_with_metadata: 2,
          files_without_metadata: 0,
          validation_passed: false,
          duplicate_ids: [`${ID}: ./migrations/001.sql, ./migrations/002.sql`],
        },
        null,
        2,
      ) + '\n',
    );
    expect(json.stderr).toContain('pgmi: error: metadata validation failed');

    const human = await runPgmi(['metadata', 'validate', p]);
    expect(human.code).toBe(1);
    expect(human.stdout).toBe('');
    expect(human.stderr).toContain('Error: Duplicate IDs detected:');
    expect(human.stderr).toContain(`  ${ID}: ./migrations/001.sql, ./migrations/002.sql`);
  });

  it('a third file with the same id pairs it with the first path', async () => {
    const p = project({
      'a.sql': meta(ID, null) + 'SELECT 1;',
      'b.sql': meta(ID, null) + 'SELECT 2;',
      'c.sql': meta(ID, null) + 'SELECT 3;',
    });
    const r = await runPgmi(['metadata', 'validate', p, '--json']);
    expect(JSON.parse(r.stdout).duplicate_ids).toEqual([
      `${ID}: ./a.sql, ./b.sql`,
      `${ID}: ./a.sql, ./c.sql`,
    ]);
  });

  it('cli#48: a valid project passes, counting every scanned file', async () => {
    const p = project({
      'deploy.sql': 'SELECT 1;\n',
      'migrations/001.sql': meta(ID, ['001/000']) + 'SELECT 1;\n',
      'migrations/002.sql': 'SELECT 2;\n',
      '__test__/test_x.sql': 'SELECT 3;\n',
      'README.md': '# readme\n',
    });
    const r = await runPgmi(['metadata', 'validate', p, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      total_files: 4,
      files_with_metadata: 1,
      files_without_metadata: 3,
      validation_passed: true,
      duplicate_ids: [],
    });
    const human = await runPgmi(['metadata', 'validate', p]);
    expect(human.code).toBe(0);
    expect(human.stderr).toContain('Metadata validation passed.');
  });

  it('malformed metadata is a configuration error: exit 10', async () => {
    const p = project({
      'a.sql': `/*\n<pgmi-meta id="not-a-uuid" idempotent="true"></pgmi-meta>\n*/\nSELECT 1;`,
    });
    const r = await runPgmi(['metadata', 'validate', p, '--json']);
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('./a.sql');
  });
});

describe('metadata plan', () => {
  it('cli#49: files without metadata get their generic_id, their path as sort key, and path order', async () => {
    const p = project({ 'a/002_second.sql': 'SELECT 2;', 'b/001_first.sql': 'SELECT 1;' });
    const r = await runPgmi(['metadata', 'plan', p, '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      JSON.stringify(
        {
          total_files: 2,
          plan: ['./a/002_second.sql', './b/001_first.sql'].map((file) => ({
            path: file,
            id: genericIdOf(file),
            idempotent: true,
            sort_keys: [file],
            description: 'No metadata (fallback)',
          })),
        },
        null,
        2,
      ) + '\n',
    );
  });

  it('decisions.md 15: metadata without sort keys gives [] (never null); order is by smallest key, then path', async () => {
    const other = '11111111-1111-4111-8111-111111111111';
    const third = '22222222-2222-4222-8222-222222222222';
    const p = project({
      'x/late.sql':
        meta(other, ['900/000', '001/500'], { idempotent: 'false', description: ' spaced ' }) +
        'SELECT 1;',
      'x/nokeys.sql': meta(ID, null) + 'SELECT 2;',
      'y/early.sql': meta(third, ['001/100']) + 'SELECT 3;',
      'project.json': '{}',
      'pgmi.yaml': '',
      'README.md': '# r',
      'migrations/__test__/test_1.sql': 'SELECT 4;',
    });
    const r = await runPgmi(['metadata', 'plan', p, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      total_files: 3,
      plan: [
        { path: './x/nokeys.sql', id: ID, idempotent: true, sort_keys: [], description: '' },
        {
          path: './y/early.sql',
          id: third,
          idempotent: true,
          sort_keys: ['001/100'],
          description: '',
        },
        {
          path: './x/late.sql',
          id: other,
          idempotent: false,
          sort_keys: ['900/000', '001/500'],
          description: ' spaced ',
        },
      ],
    });
    expect(r.stdout).toContain('"sort_keys": []');
  });

  it('cli#50: only SQL files outside test directories are planned; an empty plan is []', async () => {
    const p = project({
      'project.json': '{}',
      'README.md': '# r',
      'migrations/001.sql': 'SELECT 1;',
      'migrations/__test__/test_1.sql': 'SELECT 1;',
    });
    const r = await runPgmi(['metadata', 'plan', p, '--json']);
    expect(JSON.parse(r.stdout).plan.map((e: { path: string }) => e.path)).toEqual([
      './migrations/001.sql',
    ]);
    const empty = await runPgmi(['metadata', 'plan', project({ 'notes.txt': 'x' }), '--json']);
    expect(JSON.parse(empty.stdout)).toEqual({ total_files: 0, plan: [] });
  });

  it('human output goes to stderr, with the summary and the sort keys', async () => {
    const p = project({
      'a.sql': meta(ID, ['001', '002'], { description: 'Two\n   lines' }) + 'SELECT 1;',
    });
    const r = await runPgmi(['metadata', 'plan', p]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Metadata Summary (1 files):');
    expect(r.stderr).toContain(
      `1. ./a.sql\n   ID: ${ID}\n   Description: Two lines\n   Idempotent: true\n   Sort Keys: [001 002]`,
    );
  });
});

describe('metadata scaffold', () => {
  const FILE = 'CREATE TABLE t1(id int);';
  const others = {
    'project.json': '{"name": "x"}\n',
    'pgmi.yaml': 'timeout: 1m\n',
    'README.md': '# readme\n',
    'migrations/__test__/test_1.sql': 'SELECT 1;\n',
  };

  it('cli#51: preview only: the file is unchanged, stderr lists it with its generic_id', async () => {
    const p = project({ 'migrations/001.sql': FILE, ...others });
    const r = await runPgmi(['metadata', 'scaffold', p]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `./migrations/001.sql\n  ID: ${genericIdOf('./migrations/001.sql')} (fallback)\n  Idempotent: true\n`,
    );
    expect(r.stderr).toContain('Preview only: nothing was written.');
    expect(readFileSync(path.join(p, 'migrations/001.sql'), 'utf8')).toBe(FILE);
  });

  it('cli#52 cli#54: --write prepends the block, keeps the rest byte for byte, and validate and plan agree', async () => {
    const p = project({ 'migrations/001.sql': FILE, ...others });
    const r = await runPgmi(['metadata', 'scaffold', p, '--write']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Written to file');
    expect(r.stderr).toContain('Generated metadata for 1 file(s).');
    const id = genericIdOf('./migrations/001.sql');
    expect(readFileSync(path.join(p, 'migrations/001.sql'), 'utf8')).toBe(
      '/*\n<pgmi-meta\n' +
        `    id="${id}"\n` +
        '    idempotent="true">\n' +
        '  <description>\n    Auto-generated metadata for 001.sql\n  </description>\n' +
        '  <sortKeys>\n    <key>generated/001.sql</key>\n  </sortKeys>\n' +
        '</pgmi-meta>\n*/\n\n' +
        FILE,
    );
    for (const [rel, content] of Object.entries(others))
      expect(readFileSync(path.join(p, rel), 'utf8')).toBe(content);

    const validate = await runPgmi(['metadata', 'validate', p, '--json']);
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({
      validation_passed: true,
      files_with_metadata: 1,
    });

    // decisions.md 15: the scaffolded id is the generic_id, so the script keeps its identity.
    const plan = await runPgmi(['metadata', 'plan', p, '--json']);
    expect(JSON.parse(plan.stdout).plan).toEqual([
      {
        path: './migrations/001.sql',
        id,
        idempotent: true,
        sort_keys: ['generated/001.sql'],
        description: '\n    Auto-generated metadata for 001.sql\n  ',
      },
    ]);

    const again = await runPgmi(['metadata', 'scaffold', p, '--write']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('All SQL files already have metadata.');
  });

  it('cli#53: --idempotent=false --write writes idempotent="false"', async () => {
    const p = project({ 'migrations/001.sql': FILE });
    const r = await runPgmi(['metadata', 'scaffold', p, '--idempotent=false', '--write']);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(p, 'migrations/001.sql'), 'utf8')).toContain(
      'idempotent="false">',
    );
    const bad = await runPgmi(['metadata', 'scaffold', p, '--idempotent=maybe']);
    expect(bad.code).toBe(2);
  });

  it('a byte-order mark stays first', async () => {
    const p = project({ 'a.sql': '\uFEFFSELECT 1;' });
    expect((await runPgmi(['metadata', 'scaffold', p, '--write'])).code).toBe(0);
    const bytes = readFileSync(path.join(p, 'a.sql'));
    expect([...bytes.subarray(0, 5)]).toEqual([0xef, 0xbb, 0xbf, 0x2f, 0x2a]);
    expect(bytes.toString('utf8').endsWith('\n\nSELECT 1;')).toBe(true);
  });

  it('cli#55: every SQL file already has metadata', async () => {
    const p = project({ 'a.sql': meta(ID, ['1']) + 'SELECT 1;', 'notes.md': 'x' });
    const r = await runPgmi(['metadata', 'scaffold', p]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('All SQL files already have metadata.');
  });
});

describe('metadata arguments', () => {
  it.each(['scaffold', 'validate', 'plan'])(
    'cli#56: metadata %s: no path, two paths: exit 2; a missing path: exit 10',
    async (sub) => {
      const none = await runPgmi(['metadata', sub]);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('missing required argument: <project_path>');
      expect(none.stderr).toContain('Usage:');
      expect(none.stderr).toContain('Example:');
      const two = await runPgmi(['metadata', sub, 'a', 'b']);
      expect(two.code).toBe(2);
      expect(two.stderr).toContain('accepts 1 arg(s), received 2');
      const missing = await runPgmi(['metadata', sub, path.join(work, 'nope')]);
      expect(missing.code).toBe(10);
      expect(missing.stderr).toContain('does not exist');
    },
  );

  it('cli#129: `pgmi metadata` and an unknown subcommand show the help on stdout, exit 0', async () => {
    for (const args of [['metadata'], ['metadata', 'bogus']]) {
      const r = await runPgmi(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: pgmi metadata');
      expect(r.stdout).toContain('scaffold');
    }
  });

  it('-v adds [VERBOSE] lines on stderr', async () => {
    const p = project({ 'a.sql': 'SELECT 1;' });
    const r = await runPgmi(['-v', 'metadata', 'scaffold', p]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`[VERBOSE] Project path: ${p}`);
  });
});
