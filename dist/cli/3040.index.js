export const id = 3040;
export const ids = [3040];
export const modules = {

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ mdFence),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   mF: () => (/* binding */ mdDetails),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* harmony import */ var _engine_redact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32393);
/**
 * Escaping for GitHub-flavoured Markdown (job summaries, PR/MR comments). Text from deploy.sql
 * and the server (messages, source lines, file and object names) is data: HTML and Markdown in
 * it must render literally, and a `|` must not split a table cell. Each helper redacts first:
 * escaping would change a secret's spelling.
 */

const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
};
/** Inline text: entities for HTML and table syntax, backslashes for Markdown emphasis and links. */
function mdText(s) {
    // Backslashes first: the entities added next contain `#`, which must stay as it is.
    return (0,_engine_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(s)
        .replace(/[\\`*_[\]#~!]/g, (c) => `\\${c}`)
        .replace(/[&<>"'|]/g, (c) => ENTITIES[c])
        .replace(/\r?\n/g, '<br>');
}
/**
 * Characters GFM still reads between `<code>` tags (raw HTML does not stop inline parsing):
 * emphasis (`__test__` would turn bold), code spans, links, strikethrough, backslash escapes,
 * and the autolink triggers (`https:`, `www.`, `user@host`, which GitHub also reads as mentions).
 */
const CODE_ENTITIES = {
    ...ENTITIES,
    _: '&#95;',
    '*': '&#42;',
    '`': '&#96;',
    '~': '&#126;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    ':': '&#58;',
    '@': '&#64;',
    '#': '&#35;',
    '!': '&#33;',
};
/** Inline code: `<code>` with entities, safe inside a table cell and against every GFM rule. */
function mdCode(s) {
    return `<code>${(0,_engine_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(s)
        .replace(/[&<>"'|_*`~[\]\\:@#!]/g, (c) => CODE_ENTITIES[c])
        .replace(/\b(www)\./gi, '$1&#46;')
        .replace(/\r?\n/g, ' ')}</code>`;
}
/** A fenced block whose fence is longer than any backtick run inside. */
function mdFence(text, lang = '') {
    const s = (0,_engine_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text);
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${s}\n${fence}`;
}
/** `<details>` with a summary line; the blank lines let GFM read the Markdown inside. */
function mdDetails(summary, body, open = false) {
    return [
        `<details${open ? ' open' : ''}><summary>${summary}</summary>`,
        '',
        ...body,
        '',
        '</details>',
    ];
}


/***/ }),

/***/ 59062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wq: () => (/* binding */ reviewMarkdown),
/* harmony export */   _4: () => (/* binding */ GITHUB_COMMENT_LIMIT),
/* harmony export */   gc: () => (/* binding */ AZURE_COMMENT_LIMIT),
/* harmony export */   v_: () => (/* binding */ GITLAB_NOTE_LIMIT)
/* harmony export */ });
/* unused harmony export STEP_SUMMARY_LIMIT */
/* harmony import */ var _engine_redact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32393);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42495);


/** GitHub's limit on an issue or pull request comment body. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** GitLab's limit on a note (1 000 000 characters). */
const GITLAB_NOTE_LIMIT = 1_000_000;
/** Azure DevOps' limit on a pull request thread comment (150 000 characters). */
const AZURE_COMMENT_LIMIT = 150_000;
/** GitHub's limit on one step's job summary (1 MiB). */
const STEP_SUMMARY_LIMIT = 1_000_000;
/** Above these counts a list is rendered collapsed. */
const COLLAPSE = { changes: 15, tests: 20, units: 10 };
/** Notices shown at most, and at most this much text of them. */
const NOTICE_CAP = { count: 100, chars: 8_000 };
/** Single texts (a message, a source line) are cut at this length. */
const TEXT_CAP = 4_000;
function cut(s, max = TEXT_CAP) {
    return s.length > max ? `${s.slice(0, max)} …` : s;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(2)} s`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
const TEST_STATUS = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ not run',
};
const CHANGE_ICON = {
    created: '➕ created',
    altered: '✏️ altered',
    dropped: '➖ dropped',
};
function heading(result, ok) {
    if (!ok)
        return '## ❌ pgmi deploy failed';
    if (result.status === 'rehearsed')
        return '## ✅ pgmi rehearsal passed (rolled back)';
    return '## ✅ pgmi deploy succeeded';
}
function factsLine(input) {
    const { result, exitCode } = input;
    return [
        result.database ? `database ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(result.database)}` : undefined,
        result.engineRan ? `${result.filesLoaded} files loaded` : undefined,
        result.engineRan ? seconds(result.durationMs) : undefined,
        result.serverVersion ? `PostgreSQL ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(result.serverVersion)}` : undefined,
        `exit code ${exitCode}${exitCode === 0 ? '' : ` (${input.exitName})`}`,
    ]
        .filter(Boolean)
        .join(' · ');
}
/** Target, project, commit, parameter names and units: what was deployed, never a secret. */
function deployedLines(input) {
    const { result } = input;
    const f = input.facts ?? {};
    const out = [];
    const where = [];
    if (f.host) {
        const hostPort = f.host.startsWith('/') ? f.host : `${f.host}${f.port ? `:${f.port}` : ''}`;
        where.push(`target ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(hostPort)}`);
    }
    if (f.projectPath)
        where.push(`project ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(f.projectPath)}`);
    if (f.commit)
        where.push(`commit ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(f.commit.slice(0, 12))}`);
    if (f.ref)
        where.push(`ref ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(f.ref)}`);
    if (where.length)
        out.push(`- ${where.join(' · ')}`);
    if (f.params?.length) {
        out.push(`- parameters: ${f.params.map((p) => (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(p)).join(', ')} (values not shown)`);
    }
    const units = unitsLine(result);
    if (units)
        out.push(`- ${units}`);
    return out.length ? [...out, ''] : [];
}
function unitsLine(result) {
    if (!result.engineRan || result.executionUnits === undefined)
        return undefined;
    const total = result.executionUnits;
    if (result.status === 'rehearsed') {
        const skipped = result.notRehearsed?.length ?? 0;
        return `units: the head ran and was rolled back; ${plural(skipped, 'tail unit')} not rehearsed`;
    }
    if (result.status === 'success') {
        if (total <= 1)
            return `units: ${plural(total, 'unit')} executed in one transaction`;
        return `units: ${plural(total, 'unit')} executed — the head and ${plural(total - 1, 'tail unit')}`;
    }
    if (result.failedUnit) {
        return `units: unit ${result.failedUnit} of ${total} failed; ${plural(result.unitsCommitted ?? 0, 'earlier unit')} committed`;
    }
    return undefined;
}
function take(items, cap, first) {
    if (items.length <= cap)
        return { rows: [...items], hidden: 0 };
    // Keep what matters most (failed tests) when rows must go, in their original order.
    const keep = new Set();
    if (first)
        for (const t of items)
            if (keep.size < cap && first(t))
                keep.add(t);
    for (const t of items)
        if (keep.size < cap)
            keep.add(t);
    return { rows: items.filter((t) => keep.has(t)), hidden: items.length - cap };
}
function moreLine(hidden, what, runUrl) {
    if (!hidden)
        return [];
    const see = runUrl ? `see the [run](${runUrl})` : 'see the run';
    return [
        '',
        `… ${plural(hidden, `more ${what}`, `more ${what}s`)} not shown (truncated, ${see}).`,
    ];
}
function changeSection(input, cap) {
    const report = input.result.changeReport;
    if (!report)
        return [];
    const { created, altered, dropped } = report.counts;
    const counts = `${created} created · ${altered} altered · ${dropped} dropped`;
    if (!report.changes.length)
        return ['### Changes', '', 'No catalog changes.', ''];
    const shown = take(report.changes, cap);
    const table = [
        '| Change | Kind | Object | Detail |',
        '| --- | --- | --- | --- |',
        ...shown.rows.map((c) => `| ${CHANGE_ICON[c.action]} | ${c.kind} | ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(cut(c.name, 300))} | ${c.detail ? (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(cut(c.detail, 300)) : ''} |`),
        ...moreLine(shown.hidden, 'change', input.facts?.runUrl),
    ];
    const body = report.changes.length > COLLAPSE.changes
        ? (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdDetails */ .mF)(`${report.changes.length} catalog changes`, table)
        : table;
    return ['### Changes', '', counts, '', ...body, ''];
}
function testSection(input, cap) {
    const tests = input.result.tests;
    if (!tests.length)
        return [];
    const n = (s) => tests.filter((t) => t.status === s).length;
    const counts = [
        `${n('passed')} passed`,
        n('failed') ? `${n('failed')} failed` : undefined,
        n('skipped') ? `${n('skipped')} not run` : undefined,
    ]
        .filter(Boolean)
        .join(' · ');
    const shown = take(tests, cap, (t) => t.status === 'failed');
    const table = [
        '| Test | Result | Duration |',
        '| --- | --- | ---: |',
        ...shown.rows.map((t) => `| ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(t.path)}${t.kind === 'fixture' ? ' (fixture)' : ''} | ${TEST_STATUS[t.status]} | ${t.status === 'skipped' ? '' : `${t.durationMs} ms`} |`),
        ...moreLine(shown.hidden, 'test', input.facts?.runUrl),
    ];
    const body = tests.length > COLLAPSE.tests ? (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdDetails */ .mF)(`${tests.length} tests`, table) : table;
    return ['### Tests', '', counts, '', ...body, ''];
}
function failureSection(input) {
    const d = input.detail;
    if (input.exitCode === 0 || !d)
        return [];
    const rows = [
        ['SQLSTATE', d.sqlstate && (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(d.sqlstate)],
        ['Detail', d.detail && (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(cut(d.detail))],
        ['Hint', d.hint && (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(cut(d.hint))],
        ['Where', d.where && (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(cut(d.where))],
        ['Location', input.location && (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(input.location)],
    ];
    const out = ['### Failure', '', `**${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(cut(d.message))}**`, ''];
    const present = rows.filter((r) => !!r[1]);
    if (present.length) {
        out.push('| | |', '| --- | --- |', ...present.map(([k, v]) => `| ${k} | ${v} |`), '');
    }
    if (d.sourceLine) {
        if (d.line)
            out.push(`Line ${d.line}${d.column ? `, column ${d.column}` : ''}:`, '');
        out.push((0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdFence */ .F)(cut(d.sourceLine), 'sql'), '');
    }
    if (input.hints?.length) {
        out.push(...input.hints.map((h) => `> 💡 ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(cut(h))}`), '');
    }
    return out;
}
function notRehearsedSection(input, cap) {
    const units = input.result.notRehearsed;
    if (!units?.length)
        return [];
    const shown = take(units, cap);
    const list = [
        ...shown.rows.map((u) => `- unit ${u.unit}: ${(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(cut(u.firstLine, 200))}`),
        ...moreLine(shown.hidden, 'unit', input.facts?.runUrl),
    ];
    const intro = `The tail after deploy.sql's first COMMIT runs only in a real deploy: ${plural(units.length, 'unit')} not rehearsed.`;
    const body = units.length > COLLAPSE.units ? (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdDetails */ .mF)(`${units.length} units not rehearsed`, list) : list;
    return ['### Not rehearsed', '', intro, '', ...body, ''];
}
function noticeSection(input, cap) {
    const notices = input.facts?.notices ?? [];
    if (!notices.length)
        return [];
    const lines = [];
    let chars = 0;
    for (const n of notices.slice(0, Math.min(cap, NOTICE_CAP.count))) {
        const where = n.file ? ` (${n.file}${n.line ? `:${n.line}` : ''})` : '';
        const line = cut(`${n.severity}: ${n.message}${where}`, 500);
        if (chars + line.length > NOTICE_CAP.chars)
            break;
        lines.push(line);
        chars += line.length + 1;
    }
    const hidden = notices.length - lines.length;
    const body = [(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdFence */ .F)(lines.join('\n')), ...moreLine(hidden, 'notice', input.facts?.runUrl)];
    return [...(0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .mdDetails */ .mF)(`deploy.sql notices (${notices.length})`, body), ''];
}
function runLink(input) {
    const url = input.facts?.runUrl;
    return url ? [`[View the run](${url})`, ''] : [];
}
function assemble(input, opts, cap) {
    const lines = [
        ...(opts.marker ? [opts.marker] : []),
        heading(input.result, input.exitCode === 0),
        '',
        factsLine(input),
        '',
        ...deployedLines(input),
        ...failureSection(input),
        ...changeSection(input, cap),
        ...testSection(input, cap),
        ...notRehearsedSection(input, cap),
        ...noticeSection(input, cap),
        ...(opts.extra ?? []),
        ...runLink(input),
    ];
    return (0,_engine_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(lines.join('\n'));
}
/** Row caps tried in turn until the report fits its limit. */
const CAPS = [Infinity, 2000, 1000, 500, 250, 100, 50, 20, 10, 5, 0];
/**
 * The report as Markdown, at most `opts.limit` characters. Long lists lose rows first (each
 * says how many it left out); a report still too long is cut, with a closing line that says so.
 */
function reviewMarkdown(input, opts) {
    for (const cap of CAPS) {
        const md = assemble(input, opts, cap);
        if (md.length <= opts.limit)
            return md;
    }
    const url = input.facts?.runUrl;
    const tail = `\n\n---\n**Truncated** to fit the size limit: see the ${url ? `[run](${url})` : 'run'} for the full report.\n`;
    const md = assemble(input, opts, 0);
    return md.slice(0, Math.max(0, opts.limit - tail.length)) + tail;
}


/***/ }),

/***/ 24904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ writeCommentFile),
/* harmony export */   eU: () => (/* binding */ readCommentFile),
/* harmony export */   vU: () => (/* binding */ reviewMarker)
/* harmony export */ });
/* unused harmony exports normalizeProjectPath, markerOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/**
 * The hidden marker that identifies pgmi's comment for one project and database (so a later run
 * updates it instead of adding a second), and the comment file: the body as posted, preceded by
 * one hidden line naming where it belongs, so `pgmi comment --from <file>` (and the Action's
 * `comment-from`) can post it from another job or workflow that has a privileged token.
 */



const MARKER_PREFIX = '<!-- pgmi-review ';
const FILE_PREFIX = '<!-- pgmi-review-file ';
/** `./db/` and `db` are the same project. */
function normalizeProjectPath(p) {
    const n = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
    return n === '' ? '.' : n.replace(/^\.\/(?=.)/, '');
}
/**
 * `<!-- pgmi-review project=db database=app -->`. Both values are percent-encoded, so neither
 * can end the HTML comment or fake another project's marker.
 */
function reviewMarker(projectPath, database) {
    const enc = (s) => encodeURIComponent(s);
    return `${MARKER_PREFIX}project=${enc(normalizeProjectPath(projectPath))} database=${enc(database)} -->`;
}
/** The marker line of a body, if it has one. */
function markerOf(body) {
    const line = body.split('\n').find((l) => l.startsWith(MARKER_PREFIX) && l.endsWith(' -->'));
    return line && /^<!-- pgmi-review project=\S* database=\S* -->$/.test(line) ? line : undefined;
}
/** Writes the comment file (creating its folder) and returns its absolute path. */
function writeCommentFile(file, comment) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs), { recursive: true });
    const header = `${FILE_PREFIX}${JSON.stringify(comment.destination ?? {})} -->`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(abs, `${header}\n${comment.body}`);
    return abs;
}
function isDestination(d) {
    if (!d || typeof d !== 'object')
        return false;
    const o = d;
    return ((o.system === 'github' || o.system === 'gitlab' || o.system === 'azure') &&
        typeof o.number === 'number' &&
        Number.isInteger(o.number) &&
        o.number > 0);
}
/** Reads a comment file written by pgmi; anything else is a ConfigError naming the file. */
function readCommentFile(file, what = 'comment file') {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${what} ${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(err)})`}`);
    }
    const nl = text.indexOf('\n');
    const first = nl < 0 ? text : text.slice(0, nl);
    if (!first.startsWith(FILE_PREFIX) || !first.endsWith(' -->')) {
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${what} ${file}: not a comment file written by pgmi`);
    }
    let destination;
    try {
        destination = JSON.parse(first.slice(FILE_PREFIX.length, -4));
    }
    catch {
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${what} ${file}: its first line is damaged`);
    }
    const body = text.slice(nl + 1);
    const marker = markerOf(body);
    if (!marker)
        throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${what} ${file}: the body holds no pgmi marker`);
    return { destination: isDestination(destination) ? destination : undefined, marker, body };
}


/***/ }),

/***/ 53040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ publishReview)
});

// UNUSED EXPORTS: COMMENT_LIMITS

// EXTERNAL MODULE: ./src/render/review-markdown.ts
var review_markdown = __webpack_require__(59062);
// EXTERNAL MODULE: ./src/review/comment-file.ts
var comment_file = __webpack_require__(24904);
// EXTERNAL MODULE: ./src/review/context.ts
var context = __webpack_require__(23823);
;// CONCATENATED MODULE: ./src/review/errors.ts
/** Why a review comment could not be posted: a warning for the user, never a failed deploy. */
class ReviewPostError extends Error {
    /** HTTP status, when the API answered. */
    status;
    name = 'ReviewPostError';
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.status = options.status;
    }
    /** The token may not write comments (fork pull requests, missing permission or scope). */
    get forbidden() {
        return this.status === 401 || this.status === 403;
    }
}
/** Bounds every API call: a silent server must not hold the deploy's result back for long. */
const REQUEST_TIMEOUT_MS = 20_000;
/**
 * A short reason from a network failure (`connect ECONNREFUSED 127.0.0.1:9`, `no answer within
 * 20 s`). fetch and octokit wrap the socket error once or twice (`fetch failed`), and a refused
 * connection to a name with several addresses is an AggregateError: walk down to the cause.
 */
function networkReason(err) {
    let reason = err instanceof Error ? err.message : String(err);
    let e = err;
    for (let depth = 0; e instanceof Error && depth < 6; depth++) {
        if (e.name === 'TimeoutError' || e.name === 'AbortError') {
            return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
        }
        const code = e.code;
        if (code && /^E[A-Z]+$/.test(code)) {
            return e.message && e.message.includes(code)
                ? e.message
                : `${code}${e.message ? `: ${e.message}` : ''}`;
        }
        if (e.message)
            reason = e.message;
        e = e instanceof AggregateError && e.errors.length ? e.errors[0] : e.cause;
    }
    return reason;
}

;// CONCATENATED MODULE: ./src/review/fetch-json.ts
/**
 * JSON over Node's fetch for the GitLab and Azure DevOps REST APIs (no client library of
 * either is a dependency, and each needs three calls). Every call has a deadline; errors are
 * `ReviewPostError` with the status and the API's message, never the request's headers.
 */

async function fetchJson(method, url, headers, body) {
    let res;
    try {
        res = await fetch(url, {
            method,
            headers: {
                accept: 'application/json',
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                ...headers,
            },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
            redirect: 'error',
        });
    }
    catch (err) {
        throw new ReviewPostError(`${method} ${new URL(url).origin}: ${networkReason(err)}`, {
            cause: err,
        });
    }
    const text = await res.text().catch(() => '');
    if (!res.ok) {
        let message = text.slice(0, 300);
        try {
            const j = JSON.parse(text);
            const m = j.message ?? j.error;
            if (m !== undefined)
                message = typeof m === 'string' ? m : JSON.stringify(m);
        }
        catch {
            /* not JSON: keep the text */
        }
        throw new ReviewPostError(`HTTP ${res.status}${message ? `: ${message.trim()}` : ''}`, {
            status: res.status,
        });
    }
    try {
        return { data: (text ? JSON.parse(text) : undefined), headers: res.headers };
    }
    catch (err) {
        throw new ReviewPostError(`HTTP ${res.status}: the answer is not JSON`, { cause: err });
    }
}

;// CONCATENATED MODULE: ./src/review/azure.ts

const API = 'api-version=7.1';
async function upsertAzureThread(t, token, marker, body) {
    const repo = `${t.collectionUri}${encodeURIComponent(t.project)}/_apis/git/repositories/${encodeURIComponent(t.repositoryId)}`;
    const threads = `${repo}/pullRequests/${t.pr}/threads`;
    const headers = { authorization: `Bearer ${token}` };
    const { data } = await fetchJson('GET', `${threads}?${API}`, headers);
    let found;
    for (const thread of data?.value ?? []) {
        if (thread.isDeleted)
            continue;
        const comment = thread.comments?.find((c) => !c.isDeleted && c.content?.includes(marker));
        if (comment) {
            found = { thread, comment };
            break;
        }
    }
    let threadId;
    if (found) {
        await fetchJson('PATCH', `${threads}/${found.thread.id}/comments/${found.comment.id}?${API}`, headers, { content: body });
        threadId = found.thread.id;
    }
    else {
        const created = await fetchJson('POST', `${threads}?${API}`, headers, {
            comments: [{ parentCommentId: 0, content: body, commentType: 1 }],
            status: 'closed',
        });
        threadId = created.data.id;
    }
    return {
        created: !found,
        url: `${t.collectionUri}${encodeURIComponent(t.project)}/_git/${encodeURIComponent(t.repositoryId)}/pullrequest/${t.pr}?discussionId=${threadId}`,
    };
}

;// CONCATENATED MODULE: ./src/review/github.ts

/** Comments read at most while looking for the marker. */
const MAX_COMMENTS = 3000;
function postError(err) {
    const e = err;
    if (typeof e.status === 'number' && e.response !== undefined) {
        const msg = typeof e.message === 'string' ? e.message.split('\n')[0].slice(0, 300) : '';
        return new ReviewPostError(`HTTP ${e.status}${msg ? `: ${msg}` : ''}`, { status: e.status });
    }
    return new ReviewPostError(networkReason(err), { cause: err });
}
async function upsertGithubComment(t, token, marker, body, opts = {}) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 2785).then(__webpack_require__.bind(__webpack_require__, 92785));
    const octokit = getOctokit(token, { baseUrl: t.apiUrl });
    const request = () => ({ signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const repo = { owner: t.owner, repo: t.repo };
    try {
        if (opts.expectHeadSha) {
            const pr = await octokit.rest.pulls.get({ ...repo, pull_number: t.pr, request: request() });
            if (pr.data.head.sha !== opts.expectHeadSha) {
                throw new ReviewPostError(`pull request #${t.pr}'s head is ${pr.data.head.sha.slice(0, 12)}, not the commit ${opts.expectHeadSha.slice(0, 12)} this workflow_run built; not posting`);
            }
        }
        let existing;
        let seen = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
            ...repo,
            issue_number: t.pr,
            per_page: 100,
            request: request(),
        })) {
            existing = page.data.find((c) => c.body?.includes(marker));
            seen += page.data.length;
            if (existing || seen >= MAX_COMMENTS)
                break;
        }
        const res = existing
            ? await octokit.rest.issues.updateComment({
                ...repo,
                comment_id: existing.id,
                body,
                request: request(),
            })
            : await octokit.rest.issues.createComment({
                ...repo,
                issue_number: t.pr,
                body,
                request: request(),
            });
        return { created: !existing, url: res.data.html_url };
    }
    catch (err) {
        throw err instanceof ReviewPostError ? err : postError(err);
    }
}

;// CONCATENATED MODULE: ./src/review/gitlab.ts

/** Pages read at most while looking for the marker (100 notes each). */
const MAX_PAGES = 20;
async function upsertGitlabNote(t, token, marker, body) {
    const notes = `${t.apiUrl}/projects/${encodeURIComponent(t.projectId)}/merge_requests/${t.mr}/notes`;
    const headers = { 'PRIVATE-TOKEN': token };
    let existing;
    for (let page = 1; page <= MAX_PAGES && !existing;) {
        const { data, headers: h } = await fetchJson('GET', `${notes}?sort=asc&order_by=created_at&per_page=100&page=${page}`, headers);
        existing = (data ?? []).find((n) => !n.system && n.body?.includes(marker));
        const next = Number(h.get('x-next-page'));
        if (!next || next <= page)
            break;
        page = next;
    }
    const note = existing
        ? (await fetchJson('PUT', `${notes}/${existing.id}`, headers, { body })).data
        : (await fetchJson('POST', notes, headers, { body })).data;
    return {
        created: !existing,
        url: t.webUrl ? `${t.webUrl}/-/merge_requests/${t.mr}#note_${note.id}` : undefined,
    };
}

;// CONCATENATED MODULE: ./src/review/post.ts
/**
 * Posting the review comment: one entry for the three systems, used by the Action, `pgmi deploy`
 * and `pgmi comment --from`. Callers turn every failure into a warning (never a failed deploy,
 * never a different exit code), and write the body to a file for a job with a better token.
 */



/** Creates the comment holding `marker` on `target`, or updates it in place. */
async function upsertReviewComment(target, token, marker, body, github = {}) {
    switch (target.system) {
        case 'github':
            return upsertGithubComment(target, token, marker, body, github);
        case 'gitlab':
            return upsertGitlabNote(target, token, marker, body);
        case 'azure':
            return upsertAzureThread(target, token, marker, body);
    }
}

;// CONCATENATED MODULE: ./src/review/publish.ts
/**
 * The review comment's life in a CI run: render the body for the system's size limit, write it
 * to a file when asked (for the fork pattern: a later job or workflow with a privileged token
 * posts it), then create or update the comment. Every failure comes back as a notice or a
 * warning with its reason; the caller's exit code never depends on it.
 */





const COMMENT_LIMITS = {
    github: review_markdown/* GITHUB_COMMENT_LIMIT */._4,
    gitlab: review_markdown/* GITLAB_NOTE_LIMIT */.v_,
    azure: review_markdown/* AZURE_COMMENT_LIMIT */.gc,
};
function describe(t) {
    return `${context/* SYSTEM_NAMES */.Hu[t.system]} ${t.system === 'gitlab' ? '!' : '#'}${(0,context/* targetNumber */.Bi)(t)}`;
}
async function publishReview(req) {
    const out = { notices: [], warnings: [] };
    const { target } = req;
    const body = req.render(COMMENT_LIMITS[target.system]);
    if (req.commentFile) {
        try {
            out.file = (0,comment_file/* writeCommentFile */.FD)(req.commentFile, {
                destination: { system: target.system, number: (0,context/* targetNumber */.Bi)(target) },
                marker: req.marker,
                body,
            });
        }
        catch (err) {
            out.warnings.push(`could not write the comment file ${req.commentFile}: ${err.message}`);
        }
    }
    const saved = out.file ? `; the comment was written to ${out.file}` : '';
    if (!req.token) {
        out.notices.push(`no comment on ${describe(target)}: no token (set ${context/* TOKEN_NAMES */.rT[target.system]})${saved}`);
        return out;
    }
    try {
        out.posted = await upsertReviewComment(target, req.token, req.marker, body, req.github);
    }
    catch (err) {
        const e = err instanceof ReviewPostError ? err : new ReviewPostError(String(err));
        if (e.forbidden) {
            out.notices.push(`no comment on ${describe(target)}: the token may not write comments (${e.message})${saved}` +
                (req.forbiddenAdvice ? `. ${req.forbiddenAdvice}` : ''));
        }
        else {
            out.warnings.push(`could not comment on ${describe(target)}: ${e.message}${saved}`);
        }
    }
    return out;
}


/***/ })

};
