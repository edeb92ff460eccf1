export const id = 9405;
export const ids = [9405];
export const modules = {

/***/ 99405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wE: () => (/* binding */ CONNECTION_KEYS),
  R_: () => (/* binding */ loadPgmiYaml),
  zr: () => (/* reexport */ loadProjectEnv),
  cf: () => (/* binding */ parsePgmiYaml)
});

// UNUSED EXPORTS: MAX_PGMI_YAML_BYTES

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
    /** 1-based line of the statement at fault. */
    line;
}
/**
 * Bound on one expanded value, and on all of them together: variables that expand each other
 * (`B=$A$A$A`, `C=$B$B$B`, …) grow exponentially, and a few hundred bytes would otherwise take
 * gigabytes. 128 KiB is also Linux's limit for one environment string (MAX_ARG_STRLEN).
 */
const MAX_DOTENV_VALUE = 128 * 1024;
const MAX_DOTENV_TOTAL = 1024 * 1024;
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
    let size = value.length;
    return value.replace(EXPAND, (match, escaped, ...groups) => {
        // godotenv compares the `$` group with "(" (never true), so only `\$…` stays unexpanded.
        if (escaped === '\\')
            return match.slice(1);
        const name = groups[2];
        if (!name)
            return match;
        const out = vars.get(name) ?? env[name] ?? '';
        size += out.length - match.length;
        if (size > MAX_DOTENV_VALUE) {
            throw new DotenvSyntaxError(`variable expansion makes a value longer than ${MAX_DOTENV_VALUE / 1024} KiB`);
        }
        return out;
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
    let statement = 0;
    let total = 0;
    try {
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
            statement = pos;
            pos = skipInlineSpaces(src, pos);
            if (src.toString('latin1', pos, pos + 6) === 'export' &&
                inlineSpaceLength(src, pos + 6) > 0) {
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
            total += value.length;
            if (total > MAX_DOTENV_TOTAL) {
                throw new DotenvSyntaxError(`values longer than ${MAX_DOTENV_TOTAL / 1024 / 1024} MiB in all`);
            }
            if (pos >= n)
                return vars;
        }
    }
    catch (err) {
        if (err instanceof DotenvSyntaxError)
            err.line = lineAt(src, statement);
        throw err;
    }
}
function lineAt(src, offset) {
    let line = 1;
    for (let i = src.indexOf(LF); i >= 0 && i < offset; i = src.indexOf(LF, i + 1))
        line++;
    return line;
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
        // The rule broken and its line, never the content (a value may be a credential).
        const where = err instanceof DotenvSyntaxError && err.line !== undefined
            ? ` (line ${err.line}: ${err.message})`
            : '';
        return {
            applied: [],
            warning: `WARNING: ${path} could not be parsed${where}, so none of its values were applied.\n` +
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
/**
 * Bounds on a file that is a few lines long in practice, so a hostile one fails fast with a
 * clear message. js-yaml bounds nesting itself (maxDepth 100).
 */
const MAX_ALIASES = 1000;
const MAX_PGMI_YAML_BYTES = 1024 * 1024;
/** Builds a node tree for the first document from the event stream; aliases resolve to the anchor. */
function firstDocument(source, events) {
    let pos = events.findIndex((e) => e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) + 1;
    if (pos === 0)
        return undefined;
    const anchors = new Map();
    const slice = (start, end) => (start < 0 ? '' : source.slice(start, end));
    let aliases = 0;
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
                if (++aliases > MAX_ALIASES) {
                    throw new YamlShapeError(`more than ${MAX_ALIASES} aliases (*name); pgmi.yaml needs few, if any`, e.anchorStart);
                }
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
/**
 * Merged entries of each mapping, computed once: aliases share nodes, so without this a few
 * hundred bytes of nested `<<: [*a, *a, …]` would cost exponential time. `null` marks a mapping
 * whose merge is in progress, so one that merges itself is an error, not a stack overflow.
 */
const mergedEntries = new WeakMap();
/** Pairs of a mapping with `<<` merge keys applied and duplicate keys rejected. */
function mappingEntries(node, where) {
    if (node.kind !== 'map') {
        throw new YamlShapeError(`cannot unmarshal ${describe(node)} into ${where}`, node.offset);
    }
    const known = mergedEntries.get(node);
    if (known)
        return known;
    if (known === null) {
        throw new YamlShapeError(`a merge key (<<) refers to a mapping that contains it (a cycle through an alias)`, node.offset);
    }
    mergedEntries.set(node, null);
    try {
        const entries = ownAndMergedEntries(node, where);
        mergedEntries.set(node, entries);
        return entries;
    }
    catch (err) {
        mergedEntries.delete(node);
        throw err;
    }
}
function ownAndMergedEntries(node, where) {
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
const TOP_KEYS = ['connection', 'params', 'timeout', 'lock_wait', 'targets', 'targets_query'];
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
function readTargets(node) {
    if (isNull(node))
        return undefined;
    if (node.kind !== 'seq') {
        throw new YamlShapeError('targets must be a list of database names', node.offset);
    }
    return node.items.map((item, i) => {
        if (item.kind !== 'scalar' || isNull(item)) {
            throw new YamlShapeError(`targets[${i}] must be a database name`, item.offset);
        }
        return item.text;
    });
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
    if (Buffer.byteLength(source, 'utf8') > MAX_PGMI_YAML_BYTES) {
        throw fail(`larger than ${MAX_PGMI_YAML_BYTES / 1024 / 1024} MiB; pgmi.yaml holds settings only`);
    }
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
            else if (name === 'targets') {
                const targets = readTargets(value);
                if (targets)
                    config.targets = targets;
            }
            else if (name === 'targets_query') {
                const query = stringOf(value, 'targets_query');
                if (query !== undefined)
                    config.targets_query = query;
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
        // Checked before reading: a huge file is refused without being loaded into memory.
        if ((0,external_node_fs_.statSync)(path).size > MAX_PGMI_YAML_BYTES) {
            throw new errors/* ConfigError */.xL(`invalid configuration: failed to load pgmi.yaml: parse ${path}: larger than ${MAX_PGMI_YAML_BYTES / 1024 / 1024} MiB; pgmi.yaml holds settings only`);
        }
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        if (err instanceof errors/* ConfigError */.xL)
            throw err;
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


/***/ })

};
