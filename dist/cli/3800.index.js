export const id = 3800;
export const ids = [3800];
export const modules = {

/***/ 63800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTreeLines: () => (/* binding */ renderTreeLines),
/* harmony export */   walkTree: () => (/* binding */ walkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_project_go_text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97986);
/**
 * Directory listings in walk order (names in byte order, dotfiles included) and their `tree`-style
 * rendering, as `init` prints it and `templates describe` shows a template's structure.
 */



/** Every entry under `root` (not `root` itself), depth first, names in byte order. */
function walkTree(root, maxDepth = Infinity) {
    const out = [];
    const visit = (dir, rel, depth, ancestorsLast) => {
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (0,_engine_project_go_text__WEBPACK_IMPORTED_MODULE_2__/* .compareCodePoints */ .OP)(a.name, b.name));
        entries.forEach((e, i) => {
            const last = i === entries.length - 1;
            const isDir = e.isDirectory();
            const path = `${rel}${e.name}${isDir ? '/' : ''}`;
            out.push({ path, name: e.name, depth, dir: isDir, last, ancestorsLast });
            if (isDir && depth + 1 < maxDepth)
                visit((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name), path, depth + 1, [...ancestorsLast, last]);
        });
    };
    visit(root, '', 0, []);
    return out;
}
/** `├── name` / `└── name` lines with `│   ` or four-space indents; directories end in `/`. */
function renderTreeLines(entries) {
    return entries.map((e) => {
        const indent = e.ancestorsLast.map((l) => (l ? '    ' : '│   ')).join('');
        return `${indent}${e.last ? '└── ' : '├── '}${e.name}${e.dir ? '/' : ''}`;
    });
}


/***/ })

};
