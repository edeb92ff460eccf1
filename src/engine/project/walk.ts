/**
 * The project walk (project-files.md §1.2–1.3): depth-first, entries of each directory in byte
 * order of their names (Go `filepath.WalkDir` order, which decides which bad file is reported
 * first), symbolic links never followed.
 *
 * Skipped, never read: any hidden segment (`.git/`, `.env`), `node_modules`, `__pycache__`, the
 * root `deploy.sql` (any case), and whatever the root `.pgmiignore` (gitignore syntax) excludes.
 * Skipped directories are not even opened, so an unreadable `.git` cannot fail a scan.
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { sep } from 'node:path';
import { ConfigError, messageOf } from '../errors';
import { firstInvalidUtf8, goQuote } from './go-text';

export type WalkEntry =
  | { kind: 'file'; rel: string; abs: string }
  /** The walk stopped here; the error is reported unless an earlier file fails first. */
  | { kind: 'error'; error: ConfigError };

/** `true` to exclude a project-relative path (`a/b.sql`; directories are passed with `dir`). */
export type IgnorePredicate = (rel: string, dir: boolean) => boolean;

const EXCLUDE_HINT =
  'To exclude it from the scan, add its path to .pgmiignore at the project root (gitignore syntax).';

/**
 * An OS error without the absolute path Node appends (`EACCES: permission denied, open '/abs/x'`
 * → `EACCES: permission denied`), so a message names the file once, in its `./` form.
 */
export function osReason(err: unknown): string {
  return messageOf(err).replace(/, \w+ '[^]*'$/, '');
}

function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || name === '__pycache__';
}

/**
 * A name as raw bytes for display: valid UTF-8 decoded, every invalid byte as `\xNN` (how Go's
 * `%q` shows it), so the message names the file the user has to rename.
 */
function showBytes(raw: Buffer): string {
  let out = '';
  let rest = raw;
  for (;;) {
    const bad = firstInvalidUtf8(rest);
    if (bad < 0) return out + rest.toString('utf8');
    out += rest.subarray(0, bad).toString('utf8') + '\\x' + rest[bad].toString(16).padStart(2, '0');
    rest = rest.subarray(bad + 1);
  }
}

/** Names the session would store differently from the scanner (project-files.md §1.5 quirk). */
function badNameError(rel: string): ConfigError | undefined {
  const path = `./${rel}`;
  if (rel.includes('\\')) {
    return new ConfigError(
      `invalid configuration: file name ${goQuote(path)} contains a backslash, which the session reads as a directory separator; rename the file`,
      { hints: [EXCLUDE_HINT], failedFile: path },
    );
  }
  if (rel.endsWith(' ')) {
    return new ConfigError(
      `invalid configuration: file name ${goQuote(path)} ends with a space, which the session trims away; rename the file`,
      { hints: [EXCLUDE_HINT], failedFile: path },
    );
  }
  return undefined;
}

/**
 * Lists the files to read, in walk order. Stops at the first entry that cannot be scanned (a
 * symlink, a special file, an unreadable directory, a bad name) and returns it as the last entry.
 */
export async function walkProject(root: string, isIgnored: IgnorePredicate): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];

  const visit = async (dirAbs: string, dirRel: string): Promise<boolean> => {
    // Names as bytes: a name that is not UTF-8 would otherwise come back with U+FFFD in place of
    // its bad bytes, and opening that (different) name fails as "no such file".
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(dirAbs, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      const shown = dirRel === '' ? 'the project directory' : `directory ./${dirRel}`;
      out.push({
        kind: 'error',
        error: new ConfigError(`failed to read ${shown}: ${osReason(err)}`, {
          cause: err,
          ...(dirRel === '' ? {} : { failedFile: `./${dirRel}` }),
        }),
      });
      return false;
    }
    // Byte order of the names is Go's order (and code point order for valid UTF-8).
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    // Paths to open, as the directory's plus the name: path.join would normalise each of them
    // again (a few microseconds apiece, thousands of files); only the kernel reads them.
    const prefix = dirAbs.endsWith(sep) ? dirAbs : dirAbs + sep;

    for (const entry of entries) {
      const raw = entry.name;
      const name = raw.toString('utf8');
      if (skipped(name)) continue;
      const rel = dirRel === '' ? name : `${dirRel}/${name}`;
      const isDir = entry.isDirectory();
      if (dirRel === '' && !isDir && name.toLowerCase() === 'deploy.sql') continue;
      if (isIgnored(rel, isDir)) continue;
      const abs = prefix + name;
      const path = `./${rel}`;

      if (firstInvalidUtf8(raw) >= 0) {
        const shown = `./${dirRel === '' ? '' : `${dirRel}/`}${showBytes(raw)}`;
        out.push({
          kind: 'error',
          error: new ConfigError(
            `invalid configuration: ${isDir ? 'directory' : 'file'} name ${shown} is not valid UTF-8; pgmi stores paths as text — rename it`,
            { hints: [EXCLUDE_HINT], failedFile: shown },
          ),
        });
        return false;
      }
      if (entry.isSymbolicLink()) {
        out.push({
          kind: 'error',
          error: new ConfigError(
            `refusing to read symlink ${path}: pgmi does not follow symbolic links`,
            {
              hints: [
                'Replace the link with the file it points to, or move it into a hidden directory. ' +
                  EXCLUDE_HINT,
              ],
              failedFile: path,
            },
          ),
        });
        return false;
      }
      if (isDir) {
        if (!(await visit(abs, rel))) return false;
        continue;
      }
      if (!entry.isFile()) {
        out.push({
          kind: 'error',
          error: new ConfigError(`${path} is not a regular file (a socket, FIFO or device)`, {
            hints: [EXCLUDE_HINT],
            failedFile: path,
          }),
        });
        return false;
      }
      const bad = badNameError(rel);
      if (bad) {
        out.push({ kind: 'error', error: bad });
        return false;
      }
      out.push({ kind: 'file', rel, abs });
    }
    return true;
  };

  await visit(root, '');
  return out;
}
