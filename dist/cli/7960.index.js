export const id = 7960;
export const ids = [7960];
export const modules = {

/***/ 77960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   projectInfo: () => (/* binding */ projectInfo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _engine_project_config__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99405);
/* harmony import */ var _engine_project_go_text__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97986);
/* harmony import */ var _engine_project_scan__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76990);
/* harmony import */ var _engine_project_sql_files__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79670);
/**
 * `pgmi info`: what a project directory holds, offline (cli.md §3). The scan applies every rule a
 * deploy applies, so a file that would break a deploy breaks `info` too.
 */







function isFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/**
 * Which template a project looks like: `advanced` for upstream's advanced layout (`lib/api/`) or
 * ours (`parameters.json` beside `bootstrap/`), `basic` for any other project with a deploy.sql.
 */
function guessTemplate(root, deploySql) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'lib', 'api')))
        return 'advanced';
    if (isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'parameters.json')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'bootstrap')))
        return 'advanced';
    return deploySql ? 'basic' : 'unknown';
}
function configStatus(root) {
    try {
        return (0,_engine_project_config__WEBPACK_IMPORTED_MODULE_3__/* .loadPgmiYaml */ .R_)(root) === undefined ? 'absent' : 'ok';
    }
    catch (err) {
        return `error: ${(0,_engine_errors__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(err)}`;
    }
}
/** Scans `path` and summarises it. A scan failure throws with its exit class (missing path: 10). */
async function projectInfo(path) {
    const scan = await (0,_engine_project_scan__WEBPACK_IMPORTED_MODULE_5__/* .scanProject */ .v)(path, { allowDuplicateIds: true, checksums: false });
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const deploySql = isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'deploy.sql'));
    const counts = new Map();
    for (const f of scan.files) {
        const dir = (0,_engine_project_sql_files__WEBPACK_IMPORTED_MODULE_6__/* .pathFields */ .NB)(f.path).directory;
        counts.set(dir, (counts.get(dir) ?? 0) + 1);
    }
    const directories = {};
    for (const dir of [...counts.keys()].sort(_engine_project_go_text__WEBPACK_IMPORTED_MODULE_4__/* .compareCodePoints */ .OP))
        directories[dir] = counts.get(dir);
    return {
        path: root,
        template: guessTemplate(root, deploySql),
        deploySql,
        configFile: configStatus(root),
        totalFiles: scan.files.length,
        sqlFiles: scan.files.filter((f) => f.isSql).length,
        testFiles: scan.files.filter((f) => f.isTest).length,
        metadataWith: scan.files.filter((f) => f.metadata).length,
        directories,
    };
}


/***/ })

};
