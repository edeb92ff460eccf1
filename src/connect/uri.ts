/**
 * PostgreSQL URIs: `postgresql://[user[:password]@][host][:port][/database][?key=value&...]`.
 *
 * WHATWG `URL` splits the authority (IPv6 brackets, ports, the userinfo up to the LAST `@`);
 * the query is split by hand because `URLSearchParams` turns `+` into a space, which libpq
 * does not. Where libpq differs from a plain URL parser:
 * - the host may be a Unix-socket directory: percent-encoded in the authority
 *   (`postgresql://%2Fvar%2Frun%2Fpostgresql/db`) or given as `?host=/var/run/postgresql`;
 * - `host`, `port`, `user`, `password` and `dbname` may also be given as query keys and then
 *   override the authority (libpq processes the query last);
 * - multi-host lists (`h1,h2`) are a libpq feature pgmi does not support: rejected.
 */
import {
  ConnectionStringError,
  emptyParsed,
  parsePortValue,
  parseTimeoutValue,
  type ParsedConnectionString,
} from './connection-string';

/** libpq keywords that only steer the client; understood, never forwarded to the server. */
const CLIENT_ONLY = new Set([
  'target_session_attrs',
  'load_balance_hosts',
  'keepalives',
  'keepalives_idle',
  'keepalives_interval',
  'keepalives_count',
  'tcp_user_timeout',
  'gssencmode',
  'gsslib',
  'gssdelegation',
  'krbsrvname',
  'channel_binding',
  'require_auth',
  'requiressl',
  'sslcompression',
  'sslcrl',
  'sslcrldir',
  'sslsni',
  'sslnegotiation',
  'sslcertmode',
  'ssl_min_protocol_version',
  'ssl_max_protocol_version',
  'requirepeer',
  'service',
  'hostaddr',
  'replication',
  'fallback_application_name',
  'client_encoding',
]);

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new ConnectionStringError(`malformed percent-encoding in the ${what}`);
  }
}

function splitQuery(query: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const rawKey = eq < 0 ? piece : piece.slice(0, eq);
    const key = decode(rawKey, 'query');
    const value = eq < 0 ? '' : decode(piece.slice(eq + 1), `value of query parameter "${key}"`);
    out.push([key, value]);
  }
  return out;
}

export function parseUriString(text: string): ParsedConnectionString {
  const out = emptyParsed('uri');
  const hashless = text.split('#')[0];
  const q = hashless.indexOf('?');
  const base = q < 0 ? hashless : hashless.slice(0, q);
  const query = q < 0 ? '' : hashless.slice(q + 1);

  let url: URL;
  try {
    url = new URL(base);
  } catch {
    // The URL parser's own message quotes the input, so say only what is commonly wrong.
    const port = /^[a-z]+:\/\/(?:[^@/]*@)?(?:\[[^\]]*\]|[^:/?]*):([^/?]*)/i.exec(base)?.[1];
    if (port) parsePortValue(port);
    throw new ConnectionStringError(
      'malformed URI (check the host and port, and percent-encode special characters such as @, :, / or % in the user name and password)',
    );
  }
  if (url.hostname.includes(',')) {
    throw new ConnectionStringError('multiple hosts are not supported');
  }
  if (url.hostname) {
    const host = decode(url.hostname, 'host');
    out.host = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  }
  if (url.port) out.port = parsePortValue(url.port);
  if (url.username) out.user = decode(url.username, 'user name');
  if (url.password) out.password = decode(url.password, 'password');
  const db = decode(url.pathname.replace(/^\//, ''), 'database name');
  if (db) out.database = db;

  const seen = new Set<string>();
  for (const [rawKey, value] of splitQuery(query)) {
    const key = rawKey.toLowerCase();
    // Only the first value of a repeated key counts (upstream behaviour).
    if (seen.has(key)) continue;
    seen.add(key);
    applyQueryKey(out, key, rawKey, value);
  }
  return out;
}

function applyQueryKey(
  out: ParsedConnectionString,
  key: string,
  rawKey: string,
  value: string,
): void {
  switch (key) {
    case 'host':
      if (value.includes(',')) throw new ConnectionStringError('multiple hosts are not supported');
      if (value) out.host = value;
      return;
    case 'port':
      out.port = parsePortValue(value);
      return;
    case 'user':
      out.user = value;
      return;
    case 'password':
      out.password = value;
      return;
    case 'dbname':
      out.database = value;
      return;
    case 'sslmode':
      out.sslmode = value;
      return;
    case 'sslcert':
    case 'sslkey':
    case 'sslrootcert':
    case 'sslpassword':
      if (value) out[key] = value;
      return;
    case 'application_name':
    case 'applicationname':
      out.applicationName = value;
      return;
    case 'connect_timeout':
    case 'connecttimeout':
      out.connectTimeoutSeconds = parseTimeoutValue(value, 'connect_timeout');
      return;
    case 'passfile':
      if (value) out.passfile = value;
      return;
    case 'options':
      out.options = value;
      return;
  }
  if (CLIENT_ONLY.has(key)) {
    out.ignoredKeys.push(rawKey);
    return;
  }
  // Anything else is a server setting (as pgx does it): `?search_path=app` works.
  out.serverParams.push([rawKey, value]);
}
