export const id = 3766;
export const ids = [3766];
export const modules = {

/***/ 93766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qs: () => (/* binding */ ConnectionStringError),
  $K: () => (/* binding */ emptyParsed),
  parseConnectionString: () => (/* binding */ parseConnectionString),
  $Q: () => (/* binding */ parseDecimal),
  a2: () => (/* binding */ parsePortValue),
  i6: () => (/* binding */ parseTimeoutValue),
  uv: () => (/* binding */ runtimeOption)
});

;// CONCATENATED MODULE: ./src/connect/ado-net.ts
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

/** Splits an ADO.NET string into raw pairs (keys as written, values unquoted). */
function tokenizeAdoNet(text) {
    const pairs = [];
    let i = 0;
    let segment = 1;
    const n = text.length;
    while (i < n) {
        let keyEnd = i;
        while (keyEnd < n && text[keyEnd] !== '=' && text[keyEnd] !== ';')
            keyEnd++;
        const key = text.slice(i, keyEnd).trim();
        if (keyEnd >= n || text[keyEnd] === ';') {
            // An empty segment (`;;`, a trailing `;`) carries nothing. A word without `=` is an
            // error, as in Npgsql: skipping `Port` in `Host=h;Port;` would connect somewhere else.
            if (key !== '')
                throw new ConnectionStringError(segmentWithoutValue(key, segment));
            i = keyEnd + 1;
            segment++;
            continue;
        }
        let j = keyEnd + 1;
        while (j < n && (text[j] === ' ' || text[j] === '\t'))
            j++;
        let value;
        if (text[j] === "'" || text[j] === '"') {
            const quote = text[j];
            let v = '';
            j++;
            for (;;) {
                if (j >= n) {
                    throw new ConnectionStringError(`unterminated quoted value for key "${key}" (a ${quote} quote is never closed)`);
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
            while (j < n && text[j] !== ';')
                j++;
            value = v;
        }
        else {
            let end = j;
            while (end < n && text[end] !== ';')
                end++;
            value = text.slice(j, end).trim();
            j = end;
        }
        if (key !== '')
            pairs.push({ key, value });
        i = j + 1;
        segment++;
    }
    return pairs;
}
/**
 * The message for a segment without `=`. It names the segment as written only when it is one of
 * the keys pgmi knows: anything else may be the tail of an unquoted password holding a `;`.
 */
function segmentWithoutValue(word, segment) {
    const norm = normalizeAdoKey(word);
    const known = norm in KEYS || CLIENT_ONLY.has(norm);
    const what = known ? `"${word}"` : `number ${segment}`;
    return `segment ${what} has no "=" (write Key=Value pairs separated by ";"; quote a value that holds ";")`;
}
/** `SSL Mode` → `sslmode`, `User_Id` → `userid`. */
function normalizeAdoKey(key) {
    return key.toLowerCase().replace(/[\s_-]+/g, '');
}
/** Npgsql enum spellings (`VerifyFull`, `verify_full`, `Require`) → libpq names. */
function normalizeAdoSslMode(value) {
    const k = value.toLowerCase().replace(/[\s_-]+/g, '');
    const map = {
        disable: 'disable',
        allow: 'allow',
        prefer: 'prefer',
        require: 'require',
        verifyca: 'verify-ca',
        verifyfull: 'verify-full',
    };
    return map[k] ?? value;
}
const KEYS = {
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
function parseAdoNetString(text) {
    const out = emptyParsed('ado.net');
    const unknown = [];
    for (const { key, value } of tokenizeAdoNet(text)) {
        const norm = normalizeAdoKey(key);
        const field = KEYS[norm];
        if (!field) {
            if (CLIENT_ONLY.has(norm))
                out.ignoredKeys.push(key);
            else
                unknown.push(key);
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
                if (value)
                    out.serverParams.push([field, value]);
                break;
            default:
                if (value !== '')
                    out[field] = value;
        }
    }
    if (unknown.length) {
        throw new ConnectionStringError(`unsupported key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (keys are Npgsql's: Host, Port, Database, Username, Password, SSL Mode, …)`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/connect/uri.ts
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

/** libpq keywords that only steer the client; understood, never forwarded to the server. */
const uri_CLIENT_ONLY = new Set([
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
function decode(part, what) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        throw new ConnectionStringError(`malformed percent-encoding in the ${what}`);
    }
}
function splitQuery(query) {
    const out = [];
    for (const piece of query.split('&')) {
        if (piece === '')
            continue;
        const eq = piece.indexOf('=');
        const rawKey = eq < 0 ? piece : piece.slice(0, eq);
        const key = decode(rawKey, 'query');
        const value = eq < 0 ? '' : decode(piece.slice(eq + 1), `value of query parameter "${key}"`);
        out.push([key, value]);
    }
    return out;
}
function parseUriString(text) {
    const out = emptyParsed('uri');
    const hashless = text.split('#')[0];
    const q = hashless.indexOf('?');
    const base = q < 0 ? hashless : hashless.slice(0, q);
    const query = q < 0 ? '' : hashless.slice(q + 1);
    let url;
    try {
        url = new URL(base);
    }
    catch {
        // The URL parser's own message quotes the input, so say only what is commonly wrong.
        const port = /^[a-z]+:\/\/(?:[^@/]*@)?(?:\[[^\]]*\]|[^:/?]*):([^/?]*)/i.exec(base)?.[1];
        if (port)
            parsePortValue(port);
        throw new ConnectionStringError('malformed URI (check the host and port, and percent-encode special characters such as @, :, / or % in the user name and password)');
    }
    if (url.hostname.includes(',')) {
        throw new ConnectionStringError('multiple hosts are not supported');
    }
    if (url.hostname) {
        const host = decode(url.hostname, 'host');
        out.host = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
    }
    if (url.port)
        out.port = parsePortValue(url.port);
    if (url.username)
        out.user = decode(url.username, 'user name');
    if (url.password)
        out.password = decode(url.password, 'password');
    const db = decode(url.pathname.replace(/^\//, ''), 'database name');
    if (db)
        out.database = db;
    const seen = new Set();
    for (const [rawKey, value] of splitQuery(query)) {
        const key = rawKey.toLowerCase();
        // Only the first value of a repeated key counts (upstream behaviour).
        if (seen.has(key))
            continue;
        seen.add(key);
        applyQueryKey(out, key, rawKey, value);
    }
    return out;
}
function applyQueryKey(out, key, rawKey, value) {
    switch (key) {
        case 'host':
            if (value.includes(','))
                throw new ConnectionStringError('multiple hosts are not supported');
            if (value)
                out.host = value;
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
            if (value)
                out[key] = value;
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
            if (value)
                out.passfile = value;
            return;
        case 'options':
            out.options = value;
            return;
    }
    if (uri_CLIENT_ONLY.has(key)) {
        out.ignoredKeys.push(rawKey);
        return;
    }
    // Anything else is a server setting (as pgx does it): `?search_path=app` works.
    out.serverParams.push([rawKey, value]);
}

;// CONCATENATED MODULE: ./src/connect/connection-string.ts
/**
 * Connection strings as users write them: PostgreSQL URIs and ADO.NET (Npgsql) key/value
 * strings. Detection follows upstream pgmi: a `postgresql://`/`postgres://` prefix is a URI,
 * anything holding both `=` and `;` is ADO.NET, everything else is rejected (libpq's
 * `host=x dbname=y` keyword form included).
 */


/** A string that cannot be parsed. The message never contains the string (it may hold secrets). */
class ConnectionStringError extends Error {
}
function emptyParsed(format) {
    return { format, serverParams: [], ignoredKeys: [] };
}
function parseConnectionString(text) {
    const s = text.trim();
    if (s === '')
        throw new ConnectionStringError('connection string is empty');
    if (s.startsWith('postgresql://') || s.startsWith('postgres://'))
        return parseUriString(s);
    if (s.includes('=') && s.includes(';'))
        return parseAdoNetString(s);
    throw new ConnectionStringError('unrecognized connection string format');
}
/** Strict decimal integer (no sign, no spaces): ports, timeouts. */
function parseDecimal(value) {
    return /^[0-9]+$/.test(value) ? Number(value) : undefined;
}
function parsePortValue(value) {
    const n = parseDecimal(value);
    if (n === undefined || n < 1 || n > 65535) {
        throw new ConnectionStringError(`invalid port "${value}" (must be an integer 1-65535)`);
    }
    return n;
}
function parseTimeoutValue(value, key) {
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
function runtimeOption(name, value) {
    return `-c ${`${name}=${value}`.replace(/([\\\s])/g, '\\$1')}`;
}


/***/ })

};
