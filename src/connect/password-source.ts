/**
 * The password node-postgres sends when the server asks for one, decided per physical
 * connection: a fresh cloud token; else the configured password (connection string or
 * `PGPASSWORD`); else the password file, matched against the database being opened (target or
 * maintenance). The file is read only when a password is actually needed, as libpq does.
 */
import { ConnectionError } from '../engine/errors';
import { findPgpassPassword, readPgpassFile, type PgpassEntry } from './pgpass';
import type { ConnectionSettings } from './settings';

export interface PasswordHooks {
  onSecret: (secret: string) => void;
  onWarning?: (message: string) => void;
}

export function createPasswordSource(
  settings: ConnectionSettings,
  hooks: PasswordHooks,
  token?: () => Promise<string>,
): (database: string) => Promise<string> {
  let entries: PgpassEntry[] | undefined;
  return async (database) => {
    if (token) return token();
    if (settings.password) return settings.password;
    entries ??= readPgpassFile(settings.passfile, hooks.onWarning);
    const found = findPgpassPassword(entries, {
      host: settings.host,
      port: settings.port,
      database,
      user: settings.user,
    });
    if (found !== undefined) {
      hooks.onSecret(found);
      return found;
    }
    throw new ConnectionError(
      `the server asks for a password for user "${settings.user}" and none was supplied`,
      {
        hints: [
          `set $PGPASSWORD, put it in the connection string, or add a line to ${settings.passfile} (host:port:database:user:password)`,
        ],
      },
    );
  };
}
