export const id = 7871;
export const ids = [7871];
export const modules = {

/***/ 72901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ fleetTableRow),
/* harmony export */   XY: () => (/* binding */ FLEET_TABLE_HEAD),
/* harmony export */   n8: () => (/* binding */ fleetStoppedLines),
/* harmony export */   yM: () => (/* binding */ fleetFactsLine)
/* harmony export */ });
/* unused harmony export FLEET_STATUS */
/* harmony import */ var _action_render_outputs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60541);
/* harmony import */ var _fleet_result__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14995);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42495);
/**
 * The per-target table of a fleet (status, duration, tests, objects changed, failure file:line
 * and message), shared by the Action's job summary, `pgmi report merge --summary` and the review
 * comment, so every place shows a fleet the same way.
 */



const FLEET_STATUS = {
    succeeded: '✅ succeeded',
    rehearsed: '🧪 rehearsed',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
};
/** The line saying why a fleet stopped before any target ran; none when it did not. */
function fleetStoppedLines(r) {
    return r.error ? [`**Stopped before any target ran:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(r.error)}`, ''] : [];
}
const FLEET_TABLE_HEAD = [
    '| Database | Status | Duration | Tests | Objects changed | Failure |',
    '| --- | --- | ---: | ---: | ---: | --- |',
];
/** One table row; `messageMax` cuts a long failure message. */
function fleetTableRow(t, messageMax = Infinity) {
    const tests = (0,_fleet_result__WEBPACK_IMPORTED_MODULE_1__/* .testCounts */ .Js)(t);
    const changes = (0,_fleet_result__WEBPACK_IMPORTED_MODULE_1__/* .changeCount */ .YR)(t);
    const at = (0,_fleet_result__WEBPACK_IMPORTED_MODULE_1__/* .failureLocation */ .UW)(t);
    const message = t.error?.message;
    const shortMessage = message && message.length > messageMax ? `${message.slice(0, messageMax)} …` : message;
    const failure = t.status === 'failed'
        ? [at && (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(at), shortMessage && (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(shortMessage), `exit ${t.exitCode}`]
            .filter(Boolean)
            .join(' ')
        : '';
    return [
        (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(t.database),
        FLEET_STATUS[t.status],
        t.status === 'skipped' ? '' : `${(t.durationMs / 1000).toFixed(2)} s`,
        tests.run ? `${tests.passed}/${tests.run}` : '',
        changes === undefined ? '' : String(changes),
        failure,
    ]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |');
}
/** The totals line under a fleet's heading, in the job summary and the review comment alike. */
function fleetFactsLine(r) {
    const { total, succeeded, failed, skipped, rehearsed } = r.totals;
    const facts = [
        `${total} target(s)`,
        `${succeeded} succeeded${rehearsed ? ` (${rehearsed} rehearsed)` : ''}`,
        `${failed} failed`,
        `${skipped} skipped`,
        `${(r.durationMs / 1000).toFixed(2)} s`,
        `exit code ${r.exitCode}${r.exitCode === 0 ? '' : ` (${(0,_action_render_outputs__WEBPACK_IMPORTED_MODULE_0__/* .resultName */ .x5)(r.exitCode)})`}`,
    ];
    if (r.shard)
        facts.splice(1, 0, `shard ${r.shard.index}/${r.shard.count}`);
    return facts.join(' · ');
}


/***/ }),

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

/***/ 27871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fleetReviewMarkdown: () => (/* binding */ fleetReviewMarkdown)
/* harmony export */ });
/* harmony import */ var _engine_redact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32393);
/* harmony import */ var _fleet_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72901);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42495);
/**
 * The review comment (PR/MR) of a fleet deploy: the totals, what was deployed from where, and the
 * same per-target table as the Action's job summary (status, duration, tests, objects changed,
 * failure file:line). A fleet of thousands still fits the system's size limit: the table keeps
 * every failed target and as many others as fit, in list order, and says how many it left out.
 * Every text passes through pgmi's redaction.
 */



function heading(r) {
    if (r.exitCode !== 0)
        return '## ❌ pgmi fleet deploy failed';
    const rehearsedAll = r.totals.total > 0 && r.totals.rehearsed === r.totals.total;
    return rehearsedAll
        ? '## ✅ pgmi fleet rehearsal passed (rolled back)'
        : '## ✅ pgmi fleet deploy succeeded';
}
function deployedLine(f) {
    const where = [];
    if (f.host) {
        const hostPort = f.host.startsWith('/') ? f.host : `${f.host}${f.port ? `:${f.port}` : ''}`;
        where.push(`server ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(hostPort)}`);
    }
    if (f.projectPath)
        where.push(`project ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.projectPath)}`);
    if (f.commit)
        where.push(`commit ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.commit.slice(0, 12))}`);
    if (f.ref)
        where.push(`ref ${(0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(f.ref)}`);
    const out = where.length ? [`- ${where.join(' · ')}`] : [];
    if (f.params?.length) {
        out.push(`- parameters: ${f.params.map((p) => (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(p)).join(', ')} (values not shown)`);
    }
    return out.length ? [...out, ''] : [];
}
/** At most `cap` rows: every failed target first in priority, then the others, in list order. */
function shownTargets(targets, cap) {
    if (targets.length <= cap)
        return targets;
    const keep = new Set();
    for (const t of targets)
        if (t.status === 'failed' && keep.size < cap)
            keep.add(t);
    for (const t of targets)
        if (keep.size < cap)
            keep.add(t);
    return targets.filter((t) => keep.has(t));
}
function assemble(r, opts, cap) {
    const rows = shownTargets(r.targets, cap);
    const hidden = r.targets.length - rows.length;
    const allFailedShown = rows.filter((t) => t.status === 'failed').length === r.totals.failed;
    const url = opts.facts?.runUrl;
    const lines = [
        ...(opts.marker ? [opts.marker] : []),
        heading(r),
        '',
        (0,_fleet_table__WEBPACK_IMPORTED_MODULE_1__/* .fleetFactsLine */ .yM)(r),
        '',
        ...(0,_fleet_table__WEBPACK_IMPORTED_MODULE_1__/* .fleetStoppedLines */ .n8)(r),
        ...deployedLine(opts.facts ?? {}),
        ...(r.targets.length
            ? [..._fleet_table__WEBPACK_IMPORTED_MODULE_1__/* .FLEET_TABLE_HEAD */ .XY, ...rows.map((t) => (0,_fleet_table__WEBPACK_IMPORTED_MODULE_1__/* .fleetTableRow */ .Jh)(t, 500)), '']
            : []),
        ...(hidden > 0
            ? [
                `…and ${hidden} more target(s) not shown${allFailedShown ? ' (every failed one is listed)' : ''}${url ? `: see the [run](${url})` : ''}.`,
                '',
            ]
            : []),
        ...(opts.extra ?? []),
        ...(url ? [`[View the run](${url})`, ''] : []),
    ];
    return (0,_engine_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(lines.join('\n'));
}
/** Row caps tried in turn until the comment fits its limit. */
const CAPS = [Infinity, 2000, 1000, 500, 250, 100, 50, 20, 10, 5, 0];
/** The fleet's comment as Markdown, at most `opts.limit` characters. */
function fleetReviewMarkdown(r, opts) {
    for (const cap of CAPS) {
        const md = assemble(r, opts, cap);
        if (md.length <= opts.limit)
            return md;
    }
    const tail = '\n\n---\n**Truncated** to fit the size limit: see the run for the full report.\n';
    const md = assemble(r, opts, 0);
    return md.slice(0, Math.max(0, opts.limit - tail.length)) + tail;
}


/***/ })

};
