/**
 * A NUL byte cannot travel in a simple-query message (the protocol ends strings with it), so a
 * deploy.sql holding one would connect and then fail with 08P01. Found offline instead.
 */
import { ConfigError } from '../errors';

/** Throws ConfigError (exit 10) naming the file, the byte offset, line and column of the first NUL. */
export function assertNoNulByte(text: string, file = 'deploy.sql'): void {
  const at = text.indexOf('\0');
  if (at < 0) return;
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  const column = [...text.slice(lineStart, at)].length + 1;
  const byteOffset = Buffer.byteLength(before, 'utf8');
  throw new ConfigError(
    `invalid configuration: ${file} contains a NUL byte at offset ${byteOffset} (line ${line}, column ${column}); PostgreSQL cannot receive one in SQL text — remove it`,
    { failedFile: file },
  );
}
