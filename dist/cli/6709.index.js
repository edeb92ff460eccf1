export const id = 6709;
export const ids = [6709];
export const modules = {

/***/ 96709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ templateNames),
/* harmony export */   describeTemplate: () => (/* binding */ describeTemplate),
/* harmony export */   listTemplates: () => (/* binding */ listTemplates),
/* harmony export */   templatesDir: () => (/* binding */ templatesDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97986);
/**
 * The project templates shipped in `templates/` (one directory each) and what `templates list`,
 * `templates describe` and the MCP `templates_list` tool say about them. Front-door neutral: data
 * in, data out, nothing printed.
 */




/** Recommended order: the catalogue's order, then any other template directory by name. */
const CATALOGUE = [
    {
        name: 'basic',
        description: 'Migrations in path order in one transaction, tested before commit',
        bestFor: 'new projects and teams replacing hand-run migration scripts',
        long: 'A small, production-capable scaffold. deploy.sql runs every SQL file in ./migrations/ in ' +
            'path order inside one transaction, loads ./seed/ in development, and lets the tests in ' +
            '__test__/ decide whether anything is committed. A failure names the file. An opt-in ' +
            'ledger (apply_once=true) records each applied migration with its checksum and never ' +
            'runs it again.',
        features: [
            'one transaction: a failing migration, seed or test leaves the database untouched',
            'errors name the failing file ("Failed in ./migrations/…")',
            'opt-in apply-once ledger (path + checksum); an edited applied migration is refused',
            'env parameter: development loads the seed data, other environments do not',
            '__test__/ with a fixture and tests; CALL pgmi_test() gates the COMMIT',
            'pgmi.yaml, .gitignore and a README explaining the model',
            'PostgreSQL 11 or later; no extensions, roles or superuser',
        ],
        minPostgres: 11,
    },
    {
        name: 'advanced',
        description: 'Metadata-driven plan with a ledger, roles, parameters, row-level security and an HTTP API (REST, JSON-RPC, MCP)',
        bestFor: 'teams with many scripts and several environments who want a reference to adapt',
        long: 'A reference application of its own to read, trim and own. Every script carries ' +
            '<pgmi-meta> (id, sort key, idempotent flag) and deploy.sql executes pgmi_plan_view ' +
            'through a ledger keyed by script id and checksum that runs run-once scripts once and ' +
            'catches drift. Parameters are declared in parameters.json and validated; a bootstrap ' +
            'phase creates an owner, admin, application and read-only role; tenants are isolated by ' +
            'row-level security; an index is built concurrently after the commit. Handlers registered ' +
            'in SQL serve REST (with OpenAPI 3.1), JSON-RPC and MCP through tools/mcp-gateway.mjs.',
        features: [
            'plan from <pgmi-meta> sort keys, executed from pgmi_plan_view',
            'ledger by script id + checksum; drift of a run-once script fails or warns (drift_policy)',
            'declared parameters: required/optional, defaults, types; secrets never printed',
            'owner / admin / api / application / customer / read-only roles from a bootstrap phase (needs CREATEROLE)',
            'schemas ledger, app, api, report, membership, …; row-level security per tenant',
            'handler registry: REST (OpenAPI 3.1), JSON-RPC and MCP over HTTP; identity, API keys, audit',
            'nested __test__/ directories with fixtures and teardown, gating the COMMIT',
            'psql-mode tail: CREATE INDEX CONCURRENTLY, recovering an INVALID index',
            'rehearses cleanly (--rehearse); dry_run=true still runs everything, then rolls back',
            'PostgreSQL 15 or later; hstore and pgcrypto (trusted extensions)',
        ],
        minPostgres: 15,
    },
];
/**
 * The shipped `templates/` directory (with a trailing separator): two levels above this module,
 * from `src/tooling/` as from a bundle in `dist/cli/`. Templates travel beside `dist/`, not inside
 * it: the path is built at run time so that the bundler does not copy (and flatten) the tree.
 */
function templatesDir() {
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here, ...['..', '..', 'templates'], node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
}
/** Names of the template directories present, in recommended order. */
function templateNames() {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(templatesDir()).filter((n) => !n.startsWith('.') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(`${templatesDir()}${n}`).isDirectory());
    }
    catch {
        return [];
    }
    const rank = (n) => {
        const i = CATALOGUE.findIndex((t) => t.name === n);
        return i < 0 ? CATALOGUE.length : i;
    };
    return names.sort((a, b) => rank(a) - rank(b) || (0,_engine_project_go_text__WEBPACK_IMPORTED_MODULE_3__/* .compareCodePoints */ .OP)(a, b));
}
/** `templates list` / MCP `templates_list`: basic first, then advanced, then any others. */
function listTemplates() {
    return templateNames().map((name) => {
        const t = CATALOGUE.find((c) => c.name === name);
        return { name, description: t?.description ?? '', bestFor: t?.bestFor ?? '' };
    });
}
/** The full description of a shipped template, or undefined when there is no such template. */
function describeTemplate(name) {
    if (!templateNames().includes(name))
        return undefined;
    return (CATALOGUE.find((t) => t.name === name) ?? {
        name,
        description: '',
        bestFor: '',
        long: '',
        features: [],
        minPostgres: 11,
    });
}


/***/ })

};
