/**
 * Reading one project file (project-files.md §1.4), checks in upstream's order: size cap, BOM
 * removal, dunder directories, NUL bytes, UTF-8, then `<pgmi-meta>` for non-test SQL files.
 *
 * Binary and non-UTF-8 files are configuration errors (exit 10, decisions.md 14) whose message
 * offers the way out: exclude the path in `.pgmiignore`.
 */
// The global `performance` is a lazy accessor in Node 20: about a microsecond per read while the
// code is cold, twice per file of a 5000-file scan. The module's binding is a plain value.
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import { ConfigError, PgmiError } from '../errors';
import { PgmiDigester, rawChecksum } from './checksum';
import { firstInvalidUtf8, goQuote, stripBom } from './go-text';
import { SPLIT_MIN_BYTES, statementByteEnds } from '../preprocess/statements';
import { decodeMetadata, findMetadataBlock, metadataParserLoaded } from './metadata';
import { depthOf, isSqlPath, isTestPath } from './sql-files';
import type { ProjectFile, ScriptMetadata } from './types';
import { osReason } from './walk';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/**
 * From this size a deferred scan leaves the SHA-256 of the bytes to `completePgmiChecksums` as
 * well, which hashes them in the same slices as the normalised text, while connecting: on a
 * 20 MiB file that is about 50 ms taken off the time before the first connection attempt. Small
 * files are hashed as they are read (one call each; slicing them would cost more).
 */
export const DEFER_RAW_FROM = 1024 * 1024;

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
  return new ConfigError(
    `file ${path} is ${size} bytes, larger than the ${cap}-byte limit for project files`,
    {
      hints: [`Raise the limit with PGMI_MAX_FILE_SIZE=<bytes>; ${EXCLUDE}.`],
      failedFile: path,
    },
  );
}

/**
 * Small files are read straight into a shared slab of this size and kept as views of it: no
 * buffer of their own, no copy. A file that does not fit what is left of the slab (room for less
 * than `MIN_ROOM` bytes) starts a new one; at most `MIN_ROOM` bytes of a slab go unused.
 */
const SLAB_SIZE = 1024 * 1024;
const MIN_ROOM = 64 * 1024;

/** Opening never waits: a FIFO swapped in after the walk reads as empty instead of blocking. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads at most `cap + 1` bytes, so a file that grew after it was measured is still caught.
 *
 * Synchronous on purpose: a small file is three system calls (open, one read into the reader's
 * slab, close), each a few microseconds; sending each through the thread pool and a promise
 * costs more than the reading (about twice the CPU time over 5000 files), and nothing else runs
 * while the project is scanned. A short read of a regular file means end of file (the
 * assumption Node's own `readFile` makes). A file that fills the room it was given is read on
 * into a buffer of its size, never copied again.
 */
function readCapped(abs: string, path: string, cap: number, reader: FileReader): Buffer {
  const fd = fs.openSync(abs, OPEN_FLAGS);
  try {
    if (reader.slab.length - reader.slabAt < MIN_ROOM) {
      reader.slab = Buffer.allocUnsafeSlow(SLAB_SIZE);
      reader.slabAt = 0;
    }
    const { slab, slabAt } = reader;
    const first = Math.min(slab.length - slabAt, cap + 1);
    const n = fs.readSync(fd, slab, slabAt, first, null);
    if (n < first) {
      reader.slabAt = slabAt + n;
      return slab.subarray(slabAt, slabAt + n);
    }
    const { size } = fs.fstatSync(fd);
    if (size > cap || n > cap) throw tooLarge(path, Math.max(size, n), cap);
    let buf = Buffer.allocUnsafe(Math.max(size, n) + 1);
    slab.copy(buf, 0, slabAt, slabAt + n);
    let total = n;
    for (;;) {
      if (total === buf.length) {
        const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, cap + 1));
        buf.copy(grown);
        buf = grown;
      }
      const want = buf.length - total;
      const got = fs.readSync(fd, buf, total, want, null);
      total += got;
      if (total > cap) throw tooLarge(path, total, cap);
      if (got < want) return buf.subarray(0, total);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** The first `__x__` directory other than `__test__`/`__tests__`, checking every segment. */
function badDunder(path: string): string | undefined {
  if (!path.includes('/__')) return undefined;
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

/**
 * A scanned file: its bytes are kept once, and `content` is decoded from them on demand (only
 * error reporting asks for it), so a large project is not held twice, as bytes and as a string.
 */
class ScannedFile implements ProjectFile {
  metadata?: ScriptMetadata;
  /** A `<pgmi-meta>` block still to decode (the XML parser was not loaded yet; see `readAll`). */
  pendingMetadata?: string;
  statementEnds?: number[];
  statementEndsPending?: boolean;
  constructor(
    readonly path: string,
    readonly bytes: Buffer,
    /** Empty until computed for a large file whose checksums the scan defers. */
    public checksum: string,
    /** Empty until computed when the scan defers it (see `ScanOptions.deferPgmiChecksum`). */
    public pgmiChecksum: string,
    readonly isTest: boolean,
    readonly isSql: boolean,
  ) {}

  get sizeBytes(): number {
    return this.bytes.length;
  }

  get content(): string {
    return this.bytes.toString('utf8');
  }

  toJSON(): Omit<ProjectFile, 'bytes'> {
    return {
      path: this.path,
      content: this.content,
      sizeBytes: this.sizeBytes,
      checksum: this.checksum,
      pgmiChecksum: this.pgmiChecksum,
      isTest: this.isTest,
      isSql: this.isSql,
      ...(this.metadata ? { metadata: this.metadata } : {}),
    };
  }
}

/**
 * Per-reader state: the slab small files are read into (see `readCapped`) and the streaming
 * checksum's buffer (used synchronously, so readers may share one).
 */
export interface FileReader {
  slab: Buffer;
  /** Where the next file goes in `slab`; what is before it belongs to files already read. */
  slabAt: number;
  digester: PgmiDigester;
  /**
   * False skips both checksums (left empty) and the statement split, for callers that only count
   * and check files.
   */
  checksums: boolean;
  /**
   * Leave `pgmiChecksum` empty, and `checksum` too for files larger than `DEFER_RAW_FROM`, for
   * `completePgmiChecksums` to fill in later.
   */
  deferPgmiChecksum?: boolean;
  /** Milliseconds spent on checksums so far. */
  checksumMs: number;
}

export const newFileReader = (
  checksums = true,
  digester: PgmiDigester = new PgmiDigester(),
): FileReader => ({
  slab: Buffer.alloc(0),
  slabAt: 0,
  digester,
  checksums,
  checksumMs: 0,
});

/** Reads, checks and describes one scanned file. `rel` is project-relative with `/`. */
export function readProjectFile(
  abs: string,
  rel: string,
  cap: number,
  reader: FileReader = newFileReader(),
): ProjectFile & { pendingMetadata?: string } {
  const path = `./${rel}`;
  let raw: Buffer;
  try {
    raw = readCapped(abs, path, cap, reader);
  } catch (err) {
    if (err instanceof PgmiError) throw err;
    throw new ConfigError(`failed to read ${path}: ${osReason(err)}`, {
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
  const depth = depthOf(path);
  if (!isTest && depth > MAX_DEPTH) {
    // The session table rejects these at load time; say so before connecting.
    throw new ConfigError(
      `invalid configuration: ${path} is nested ${depth} directories deep; pgmi loads files at most ${MAX_DEPTH} directories below the project root`,
      { failedFile: path },
    );
  }
  let checksum = '';
  let normalized = '';
  if (reader.checksums) {
    const started = performance.now();
    if (!reader.deferPgmiChecksum || bytes.length < DEFER_RAW_FROM) checksum = rawChecksum(bytes);
    if (!reader.deferPgmiChecksum) normalized = reader.digester.digest(bytes);
    reader.checksumMs += performance.now() - started;
  }
  const file = new ScannedFile(path, bytes, checksum, normalized, isTest, isSql);
  if (isSql && !isTest) {
    const block = findMetadataBlock(path, bytes);
    if (block !== undefined) {
      // Decoded here once the parser is loaded; the first block of a scan is left to the caller,
      // which loads the parser (asynchronously) and decodes it before reading the next file.
      if (metadataParserLoaded()) file.metadata = decodeMetadata(path, block);
      else file.pendingMetadata = block;
    }
    // Only a deploy runs files; callers that skip checksums (`pgmi info`) skip this too.
    if (reader.checksums && bytes.length >= SPLIT_MIN_BYTES) {
      if (reader.deferPgmiChecksum) {
        file.statementEndsPending = true;
      } else {
        const ends = statementByteEnds(bytes);
        if (ends) file.statementEnds = ends;
      }
    }
  }
  return file;
}
