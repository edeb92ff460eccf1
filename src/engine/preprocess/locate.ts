/**
 * Turning PostgreSQL error positions into line, column and source line (deploy-pipeline.md
 * §3.1). A server position is 1-based and counts characters — code points, never bytes or
 * UTF-16 units — so positions are walked with `for…of`; columns count code points too.
 */
import type { ExecutionUnit } from './split';

export interface TextLocation {
  /** 1-based. */
  line: number;
  /** 1-based, in characters (code points). */
  column: number;
  /** The whole line holding the location, without its line break (`\r` stripped too). */
  sourceLine: string;
}

/**
 * The string offset (UTF-16 units) of a 1-based character position, or undefined when the
 * position lies outside the text (anything past the end-of-text position `length + 1`).
 */
export function offsetOfPosition(text: string, position: number): number | undefined {
  if (!Number.isInteger(position) || position < 1) return undefined;
  let remaining = position - 1;
  let offset = 0;
  for (const ch of text) {
    if (remaining === 0) return offset;
    remaining--;
    offset += ch.length;
  }
  return remaining === 0 ? offset : undefined;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function codePointCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Column and source line of a string offset, given the line number it is on. */
function describeOffset(text: string, offset: number, line: number): TextLocation {
  const lineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
  const nl = text.indexOf('\n', offset);
  let sourceLine = text.slice(lineStart, nl < 0 ? text.length : nl);
  if (sourceLine.endsWith('\r')) sourceLine = sourceLine.slice(0, -1);
  return { line, column: codePointCount(text.slice(lineStart, offset)) + 1, sourceLine };
}

/** Location of a string offset (UTF-16 units) in `text`. */
export function locateOffset(text: string, offset: number): TextLocation {
  return describeOffset(text, offset, 1 + countNewlines(text, 0, offset));
}

/**
 * Location of a PostgreSQL error position in `text`: `\n` starts a new line, every other
 * character (including `\r`) advances the column. Undefined when position > length + 1.
 */
export function locateInText(text: string, position: number): TextLocation | undefined {
  const offset = offsetOfPosition(text, position);
  return offset === undefined ? undefined : locateOffset(text, offset);
}

/**
 * Location in the whole expanded script of a position the server reported for one execution
 * unit. Units are sent unpadded (see split.ts), so the position is relative to `unit.text` and
 * is translated through the unit's offset in the script.
 */
export function locateUnitError(
  unit: ExecutionUnit,
  fullScript: string,
  position: number,
): TextLocation | undefined {
  const inUnit = offsetOfPosition(unit.text, position);
  if (inUnit === undefined) return undefined;
  const line = unit.line + countNewlines(unit.text, 0, inUnit);
  return describeOffset(fullScript, unit.offset + inUnit, line);
}
