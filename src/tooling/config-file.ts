/**
 * Writing the `connection:` block of `<project>/pgmi.yaml` (project-files.md §4.5), as `pgmi
 * config` does. The file format has no password field, and this module never invents one.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { messageOf } from '../engine/errors';
import { CONNECTION_KEYS, parsePgmiYaml } from '../engine/project/config';
import type { PgmiYaml, PgmiYamlConnection } from '../engine/project/types';

/** Written even when empty, as upstream's wizard does. */
const ALWAYS = new Set<keyof PgmiYamlConnection>([
  'host',
  'port',
  'username',
  'database',
  'sslmode',
]);

const HEADER =
  '# pgmi project settings (written by `pgmi config`; edit freely).\n' +
  '# No password is stored here: pgmi reads it from PGPASSWORD, ~/.pgpass or a connection string.\n';

export type ExistingConfig =
  { state: 'absent' } | { state: 'ok'; config: PgmiYaml } | { state: 'invalid'; message: string };

export function pgmiYamlPath(projectDir: string): string {
  return join(projectDir, 'pgmi.yaml');
}

/** The project's pgmi.yaml as it stands: absent, parsed, or unparsable (with the reason). */
export function readExistingConfig(projectDir: string): ExistingConfig {
  const path = pgmiYamlPath(projectDir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' };
    return { state: 'invalid', message: messageOf(err) };
  }
  try {
    return { state: 'ok', config: parsePgmiYaml(text, path) };
  } catch (err) {
    return { state: 'invalid', message: messageOf(err) };
  }
}

/** pgmi.yaml text: the given connection, and the params and timeout of `keep`. */
export function renderPgmiYaml(connection: PgmiYamlConnection, keep: PgmiYaml = {}): string {
  const conn: Record<string, string | number> = {};
  for (const key of CONNECTION_KEYS) {
    const value = connection[key];
    if (value !== undefined && value !== '' && value !== 0) conn[key] = value;
    else if (ALWAYS.has(key)) conn[key] = key === 'port' ? 0 : '';
  }
  const doc = { connection: conn, params: keep.params ?? {}, timeout: keep.timeout ?? '' };
  return HEADER + dump(doc, { indent: 4, lineWidth: -1 });
}

/**
 * Replaces the connection block of `<projectDir>/pgmi.yaml`, keeping its params and timeout (an
 * unparsable file is replaced whole). Written atomically with mode 0600. Returns the path.
 */
export function saveConnection(projectDir: string, connection: PgmiYamlConnection): string {
  const path = pgmiYamlPath(projectDir);
  const existing = readExistingConfig(projectDir);
  const text = renderPgmiYaml(connection, existing.state === 'ok' ? existing.config : {});
  const tmp = `${path}.pgmi-tmp`;
  rmSync(tmp, { force: true });
  try {
    writeFileSync(tmp, text, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return path;
}
