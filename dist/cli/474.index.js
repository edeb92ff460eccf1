export const id = 474;
export const ids = [474,6709];
export const modules = {

/***/ 90474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SHELLS: () => (/* binding */ SHELLS),
/* harmony export */   completeWords: () => (/* binding */ completeWords)
/* harmony export */ });
/* harmony import */ var _completion_sources__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37565);
/* harmony import */ var _flags__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95377);
/* harmony import */ var _tooling_templates__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96709);



const SHELLS = ['bash', 'zsh', 'fish', 'powershell'];
_completion_sources__WEBPACK_IMPORTED_MODULE_0__/* .valueSources */ .W2.set('sslmode', () => [..._flags__WEBPACK_IMPORTED_MODULE_1__/* .SSL_MODES */ .yj]);
_completion_sources__WEBPACK_IMPORTED_MODULE_0__/* .valueSources */ .W2.set('template', () => (0,_tooling_templates__WEBPACK_IMPORTED_MODULE_2__/* .templateNames */ .V)());
_completion_sources__WEBPACK_IMPORTED_MODULE_0__/* .valueSources */ .W2.set('shell', () => [...SHELLS]);
function visibleCommands(cmd) {
    return cmd.commands.filter((c) => !c._hidden);
}
function findSubcommand(cmd, name) {
    return cmd.commands.find((c) => c.name() === name || c.aliases().includes(name));
}
/** Options a word may name here: the command's own, then the global flags of its ancestors. */
function optionsOf(cmd) {
    const global = new Set(_flags__WEBPACK_IMPORTED_MODULE_1__/* .GLOBAL_FLAGS */ .an.map((f) => `--${f.long}`));
    const out = [...cmd.options];
    for (let c = cmd.parent; c; c = c.parent)
        out.push(...c.options.filter((o) => global.has(o.long ?? '')));
    const help = cmd._getHelpOption?.();
    if (help)
        out.push(help);
    return out.filter((o) => !o.hidden);
}
function findOption(cmd, word) {
    return optionsOf(cmd).find((o) => o.long === word || o.short === word);
}
function takesValue(o) {
    return o.required || o.optional;
}
/** Value candidates of a flag: its declared choices, else its FlagSpec's completion source. */
function optionValues(o) {
    if (o.argChoices)
        return [...o.argChoices];
    const long = o.long?.replace(/^--/, '');
    const spec = [..._flags__WEBPACK_IMPORTED_MODULE_1__/* .GLOBAL_FLAGS */ .an, ..._flags__WEBPACK_IMPORTED_MODULE_1__/* .DEPLOY_FLAGS */ .yH, ..._completion_sources__WEBPACK_IMPORTED_MODULE_0__/* .flagSpecs */ .$j].find((f) => f.long === long);
    const source = spec?.complete && _completion_sources__WEBPACK_IMPORTED_MODULE_0__/* .valueSources */ .W2.get(spec.complete);
    return source ? source() : [];
}
function commandPath(cmd) {
    const names = [];
    for (let c = cmd; c?.parent; c = c.parent)
        names.unshift(c.name());
    return names.join(' ');
}
/**
 * Positional candidates: a registered source, declared choices, or directories for paths. Every
 * pgmi command takes at most one positional (the variadic declarations only let expectArgs word
 * the error), so only the first is completed.
 */
function argumentValues(cmd, index) {
    if (index > 0)
        return [];
    const source = _completion_sources__WEBPACK_IMPORTED_MODULE_0__/* .argumentSources */ .u2.get(commandPath(cmd));
    if (source)
        return _completion_sources__WEBPACK_IMPORTED_MODULE_0__/* .valueSources */ .W2.get(source)?.() ?? [];
    const [arg] = cmd
        .registeredArguments;
    if (!arg)
        return [];
    if (arg.argChoices)
        return [...arg.argChoices];
    return /path/.test(arg.name()) ? 'dirs' : [];
}
function filtered(values, prefix, prepend = '') {
    if (values === 'dirs' || values === 'files')
        return { directive: values, candidates: [] };
    return {
        directive: 'none',
        candidates: values.filter((v) => v.startsWith(prefix)).map((v) => prepend + v),
    };
}
/**
 * Completes the last of `words` (the words after `pgmi`, the current, possibly empty, word
 * last). Bash splits `--flag=value` into three words and replaces only the part after `=`: those
 * are joined again here, and the bash answer leaves the `--flag=` out.
 */
function completeWords(program, rawWords, shell) {
    const words = [];
    for (const w of rawWords.length ? rawWords : ['']) {
        const last = words.length - 1;
        if (shell === 'bash' && w === '=' && words[last]?.startsWith('--'))
            words[last] += '=';
        else if (shell === 'bash' && words[last]?.endsWith('=') && words[last].startsWith('--'))
            words[last] += w;
        else
            words.push(w);
    }
    const current = words.pop() ?? '';
    let cmd = program;
    let positionals = 0;
    let pendingValue;
    let afterDoubleDash = false;
    for (const w of words) {
        if (pendingValue) {
            pendingValue = undefined;
            continue;
        }
        if (!afterDoubleDash && w === '--') {
            afterDoubleDash = true;
            continue;
        }
        if (!afterDoubleDash && w.startsWith('-') && w !== '-') {
            const o = findOption(cmd, w.split('=')[0]);
            if (o && takesValue(o) && !w.includes('=') && o.required)
                pendingValue = o;
            continue;
        }
        const sub = positionals === 0 ? findSubcommand(cmd, w) : undefined;
        if (sub)
            cmd = sub;
        else
            positionals++;
    }
    if (pendingValue)
        return filtered(optionValues(pendingValue), current);
    if (!afterDoubleDash && current.startsWith('--') && current.includes('=')) {
        const eq = current.indexOf('=');
        const o = findOption(cmd, current.slice(0, eq));
        if (!o || !takesValue(o))
            return { directive: 'none', candidates: [] };
        const prefix = shell === 'bash' ? '' : current.slice(0, eq + 1);
        return filtered(optionValues(o), current.slice(eq + 1), prefix);
    }
    if (!afterDoubleDash && current.startsWith('-')) {
        const names = optionsOf(cmd).flatMap((o) => current === '-' && o.short ? [o.long, o.short] : [o.long]);
        return filtered(names.filter((n) => !!n), current);
    }
    // `pgmi help <command>`: command names.
    if (cmd === program && words.length > 0 && words[words.length - 1] === 'help')
        return filtered(visibleCommands(program).map((c) => c.name()), current);
    const subs = visibleCommands(cmd);
    if (subs.length > 0 && positionals === 0) {
        const names = subs.map((c) => c.name());
        if (cmd === program)
            names.push('help');
        return filtered(names, current);
    }
    return filtered(argumentValues(cmd, positionals), current);
}


/***/ }),

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
