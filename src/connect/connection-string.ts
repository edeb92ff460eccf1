/**
 * Connection strings as users write them: PostgreSQL URIs and ADO.NET (Npgsql) key/value
 * strings. Detection follows upstream pgmi: a `postgresql://`/`postgres://` prefix is a URI,
 * anything holding both `=` and `;` is ADO.NET, everything else is rejected (libpq's
 * `host=x dbname=y` keyword form included).
 */
import { parseAdoNetString } from './ado-net';
import { parseUriString } from './uri';

/** What a string says; unset fields fall back to defaults later (resolution, not parsing). */
export interface ParsedConnectionString {
  format: 'uri' | 'ado.net';
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
  /** As written; validated during resolution so the message can name the source. */
  sslmode?: string;
  sslcert?: string;
  sslkey?: string;
  sslrootcert?: string;
  sslpassword?: string;
  applicationName?: string;
  connectTimeoutSeconds?: number;
  passfile?: string;
  /** libpq `options` (command-line options sent at startup). */
  options?: string;
  /** Runtime parameters for the server (`-c name=value` in the startup options). */
  serverParams: Array<[string, string]>;
  /** Keys understood as client-only and deliberately not sent to the server. */
  ignoredKeys: string[];
}

/** A string that cannot be parsed. The message never contains the string (it may hold secrets). */
export class ConnectionStringError extends Error {}

export function emptyParsed(format: ParsedConnectionString['format']): ParsedConnectionString {
  return { format, serverParams: [], ignoredKeys: [] };
}

export function parseConnectionString(text: string): ParsedConnectionString {
  const s = text.trim();
  if (s === '') throw new ConnectionStringError('connection string is empty');
  if (s.startsWith('postgresql://') || s.startsWith('postgres://')) return parseUriString(s);
  if (s.includes('=') && s.includes(';')) return parseAdoNetString(s);
  throw new ConnectionStringError('unrecognized connection string format');
}

/** Strict decimal integer (no sign, no spaces): ports, timeouts. */
export function parseDecimal(value: string): number | undefined {
  return /^[0-9]+$/.test(value) ? Number(value) : undefined;
}

export function parsePortValue(value: string): number {
  const n = parseDecimal(value);
  if (n === undefined || n < 1 || n > 65535) {
    throw new ConnectionStringError(`invalid port "${value}" (must be an integer 1-65535)`);
  }
  return n;
}

export function parseTimeoutValue(value: string, key: string): number {
  const n = parseDecimal(value.trim());
  if (n === undefined) {
    throw new ConnectionStringError(`invalid ${key} "${value}" (must be whole seconds, 0 or more)`);
  }
  return n;
}

/**
 * One server runtime parameter as a startup-options word: `-c name=value` with spaces and
 * backslashes escaped the way the server's option splitter expects.
 */
export function runtimeOption(name: string, value: string): string {
  return `-c ${`${name}=${value}`.replace(/([\\\s])/g, '\\$1')}`;
}
