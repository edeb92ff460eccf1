/**
 * Inline PEM inputs become files, because the TLS layer (like libpq) takes paths: one private
 * directory per run under RUNNER_TEMP, files 0600 (a key readable by others is refused, as libpq
 * refuses it). The directory is recorded in the step's state so the post step removes it even
 * when the main step was killed; the main step also removes it when it ends.
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const STATE_TEMP_DIRS = 'pgmi-temp-dirs';
const PREFIX = 'pgmi-action-';

export interface TempFiles {
  /** Writes `content` to `<dir>/input-<name>.pem` (0600) and returns the path. */
  write(name: string, content: string): string;
  /** Removes everything written. Idempotent. */
  remove(): void;
}

/**
 * @param tempRoot RUNNER_TEMP (emptied by the runner after each job), else the OS temp dir.
 * @param record called with the directory once it exists (to save it in the step state).
 */
export function createTempFiles(
  tempRoot: string | undefined,
  record: (dirs: string[]) => void,
): TempFiles {
  let dir: string | undefined;
  return {
    write(name, content) {
      if (!dir) {
        // mkdtemp creates the directory 0700.
        dir = mkdtempSync(path.join(tempRoot || os.tmpdir(), PREFIX));
        record([dir]);
      }
      // Named after the input, so a message about the file says where its content came from.
      const file = path.join(dir, `input-${name}.pem`);
      writeFileSync(file, content.endsWith('\n') ? content : content + '\n', { mode: 0o600 });
      return file;
    },
    remove() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Removes the directories a main step recorded. Only pgmi's own temp directories are touched:
 * the state is ours, but a path that does not look like one is left alone rather than trusted.
 */
export function removeRecordedDirs(state: string): string[] {
  let dirs: unknown;
  try {
    dirs = JSON.parse(state || '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(dirs)) return [];
  const removed: string[] = [];
  for (const d of dirs) {
    if (typeof d !== 'string' || !path.isAbsolute(d) || !path.basename(d).startsWith(PREFIX)) {
      continue;
    }
    if (existsSync(d)) {
      rmSync(d, { recursive: true, force: true });
      removed.push(d);
    }
  }
  return removed;
}
