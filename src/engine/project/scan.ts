/**
 * Project scanning (project-files.md §1, session-api.md §5.1): path checks, the walk, reading and
 * checking every file, metadata, duplicate ids — all before any database work, so a bad project
 * never leaves a created database behind. Also `deploy.sql` itself, read separately.
 *
 * Files are read one after the other in walk order, so when several files are bad the first one
 * in walk order is the one reported, as with upstream's sequential walk.
 */
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigError, DeploySqlMissingError } from '../errors';
import { firstInvalidUtf8, stripBom } from './go-text';
import { checkDuplicateIds, decodeMetadata, loadMetadataParser } from './metadata';
import { maxFileSizeFrom, newFileReader, readProjectFile } from './read-file';
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
  /**
   * `false` skips both checksums (they are left empty): every check still runs, for callers
   * that only count and describe files (`pgmi info`). Default true.
   */
  checksums?: boolean;
  /**
   * Leave `pgmiChecksum` empty (and a large file's `checksum`, see `DEFER_RAW_FROM`): the caller
   * computes it with `completePgmiChecksums`, overlapping the work with connecting. It is a digest, not a check: nothing about the project can fail
   * there, so every offline check still happens here. Large SQL files are left
   * `statementEndsPending` as well, for `completeStatementEnds` (the upload overlaps that).
   */
  deferPgmiChecksum?: boolean;
}

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
    throw new ConfigError(`cannot access project path "${root}": ${osReason(err)}`, { cause: err });
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
    throw new ConfigError(`cannot access ${path}: ${osReason(err)}`, {
      cause: err,
      failedFile: 'deploy.sql',
    });
  }
  if (info.isDirectory()) {
    throw new ConfigError(`${path} is a directory, expected a regular file`, {
      failedFile: 'deploy.sql',
    });
  }
}

/**
 * The root `.pgmiignore` as a predicate; no file means nothing is excluded. The gitignore matcher
 * is loaded only for a project that has the file.
 */
async function loadIgnoreFile(root: string): Promise<IgnorePredicate> {
  let text: string;
  try {
    text = stripBom(readFileSync(join(root, '.pgmiignore'))).toString('utf8');
  } catch (err) {
    if (errno(err) === 'ENOENT') return () => false;
    throw new ConfigError(`invalid configuration: cannot read .pgmiignore: ${osReason(err)}`, {
      cause: err,
    });
  }
  const { default: ignore } = await import('ignore');
  const rules = ignore().add(text);
  return (rel, dir) => rules.ignores(dir ? `${rel}/` : rel);
}

/**
 * Reads the walked files in walk order; throws the first failure. The first `<pgmi-meta>` block
 * loads the XML parser, and the block is decoded before the next file is read, so its errors
 * keep their place in walk order.
 */
async function readAll(
  entries: WalkEntry[],
  cap: number,
  options: ScanOptions,
): Promise<{ files: ProjectFile[]; checksumMs: number }> {
  const reader = newFileReader(options.checksums ?? true);
  reader.deferPgmiChecksum = options.deferPgmiChecksum;
  const files: ProjectFile[] = [];
  for (const entry of entries) {
    if (entry.kind === 'error') throw entry.error;
    const file = readProjectFile(entry.abs, entry.rel, cap, reader);
    if (file.pendingMetadata !== undefined) {
      await loadMetadataParser();
      file.metadata = decodeMetadata(file.path, file.pendingMetadata);
      file.pendingMetadata = undefined;
    }
    files.push(file);
  }
  return { files, checksumMs: reader.checksumMs };
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
  const entries = await walkProject(root, await loadIgnoreFile(root));
  const { files, checksumMs } = await readAll(entries, cap, options);
  if (!options.allowDuplicateIds) checkDuplicateIds(files);
  return { root: resolve(root), files, checksumMs };
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
      throw new ConfigError(`${path} is a directory, expected a regular file`, {
        cause: err,
        failedFile: 'deploy.sql',
      });
    }
    throw new ConfigError(`failed to read deploy.sql: ${osReason(err)}`, {
      cause: err,
      failedFile: 'deploy.sql',
    });
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
