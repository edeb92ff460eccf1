export const id = 2404;
export const ids = [2404];
export const modules = {

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ readOverview),
/* harmony export */   Yv: () => (/* binding */ readCoreGuidance),
/* harmony export */   cE: () => (/* binding */ SKILL_FILES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The skill files shipped with pgmi. ncc copies a file next to the bundle only when it sees a
 * literal `new URL('./x', import.meta.url)` read, so every file has a line of its own here (a
 * computed name would not be traced). A unit test checks this list against src/ai/skills/.
 */

const read = (url) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(url, 'utf8');
/** File name → reader, in file-name order. */
const SKILL_FILES = {
    'advanced-template.md': () => read(__webpack_require__.ab + "advanced-template.md"),
    'pgmi-api-architecture.md': () => read(__webpack_require__.ab + "pgmi-api-architecture.md"),
    'pgmi-ci.md': () => read(__webpack_require__.ab + "pgmi-ci.md"),
    'pgmi-connections.md': () => read(__webpack_require__.ab + "pgmi-connections.md"),
    'pgmi-debug-deploy.md': () => read(__webpack_require__.ab + "pgmi-debug-deploy.md"),
    'pgmi-deploy-sql.md': () => read(__webpack_require__.ab + "pgmi-deploy-sql.md"),
    'pgmi-endpoint-quickstart.md': () => read(__webpack_require__.ab + "pgmi-endpoint-quickstart.md"),
    'pgmi-handler-patterns.md': () => read(__webpack_require__.ab + "pgmi-handler-patterns.md"),
    'pgmi-mcp.md': () => read(__webpack_require__.ab + "pgmi-mcp.md"),
    'pgmi-metadata-system.md': () => read(__webpack_require__.ab + "pgmi-metadata-system.md"),
    'pgmi-philosophy.md': () => read(__webpack_require__.ab + "pgmi-philosophy.md"),
    'pgmi-postgres-review.md': () => read(__webpack_require__.ab + "pgmi-postgres-review.md"),
    'pgmi-security-review.md': () => read(__webpack_require__.ab + "pgmi-security-review.md"),
    'pgmi-sql.md': () => read(__webpack_require__.ab + "pgmi-sql.md"),
    'pgmi-system-design.md': () => read(__webpack_require__.ab + "pgmi-system-design.md"),
    'pgmi-test-architecture.md': () => read(__webpack_require__.ab + "pgmi-test-architecture.md"),
    'pgmi-testing-review.md': () => read(__webpack_require__.ab + "pgmi-testing-review.md"),
    'pgmi-testing.md': () => read(__webpack_require__.ab + "pgmi-testing.md"),
    'postgresql-patterns.md': () => read(__webpack_require__.ab + "postgresql-patterns.md"),
};
/** The overview printed by `pgmi ai` (the skill index is appended at run time). */
function readOverview() {
    return read(__webpack_require__.ab + "overview.md");
}
/** The core guidance every `ai setup` target wraps. */
function readCoreGuidance() {
    return read(__webpack_require__.ab + "core.md");
}


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./src/cli/completion-sources.ts
var completion_sources = __webpack_require__(37565);
// EXTERNAL MODULE: ./src/cli/program.ts + 1 modules
var cli_program = __webpack_require__(13730);
;// CONCATENATED MODULE: ./src/cli/init-command.ts
/** `pgmi init [target_path] [-t basic|advanced]` (cli.md §2). */


const INIT_FLAGS = [
    {
        long: 'template',
        short: 't',
        value: '<name>',
        kind: 'string',
        complete: 'template',
        description: 'Template to scaffold: basic or advanced (default basic; see pgmi templates list)',
    },
];
completion_sources/* flagSpecs */.$j.push(...INIT_FLAGS);
cli_program.registrars.push((program, io, setExit) => {
    const init = program
        .command('init')
        .description('Scaffold a new project from a template')
        .argument('[target_path...]', 'directory to create or fill (default: .); must be empty')
        .addHelpText('after', '\nWithout -t at a terminal, a short wizard asks for the directory, the template\nand the connection.\n');
    (0,cli_program.addFlags)(init, INIT_FLAGS);
    init.action(async (args, opts) => {
        (0,cli_program.expectArgs)(args, 0, 1, '[target_path]', 'pgmi init [target_path] [-t basic|advanced]', 'pgmi init ./myproject -t basic');
        const { runInit } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8668), __webpack_require__.e(5915), __webpack_require__.e(9405), __webpack_require__.e(2942)]).then(__webpack_require__.bind(__webpack_require__, 32942));
        setExit(await runInit(args[0], opts.template, io));
    });
});

;// CONCATENATED MODULE: ./src/cli/templates-command.ts
/** `pgmi templates list` and `pgmi templates describe <template_name>` (cli.md §6). */


/** Greedy word wrap at `width` columns. */
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines;
}
cli_program.registrars.push((program, io) => {
    const templates = program
        .command('templates')
        .description('List the project templates and describe one')
        .allowExcessArguments(true);
    // A group without a subcommand (or with an unknown one) shows its help, exit 0.
    templates.action(() => io.stdout(templates.helpInformation()));
    templates
        .command('list')
        .description('List the templates, recommended first')
        .allowExcessArguments(true)
        .action(async () => {
        const { listTemplates } = await __webpack_require__.e(/* import() */ 6709).then(__webpack_require__.bind(__webpack_require__, 96709));
        for (const t of listTemplates()) {
            io.stdout(`${t.name.padEnd(12)} ${t.description}\n`);
            if (t.bestFor)
                io.stdout(`${' '.repeat(12)}   for: ${t.bestFor}\n`);
        }
        io.stderr('\nScaffold one with: pgmi init <path> -t <template>\n');
    });
    templates
        .command('describe')
        .description('Describe a template: structure, features, what it is for')
        .argument('[template_name...]', 'basic or advanced')
        .action(async (args) => {
        (0,cli_program.expectArgs)(args, 1, 1, '<template_name>', 'pgmi templates describe <template_name>  (names: pgmi templates list)', 'pgmi templates describe basic');
        const { describeTemplate, templatesDir } = await __webpack_require__.e(/* import() */ 6709).then(__webpack_require__.bind(__webpack_require__, 96709));
        const { unknownTemplateError } = await __webpack_require__.e(/* import() */ 7454).then(__webpack_require__.bind(__webpack_require__, 87454));
        const { renderTreeLines, walkTree } = await __webpack_require__.e(/* import() */ 3800).then(__webpack_require__.bind(__webpack_require__, 63800));
        const t = describeTemplate(args[0]);
        if (!t)
            throw unknownTemplateError(args[0]);
        const tree = renderTreeLines(walkTree(`${templatesDir()}${t.name}`, 2));
        io.stdout([
            `${t.name} — ${t.description}`,
            '',
            ...wrap(t.long, 80),
            '',
            'Structure:',
            ...tree.map((l) => `  ${l}`),
            '',
            'Features:',
            ...t.features.map((f) => `  - ${f}`),
            '',
            `For: ${t.bestFor}`,
            `Requires: PostgreSQL ${t.minPostgres} or later`,
            '',
        ].join('\n'));
        io.stderr(`\nScaffold with: pgmi init <path> -t ${t.name}\n`);
    });
    completion_sources/* argumentSources */.u2.set('templates describe', 'template');
});

;// CONCATENATED MODULE: ./src/cli/info-command.ts

const INFO_FLAGS = [
    { long: 'json', kind: 'boolean', description: 'Print the summary as JSON on stdout' },
];
cli_program.registrars.push((program, io) => {
    const info = program
        .command('info')
        .description('Summarise a project: template, deploy.sql, pgmi.yaml, files (offline)')
        .argument('[path...]', 'project directory (default: .)');
    (0,cli_program.addFlags)(info, INFO_FLAGS);
    info.action(async (args, opts) => {
        (0,cli_program.expectArgs)(args, 0, 1, '[path]', 'pgmi info [path] [--json]', 'pgmi info ./myproject');
        const { projectInfo } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(9405), __webpack_require__.e(6990), __webpack_require__.e(7960)]).then(__webpack_require__.bind(__webpack_require__, 77960));
        const r = await projectInfo(args[0] ?? '.');
        if (opts.json) {
            io.stdout(JSON.stringify(r, null, 2) + '\n');
            return;
        }
        const plain = !!io.env.NO_COLOR;
        const mark = r.deploySql
            ? `${plain ? 'ok' : '✓'} present`
            : `${plain ? 'FAILED' : '✗'} missing`;
        const lines = [
            `Project:    ${r.path}`,
            `Template:   ${r.template}`,
            `deploy.sql: ${mark}`,
            `pgmi.yaml:  ${r.configFile}`,
            '',
            'Files',
            `  Total:    ${r.totalFiles}`,
            `  SQL:      ${r.sqlFiles}`,
            `  Tests:    ${r.testFiles}`,
            `  Metadata: ${r.metadataWith} / ${r.totalFiles}`,
            '',
            'Directories',
            ...Object.entries(r.directories).map(([dir, n]) => `  ${dir.padEnd(30)} ${n} file${n === 1 ? '' : 's'}`),
            '',
        ];
        const { writePaged } = await __webpack_require__.e(/* import() */ 8681).then(__webpack_require__.bind(__webpack_require__, 8681));
        await writePaged(lines.join('\n'), io.env, io.stdout);
    });
});

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
;// CONCATENATED MODULE: ./src/cli/metadata-command.ts



const JSON_FLAG = {
    long: 'json',
    kind: 'boolean',
    description: 'Print the result as JSON on stdout',
};
const SCAFFOLD_FLAGS = [
    {
        long: 'write',
        kind: 'boolean',
        description: 'Write the blocks into the files (default: preview)',
    },
    {
        long: 'idempotent',
        value: '[bool]',
        kind: 'string',
        description: 'idempotent="true|false" in the generated blocks (default true; --idempotent=false)',
    },
];
completion_sources/* flagSpecs */.$j.push(...SCAFFOLD_FLAGS);
/** Go strconv.ParseBool spellings, as upstream's `--idempotent=BOOL` accepts them. */
function parseBoolFlag(value) {
    if (value === undefined || value === true)
        return true;
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value))
        return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value))
        return false;
    throw new errors.UsageError(`invalid argument "${String(value)}" for "--idempotent": expected true or false (write --idempotent=false)`);
}
function projectPathArg(args, sub) {
    (0,cli_program.expectArgs)(args, 1, 1, '<project_path>', `pgmi metadata ${sub} <project_path>`, `pgmi metadata ${sub} ./myproject`);
    return args[0];
}
function verboseLines(program, io, lines) {
    if (program.opts().verbose)
        for (const l of lines)
            io.stderr(`[VERBOSE] ${l}\n`);
}
cli_program.registrars.push((program, io) => {
    const metadata = program
        .command('metadata')
        .description('Scaffold, validate and preview <pgmi-meta> script metadata (offline)')
        .allowExcessArguments(true);
    metadata.action(() => io.stdout(metadata.helpInformation()));
    const plain = () => !!io.env.NO_COLOR;
    const scaffold = metadata
        .command('scaffold')
        .description('Propose (or with --write, add) a <pgmi-meta> block for SQL files without one')
        .argument('[project_path...]', 'project directory');
    (0,cli_program.addFlags)(scaffold, SCAFFOLD_FLAGS);
    scaffold.action(async (args, opts) => {
        const path = projectPathArg(args, 'scaffold');
        const idempotent = parseBoolFlag(opts.idempotent);
        verboseLines(program, io, [
            `Project path: ${path}`,
            `Write: ${!!opts.write}`,
            `Idempotent: ${idempotent}`,
        ]);
        const { metadataScaffold } = await Promise.all(/* import() */[__webpack_require__.e(6990), __webpack_require__.e(2749)]).then(__webpack_require__.bind(__webpack_require__, 12749));
        const result = await metadataScaffold(path, { write: opts.write, idempotent });
        if (result.files.length === 0) {
            io.stderr('All SQL files already have metadata.\n');
            return;
        }
        for (const f of result.files) {
            io.stderr(`${f.path}\n  ID: ${f.id} (fallback)\n  Idempotent: ${f.idempotent}\n`);
            if (f.written)
                io.stderr('  Written to file\n');
            io.stderr('\n');
        }
        io.stderr(opts.write
            ? `Generated metadata for ${result.files.length} file(s).\n`
            : `Preview only: nothing was written. Add --write to put these blocks at the top of the files.\n`);
    });
    const validate = metadata
        .command('validate')
        .description('Check every <pgmi-meta> block and that no two scripts share an id')
        .argument('[project_path...]', 'project directory');
    (0,cli_program.addFlags)(validate, [JSON_FLAG]);
    validate.action(async (args, opts) => {
        const path = projectPathArg(args, 'validate');
        verboseLines(program, io, [`Project path: ${path}`]);
        const { metadataValidate } = await Promise.all(/* import() */[__webpack_require__.e(6990), __webpack_require__.e(2749)]).then(__webpack_require__.bind(__webpack_require__, 12749));
        if (!opts.json)
            io.stderr(`Scanning ${path} ...\nValidating metadata...\n`);
        const r = await metadataValidate(path);
        if (opts.json)
            io.stdout(JSON.stringify(r, null, 2) + '\n');
        else {
            io.stderr('\nValidation Summary:\n' +
                `  Total files:            ${r.total_files}\n` +
                `  Files with metadata:    ${r.files_with_metadata}\n` +
                `  Files without metadata: ${r.files_without_metadata}\n`);
            if (r.duplicate_ids.length > 0)
                io.stderr(`\nError: Duplicate IDs detected:\n${r.duplicate_ids.map((d) => `  ${d}\n`).join('')}`);
            else
                io.stderr(`\n${plain() ? 'ok' : '✓'} Metadata validation passed.\n`);
        }
        if (!r.validation_passed)
            throw new errors.PgmiError('metadata validation failed', {
                hints: ['Give each script its own id (uuidgen), or remove the copied block.'],
            });
    });
    const plan = metadata
        .command('plan')
        .description('Show the scripts in the order their sort keys give (one entry per file)')
        .argument('[project_path...]', 'project directory');
    (0,cli_program.addFlags)(plan, [JSON_FLAG]);
    plan.action(async (args, opts) => {
        const path = projectPathArg(args, 'plan');
        verboseLines(program, io, [`Project path: ${path}`]);
        const { metadataPlan } = await Promise.all(/* import() */[__webpack_require__.e(6990), __webpack_require__.e(2749)]).then(__webpack_require__.bind(__webpack_require__, 12749));
        if (!opts.json)
            io.stderr(`Analyzing ${path} ...\n`);
        const r = await metadataPlan(path);
        if (opts.json) {
            io.stdout(JSON.stringify(r, null, 2) + '\n');
            return;
        }
        const out = [`\nMetadata Summary (${r.total_files} files):\n`];
        r.plan.forEach((e, i) => {
            out.push(`${i + 1}. ${e.path}`, `   ID: ${e.id}`);
            // The JSON keeps the description as written; here it is one line.
            const description = e.description.trim().replace(/\s+/g, ' ');
            if (description)
                out.push(`   Description: ${description}`);
            out.push(`   Idempotent: ${e.idempotent}`, `   Sort Keys: [${e.sort_keys.join(' ')}]`, '');
        });
        out.push("Note: a file runs once per sort key; the exact order is pgmi_plan_view's at deploy time.", '');
        io.stderr(out.join('\n'));
    });
});

;// CONCATENATED MODULE: ./src/cli/config-command.ts
/** `pgmi config [path]`: the connection wizard, writing pgmi.yaml (cli.md §4). */


cli_program.registrars.push((program, io, setExit) => {
    program
        .command('config')
        .description('Set up the connection in pgmi.yaml with an interactive wizard')
        .argument('[path...]', 'project directory (default: .)')
        .action(async (args) => {
        (0,cli_program.expectArgs)(args, 0, 1, '[path]', 'pgmi config [path]', 'pgmi config ./myproject');
        const { isInteractive } = await __webpack_require__.e(/* import() */ 2791).then(__webpack_require__.bind(__webpack_require__, 72791));
        if (!isInteractive(io.env)) {
            throw new errors.PgmiError('config requires an interactive terminal', {
                hints: [
                    'In CI, write pgmi.yaml yourself (a connection: block with host, port, username, database, sslmode;',
                    'see "pgmi.yaml" in the README) or pass -h/-p/-U/-d, --connection or PG* variables to pgmi deploy.',
                ],
            });
        }
        const { runConfigWizard } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8668), __webpack_require__.e(5915), __webpack_require__.e(9405), __webpack_require__.e(9594)]).then(__webpack_require__.bind(__webpack_require__, 69594));
        setExit(await runConfigWizard(args[0] ?? '.', io));
    });
});

;// CONCATENATED MODULE: ./src/cli/completion-command.ts
/**
 * `pgmi completion bash|zsh|fish|powershell` prints a completion script; the hidden
 * `pgmi __complete -- <shell> <words…>` is what those scripts call (cli.md §10).
 */



const SHELL_NAMES = ['bash', 'zsh', 'fish', 'powershell'];
cli_program.registrars.push((program, io) => {
    program
        .command('completion')
        .description('Print a shell completion script (bash, zsh, fish, powershell)')
        .argument('[shell...]', 'bash, zsh, fish or powershell')
        .addHelpText('after', '\nExamples:\n' +
        '  source <(pgmi completion bash)                      # bash, this shell\n' +
        '  source <(pgmi completion zsh)                       # zsh, after compinit\n' +
        '  pgmi completion fish > ~/.config/fish/completions/pgmi.fish\n' +
        '  pgmi completion powershell | Out-String | Invoke-Expression\n')
        .action(async (args) => {
        (0,cli_program.expectArgs)(args, 1, 1, '<shell>', 'pgmi completion bash|zsh|fish|powershell', 'source <(pgmi completion bash)');
        if (!SHELL_NAMES.includes(args[0])) {
            throw new errors.UsageError(`unsupported shell "${args[0]}" (supported: ${SHELL_NAMES.join(', ')})`);
        }
        const { completionScript } = await __webpack_require__.e(/* import() */ 239).then(__webpack_require__.bind(__webpack_require__, 40239));
        io.stdout(completionScript(args[0]));
    });
    completion_sources/* argumentSources */.u2.set('completion', 'shell');
    program
        .command('__complete', { hidden: true })
        .helpOption(false)
        .allowUnknownOption()
        .argument('[words...]')
        .action(async (args) => {
        const { completeWords, SHELLS } = await __webpack_require__.e(/* import() */ 474).then(__webpack_require__.bind(__webpack_require__, 90474));
        const [shell, ...words] = args;
        if (!SHELLS.includes(shell))
            return;
        if (shell === 'powershell' && words.length > 0)
            words[words.length - 1] = words[words.length - 1].replace(/^_/, '');
        const { directive, candidates } = completeWords(program, words, shell);
        io.stdout([`:${directive}`, ...candidates].join('\n') + '\n');
    });
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/ai/setup/assistant-names.ts
/** Accepted `--assistant` names, kept apart from targets.ts so shell completion loads nothing else. */
const ASSISTANT_NAMES = [
    'claude',
    'agents',
    'codex',
    'opencode',
    'codex-skills',
    'antigravity',
    'cursor',
    'copilot',
    'windsurf',
    'cline',
    'gemini',
];

// EXTERNAL MODULE: ./src/ai/skill-files.ts
var skill_files = __webpack_require__(2085);
;// CONCATENATED MODULE: ./src/cli/ai-command.ts
/**
 * `pgmi ai [skills | skill <name> | contract | client [lang] | setup | check]`: guidance for
 * coding assistants, all offline from files bundled with the CLI. The content modules load only
 * when a subcommand runs.
 */





const AI_SETUP_FLAGS = [
    {
        long: 'assistant',
        value: '<name>',
        kind: 'string',
        complete: 'assistant',
        description: 'claude, agents, codex, opencode, codex-skills, antigravity, cursor, copilot, windsurf, cline or gemini',
    },
    {
        long: 'all',
        kind: 'boolean',
        description: 'Every assistant (not with --assistant or --global)',
    },
    {
        long: 'global',
        kind: 'boolean',
        description: 'Write to the home directory instead of the project',
    },
    { long: 'dry-run', kind: 'boolean', description: 'Report what would change; write nothing' },
    { long: 'force', kind: 'boolean', description: 'Overwrite files that were edited by hand' },
    {
        long: 'claude-md',
        kind: 'boolean',
        description: 'Add or refresh a one-line pgmi pointer in ./CLAUDE.md',
    },
    { long: 'no-claude-md', kind: 'boolean', description: 'Leave ./CLAUDE.md alone' },
];
const AI_CHECK_FLAGS = [
    {
        long: 'assistant',
        value: '<name>',
        kind: 'string',
        complete: 'assistant',
        description: 'Assistant whose files to check (default claude)',
    },
    { long: 'global', kind: 'boolean', description: 'Check the files in the home directory' },
];
completion_sources/* flagSpecs */.$j.push(...AI_SETUP_FLAGS, ...AI_CHECK_FLAGS);
completion_sources/* valueSources */.W2.set('assistant', () => [...ASSISTANT_NAMES]);
// Skill names equal their file names (a unit test holds them together); no file is read here.
completion_sources/* valueSources */.W2.set('skill', () => Object.keys(skill_files/* SKILL_FILES */.cE).map((f) => f.replace(/\.md$/, '')));
completion_sources/* argumentSources */.u2.set('ai skill', 'skill');
/** Long documents go through the pager at a terminal (cli.md §1.6). */
async function page(io, text) {
    const { writePaged } = await __webpack_require__.e(/* import() */ 8681).then(__webpack_require__.bind(__webpack_require__, 8681));
    await writePaged(text, io.env, io.stdout);
}
async function setupIo(io) {
    const { isInteractive } = await __webpack_require__.e(/* import() */ 2791).then(__webpack_require__.bind(__webpack_require__, 72791));
    const { VERSION } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3985));
    const interactive = isInteractive(io.env);
    return {
        cwd: process.cwd(),
        home: io.env.HOME || io.env.USERPROFILE || external_node_os_default().homedir(),
        version: VERSION,
        interactive,
        stderr: io.stderr,
        confirm: async (message) => {
            const { confirm } = await Promise.all(/* import() */[__webpack_require__.e(8668), __webpack_require__.e(3493)]).then(__webpack_require__.bind(__webpack_require__, 83493));
            return confirm({ message, default: true }, { output: process.stderr });
        },
    };
}
function registerAi(program, io, setExit) {
    const ai = program
        .command('ai')
        .description('Guidance for coding assistants: overview, skills, session contract, setup')
        .helpOption('--help', 'Show help')
        .argument('[words...]')
        .allowExcessArguments(true)
        // Upstream quirk kept: words after `ai` that are no subcommand still print the overview.
        .action(async () => {
        const { renderOverview } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(3051)]).then(__webpack_require__.bind(__webpack_require__, 23051));
        await page(io, renderOverview());
    });
    ai.command('skills')
        .description('List the skills')
        .helpOption('--help', 'Show help')
        .allowExcessArguments(true)
        .action(async () => {
        const { renderSkillIndex } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2307)]).then(__webpack_require__.bind(__webpack_require__, 52307));
        await page(io, renderSkillIndex());
    });
    ai.command('skill')
        .description('Print one skill (markdown with front matter)')
        .argument('[name...]')
        .helpOption('--help', 'Show help')
        .action(async (names) => {
        (0,cli_program.expectArgs)(names, 1, 1, '<name>', 'pgmi ai skill <name>', 'pgmi ai skill pgmi-sql');
        const { getSkill } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2307)]).then(__webpack_require__.bind(__webpack_require__, 52307));
        await page(io, getSkill(names[0]).content);
    });
    ai.command('contract')
        .description('Print the session API contract as JSON')
        .argument('[args...]')
        .helpOption('--help', 'Show help')
        .action(async (args) => {
        (0,cli_program.expectArgs)(args, 0, 0, '', 'pgmi ai contract', 'pgmi ai contract');
        const { contractJson } = await __webpack_require__.e(/* import() */ 6991).then(__webpack_require__.bind(__webpack_require__, 16991));
        await page(io, contractJson());
    });
    ai.command('client')
        .description('How to call an API deployed with the advanced template (typescript, python, go, csharp, curl)')
        .argument('[lang...]')
        .helpOption('--help', 'Show help')
        .action(async (langs) => {
        (0,cli_program.expectArgs)(langs, 0, 1, '', 'pgmi ai client [lang]', 'pgmi ai client');
        const { renderClientGuide } = await __webpack_require__.e(/* import() */ 5231).then(__webpack_require__.bind(__webpack_require__, 85231));
        await page(io, renderClientGuide(langs[0]));
    });
    const setup = ai
        .command('setup')
        .description('Write pgmi guidance where coding assistants read it')
        .argument('[args...]')
        .helpOption('--help', 'Show help');
    (0,cli_program.addFlags)(setup, AI_SETUP_FLAGS);
    // --claude-md and --no-claude-md share one value in commander; remember which were given.
    const given = new Set();
    setup.on('option:claude-md', () => given.add('claude-md'));
    setup.on('option:no-claude-md', () => given.add('no-claude-md'));
    setup.action(async (args, opts) => {
        (0,cli_program.expectArgs)(args, 0, 0, '', 'pgmi ai setup [flags]', 'pgmi ai setup --assistant claude');
        const { PgmiError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17679));
        if (given.size === 2) {
            throw new PgmiError('if any flags in the group [claude-md no-claude-md] are set none of the others can be; [claude-md no-claude-md] were all set');
        }
        const { runSetup } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8346)]).then(__webpack_require__.bind(__webpack_require__, 38346));
        setExit(await runSetup({
            assistant: opts.assistant,
            all: !!opts.all,
            global: !!opts.global,
            dryRun: !!opts.dryRun,
            force: !!opts.force,
            claudeMd: given.has('claude-md') ? true : given.has('no-claude-md') ? false : undefined,
        }, await setupIo(io)));
    });
    const check = ai
        .command('check')
        .description('Check that the assistant guidance is present, current and unedited')
        .argument('[args...]')
        .helpOption('--help', 'Show help');
    (0,cli_program.addFlags)(check, AI_CHECK_FLAGS);
    check.action(async (args, opts) => {
        (0,cli_program.expectArgs)(args, 0, 0, '', 'pgmi ai check [flags]', 'pgmi ai check --assistant claude');
        const { runCheck } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8346)]).then(__webpack_require__.bind(__webpack_require__, 38346));
        setExit(await runCheck({ assistant: opts.assistant, global: !!opts.global }, await setupIo(io)));
    });
}
cli_program.registrars.push(registerAi);

;// CONCATENATED MODULE: ./src/cli/serve-command.ts
/**
 * `pgmi serve`: the MCP server over stdio. The SDK and the engine load only when it runs.
 */

cli_program.registrars.push((program, io, setExit) => {
    program
        .command('serve')
        .description('Run an MCP server over stdio: deploy, init, metadata, templates and ai tools for coding assistants')
        .argument('[args...]')
        .helpOption('--help', 'Show help')
        .action(async (args) => {
        (0,cli_program.expectArgs)(args, 0, 0, '', 'pgmi serve', 'pgmi serve');
        const { serveStdio } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(3849), __webpack_require__.e(870), __webpack_require__.e(9405), __webpack_require__.e(6990), __webpack_require__.e(2680), __webpack_require__.e(4117), __webpack_require__.e(3118)]).then(__webpack_require__.bind(__webpack_require__, 23118));
        setExit(await serveStdio({ env: io.env, stderr: io.stderr }));
    });
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cli/report-command.ts
/** `pgmi report merge <json-report>… [--json] [--summary FILE] [--junit FILE] [--tap FILE]` */



const MERGE_FLAGS = [
    { long: 'json', kind: 'boolean', description: 'Print the merged result as JSON on stdout' },
    {
        long: 'summary',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Write a Markdown summary table (one row per target)',
    },
    {
        long: 'junit',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Write JUnit XML, one testsuite per target',
    },
    {
        long: 'tap',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Write TAP 14, one subtest per target',
    },
];
cli_program.registrars.push((program, io, setExit) => {
    const report = program
        .command('report')
        .description('Work with deploy reports')
        .helpOption('--help', 'Show help');
    const merge = report
        .command('merge')
        .description("Join the JSON reports of a fleet's shards into one result; exits with the merged exit code")
        .argument('[reports...]', 'JSON reports (from --json or the json-report input)')
        .helpOption('--help', 'Show help');
    (0,cli_program.addFlags)(merge, MERGE_FLAGS);
    merge.action(async (args, opts) => {
        (0,cli_program.expectArgs)(args, 1, Number.MAX_SAFE_INTEGER, '<json-report>', 'pgmi report merge <json-report>... [--json] [--summary FILE] [--junit FILE] [--tap FILE]', 'pgmi report merge reports/shard-*.json --json');
        const { expandReportPaths, mergeReports, readReport } = await __webpack_require__.e(/* import() */ 4712).then(__webpack_require__.bind(__webpack_require__, 44712));
        const { totalsLine, targetLine } = await __webpack_require__.e(/* import() */ 3159).then(__webpack_require__.bind(__webpack_require__, 93159));
        const result = mergeReports(expandReportPaths(args).map(readReport));
        const write = (file, content) => {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, content);
        };
        if (opts.summary) {
            const { fleetSummaryMarkdown } = await __webpack_require__.e(/* import() */ 7610).then(__webpack_require__.bind(__webpack_require__, 17610));
            write(opts.summary, fleetSummaryMarkdown(result));
        }
        if (opts.junit) {
            const { fleetJunitReport } = await __webpack_require__.e(/* import() */ 1466).then(__webpack_require__.bind(__webpack_require__, 41466));
            write(opts.junit, fleetJunitReport(result));
        }
        if (opts.tap) {
            const { fleetTapReport } = await __webpack_require__.e(/* import() */ 7183).then(__webpack_require__.bind(__webpack_require__, 17183));
            write(opts.tap, fleetTapReport(result));
        }
        const plain = !!io.env.NO_COLOR;
        for (const t of result.targets)
            io.stderr(targetLine(t, plain) + '\n');
        io.stderr(totalsLine(result) + '\n');
        if (opts.json)
            io.stdout(JSON.stringify(result, null, 2) + '\n');
        setExit(result.exitCode);
    });
});

;// CONCATENATED MODULE: ./src/cli/comment-command.ts

const COMMENT_FLAGS = [
    {
        long: 'from',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Comment file written by pgmi deploy --comment-file (or a folder of them)',
    },
];
cli_program.registrars.push((program, io, setExit) => {
    const cmd = program
        .command('comment')
        .description('Post a review comment written earlier to the PR/MR of this CI build')
        .argument('[args...]')
        .helpOption('--help', 'Show help');
    (0,cli_program.addFlags)(cmd, COMMENT_FLAGS);
    cmd.action(async (args, opts) => {
        (0,cli_program.expectArgs)(args, 0, 0, '', 'pgmi comment --from <file>', 'pgmi comment --from pgmi-comment.md');
        const { UsageError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17679));
        if (!opts.from)
            throw new UsageError('missing required flag: --from <file>');
        const { postCommentFiles } = await Promise.all(/* import() */[__webpack_require__.e(3040), __webpack_require__.e(1898)]).then(__webpack_require__.bind(__webpack_require__, 41898));
        const { reviewToken } = await __webpack_require__.e(/* import() */ 3823).then(__webpack_require__.bind(__webpack_require__, 23823));
        const line = (s) => io.stderr(s + '\n');
        const urls = await postCommentFiles({ from: opts.from, base: process.cwd(), what: '--from' }, io.env, (system) => reviewToken(system, io.env), { notice: (m) => line(`pgmi: ${m}`), warning: (m) => line(`pgmi: warning: ${m}`) });
        for (const u of urls)
            line(`pgmi: commented: ${u}`);
        setExit(0);
    });
});

;// CONCATENATED MODULE: ./src/cli/commands.ts
/** Registers the commands implemented outside program.ts (each registrar pushes itself). */













/***/ })

};
