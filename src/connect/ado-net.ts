/**
 * ADO.NET (Npgsql) connection strings: `Host=db;Port=5432;Database=app;Username=u;Password=p`.
 *
 * Hand-written because no maintained npm package parses Npgsql strings compatibly. Rules
 * (connections.md §5.2, decisions.md 11): pairs split on `;`; spaces around keys and unquoted
 * values trimmed; empty segments are skipped and a word without `=` is an error; a value wrapped in `'…'` or `"…"` may hold
 * `;` and `=`, a doubled quote inside means one literal quote, and anything after the closing
 * quote up to the next `;` is dropped. Keys are case-insensitive and spaces inside them do not
 * matter (`SSL Mode` = `SslMode`); enum values are case-insensitive (`SSL Mode=Require`).
 * Npgsql's client-only keys (`Pooling`, `Command Timeout`, …) are understood and ignored —
 * never forwarded to the server; an unknown key is an error, as it is in Npgsql.
 */
import {
  ConnectionStringError,
  emptyParsed,
  parsePortValue,
  parseTimeoutValue,
  type ParsedConnectionString,
} from './connection-string';

export interface AdoNetPair {
  key: string;
  value: string;
}

/** Splits an ADO.NET string into raw pairs (keys as written, values unquoted). */
export function tokenizeAdoNet(text: string): AdoNetPair[] {
  const pairs: AdoNetPair[] = [];
  let i = 0;
  let segment = 1;
  const n = text.length;
  while (i < n) {
    let keyEnd = i;
    while (keyEnd < n && text[keyEnd] !== '=' && text[keyEnd] !== ';') keyEnd++;
    const key = text.slice(i, keyEnd).trim();
    if (keyEnd >= n || text[keyEnd] === ';') {
      // An empty segment (`;;`, a trailing `;`) carries nothing. A word without `=` is an
      // error, as in Npgsql: skipping `Port` in `Host=h;Port;` would connect somewhere else.
      if (key !== '') throw new ConnectionStringError(segmentWithoutValue(key, segment));
      i = keyEnd + 1;
      segment++;
      continue;
    }
    let j = keyEnd + 1;
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    let value: string;
    if (text[j] === "'" || text[j] === '"') {
      const quote = text[j];
      let v = '';
      j++;
      for (;;) {
        if (j >= n) {
          throw new ConnectionStringError(
            `unterminated quoted value for key "${key}" (a ${quote} quote is never closed)`,
          );
        }
        if (text[j] === quote) {
          if (text[j + 1] === quote) {
            v += quote;
            j += 2;
            continue;
          }
          j++;
          break;
        }
        v += text[j++];
      }
      while (j < n && text[j] !== ';') j++;
      value = v;
    } else {
      let end = j;
      while (end < n && text[end] !== ';') end++;
      value = text.slice(j, end).trim();
      j = end;
    }
    if (key !== '') pairs.push({ key, value });
    i = j + 1;
    segment++;
  }
  return pairs;
}

/**
 * The message for a segment without `=`. It names the segment as written only when it is one of
 * the keys pgmi knows: anything else may be the tail of an unquoted password holding a `;`.
 */
function segmentWithoutValue(word: string, segment: number): string {
  const norm = normalizeAdoKey(word);
  const known = norm in KEYS || CLIENT_ONLY.has(norm);
  const what = known ? `"${word}"` : `number ${segment}`;
  return `segment ${what} has no "=" (write Key=Value pairs separated by ";"; quote a value that holds ";")`;
}

/** `SSL Mode` → `sslmode`, `User_Id` → `userid`. */
export function normalizeAdoKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Npgsql enum spellings (`VerifyFull`, `verify_full`, `Require`) → libpq names. */
export function normalizeAdoSslMode(value: string): string {
  const k = value.toLowerCase().replace(/[\s_-]+/g, '');
  const map: Record<string, string> = {
    disable: 'disable',
    allow: 'allow',
    prefer: 'prefer',
    require: 'require',
    verifyca: 'verify-ca',
    verifyfull: 'verify-full',
  };
  return map[k] ?? value;
}

type Field =
  | 'host'
  | 'port'
  | 'database'
  | 'user'
  | 'password'
  | 'sslmode'
  | 'sslcert'
  | 'sslkey'
  | 'sslrootcert'
  | 'sslpassword'
  | 'applicationName'
  | 'timeout'
  | 'passfile'
  | 'options'
  | 'search_path'
  | 'TimeZone';

const KEYS: Record<string, Field> = {
  host: 'host',
  server: 'host',
  port: 'port',
  database: 'database',
  initialcatalog: 'database',
  db: 'database',
  username: 'user',
  userid: 'user',
  uid: 'user',
  user: 'user',
  password: 'password',
  pwd: 'password',
  psw: 'password',
  sslmode: 'sslmode',
  sslcert: 'sslcert',
  sslcertificate: 'sslcert',
  sslkey: 'sslkey',
  sslrootcert: 'sslrootcert',
  rootcertificate: 'sslrootcert',
  sslpassword: 'sslpassword',
  applicationname: 'applicationName',
  timeout: 'timeout',
  connecttimeout: 'timeout',
  connectiontimeout: 'timeout',
  passfile: 'passfile',
  options: 'options',
  searchpath: 'search_path',
  timezone: 'TimeZone',
};

/** Npgsql keys that only steer the client (pooling, timeouts, buffers, auth plumbing). */
const CLIENT_ONLY = new Set([
  'pooling',
  'minpoolsize',
  'maxpoolsize',
  'minimumpoolsize',
  'maximumpoolsize',
  'connectionidlelifetime',
  'connectionpruninginterval',
  'connectionlifetime',
  'loadbalancetimeout',
  'commandtimeout',
  'internalcommandtimeout',
  'cancellationtimeout',
  'keepalive',
  'tcpkeepalive',
  'tcpkeepalivetime',
  'tcpkeepaliveinterval',
  'enlist',
  'maxautoprepare',
  'autoprepareminusages',
  'noresetonclose',
  'readbuffersize',
  'writebuffersize',
  'socketreceivebuffersize',
  'socketsendbuffersize',
  'includeerrordetail',
  'includeerrordetails',
  'logparameters',
  'persistsecurityinfo',
  'trustservercertificate',
  'checkcertificaterevocation',
  'servercompatibilitymode',
  'multiplexing',
  'writecoalescingbuffersize',
  'loadbalancehosts',
  'hostrecheckseconds',
  'targetsessionattributes',
  'kerberosservicename',
  'includerealm',
  'integratedsecurity',
  'arraynullabilitymode',
  'channelbinding',
  'gssencryptionmode',
  'requireauth',
  'sslnegotiation',
  'clientencoding',
  'encoding',
]);

export function parseAdoNetString(text: string): ParsedConnectionString {
  const out = emptyParsed('ado.net');
  const unknown: string[] = [];
  for (const { key, value } of tokenizeAdoNet(text)) {
    const norm = normalizeAdoKey(key);
    const field = KEYS[norm];
    if (!field) {
      if (CLIENT_ONLY.has(norm)) out.ignoredKeys.push(key);
      else unknown.push(key);
      continue;
    }
    switch (field) {
      case 'port':
        out.port = parsePortValue(value.trim());
        break;
      case 'timeout':
        out.connectTimeoutSeconds = parseTimeoutValue(value, `${key}`);
        break;
      case 'sslmode':
        out.sslmode = normalizeAdoSslMode(value);
        break;
      case 'search_path':
      case 'TimeZone':
        if (value) out.serverParams.push([field, value]);
        break;
      default:
        if (value !== '') out[field] = value;
    }
  }
  if (unknown.length) {
    throw new ConnectionStringError(
      `unsupported key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (keys are Npgsql's: Host, Port, Database, Username, Password, SSL Mode, …)`,
    );
  }
  return out;
}
