/** Throwaway project directories built from a `{ path: content }` map. */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const created: string[] = [];

export function makeProject(files: Record<string, string | Buffer>, prefix = 'pgmi-proj-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

export function removeProjects(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** deploy.sql that EXECUTEs every SQL file under ./migrations/ in path order, then runs the tests. */
export const MIGRATE_AND_TEST = `BEGIN;
DO $$
DECLARE f record;
BEGIN
  FOR f IN SELECT path, content FROM pg_temp.pgmi_source_view
            WHERE directory = './migrations/' AND is_sql_file ORDER BY path LOOP
    EXECUTE f.content;
  END LOOP;
END $$;
CALL pgmi_test();
COMMIT;
`;

/** Same without a test gate. */
export const MIGRATE_ONLY = `BEGIN;
DO $$
DECLARE f record;
BEGIN
  FOR f IN SELECT path, content FROM pg_temp.pgmi_source_view
            WHERE directory = './migrations/' AND is_sql_file ORDER BY path LOOP
    EXECUTE f.content;
  END LOOP;
END $$;
COMMIT;
`;
