export const id = 332;
export const ids = [332];
export const modules = {

/***/ 90332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentAfterDeploy: () => (/* binding */ commentAfterDeploy),
/* harmony export */   parsePrCommentFlag: () => (/* binding */ parsePrCommentFlag)
/* harmony export */ });
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _render_review_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59062);
/* harmony import */ var _review_comment_file__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24904);
/* harmony import */ var _review_context__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23823);
/* harmony import */ var _review_publish__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53040);
/**
 * The CLI's review comment (GitLab merge requests, Azure DevOps pull requests, GitHub pull
 * requests when a workflow runs the CLI or the image): after a deploy, with `--pr-comment auto`
 * (the default), when the CI system, a PR/MR and a token are all present. `--comment-file`
 * writes the body as well, for `pgmi comment --from` in a job with a better token.
 * Failures are warnings on stderr; the deploy's exit code never changes.
 */





/** `--pr-comment`: `auto` (default) or `off`; anything else is a usage error (exit 2). */
function parsePrCommentFlag(value) {
    if (value === undefined || /^auto$/i.test(value))
        return true;
    if (/^off$/i.test(value))
        return false;
    throw new _engine_errors__WEBPACK_IMPORTED_MODULE_0__.UsageError(`--pr-comment must be auto or off, got ${JSON.stringify(value)}`);
}
async function commentAfterDeploy(req) {
    const marker = (0,_review_comment_file__WEBPACK_IMPORTED_MODULE_2__/* .reviewMarker */ .vU)(req.projectPath, req.database);
    const render = (limit) => req.render
        ? req.render(limit, marker)
        : req.report
            ? (0,_render_review_markdown__WEBPACK_IMPORTED_MODULE_1__/* .reviewMarkdown */ .Wq)(req.report, { limit, marker })
            : marker;
    const target = req.enabled ? (0,_review_context__WEBPACK_IMPORTED_MODULE_3__/* .detectReviewTarget */ .FZ)(req.env) : undefined;
    if (!target) {
        if (!req.commentFile)
            return;
        try {
            const file = (0,_review_comment_file__WEBPACK_IMPORTED_MODULE_2__/* .writeCommentFile */ .FD)(req.commentFile, {
                marker,
                body: render(_render_review_markdown__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_COMMENT_LIMIT */ ._4),
            });
            req.line(`pgmi: comment written to ${file}`);
        }
        catch (err) {
            req.line(`pgmi: warning: could not write the comment file ${req.commentFile}: ${err.message}`);
        }
        return;
    }
    try {
        const outcome = await (0,_review_publish__WEBPACK_IMPORTED_MODULE_4__/* .publishReview */ .Y)({
            target,
            token: (0,_review_context__WEBPACK_IMPORTED_MODULE_3__.reviewToken)(target.system, req.env),
            marker,
            render,
            commentFile: req.commentFile,
            forbiddenAdvice: req.commentFile
                ? 'post it from a job whose token may comment: pgmi comment --from <file>'
                : 'write it with --comment-file and post it from a job whose token may comment: pgmi comment --from <file>',
        });
        for (const n of outcome.notices)
            req.line(`pgmi: ${n}`);
        for (const w of outcome.warnings)
            req.line(`pgmi: warning: ${w}`);
        if (outcome.posted) {
            req.line(`pgmi: ${outcome.posted.created ? 'commented' : 'updated the comment'}${outcome.posted.url ? `: ${outcome.posted.url}` : ''}`);
        }
    }
    catch (err) {
        req.line(`pgmi: warning: could not comment: ${err.message}`);
    }
}


/***/ })

};
