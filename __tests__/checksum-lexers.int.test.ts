/**
 * The checksums the bundled CLI stores in the session, computed by the WebAssembly lexer (the
 * default) and by the JavaScript one (what `node --jitless`, which has no WebAssembly, falls
 * back to), against the straightforward functions: small files, a file of many 64 KiB ranges,
 * one over the 1 MiB deferred-scan size and one whose dollar tag is too long for ranged lexing.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pgmiChecksumSimple, rawChecksum } from '../src/engine/project/checksum';
import { CLI, cleanEnv, connFlags, type RunResult } from './helpers/cli';
import { createTestDatabase, dropTestDatabase, query } from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';

const DEPLOY = `CREATE TABLE digests AS
  SELECT path, checksum, pgmi_checksum FROM pg_temp.pgmi_source_view;`;

function sqlOf(dir: string): Buffer {
  const out: Buffer[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) out.push(sqlOf(abs));
    else if (e.name.endsWith('.sql')) out.push(readFileSync(abs));
  }
  return Buffer.concat(out);
}

// The templates' SQL, without their metadata blocks (repeated, their ids would clash).
const corpus = Buffer.from(
  sqlOf(resolve('templates'))
    .toString('utf8')
    .replace(/<pgmi-meta/g, '<pgmi-notmeta'),
);
const tag = `$${'t'.repeat(100)}$`;
const files: Record<string, Buffer> = {
  'deploy.sql': Buffer.from(DEPLOY),
  'm/small.sql': Buffer.from('SELECT  \'A  b\',  "Q"  -- c\n/* d */ $x$ BODY  $x$;'),
  'm/ranges.sql': Buffer.concat(Array(Math.ceil(300_000 / corpus.length)).fill(corpus)),
  'm/deferred.txt': Buffer.concat(Array(Math.ceil(1_200_000 / corpus.length)).fill(corpus)),
  'm/long-tag.sql': Buffer.concat([
    Buffer.alloc(70_000, 'x'),
    Buffer.from(` ${tag} BODY  with   Spaces ${tag} END`),
  ]),
};

let project: string;
const dbs: string[] = [];
beforeAll(() => {
  project = makeProject(files, 'pgmi-lexers-');
});
afterAll(async () => {
  removeProjects();
  for (const db of dbs) await dropTestDatabase(db);
});

function deployWith(nodeArgs: string[], db: string): Promise<RunResult> {
  const { args, env } = connFlags();
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [...nodeArgs, CLI, 'deploy', project, ...args, '-d', db, '--no-change-report'],
      { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr });
    });
  });
}

it.each([
  ['WebAssembly lexer (default)', []],
  ['JavaScript lexer (node --jitless: no WebAssembly)', ['--jitless']],
])('%s: the stored checksums are the straightforward ones', async (_name, nodeArgs) => {
  const db = await createTestDatabase('lexers');
  dbs.push(db);
  const run = await deployWith(nodeArgs, db);
  expect([run.code, run.stderr]).toEqual([0, expect.any(String)]);
  const rows = await query<{ path: string; checksum: string; pgmi_checksum: string }>(
    db,
    'SELECT path, checksum, pgmi_checksum FROM digests ORDER BY path COLLATE "C"',
  );
  const expected = Object.entries(files)
    .filter(([path]) => path !== 'deploy.sql')
    .map(([path, bytes]) => ({
      path: `./${path}`,
      checksum: rawChecksum(bytes),
      pgmi_checksum: pgmiChecksumSimple(bytes),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  expect(rows).toEqual(expected);
});
