export const id = 2749;
export const ids = [2749];
export const modules = {

/***/ 12749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   metadataPlan: () => (/* binding */ metadataPlan),
/* harmony export */   metadataScaffold: () => (/* binding */ metadataScaffold),
/* harmony export */   metadataValidate: () => (/* binding */ metadataValidate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97986);
/* harmony import */ var _engine_project_metadata__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85623);
/* harmony import */ var _engine_project_scan__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76990);
/* harmony import */ var _engine_project_sql_files__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79670);
/**
 * `pgmi metadata plan | validate | scaffold` and the MCP `metadata_*` tools (project-files.md
 * §3.9, decisions.md 15). Offline: the full scanner, no deploy.sql needed, no database.
 */







const FALLBACK_DESCRIPTION = 'No metadata (fallback)';
function planFiles(files) {
    return files.filter((f) => f.isSql && !f.isTest);
}
/** Smallest sort key in byte order; the path for a file without keys. */
function firstKey(e) {
    return e.sort_keys.length === 0 ? e.path : [...e.sort_keys].sort(_engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__/* .compareCodePoints */ .OP)[0];
}
/**
 * One entry per SQL file outside test directories, ordered by its smallest sort key, then by path
 * (an approximation of `pgmi_plan_view`, which has one row per key).
 */
async function metadataPlan(path) {
    const { files } = await (0,_engine_project_scan__WEBPACK_IMPORTED_MODULE_5__/* .scanProject */ .v)(path);
    const plan = planFiles(files).map((f) => f.metadata
        ? {
            path: f.path,
            id: f.metadata.id,
            idempotent: f.metadata.idempotent,
            sort_keys: [...f.metadata.sortKeys],
            description: f.metadata.description,
        }
        : {
            path: f.path,
            id: (0,_engine_project_sql_files__WEBPACK_IMPORTED_MODULE_6__/* .genericId */ .Xo)(f.path),
            idempotent: true,
            sort_keys: [f.path],
            description: FALLBACK_DESCRIPTION,
        });
    plan.sort((a, b) => (0,_engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__/* .compareCodePoints */ .OP)(firstKey(a), firstKey(b)) || (0,_engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__/* .compareCodePoints */ .OP)(a.path, b.path));
    return { total_files: plan.length, plan };
}
/** Counts and duplicate ids over every scanned file. Duplicates are data here, not an error. */
async function metadataValidate(path) {
    const { files } = await (0,_engine_project_scan__WEBPACK_IMPORTED_MODULE_5__/* .scanProject */ .v)(path, { allowDuplicateIds: true });
    const withMetadata = files.filter((f) => f.metadata).length;
    const duplicate_ids = (0,_engine_project_metadata__WEBPACK_IMPORTED_MODULE_4__/* .findDuplicateIds */ .FT)(files).flatMap(({ id, paths }) => paths.slice(1).map((later) => `${id}: ${paths[0]}, ${later}`));
    return {
        total_files: files.length,
        files_with_metadata: withMetadata,
        files_without_metadata: files.length - withMetadata,
        validation_passed: duplicate_ids.length === 0,
        duplicate_ids,
    };
}
/** Writes through a sibling temporary file and a rename, keeping the permission bits. */
function writeAtomically(file, data) {
    const tmp = `${file}.pgmi-tmp`;
    const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).mode & 0o7777;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, data, { mode, flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw err;
    }
}
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/**
 * Proposes (and with `write`, prepends) a `<pgmi-meta>` block for every SQL file outside test
 * directories that has none. The id is the file's generic_id, so scaffolding never changes a
 * file's identity; the sort key is `generated/<file name>`. A leading BOM stays first.
 */
async function metadataScaffold(path, opts = {}) {
    const scan = await (0,_engine_project_scan__WEBPACK_IMPORTED_MODULE_5__/* .scanProject */ .v)(path);
    const idempotent = opts.idempotent ?? true;
    const out = [];
    for (const f of planFiles(scan.files)) {
        if (f.metadata)
            continue;
        const id = (0,_engine_project_sql_files__WEBPACK_IMPORTED_MODULE_6__/* .genericId */ .Xo)(f.path);
        if (opts.write) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scan.root, f.path);
            try {
                const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
                const hasBom = raw.subarray(0, 3).equals(BOM);
                const block = Buffer.from((0,_engine_project_metadata__WEBPACK_IMPORTED_MODULE_4__/* .metadataBlockFor */ .QZ)((0,_engine_project_sql_files__WEBPACK_IMPORTED_MODULE_6__/* .baseName */ .Fl)(f.path), id, idempotent), 'utf8');
                const body = hasBom ? raw.subarray(3) : raw;
                writeAtomically(file, Buffer.concat(hasBom ? [BOM, block, body] : [block, body]));
            }
            catch (err) {
                throw new _engine_errors__WEBPACK_IMPORTED_MODULE_2__.PgmiError(`cannot write metadata to ${f.path}: ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(err)}`, {
                    cause: err,
                });
            }
        }
        out.push({ path: f.path, id, idempotent, written: !!opts.write });
    }
    return { files: out };
}


/***/ })

};
