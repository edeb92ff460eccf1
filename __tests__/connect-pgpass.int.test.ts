/**
 * The password file for real: a file with comments, escapes and wildcards supplies the
 * password for both the target and the maintenance database; a group/world-readable file is
 * ignored with libpq's warning.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { resolveConnection } from '../src/connect/resolve';
import {
  ConnectionError,
  errorChain,
  errorDetail,
  exitCodeFor,
  formatError,
} from '../src/engine/errors';
import { connectionParts, createTestDatabase, dropTestDatabase, withClient } from './helpers/db';

const server = connectionParts();
const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-pgpass-'));
const role = `pgpass_${Date.now().toString(36)}`;
// `:` and `\` must be escaped in the file.
const password = 'pa:ss\\word';
let db: string;

beforeAll(async () => {
  db = await createTestDatabase('pgpass');
  await withClient((c) =>
    c.query(`CREATE ROLE ${role} LOGIN PASSWORD ${pg.escapeLiteral(password)}`),
  );
});
afterAll(async () => {
  await dropTestDatabase(db);
  await withClient((c) => c.query(`DROP ROLE IF EXISTS ${role}`));
});

function passfile(name: string, lines: string[], mode = 0o600): string {
  const file = path.join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  chmodSync(file, mode);
  return file;
}

function resolve(file: string, onWarning?: (w: string) => void, onSecret?: (s: string) => void) {
  return resolveConnection(
    { host: '127.0.0.1', port: server.port, username: role, database: db },
    { env: { HOME: dir, USER: 'nobody', PGPASSFILE: file }, onWarning, onSecret },
  );
}

describe('.pgpass', () => {
  it('supplies the password: first match wins, escapes and wildcards, target and maintenance db', async () => {
    const file = passfile('good', [
      '# comments and non-matching lines first',
      `other\\:host:${server.port}:*:${role}:not-this`,
      `127.0.0.1:${server.port + 1}:*:${role}:wrong-port`,
      `127.0.0.1:${server.port}:*:${role}:pa\\:ss\\\\word`,
      `*:*:*:*:too-late`,
    ]);
    const secrets: string[] = [];
    const warnings: string[] = [];
    const r = resolve(
      file,
      (w) => warnings.push(w),
      (s) => secrets.push(s),
    );
    for (const database of [r.database, r.maintenanceDatabase]) {
      const { client, server: info } = await r.provider.connect({ database });
      expect(info.user).toBe(role);
      expect(info.database).toBe(database);
      await client.end();
    }
    expect(secrets).toContain(password);
    expect(warnings).toEqual([]);
  });

  it("a group/world-readable file is ignored with libpq's warning, and the failure says what to do", async () => {
    const file = passfile('loose', [`*:*:*:${role}:pa\\:ss\\\\word`], 0o644);
    const warnings: string[] = [];
    const r = resolve(file, (w) => warnings.push(w));
    let e: unknown;
    await r.provider.connect({ database: r.database }).catch((x) => (e = x));
    expect(warnings).toEqual([
      `WARNING: password file "${file}" has group or world access; permissions should be u=rw (0600) or less`,
    ]);
    expect(e).toBeInstanceOf(ConnectionError);
    expect(exitCodeFor(e)).toBe(11);
    expect((e as Error).message).toBe(
      `the server asks for a password for user "${role}" and none was supplied`,
    );
  });

  it('a wrong password from the file fails with 28P01 and never shows the password', async () => {
    const canary = 'Canary-Pgpass-2718';
    const file = passfile('wrong', [`*:*:*:${role}:${canary}`]);
    const r = resolve(file);
    let e: unknown;
    await r.provider.connect({ database: r.database }).catch((x) => (e = x));
    expect(errorDetail(e).sqlstate).toBe('28P01');
    const raw = errorChain(e)
      .map((x) => String((x as Error).message))
      .join('\n');
    expect(raw + JSON.stringify(errorDetail(e)) + formatError(e)).not.toContain(canary);
  });
});
