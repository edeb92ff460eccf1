/**
 * Project scanning (project-files.md §1, session-api.md §5.1): path checks, the walk, reading and
 * checking every file, metadata, duplicate ids — all before any database work, so a bad project
 * never leaves a created database behind. Also `deploy.sql` itself, read separately.
 *
 * Files are read concurrently (bounded) but reported in walk order, and when several files are
 * bad the first one in walk order is the one reported, as with upstream's sequential walk.
 */
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ignore from 'ignore';
import { ConfigError, DeploySqlMissingError, PgmiError } from '../errors';
import { firstInvalidUtf8, stripBom } from './go-text';
import { checkDuplicateIds } from './metadata';
import { SCRATCH_SIZE, maxFileSizeFrom, readProjectFile } from './read-file';
import type { ProjectFile, ScanResult } from './types';
import { osReason, walkProject, type IgnorePredicate, type WalkEntry } from './walk';

export interface ScanOptions {
  /** Fail unless `<root>/deploy.sql` exists (exit 14) and is a file. */
  requireDeploySql?: boolean;
  /** Per-file size cap in bytes; default `PGMI_MAX_FILE_SIZE` or 10 MiB. */
  maxFileSize?: number;
  /** Environment for `PGMI_MAX_FILE_SIZE`; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Leave duplicate metadata ids to the caller (`metadata validate` reports them itself). */
  allowDuplicateIds?: boolean;
}

/** Files read at once: enough to keep the thread pool busy, bounded for file descriptors. */
const READ_CONCURRENCY = 64;

const errno = (err: unknown) => (err as NodeJS.ErrnoException).code;

/** Messages print the path as the user gave it (no quoting that doubles Windows backslashes). */
async function checkProjectPath(root: string): Promise<void> {
  let info;
  try {
    info = await stat(root);
  } catch (err) {
    if (errno(err) === 'ENOENT' || errno(err) === 'ENOTDIR') {
      throw new ConfigError(`invalid configuration: project path "${root}" does not exist`, {
        cause: err,
      });
    }
    throw new PgmiError(`cannot access project path "${root}": ${osReason(err)}`, { cause: err });
  }
  if (!info.isDirectory()) {
    throw new ConfigError(`invalid configuration: "${root}" is a file; pass the project directory`);
  }
}

function deploySqlMissing(root: string, cause?: unknown): DeploySqlMissingError {
  return new DeploySqlMissingError(`deploy.sql not found in ${root}`, {
    cause,
    hints: [`expected: ${join(root, 'deploy.sql')} — run \`pgmi init\` to scaffold one`],
  });
}

async function checkDeploySql(root: string): Promise<void> {
  const path = join(root, 'deploy.sql');
  let info;
  try {
    info = await stat(path); // follows a symlinked deploy.sql, as reading it does
  } catch (err) {
    if (errno(err) === 'ENOENT') throw deploySqlMissing(root, err);
    throw new PgmiError(`cannot access ${path}: ${osReason(err)}`, { cause: err });
  }
  if (info.isDirectory()) throw new PgmiError(`${path} is a directory, expected a regular file`);
}

/** The root `.pgmiignore` as a predicate; no file means nothing is excluded. */
function loadIgnoreFile(root: string): IgnorePredicate {
  let text: string;
  try {
    text = stripBom(readFileSync(join(root, '.pgmiignore'))).toString('utf8');
  } catch (err) {
    if (errno(err) === 'ENOENT') return () => false;
    throw new ConfigError(`invalid configuration: cannot read .pgmiignore: ${osReason(err)}`, {
      cause: err,
    });
  }
  const rules = ignore().add(text);
  return (rel, dir) => rules.ignores(dir ? `${rel}/` : rel);
}

/** Reads the walked files with bounded concurrency; throws the first failure in walk order. */
async function readAll(entries: WalkEntry[], cap: number): Promise<ProjectFile[]> {
  const files = new Array<ProjectFile>(entries.length);
  const failures = new Map<number, unknown>();
  let firstFailure = Infinity;
  let next = 0;

  const worker = async () => {
    const scratch = Buffer.allocUnsafe(SCRATCH_SIZE);
    for (;;) {
      const i = next++;
      // Entries after a known failure cannot change which failure is reported.
      if (i >= entries.length || i > firstFailure) return;
      const entry = entries[i];
      try {
        if (entry.kind === 'error') throw entry.error;
        files[i] = await readProjectFile(entry.abs, entry.rel, cap, scratch);
      } catch (err) {
        failures.set(i, err);
        firstFailure = Math.min(firstFailure, i);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, entries.length) }, worker));
  if (firstFailure !== Infinity) throw failures.get(firstFailure);
  return files;
}

/**
 * Scans a project directory. Checks the path first (missing → exit 10, a file → exit 10, and with
 * `requireDeploySql` a missing `deploy.sql` → exit 14), then walks, reads and checks every file,
 * and rejects duplicate metadata ids. A project root that is itself a symlink to a directory is
 * accepted (upstream rejects it).
 */
export async function scanProject(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  await checkProjectPath(root);
  if (options.requireDeploySql) await checkDeploySql(root);
  const cap = options.maxFileSize ?? maxFileSizeFrom(options.env ?? process.env);
  const entries = await walkProject(root, loadIgnoreFile(root));
  const files = await readAll(entries, cap);
  if (!options.allowDuplicateIds) checkDuplicateIds(files);
  return { root: resolve(root), files };
}

/**
 * `<root>/deploy.sql` as text: BOM removed; invalid UTF-8 is a configuration error (checked
 * offline, decisions.md 2) giving the offset of the first bad byte in the file. A symlinked
 * deploy.sql is followed; there is no size cap and no NUL check (as upstream).
 */
export async function readDeploySql(root: string): Promise<string> {
  const path = join(root, 'deploy.sql');
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (err) {
    if (errno(err) === 'ENOENT') throw deploySqlMissing(root, err);
    if (errno(err) === 'EISDIR') {
      throw new PgmiError(`${path} is a directory, expected a regular file`, { cause: err });
    }
    throw new PgmiError(`failed to read deploy.sql: ${osReason(err)}`, { cause: err });
  }
  const invalid = firstInvalidUtf8(raw);
  if (invalid >= 0) {
    throw new ConfigError(
      `invalid configuration: deploy.sql is not valid UTF-8 (first invalid byte at offset ${invalid}); re-save the file as UTF-8 without BOM`,
      { failedFile: 'deploy.sql' },
    );
  }
  return stripBom(raw).toString('utf8');
}
