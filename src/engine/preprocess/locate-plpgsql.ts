/**
 * A `PL/pgSQL function <name> line <n> at <statement>` context frame mapped into a project file.
 * A `RAISE` (warning or exception) inside a `DO` block or a function body carries no position,
 * only this frame; `line <n>` counts lines of the body, whose line 1 is the rest of the line
 * holding the opening dollar quote. So the file line is that line plus n - 1, once the body is
 * found: a `DO` block for `inline_code_block`, `CREATE FUNCTION|PROCEDURE <name>` otherwise.
 *
 * A file may hold several bodies; a candidate must be long enough, and its line n must hold the
 * statement the frame names (`RAISE`, `ASSERT`, `PERFORM`, …). Only a single match is reported.
 */
import { locateOffset } from './locate';
import type { ProjectFileLocation } from './locate-files';

const FRAME = /PL\/pgSQL function (.+?) line (\d+) at ([A-Za-z][A-Za-z ]*)/g;

interface Frame {
  fn: string;
  line: number;
  what: string;
}

/** PL/pgSQL frames of a context (`where`), innermost first. */
export function plpgsqlFrames(where: string): Frame[] {
  return [...where.matchAll(FRAME)].map((m) => ({
    fn: m[1],
    line: Number(m[2]),
    what: m[3].trim().toUpperCase(),
  }));
}

/** Offsets where dollar-quoted bodies open (just after `$tag$`) following `head`. */
function bodiesAfter(content: string, head: RegExp): number[] {
  const out: number[] = [];
  for (const m of content.matchAll(head)) {
    const from = (m.index ?? 0) + m[0].length;
    const open = /\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(content.slice(from));
    if (open) out.push(from + open.index + open[0].length);
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `DO` blocks for `inline_code_block`; the function's definitions otherwise. */
function candidateBodies(content: string, fn: string): number[] {
  if (fn === 'inline_code_block')
    return bodiesAfter(content, /\bDO\s+(?:LANGUAGE\s+\w+\s+)?(?=\$)/gi);
  const name = fn.replace(/\(.*$/, '').split('.').pop()?.replace(/^"|"$/g, '');
  if (!name) return [];
  const head = new RegExp(
    `\\b(?:FUNCTION|PROCEDURE)\\s+(?:"?[\\w$]+"?\\.)?"?${escapeRegExp(name)}"?\\s*\\([^]*?\\bAS\\s+(?=\\$)`,
    'gi',
  );
  return bodiesAfter(content, head);
}

/** The statement keyword a frame's `at …` names, to check against the body line. */
function keywordOf(what: string): RegExp | undefined {
  const word = what.split(' ')[0];
  if (['RAISE', 'ASSERT', 'PERFORM', 'EXECUTE', 'CALL', 'RETURN', 'FOR', 'IF'].includes(word))
    return new RegExp(`\\b${word}\\b`, 'i');
  return undefined;
}

/** Offset of the start of body line `n` (1-based), or undefined past the body's end. */
function bodyLineOffset(content: string, bodyStart: number, n: number): number | undefined {
  let offset = bodyStart;
  for (let i = 1; i < n; i++) {
    const nl = content.indexOf('\n', offset);
    if (nl < 0) return undefined;
    offset = nl + 1;
  }
  return offset;
}

/**
 * The location of the innermost PL/pgSQL frame of `where` that falls inside `file`, or
 * undefined when no frame maps to exactly one place in it.
 */
export function locatePlpgsqlFrame(
  where: string,
  file: { path: string; content: string },
): ProjectFileLocation | undefined {
  for (const frame of plpgsqlFrames(where)) {
    const keyword = keywordOf(frame.what);
    const hits: number[] = [];
    for (const body of candidateBodies(file.content, frame.fn)) {
      const start = bodyLineOffset(file.content, body, frame.line);
      if (start === undefined) continue;
      const nl = file.content.indexOf('\n', start);
      const text = file.content.slice(start, nl < 0 ? undefined : nl);
      if (keyword && !keyword.test(text)) continue;
      // Point at the statement: the first non-blank character of the line.
      hits.push(start + (text.length - text.trimStart().length));
    }
    if (hits.length === 1) return { path: file.path, ...locateOffset(file.content, hits[0]) };
  }
  return undefined;
}
