/**
 * Reading one project file (project-files.md §1.4), checks in upstream's order: size cap, BOM
 * removal, dunder directories, NUL bytes, UTF-8, then `<pgmi-meta>` for non-test SQL files.
 *
 * Binary and non-UTF-8 files are configuration errors (exit 10, decisions.md 14) whose message
 * offers the way out: exclude the path in `.pgmiignore`.
 */
import fs from 'node:fs';
import { promisify } from 'node:util';
import { ConfigError, PgmiError } from '../errors';
import { pgmiChecksum, rawChecksum } from './checksum';
import { firstInvalidUtf8, goQuote, stripBom } from './go-text';
import { parseMetadata } from './metadata';
import { isSqlPath, isTestPath, pathFields } from './sql-files';
import type { ProjectFile } from './types';
import { osReason } from './walk';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** Deepest directory level `_pgmi_source` accepts (its CHECK constraint). */
const MAX_DEPTH = 100;

/** `PGMI_MAX_FILE_SIZE` when it is a positive integer (Go `strconv.ParseInt`), else 10 MiB. */
export function maxFileSizeFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.PGMI_MAX_FILE_SIZE;
  if (raw === undefined || !/^[+-]?[0-9]+$/.test(raw)) return DEFAULT_MAX_FILE_SIZE;
  const value = Number(raw);
  return value > 0 && value <= Number.MAX_SAFE_INTEGER ? value : DEFAULT_MAX_FILE_SIZE;
}

const EXCLUDE = 'to exclude it, add its path to .pgmiignore at the project root (gitignore syntax)';

function tooLarge(path: string, size: number, cap: number): PgmiError {
  return new PgmiError(
    `file ${path} is ${size} bytes, larger than the ${cap}-byte limit for project files`,
    {
      hints: [`Raise the limit with PGMI_MAX_FILE_SIZE=<bytes>; ${EXCLUDE}.`],
      failedFile: path,
    },
  );
}

const readFd = promisify(fs.read);
const fstatFd = promisify(fs.fstat);

/** Bytes read per file in the first (usually only) read; one buffer per worker, reused. */
export const SCRATCH_SIZE = 64 * 1024;

/** The rest of a file whose first read filled the scratch buffer, still capped. */
async function readRest(
  fd: number,
  path: string,
  cap: number,
  scratch: Buffer,
  done: number,
): Promise<Buffer> {
  const { size } = await fstatFd(fd);
  if (size > cap || done > cap) throw tooLarge(path, Math.max(size, done), cap);
  let buf = Buffer.allocUnsafe(Math.max(size, done) + 1);
  scratch.copy(buf, 0, 0, done);
  let total = done;
  for (;;) {
    if (total === buf.length) {
      const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, cap + 1));
      buf.copy(grown);
      buf = grown;
    }
    const want = buf.length - total;
    const { bytesRead } = await readFd(fd, buf, total, want, null);
    total += bytesRead;
    if (total > cap) throw tooLarge(path, total, cap);
    if (bytesRead < want) return buf.subarray(0, total);
  }
}

/**
 * Reads at most `cap + 1` bytes, so a file that grew after it was measured is still caught.
 * A small file costs three calls — open, one read into the worker's scratch buffer, close — made
 * with the callback API under a single promise: with thousands of files, `FileHandle` and
 * per-call promises cost more than the reading. A short read of a regular file means end of file
 * (the assumption Node's own `readFile` makes).
 */
function readCapped(abs: string, path: string, cap: number, scratch: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    fs.open(abs, 'r', (openErr, fd) => {
      if (openErr) return reject(openErr);
      const finish = (err: unknown, buf?: Buffer) =>
        fs.close(fd, (closeErr) => {
          if (err || closeErr) reject(err ?? closeErr);
          else resolve(buf as Buffer);
        });
      const first = Math.min(scratch.length, cap + 1);
      fs.read(fd, scratch, 0, first, null, (readErr, n) => {
        if (readErr) return finish(readErr);
        if (n < first) return finish(null, Buffer.from(scratch.subarray(0, n)));
        readRest(fd, path, cap, scratch, n).then((buf) => finish(null, buf), finish);
      });
    });
  });
}

/** The first `__x__` directory other than `__test__`/`__tests__`, checking every segment. */
function badDunder(path: string): string | undefined {
  const segments = path.split('/');
  for (let i = 1; i < segments.length - 1; i++) {
    const s = segments[i];
    if (
      s.length > 4 &&
      s.startsWith('__') &&
      s.endsWith('__') &&
      s !== '__test__' &&
      s !== '__tests__'
    ) {
      return s;
    }
  }
  return undefined;
}

/** Reads, checks and describes one scanned file. `rel` is project-relative with `/`. */
export async function readProjectFile(
  abs: string,
  rel: string,
  cap: number,
  scratch: Buffer = Buffer.allocUnsafe(SCRATCH_SIZE),
): Promise<ProjectFile> {
  const path = `./${rel}`;
  let raw: Buffer;
  try {
    raw = await readCapped(abs, path, cap, scratch);
  } catch (err) {
    if (err instanceof PgmiError) throw err;
    throw new PgmiError(`failed to read ${path}: ${osReason(err)}`, {
      cause: err,
      failedFile: path,
    });
  }
  const bytes = stripBom(raw);

  const dunder = badDunder(path);
  if (dunder !== undefined) {
    throw new ConfigError(
      `invalid configuration: unsupported directory "${dunder}" in path ${goQuote(path)}; only __test__ and __tests__ are allowed`,
      { failedFile: path },
    );
  }
  // The way out is part of the message (not only a hint): JSON and Action consumers see messages.
  if (bytes.indexOf(0) >= 0) {
    throw new ConfigError(
      `invalid configuration: file ${path} contains a NUL byte; pgmi loads project files as text — ${EXCLUDE}, or move the file into a hidden directory or out of the project`,
      { failedFile: path },
    );
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const offset = invalid + raw.length - bytes.length;
    throw new ConfigError(
      `invalid configuration: file ${path} is not valid UTF-8 (first invalid byte at offset ${offset}); pgmi loads project files as text — re-save it as UTF-8, or ${EXCLUDE}`,
      { failedFile: path },
    );
  }

  const isTest = isTestPath(path);
  const isSql = isSqlPath(path);
  const depth = pathFields(path).depth;
  if (!isTest && depth > MAX_DEPTH) {
    // The session table rejects these at load time; say so before connecting.
    throw new ConfigError(
      `invalid configuration: ${path} is nested ${depth} directories deep; pgmi loads files at most ${MAX_DEPTH} directories below the project root`,
      { failedFile: path },
    );
  }
  const file: ProjectFile = {
    path,
    content: bytes.toString('utf8'),
    sizeBytes: bytes.length,
    checksum: rawChecksum(bytes),
    pgmiChecksum: pgmiChecksum(bytes),
    isTest,
    isSql,
  };
  if (isSql && !isTest) {
    const metadata = parseMetadata(path, bytes);
    if (metadata) file.metadata = metadata;
  }
  return file;
}
