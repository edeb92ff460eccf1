export const id = 380;
export const ids = [380];
export const modules = {

/***/ 73556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ passwordAdvice),
/* harmony export */   N: () => (/* binding */ isPromptCancel),
/* harmony export */   Qq: () => (/* binding */ connectionWizard),
/* harmony export */   qs: () => (/* binding */ terminalPrompts)
/* harmony export */ });
/* harmony import */ var _inquirer_prompts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29692);
/* harmony import */ var _inquirer_prompts__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28992);
/* harmony import */ var _inquirer_prompts__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43013);
/* harmony import */ var _inquirer_prompts__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78668);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _engine_redact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32393);
/* harmony import */ var _flags__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95377);
/**
 * The connection wizard of `pgmi config` and `pgmi init` (cli.md §4): provider, auth method, a
 * form, an optional connection test, then the `connection:` block of pgmi.yaml. Prompts come from
 * @inquirer/prompts and are drawn on stderr, so stdout stays clean. A password may be typed for
 * the connection test; it is never written anywhere.
 */




/** @inquirer/prompts, drawn on stderr. */
function terminalPrompts() {
    const ctx = { output: process.stderr };
    return {
        select: ((config) => (0,_inquirer_prompts__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A)(config, ctx)),
        input: (config) => (0,_inquirer_prompts__WEBPACK_IMPORTED_MODULE_4__/* ["default"] */ .A)(config, ctx),
        password: (config) => (0,_inquirer_prompts__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)(config, ctx),
        confirm: (config) => (0,_inquirer_prompts__WEBPACK_IMPORTED_MODULE_6__/* ["default"] */ .A)(config, ctx),
    };
}
/** Ctrl-C (or a closed terminal) during a prompt: the user cancelled. */
function isPromptCancel(err) {
    return (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError'));
}
const required = (what) => (v) => v.trim() !== '' || `${what} is required`;
const validPort = (v) => {
    const n = Number(v);
    return (/^\d+$/.test(v.trim()) && n >= 1 && n <= 65535) || 'a port is a number from 1 to 65535';
};
async function passwordForm(p, provider) {
    const local = provider === 'local';
    const host = await p.input({
        message: 'Host',
        default: local ? 'localhost' : undefined,
        validate: required('the host'),
    });
    const port = await p.input({ message: 'Port', default: '5432', validate: validPort });
    const database = await p.input({ message: 'Database', validate: required('the database') });
    const maintenance = await p.input({ message: 'Maintenance database', default: 'postgres' });
    const username = await p.input({ message: 'Username', default: 'postgres' });
    const sslmode = await p.select({
        message: 'TLS (sslmode)',
        choices: _flags__WEBPACK_IMPORTED_MODULE_2__/* .SSL_MODES */ .yj.map((m) => ({ value: m, name: m })),
        default: local ? 'prefer' : 'require',
    });
    return {
        host: host.trim(),
        port: Number(port),
        username: username.trim(),
        database: database.trim(),
        maintenance_database: maintenance.trim() || 'postgres',
        sslmode,
    };
}
async function cloudForm(p, provider) {
    if (provider === 'google') {
        const instance = await p.input({
            message: 'Cloud SQL instance (project:region:instance)',
            validate: (v) => /^[^:\s]+:[^:\s]+:[^:\s]+$/.test(v.trim()) || 'expected project:region:instance',
        });
        const database = await p.input({ message: 'Database', validate: required('the database') });
        const username = await p.input({
            message: 'IAM database user (e.g. sa@project.iam)',
            validate: required('the user'),
        });
        return {
            database: database.trim(),
            username: username.trim(),
            auth_method: 'google',
            google_instance: instance.trim(),
        };
    }
    const host = await p.input({ message: 'Server host', validate: required('the host') });
    const port = provider === 'aws'
        ? await p.input({ message: 'Port', default: '5432', validate: validPort })
        : '5432';
    const database = await p.input({ message: 'Database', validate: required('the database') });
    const username = await p.input({ message: 'Username', validate: required('the user') });
    const conn = {
        host: host.trim(),
        port: Number(port),
        username: username.trim(),
        database: database.trim(),
        maintenance_database: 'postgres',
        sslmode: 'require',
        auth_method: provider,
    };
    if (provider === 'aws') {
        const region = await p.input({ message: 'AWS region (empty: AWS_REGION at deploy time)' });
        if (region.trim())
            conn.aws_region = region.trim();
    }
    else {
        const tenant = await p.input({ message: 'Entra tenant id (optional)' });
        if (tenant.trim())
            conn.azure_tenant_id = tenant.trim();
        const client = await p.input({ message: 'Client id of a user-assigned identity (optional)' });
        if (client.trim())
            conn.azure_client_id = client.trim();
    }
    return conn;
}
async function connectionStringForm(p, io) {
    const { parseConnectionString } = await __webpack_require__.e(/* import() */ 766).then(__webpack_require__.bind(__webpack_require__, 93766));
    const text = await p.input({
        message: 'Connection string (postgresql://… or Host=…;Database=…)',
        validate: (v) => {
            try {
                parseConnectionString(v);
                return true;
            }
            catch (err) {
                return (0,_engine_redact__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(err instanceof Error ? err.message : String(err));
            }
        },
    });
    const parsed = parseConnectionString(text);
    if (parsed.password)
        io.stderr('Note: the password in the string is not saved; pgmi.yaml never holds one.\n');
    return {
        host: parsed.host ?? '',
        port: parsed.port ?? 5432,
        username: parsed.user ?? '',
        database: parsed.database ?? '',
        maintenance_database: 'postgres',
        sslmode: parsed.sslmode ?? 'prefer',
        sslcert: parsed.sslcert,
        sslkey: parsed.sslkey,
        sslrootcert: parsed.sslrootcert,
    };
}
/** Connects to the maintenance database (10 s limit); the first part of version() or the error. */
async function testConnection(conn, typedPassword, io) {
    const { resolveConnection } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(680), __webpack_require__.e(613)]).then(__webpack_require__.bind(__webpack_require__, 12680));
    const env = { ...io.env };
    if (typedPassword)
        env.PGPASSWORD = typedPassword;
    const maintenance = conn.maintenance_database || 'postgres';
    try {
        const resolved = resolveConnection({
            host: conn.host,
            port: conn.port,
            username: conn.username,
            database: maintenance,
            sslmode: conn.sslmode,
        }, { env });
        try {
            const { client, server } = await resolved.provider.connect({
                database: maintenance,
                signal: AbortSignal.timeout(10_000),
            });
            await client.end().catch(() => undefined);
            return { ok: true, version: (server.versionString ?? server.version).split(',')[0] };
        }
        finally {
            await resolved.provider.dispose();
        }
    }
    catch (err) {
        return { ok: false, message: (0,_engine_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatError */ .Wk)(err) };
    }
}
/**
 * Asks for a connection. Returns it, or undefined when the user chose to cancel after a failed
 * test. Ctrl-C propagates as the prompt library's ExitPromptError (see isPromptCancel).
 */
async function connectionWizard(io, p = terminalPrompts()) {
    const plain = !!io.env.NO_COLOR;
    const provider = await p.select({
        message: 'Where does PostgreSQL run?',
        choices: [
            { value: 'local', name: 'Local / On-Premises' },
            { value: 'azure', name: 'Azure Database for PostgreSQL' },
            { value: 'aws', name: 'AWS RDS PostgreSQL' },
            { value: 'google', name: 'Google Cloud SQL' },
            { value: 'string', name: 'Other / Connection String' },
        ],
    });
    let cloud = false;
    if (provider === 'azure' || provider === 'aws' || provider === 'google') {
        const iam = {
            azure: 'Microsoft Entra ID',
            aws: 'IAM database authentication',
            google: 'IAM (Cloud SQL connector)',
        }[provider];
        cloud =
            (await p.select({
                message: 'Authentication',
                choices: [
                    { value: 'iam', name: iam },
                    { value: 'password', name: 'Username and password' },
                ],
            })) === 'iam';
    }
    for (;;) {
        const conn = cloud
            ? await cloudForm(p, provider)
            : provider === 'string'
                ? await connectionStringForm(p, io)
                : await passwordForm(p, provider);
        if (cloud) {
            io.stderr(`${conn.auth_method} authentication configured: pgmi fetches a token at deploy time.\n`);
            return conn;
        }
        if (!(await p.confirm({ message: 'Test the connection now?', default: true })))
            return conn;
        const typed = await p.password({
            message: 'Password for the test (not saved; empty: PGPASSWORD or ~/.pgpass)',
            mask: '*',
        });
        io.stderr('Connecting…\n');
        const result = await testConnection(conn, typed, io);
        if (result.ok) {
            io.stderr(`${plain ? 'ok' : '✓'} Connected: ${result.version}\n`);
            return conn;
        }
        io.stderr(`${plain ? 'FAILED' : '✗'} ${(0,_engine_redact__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(result.message)}\n`);
        const next = await p.select({
            message: 'The test failed. What now?',
            choices: [
                { value: 'edit', name: 'Edit the settings' },
                { value: 'save', name: 'Save them anyway' },
                { value: 'cancel', name: 'Cancel' },
            ],
        });
        if (next === 'save')
            return conn;
        if (next === 'cancel')
            return undefined;
    }
}
/** What to tell the user about the password after saving (pgmi.yaml never holds it). */
function passwordAdvice(conn) {
    if (conn.auth_method)
        return '';
    const host = conn.host || 'localhost';
    const port = conn.port || 5432;
    return ('The password is not stored in pgmi.yaml. Provide it with PGPASSWORD, or add a line to ' +
        `~/.pgpass (mode 0600):\n  ${host}:${port}:*:${conn.username || '<user>'}:<password>\n`);
}


/***/ }),

/***/ 99405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wE: () => (/* binding */ CONNECTION_KEYS),
  R_: () => (/* binding */ loadPgmiYaml),
  zr: () => (/* reexport */ loadProjectEnv),
  cf: () => (/* binding */ parsePgmiYaml)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/project/go-text.ts
var go_text = __webpack_require__(97986);
;// CONCATENATED MODULE: ./src/engine/project/dotenv.ts
/**
 * The project `.env`, in the dialect of Go godotenv 1.5.1 (what upstream pgmi reads), so one
 * `.env` behaves the same with either tool. Hand-written rather than `dotenv`/`dotenv-expand`:
 * those differ on key characters (`.`), the `:` separator, comment, quote and escape rules and
 * variable expansion.
 *
 * All or nothing: one bad line discards the file. The warning names the path and the rule, never
 * the parser's message, which would quote the file (credentials).
 */



class DotenvSyntaxError extends Error {
    name = 'DotenvSyntaxError';
}
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const BACKSLASH = 0x5c;
/** godotenv's `isSpace` (spaces that are not line breaks) as a byte length at `i`: 1, 2 or 0. */
function inlineSpaceLength(src, i) {
    const b = src[i];
    if (b === 0x09 || b === 0x0b || b === 0x0c || b === CR || b === 0x20)
        return 1;
    return b === 0xc2 && (src[i + 1] === 0x85 || src[i + 1] === 0xa0) ? 2 : 0;
}
function isInlineSpaceChar(ch) {
    return /^[\t\v\f\r \u0085\u00a0]$/.test(ch);
}
function skipInlineSpaces(src, i) {
    for (let w = inlineSpaceLength(src, i); w > 0; w = inlineSpaceLength(src, i))
        i += w;
    return i;
}
/**
 * Whether a key byte is accepted. godotenv converts each key *byte* to a rune, so bytes >= 0x80
 * are judged as Latin-1 characters: letters and numbers pass, others (a BOM's 0xBB) fail; 0x85
 * and 0xA0 count as spaces.
 */
function keyByteKind(b) {
    if (b === 0x09 ||
        b === 0x0b ||
        b === 0x0c ||
        b === CR ||
        b === 0x20 ||
        b === 0x85 ||
        b === 0xa0) {
        return 'space';
    }
    const lower = b | 0x20;
    if ((b >= 0x30 && b <= 0x39) || (lower >= 0x61 && lower <= 0x7a) || b === 0x2e || b === 0x5f) {
        return 'ok';
    }
    const latin1Alnum = b === 0xaa || b === 0xb5 || b === 0xba || b === 0xb2 || b === 0xb3 || b === 0xb9 ||
        (b >= 0xbc && b <= 0xbe) || (b >= 0xc0 && b !== 0xd7 && b !== 0xf7); // prettier-ignore
    return latin1Alnum ? 'ok' : 'bad';
}
const EXPAND = /(\\)?(\$)(\()?\{?([A-Z0-9_]+)?\}?/g;
function expandVariables(value, vars, env) {
    return value.replace(EXPAND, (match, escaped, ...groups) => {
        // godotenv compares the `$` group with "(" (never true), so only `\$…` stays unexpanded.
        if (escaped === '\\')
            return match.slice(1);
        const name = groups[2];
        if (name)
            return vars.get(name) ?? env[name] ?? '';
        return match;
    });
}
function expandEscapes(value) {
    // Go's `.` excludes only \n; `[^$]` matches line breaks too.
    const out = value.replace(/\\[^\n]/g, (m) => (m === '\\n' ? '\n' : m === '\\r' ? '\r' : m));
    return out.replace(/\\([^$])/g, '$1');
}
function trimRightGoSpace(s) {
    let end = s.length;
    while (end > 0 && (0,go_text/* isGoSpace */.F5)(s.charCodeAt(end - 1)))
        end--;
    return s.slice(0, end);
}
/** Byte-exact `bytes.Replace`: latin1 maps every byte to one UTF-16 unit and back. */
function replaceBytes(src, from, to) {
    const text = src.toString('latin1');
    return text.includes(from) ? Buffer.from(text.split(from).join(to), 'latin1') : src;
}
/**
 * Parses `.env` content as godotenv 1.5.1 does; later duplicates win. `env` is consulted when
 * expanding `$VAR` that the file itself has not defined. Throws {@link DotenvSyntaxError}.
 */
function parseDotenv(bytes, env = {}) {
    // Same order as godotenv: YAML document markers, then CRLF.
    const src = replaceBytes(replaceBytes(Buffer.from(bytes), '---\n', '\n'), '\r\n', '\n');
    const n = src.length;
    const vars = new Map();
    let pos = 0;
    for (;;) {
        // Start of a statement: skip Unicode spaces and whole `#` lines.
        for (;;) {
            for (let w = (0,go_text/* goSpaceLength */.Pc)(src, pos, n); pos < n && w > 0; w = (0,go_text/* goSpaceLength */.Pc)(src, pos, n))
                pos += w;
            if (pos >= n)
                return vars;
            if (src[pos] !== HASH)
                break;
            const nl = src.indexOf(LF, pos);
            if (nl < 0)
                return vars;
            pos = nl;
        }
        // Key: an optional `export ` prefix, then everything up to `=` or `:`.
        pos = skipInlineSpaces(src, pos);
        if (src.toString('latin1', pos, pos + 6) === 'export' && inlineSpaceLength(src, pos + 6) > 0) {
            pos = skipInlineSpaces(src, pos + 6);
        }
        let sep = -1;
        for (let j = pos; j < n; j++) {
            const b = src[j];
            if (b === 0x3d || b === 0x3a) {
                sep = j;
                break;
            }
            if (keyByteKind(b) === 'bad')
                throw new DotenvSyntaxError('unexpected character in variable name');
        }
        // A last line with no separator parses as an empty-named entry, which is then never applied.
        const key = sep < 0 ? '' : trimRightGoSpace(src.toString('utf8', pos, sep));
        pos = skipInlineSpaces(src, sep < 0 ? pos : sep + 1);
        let value;
        const quote = src[pos];
        if (quote === 0x22 || quote === 0x27) {
            let end = -1;
            for (let m = pos + 1; m < n; m++) {
                if (src[m] === quote && src[m - 1] !== BACKSLASH) {
                    end = m;
                    break;
                }
            }
            if (end < 0)
                throw new DotenvSyntaxError('unterminated quoted value');
            let a = pos;
            let z = end;
            while (a < z && src[a] === quote)
                a++;
            while (z > a && src[z - 1] === quote)
                z--;
            value = src.toString('utf8', a, z);
            if (quote === 0x22)
                value = expandVariables(expandEscapes(value), vars, env);
            pos = end + 1;
        }
        else {
            let eol = pos;
            while (eol < n && src[eol] !== LF && src[eol] !== CR)
                eol++;
            const chars = [...src.toString('utf8', pos, eol)];
            let end = chars.length;
            // The last `#` preceded by a space starts an inline comment.
            for (let c = chars.length - 1; c > 0; c--) {
                if (chars[c] === '#' && isInlineSpaceChar(chars[c - 1])) {
                    end = c;
                    break;
                }
            }
            let a = 0;
            while (a < end && isInlineSpaceChar(chars[a]))
                a++;
            while (end > a && isInlineSpaceChar(chars[end - 1]))
                end--;
            value = expandVariables(chars.slice(a, end).join(''), vars, env);
            pos = eol;
        }
        vars.set(key, value);
        if (pos >= n)
            return vars;
    }
}
/**
 * Loads `<projectRoot>/.env` into `env` without replacing variables that are already set (even
 * to ''). A missing file is silent; an unreadable or unparsable one yields a warning and changes
 * nothing.
 */
function loadProjectEnv(projectRoot, env) {
    const path = (0,external_node_path_.join)(projectRoot, '.env');
    let vars;
    try {
        vars = parseDotenv((0,external_node_fs_.readFileSync)(path), env);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { applied: [] };
        return {
            applied: [],
            warning: `WARNING: ${path} could not be parsed, so none of its values were applied.\n` +
                'Every line must be KEY=VALUE, a # comment, or blank.',
        };
    }
    const applied = [];
    for (const [key, value] of vars) {
        // What the OS refuses to set (Go's os.Setenv fails silently on these).
        if (key === '' || key.includes('\0') || value.includes('\0'))
            continue;
        if (Object.prototype.hasOwnProperty.call(env, key))
            continue;
        env[key] = value;
        applied.push(key);
    }
    return { applied };
}

;// CONCATENATED MODULE: ./src/engine/project/config.ts
/**
 * `<project>/pgmi.yaml`, read strictly as upstream's yaml.v3 decoder with known-fields does:
 * unknown keys at any level, duplicate keys, and type mismatches are errors (exit 10).
 *
 * Scalars must keep their literal text (`1.50` stays "1.50", `0x1F` stays "0x1F", `yes` stays
 * "yes"), which a schema-resolving loader loses. So we take js-yaml's event stream
 * (`parseEvents`), which keeps every scalar's source offsets and style, and build the few shapes
 * we accept from it ourselves: that gives the exact text (`getScalarValue` decodes quoting and
 * escapes), anchors/aliases and merge keys, and line numbers for every error.
 */






class YamlShapeError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Builds a node tree for the first document from the event stream; aliases resolve to the anchor. */
function firstDocument(source, events) {
    let pos = events.findIndex((e) => e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) + 1;
    if (pos === 0)
        return undefined;
    const anchors = new Map();
    const slice = (start, end) => (start < 0 ? '' : source.slice(start, end));
    const read = () => {
        const e = events[pos++];
        switch (e.type) {
            case js_yaml/* EVENT_ID */.hy.SCALAR: {
                const node = {
                    kind: 'scalar',
                    text: (0,js_yaml/* getScalarValue */.KE)(source, e),
                    plain: e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN,
                    tag: slice(e.tagStart, e.tagEnd),
                    offset: Math.max(e.valueStart, 0),
                };
                const anchor = slice(e.anchorStart, e.anchorEnd);
                if (anchor)
                    anchors.set(anchor, node);
                return node;
            }
            case js_yaml/* EVENT_ID */.hy.SEQUENCE: {
                const items = [];
                const node = { kind: 'seq', items, offset: e.start };
                const anchor = slice(e.anchorStart, e.anchorEnd);
                if (anchor)
                    anchors.set(anchor, node);
                for (let item = read(); item; item = read())
                    items.push(item);
                return node;
            }
            case js_yaml/* EVENT_ID */.hy.MAPPING: {
                const pairs = [];
                const node = { kind: 'map', pairs, offset: e.start };
                const anchor = slice(e.anchorStart, e.anchorEnd);
                if (anchor)
                    anchors.set(anchor, node);
                for (let key = read(); key; key = read())
                    pairs.push([key, read()]);
                return node;
            }
            case js_yaml/* EVENT_ID */.hy.ALIAS: {
                const name = slice(e.anchorStart, e.anchorEnd);
                const target = anchors.get(name);
                if (!target)
                    throw new YamlShapeError(`unknown anchor '${name}' referenced`, e.anchorStart);
                return target;
            }
            default:
                return undefined; // POP: the end of a collection or of the document
        }
    };
    return read();
}
function isNull(n) {
    return (n.kind === 'scalar' &&
        (n.tag === '!!null' || (n.plain && n.tag === '' && /^(~|null|Null|NULL|)$/.test(n.text))));
}
function describe(n) {
    if (n.kind === 'seq')
        return '!!seq';
    if (n.kind === 'map')
        return '!!map';
    return `!!str \`${n.text}\``;
}
/** Pairs of a mapping with `<<` merge keys applied and duplicate keys rejected. */
function mappingEntries(node, where) {
    if (node.kind !== 'map') {
        throw new YamlShapeError(`cannot unmarshal ${describe(node)} into ${where}`, node.offset);
    }
    const own = new Map();
    const merged = new Map();
    for (const [key, value] of node.pairs) {
        if (key.kind !== 'scalar') {
            throw new YamlShapeError(`invalid map key in ${where}: ${describe(key)}`, key.offset);
        }
        if (key.plain && key.tag === '' && key.text === '<<') {
            const sources = value.kind === 'seq' ? value.items : [value];
            for (const src of sources) {
                for (const [k, pair] of mappingEntries(src, where))
                    if (!merged.has(k))
                        merged.set(k, pair);
            }
            continue;
        }
        const name = isNull(key) ? '' : key.text;
        if (own.has(name)) {
            throw new YamlShapeError(`mapping key ${JSON.stringify(name)} already defined`, key.offset);
        }
        own.set(name, [key, value]);
    }
    for (const [k, pair] of merged)
        if (!own.has(k))
            own.set(k, pair);
    return own;
}
/** Any scalar as its literal text (yaml.v3 decodes every scalar into a string field that way). */
function stringOf(node, where) {
    if (isNull(node))
        return undefined;
    if (node.kind !== 'scalar') {
        throw new YamlShapeError(`cannot unmarshal ${describe(node)} into ${where} (string)`, node.offset);
    }
    return node.text;
}
const INT = /^[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+)$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/;
/** A YAML number (quoted strings are not numbers); floats truncate toward zero as in yaml.v3. */
function portOf(node) {
    if (isNull(node))
        return undefined;
    const numericTag = node.kind === 'scalar' && (node.tag === '!!int' || node.tag === '!!float');
    if (node.kind === 'scalar' && ((node.plain && node.tag === '') || numericTag)) {
        const text = node.text.replace(/_/g, '');
        if (INT.test(node.text)) {
            const sign = text.startsWith('-') ? -1 : 1;
            const digits = text.replace(/^[-+]/, '');
            const value = /^0[0-7]+$/.test(digits)
                ? parseInt(digits, 8)
                : digits.startsWith('0o')
                    ? parseInt(digits.slice(2), 8)
                    : Number(digits);
            if (Number.isSafeInteger(value))
                return sign * value;
        }
        else if (FLOAT.test(node.text)) {
            return Math.trunc(Number(text));
        }
    }
    throw new YamlShapeError(`cannot unmarshal ${describe(node)} into connection.port (int)`, node.offset);
}
/** The `connection:` keys, in the order of the format's table (also the order files are written in). */
const CONNECTION_KEYS = [
    'host',
    'port',
    'username',
    'database',
    'maintenance_database',
    'sslmode',
    'sslcert',
    'sslkey',
    'sslrootcert',
    'auth_method',
    'azure_tenant_id',
    'azure_client_id',
    'aws_region',
    'google_instance',
];
const TOP_KEYS = ['connection', 'params', 'timeout', 'lock_wait'];
function unknownKey(key, name, where, known) {
    throw new YamlShapeError(`unknown key ${JSON.stringify(name)} in ${where} (known keys: ${known.join(', ')})`, key.offset);
}
function readConnection(node) {
    if (isNull(node))
        return undefined;
    const out = {};
    for (const [name, [key, value]] of mappingEntries(node, 'connection')) {
        if (!CONNECTION_KEYS.includes(name)) {
            unknownKey(key, name, 'connection', CONNECTION_KEYS);
        }
        if (name === 'port') {
            const port = portOf(value);
            if (port !== undefined)
                out.port = port;
            continue;
        }
        const text = stringOf(value, `connection.${name}`);
        if (text !== undefined)
            out[name] = text;
    }
    return out;
}
function readParams(node) {
    if (isNull(node))
        return undefined;
    const out = Object.create(null);
    for (const [name, [, value]] of mappingEntries(node, 'params')) {
        if (value.kind !== 'scalar') {
            throw new YamlShapeError(`params.${name} must be a single value, not a ${value.kind === 'map' ? 'map' : 'list'}`, value.offset);
        }
        out[name] = isNull(value) ? '' : value.text;
    }
    return out;
}
function lineOf(source, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < source.length; i++)
        if (source.charCodeAt(i) === 10)
            line++;
    return line;
}
/** Parses pgmi.yaml text (strict). `path` is only used in messages. */
function parsePgmiYaml(text, path) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const fail = (detail, cause) => new errors/* ConfigError */.xL(`invalid configuration: failed to load pgmi.yaml: parse ${path}: ${detail}`, {
        cause,
    });
    let root;
    try {
        root = firstDocument(source, (0,js_yaml/* parseEvents */.PH)(source, { filename: path }));
        if (!root || isNull(root))
            return {};
        const config = {};
        for (const [name, [key, value]] of mappingEntries(root, 'pgmi.yaml')) {
            if (name === 'connection') {
                const connection = readConnection(value);
                if (connection)
                    config.connection = connection;
            }
            else if (name === 'params') {
                const params = readParams(value);
                if (params)
                    config.params = params;
            }
            else if (name === 'timeout') {
                const timeout = stringOf(value, 'timeout');
                if (timeout !== undefined)
                    config.timeout = timeout;
            }
            else if (name === 'lock_wait') {
                const lockWait = stringOf(value, 'lock_wait');
                if (lockWait !== undefined)
                    config.lockWait = lockWait;
            }
            else
                unknownKey(key, name, 'pgmi.yaml', TOP_KEYS);
        }
        return config;
    }
    catch (err) {
        if (err instanceof YamlShapeError) {
            throw fail(`line ${lineOf(source, err.offset)}: ${err.message}`, err);
        }
        const reason = err.reason;
        const mark = err.mark;
        if (typeof reason === 'string' && mark) {
            throw fail(`line ${mark.line + 1}, column ${mark.column + 1}: ${reason}`, err);
        }
        throw fail((0,errors/* messageOf */.bD)(err), err);
    }
}
/** `<projectRoot>/pgmi.yaml`; undefined when the file does not exist. */
function loadPgmiYaml(projectRoot) {
    const path = (0,external_node_path_.join)(projectRoot, 'pgmi.yaml');
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new errors/* ConfigError */.xL(`invalid configuration: failed to load pgmi.yaml: read ${path}: ${(0,errors/* messageOf */.bD)(err)}`, { cause: err });
    }
    const invalid = (0,go_text/* firstInvalidUtf8 */.vE)(bytes);
    if (invalid >= 0) {
        throw new errors/* ConfigError */.xL(`invalid configuration: failed to load pgmi.yaml: parse ${path}: not valid UTF-8 (first invalid byte at offset ${invalid})`);
    }
    return parsePgmiYaml(bytes.toString('utf8'), path);
}


/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ saveConnection),
/* harmony export */   cI: () => (/* binding */ readExistingConfig)
/* harmony export */ });
/* unused harmony exports pgmiYamlPath, renderPgmiYaml */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33243);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17679);
/* harmony import */ var _engine_project_config__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99405);
/**
 * Writing the `connection:` block of `<project>/pgmi.yaml` (project-files.md §4.5), as `pgmi
 * config` does. The file format has no password field, and this module never invents one.
 */





/** Written even when empty, as upstream's wizard does. */
const ALWAYS = new Set([
    'host',
    'port',
    'username',
    'database',
    'sslmode',
]);
const HEADER = '# pgmi project settings (written by `pgmi config`; edit freely).\n' +
    '# No password is stored here: pgmi reads it from PGPASSWORD, ~/.pgpass or a connection string.\n';
function pgmiYamlPath(projectDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(projectDir, 'pgmi.yaml');
}
/** The project's pgmi.yaml as it stands: absent, parsed, or unparsable (with the reason). */
function readExistingConfig(projectDir) {
    const path = pgmiYamlPath(projectDir);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { state: 'absent' };
        return { state: 'invalid', message: (0,_engine_errors__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(err) };
    }
    try {
        return { state: 'ok', config: (0,_engine_project_config__WEBPACK_IMPORTED_MODULE_4__/* .parsePgmiYaml */ .cf)(text, path) };
    }
    catch (err) {
        return { state: 'invalid', message: (0,_engine_errors__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(err) };
    }
}
/** pgmi.yaml text: the given connection, and the params and timeout of `keep`. */
function renderPgmiYaml(connection, keep = {}) {
    const conn = {};
    for (const key of _engine_project_config__WEBPACK_IMPORTED_MODULE_4__/* .CONNECTION_KEYS */ .wE) {
        const value = connection[key];
        if (value !== undefined && value !== '' && value !== 0)
            conn[key] = value;
        else if (ALWAYS.has(key))
            conn[key] = key === 'port' ? 0 : '';
    }
    const doc = { connection: conn, params: keep.params ?? {}, timeout: keep.timeout ?? '' };
    return HEADER + (0,js_yaml__WEBPACK_IMPORTED_MODULE_2__/* .dump */ .Bh)(doc, { indent: 4, lineWidth: -1 });
}
/**
 * Replaces the connection block of `<projectDir>/pgmi.yaml`, keeping its params and timeout (an
 * unparsable file is replaced whole). Written atomically with mode 0600. Returns the path.
 */
function saveConnection(projectDir, connection) {
    const path = pgmiYamlPath(projectDir);
    const existing = readExistingConfig(projectDir);
    const text = renderPgmiYaml(connection, existing.state === 'ok' ? existing.config : {});
    const tmp = `${path}.pgmi-tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text, { mode: 0o600, flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw err;
    }
    return path;
}


/***/ })

};
