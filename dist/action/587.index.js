export const id = 587;
export const ids = [587];
export const modules = {

/***/ 20587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XmlSyntaxError: () => (/* binding */ XmlSyntaxError),
/* harmony export */   XmlValueError: () => (/* binding */ XmlValueError),
/* harmony export */   decodeMetadataXml: () => (/* binding */ decodeMetadataXml),
/* harmony export */   parseUuid: () => (/* binding */ parseUuid),
/* harmony export */   parseXmlBool: () => (/* binding */ parseXmlBool)
/* harmony export */ });
/* harmony import */ var saxes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59800);
/* harmony import */ var _go_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97986);
/* harmony import */ var _sql_files__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79670);
/**
 * Decoding a `<pgmi-meta>` XML block the way upstream's Go `encoding/xml` + `google/uuid` decode it
 * into their struct, so the same block yields the same id, flag, keys and description:
 *
 * - attributes and children match by local name; unknown ones are ignored; a repeated attribute's
 *   last value wins; only direct children count; text inside nested elements is dropped;
 * - `<description>`: character data (CDATA included), untrimmed; the last one wins;
 * - every `<key>` of every `<sortKeys>` in document order, untrimmed;
 * - anything after the root element, and text before it, is ignored.
 *
 * Well-formedness is checked by saxes (strict XML 1.0) with line numbers relative to the block.
 */



/** A well-formedness error: the decoder's message and the line within the XML text. */
class XmlSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/** A decoding error that is not about syntax (bad UUID, bad boolean, wrong root element). */
class XmlValueError extends Error {
}
function hexByte(s, at) {
    const hi = Number.parseInt(String.fromCharCode(s[at]), 16);
    const lo = Number.parseInt(String.fromCharCode(s[at + 1]), 16);
    return Number.isNaN(hi) || Number.isNaN(lo) ? -1 : hi * 16 + lo;
}
/**
 * google/uuid `Parse`, byte for byte: 36 chars canonical (any version/variant, any case); 45 with
 * a `urn:uuid:` prefix (any case); 38 = canonical with any one character on each side (`{…}`);
 * 32 bare hex digits. Returns the canonical lower-case form.
 */
function parseUuid(text) {
    let s = Buffer.from(text, 'utf8');
    const out = new Uint8Array(16);
    switch (s.length) {
        case 36:
            break;
        case 45: {
            const prefix = Buffer.from(s.subarray(0, 9)).toString('latin1');
            if (prefix.toLowerCase() !== 'urn:uuid:') {
                throw new XmlValueError(`invalid urn prefix: ${(0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goQuote */ .dg)(Buffer.from(s.subarray(0, 9)).toString('utf8'))}`);
            }
            s = s.subarray(9);
            break;
        }
        case 38:
            s = s.subarray(1);
            break;
        case 32:
            for (let i = 0; i < 16; i++) {
                const v = hexByte(s, i * 2);
                if (v < 0)
                    throw new XmlValueError('invalid UUID format');
                out[i] = v;
            }
            return (0,_sql_files__WEBPACK_IMPORTED_MODULE_2__/* .formatUuid */ .h)(out);
        default:
            throw new XmlValueError(`invalid UUID length: ${s.length}`);
    }
    const dash = 0x2d;
    if (s[8] !== dash || s[13] !== dash || s[18] !== dash || s[23] !== dash) {
        throw new XmlValueError('invalid UUID format');
    }
    const offsets = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
    for (let i = 0; i < 16; i++) {
        const v = hexByte(s, offsets[i]);
        if (v < 0)
            throw new XmlValueError('invalid UUID format');
        out[i] = v;
    }
    return (0,_sql_files__WEBPACK_IMPORTED_MODULE_2__/* .formatUuid */ .h)(out);
}
const TRUE_FORMS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_FORMS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
/** encoding/xml into a bool: '' is false (an upstream quirk), else `strconv.ParseBool` of the trimmed text. */
function parseXmlBool(text) {
    if (text === '')
        return false;
    const t = (0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTrimSpace */ .hb)(text);
    if (TRUE_FORMS.has(t))
        return true;
    if (FALSE_FORMS.has(t))
        return false;
    throw new XmlValueError(`strconv.ParseBool: parsing ${(0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goQuote */ .dg)(t)}: invalid syntax`);
}
const localName = (name) => name.slice(name.indexOf(':') + 1);
/** Thrown from the error handler once the root element has closed: the rest is ignored. */
const DONE = new Error('root element complete');
const ENTITY_REF = /&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][A-Za-z0-9_.:-]*);/y;
/**
 * A raw `&` (say, "Users & roles") makes saxes read on to the next `;` and then complain about
 * an unclosed tag at the end; name it where it is instead, as Go's decoder does.
 */
function checkAmpersands(text) {
    // What follows the root element is ignored, as Go's decoder stops there.
    const close = text.indexOf('</pgmi-meta');
    const xml = close < 0 ? text : text.slice(0, close);
    let i = 0;
    while ((i = xml.indexOf('&', i)) >= 0) {
        // An `&` inside a comment, CDATA section or processing instruction is not a reference.
        const before = xml.slice(0, i);
        const open = (start, end) => before.lastIndexOf(start) > before.lastIndexOf(end);
        if (!open('<!--', '-->') && !open('<![CDATA[', ']]>') && !open('<?', '?>')) {
            ENTITY_REF.lastIndex = i;
            if (!ENTITY_REF.test(xml)) {
                const line = before.split('\n').length;
                throw new XmlSyntaxError('invalid character entity & (write a literal & as &amp;)', line);
            }
        }
        i++;
    }
}
/** Decodes the XML text of a metadata comment. Throws XmlSyntaxError or XmlValueError. */
function decodeMetadataXml(xml) {
    checkAmpersands(xml);
    const result = { description: '', sortKeys: [] };
    const parser = new saxes__WEBPACK_IMPORTED_MODULE_0__/* .SaxesParser */ .wT({ position: true, xmlns: false });
    // Path of open element local names below the root; [] = at the root; undefined = outside.
    let path;
    let rootDone = false;
    let text; // character data being collected for description or key
    // Only data directly inside <description> or <sortKeys><key>: nested elements' text is dropped.
    const inDescription = (p) => p.length === 1 && p[0] === 'description';
    const inKey = (p) => p.length === 2 && p[0] === 'sortKeys' && p[1] === 'key';
    parser.on('error', (err) => {
        if (rootDone)
            throw DONE;
        const message = err.message.replace(/^\d+:\d+: /, '');
        // encoding/xml tolerates what saxes (strict XML) reports for these: text around the root
        // element and repeated attributes (the last one wins, as saxes also keeps it).
        if (message === 'text data outside of root node.' ||
            message.startsWith('duplicate attribute:')) {
            return;
        }
        throw new XmlSyntaxError(message, parser.line);
    });
    parser.on('opentag', (tag) => {
        if (rootDone)
            return;
        const name = localName(tag.name);
        if (path === undefined) {
            if (name !== 'pgmi-meta') {
                throw new XmlValueError(`expected element type <pgmi-meta> but have <${name}>`);
            }
            for (const [attr, value] of Object.entries(tag.attributes)) {
                const local = localName(attr);
                if (local === 'id')
                    result.id = parseUuid(value);
                else if (local === 'idempotent')
                    result.idempotent = parseXmlBool(value);
            }
            path = [];
        }
        else {
            path.push(name);
            if (inDescription(path) || inKey(path))
                text = '';
        }
    });
    const collect = (data) => {
        if (text !== undefined && path !== undefined && (inDescription(path) || inKey(path))) {
            text += data;
        }
    };
    parser.on('text', collect);
    parser.on('cdata', collect);
    parser.on('closetag', () => {
        if (rootDone || path === undefined)
            return;
        if (path.length === 0) {
            rootDone = true;
            return;
        }
        if (inDescription(path))
            result.description = text ?? '';
        else if (inKey(path))
            result.sortKeys.push(text ?? '');
        if (inDescription(path) || inKey(path))
            text = undefined;
        path.pop();
    });
    try {
        parser.write(xml).close();
    }
    catch (err) {
        if (err === DONE)
            return result;
        throw err;
    }
    if (path === undefined)
        throw new XmlSyntaxError('unexpected EOF', parser.line);
    return result;
}


/***/ })

};
