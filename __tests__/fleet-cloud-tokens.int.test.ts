/**
 * gh-14: cloud IAM tokens in a fleet are minted once per host and reused while valid. The REAL
 * @azure/identity (managed identity through an App Service endpoint) talks to a local fake
 * identity service that counts token requests; the issued token is the password of a test role
 * that owns the tenant databases, so every target that deploys proves the token reached the
 * server. Tokens close to expiry are never reused: a new one is minted.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runPgmi } from './helpers/cli';
import { connectionParts, query, withClient } from './helpers/db';
import { startFakeAzure, type FakeAzure } from './helpers/fake-azure';
import { makeProject, removeProjects } from './helpers/project';

const server = connectionParts();
const HOME = mkdtempSync(path.join(tmpdir(), 'pgmi-fleet-tokens-home-'));
const suffix = Date.now().toString(36);
const ROLE = `fleet_mi_${suffix}`;
const TOKEN = `eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.${randomBytes(24).toString('base64url')}.`;
const TARGETS = Array.from({ length: 6 }, (_, i) => `fltok_${suffix}_${i + 1}`);
let longLived: FakeAzure;
let shortLived: FakeAzure;

const project = () =>
  makeProject({ 'deploy.sql': 'CREATE TABLE IF NOT EXISTS tenant_marker (id int);\n' });

beforeAll(async () => {
  longLived = await startFakeAzure({ token: TOKEN, identityHeader: 'h' });
  // Expires within the reuse margin as soon as it is issued: never reused.
  shortLived = await startFakeAzure({ token: TOKEN, identityHeader: 'h', expiresIn: 30 });
  await withClient(async (c) => {
    await c.query(`CREATE ROLE ${ROLE} LOGIN PASSWORD ${pg.escapeLiteral(TOKEN)}`);
    for (const db of TARGETS) await c.query(`CREATE DATABASE ${db} OWNER ${ROLE}`);
  });
});

afterAll(async () => {
  removeProjects();
  await longLived?.close();
  await shortLived?.close();
  await withClient(async (c) => {
    for (const db of TARGETS) await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await c.query(`DROP ROLE IF EXISTS ${ROLE}`);
  });
});

const tokenRequests = (fake: FakeAzure) =>
  fake.requests.filter((q) => q.path === '/msi/token').length;

function azureFleet(fake: FakeAzure, targets: string[], parallel: number) {
  return runPgmi(
    [
      'deploy',
      project(),
      '-h',
      server.host,
      '-p',
      String(server.port),
      '-U',
      ROLE,
      '--azure',
      '--targets',
      targets.join(','),
      '--parallel',
      String(parallel),
      '--json',
    ],
    { env: { HOME, IDENTITY_ENDPOINT: `${fake.url}/msi/token`, IDENTITY_HEADER: 'h' } },
  );
}

describe('cloud IAM tokens in a fleet (real @azure/identity)', () => {
  it('six targets on one host, four at a time: one token request, every target deployed with it', async () => {
    const r = await azureFleet(longLived, TARGETS, 4);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { totals: Record<string, number> };
    expect(doc.totals).toEqual({ total: 6, succeeded: 6, failed: 0, skipped: 0 });
    expect(tokenRequests(longLived)).toBe(1);
    for (const db of TARGETS) {
      const rows = await query<{ owner: string }>(
        db,
        "SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'tenant_marker'",
      );
      expect([db, rows[0]?.owner]).toEqual([db, ROLE]);
    }
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('a token about to expire is not reused: each connection gets a freshly minted one', async () => {
    const targets = TARGETS.slice(0, 3);
    const r = await azureFleet(shortLived, targets, 1);
    expect(r.code).toBe(0);
    expect(tokenRequests(shortLived)).toBeGreaterThanOrEqual(targets.length);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });
});
