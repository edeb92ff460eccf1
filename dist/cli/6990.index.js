export const id = 6990;
export const ids = [6990];
export const modules = {

/***/ 75743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ scanSql),
/* harmony export */   WQ: () => (/* binding */ specialEndBytes),
/* harmony export */   fI: () => (/* binding */ hasLoneSurrogate),
/* harmony export */   pJ: () => (/* binding */ isIdentifierCodePoint),
/* harmony export */   vS: () => (/* binding */ opensEscapeStringBytes),
/* harmony export */   ym: () => (/* binding */ readSpecial),
/* harmony export */   zP: () => (/* binding */ mayStartSpecial)
/* harmony export */ });
/* unused harmony exports opensEscapeString, dollarTagLength, dollarTagLengthBytes */
/**
 * Lexical primitives shared by the mask, the macro parser and the statement splitter, so the
 * three can never disagree about where a literal or a comment begins and ends.
 *
 * Hand-written on purpose: these rules must agree character for character with upstream pgmi's
 * scanner (`internal/preprocessor/comments.go`), quirks included — `$tag$` opens a dollar quote
 * even in the middle of an identifier such as `a$b$c`, and `E'…'` is an escape string only when
 * the `E` is a token of its own — and no SQL lexer on npm reproduces exactly that. Everything
 * works in JavaScript string code units: an offset here is an offset into the caller's string.
 */
const IDENT_CHAR = /^[\p{L}\p{Nd}_$]$/u;
const DOLLAR_TAG = /\$(?:[\p{L}_][\p{L}\p{Nd}_]*)?\$/uy;
/** The code point that ends just before `index` (a surrogate pair counts as one). */
function codePointBefore(text, index) {
    const low = text.charCodeAt(index - 1);
    if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
        const high = text.charCodeAt(index - 2);
        if (high >= 0xd800 && high <= 0xdbff)
            return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
    return low;
}
/** A character that may continue an unquoted identifier (Unicode letters and digits, `_`, `$`). */
function isIdentifierCodePoint(cp) {
    if (cp < 0x80) {
        return ((cp >= 0x61 && cp <= 0x7a) ||
            (cp >= 0x41 && cp <= 0x5a) ||
            (cp >= 0x30 && cp <= 0x39) ||
            cp === 0x5f ||
            cp === 0x24);
    }
    return IDENT_CHAR.test(String.fromCodePoint(cp));
}
/**
 * Whether the quote at `quote` opens an `E'…'` escape string. With standard_conforming_strings
 * (the default since 9.1) a backslash escapes only there, and `date'…'` or `abcE'…'` are an
 * identifier followed by an ordinary literal.
 */
function opensEscapeString(text, quote) {
    const e = text.charCodeAt(quote - 1);
    if (e !== 0x45 && e !== 0x65)
        return false;
    return quote === 1 || !isIdentifierCodePoint(codePointBefore(text, quote - 1));
}
/** Length of a `$$` / `$name$` tag at `at`, or 0. The name starts with a letter or `_`. */
function dollarTagLength(text, at) {
    DOLLAR_TAG.lastIndex = at;
    const m = DOLLAR_TAG.exec(text);
    return m ? m[0].length : 0;
}
function special(kind, start, end, closed, escape = false, tagLength = 0) {
    return { kind, start, end, closed, escape, tagLength };
}
/**
 * The comment, literal or quoted identifier that starts at `i`, when `i` is in code position;
 * undefined when an ordinary character sits there.
 */
function readSpecial(text, i) {
    const len = text.length;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 0x2d && next === 0x2d) {
        // `--` runs to the line end; the line break (`\n` or `\r\n`) is not part of the comment.
        const nl = text.indexOf('\n', i + 2);
        if (nl < 0)
            return special('line-comment', i, len, true);
        const end = nl - 1 >= i + 2 && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
        return special('line-comment', i, end, true);
    }
    if (c === 0x2f && next === 0x2a) {
        let depth = 1;
        let j = i + 2;
        while (j < len) {
            const a = text.charCodeAt(j);
            const b = text.charCodeAt(j + 1);
            if (a === 0x2f && b === 0x2a) {
                depth++;
                j += 2;
            }
            else if (a === 0x2a && b === 0x2f) {
                j += 2;
                if (--depth === 0)
                    return special('block-comment', i, j, true);
            }
            else {
                j++;
            }
        }
        return special('block-comment', i, len, false);
    }
    if (c === 0x27)
        return readQuoted(text, i, "'", opensEscapeString(text, i));
    if (c === 0x22)
        return readQuoted(text, i, '"', false);
    if (c === 0x24) {
        const tagLength = dollarTagLength(text, i);
        if (tagLength === 0)
            return undefined;
        const close = text.indexOf(text.slice(i, i + tagLength), i + tagLength);
        if (close < 0)
            return special('dollar', i, len, false, false, tagLength);
        return special('dollar', i, close + tagLength, true, false, tagLength);
    }
    return undefined;
}
function readQuoted(text, start, quote, escape) {
    const kind = quote === "'" ? 'string' : 'quoted-ident';
    const len = text.length;
    const q = quote.charCodeAt(0);
    let j = start + 1;
    if (escape) {
        while (j < len) {
            const c = text.charCodeAt(j);
            if (c === 0x5c && j + 1 < len)
                j += 2;
            else if (c === q && text.charCodeAt(j + 1) === q)
                j += 2;
            else if (c === q)
                return special(kind, start, j + 1, true, true);
            else
                j++;
        }
        return special(kind, start, len, false, true);
    }
    for (;;) {
        const k = text.indexOf(quote, j);
        if (k < 0)
            return special(kind, start, len, false);
        if (text.charCodeAt(k + 1) === q)
            j = k + 2;
        else
            return special(kind, start, k + 1, true);
    }
}
/** Whether a code unit could start a comment, literal or quoted identifier. */
function mayStartSpecial(c) {
    return c === 0x2d || c === 0x2f || c === 0x27 || c === 0x22 || c === 0x24;
}
/** Calls `onSpecial` for every comment, literal and quoted identifier, in order. Linear. */
function scanSql(text, onSpecial) {
    let i = 0;
    const len = text.length;
    while (i < len) {
        if (mayStartSpecial(text.charCodeAt(i))) {
            const s = readSpecial(text, i);
            if (s) {
                onSpecial(s);
                i = s.end;
                continue;
            }
        }
        i++;
    }
}
// ---------------------------------------------------------------------------------------------
// The same primitives over UTF-8 bytes, for the statement splitter of large files (statements.ts):
// a file is split as the scanner read it, without decoding tens of megabytes into a string and
// mapping character offsets back to bytes. Every byte that matters to the grammar is ASCII, and
// no byte of a multi-byte character is, so the rules above read the same; where they ask about a
// non-ASCII character (a letter before `E'`, in a dollar tag) the character is decoded. Offsets
// here are byte offsets.
/** The code point whose UTF-8 encoding ends just before `end`. */
function codePointBeforeBytes(bytes, end) {
    let start = end - 1;
    while (start > 0 && end - start < 4 && (bytes[start] & 0xc0) === 0x80)
        start--;
    return codePointAtBytes(bytes, start);
}
/** The code point whose UTF-8 encoding starts at `at` (the lead byte's own value if invalid). */
function codePointAtBytes(bytes, at) {
    const b = bytes[at];
    if (b < 0x80)
        return b;
    const n = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    let cp = n === 3 ? b & 0x07 : n === 2 ? b & 0x0f : b & 0x1f;
    for (let k = 1; k <= n; k++)
        cp = (cp << 6) | (bytes[at + k] & 0x3f);
    return n === 0 ? b : cp;
}
/** UTF-8 length of the character starting with byte `b`. */
const charLength = (b) => (b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2);
const TAG_START = /^[\p{L}_]$/u;
const TAG_PART = /^[\p{L}\p{Nd}_]$/u;
/** `dollarTagLength` over bytes: the length in bytes of a `$$` / `$name$` tag at `at`, or 0. */
function dollarTagLengthBytes(bytes, at) {
    const len = bytes.length;
    let j = at + 1;
    if (j < len && bytes[j] === 0x24)
        return 2;
    let first = true;
    while (j < len) {
        const b = bytes[j];
        if (b === 0x24)
            return first ? 0 : j - at + 1;
        let ok;
        if (b < 0x80) {
            const lower = b | 0x20;
            ok = (lower >= 0x61 && lower <= 0x7a) || b === 0x5f || (!first && b >= 0x30 && b <= 0x39);
        }
        else {
            const ch = String.fromCodePoint(codePointAtBytes(bytes, j));
            ok = (first ? TAG_START : TAG_PART).test(ch);
        }
        if (!ok)
            return 0;
        first = false;
        j += charLength(b);
    }
    return 0;
}
/** `opensEscapeString` over bytes. */
function opensEscapeStringBytes(bytes, quote) {
    const e = bytes[quote - 1];
    if (e !== 0x45 && e !== 0x65)
        return false;
    return quote === 1 || !isIdentifierCodePoint(codePointBeforeBytes(bytes, quote - 1));
}
/**
 * `readSpecial` over bytes: just past the comment, literal, quoted identifier or dollar quote
 * that starts at `i` (the end of the input when unterminated), and whether it is a comment; -1
 * when an ordinary byte sits there.
 */
function specialEndBytes(bytes, i) {
    const len = bytes.length;
    const c = bytes[i];
    const next = i + 1 < len ? bytes[i + 1] : -1;
    if (c === 0x2d && next === 0x2d) {
        const nl = bytes.indexOf(0x0a, i + 2);
        if (nl < 0)
            return len;
        return nl - 1 >= i + 2 && bytes[nl - 1] === 0x0d ? nl - 1 : nl;
    }
    if (c === 0x2f && next === 0x2a) {
        let depth = 1;
        let j = i + 2;
        while (j < len) {
            const a = bytes[j];
            if (a === 0x2f && bytes[j + 1] === 0x2a) {
                depth++;
                j += 2;
            }
            else if (a === 0x2a && bytes[j + 1] === 0x2f) {
                j += 2;
                if (--depth === 0)
                    return j;
            }
            else {
                j++;
            }
        }
        return len;
    }
    if (c === 0x27 || c === 0x22) {
        let j = i + 1;
        if (c === 0x27 && opensEscapeStringBytes(bytes, i)) {
            while (j < len) {
                const b = bytes[j];
                if (b === 0x5c && j + 1 < len)
                    j += 2;
                else if (b === c && bytes[j + 1] === c)
                    j += 2;
                else if (b === c)
                    return j + 1;
                else
                    j++;
            }
            return len;
        }
        for (;;) {
            const k = bytes.indexOf(c, j);
            if (k < 0)
                return len;
            if (bytes[k + 1] === c)
                j = k + 2;
            else
                return k + 1;
        }
    }
    if (c === 0x24) {
        const tagLength = dollarTagLengthBytes(bytes, i);
        if (tagLength === 0)
            return -1;
        const close = bytes.indexOf(bytes.subarray(i, i + tagLength), i + tagLength);
        return close < 0 ? len : close + tagLength;
    }
    return -1;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Whether `text` holds a lone surrogate: the JavaScript counterpart of invalid UTF-8, where
 * upstream gives up splitting (deploy.sql into units, a file into statements).
 */
function hasLoneSurrogate(text) {
    return LONE_SURROGATE.test(text);
}


/***/ }),

/***/ 84039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UU: () => (/* binding */ statementByteEnds),
/* harmony export */   kd: () => (/* binding */ SPLIT_MIN_BYTES),
/* harmony export */   rd: () => (/* binding */ completeStatementEnds)
/* harmony export */ });
/* unused harmony export StatementEndsJob */
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sql_scan__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75743);
/**
 * Where each top-level statement of a large SQL file ends, so `pg_temp.pgmi_execute_file` can
 * EXECUTE a file one statement at a time. PostgreSQL runs a multi-statement string given to
 * EXECUTE (SPI) about twice as slowly as the same statements one by one: every statement's parse
 * and plan trees stay in memory until the whole string is done.
 *
 * The statements are those of deploy.sql's tail (split.ts): top-level `;` outside comments,
 * literals, quoted identifiers, dollar quotes and parentheses. Read straight from the scanner's
 * spans rather than through a mask, which for a file of tens of megabytes would cost two more
 * copies of it. A file with ATOMIC in its code is not split: a `BEGIN ATOMIC` body's `;` does
 * not end a statement, and running such a file whole is always correct.
 */


/**
 * Files smaller than this run as one EXECUTE: splitting them saves nothing measurable
 * (pgmi_execute_file in schema.sql looks for statements only from the same size on).
 */
const SPLIT_MIN_BYTES = 256 * 1024;
/**
 * The statements of one file, found over its UTF-8 bytes a budget of bytes at a time, so that a
 * caller can interleave the work with I/O (a deploy does it while the server stores the files: it
 * is off the critical path whenever the upload takes longer). Bytes, not a decoded string: the
 * ends are byte offsets, as pgmi_execute_file wants them, and a 20 MiB file is neither decoded
 * nor mapped back from characters (about three times faster).
 */
class StatementEndsJob {
    bytes;
    ends = [];
    depth = 0;
    // Something other than blanks and comments since the last statement's end.
    pending = false;
    i = 0;
    // ATOMIC in code (`BEGIN ATOMIC`: its body's `;` ends no statement): the file runs whole.
    atomic = false;
    constructor(bytes) {
        this.bytes = bytes;
    }
    /** Scans about `budget` more bytes (a literal or comment is taken whole); true when done. */
    step(budget) {
        const { bytes, ends } = this;
        const len = bytes.length;
        const stop = Math.min(len, this.i + Math.max(budget, 1));
        let { depth, pending, i, atomic } = this;
        while (i < stop && !atomic) {
            let c = bytes[i];
            if (CLASS[c] === ORDINARY) {
                // A run of bytes that change nothing but `pending`.
                pending = true;
                while (++i < stop && CLASS[(c = bytes[i])] === ORDINARY)
                    ;
                if (i >= stop)
                    break;
            }
            if (c === 0x27 && !(0,_sql_scan__WEBPACK_IMPORTED_MODULE_1__/* .opensEscapeStringBytes */ .vS)(bytes, i)) {
                // A plain literal, the commonest: its end found inline (the call of indexOf costs more
                // than a short literal's bytes).
                let j = i + 1;
                for (;;) {
                    while (j < len && bytes[j] !== 0x27)
                        j++;
                    if (j + 1 < len && bytes[j + 1] === 0x27)
                        j += 2;
                    else
                        break;
                }
                pending = true;
                i = Math.min(j + 1, len);
                continue;
            }
            if ((0,_sql_scan__WEBPACK_IMPORTED_MODULE_1__/* .mayStartSpecial */ .zP)(c)) {
                const end = (0,_sql_scan__WEBPACK_IMPORTED_MODULE_1__/* .specialEndBytes */ .WQ)(bytes, i);
                if (end >= 0) {
                    // A comment (`--`, `/*`) is not a statement of its own.
                    if (c !== 0x2d && c !== 0x2f)
                        pending = true;
                    i = end;
                    continue;
                }
            }
            if (c === 0x28)
                depth++;
            else if (c === 0x29)
                depth--;
            else if (c === 0x3b && depth === 0) {
                ends.push(i + 1);
                pending = false;
                i++;
                continue;
            }
            else if ((c | 0x20) === 0x61 && i + 6 <= len && isTomic(bytes, i + 1)) {
                atomic = true;
            }
            if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
                pending = true;
            i++;
        }
        this.depth = depth;
        this.pending = pending;
        this.i = atomic ? len : i;
        this.atomic = atomic;
        return this.i >= len;
    }
    /** The ends, once `step` has returned true (see `statementByteEnds`). */
    result() {
        if (this.atomic)
            return undefined;
        const ends = this.pending ? [...this.ends, this.bytes.length] : this.ends;
        return ends.length < 2 ? undefined : ends;
    }
}
// Bytes by what they may change in the scan: ORDINARY ones set `pending` and nothing else.
const ORDINARY = 0;
const CLASS = new Uint8Array(256);
for (const b of [
    0x20, 0x09, 0x0a, 0x0d, 0x28, 0x29, 0x3b, 0x41, 0x61, 0x2d, 0x2f, 0x27, 0x22, 0x24,
]) {
    CLASS[b] = 1;
}
/** `tomic` in any case at `at` (after an `a`). */
function isTomic(b, at) {
    return ((b[at] | 0x20) === 0x74 &&
        (b[at + 1] | 0x20) === 0x6f &&
        (b[at + 2] | 0x20) === 0x6d &&
        (b[at + 3] | 0x20) === 0x69 &&
        (b[at + 4] | 0x20) === 0x63);
}
/**
 * UTF-8 byte offsets just past each statement (its `;`), the last one the end of the text when
 * something other than blanks and comments follows the last `;`. Undefined when there is nothing
 * to split (one statement), ATOMIC appears in code (outside comments, literals and quoted names),
 * or a string holds lone surrogates.
 */
function statementByteEnds(input) {
    if (typeof input === 'string' && (0,_sql_scan__WEBPACK_IMPORTED_MODULE_1__/* .hasLoneSurrogate */ .fI)(input))
        return undefined;
    const job = new StatementEndsJob(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
    job.step(Infinity);
    return job.result();
}
/**
 * Finds the statements of the files still waiting for it (`statementEndsPending`), a slice of
 * at most about `sliceMs` of work at a time, yielding to the event loop between slices.
 */
async function completeStatementEnds(files, options = {}) {
    // Short slices, as for the checksums (checksum.ts): a round trip waits for the slice in progress.
    const sliceMs = options.sliceMs ?? 1;
    for (const f of files) {
        if (!f.statementEndsPending)
            continue;
        const job = new StatementEndsJob(f.bytes ?? Buffer.from(f.content, 'utf8'));
        for (;;) {
            const sliceStart = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
            let done = false;
            while (!done && node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - sliceStart < sliceMs)
                done = job.step(256 * 1024);
            if (done)
                break;
            await new Promise((r) => setImmediate(r));
        }
        const ends = job.result();
        if (ends)
            f.statementEnds = ends;
        f.statementEndsPending = false;
    }
}


/***/ }),

/***/ 29668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tl: () => (/* binding */ PgmiDigester),
  LG: () => (/* binding */ completePgmiChecksums),
  AC: () => (/* binding */ rawChecksum)
});

// UNUSED EXPORTS: normalizeSql, normalizeSqlBytes, pgmiChecksum, pgmiChecksumSimple

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./src/engine/project/go-text.ts
var go_text = __webpack_require__(97986);
// EXTERNAL MODULE: ./src/engine/project/sql-lexer.ts
var sql_lexer = __webpack_require__(4979);
;// CONCATENATED MODULE: ./src/engine/project/lexer-wasm.ts
// Generated by scripts/build.mjs from wasm/lexer.ts (npm run build): do not edit.
const LEXER_WASM = 'AGFzbQEAAAABCwJgA39/fwF/YAAAAwQDAAABBQMBAAMHFwMEaW5pdAACA2xleAABBm1lbW9yeQIACrsWA5ICAQJ/IAAgAWotAAAiA0EgRgR/QQEFIANBDU0gA0EJT3ELBEBBAQ8LIANBwgFJBEBBAA8LIAFBAWoiBCACSAR/IAAgBGotAAAFQQALIQQgA0HCAUYEQEECQQAgBEGgAUYgBEGFAUZyGw8LIANB4QFJIANB4wFLcgRAQQAPCyABQQJqIgEgAkgEfyAAIAFqLQAABUEACyEAIANB4QFGBEBBA0EAIABBgAFGIARBmgFGcRsPCyADQeMBRgRAQQNBACAAQYABRiAEQYABRnEbDwsgBEGAAUYEQEEDQQAgAEGKAUwgAEGAAU5xIABBqAFGciAAQakBRnIgAEGvAUZyGw8LQQNBACAAQZ8BRiAEQYEBRnEbC4USARF/QYAQKAIAIQRBhBAoAgAhC0GIECgCACENQYwQKAIAIQpBkBAoAgBBAEchCUGUECgCACEIQZgQKAIAIQZBnBAoAgBBAEchDEGgECgCAEEARyEHIAEgAkohEEGAICEDA0AgAiAESgRAAkAgCwRAIAtBAkYEQANAIAIgBEoEfyAAIARqLQAAQS9HBUEACwR/IAAgBGotAABBKkcFQQALBEAgBEEBaiEEDAELCwUgC0EBRgRAA0AgAiAESgR/IAAgBGotAABBCkcFQQALBH8gACAEai0AAEENRwVBAAsEQCAEQQFqIQQMAQsLBSALQQNGIgUEQCAJIQULQdwAIAtBA0YEf0EnBUEiQSQgC0EERhsLIhEgBRshEiALQQNGBH9BgAxBgAYgBRsFQYAIQYAKIAtBBEYbCyETA0AgAiAESgR/IBEgACAEai0AACIORwVBAAshBSAOIBJHQQAgBRsEQCAOLQCABCIFBH8gBUEBRgR/QQEFIAAgBCABEAALBUEACyIFQQBKBEBBASEMIAQgBWohBAwCCyAMBH9BACEMIAcEfyADQSA6AAAgA0EBagUgAwsFIAMLIgVBAWohAyAFIA46AAAgBEEBaiEEQQEhBwNAA0AgAiAESgR/IBMgACAEai0AACIOai0AAAVBAQtFBEAgAyIFQQFqIQMgBSAOOgAAIARBAWohBAwBCwsgDkEgRyAEQQFqIAJOcgR/QQEFIBMgBEEBaiAAai0AAGotAAALRQRAIAMiBUEBaiEDIAVBIDoAACAEQQFqIQQMAQsLDAELCwsLBQNAAkADQCACIARKBH8gACAEai0AACIPLQAABUEBC0UEQCAMBH9BACEMIAcEfyADQSA6AAAgA0EBagUgAwsFIAMLIgVBAWohAyAFIA8tAIACOgAAIARBAWohBEEBIQcDQANAIAIgBEoEfyAAIARqLQAAIg8tAAAFQQELRQRAIAMiBUEBaiEDIAUgDy0AgAI6AAAgBEEBaiEEDAELCyAPQSBHIARBAWogAk5yBH9BAQUgBEEBaiAAai0AAC0AAAtFBEAgAyIFQQFqIQMgBUEgOgAAIARBAWohBAwBCwsMAQsLIAIgBEwNACAAIARqLQAALQAAIgVBAUYNACAFQQJGBH9BAQUgACAEIAEQAAsiBUEASgR/QQEhDCAEIAVqBSAMBH9BACEMIAcEfyADQSA6AAAgA0EBagUgAwsFIAMLIgVBAWohAyAFIAAgBGotAAA6AABBASEHIARBAWoLIQQMAQsLCyACIARMDQAgACAEai0AACERIARBAWoiBSABSAR/IAAgBWotAAAFQX8LIRIgDARAIAtBAUYiBUUEQCALQQJGIQULIAUEfyAFBSALBH9BAAUgEkEtRiARQS1GcQR/QQEFIBJBKkYgEUEvRnELCwtFBEBBACEMIAcEQCADQSA6AAAgA0EBaiEDCwsLIAsEQCALQQFGBEAgEUEKRgR/QQEhDEEAIQsgBEEBagUgEkEKRiARQQ1GcQR/QQEhDEEAIQsgBEECagUgBEEBagsLIQQFIAtBAkYEQCASQSpGIBFBL0ZxBH8gDUEBaiENIARBAmoFIBJBL0YgEUEqRnEEfyALQQAgDUEBayINGyELIARBAmoFIARBAWoLCyEEBSALQQNGBEAgAyIFQQFqIQMgBSAROgAAQQEhByARQdwARgRAQQAhBSASQQBOBEAgACAEQQFqIAEQACIRQQBKBEBBASEMQQEhBSAEIBFBAWpqIQQLCyAFRQRAIARBAmohBCASQQBOBEAgAyASOgAAIANBAWohAwsLBSASQSdGBH8gAyIFQQFqIQMgBUEnOgAAIARBAmoFQQAhCyAEQQFqCyEECwUgC0EERgR/IAMiBUEBaiEDIAUgEToAAEEBIQcgEkEiRgR/IAMiBUEBaiEDIAVBIjoAACAEQQJqBUEAIQsgBEEBagsFQQEhBwJ/QQAgBCAGaiABSg0AGkEAIQUDQCAFIAZIBEBBACAEIAVqIABqLQAAIAUgCGogAGotAABHDQIaIAVBAWohBQwBCwtBAQsEf0EAIQsDQCAGIAtKBEAgAyIFQQFqIQMgBSAEIAtqIABqLQAAOgAAIAtBAWohCwwBCwtBACELIAQgBmoFIAMiBUEBaiEDIAUgEToAACAEQQFqCwshBAsLCwUgEkEtRiARQS1GcQR/QQEhDEEBIQsgBEECagUgEkEqRiARQS9GcQR/QQEhDEECIQtBASENIAQiCkECagUgEUEnRgR/IARBAEoEfyAEQQFrIABqLQAAQSByQeUARgVBAAsEfyAEQQJIBH9BAAUgBEECayAAai0AACIFQSByIQcgBUHfAEYhCSAHQfoATSAHQeEAT3EEf0EBBSAFQTlNIAVBME9xCyAJciAFQSRGciAFQYABT3ILBUEBC0UhCSADIgVBAWohAyAFIBE6AABBASEHQQMhCyAEQQFqBSARQSJGBH8gAyIFQQFqIQMgBSAROgAAQQEhB0EEIQsgBEEBagUgEUEkRgR/QQIhBwJAIARBAWoiBSABSAR/IAAgBWotAABBJEYFQQALDQBBACEHIAEgBUwEf0EABSAAIAVqLQAAIhJBIHIiE0H6AE0gE0HhAE5xIBJB3wBGcgtFDQAgBUEBaiEFA0AgASAFSgRAIAUgBGtBAWohByAAIAVqLQAAIhJBJEYNAkEAIQcgEkEgciITQfoATSATQeEATnEgEkHfAEZyBH9BAQUgEkE5TSASQTBPcQtFDQIgBUEBaiEFDAELCwsgByIFQcAASiAQcQRAQX8PC0EBIQcgBUEASgR/QQAhCANAIAUgCEoEQCADIgZBAWohAyAGIAQgCGogAGotAAA6AAAgCEEBaiEIDAELC0EFIQsgBSIGIAQiCGoFIAMiBUEBaiEDIAUgEToAACAEQQFqCwUgAyIFQQFqIQMgBSAROgAAQQEhByAEQQFqCwsLCwshBAsMAgsLC0GAECAENgIAQYQQIAs2AgBBiBAgDTYCAEGMECAKNgIAQZAQIAk2AgBBlBAgCDYCAEGYECAGNgIAQZwQIAw2AgBBoBAgBzYCACADQYAgawudAgEDfwNAIAFBgAJIBEAgAUEtRiIARQRAIAFBL0YhAAsgAEUEQCABQSdGIQALIABFBEAgAUEiRiEACyAARQRAIAFBJEYhAAsgAUEBIAFBIEYEf0EBBSABQQ1MIAFBCU5xCwR/QQEFQQJBACABQeEBRiABQcIBRnIgAUHiAUZyIAFB4wFGchsLIgJBAWpBACACGyAAGzoAACABIAFBIHIgASABQdoATCABQcEATnEbOgCAAiABIAI6AIAEIAFBASABQSdGIAIbIgBBAEc6AIAGIAFBgAhqQQEgAUEiRiACG0EARzoAACABQYAKakEBIAFBJEYgAhtBAEc6AAAgAUGADGpBASABQdwARiAAG0EARzoAACABQQFqIQEMAQsLCw==';

;// CONCATENATED MODULE: ./src/engine/project/wasm-lexer.ts
/**
 * The normalising lexer of `pgmi_checksum` compiled to WebAssembly (`wasm/lexer.ts`): the same
 * state machine as `lexSqlRange` with collapsing output, the mode every checksum runs, about
 * twice as fast as the JavaScript one. `PgmiDigester` uses it when the runtime has WebAssembly
 * (not under `node --jitless`) and falls back to `lexSqlRange` otherwise; tests and the `sql`
 * fuzz target hold the two to the same output, range by range.
 *
 * Memory layout (see wasm/lexer.ts): tables from 0, the lexer state at 2048, output at 4096, one
 * small file at SMALL_SRC, and from JOB_SRC the whole of the large file a digest is stepping
 * through (the lexer looks back and ahead across range limits, as `lexSqlRange` does over `src`).
 * That area grows to the largest file and is reused for the next: a digester lives for one scan
 * or one checksum pass, and its memory goes with it.
 */

const STATE = 2048;
const OUT = 4096;
/** Room for one small file (a digest's one-block case). */
const SMALL_SRC = 0x12000;
const WASM_SMALL_MAX = 0x10000;
const JOB_SRC = 0x30000;
const PAGE = 0x10000;
const api = globalThis.WebAssembly;
let compiled;
function wasmModule() {
    compiled ??= api ? new api.Module(Buffer.from(LEXER_WASM, 'base64')) : null;
    return compiled;
}
class WasmLexer {
    exports;
    u8;
    i32;
    /** The file now copied at JOB_SRC. */
    resident;
    constructor(module) {
        this.exports = new api.Instance(module).exports;
        this.exports.init();
        this.u8 = new Uint8Array(this.exports.memory.buffer);
        this.i32 = new Int32Array(this.exports.memory.buffer);
    }
    /** A lexer, or undefined when this runtime has no WebAssembly. */
    static create() {
        const module = wasmModule();
        return module ? new WasmLexer(module) : undefined;
    }
    ensure(bytes) {
        const have = this.exports.memory.buffer.byteLength;
        if (bytes <= have)
            return;
        this.exports.memory.grow(Math.ceil((bytes - have) / PAGE));
        this.u8 = new Uint8Array(this.exports.memory.buffer);
        this.i32 = new Int32Array(this.exports.memory.buffer);
    }
    run(at, n, limit, st, ws) {
        const s = this.i32;
        const b = STATE >> 2;
        s[b] = st.i;
        s[b + 1] = st.state;
        s[b + 2] = st.depth;
        s[b + 3] = st.commentStart;
        s[b + 4] = st.escapeString ? 1 : 0;
        s[b + 5] = st.tagStart;
        s[b + 6] = st.tagLen;
        s[b + 7] = ws.pending ? 1 : 0;
        s[b + 8] = ws.wrote ? 1 : 0;
        const o = this.exports.lex(at, n, limit);
        if (o < 0)
            return o;
        st.i = s[b];
        st.state = s[b + 1];
        st.depth = s[b + 2];
        st.commentStart = s[b + 3];
        st.escapeString = s[b + 4] !== 0;
        st.tagStart = s[b + 5];
        st.tagLen = s[b + 6];
        ws.pending = s[b + 7] !== 0;
        ws.wrote = s[b + 8] !== 0;
        return o;
    }
    /**
     * `lexSqlRange(src, st, limit, out, 0, null, ws)`: the output (a view valid until the next
     * call), or null where that returns -1. `src` of at most WASM_SMALL_MAX bytes is copied for
     * this call only; a larger one stays copied while the same `src` is stepped through.
     */
    lexRange(src, st, limit, ws) {
        // The output area holds one range's output: at most the range, a dollar tag and a space.
        if (limit - st.i > WASM_SMALL_MAX)
            throw new Error('internal error: lexer range too long');
        let at;
        if (src.length <= WASM_SMALL_MAX) {
            at = SMALL_SRC;
            this.u8.set(src, at);
        }
        else {
            at = JOB_SRC;
            if (this.resident !== src) {
                this.ensure(JOB_SRC + src.length);
                this.u8.set(src, at);
                this.resident = src;
            }
        }
        const o = this.run(at, src.length, limit, st, ws);
        return o < 0 ? null : this.u8.subarray(OUT, OUT + o);
    }
    /**
     * A whole file of at most WASM_SMALL_MAX bytes lexed from the start (no state to carry): the
     * output, a view valid until the next call.
     */
    lexWhole(src) {
        if (src.length > WASM_SMALL_MAX)
            throw new Error('internal error: lexer range too long');
        this.u8.set(src, SMALL_SRC);
        this.i32.fill(0, STATE >> 2, (STATE >> 2) + 9);
        const o = this.exports.lex(SMALL_SRC, src.length, src.length);
        return this.u8.subarray(OUT, OUT + o);
    }
    /** Done with a large file: its copy is no longer needed (its area is reused as it is). */
    forget(src) {
        if (this.resident === src)
            this.resident = undefined;
    }
    /** The size of this lexer's memory, in bytes. */
    get memoryBytes() {
        return this.exports.memory.buffer.byteLength;
    }
}

;// CONCATENATED MODULE: ./src/engine/project/checksum.ts
/**
 * The two per-file digests: `checksum` (SHA-256 of the bytes) and `pgmi_checksum` (SHA-256 of the
 * normalised text, bit-identical to upstream pgmi, which ledgers compare across deploys).
 *
 * Normalisation = the lexer pass of `sql-lexer.ts` (comments to one space, ASCII case folding
 * outside literals, quoted identifiers and dollar bodies) followed by a whitespace pass: every run
 * of Go `unicode.IsSpace` code points — anywhere, literals included, as upstream does — becomes
 * one space, and the ends are trimmed. Both work over bytes: linear, and no per-character
 * strings. `pgmiChecksumSimple` runs them as two passes, the reference; `PgmiDigester`, what pgmi
 * uses, runs them as one, the lexer collapsing as it writes (wasm/lexer.ts, compiled to
 * WebAssembly, or the same in JavaScript).
 */





function bytesOf(input) {
    return typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
}
/**
 * One-shot SHA-256 (`crypto.hash`, Node 20.12+; not yet in the type declarations): for small
 * inputs about twice as fast as a `Hash` object, which matters over thousands of files.
 */
const oneShot = (external_node_crypto_default()).hash;
function sha256Hex(data) {
    return oneShot ? oneShot('sha256', data, 'hex') : (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** SHA-256 (lower-case hex) of the bytes exactly; strings are hashed as UTF-8. */
function rawChecksum(input) {
    return sha256Hex(bytesOf(input));
}
/** Collapses whitespace runs in `buf[0..len)` in place; returns the new length. */
function collapseWhitespace(buf, len) {
    let w = 0;
    let r = 0;
    let pendingSpace = false;
    while (r < len) {
        const ws = (0,go_text/* goSpaceLength */.Pc)(buf, r, len);
        if (ws > 0) {
            pendingSpace = true;
            r += ws;
            continue;
        }
        // A pending space is written only between two non-space bytes: that trims both ends.
        if (pendingSpace && w > 0)
            buf[w++] = 0x20;
        pendingSpace = false;
        buf[w++] = buf[r++];
    }
    return w;
}
/**
 * The normalised bytes of UTF-8 SQL text (expected to be valid UTF-8, as the scanner guarantees).
 * Returns a view into a fresh buffer.
 */
function normalizeSqlBytes(input) {
    const src = bytesOf(input);
    const out = Buffer.allocUnsafe(src.length);
    const len = collapseWhitespace(out, (0,sql_lexer/* lexSql */.qr)(src, out, null));
    return out.subarray(0, len);
}
/** Upstream pgmi's normalisation of SQL text (see the module comment). */
function normalizeSql(text) {
    return normalizeSqlBytes(text).toString('utf8');
}
/** The straightforward `pgmi_checksum`: normalise the whole text, then hash it. */
function pgmiChecksumSimple(input) {
    return (0,external_node_crypto_.createHash)('sha256').update(normalizeSqlBytes(input)).digest('hex');
}
/** Source bytes lexed per step of the streamed checksum. */
const BLOCK = 64 * 1024;
/**
 * The streamed `pgmi_checksum`: the lexer runs a block at a time into one small output buffer
 * per caller, collapsing white space as it writes (one pass instead of two), and each block's
 * output is hashed before the next. The lexer is the WebAssembly one (wasm-lexer.ts), which
 * holds one copy of a large file in its memory while stepping through it, or `lexSqlRange` where
 * there is no WebAssembly. Gives the same digest as `pgmiChecksumSimple` (tests run both lexers
 * against it over every file of the templates and examples).
 */
class PgmiDigester {
    block;
    buf;
    /** The WebAssembly lexer: undefined until first needed, null when not used. */
    wasm;
    /**
     * `block`: source bytes lexed per step (tests use small ones to exercise the range limits);
     * `wasm: false`: the JavaScript lexer only.
     */
    constructor(options = {}) {
        this.block = Math.max(1, Math.min(options.block ?? BLOCK, WASM_SMALL_MAX));
        this.buf = Buffer.allocUnsafe(this.block + sql_lexer/* MAX_RANGE_TAG */.kP + 8);
        this.wasm = options.wasm === false ? null : undefined;
    }
    lexer() {
        if (this.wasm === undefined)
            this.wasm = WasmLexer.create() ?? null;
        return this.wasm;
    }
    /**
     * One range of `src` lexed and collapsed (`lexSqlRange` with `ws`): the output, valid until the
     * next call, or null when a dollar tag too long for ranged lexing opens.
     */
    lexRange(src, st, limit, ws) {
        const wasm = this.lexer();
        if (wasm)
            return wasm.lexRange(src, st, limit, ws);
        const end = (0,sql_lexer/* lexSqlRange */.BJ)(src, st, limit, this.buf, 0, null, ws);
        return end < 0 ? null : this.buf.subarray(0, end);
    }
    digest(src) {
        if (src.length <= this.block)
            return this.small(src);
        const job = this.begin(src);
        while (!this.step(job, Infinity))
            ;
        return this.finish(job);
    }
    /**
     * Starts a digest that `step` advances a budget of bytes at a time and `finish` completes, so a
     * caller can interleave the work with I/O. One job at a time per digester (the buffer is
     * shared between steps).
     */
    begin(src, raw = false) {
        return {
            src,
            hash: (0,external_node_crypto_.createHash)('sha256'),
            st: (0,sql_lexer/* newLexState */.rQ)(),
            ws: { pending: false, wrote: false },
            fallback: undefined,
            raw: raw ? (0,external_node_crypto_.createHash)('sha256') : undefined,
            rawAt: 0,
        };
    }
    /** Lexes at least one block (up to about `budget` bytes); true when the text is done. */
    step(job, budget) {
        const { src, st, ws, hash } = job;
        const until = Math.min(src.length, st.i + Math.max(budget, 1));
        do {
            const limit = Math.min(src.length, st.i + this.block);
            // Lexed and collapsed in one pass (white space still pending travels in `ws`).
            const out = this.lexRange(src, st, limit, ws);
            if (out === null) {
                job.fallback = pgmiChecksumSimple(src);
                this.wasm?.forget(src);
                return true;
            }
            if (out.length > 0)
                hash.update(out);
            // The bytes just lexed (a token may have run past the limit), while they are in cache.
            if (job.raw) {
                job.raw.update(src.subarray(job.rawAt, st.i));
                job.rawAt = st.i;
            }
        } while (st.i < until);
        return st.i >= src.length;
    }
    finish(job) {
        this.wasm?.forget(job.src);
        if (job.fallback !== undefined)
            return job.fallback;
        (0,sql_lexer/* lexSqlEnd */.FD)(job.src, job.st, null);
        return job.hash.digest('hex');
    }
    /** The SHA-256 of the bytes of a finished job begun with `raw` (the rest of them hashed here). */
    finishRaw(job) {
        if (!job.raw)
            throw new Error('internal error: no SHA-256 of the bytes in this digest');
        job.raw.update(job.src.subarray(job.rawAt));
        return job.raw.digest('hex');
    }
    /** One block: lexed and collapsed into the buffer in one pass, hashed once. */
    small(src) {
        const wasm = this.lexer();
        // A whole file's lexer state starts empty and ends where nothing reads it (no comment spans).
        if (wasm)
            return sha256Hex(wasm.lexWhole(src));
        const st = (0,sql_lexer/* newLexState */.rQ)();
        // Never null: the whole input is one range, so no tag is too long.
        const out = this.lexRange(src, st, src.length, { pending: false, wrote: false });
        (0,sql_lexer/* lexSqlEnd */.FD)(src, st, null);
        return sha256Hex(out);
    }
}
/** Bytes of a large file lexed and hashed between two looks at the clock: about 1 ms. */
const STEP_BYTES = 256 * 1024;
/**
 * Computes `pgmi_checksum` of `files` (those still without one), and `checksum` where it is
 * missing too, a slice of at most about `sliceMs` of work at a time, yielding to the event loop
 * between slices: the work overlaps with whatever I/O is in flight (connecting, creating the
 * session) instead of delaying it.
 */
async function completePgmiChecksums(files, options = {}) {
    // Short slices: each round trip of the connection being opened meanwhile (about ten of them)
    // waits for the slice in progress; with 4 ms slices of 1 MiB steps, a 20 MiB file's checksums
    // stretched the connection from about 40 to 80 ms.
    const sliceMs = options.sliceMs ?? 1;
    const digester = new PgmiDigester();
    let spent = 0;
    let i = 0;
    let job;
    while (i < files.length && !options.signal?.aborted) {
        const sliceStart = external_node_perf_hooks_.performance.now();
        do {
            const f = files[i];
            if (f.pgmiChecksum !== '') {
                if (f.checksum === '')
                    f.checksum = rawChecksum(f.bytes ?? f.content);
                i++;
                continue;
            }
            const src = f.bytes ?? Buffer.from(f.content, 'utf8');
            if (src.length <= BLOCK) {
                if (f.checksum === '')
                    f.checksum = rawChecksum(src);
                f.pgmiChecksum = digester.digest(src);
                i++;
                continue;
            }
            job ??= digester.begin(src, f.checksum === '');
            if (digester.step(job, STEP_BYTES)) {
                f.pgmiChecksum = digester.finish(job);
                if (job.raw)
                    f.checksum = digester.finishRaw(job);
                job = undefined;
                i++;
            }
        } while (i < files.length && external_node_perf_hooks_.performance.now() - sliceStart < sliceMs);
        spent += external_node_perf_hooks_.performance.now() - sliceStart;
        if (i < files.length)
            await new Promise((r) => setImmediate(r));
    }
    return spent;
}
const shared = new PgmiDigester();
/** `pgmi_checksum`: SHA-256 (lower-case hex) of the normalised text. */
function pgmiChecksum(input) {
    return shared.digest(bytesOf(input));
}


/***/ }),

/***/ 85623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ checkDuplicateIds),
/* harmony export */   FT: () => (/* binding */ findDuplicateIds),
/* harmony export */   Gz: () => (/* binding */ decodeMetadata),
/* harmony export */   QZ: () => (/* binding */ metadataBlockFor),
/* harmony export */   Qr: () => (/* binding */ findMetadataBlock),
/* harmony export */   Yu: () => (/* binding */ metadataParserLoaded),
/* harmony export */   zm: () => (/* binding */ loadMetadataParser)
/* harmony export */ });
/* unused harmony exports MAX_METADATA_SIZE, parseMetadata */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _go_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97986);
/* harmony import */ var _sql_lexer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4979);
/**
 * Script metadata: the `<pgmi-meta>` block of a SQL file (project-files.md §3).
 *
 * Blocks are top-level block comments found by the checksum's own lexer (`/*` inside literals,
 * quoted identifiers and dollar bodies is not a comment; nesting counts; an unterminated comment
 * runs to the end), so comment discovery and `pgmi_checksum` can never disagree.
 *
 * Deliberate difference from upstream (decisions.md 15): a comment is a metadata block only when
 * its text *starts* with the element — `<pgmi-meta` followed by whitespace or `>`, optionally
 * after an XML declaration and XML comments. Upstream matched the tag anywhere in the comment, so
 * a comment that merely mentions `<pgmi-meta>` in prose was parsed as a block and failed the
 * deploy. A block preceded by prose inside the same comment is, for the same reason, not a block.
 * The namespaced form is detected with the same anchoring.
 */



/** Largest accepted block (bytes of the trimmed comment text). */
const MAX_METADATA_SIZE = 10 * 1024;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
// An XML declaration and XML comments may precede the element; `\s` is XML's (and Go RE2's) set.
const PROLOG = /^(?:<\?xml[^]*?\?>|<!--[^]*?-->|[\t\n\r ]+)*/;
const META_START = /^<[\t\n\f\r ]*pgmi-meta[\t\n\f\r >]/;
const OLD_META_START = /^<[\t\n\f\r ]*pgmi:meta[\t\n\f\r >]/;
const FORMAT_HINT = 'Expected format:\n' +
    '  <pgmi-meta id="UUID" idempotent="true|false">\n' +
    '    <description>...</description>\n' +
    '    <sortKeys><key>...</key></sortKeys>\n' +
    '  </pgmi-meta>';
function metadataError(path, message, hint, line) {
    const where = line === undefined ? path : `${path} (line ${line})`;
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`invalid configuration: metadata error in ${where}: ${message}`, {
        hints: [`Hint: ${hint}`],
        failedFile: path,
    });
}
/** Where the metadata block of a file is, if it has one (throws on old-format or repeated blocks). */
function locateBlock(path, bytes) {
    const spans = [];
    (0,_sql_lexer__WEBPACK_IMPORTED_MODULE_2__/* .lexSql */ .qr)(bytes, null, spans);
    let found;
    for (let k = 0; k < spans.length; k += 2) {
        const text = (0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTrimSpace */ .hb)(bytes.toString('utf8', spans[k], spans[k + 1]));
        const element = text.slice(PROLOG.exec(text)?.[0].length ?? 0);
        if (OLD_META_START.test(element)) {
            throw metadataError(path, 'Found old metadata format with namespace (<pgmi:meta>); the namespaced form is no longer supported', 'Rewrite the block as <pgmi-meta id="…" idempotent="…"> … </pgmi-meta>, drop the xmlns:pgmi ' +
                'declaration and the pgmi: prefixes of <description>, <sortKeys> and <key>.\n' +
                FORMAT_HINT);
        }
        if (!META_START.test(element))
            continue;
        if (found !== undefined) {
            throw metadataError(path, 'Multiple metadata blocks found', 'Only one <pgmi-meta> block is allowed per file. Remove duplicates.');
        }
        found = text;
    }
    return found;
}
/**
 * The XML side (saxes), loaded the first time a file holds a block: a project without metadata
 * never loads it (about 90 KB of code to compile at every start otherwise).
 */
let xml;
/** Loads the XML parser that `decodeMetadata` (and so `parseMetadata` of a block) needs. */
async function loadMetadataParser() {
    xml ??= await Promise.all(/* import() */[__webpack_require__.e(9800), __webpack_require__.e(587)]).then(__webpack_require__.bind(__webpack_require__, 20587));
}
/** Whether `loadMetadataParser` has completed. */
const metadataParserLoaded = () => xml !== undefined;
function validate(path, decoded) {
    const problems = [];
    if (decoded.id === undefined || decoded.id === NIL_UUID) {
        problems.push(`id attribute is required and cannot be the nil UUID (${NIL_UUID}).\n` +
            '     Each script must have a unique identifier.\n' +
            '     Generate one with: uuidgen (Linux/macOS), [guid]::NewGuid() (PowerShell), or pgmi metadata scaffold');
    }
    if (decoded.idempotent === undefined) {
        problems.push('idempotent attribute is required (idempotent="true" or idempotent="false").\n' +
            '     true: the script is safe to rerun every deploy (CREATE OR REPLACE, IF NOT EXISTS).\n' +
            '     false: the script runs once per id (tracked one-time migration).');
    }
    decoded.sortKeys.forEach((key, i) => {
        if ((0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTrimSpace */ .hb)(key) === '') {
            problems.push(`sortKeys[${i}] cannot be empty or whitespace-only.\n` +
                '     Provide meaningful sort keys for execution ordering.\n' +
                '     Recommended format: "phase/sequence" (e.g., "10-utils/0010", "30-core/2000")');
        }
    });
    if (decoded.description !== '' && (0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTrimSpace */ .hb)(decoded.description) === '') {
        problems.push('description element contains only whitespace.\n' +
            '     Remove it or provide a meaningful description.');
    }
    if (problems.length > 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`invalid configuration: invalid PGMI metadata in ${path}:\n` +
            problems.map((p, i) => `  ${i + 1}. ${p}`).join('\n'), {
            hints: [FORMAT_HINT, 'Generate a template: pgmi metadata scaffold <project_path>'],
            failedFile: path,
        });
    }
    return {
        id: decoded.id,
        idempotent: decoded.idempotent,
        sortKeys: decoded.sortKeys,
        description: decoded.description,
    };
}
/**
 * Whether `bytes` holds `pgmi-meta` or `pgmi:meta` anywhere: one search for `meta` and a look at
 * the five bytes before each, instead of a search per spelling (each a pass over the whole file,
 * 10 ms for 20 MiB, and a byte-at-a-time one: `p` is common in SQL text).
 */
function mayHoldBlock(bytes) {
    for (let i = bytes.indexOf('meta', 5); i >= 0; i = bytes.indexOf('meta', i + 4)) {
        const sep = bytes[i - 1];
        if ((sep === 0x2d || sep === 0x3a) &&
            bytes[i - 5] === 0x70 &&
            bytes[i - 4] === 0x67 &&
            bytes[i - 3] === 0x6d &&
            bytes[i - 2] === 0x69) {
            return true;
        }
    }
    return false;
}
/**
 * The text of the `<pgmi-meta>` block of a SQL file, or undefined when it has none. `path` is the
 * `./`-prefixed path used in messages. Throws ConfigError (exit 10) for a block that cannot be
 * one (several blocks, the old `pgmi:meta` form, too large); needs no XML parser.
 */
function findMetadataBlock(path, content) {
    // Cheap exit for the common case: no block can exist without one of these byte sequences.
    let bytes;
    if (typeof content === 'string') {
        if (!content.includes('pgmi-meta') && !content.includes('pgmi:meta'))
            return undefined;
        bytes = Buffer.from(content, 'utf8');
    }
    else {
        bytes = Buffer.isBuffer(content)
            ? content
            : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
        if (!mayHoldBlock(bytes))
            return undefined;
    }
    const block = locateBlock(path, bytes);
    if (block === undefined)
        return undefined;
    const size = Buffer.byteLength(block, 'utf8');
    if (size > MAX_METADATA_SIZE) {
        throw metadataError(path, `Metadata block exceeds maximum size of ${MAX_METADATA_SIZE} bytes (got ${size} bytes)`, 'Metadata should be concise: move long descriptions to separate documentation files.\n' +
            'Typical metadata blocks are 200-500 bytes.');
    }
    return block;
}
/**
 * Decodes and validates a block found by `findMetadataBlock`; throws ConfigError (exit 10).
 * Needs `loadMetadataParser()` to have completed.
 */
function decodeMetadata(path, block) {
    if (!xml)
        throw new Error('internal error: the metadata parser is not loaded');
    let decoded;
    try {
        decoded = xml.decodeMetadataXml(block);
    }
    catch (err) {
        if (err instanceof xml.XmlSyntaxError) {
            throw metadataError(path, err.message, 'Check that all XML tags are properly closed and attributes are quoted; write & as &amp; and < as &lt;.\n' +
                FORMAT_HINT, err.line);
        }
        if (err instanceof xml.XmlValueError) {
            throw metadataError(path, err.message, `Verify the metadata XML structure.\n${FORMAT_HINT}`);
        }
        throw err;
    }
    return validate(path, decoded);
}
/**
 * Parses and validates the `<pgmi-meta>` block of a SQL file. `path` is the `./`-prefixed path
 * used in messages. Returns undefined when the file has no block; throws ConfigError (exit 10).
 * A file with a block needs `loadMetadataParser()` to have completed.
 */
function parseMetadata(path, content) {
    const block = findMetadataBlock(path, content);
    return block === undefined ? undefined : decodeMetadata(path, block);
}
/** Ids carried by more than one file, in order of first appearance. */
function findDuplicateIds(files) {
    const byId = new Map();
    for (const f of files) {
        if (!f.metadata || f.metadata.id === NIL_UUID)
            continue;
        const paths = byId.get(f.metadata.id);
        if (paths)
            paths.push(f.path);
        else
            byId.set(f.metadata.id, [f.path]);
    }
    return [...byId].filter(([, paths]) => paths.length > 1).map(([id, paths]) => ({ id, paths }));
}
/**
 * Fails (exit 10) when files share a metadata id: one line per id, `  <id>: <path>, <path>`,
 * paths sorted and lines sorted (byte order).
 */
function checkDuplicateIds(files) {
    const duplicates = findDuplicateIds(files);
    if (duplicates.length === 0)
        return;
    const lines = duplicates
        .map(({ id, paths }) => `  ${id}: ${[...paths].sort(_go_text__WEBPACK_IMPORTED_MODULE_1__/* .compareCodePoints */ .OP).join(', ')}`)
        .sort(_go_text__WEBPACK_IMPORTED_MODULE_1__/* .compareCodePoints */ .OP);
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('invalid configuration: duplicate <pgmi-meta id> across files; each script must have a unique id:\n' +
        lines.join('\n'), { hints: ['Give each script its own id (uuidgen), or remove the copied block.'] });
}
function escapeXmlText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * The block `pgmi metadata scaffold` writes at the top of a file, followed by one blank line
 * (same layout as upstream). The id is a parameter: decisions.md 15 makes it the file's
 * `generic_id` (upstream hashed `./` + the already `./`-prefixed path). The sort key is
 * `generated/<file name>` as upstream.
 */
function metadataBlockFor(fileName, id, idempotent) {
    const name = escapeXmlText(fileName);
    return ('/*\n' +
        '<pgmi-meta\n' +
        `    id="${id}"\n` +
        `    idempotent="${idempotent}">\n` +
        '  <description>\n' +
        `    Auto-generated metadata for ${name}\n` +
        '  </description>\n' +
        '  <sortKeys>\n' +
        `    <key>generated/${name}</key>\n` +
        '  </sortKeys>\n' +
        '</pgmi-meta>\n' +
        '*/\n' +
        '\n');
}


/***/ }),

/***/ 76990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ readDeploySql),
  v: () => (/* binding */ scanProject)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/project/go-text.ts
var go_text = __webpack_require__(97986);
// EXTERNAL MODULE: ./src/engine/project/metadata.ts
var metadata = __webpack_require__(85623);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/engine/project/checksum.ts + 2 modules
var project_checksum = __webpack_require__(29668);
// EXTERNAL MODULE: ./src/engine/preprocess/statements.ts
var statements = __webpack_require__(84039);
// EXTERNAL MODULE: ./src/engine/project/sql-files.ts
var sql_files = __webpack_require__(79670);
;// CONCATENATED MODULE: ./src/engine/project/walk.ts




const EXCLUDE_HINT = 'To exclude it from the scan, add its path to .pgmiignore at the project root (gitignore syntax).';
/**
 * An OS error without the absolute path Node appends (`EACCES: permission denied, open '/abs/x'`
 * → `EACCES: permission denied`), so a message names the file once, in its `./` form.
 */
function osReason(err) {
    return (0,errors/* messageOf */.bD)(err).replace(/, \w+ '[^]*'$/, '');
}
function skipped(name) {
    return name.startsWith('.') || name === 'node_modules' || name === '__pycache__';
}
/**
 * A name as raw bytes for display: valid UTF-8 decoded, every invalid byte as `\xNN` (how Go's
 * `%q` shows it), so the message names the file the user has to rename.
 */
function showBytes(raw) {
    let out = '';
    let rest = raw;
    for (;;) {
        const bad = (0,go_text/* firstInvalidUtf8 */.vE)(rest);
        if (bad < 0)
            return out + rest.toString('utf8');
        out += rest.subarray(0, bad).toString('utf8') + '\\x' + rest[bad].toString(16).padStart(2, '0');
        rest = rest.subarray(bad + 1);
    }
}
/** Names the session would store differently from the scanner (project-files.md §1.5 quirk). */
function badNameError(rel) {
    const path = `./${rel}`;
    if (rel.includes('\\')) {
        return new errors/* ConfigError */.xL(`invalid configuration: file name ${(0,go_text/* goQuote */.dg)(path)} contains a backslash, which the session reads as a directory separator; rename the file`, { hints: [EXCLUDE_HINT], failedFile: path });
    }
    if (rel.endsWith(' ')) {
        return new errors/* ConfigError */.xL(`invalid configuration: file name ${(0,go_text/* goQuote */.dg)(path)} ends with a space, which the session trims away; rename the file`, { hints: [EXCLUDE_HINT], failedFile: path });
    }
    return undefined;
}
/** Comparing UTF-16 code units agrees with UTF-8 byte order unless a surrogate is involved. */
const SURROGATE = /[\uD800-\uDFFF]/;
/**
 * Reads a directory, entries in byte order of their names (Go's order). Names are read as text;
 * a name that is not UTF-8 comes back with U+FFFD in place of its bad bytes (and opening that,
 * different, name would fail as "no such file"), so a directory with a U+FFFD in a name is read
 * again with names as bytes. Text is cheaper: about 10 ms less for 5000 names than bytes, which
 * need a Buffer per name and a call into C++ per comparison.
 */
async function list(dirAbs) {
    const entries = await (0,promises_.readdir)(dirAbs, { withFileTypes: true });
    if (entries.some((e) => e.name.includes('\uFFFD'))) {
        const bytes = await (0,promises_.readdir)(dirAbs, { withFileTypes: true, encoding: 'buffer' });
        bytes.sort((a, b) => Buffer.compare(a.name, b.name));
        return bytes;
    }
    if (entries.some((e) => SURROGATE.test(e.name))) {
        entries.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    }
    else {
        // Names in one directory are distinct.
        entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    }
    return entries;
}
/**
 * Lists the files to read, in walk order. Stops at the first entry that cannot be scanned (a
 * symlink, a special file, an unreadable directory, a bad name) and returns it as the last entry.
 */
async function walkProject(root, isIgnored) {
    const out = [];
    const visit = async (dirAbs, dirRel) => {
        let entries;
        try {
            entries = await list(dirAbs);
        }
        catch (err) {
            const shown = dirRel === '' ? 'the project directory' : `directory ./${dirRel}`;
            out.push({
                kind: 'error',
                error: new errors/* ConfigError */.xL(`failed to read ${shown}: ${osReason(err)}`, {
                    cause: err,
                    ...(dirRel === '' ? {} : { failedFile: `./${dirRel}` }),
                }),
            });
            return false;
        }
        // Paths to open, as the directory's plus the name: path.join would normalise each of them
        // again (a few microseconds apiece, thousands of files); only the kernel reads them.
        const prefix = dirAbs.endsWith(external_node_path_.sep) ? dirAbs : dirAbs + external_node_path_.sep;
        for (const entry of entries) {
            // Bytes only for a directory holding a name that is not UTF-8 (see `list`).
            const raw = typeof entry.name === 'string' ? undefined : entry.name;
            const name = raw === undefined ? entry.name : raw.toString('utf8');
            if (skipped(name))
                continue;
            const rel = dirRel === '' ? name : `${dirRel}/${name}`;
            const isDir = entry.isDirectory();
            if (dirRel === '' && !isDir && name.toLowerCase() === 'deploy.sql')
                continue;
            if (isIgnored(rel, isDir))
                continue;
            const abs = prefix + name;
            if (raw !== undefined && (0,go_text/* firstInvalidUtf8 */.vE)(raw) >= 0) {
                const shown = `./${dirRel === '' ? '' : `${dirRel}/`}${showBytes(raw)}`;
                out.push({
                    kind: 'error',
                    error: new errors/* ConfigError */.xL(`invalid configuration: ${isDir ? 'directory' : 'file'} name ${shown} is not valid UTF-8; pgmi stores paths as text — rename it`, { hints: [EXCLUDE_HINT], failedFile: shown }),
                });
                return false;
            }
            if (entry.isSymbolicLink()) {
                const path = `./${rel}`;
                out.push({
                    kind: 'error',
                    error: new errors/* ConfigError */.xL(`refusing to read symlink ${path}: pgmi does not follow symbolic links`, {
                        hints: [
                            'Replace the link with the file it points to, or move it into a hidden directory. ' +
                                EXCLUDE_HINT,
                        ],
                        failedFile: path,
                    }),
                });
                return false;
            }
            if (isDir) {
                if (!(await visit(abs, rel)))
                    return false;
                continue;
            }
            if (!entry.isFile()) {
                const path = `./${rel}`;
                out.push({
                    kind: 'error',
                    error: new errors/* ConfigError */.xL(`${path} is not a regular file (a socket, FIFO or device)`, {
                        hints: [EXCLUDE_HINT],
                        failedFile: path,
                    }),
                });
                return false;
            }
            const bad = badNameError(rel);
            if (bad) {
                out.push({ kind: 'error', error: bad });
                return false;
            }
            out.push({ kind: 'file', rel, abs });
        }
        return true;
    };
    await visit(root, '');
    return out;
}

;// CONCATENATED MODULE: ./src/engine/project/read-file.ts
/**
 * Reading one project file (project-files.md §1.4), checks in upstream's order: size cap, BOM
 * removal, dunder directories, NUL bytes, UTF-8, then `<pgmi-meta>` for non-test SQL files.
 *
 * Binary and non-UTF-8 files are configuration errors (exit 10, decisions.md 14) whose message
 * offers the way out: exclude the path in `.pgmiignore`.
 */
// The global `performance` is a lazy accessor in Node 20: about a microsecond per read while the
// code is cold, twice per file of a 5000-file scan. The module's binding is a plain value.









const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/**
 * From this size a deferred scan leaves the SHA-256 of the bytes to `completePgmiChecksums` as
 * well, which hashes them in the same slices as the normalised text, while connecting: on a
 * 20 MiB file that is about 50 ms taken off the time before the first connection attempt. Small
 * files are hashed as they are read (one call each; slicing them would cost more).
 */
const DEFER_RAW_FROM = 1024 * 1024;
/** Deepest directory level `_pgmi_source` accepts (its CHECK constraint). */
const MAX_DEPTH = 100;
/** `PGMI_MAX_FILE_SIZE` when it is a positive integer (Go `strconv.ParseInt`), else 10 MiB. */
function maxFileSizeFrom(env) {
    const raw = env.PGMI_MAX_FILE_SIZE;
    if (raw === undefined || !/^[+-]?[0-9]+$/.test(raw))
        return DEFAULT_MAX_FILE_SIZE;
    const value = Number(raw);
    return value > 0 && value <= Number.MAX_SAFE_INTEGER ? value : DEFAULT_MAX_FILE_SIZE;
}
const EXCLUDE = 'to exclude it, add its path to .pgmiignore at the project root (gitignore syntax)';
function tooLarge(path, size, cap) {
    return new errors/* ConfigError */.xL(`file ${path} is ${size} bytes, larger than the ${cap}-byte limit for project files`, {
        hints: [`Raise the limit with PGMI_MAX_FILE_SIZE=<bytes>; ${EXCLUDE}.`],
        failedFile: path,
    });
}
/**
 * Small files are read straight into a shared slab of this size and kept as views of it: no
 * buffer of their own, no copy. A file that does not fit what is left of the slab (room for less
 * than `MIN_ROOM` bytes) starts a new one; at most `MIN_ROOM` bytes of a slab go unused.
 */
const SLAB_SIZE = 1024 * 1024;
const MIN_ROOM = 64 * 1024;
/** Opening never waits: a FIFO swapped in after the walk reads as empty instead of blocking. */
const OPEN_FLAGS = (external_node_fs_default()).constants.O_RDONLY | ((external_node_fs_default()).constants.O_NONBLOCK ?? 0);
/**
 * Reads at most `cap + 1` bytes, so a file that grew after it was measured is still caught.
 *
 * Synchronous on purpose: a small file is three system calls (open, one read into the reader's
 * slab, close), each a few microseconds; sending each through the thread pool and a promise
 * costs more than the reading (about twice the CPU time over 5000 files), and nothing else runs
 * while the project is scanned. A short read of a regular file means end of file (the
 * assumption Node's own `readFile` makes). A file that fills the room it was given is read on
 * into a buffer of its size, never copied again.
 */
function readCapped(abs, path, cap, reader) {
    const fd = external_node_fs_default().openSync(abs, OPEN_FLAGS);
    try {
        if (reader.slab.length - reader.slabAt < MIN_ROOM) {
            reader.slab = Buffer.allocUnsafeSlow(SLAB_SIZE);
            reader.slabAt = 0;
        }
        const { slab, slabAt } = reader;
        const first = Math.min(slab.length - slabAt, cap + 1);
        const n = external_node_fs_default().readSync(fd, slab, slabAt, first, null);
        if (n < first) {
            reader.slabAt = slabAt + n;
            return slab.subarray(slabAt, slabAt + n);
        }
        const { size } = external_node_fs_default().fstatSync(fd);
        if (size > cap || n > cap)
            throw tooLarge(path, Math.max(size, n), cap);
        let buf = Buffer.allocUnsafe(Math.max(size, n) + 1);
        slab.copy(buf, 0, slabAt, slabAt + n);
        let total = n;
        for (;;) {
            if (total === buf.length) {
                const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, cap + 1));
                buf.copy(grown);
                buf = grown;
            }
            const want = buf.length - total;
            const got = external_node_fs_default().readSync(fd, buf, total, want, null);
            total += got;
            if (total > cap)
                throw tooLarge(path, total, cap);
            if (got < want)
                return buf.subarray(0, total);
        }
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
/** The first `__x__` directory other than `__test__`/`__tests__`, checking every segment. */
function badDunder(path) {
    if (!path.includes('/__'))
        return undefined;
    const segments = path.split('/');
    for (let i = 1; i < segments.length - 1; i++) {
        const s = segments[i];
        if (s.length > 4 &&
            s.startsWith('__') &&
            s.endsWith('__') &&
            s !== '__test__' &&
            s !== '__tests__') {
            return s;
        }
    }
    return undefined;
}
/**
 * A scanned file: its bytes are kept once, and `content` is decoded from them on demand (only
 * error reporting asks for it), so a large project is not held twice, as bytes and as a string.
 */
class ScannedFile {
    path;
    bytes;
    checksum;
    pgmiChecksum;
    isTest;
    isSql;
    metadata;
    /** A `<pgmi-meta>` block still to decode (the XML parser was not loaded yet; see `readAll`). */
    pendingMetadata;
    statementEnds;
    statementEndsPending;
    constructor(path, bytes, 
    /** Empty until computed for a large file whose checksums the scan defers. */
    checksum, 
    /** Empty until computed when the scan defers it (see `ScanOptions.deferPgmiChecksum`). */
    pgmiChecksum, isTest, isSql) {
        this.path = path;
        this.bytes = bytes;
        this.checksum = checksum;
        this.pgmiChecksum = pgmiChecksum;
        this.isTest = isTest;
        this.isSql = isSql;
    }
    get sizeBytes() {
        return this.bytes.length;
    }
    get content() {
        return this.bytes.toString('utf8');
    }
    toJSON() {
        return {
            path: this.path,
            content: this.content,
            sizeBytes: this.sizeBytes,
            checksum: this.checksum,
            pgmiChecksum: this.pgmiChecksum,
            isTest: this.isTest,
            isSql: this.isSql,
            ...(this.metadata ? { metadata: this.metadata } : {}),
        };
    }
}
const newFileReader = (checksums = true, digester = new project_checksum/* PgmiDigester */.Tl()) => ({
    slab: Buffer.alloc(0),
    slabAt: 0,
    digester,
    checksums,
    checksumMs: 0,
});
/** Reads, checks and describes one scanned file. `rel` is project-relative with `/`. */
function readProjectFile(abs, rel, cap, reader = newFileReader()) {
    const path = `./${rel}`;
    let raw;
    try {
        raw = readCapped(abs, path, cap, reader);
    }
    catch (err) {
        if (err instanceof errors.PgmiError)
            throw err;
        throw new errors/* ConfigError */.xL(`failed to read ${path}: ${osReason(err)}`, {
            cause: err,
            failedFile: path,
        });
    }
    const bytes = (0,go_text/* stripBom */.F8)(raw);
    const dunder = badDunder(path);
    if (dunder !== undefined) {
        throw new errors/* ConfigError */.xL(`invalid configuration: unsupported directory "${dunder}" in path ${(0,go_text/* goQuote */.dg)(path)}; only __test__ and __tests__ are allowed`, { failedFile: path });
    }
    // The way out is part of the message (not only a hint): JSON and Action consumers see messages.
    if (bytes.indexOf(0) >= 0) {
        throw new errors/* ConfigError */.xL(`invalid configuration: file ${path} contains a NUL byte; pgmi loads project files as text — ${EXCLUDE}, or move the file into a hidden directory or out of the project`, { failedFile: path });
    }
    const invalid = (0,go_text/* firstInvalidUtf8 */.vE)(bytes);
    if (invalid >= 0) {
        const offset = invalid + raw.length - bytes.length;
        throw new errors/* ConfigError */.xL(`invalid configuration: file ${path} is not valid UTF-8 (first invalid byte at offset ${offset}); pgmi loads project files as text — re-save it as UTF-8, or ${EXCLUDE}`, { failedFile: path });
    }
    const isTest = (0,sql_files/* isTestPath */.MQ)(path);
    const isSql = (0,sql_files/* isSqlPath */.OW)(path);
    const depth = (0,sql_files/* depthOf */.d1)(path);
    if (!isTest && depth > MAX_DEPTH) {
        // The session table rejects these at load time; say so before connecting.
        throw new errors/* ConfigError */.xL(`invalid configuration: ${path} is nested ${depth} directories deep; pgmi loads files at most ${MAX_DEPTH} directories below the project root`, { failedFile: path });
    }
    let checksum = '';
    let normalized = '';
    if (reader.checksums) {
        const started = external_node_perf_hooks_.performance.now();
        if (!reader.deferPgmiChecksum || bytes.length < DEFER_RAW_FROM)
            checksum = (0,project_checksum/* rawChecksum */.AC)(bytes);
        if (!reader.deferPgmiChecksum)
            normalized = reader.digester.digest(bytes);
        reader.checksumMs += external_node_perf_hooks_.performance.now() - started;
    }
    const file = new ScannedFile(path, bytes, checksum, normalized, isTest, isSql);
    if (isSql && !isTest) {
        const block = (0,metadata/* findMetadataBlock */.Qr)(path, bytes);
        if (block !== undefined) {
            // Decoded here once the parser is loaded; the first block of a scan is left to the caller,
            // which loads the parser (asynchronously) and decodes it before reading the next file.
            if ((0,metadata/* metadataParserLoaded */.Yu)())
                file.metadata = (0,metadata/* decodeMetadata */.Gz)(path, block);
            else
                file.pendingMetadata = block;
        }
        // Only a deploy runs files; callers that skip checksums (`pgmi info`) skip this too.
        if (reader.checksums && bytes.length >= statements/* SPLIT_MIN_BYTES */.kd) {
            if (reader.deferPgmiChecksum) {
                file.statementEndsPending = true;
            }
            else {
                const ends = (0,statements/* statementByteEnds */.UU)(bytes);
                if (ends)
                    file.statementEnds = ends;
            }
        }
    }
    return file;
}

;// CONCATENATED MODULE: ./src/engine/project/scan.ts
/**
 * Project scanning (project-files.md §1, session-api.md §5.1): path checks, the walk, reading and
 * checking every file, metadata, duplicate ids — all before any database work, so a bad project
 * never leaves a created database behind. Also `deploy.sql` itself, read separately.
 *
 * Files are read one after the other in walk order, so when several files are bad the first one
 * in walk order is the one reported, as with upstream's sequential walk.
 */








const errno = (err) => err.code;
/** Messages print the path as the user gave it (no quoting that doubles Windows backslashes). */
async function checkProjectPath(root) {
    let info;
    try {
        info = await (0,promises_.stat)(root);
    }
    catch (err) {
        if (errno(err) === 'ENOENT' || errno(err) === 'ENOTDIR') {
            throw new errors/* ConfigError */.xL(`invalid configuration: project path "${root}" does not exist`, {
                cause: err,
            });
        }
        throw new errors/* ConfigError */.xL(`cannot access project path "${root}": ${osReason(err)}`, { cause: err });
    }
    if (!info.isDirectory()) {
        throw new errors/* ConfigError */.xL(`invalid configuration: "${root}" is a file; pass the project directory`);
    }
}
function deploySqlMissing(root, cause) {
    return new errors/* DeploySqlMissingError */.am(`deploy.sql not found in ${root}`, {
        cause,
        hints: [`expected: ${(0,external_node_path_.join)(root, 'deploy.sql')} — run \`pgmi init\` to scaffold one`],
    });
}
async function checkDeploySql(root) {
    const path = (0,external_node_path_.join)(root, 'deploy.sql');
    let info;
    try {
        info = await (0,promises_.stat)(path); // follows a symlinked deploy.sql, as reading it does
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            throw deploySqlMissing(root, err);
        throw new errors/* ConfigError */.xL(`cannot access ${path}: ${osReason(err)}`, {
            cause: err,
            failedFile: 'deploy.sql',
        });
    }
    if (info.isDirectory()) {
        throw new errors/* ConfigError */.xL(`${path} is a directory, expected a regular file`, {
            failedFile: 'deploy.sql',
        });
    }
}
/**
 * The root `.pgmiignore` as a predicate; no file means nothing is excluded. The gitignore matcher
 * is loaded only for a project that has the file.
 */
async function loadIgnoreFile(root) {
    let text;
    try {
        text = (0,go_text/* stripBom */.F8)((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, '.pgmiignore'))).toString('utf8');
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            return () => false;
        throw new errors/* ConfigError */.xL(`invalid configuration: cannot read .pgmiignore: ${osReason(err)}`, {
            cause: err,
        });
    }
    const { default: ignore } = await __webpack_require__.e(/* import() */ 298).then(__webpack_require__.t.bind(__webpack_require__, 70298, 23));
    const rules = ignore().add(text);
    return (rel, dir) => rules.ignores(dir ? `${rel}/` : rel);
}
/**
 * Reads the walked files in walk order; throws the first failure. The first `<pgmi-meta>` block
 * loads the XML parser, and the block is decoded before the next file is read, so its errors
 * keep their place in walk order.
 */
async function readAll(entries, cap, options) {
    const reader = newFileReader(options.checksums ?? true);
    reader.deferPgmiChecksum = options.deferPgmiChecksum;
    const files = [];
    for (const entry of entries) {
        if (entry.kind === 'error')
            throw entry.error;
        const file = readProjectFile(entry.abs, entry.rel, cap, reader);
        if (file.pendingMetadata !== undefined) {
            await (0,metadata/* loadMetadataParser */.zm)();
            file.metadata = (0,metadata/* decodeMetadata */.Gz)(file.path, file.pendingMetadata);
            file.pendingMetadata = undefined;
        }
        files.push(file);
    }
    return { files, checksumMs: reader.checksumMs };
}
/**
 * Scans a project directory. Checks the path first (missing → exit 10, a file → exit 10, and with
 * `requireDeploySql` a missing `deploy.sql` → exit 14), then walks, reads and checks every file,
 * and rejects duplicate metadata ids. A project root that is itself a symlink to a directory is
 * accepted (upstream rejects it).
 */
async function scanProject(root, options = {}) {
    await checkProjectPath(root);
    if (options.requireDeploySql)
        await checkDeploySql(root);
    const cap = options.maxFileSize ?? maxFileSizeFrom(options.env ?? process.env);
    const entries = await walkProject(root, await loadIgnoreFile(root));
    const { files, checksumMs } = await readAll(entries, cap, options);
    if (!options.allowDuplicateIds)
        (0,metadata/* checkDuplicateIds */.Ak)(files);
    return { root: (0,external_node_path_.resolve)(root), files, checksumMs };
}
/**
 * `<root>/deploy.sql` as text: BOM removed; invalid UTF-8 is a configuration error (checked
 * offline, decisions.md 2) giving the offset of the first bad byte in the file. A symlinked
 * deploy.sql is followed; there is no size cap and no NUL check (as upstream).
 */
async function readDeploySql(root) {
    const path = (0,external_node_path_.join)(root, 'deploy.sql');
    let raw;
    try {
        raw = await (0,promises_.readFile)(path);
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            throw deploySqlMissing(root, err);
        if (errno(err) === 'EISDIR') {
            throw new errors/* ConfigError */.xL(`${path} is a directory, expected a regular file`, {
                cause: err,
                failedFile: 'deploy.sql',
            });
        }
        throw new errors/* ConfigError */.xL(`failed to read deploy.sql: ${osReason(err)}`, {
            cause: err,
            failedFile: 'deploy.sql',
        });
    }
    const invalid = (0,go_text/* firstInvalidUtf8 */.vE)(raw);
    if (invalid >= 0) {
        throw new errors/* ConfigError */.xL(`invalid configuration: deploy.sql is not valid UTF-8 (first invalid byte at offset ${invalid}); re-save the file as UTF-8 without BOM`, { failedFile: 'deploy.sql' });
    }
    return (0,go_text/* stripBom */.F8)(raw).toString('utf8');
}


/***/ }),

/***/ 79670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   MQ: () => (/* binding */ isTestPath),
/* harmony export */   NB: () => (/* binding */ pathFields),
/* harmony export */   OW: () => (/* binding */ isSqlPath),
/* harmony export */   Xo: () => (/* binding */ genericId),
/* harmony export */   d1: () => (/* binding */ depthOf),
/* harmony export */   h: () => (/* binding */ formatUuid)
/* harmony export */ });
/* unused harmony exports SQL_EXTENSIONS, extensionOf, isFixtureName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Path rules shared by the scanner, the session loader and the metadata commands: which files are
 * SQL, which are tests or fixtures, the fallback identity, and the derived path fields.
 */

/**
 * The SQL extensions, compared case-insensitively against the final suffix only. Must agree with
 * the session function `pgmi_is_sql_file`.
 */
const SQL_EXTENSIONS = [
    '.sql',
    '.ddl',
    '.dml',
    '.dql',
    '.dcl',
    '.psql',
    '.pgsql',
    '.plpgsql',
];
const SQL_EXTENSION_SET = new Set(SQL_EXTENSIONS);
/** Final segment of a `/`-separated path. */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Go `filepath.Ext` of the final segment: from its last `.`, case kept; '' when none. */
function extensionOf(path) {
    const name = baseName(path);
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(dot);
}
/** `x.SQL`, `a/b.PlPgSql` yes; `x.sqlx`, `x.sql.bak`, `x.sql~` no. */
function isSqlPath(path) {
    return SQL_EXTENSION_SET.has(extensionOf(path).toLowerCase());
}
/** A path with a `/__test__/` or `/__tests__/` segment anywhere (`./__test__/a.sql` included). */
function isTestPath(path) {
    return path.includes('/__test__/') || path.includes('/__tests__/');
}
/** Test fixtures run before the tests of their directory: `_setup.sql` / `_setup.psql`, any case. */
function isFixtureName(name) {
    const lower = name.toLowerCase();
    return lower === '_setup.sql' || lower === '_setup.psql';
}
/** Formats 16 bytes as a lower-case UUID (dashes after bytes 4, 6, 8 and 10). */
function formatUuid(bytes) {
    const hex = Buffer.from(bytes.buffer, bytes.byteOffset, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/**
 * `generic_id`: the MD5 of the UTF-8 bytes of the `./`-prefixed path laid out as a UUID — what
 * PostgreSQL's `md5(path::bytea)::uuid` yields. No version/variant bits: not an RFC 4122 UUID.
 */
function genericId(path) {
    return formatUuid((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(path, 'utf8').digest());
}
/**
 * `pathFields(path).depth` alone: the `/` of a path are those of its directory. Counted with
 * `indexOf`, which the scan calls once per file while its code is still cold.
 */
function depthOf(path) {
    let slashes = 0;
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1))
        slashes++;
    return Math.max(0, slashes - 1);
}
/** The scanner's derived fields of a `./`-prefixed path (project-files.md §1.5). */
function pathFields(path) {
    const slash = path.lastIndexOf('/');
    return {
        name: path.slice(slash + 1),
        directory: slash < 0 ? './' : path.slice(0, slash + 1),
        depth: depthOf(path),
        extension: extensionOf(path),
    };
}


/***/ }),

/***/ 4979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ lexSqlRange),
/* harmony export */   FD: () => (/* binding */ lexSqlEnd),
/* harmony export */   kP: () => (/* binding */ MAX_RANGE_TAG),
/* harmony export */   qr: () => (/* binding */ lexSql),
/* harmony export */   rQ: () => (/* binding */ newLexState)
/* harmony export */ });
/* harmony import */ var _go_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97986);
/**
 * The byte-level SQL lexer behind the normalised checksum and `<pgmi-meta>` comment discovery.
 *
 * Hand-written on purpose: `pgmi_checksum` must be bit-identical to upstream pgmi's (users keep it
 * in migration ledgers), so this reproduces upstream's scanner exactly, quirks included, rather
 * than using a general SQL tokenizer. One state machine serves both callers, so the comments the
 * checksum drops are exactly the comments the metadata reader examines.
 *
 * It works over UTF-8 bytes: every byte that matters to the grammar is ASCII, bytes >= 0x80 count
 * as identifier bytes (for the `E'...'` rule) and are otherwise copied untouched.
 */

const NORMAL = 0;
const LINE_COMMENT = 1;
const BLOCK_COMMENT = 2;
const LITERAL = 3;
const QUOTED_IDENT = 4;
const DOLLAR_BODY = 5;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const DQUOTE = 0x22;
const DOLLAR = 0x24;
const QUOTE = 0x27;
const STAR = 0x2a;
const DASH = 0x2d;
const SLASH = 0x2f;
const BACKSLASH = 0x5c;
/** Letters, digits, `_`, `$` and any byte >= 0x80: what may precede an `E` that is not a token. */
function isIdentByte(b) {
    const lower = b | 0x20;
    return ((lower >= 0x61 && lower <= 0x7a) ||
        (b >= 0x30 && b <= 0x39) ||
        b === 0x5f ||
        b === DOLLAR ||
        b >= 0x80);
}
function isTagStart(b) {
    const lower = b | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || b === 0x5f;
}
/**
 * Length of the dollar-quote opening tag at `i` (`$$`, `$tag$`), or 0 when the `$` opens none.
 * ASCII tags only, as upstream's checksum scanner. Note the upstream quirk this keeps: `a$b$c`
 * opens a dollar quote at `$b$` although PostgreSQL would read one identifier.
 */
function dollarTagLength(src, i) {
    const n = src.length;
    let j = i + 1;
    if (j < n && src[j] === DOLLAR)
        return 2;
    if (j >= n || !isTagStart(src[j]))
        return 0;
    j++;
    while (j < n) {
        const b = src[j];
        if (b === DOLLAR)
            return j - i + 1;
        if (!isTagStart(b) && !(b >= 0x30 && b <= 0x39))
            return 0;
        j++;
    }
    return 0;
}
function tagMatches(src, at, tagStart, tagLen) {
    if (at + tagLen > src.length)
        return false;
    for (let k = 0; k < tagLen; k++)
        if (src[at + k] !== src[tagStart + k])
            return false;
    return true;
}
// Bytes that can change state in normal mode; every other byte is copied (A–Z folded) in a
// tight loop, which is where nearly all of a SQL file's bytes go.
const SPECIAL = new Uint8Array(256);
for (const b of [DASH, SLASH, QUOTE, DQUOTE, DOLLAR])
    SPECIAL[b] = 1;
const FOLD = new Uint8Array(256);
for (let b = 0; b < 256; b++)
    FOLD[b] = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
// White space for the collapsing output (Go's unicode.IsSpace): 1 an ASCII space byte, 2 a byte
// that may start a multi-byte one (goSpaceLength decides).
const WS = new Uint8Array(256);
for (const b of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, SPACE])
    WS[b] = 1;
for (const b of [0xc2, 0xe1, 0xe2, 0xe3])
    WS[b] = 2;
// Normal mode with collapsing: 0 copied (A–Z folded) in the tight loop, 1 special, 2 white space
// (ASCII) or 3 perhaps (multi-byte).
const NORMAL_CLASS = new Uint8Array(256);
for (let b = 0; b < 256; b++)
    NORMAL_CLASS[b] = SPECIAL[b] ? 1 : WS[b] ? WS[b] + 1 : 0;
// In a literal, quoted identifier or dollar body with collapsing: non-zero for the bytes that end
// a run of copied bytes, white space and the state's stop byte (by stop byte; and the backslash
// too in an escape string). One lookup per byte instead of three comparisons.
const QUOTED_CLASS = [];
for (const stop of [QUOTE, DQUOTE, DOLLAR]) {
    const t = new Uint8Array(256);
    for (let b = 0; b < 256; b++)
        t[b] = WS[b] || b === stop ? 1 : 0;
    QUOTED_CLASS[stop] = t;
}
const QUOTED_ESCAPE_CLASS = QUOTED_CLASS[QUOTE].slice();
QUOTED_ESCAPE_CLASS[BACKSLASH] = 1;
const newLexState = () => ({
    i: 0,
    state: NORMAL,
    depth: 0,
    commentStart: 0,
    escapeString: false,
    tagStart: 0,
    tagLen: 0,
});
/** Longest dollar-quote tag `lexSqlRange` may copy past its limit (longer tags: see below). */
const MAX_RANGE_TAG = 64;
/**
 * Runs the lexer over `src`.
 *
 * - `out` (at least `src.length` bytes) receives the intermediate normalised text: ASCII A–Z folded
 *   in normal state, each comment replaced by one space (a line comment keeps its `\n`/`\r\n`),
 *   everything else copied. It never grows: the return value is the number of bytes written.
 * - `spans` receives `[contentStart, contentEnd]` byte offsets of the text inside every top-level
 *   block comment (nesting honoured; an unterminated comment runs to the end of the input).
 */
function lexSql(src, out, spans) {
    const st = newLexState();
    const o = lexSqlRange(src, st, src.length, out, 0, spans);
    lexSqlEnd(src, st, spans);
    return o;
}
/** Closes the lexer after the last range: an unterminated block comment runs to the end. */
function lexSqlEnd(src, st, spans) {
    if (st.state === BLOCK_COMMENT && spans)
        spans.push(st.commentStart + 2, src.length);
}
/**
 * The lexer over `src[st.i, limit)`, resumable: the state is kept in `st`, so a large file can be
 * lexed a block at a time into a small output buffer (streaming). Look-ahead and look-behind read
 * the whole of `src`, so block boundaries change nothing; a token that starts before `limit` is
 * finished, which may write up to `max(2, tag length)` bytes for input past `limit`. Output goes
 * to `out` from `o`; returns the new output length. Returns -1 (nothing consumed beyond the
 * state in `st`, which is then unusable) when `out` is not null and a dollar tag longer than
 * `MAX_RANGE_TAG` opens: the caller lexes the file in one call instead.
 *
 * With `ws` (and `out`), the output's white space is collapsed as it is written, the second pass
 * of the normalisation done in the first (see `Collapse`): a run of white space is skipped where
 * it is read and its one space written before the next byte that is not white space, which may
 * come from a later call. The output is what the lexer alone writes, then collapsed: every byte
 * of a multi-byte space is copied verbatim from `src` by either, so looking it up in `src` finds
 * what the collapse finds in the output. At most one byte more than the input is written (a
 * space still pending from an earlier call).
 */
function lexSqlRange(src, st, limit, out, o, spans, ws = null) {
    const n = src.length;
    let i = st.i;
    let state = st.state;
    let depth = st.depth;
    let commentStart = st.commentStart;
    let escapeString = st.escapeString;
    let tagStart = st.tagStart;
    let tagLen = st.tagLen;
    const ranged = limit < n;
    // Collapsing: `fold` writes through the checks below; without it, `pending` stays false.
    const fold = out !== null && ws !== null;
    let pending = ws?.pending ?? false;
    let wrote = ws?.wrote ?? false;
    while (i < limit) {
        if (state === NORMAL) {
            // With collapsing, normal text and the quoted states below have loops of their own, alike
            // in shape: one loop over per-state tables measured 1.5-2x slower (V8 then keeps neither
            // table nor mapping fixed).
            if (fold) {
                for (;;) {
                    let b;
                    while (i < limit && NORMAL_CLASS[(b = src[i])] === 0) {
                        if (pending) {
                            if (wrote)
                                out[o++] = SPACE;
                            pending = false;
                        }
                        out[o++] = FOLD[b];
                        i++;
                        wrote = true;
                        // The rest of the run, without the checks; a single space copied in it (see below).
                        for (;;) {
                            while (i < limit && NORMAL_CLASS[(b = src[i])] === 0) {
                                out[o++] = FOLD[b];
                                i++;
                            }
                            if (b !== SPACE || i + 1 >= limit || NORMAL_CLASS[src[i + 1]] !== 0)
                                break;
                            out[o++] = SPACE;
                            i++;
                        }
                    }
                    if (i >= limit)
                        break;
                    const k = NORMAL_CLASS[src[i]];
                    if (k === 1)
                        break;
                    const size = k === 2 ? 1 : (0,_go_text__WEBPACK_IMPORTED_MODULE_0__/* .goSpaceLength */ .Pc)(src, i, n);
                    if (size > 0) {
                        pending = true;
                        i += size;
                        continue;
                    }
                    // A byte that starts no multi-byte space: copied (as FOLD would: it is >= 0x80).
                    if (pending) {
                        if (wrote)
                            out[o++] = SPACE;
                        pending = false;
                    }
                    out[o++] = src[i++];
                    wrote = true;
                }
            }
            else if (out) {
                let b;
                while (i < limit && SPECIAL[(b = src[i])] === 0) {
                    out[o++] = FOLD[b];
                    i++;
                }
            }
            else {
                while (i < limit && SPECIAL[src[i]] === 0)
                    i++;
            }
            if (i >= limit)
                break;
        }
        else if (state === BLOCK_COMMENT) {
            while (i < limit && src[i] !== SLASH && src[i] !== STAR)
                i++;
            if (i >= limit)
                break;
        }
        else if (state === LINE_COMMENT) {
            while (i < limit && src[i] !== LF && src[i] !== CR)
                i++;
            if (i >= limit)
                break;
        }
        else {
            // Literal, quoted identifier or dollar body: copy up to the next byte that may end it.
            const stop = state === LITERAL ? QUOTE : state === QUOTED_IDENT ? DQUOTE : DOLLAR;
            const escapes = state === LITERAL && escapeString;
            if (fold) {
                const end = escapes ? BACKSLASH : stop;
                // Non-zero for the bytes that end the run below: this state's stop bytes and white space.
                const table = state === LITERAL
                    ? escapes
                        ? QUOTED_ESCAPE_CLASS
                        : QUOTED_CLASS[QUOTE]
                    : QUOTED_CLASS[stop];
                let b;
                while (i < limit && (b = src[i]) !== stop && b !== end) {
                    const k = WS[b];
                    const size = k === 0 ? 0 : k === 1 ? 1 : (0,_go_text__WEBPACK_IMPORTED_MODULE_0__/* .goSpaceLength */ .Pc)(src, i, n);
                    if (size > 0) {
                        pending = true;
                        i += size;
                        continue;
                    }
                    if (pending) {
                        if (wrote)
                            out[o++] = SPACE;
                        pending = false;
                    }
                    out[o++] = b;
                    i++;
                    wrote = true;
                    // The rest of the run, without the checks. A single space between two such bytes
                    // collapses to itself: copied in the run (most spaces are single).
                    for (;;) {
                        while (i < limit && table[(b = src[i])] === 0) {
                            out[o++] = b;
                            i++;
                        }
                        if (b !== SPACE || i + 1 >= limit || table[src[i + 1]] !== 0)
                            break;
                        out[o++] = SPACE;
                        i++;
                    }
                }
            }
            else if (out) {
                // One pass: copy while looking for the end.
                const end = escapes ? BACKSLASH : stop;
                let b;
                while (i < limit && (b = src[i]) !== stop && b !== end) {
                    out[o++] = b;
                    i++;
                }
            }
            else {
                while (i < limit && src[i] !== stop && !(escapes && src[i] === BACKSLASH))
                    i++;
            }
            if (i >= limit)
                break;
        }
        const c = src[i];
        const next = i + 1 < n ? src[i + 1] : -1;
        // What the cases below write is never white space, except where they say: a pending space
        // goes first.
        if (fold && pending) {
            const spaceOut = state === LINE_COMMENT ||
                state === BLOCK_COMMENT ||
                (state === NORMAL && ((c === DASH && next === DASH) || (c === SLASH && next === STAR)));
            if (!spaceOut) {
                if (wrote)
                    out[o++] = SPACE;
                pending = false;
            }
        }
        switch (state) {
            case NORMAL:
                if (c === DASH && next === DASH) {
                    if (fold)
                        pending = true;
                    else if (out)
                        out[o++] = SPACE;
                    state = LINE_COMMENT;
                    i += 2;
                }
                else if (c === SLASH && next === STAR) {
                    if (fold)
                        pending = true;
                    else if (out)
                        out[o++] = SPACE;
                    state = BLOCK_COMMENT;
                    depth = 1;
                    commentStart = i;
                    i += 2;
                }
                else if (c === QUOTE) {
                    // E'...' is an escape string only when the E is a token of its own (not `abcE'`).
                    escapeString =
                        i >= 1 && (src[i - 1] | 0x20) === 0x65 && (i < 2 || !isIdentByte(src[i - 2]));
                    if (out)
                        out[o++] = c;
                    wrote ||= fold;
                    state = LITERAL;
                    i++;
                }
                else if (c === DQUOTE) {
                    if (out)
                        out[o++] = c;
                    wrote ||= fold;
                    state = QUOTED_IDENT;
                    i++;
                }
                else if (c === DOLLAR) {
                    const len = dollarTagLength(src, i);
                    if (ranged && out && len > MAX_RANGE_TAG)
                        return -1;
                    if (len > 0) {
                        if (out)
                            for (let k = 0; k < len; k++)
                                out[o++] = src[i + k];
                        tagStart = i;
                        tagLen = len;
                        state = DOLLAR_BODY;
                        i += len;
                    }
                    else {
                        if (out)
                            out[o++] = c;
                        i++;
                    }
                    wrote ||= fold;
                }
                else {
                    // A lone `-` or `/`.
                    if (out)
                        out[o++] = c;
                    wrote ||= fold;
                    i++;
                }
                break;
            case LINE_COMMENT:
                if (c === LF) {
                    if (fold)
                        pending = true;
                    else if (out)
                        out[o++] = c;
                    state = NORMAL;
                    i++;
                }
                else if (c === CR && next === LF) {
                    if (fold)
                        pending = true;
                    else if (out) {
                        out[o++] = CR;
                        out[o++] = LF;
                    }
                    state = NORMAL;
                    i += 2;
                }
                else
                    i++;
                break;
            case BLOCK_COMMENT:
                if (c === SLASH && next === STAR) {
                    depth++;
                    i += 2;
                }
                else if (c === STAR && next === SLASH) {
                    depth--;
                    i += 2;
                    if (depth === 0) {
                        state = NORMAL;
                        if (spans)
                            spans.push(commentStart + 2, i - 2);
                    }
                }
                else
                    i++;
                break;
            case LITERAL:
                if (out)
                    out[o++] = c;
                wrote ||= fold;
                if (c === BACKSLASH) {
                    // Escape string: a backslash and the byte after it travel together and cannot close it.
                    if (fold && next >= 0) {
                        // That byte may be (or start) white space, collapsed like any other.
                        const size = (0,_go_text__WEBPACK_IMPORTED_MODULE_0__/* .goSpaceLength */ .Pc)(src, i + 1, n);
                        if (size > 0) {
                            pending = true;
                            i += 1 + size;
                            break;
                        }
                    }
                    if (out && next >= 0)
                        out[o++] = next;
                    i += 2;
                }
                else if (next === QUOTE) {
                    if (out)
                        out[o++] = QUOTE;
                    i += 2;
                }
                else {
                    state = NORMAL;
                    i++;
                }
                break;
            case QUOTED_IDENT:
                if (out)
                    out[o++] = c;
                wrote ||= fold;
                if (next === DQUOTE) {
                    if (out)
                        out[o++] = DQUOTE;
                    i += 2;
                }
                else {
                    state = NORMAL;
                    i++;
                }
                break;
            default:
                if (tagMatches(src, i, tagStart, tagLen)) {
                    if (out)
                        for (let k = 0; k < tagLen; k++)
                            out[o++] = src[i + k];
                    state = NORMAL;
                    i += tagLen;
                }
                else {
                    if (out)
                        out[o++] = c;
                    i++;
                }
                wrote ||= fold;
        }
    }
    st.i = i;
    st.state = state;
    st.depth = depth;
    st.commentStart = commentStart;
    st.escapeString = escapeString;
    st.tagStart = tagStart;
    st.tagLen = tagLen;
    if (ws) {
        ws.pending = pending;
        ws.wrote = wrote;
    }
    return o;
}


/***/ })

};
