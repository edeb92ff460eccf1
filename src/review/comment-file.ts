/**
 * The hidden marker that identifies pgmi's comment for one project and database (so a later run
 * updates it instead of adding a second), and the comment file: the body as posted, preceded by
 * one hidden line naming where it belongs, so `pgmi comment --from <file>` (and the Action's
 * `comment-from`) can post it from another job or workflow that has a privileged token.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../engine/errors';
import type { ReviewSystem } from './context';

const MARKER_PREFIX = '<!-- pgmi-review ';
const FILE_PREFIX = '<!-- pgmi-review-file ';

/** `./db/` and `db` are the same project. */
export function normalizeProjectPath(p: string): string {
  const n = path.posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
  return n === '' ? '.' : n.replace(/^\.\/(?=.)/, '');
}

/**
 * `<!-- pgmi-review project=db database=app -->`. Both values are percent-encoded, so neither
 * can end the HTML comment or fake another project's marker.
 */
export function reviewMarker(projectPath: string, database: string): string {
  const enc = (s: string) => encodeURIComponent(s);
  return `${MARKER_PREFIX}project=${enc(normalizeProjectPath(projectPath))} database=${enc(database)} -->`;
}

/** The marker line of a body, if it has one. */
export function markerOf(body: string): string | undefined {
  const line = body.split('\n').find((l) => l.startsWith(MARKER_PREFIX) && l.endsWith(' -->'));
  return line && /^<!-- pgmi-review project=\S* database=\S* -->$/.test(line) ? line : undefined;
}

/**
 * Where the comment belongs: only the system and the PR/MR number. The API address and the
 * repository always come from the posting job's own environment: the file may come from a fork,
 * and an address taken from it could send a privileged token anywhere.
 */
export interface CommentDestination {
  system: ReviewSystem;
  number: number;
}

export interface CommentFile {
  /** Known when the file was written in a PR/MR build. */
  destination?: CommentDestination;
  marker: string;
  body: string;
}

/** Writes the comment file (creating its folder) and returns its absolute path. */
export function writeCommentFile(file: string, comment: CommentFile): string {
  const abs = path.resolve(file);
  mkdirSync(path.dirname(abs), { recursive: true });
  const header = `${FILE_PREFIX}${JSON.stringify(comment.destination ?? {})} -->`;
  writeFileSync(abs, `${header}\n${comment.body}`);
  return abs;
}

function isDestination(d: unknown): d is CommentDestination {
  if (!d || typeof d !== 'object') return false;
  const o = d as Record<string, unknown>;
  return (
    (o.system === 'github' || o.system === 'gitlab' || o.system === 'azure') &&
    typeof o.number === 'number' &&
    Number.isInteger(o.number) &&
    o.number > 0
  );
}

/** Reads a comment file written by pgmi; anything else is a ConfigError naming the file. */
export function readCommentFile(file: string, what = 'comment file'): CommentFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${what} ${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(err)})`}`,
    );
  }
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  if (!first.startsWith(FILE_PREFIX) || !first.endsWith(' -->')) {
    throw new ConfigError(`${what} ${file}: not a comment file written by pgmi`);
  }
  let destination: unknown;
  try {
    destination = JSON.parse(first.slice(FILE_PREFIX.length, -4));
  } catch {
    throw new ConfigError(`${what} ${file}: its first line is damaged`);
  }
  const body = text.slice(nl + 1);
  const marker = markerOf(body);
  if (!marker) throw new ConfigError(`${what} ${file}: the body holds no pgmi marker`);
  return { destination: isDestination(destination) ? destination : undefined, marker, body };
}
