export const id = 2680;
export const ids = [2680,3766];
export const modules = {

/***/ 99960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ formatRemaining),
/* harmony export */   E: () => (/* binding */ loadCloudAuth)
/* harmony export */ });
/** `4m 10s` */
function formatRemaining(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    return `${Math.floor(s / 60)}m ${s % 60}s`;
}
async function loadCloudAuth(settings, hooks) {
    const auth = settings.auth;
    switch (auth.method) {
        case 'azure':
            return (await __webpack_require__.e(/* import() */ 2403).then(__webpack_require__.bind(__webpack_require__, 2403))).createAzureAuth(auth, settings, hooks);
        case 'aws':
            return (await __webpack_require__.e(/* import() */ 1593).then(__webpack_require__.bind(__webpack_require__, 81593))).createAwsAuth(auth, settings, hooks);
        case 'google':
            return (await __webpack_require__.e(/* import() */ 6909).then(__webpack_require__.bind(__webpack_require__, 76909))).createGoogleAuth(auth, settings);
        default:
            return undefined;
    }
}


/***/ }),

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


/***/ }),

/***/ 54826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pg)
});

;// CONCATENATED MODULE: ./src/connect/pg-prelude.ts
/**
 * Side-effect module for `./pg.ts`, evaluated just before node-postgres: gives Node < 21 the
 * `navigator` global that Node 21+ has (same `userAgent` form), until `pgLoaded()` removes it.
 */
const g = globalThis;
const added = g.navigator === undefined;
if (added) {
    Object.defineProperty(globalThis, 'navigator', {
        value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
        configurable: true,
        writable: true,
    });
}
function pgLoaded() {
    if (added)
        delete g.navigator;
}

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(83849);
;// CONCATENATED MODULE: ./src/connect/pg.ts
/**
 * node-postgres, loaded without making Node load its fetch implementation. When pg loads it
 * asks whether it runs in a Cloudflare Worker: it reads `navigator.userAgent` and, where there is
 * no `navigator` (Node < 21), constructs a `Response`, whose first use loads Node's internal
 * undici — tens of milliseconds (more on a busy machine) on every start of every command. Node
 * 21+ answers from `navigator`; `./pg-prelude` gives Node 20 the same answer for the duration
 * of the import only. Import pg from here, not from 'pg' (types may come from 'pg').
 */



pgLoaded();
/* harmony default export */ const pg = (esm/* default */.Ay);


/***/ }),

/***/ 12680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveConnection: () => (/* binding */ resolveConnection)
});

// UNUSED EXPORTS: summarize

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(32393);
// EXTERNAL MODULE: ./src/connect/pg.ts + 1 modules
var pg = __webpack_require__(54826);
// EXTERNAL MODULE: ./src/engine/pipeline/connection-loss.ts
var connection_loss = __webpack_require__(75613);
// EXTERNAL MODULE: ./src/connect/cloud/cloud-auth.ts
var cloud_auth = __webpack_require__(99960);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/connect/tls.ts
/**
 * libpq's sslmode semantics on top of Node's TLS (connections.md §7). node-postgres maps
 * sslmode differently from libpq (its `require` verifies, `prefer` does not fall back), so the
 * `ssl` object is built here from the mode and never from pg's own parsing:
 *
 * | mode        | attempts          | verification                                       |
 * |-------------|-------------------|----------------------------------------------------|
 * | disable     | plain             | —                                                  |
 * | allow       | plain, then TLS   | none                                               |
 * | prefer      | TLS, then plain   | none                                               |
 * | require     | TLS               | none; chain (as verify-ca) when a root cert is set |
 * | verify-ca   | TLS               | chain against the root certificate                 |
 * | verify-full | TLS               | chain and host name                                |
 *
 * Unix-socket connections never use TLS (libpq ignores sslmode there).
 */





function readText(file, what, origin, problems) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        const reason = e.code === 'ENOENT' ? 'does not exist' : 'cannot be read';
        problems.push(`${what} "${file}" (${origin}) ${reason}`);
        return undefined;
    }
}
/**
 * libpq refuses a private key that others can read: 0600 or less when owned by the user,
 * 0640 or less when owned by root (so a key shared through a root-owned group works).
 */
function checkKeyPermissions(file, origin, problems) {
    if (process.platform === 'win32')
        return;
    try {
        const st = (0,external_node_fs_.statSync)(file);
        const loose = st.uid === 0 ? st.mode & 0o037 : st.mode & 0o077;
        if (loose) {
            problems.push(`private key file "${file}" (${origin}) has group or world access; file must have permissions u=rw (0600) or less if owned by the current user, or permissions u=rw,g=r (0640) or less if owned by root`);
        }
    }
    catch {
        // Reported by the read.
    }
}
function checkKey(pem, file, origin, passphrase) {
    try {
        (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', passphrase });
        return undefined;
    }
    catch {
        const encrypted = /ENCRYPTED/.test(pem);
        if (encrypted && !passphrase) {
            return `SSL key file "${file}" (${origin}) is encrypted and no passphrase was given: set $PGSSLPASSWORD or sslpassword in the connection string`;
        }
        if (encrypted) {
            return `could not decrypt SSL key file "${file}" (${origin}): wrong passphrase (from $PGSSLPASSWORD or sslpassword)`;
        }
        return `SSL key file "${file}" (${origin}) does not hold a PEM private key`;
    }
}
/** Reads and checks every certificate and key offline; problems are collected, not thrown. */
function loadTlsMaterial(inputs, problems) {
    const material = {};
    const paths = {};
    let sslmode = inputs.sslmode;
    const dotdir = external_node_path_default().join(inputs.home, '.postgresql');
    // Root certificate: explicit, `system`, or libpq's ~/.postgresql/root.crt when present.
    const root = inputs.sslrootcert;
    if (root?.value === 'system') {
        material.ca = 'system';
        paths.sslrootcert = 'system';
        if (sslmode !== 'disable')
            sslmode = 'verify-full';
    }
    else if (root) {
        const pem = readText(root.value, 'root certificate file', root.origin, problems);
        if (pem !== undefined) {
            try {
                new external_node_crypto_.X509Certificate(pem);
                material.ca = pem;
            }
            catch {
                problems.push(`root certificate file "${root.value}" (${root.origin}) is not a PEM certificate`);
            }
        }
        paths.sslrootcert = root.value;
    }
    else if (sslmode === 'require' || sslmode.startsWith('verify-')) {
        const def = external_node_path_default().join(dotdir, 'root.crt');
        if ((0,external_node_fs_.existsSync)(def)) {
            const pem = readText(def, 'root certificate file', 'default', problems);
            if (pem !== undefined)
                material.ca = pem;
            paths.sslrootcert = def;
        }
        else if (sslmode.startsWith('verify-')) {
            problems.push(`root certificate file "${def}" does not exist (sslmode ${sslmode} verifies the server): provide one with --sslrootcert, use the system's trusted roots with sslrootcert=system, or change sslmode to disable server certificate verification`);
        }
    }
    // Client certificate: both or neither; libpq's defaults only when both files exist.
    let cert = inputs.sslcert;
    let key = inputs.sslkey;
    if (!cert && !key) {
        const dc = external_node_path_default().join(dotdir, 'postgresql.crt');
        const dk = external_node_path_default().join(dotdir, 'postgresql.key');
        if ((0,external_node_fs_.existsSync)(dc) && (0,external_node_fs_.existsSync)(dk)) {
            cert = { value: dc, origin: 'default' };
            key = { value: dk, origin: 'default' };
        }
    }
    if (cert && !key) {
        problems.push(`sslcert (${cert.origin}) is set but sslkey is not: give both, or neither`);
    }
    else if (key && !cert) {
        problems.push(`sslkey (${key.origin}) is set but sslcert is not: give both, or neither`);
    }
    else if (cert && key) {
        paths.sslcert = cert.value;
        paths.sslkey = key.value;
        const certPem = readText(cert.value, 'SSL certificate file', cert.origin, problems);
        if (certPem !== undefined) {
            try {
                new external_node_crypto_.X509Certificate(certPem);
                material.cert = certPem;
            }
            catch {
                problems.push(`SSL certificate file "${cert.value}" (${cert.origin}) is not a PEM certificate`);
            }
        }
        const keyPem = readText(key.value, 'SSL key file', key.origin, problems);
        if (keyPem !== undefined) {
            checkKeyPermissions(key.value, key.origin, problems);
            const bad = checkKey(keyPem, key.value, key.origin, inputs.sslpassword);
            if (bad)
                problems.push(bad);
            else
                material.key = keyPem;
        }
        if (inputs.sslpassword)
            material.passphrase = inputs.sslpassword;
    }
    return { material, sslmode, paths };
}
/** Which physical attempts a mode makes, in order: true = TLS. */
function tlsAttempts(sslmode, host) {
    if (host.startsWith('/'))
        return [false];
    switch (sslmode) {
        case 'disable':
            return [false];
        case 'allow':
            return [false, true];
        case 'prefer':
            return [true, false];
        default:
            return [true];
    }
}
/** The node-postgres `ssl` value for one attempt. */
function sslConfig(sslmode, material, host, useTls) {
    if (!useTls)
        return false;
    const out = {};
    if (material.cert && material.key) {
        out.cert = material.cert;
        out.key = material.key;
        if (material.passphrase)
            out.passphrase = material.passphrase;
    }
    // SNI carries host names only, never IP literals (RFC 6066 §3).
    if ((0,external_node_net_.isIP)(host) === 0)
        out.servername = host;
    const ca = material.ca;
    const mode = sslmode === 'require' && ca ? 'verify-ca' : sslmode;
    if (mode === 'verify-ca' || mode === 'verify-full') {
        out.rejectUnauthorized = true;
        if (ca && ca !== 'system')
            out.ca = ca;
        out.checkServerIdentity =
            mode === 'verify-full'
                ? (_name, cert) => external_node_tls_default().checkServerIdentity(host, cert)
                : () => undefined;
    }
    else {
        out.rejectUnauthorized = false;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/connect/client-config.ts

function buildClientConfig(settings, attempt) {
    const config = {
        host: settings.host,
        port: settings.port,
        user: settings.user,
        database: attempt.database,
        ssl: attempt.stream
            ? false
            : sslConfig(settings.sslmode, settings.tls, settings.host, attempt.useTls),
        application_name: settings.applicationName,
        connectionTimeoutMillis: settings.connectTimeoutSeconds * 1000,
        keepAlive: true,
        // The classic SSLRequest handshake; pg would otherwise read $PGSSLNEGOTIATION itself.
        sslnegotiation: 'postgres',
    };
    if (attempt.password)
        config.password = attempt.password;
    if (settings.options)
        config.options = settings.options;
    if (attempt.stream)
        config.stream = attempt.stream;
    return config;
}

;// CONCATENATED MODULE: ./src/connect/connection-errors.ts
/**
 * Turns a failed connection attempt into the message users see (connections.md §9.2,
 * deploy-pipeline.md §4.13). A server SQLSTATE decides the wording, never the text: a server
 * that refuses TLS first produces misleading prose. The original error stays as `cause` so the
 * SQLSTATE reaches `--json`. Messages name host, port, user and database — never a secret.
 */

const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_SIGNATURE_FAILURE',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'INVALID_CA',
    'HOSTNAME_MISMATCH',
]);
/**
 * `message` and `code` of anything thrown. Duck-typed: socket errors can come from another
 * realm (a test VM, a worker), where `instanceof Error` is false.
 */
function errorFields(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const { message, code } = err;
    if (typeof message !== 'string')
        return undefined;
    return { message, code: typeof code === 'string' ? code : '' };
}
/** Classifies an error that carries no SQLSTATE. */
function failureKind(err) {
    const f = errorFields(err);
    if (!f)
        return 'other';
    const code = f.code;
    const text = f.message.toLowerCase();
    if (code === 'ECONNREFUSED' || code === 'ENOENT')
        return 'refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return 'dns';
    if (code === 'ETIMEDOUT' || text.includes('timeout expired') || text.includes('timed out')) {
        return 'timeout';
    }
    if (TLS_CODES.has(code) ||
        code.startsWith('ERR_TLS') ||
        code.startsWith('ERR_SSL') ||
        /\bssl\b|\btls\b|certificate/.test(text)) {
        return 'tls';
    }
    if (text.includes('unknown message code') || text.includes('received invalid response')) {
        return 'protocol';
    }
    return 'other';
}
function firstLine(text) {
    return text.split('\n')[0];
}
/** The ConnectionError for a failed attempt (exit 11), cause kept. */
function connectionFailure(err, ctx) {
    const { endpoint, user, database } = ctx;
    let message;
    const hints = [];
    if ((0,errors/* isPgDatabaseError */.Hd)(err)) {
        const msg = err.message;
        switch (err.code) {
            case '28P01':
                message = `password authentication failed for user "${user}" on database "${database}"`;
                hints.push(ctx.authLabel
                    ? `check that "${user}" is a database role allowed to sign in with ${ctx.authLabel}`
                    : 'check $PGPASSWORD, ~/.pgpass, or the connection string');
                break;
            case '28000':
                message = `authentication rejected for user "${user}" on database "${database}": ${msg}`;
                hints.push('no pg_hba.conf entry matches this host, user, and method');
                break;
            case '3D000':
                message = `database "${database}" does not exist`;
                hints.push('create it first, or deploy with --overwrite to (re)create it');
                break;
            case '42501':
                message = msg;
                hints.push(`grant access with: GRANT CONNECT ON DATABASE ${database} TO ${user}`);
                break;
            case '53300':
                // One SQLSTATE for three limits. A role's is named as such (the database is not what is
                // full); the server's English text says which, otherwise upstream's wording stands.
                if (msg.includes('too many connections for role')) {
                    message = `too many connections for role "${user}": its CONNECTION LIMIT is reached`;
                    hints.push(`close other sessions of "${user}", or raise the limit: ALTER ROLE ${user} CONNECTION LIMIT <n>`);
                }
                else {
                    message = `too many connections to database "${database}"`;
                    hints.push(msg.includes('too many connections for database')
                        ? `its CONNECTION LIMIT is reached; close other sessions on "${database}", or raise the limit: ALTER DATABASE ${database} CONNECTION LIMIT <n>`
                        : 'the server has no free connection slots; close idle sessions or raise max_connections');
                }
                break;
            case '57P03':
                message = `server at ${endpoint} is not accepting connections: ${msg}`;
                hints.push('the server is starting up or recovering; retry in a moment (--wait 30s keeps trying)');
                break;
            default:
                message = `server at ${endpoint} refused the connection: ${msg} (SQLSTATE ${err.code})`;
        }
    }
    else {
        const kind = failureKind(err);
        const detail = firstLine(errorFields(err)?.message ?? (0,errors/* messageOf */.bD)(err));
        switch (kind) {
            case 'refused':
                message = `connection refused to ${endpoint}`;
                hints.push(`is PostgreSQL running and accepting connections there? check with: pg_isready -h ${ctx.host} -p ${ctx.port}`);
                break;
            case 'dns':
                message = `cannot resolve host "${ctx.host}"`;
                hints.push('check the host name spelling, DNS, and $PGHOST');
                break;
            case 'timeout':
                message = `connection timed out to ${endpoint}`;
                hints.push('check network access to the server, or raise --timeout');
                break;
            case 'tls':
                message = `SSL/TLS connection error: ${detail}`;
                hints.push('check --sslmode, --sslrootcert, --sslcert and --sslkey (and the server certificate)');
                break;
            case 'protocol':
                message = `the server at ${endpoint} does not speak the PostgreSQL protocol (${detail})`;
                hints.push('check the host and port: pgmi needs PostgreSQL 11 or newer there');
                break;
            default:
                message = `failed to connect to database: ${detail}`;
        }
    }
    if (ctx.waitedMs) {
        hints.push(`gave up after waiting ${Math.round(ctx.waitedMs / 100) / 10}s (--wait)`);
    }
    else if (ctx.attempts && ctx.attempts > 1) {
        hints.push(`gave up after ${ctx.attempts} attempts`);
    }
    return new errors/* ConnectionError */.Rc(message, { cause: err, hints });
}

;// CONCATENATED MODULE: ./src/connect/pgpass.ts
/**
 * The libpq password file (`~/.pgpass`, `PGPASSFILE`): `host:port:database:user:password`
 * per line. Written by hand rather than with the `pgpass` npm module because that module reads
 * `process.env` and logs through its own channel, while pgmi resolves from the environment it
 * is handed and reports the permission warning to its caller.
 *
 * libpq's rules: lines starting with `#` are comments; `\` escapes the next character (so `\:`
 * and `\\`); the first four fields match the value in use or `*`; the port compares as text;
 * the first matching line wins; the password runs to the next unescaped `:`. A Unix-socket
 * connection matches the host `localhost`. On Unix a file with any group or world permission
 * bit is ignored with a warning.
 */


/** Splits one line into fields on unescaped `:`, removing the escapes. */
function splitFields(line) {
    const fields = [];
    let cur = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\' && i + 1 < line.length) {
            cur += line[++i];
        }
        else if (c === ':') {
            fields.push(cur);
            cur = '';
        }
        else {
            cur += c;
        }
    }
    fields.push(cur);
    return fields;
}
function parsePgpass(text) {
    const entries = [];
    for (const raw of text.split('\n')) {
        const line = raw.replace(/\r$/, '');
        if (line === '' || line.startsWith('#'))
            continue;
        const f = splitFields(line);
        if (f.length < 5)
            continue;
        entries.push({ host: f[0], port: f[1], database: f[2], user: f[3], password: f[4] });
    }
    return entries;
}
function findPgpassPassword(entries, target) {
    const host = target.host.startsWith('/') ? 'localhost' : target.host;
    const want = [host, String(target.port), target.database, target.user];
    for (const e of entries) {
        const have = [e.host, e.port, e.database, e.user];
        if (have.every((v, i) => v === '*' || v === want[i]))
            return e.password;
    }
    return undefined;
}
/** `PGPASSFILE`, else `~/.pgpass` (`%APPDATA%\postgresql\pgpass.conf` on Windows). */
function defaultPassfile(env, home) {
    if (env.PGPASSFILE)
        return env.PGPASSFILE;
    if (process.platform === 'win32' && env.APPDATA) {
        return external_node_path_default().join(env.APPDATA, 'postgresql', 'pgpass.conf');
    }
    return external_node_path_default().join(home, '.pgpass');
}
/**
 * Reads and parses the file. Missing or unreadable → no entries, silently (libpq). A file that
 * is not a plain file, or is group/world accessible on Unix, is ignored with libpq's warning.
 */
function readPgpassFile(file, onWarning) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(file);
    }
    catch {
        return [];
    }
    if (!st.isFile()) {
        onWarning?.(`WARNING: password file "${file}" is not a plain file`);
        return [];
    }
    if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) {
        onWarning?.(`WARNING: password file "${file}" has group or world access; permissions should be u=rw (0600) or less`);
        return [];
    }
    try {
        return parsePgpass((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/connect/password-source.ts
/**
 * The password node-postgres sends when the server asks for one, decided per physical
 * connection: a fresh cloud token; else the configured password (connection string or
 * `PGPASSWORD`); else the password file, matched against the database being opened (target or
 * maintenance). The file is read only when a password is actually needed, as libpq does.
 */


function createPasswordSource(settings, hooks, token) {
    let entries;
    return async (database) => {
        if (token)
            return token();
        if (settings.password)
            return settings.password;
        entries ??= readPgpassFile(settings.passfile, hooks.onWarning);
        const found = findPgpassPassword(entries, {
            host: settings.host,
            port: settings.port,
            database,
            user: settings.user,
        });
        if (found !== undefined) {
            hooks.onSecret(found);
            return found;
        }
        throw new errors/* ConnectionError */.Rc(`the server asks for a password for user "${settings.user}" and none was supplied`, {
            hints: [
                `set $PGPASSWORD, put it in the connection string, or add a line to ${settings.passfile} (host:port:database:user:password)`,
            ],
        });
    };
}

;// CONCATENATED MODULE: ./src/connect/retry.ts
/**
 * The connection retry policy (connections.md §9.1, deploy-pipeline.md §4.13): one attempt plus
 * up to three retries on transient failures only, 100/200/400 ms apart (doubling, capped at a
 * minute) with ±10 % jitter; `--wait` keeps retrying transient failures until its deadline.
 */


const MAX_RETRIES = 3;
const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 60_000;
/** While waiting for a server to come up, poll at least this often. */
const MAX_WAIT_POLL_MS = 1_000;
/** Node socket error codes that mean "try again later". */
const TRANSIENT_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'EHOSTDOWN',
    'ENETUNREACH',
    'ENETDOWN',
    'EPIPE',
    'EAI_AGAIN',
    // A Unix socket that does not exist yet: the server has not started.
    'ENOENT',
]);
const TRANSIENT_TEXT = [
    'connection refused',
    'connection reset',
    'connection timeout',
    'connection failure',
    'network is unreachable',
    'i/o timeout',
    'broken pipe',
    'too many connections',
    'server closed the connection',
    'unexpected eof',
    'connection pool exhausted',
    // node-postgres' wording for a peer that hung up, and for its own connect timeout.
    'connection terminated unexpectedly',
    'timeout expired',
];
/** SQLSTATEs worth another attempt: connection exceptions, resources, operator intervention. */
function isTransientSqlState(code) {
    const cls = code.slice(0, 2);
    if (cls === '08' || cls === '53')
        return true;
    if (cls === '57')
        return code !== '57014' && code !== '57P04';
    return code === '40001' || code === '40P01' || code === '55P03';
}
function isTransient(err) {
    if ((0,errors/* isPgDatabaseError */.Hd)(err))
        return isTransientSqlState(err.code);
    const f = errorFields(err);
    if (!f)
        return false;
    if (f.code && TRANSIENT_CODES.has(f.code))
        return true;
    const text = f.message.toLowerCase();
    return TRANSIENT_TEXT.some((t) => text.includes(t));
}
/** Delay before retry `n` (0-based): 100 ms × 2ⁿ, capped, times a factor in [0.9, 1.1). */
function backoffDelay(n, random = Math.random, cap = MAX_DELAY_MS) {
    const base = Math.min(BASE_DELAY_MS * 2 ** n, cap);
    return base * (0.9 + 0.2 * random());
}
/**
 * How long to sleep before the next attempt, or undefined to give up. Within the first
 * `MAX_RETRIES` retries the normal schedule applies; past it only `waitMs` keeps going, polling
 * at most every second and never past its deadline.
 */
function nextDelay(state, waitMs, now, random = Math.random) {
    const n = state.failures - 1;
    const remaining = state.startedAt + waitMs - now;
    if (n < MAX_RETRIES)
        return backoffDelay(n, random);
    if (remaining <= 0)
        return undefined;
    return Math.min(backoffDelay(n, random, MAX_WAIT_POLL_MS), remaining);
}
/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/connect/server-check.ts

const COMPATIBILITY_QUERY = 'SELECT version() AS version, current_database() AS database, current_user AS "user", ' +
    'pg_backend_pid() AS pid, inet_server_addr()::text AS address, inet_server_port() AS port, ' +
    "current_setting('server_version_num')::int AS version_num";
/** Interprets the row; throws for a non-PostgreSQL peer or a server older than 11. */
function interpretCompatibility(row, endpoint) {
    const full = String(row.version ?? '');
    const m = /^PostgreSQL (\d+(?:\.\d+)*)/.exec(full);
    if (!m) {
        const shown = full.length > 120 ? `${full.slice(0, 117)}...` : full;
        throw new errors/* ConnectionError */.Rc(`the server at ${endpoint} is not PostgreSQL: version() reports "${shown}"`, {
            hints: [
                'pgmi needs PostgreSQL 11 or newer (managed services that run PostgreSQL are fine)',
            ],
        });
    }
    const num = Number(row.version_num);
    if (!Number.isFinite(num) || num < 110000) {
        throw new errors/* ConfigError */.xL(`invalid configuration: this server reports PostgreSQL ${m[1]}, and pgmi requires 11 or newer`);
    }
    return {
        version: m[1],
        versionNum: num,
        database: row.database,
        user: row.user,
        backendPid: Number(row.pid),
        versionString: full,
        serverAddress: row.address,
        serverPort: row.port === null ? null : Number(row.port),
    };
}
async function checkServer(client, endpoint) {
    let row;
    try {
        row = (await client.query(COMPATIBILITY_QUERY)).rows[0];
    }
    catch (e) {
        throw new errors/* ConnectionError */.Rc(`the server at ${endpoint} did not pass pgmi's PostgreSQL compatibility check: ${(0,errors/* messageOf */.bD)(e)}`, { cause: e, hints: ['pgmi needs PostgreSQL 11 or newer at this address'] });
    }
    if (!row) {
        throw new errors/* ConnectionError */.Rc(`the server at ${endpoint} did not pass pgmi's PostgreSQL compatibility check: no row returned`);
    }
    return interpretCompatibility(row, endpoint);
}

// EXTERNAL MODULE: ./src/connect/settings.ts
var settings = __webpack_require__(78433);
;// CONCATENATED MODULE: ./src/connect/postgres-provider.ts
/**
 * The one ConnectionProvider implementation: node-postgres with libpq's sslmode fallbacks,
 * the retry policy, `--wait`, passwords/.pgpass/cloud tokens, and the compatibility check.
 */











/**
 * Whether a failed first attempt under `allow`/`prefer` is worth the other one (libpq): the
 * server rejected us (any SQLSTATE, e.g. a `hostssl`/`hostnossl` rule), TLS itself failed, or
 * the server hung up during TLS negotiation. Not for refused sockets, DNS or timeouts: the
 * other mode would meet the same fate, and that is the retry policy's business.
 */
function shouldFallBack(sslmode, err) {
    if ((0,errors/* isPgDatabaseError */.Hd)(err))
        return true;
    const f = errorFields(err);
    if (sslmode !== 'prefer' || !f)
        return false;
    const text = f.message.toLowerCase();
    return (failureKind(err) === 'tls' ||
        text.includes('connection terminated unexpectedly') ||
        text.includes('establishing an ssl connection'));
}
/** How long a cancelled run still waits for the compatibility check's answer. */
const CHECK_GRACE_MS = 1500;
function isTimeoutReason(reason) {
    return reason instanceof errors/* TimeoutError */.MU || reason?.name === 'TimeoutError';
}
class PostgresProvider {
    settings;
    hooks;
    cloud;
    password;
    constructor(settings, hooks) {
        this.settings = settings;
        this.hooks = hooks;
    }
    get host() {
        return this.settings.auth.method === 'google'
            ? this.settings.auth.instance
            : this.settings.host;
    }
    get port() {
        return this.settings.port;
    }
    get user() {
        return this.settings.user;
    }
    describe() {
        const s = this.settings;
        if (s.auth.method === 'google')
            return `${s.user}@${s.auth.instance} (Cloud SQL connector)`;
        const auth = s.auth.method === 'password' ? '' : `, auth=${s.auth.method}`;
        return `${s.user}@${(0,settings/* endpointOf */.X5)(s)} (sslmode=${s.sslmode}${auth})`;
    }
    failureContext(database, plugin) {
        return {
            endpoint: this.settings.auth.method === 'google' ? this.host : (0,settings/* endpointOf */.X5)(this.settings),
            host: this.host,
            port: this.settings.port,
            user: this.settings.user,
            database,
            authLabel: plugin?.label,
        };
    }
    aborted(signal, ctx) {
        const reason = signal.reason;
        if (reason instanceof errors/* InterruptedError */.p4)
            return reason;
        return isTimeoutReason(reason)
            ? new errors/* ConnectionError */.Rc(`connection timed out to ${ctx.endpoint}`, {
                cause: reason,
                hints: ['check network access to the server, or raise --timeout'],
            })
            : new errors/* ConnectionError */.Rc(`connection to ${ctx.endpoint} was cancelled`, { cause: reason });
    }
    async connect({ database, signal, once }) {
        const started = Date.now();
        // A failed set-up (e.g. the Cloud SQL Admin API unreachable) is not cached: the next
        // connect() tries again.
        this.cloud ??= (0,cloud_auth/* loadCloudAuth */.E)(this.settings, this.hooks).catch((e) => {
            this.cloud = undefined;
            throw e;
        });
        const plugin = await this.cloud;
        this.password ??= createPasswordSource(this.settings, this.hooks, plugin?.token);
        const ctx = this.failureContext(database, plugin);
        const state = { failures: 0, startedAt: started };
        // connect_timeout bounds the whole connect phase, retries included, as libpq's does (it is
        // not a per-attempt limit multiplied by the retries); an explicit --wait may stretch it.
        const limitMs = this.settings.connectTimeoutSeconds * 1000;
        const deadline = limitMs > 0 ? started + Math.max(limitMs, this.settings.waitMs) : Infinity;
        const timedOut = (cause) => new errors/* ConnectionError */.Rc(`connection timed out to ${ctx.endpoint}`, {
            cause,
            hints: [
                `gave up after ${((Date.now() - started) / 1000).toFixed(1)}s and ${state.failures} attempt(s): connect_timeout=${this.settings.connectTimeoutSeconds} bounds the whole connect phase; check that the server is up and reachable, or raise it`,
            ],
        });
        for (;;) {
            if (signal?.aborted)
                throw this.aborted(signal, ctx);
            let client;
            const remaining = deadline - Date.now();
            try {
                client = await this.connectOnce(database, plugin, signal, remaining);
                const server = await this.checked(client, ctx.endpoint, signal);
                return { client, server };
            }
            catch (e) {
                await client?.end().catch(() => undefined);
                if (signal?.aborted)
                    throw this.aborted(signal, ctx);
                if (e instanceof errors.PgmiError)
                    throw e;
                state.failures++;
                const delay = isTransient(e) && !once ? nextDelay(state, this.settings.waitMs, Date.now()) : undefined;
                if (isTransient(e) && Date.now() + (delay ?? 0) >= deadline)
                    throw timedOut(e);
                if (delay === undefined) {
                    const waited = this.settings.waitMs > 0 && isTransient(e);
                    throw connectionFailure(e, {
                        ...ctx,
                        attempts: state.failures,
                        waitedMs: waited ? Date.now() - started : undefined,
                    });
                }
                try {
                    await sleep(delay, signal);
                }
                catch {
                    throw this.aborted(signal, ctx);
                }
            }
        }
    }
    /**
     * The compatibility check, on a socket that a cancellation closes when the server does not
     * answer within the grace period (a silent server); a live one answers in milliseconds.
     */
    async checked(client, endpoint, signal) {
        let timer;
        const onAbort = () => {
            timer = setTimeout(() => destroyStream(client, new Error('connection attempt cancelled')), CHECK_GRACE_MS);
        };
        if (signal?.aborted)
            onAbort();
        else
            signal?.addEventListener('abort', onAbort, { once: true });
        try {
            return await checkServer(client, endpoint);
        }
        finally {
            signal?.removeEventListener('abort', onAbort);
            clearTimeout(timer);
        }
    }
    /** One logical attempt: one or two physical connections, per sslmode. */
    async connectOnce(database, plugin, signal, remainingMs = Infinity) {
        const attempts = plugin?.stream
            ? [false]
            : tlsAttempts(this.settings.sslmode, this.settings.host);
        let first;
        for (let i = 0; i < attempts.length; i++) {
            try {
                return await this.dial(database, attempts[i], plugin, signal, remainingMs);
            }
            catch (e) {
                if (e instanceof errors.PgmiError || signal?.aborted)
                    throw e;
                const last = i === attempts.length - 1;
                if (last) {
                    // A rejection of the fallback by pg_hba says less than the first attempt's error.
                    const firstSaysMore = (0,errors/* isPgDatabaseError */.Hd)(first) && (0,errors/* isPgDatabaseError */.Hd)(e) && e.code === '28000';
                    throw firstSaysMore ? first : e;
                }
                if (!shouldFallBack(this.settings.sslmode, e))
                    throw e;
                first = e;
            }
        }
        throw new Error('unreachable: no connection attempt was made');
    }
    async dial(database, useTls, plugin, signal, remainingMs = Infinity) {
        const password = this.password;
        const config = buildClientConfig(this.settings, {
            database,
            useTls,
            password: () => password(database),
            stream: plugin?.stream,
        });
        if (Number.isFinite(remainingMs)) {
            config.connectionTimeoutMillis = Math.max(1, Math.ceil(remainingMs));
        }
        const client = new pg/* default */.A.Client(config);
        // From its first moment: a socket error with no listener would end the process.
        (0,connection_loss/* watchConnection */.qq)(client);
        const destroy = (reason) => destroyStream(client, reason);
        const onAbort = () => destroy(new Error('connection attempt cancelled'));
        signal?.addEventListener('abort', onAbort, { once: true });
        try {
            await client.connect();
            return client;
        }
        catch (e) {
            // A failure raised on our side (a token that could not be fetched, no password) leaves
            // the socket open until the server's authentication_timeout: close it now.
            destroy(new Error('connection attempt failed'));
            throw e;
        }
        finally {
            signal?.removeEventListener('abort', onAbort);
        }
    }
    async dispose() {
        const cloud = this.cloud;
        this.cloud = undefined;
        const plugin = await cloud?.catch(() => undefined);
        await plugin?.close();
    }
}
function destroyStream(client, reason) {
    client.connection?.stream?.destroy(reason);
}
function createPostgresProvider(settings, hooks) {
    return new PostgresProvider(settings, hooks);
}

;// CONCATENATED MODULE: ./src/connect/resolve-cloud.ts
const PASSWORD_METHODS = new Set(['', 'password', 'standard']);
function resolveCloudAuth(input, env, yaml, ep, problems) {
    const groups = [
        Boolean(input.azure || input.azureTenantId || input.azureClientId),
        Boolean(input.aws || input.awsRegion),
        Boolean(input.google || input.googleInstance),
    ];
    if (groups.filter(Boolean).length > 1) {
        problems.push('cannot use multiple cloud authentication methods; choose one of --azure, --aws, or --google');
        return { method: 'password' };
    }
    let method;
    if (input.azure)
        method = 'azure';
    else if (input.aws)
        method = 'aws';
    else if (input.google)
        method = 'google';
    else {
        method = (yaml.auth_method ?? '').trim().toLowerCase();
        if (!PASSWORD_METHODS.has(method) && !['azure', 'aws', 'google'].includes(method)) {
            problems.push(`unsupported auth_method "${yaml.auth_method}" in pgmi.yaml (valid: azure, aws, google, or password)`);
            return { method: 'password' };
        }
    }
    switch (method) {
        case 'azure':
            return {
                method: 'azure',
                tenantId: input.azureTenantId || env.AZURE_TENANT_ID || yaml.azure_tenant_id || undefined,
                clientId: input.azureClientId || env.AZURE_CLIENT_ID || yaml.azure_client_id || undefined,
                clientSecret: env.AZURE_CLIENT_SECRET || undefined,
                authorityHost: env.AZURE_AUTHORITY_HOST || undefined,
            };
        case 'aws': {
            const region = input.awsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || yaml.aws_region || '';
            if (!region) {
                problems.push('AWS IAM auth requires region (use --aws-region or $AWS_REGION)');
            }
            if (!ep.userExplicit) {
                problems.push('AWS IAM auth requires username (-U): the database user the token is for');
            }
            return { method: 'aws', region };
        }
        case 'google': {
            const instance = input.googleInstance || yaml.google_instance || '';
            if (!instance) {
                problems.push('Google Cloud SQL IAM auth requires --google-instance (project:region:instance)');
            }
            else if (!/^[^:]+(:[^:]+){2,3}$/.test(instance)) {
                problems.push(`invalid --google-instance "${instance}" (expected project:region:instance)`);
            }
            if (!ep.userExplicit) {
                problems.push('Google Cloud SQL IAM auth requires username (-U): the IAM principal (a service account without ".gserviceaccount.com")');
            }
            return {
                method: 'google',
                instance,
                sqlAdminEndpoint: env.CLOUDSDK_API_ENDPOINT_OVERRIDES_SQL || undefined,
            };
        }
        default:
            return { method: 'password' };
    }
}

// EXTERNAL MODULE: ./src/connect/connection-string.ts + 2 modules
var connection_string = __webpack_require__(93766);
;// CONCATENATED MODULE: ./src/connect/resolve-endpoint.ts
/**
 * Where to connect and as whom: the two resolution paths of connections.md §3. Path A (a
 * connection string) takes host, port, user, database and sslmode from the string alone; path B
 * (granular) takes each field from flag > environment > pgmi.yaml > default. TLS file paths
 * combine with either path: flag > string > environment > pgmi.yaml.
 */



const VALID_MODES = settings/* SSL_MODES */.yj.join(', ');
function osUser(env) {
    if (env.USER)
        return env.USER;
    if (env.USERNAME)
        return env.USERNAME;
    try {
        return external_node_os_default().userInfo().username;
    }
    catch {
        return 'postgres';
    }
}
/** The first non-empty value with its origin label. */
function pick(...candidates) {
    for (const [value, origin] of candidates)
        if (value)
            return { value, origin };
    return undefined;
}
function connectionStringSource(input, env) {
    return pick([input.connection, '--connection'], [env.PGMI_CONNECTION_STRING, '$PGMI_CONNECTION_STRING'], [env.DATABASE_URL, '$DATABASE_URL']);
}
function flagPort(value, problems) {
    if (value === undefined || value === '' || value === 0 || value === '0')
        return undefined;
    const n = typeof value === 'number' ? value : (0,connection_string/* parseDecimal */.$Q)(value.trim());
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > 65535) {
        problems.push(`invalid --port flag "${String(value)}" (must be an integer 1-65535)`);
        return undefined;
    }
    return n;
}
function checkSslMode(value, origin, problems) {
    if (value === undefined || value === '')
        return undefined;
    if ((0,settings/* isSslMode */._$)(value))
        return value;
    problems.push(origin === '--sslmode'
        ? `invalid --sslmode "${value}" (valid: ${VALID_MODES})`
        : `invalid sslmode "${value}" in ${origin} (valid: ${VALID_MODES})`);
    return undefined;
}
function connectTimeout(env, problems) {
    const raw = env.PGCONNECT_TIMEOUT;
    if (raw === undefined || raw === '')
        return undefined;
    const n = (0,connection_string/* parseDecimal */.$Q)(raw);
    if (n === undefined) {
        problems.push(`invalid $PGCONNECT_TIMEOUT value '${raw}' (must be whole seconds, 0 or more)`);
    }
    return n;
}
function startupOptions(env, parsed) {
    const parts = [];
    const base = parsed?.options ?? env.PGOPTIONS;
    if (base)
        parts.push(base);
    for (const [k, v] of parsed?.serverParams ?? [])
        parts.push((0,connection_string/* runtimeOption */.uv)(k, v));
    return parts.length ? parts.join(' ') : undefined;
}
function resolveEndpoint(input, env, yaml, problems, hints) {
    const str = connectionStringSource(input, env);
    const portFlag = flagPort(input.port, problems);
    const sslFlag = checkSslMode(input.sslmode, '--sslmode', problems);
    const timeout = connectTimeout(env, problems);
    if (str && (input.host || portFlag !== undefined || input.username || input.sslmode)) {
        problems.push('cannot specify both --connection and granular flags (-h, -p, -U)');
        hints.push('Use one of:', '  1. only the connection string:  --connection postgresql://user@host:5432/db', '  2. only granular flags:         -h host -p 5432 -U user -d db', `  3. unset ${str.origin === '--connection' ? 'the conflicting flags' : str.origin} when using granular flags`);
    }
    const tlsFiles = (parsed) => ({
        sslcert: pick([input.sslcert, '--sslcert'], [parsed?.sslcert, 'the connection string'], [env.PGSSLCERT, '$PGSSLCERT'], [yaml.sslcert, 'pgmi.yaml connection.sslcert']),
        sslkey: pick([input.sslkey, '--sslkey'], [parsed?.sslkey, 'the connection string'], [env.PGSSLKEY, '$PGSSLKEY'], [yaml.sslkey, 'pgmi.yaml connection.sslkey']),
        sslrootcert: pick([input.sslrootcert, '--sslrootcert'], [parsed?.sslrootcert, 'the connection string'], [env.PGSSLROOTCERT, '$PGSSLROOTCERT'], [yaml.sslrootcert, 'pgmi.yaml connection.sslrootcert']),
        sslpassword: parsed?.sslpassword || env.PGSSLPASSWORD || undefined,
    });
    if (str) {
        let parsed;
        try {
            parsed = (0,connection_string.parseConnectionString)(str.value);
        }
        catch (e) {
            if (!(e instanceof connection_string/* ConnectionStringError */.Qs))
                throw e;
            problems.push(`invalid connection string: ${e.message} (from ${str.origin})`);
        }
        const p = parsed;
        const sslmode = (p?.sslmode !== undefined
            ? checkSslMode(p.sslmode, `the connection string (${str.origin})`, problems)
            : checkSslMode(env.PGSSLMODE, '$PGSSLMODE', problems)) ?? 'prefer';
        const database = p?.database ?? 'postgres';
        const explicitUser = p?.user || env.PGUSER;
        return {
            fromString: true,
            host: p?.host || 'localhost',
            port: p?.port ?? 5432,
            user: explicitUser || osUser(env),
            userExplicit: Boolean(explicitUser),
            password: p?.password || env.PGPASSWORD || undefined,
            database,
            // The string's database doubles as the maintenance database unless it names the target.
            maintenanceFor: (dGiven) => (!dGiven && database !== 'postgres' ? 'postgres' : database),
            sslmode,
            ...tlsFiles(p),
            applicationName: p?.applicationName || 'pgmi',
            connectTimeoutSeconds: p?.connectTimeoutSeconds ?? timeout ?? 0,
            options: startupOptions(env, p),
            passfile: p?.passfile || env.PGPASSFILE || undefined,
            ignoredKeys: p?.ignoredKeys ?? [],
        };
    }
    let port = portFlag;
    if (port === undefined && env.PGPORT) {
        const n = (0,connection_string/* parseDecimal */.$Q)(env.PGPORT);
        if (n === undefined || n < 1 || n > 65535) {
            problems.push(`invalid $PGPORT value '${env.PGPORT}' (must be an integer 1-65535)`);
        }
        else {
            port = n;
        }
    }
    if (port === undefined && yaml.port) {
        if (!Number.isInteger(yaml.port) || yaml.port < 1 || yaml.port > 65535) {
            problems.push(`invalid port ${yaml.port} in pgmi.yaml connection.port (must be 1-65535)`);
        }
        else {
            port = yaml.port;
        }
    }
    const sslmode = (input.sslmode
        ? sslFlag
        : env.PGSSLMODE
            ? checkSslMode(env.PGSSLMODE, '$PGSSLMODE', problems)
            : checkSslMode(yaml.sslmode, 'pgmi.yaml connection.sslmode', problems)) ?? 'prefer';
    const explicitUser = input.username || env.PGUSER || yaml.username;
    const database = env.PGDATABASE || yaml.database || undefined;
    return {
        fromString: false,
        host: input.host || env.PGHOST || yaml.host || 'localhost',
        port: port ?? 5432,
        user: explicitUser || osUser(env),
        userExplicit: Boolean(explicitUser),
        password: env.PGPASSWORD || undefined,
        database,
        // Decision: pgmi.yaml's maintenance_database is honoured whenever it is set (upstream
        // honours it only together with -d).
        maintenanceFor: () => yaml.maintenance_database || 'postgres',
        sslmode,
        ...tlsFiles(),
        applicationName: env.PGAPPNAME || 'pgmi',
        connectTimeoutSeconds: timeout ?? 0,
        options: startupOptions(env),
        passfile: env.PGPASSFILE || undefined,
        ignoredKeys: [],
    };
}

;// CONCATENATED MODULE: ./src/connect/resolve.ts
/**
 * Connection resolution: flags, environment, connection strings and pgmi.yaml → one structured
 * `ConnectionSettings` and a provider (connections.md §3–§8, decisions.md 2, 10–12).
 *
 * Precedence: flags > environment > pgmi.yaml > libpq defaults. A connection string
 * (`--connection`, else `$PGMI_CONNECTION_STRING`, else `$DATABASE_URL`) replaces the granular
 * sources for host, port, user, database and sslmode; TLS files and cloud settings still fall
 * back to the environment and pgmi.yaml. Everything is checked offline and every problem is
 * reported in one ConfigError (exit 10); nothing connects here.
 */








const DATABASE_HINTS = [
    'Provide it in one of three ways:',
    '  1. the -d flag:          pgmi deploy . -d mydb',
    '  2. a connection string:  pgmi deploy . --connection postgresql://user@host:5432/mydb',
    '  3. the environment:      PGDATABASE=mydb pgmi deploy .',
];
function homeOf(env) {
    return env.HOME || env.USERPROFILE || external_node_os_default().homedir();
}
/** Resolves and checks everything offline. Throws one ConfigError listing every problem. */
function resolveConnection(input, context) {
    const { env } = context;
    const yaml = context.yaml ?? {};
    const problems = [];
    const hints = [];
    const secret = (value) => {
        if (!value)
            return;
        (0,redact/* registerSecret */.cl)(value);
        context.onSecret?.(value);
    };
    const ep = resolveEndpoint(input, env, yaml, problems, hints);
    const cloud = resolveCloudAuth(input, env, yaml, ep, problems);
    const database = input.database || ep.database || '';
    if (!database) {
        problems.push('database name is required');
        hints.push(...DATABASE_HINTS);
    }
    const maintenanceDatabase = ep.maintenanceFor(Boolean(input.database));
    let waitMs = 0;
    if (input.waitMs !== undefined) {
        if (!Number.isFinite(input.waitMs) || input.waitMs < 0) {
            problems.push(`invalid --wait value ${String(input.waitMs)} (must be a duration of 0 or more)`);
        }
        else {
            waitMs = input.waitMs;
        }
    }
    const home = homeOf(env);
    const tls = loadTlsMaterial({
        sslmode: ep.sslmode,
        sslcert: ep.sslcert,
        sslkey: ep.sslkey,
        sslrootcert: ep.sslrootcert,
        sslpassword: ep.sslpassword,
        home,
    }, problems);
    if (problems.length) {
        const message = problems.length === 1
            ? `invalid configuration: ${problems[0]}`
            : `invalid configuration: ${problems.length} problems with the connection settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
        throw new errors/* ConfigError */.xL(message, { hints });
    }
    for (const key of ep.ignoredKeys) {
        context.onWarning?.(`connection string key "${key}" only steers the client and is not used by pgmi; it is not sent to the server`);
    }
    const settings = {
        host: ep.host,
        port: ep.port,
        user: ep.user,
        password: cloud.method === 'password' ? ep.password : undefined,
        passfile: ep.passfile ?? defaultPassfile(env, home),
        sslmode: cloud.method === 'google' ? 'disable' : tls.sslmode,
        ...tls.paths,
        tls: tls.material,
        applicationName: ep.applicationName,
        connectTimeoutSeconds: ep.connectTimeoutSeconds,
        options: ep.options,
        auth: cloud,
        waitMs,
    };
    secret(settings.password);
    secret(ep.sslpassword);
    if (cloud.method === 'azure')
        secret(cloud.clientSecret);
    const provider = createPostgresProvider(settings, {
        onSecret: secret,
        onWarning: context.onWarning,
    });
    return {
        provider,
        database,
        maintenanceDatabase,
        summary: summarize(settings, database, maintenanceDatabase),
        settings,
    };
}
function authLabel(s) {
    switch (s.auth.method) {
        case 'azure':
            return 'Azure Entra ID';
        case 'aws':
            return `AWS RDS IAM (region ${s.auth.region})`;
        case 'google':
            return `Google Cloud SQL IAM (instance ${s.auth.instance})`;
        default:
            return 'password';
    }
}
/** Lines for `--verbose`: never a password, token or passphrase. */
function summarize(s, database, maintenance) {
    const google = s.auth.method === 'google';
    const lines = [
        ...(google
            ? [`Host: Cloud SQL instance ${s.auth.method === 'google' ? s.auth.instance : ''}`]
            : [`Host: ${s.host}`, `Port: ${s.port}`]),
        `User: ${s.user}`,
        `Target Database: ${database}`,
        `Maintenance Database: ${maintenance}`,
        `SSL Mode: ${google ? 'TLS 1.3 by the Cloud SQL connector' : s.sslmode}`,
    ];
    if (s.sslcert)
        lines.push(`SSL Cert: ${s.sslcert}`);
    if (s.sslkey)
        lines.push(`SSL Key: ${s.sslkey}`);
    if (s.sslrootcert)
        lines.push(`SSL Root Cert: ${s.sslrootcert}`);
    lines.push(`Auth Method: ${authLabel(s)}`);
    if (s.waitMs)
        lines.push(`Wait: up to ${Math.round(s.waitMs / 1000)}s for the server`);
    return lines;
}


/***/ }),

/***/ 75613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ connectionLost),
/* harmony export */   GW: () => (/* binding */ connectionErrorOf),
/* harmony export */   L9: () => (/* binding */ lossMessage),
/* harmony export */   qq: () => (/* binding */ watchConnection),
/* harmony export */   y7: () => (/* binding */ isConnectionLoss)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);


const lost = new WeakMap();
/**
 * Keeps an `'error'` listener on `client` for as long as it lives (a socket error with no
 * listener ends the process) and records the first error. Idempotent.
 */
function watchConnection(client) {
    if (lost.has(client) || client.listeners('error').includes(record))
        return;
    client.on('error', record);
}
function record(err) {
    if (!lost.has(this))
        lost.set(this, err);
}
// Socket-level failures (Node error codes) and node-postgres' own wording for a dead peer.
const LOSS_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
]);
const LOSS_TEXT = [
    'connection terminated',
    'not queryable',
    'client was closed',
    'socket hang up',
    'write after end',
];
/**
 * Whether `err` (or anything in its cause chain) means the connection is gone, rather than the
 * server rejecting a statement: a socket error, the peer hanging up, or a FATAL/PANIC from the
 * server (admin shutdown 57P01, crash 57P02, a terminated backend) that ends the session.
 */
function isConnectionLoss(err, client) {
    if (client && lost.has(client))
        return true;
    for (const e of (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorChain */ .eB)(err)) {
        if ((0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .isPgDatabaseError */ .Hd)(e)) {
            const sev = e.severity ?? '';
            if (sev === 'FATAL' || sev === 'PANIC' || e.code?.startsWith('08'))
                return true;
            continue;
        }
        if (typeof e !== 'object' || e === null)
            continue;
        const { code, message } = e;
        if (typeof code === 'string' && LOSS_CODES.has(code))
            return true;
        const text = typeof message === 'string' ? message.toLowerCase() : '';
        if (LOSS_TEXT.some((t) => text.includes(t)))
            return true;
    }
    return false;
}
/** The first recorded connection-level error of `client`, if any. */
function connectionErrorOf(client) {
    return lost.get(client);
}
/** What a loss in each phase means for the target database. */
function lossMessage(phase, database, tail) {
    const db = JSON.stringify(database);
    switch (phase) {
        case 'connect':
            return `connection lost while connecting to ${db}: nothing was deployed`;
        case 'overwrite':
            return `connection to the maintenance database lost while recreating ${db}: ${db} may be missing or empty; deploy again`;
        case 'load':
            return `connection lost while loading the project into the session: deploy.sql did not run; ${db} is unchanged`;
        case 'lock':
            return `connection lost while taking the deploy lock: deploy.sql did not run; ${db} is unchanged`;
        case 'head':
            return tail?.unit === -1
                ? `connection lost while the COMMIT of deploy.sql's atomic head (unit 1) was in flight: the server may or may not have committed it; look at ${db} before deploying again`
                : `connection lost during the atomic head of deploy.sql (unit 1): the server rolls back the open head: nothing was committed`;
        case 'tail': {
            const t = tail ?? { committed: 0, unit: 0, units: 0 };
            const done = t.committed > 0
                ? `units 1–${t.committed} of deploy.sql were committed before the loss`
                : 'nothing was committed before the loss';
            return `connection lost during unit ${t.unit} of ${t.units} of deploy.sql (the tail): ${done}; the server rolls back unit ${t.unit} if it was still open`;
        }
    }
}
/** Wraps a loss as ConnectionLostError (exit 11), keeping the original as `cause`. */
function connectionLost(phase, message, cause) {
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConnectionLostError */ .N9(message, phase, {
        cause,
        hints: ['check the server and the network path to it, then deploy again'],
    });
}


/***/ })

};
