/**
 * The managed stamp that ends every file `pgmi ai setup` writes: the pgmi version, where the text
 * comes from, and a SHA-256 over the whole file (computed with the checksum value left empty).
 * A file whose checksum no longer verifies was edited by hand and is left alone without --force.
 */
import { createHash } from 'node:crypto';

export const STAMP_SOURCE = 'github.com/pgmi/deploy-action';

const STAMP =
  /<!-- pgmi:managed\nversion: ([^\n]*)\nsource: ([^\n]*)\nchecksum: ([0-9a-f]*)\n-->\n$/;

/** CRLF → LF and trailing newlines collapsed to one, so the stamp always starts a line. */
export function normaliseBody(body: string): string {
  return body.replace(/\r\n/g, '\n').replace(/\n*$/, '\n');
}

function block(version: string, checksum: string): string {
  return `<!-- pgmi:managed\nversion: ${version}\nsource: ${STAMP_SOURCE}\nchecksum: ${checksum}\n-->\n`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The file as written: normalised body, then the stamp. */
export function stampFile(body: string, version: string): string {
  const b = normaliseBody(body);
  return b + block(version, sha256(b + block(version, '')));
}

export type StampState =
  | { kind: 'valid'; version: string; body: string }
  /** No stamp, or a stamp whose checksum does not match the file: edited by hand. */
  | { kind: 'edited' };

export function readStamp(text: string): StampState {
  const m = STAMP.exec(text);
  if (!m) return { kind: 'edited' };
  const body = text.slice(0, m.index);
  const expected = sha256(body + block(m[1], ''));
  return expected === m[3] ? { kind: 'valid', version: m[1], body } : { kind: 'edited' };
}
