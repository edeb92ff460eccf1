/**
 * Pointing a failure at the project file it came from (decisions.md 4). deploy.sql usually runs
 * project files with `EXECUTE content`; PostgreSQL then reports positions relative to the
 * executed text, not to deploy.sql:
 *
 * - syntax and parse-analysis errors carry `internalQuery` (the executed string, or the body of
 *   a function or DO block inside it) and `internalPosition` (1-based, in characters);
 * - runtime errors carry only the context (`where`), whose frames read, innermost first,
 *   `SQL statement "<executed text>"` — the whole string given to EXECUTE, so a multi-statement
 *   file names the file but not the statement; a statement executed on its own names both;
 * - a loop that re-raises (`RAISE EXCEPTION 'Failed in %: %', path, SQLERRM`, as the templates
 *   and the test runner do) keeps only the path, in the message.
 *
 * Runs once per failure, so plain searches suffice; exact contents are hashed first.
 */
import type { PgDiagnostics } from '../errors';
import { locateOffset, offsetOfPosition } from './locate';
import { locatePlpgsqlFrame } from './locate-plpgsql';

export interface ProjectFileLocation {
  /** The project path, e.g. `./migrations/001_users.sql`. */
  path: string;
  line?: number;
  column?: number;
  sourceLine?: string;
}

interface SourceFile {
  path: string;
  content: string;
}

const STATEMENT_OPEN = 'SQL statement "';
/** Upstream's failedFile rule: `Failed in ` and the longest non-blank run ending in `.sql`. */
const FAILED_IN = /Failed in (\S*\.sql)(?=[:\s]|$)/;

interface StatementText {
  /** Which `SQL statement` frame quotes it (0 = innermost). */
  frame: number;
  text: string;
  /** Where the frame starts in the context: frames before it are inner to it. */
  start: number;
}

/**
 * Texts quoted by `SQL statement "…"` frames, innermost first. PostgreSQL does not escape the
 * quoted text, so every `"` followed by a line break (or the end) is a possible close; the
 * spurious candidates simply match no file.
 */
function statementTexts(where: string | undefined): StatementText[] {
  if (!where) return [];
  const out: StatementText[] = [];
  let frame = 0;
  for (let s = where.indexOf(STATEMENT_OPEN); s >= 0; s = where.indexOf(STATEMENT_OPEN, s + 1)) {
    const from = s + STATEMENT_OPEN.length;
    for (let e = where.indexOf('"', from); e >= 0; e = where.indexOf('"', e + 1)) {
      if (e + 1 === where.length || where[e + 1] === '\n')
        out.push({ frame, text: where.slice(from, e), start: s });
    }
    frame++;
  }
  return out;
}

/** The only offset of `needle` in `hay`, or -1 when it is absent or ambiguous. */
function uniqueIndex(hay: string, needle: string): number {
  const first = hay.indexOf(needle);
  if (first < 0 || hay.indexOf(needle, first + 1) >= 0) return -1;
  return first;
}

function at(file: SourceFile, offset: number): ProjectFileLocation {
  return { path: file.path, ...locateOffset(file.content, offset) };
}

/** Maps a character position in `query`, which sits at `queryOffset` in the file. */
function mapPosition(
  file: SourceFile,
  query: string,
  queryOffset: number,
  position: number,
): ProjectFileLocation {
  const inQuery = offsetOfPosition(query, position);
  return inQuery === undefined ? { path: file.path } : at(file, queryOffset + inQuery);
}

/** A statement from a `where` frame inside a file. PL/pgSQL reports `PERFORM x` as `SELECT x`. */
function findStatement(file: SourceFile, statement: string): number {
  if (statement.trim() === '') return -1;
  const found = uniqueIndex(file.content, statement);
  if (found >= 0 || !statement.startsWith('SELECT ')) return found;
  return uniqueIndex(file.content, 'PERFORM ' + statement.slice('SELECT '.length));
}

/** Refines a file match with the internal query, or with a more inner statement frame. */
function refine(
  file: SourceFile,
  query: string | undefined,
  position: number,
  innerStatements: StatementText[],
): ProjectFileLocation {
  if (query && position > 0) {
    const q = uniqueIndex(file.content, query);
    if (q >= 0) return mapPosition(file, query, q, position);
  }
  for (const statement of innerStatements) {
    const s = findStatement(file, statement.text);
    if (s >= 0) return at(file, s);
  }
  return { path: file.path };
}

/**
 * The project file (and line, when PostgreSQL's report allows) where an error raised while
 * deploy.sql executed that file's content; undefined when nothing ties it to a file.
 */
export function locateInProjectFiles(
  err: PgDiagnostics & { message: string },
  files: Array<{ path: string; content: string }>,
): ProjectFileLocation | undefined {
  const usable = files.filter((f) => f.content.trim() !== '');
  const byContent = new Map<string, SourceFile>();
  for (const f of usable) if (!byContent.has(f.content)) byContent.set(f.content, f);
  const query = err.internalQuery || undefined;
  const position = Number(err.internalPosition ?? 0) || 0;
  const statements = statementTexts(err.where);

  // 1. The executed text is a whole file.
  const exact = query === undefined ? undefined : byContent.get(query);
  if (exact && query !== undefined) return mapPosition(exact, query, 0, position);
  for (const candidate of statements) {
    const file = byContent.get(candidate.text);
    const inner = statements.filter((s) => s.frame < candidate.frame);
    if (!file) continue;
    const found = refine(file, query, position, inner);
    if (found.line !== undefined || !err.where) return found;
    // A RAISE in a DO block or function of the file: only a PL/pgSQL line number says where.
    return locatePlpgsqlFrame(err.where.slice(0, candidate.start), file) ?? found;
  }

  // 2. The executed text is part of one file (a statement, a function body) or wraps one.
  if (query !== undefined && query.trim() !== '') {
    const holders = usable.filter((f) => f.content.includes(query));
    if (holders.length === 1) return refine(holders[0], query, position, []);
    const wrapped = usable
      .filter((f) => query.includes(f.content))
      .sort((a, b) => b.content.length - a.content.length)[0];
    if (wrapped) {
      const inQuery = offsetOfPosition(query, position);
      const start = query.indexOf(wrapped.content);
      if (inQuery !== undefined && inQuery >= start && inQuery < start + wrapped.content.length) {
        return at(wrapped, inQuery - start);
      }
      return { path: wrapped.path };
    }
  }
  for (const { text: statement } of statements) {
    if (statement.trim() === '') continue;
    const holders = usable.filter((f) => findStatement(f, statement) >= 0);
    if (holders.length === 1) return at(holders[0], findStatement(holders[0], statement));
    const wrapped = usable
      .filter((f) => statement.includes(f.content))
      .sort((a, b) => b.content.length - a.content.length)[0];
    if (wrapped) return { path: wrapped.path };
  }

  // 3. A re-raise that names the file.
  const named = FAILED_IN.exec(err.message);
  return named ? { path: named[1] } : undefined;
}
