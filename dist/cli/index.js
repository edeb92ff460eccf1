#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ readOverview),
/* harmony export */   Yv: () => (/* binding */ readCoreGuidance),
/* harmony export */   cE: () => (/* binding */ SKILL_FILES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The skill files shipped with pgmi. ncc copies a file next to the bundle only when it sees a
 * literal `new URL('./x', import.meta.url)` read, so every file has a line of its own here (a
 * computed name would not be traced). A unit test checks this list against src/ai/skills/.
 */

const read = (url) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(url, 'utf8');
/** File name → reader, in file-name order. */
const SKILL_FILES = {
    'pgmi-ci.md': () => read(__nccwpck_require__.ab + "pgmi-ci.md"),
    'pgmi-connections.md': () => read(__nccwpck_require__.ab + "pgmi-connections.md"),
    'pgmi-debug-deploy.md': () => read(__nccwpck_require__.ab + "pgmi-debug-deploy.md"),
    'pgmi-deploy-sql.md': () => read(__nccwpck_require__.ab + "pgmi-deploy-sql.md"),
    'pgmi-mcp.md': () => read(__nccwpck_require__.ab + "pgmi-mcp.md"),
    'pgmi-metadata-system.md': () => read(__nccwpck_require__.ab + "pgmi-metadata-system.md"),
    'pgmi-philosophy.md': () => read(__nccwpck_require__.ab + "pgmi-philosophy.md"),
    'pgmi-security-review.md': () => read(__nccwpck_require__.ab + "pgmi-security-review.md"),
    'pgmi-sql.md': () => read(__nccwpck_require__.ab + "pgmi-sql.md"),
    'pgmi-testing.md': () => read(__nccwpck_require__.ab + "pgmi-testing.md"),
};
/** The overview printed by `pgmi ai` (the skill index is appended at run time). */
function readOverview() {
    return read(__nccwpck_require__.ab + "overview.md");
}
/** The core guidance every `ai setup` target wraps. */
function readCoreGuidance() {
    return read(__nccwpck_require__.ab + "core.md");
}


/***/ }),

/***/ 12151:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {


// EXTERNAL MODULE: ./src/cli/completion-sources.ts
var completion_sources = __nccwpck_require__(37565);
// EXTERNAL MODULE: ./src/cli/program.ts + 1 modules
var cli_program = __nccwpck_require__(54611);
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
cli_program/* registrars */.RY.push((program, io, setExit) => {
    const init = program
        .command('init')
        .description('Scaffold a new project from a template')
        .argument('[target_path...]', 'directory to create or fill (default: .); must be empty')
        .addHelpText('after', '\nWithout -t at a terminal, a short wizard asks for the directory, the template and the connection.\n');
    (0,cli_program/* addFlags */.zA)(init, INIT_FLAGS);
    init.action(async (args, opts) => {
        (0,cli_program/* expectArgs */.dA)(args, 0, 1, '[target_path]', 'pgmi init [target_path] [-t basic|advanced]', 'pgmi init ./myproject -t basic');
        const { runInit } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(753), __nccwpck_require__.e(849), __nccwpck_require__.e(668), __nccwpck_require__.e(915), __nccwpck_require__.e(408), __nccwpck_require__.e(592), __nccwpck_require__.e(380), __nccwpck_require__.e(942)]).then(__nccwpck_require__.bind(__nccwpck_require__, 32942));
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
cli_program/* registrars */.RY.push((program, io) => {
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
        const { listTemplates } = await __nccwpck_require__.e(/* import() */ 709).then(__nccwpck_require__.bind(__nccwpck_require__, 96709));
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
        (0,cli_program/* expectArgs */.dA)(args, 1, 1, '<template_name>', 'pgmi templates describe <template_name>  (names: pgmi templates list)', 'pgmi templates describe basic');
        const { describeTemplate, templatesDir } = await __nccwpck_require__.e(/* import() */ 709).then(__nccwpck_require__.bind(__nccwpck_require__, 96709));
        const { unknownTemplateError } = await __nccwpck_require__.e(/* import() */ 454).then(__nccwpck_require__.bind(__nccwpck_require__, 87454));
        const { renderTreeLines, walkTree } = await __nccwpck_require__.e(/* import() */ 800).then(__nccwpck_require__.bind(__nccwpck_require__, 63800));
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
cli_program/* registrars */.RY.push((program, io) => {
    const info = program
        .command('info')
        .description('Summarise a project: template, deploy.sql, pgmi.yaml, files (offline)')
        .argument('[path...]', 'project directory (default: .)');
    (0,cli_program/* addFlags */.zA)(info, INFO_FLAGS);
    info.action(async (args, opts) => {
        (0,cli_program/* expectArgs */.dA)(args, 0, 1, '[path]', 'pgmi info [path] [--json]', 'pgmi info ./myproject');
        const { projectInfo } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(753), __nccwpck_require__.e(408), __nccwpck_require__.e(960)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77960));
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
        const { writePaged } = await Promise.all(/* import() */[__nccwpck_require__.e(753), __nccwpck_require__.e(849), __nccwpck_require__.e(408), __nccwpck_require__.e(592), __nccwpck_require__.e(681)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8681));
        await writePaged(lines.join('\n'), io.env, io.stdout);
    });
});

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __nccwpck_require__(17679);
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
    throw new errors/* UsageError */.eb(`invalid argument "${String(value)}" for "--idempotent": expected true or false (write --idempotent=false)`);
}
function projectPathArg(args, sub) {
    (0,cli_program/* expectArgs */.dA)(args, 1, 1, '<project_path>', `pgmi metadata ${sub} <project_path>`, `pgmi metadata ${sub} ./myproject`);
    return args[0];
}
function verboseLines(program, io, lines) {
    if (program.opts().verbose)
        for (const l of lines)
            io.stderr(`[VERBOSE] ${l}\n`);
}
cli_program/* registrars */.RY.push((program, io) => {
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
    (0,cli_program/* addFlags */.zA)(scaffold, SCAFFOLD_FLAGS);
    scaffold.action(async (args, opts) => {
        const path = projectPathArg(args, 'scaffold');
        const idempotent = parseBoolFlag(opts.idempotent);
        verboseLines(program, io, [
            `Project path: ${path}`,
            `Write: ${!!opts.write}`,
            `Idempotent: ${idempotent}`,
        ]);
        const { metadataScaffold } = await Promise.all(/* import() */[__nccwpck_require__.e(753), __nccwpck_require__.e(408), __nccwpck_require__.e(749)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12749));
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
    (0,cli_program/* addFlags */.zA)(validate, [JSON_FLAG]);
    validate.action(async (args, opts) => {
        const path = projectPathArg(args, 'validate');
        verboseLines(program, io, [`Project path: ${path}`]);
        const { metadataValidate } = await Promise.all(/* import() */[__nccwpck_require__.e(753), __nccwpck_require__.e(408), __nccwpck_require__.e(749)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12749));
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
    (0,cli_program/* addFlags */.zA)(plan, [JSON_FLAG]);
    plan.action(async (args, opts) => {
        const path = projectPathArg(args, 'plan');
        verboseLines(program, io, [`Project path: ${path}`]);
        const { metadataPlan } = await Promise.all(/* import() */[__nccwpck_require__.e(753), __nccwpck_require__.e(408), __nccwpck_require__.e(749)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12749));
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


cli_program/* registrars */.RY.push((program, io, setExit) => {
    program
        .command('config')
        .description('Set up the connection in pgmi.yaml with an interactive wizard')
        .argument('[path...]', 'project directory (default: .)')
        .action(async (args) => {
        (0,cli_program/* expectArgs */.dA)(args, 0, 1, '[path]', 'pgmi config [path]', 'pgmi config ./myproject');
        const { isInteractive } = await Promise.all(/* import() */[__nccwpck_require__.e(753), __nccwpck_require__.e(849), __nccwpck_require__.e(408), __nccwpck_require__.e(592), __nccwpck_require__.e(791)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72791));
        if (!isInteractive(io.env)) {
            throw new errors.PgmiError('config requires an interactive terminal', {
                hints: [
                    'In CI, write pgmi.yaml yourself (a connection: block with host, port, username, database, sslmode;',
                    'see "pgmi.yaml" in the README) or pass -h/-p/-U/-d, --connection or PG* variables to pgmi deploy.',
                ],
            });
        }
        const { runConfigWizard } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(668), __nccwpck_require__.e(915), __nccwpck_require__.e(380), __nccwpck_require__.e(594)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69594));
        setExit(await runConfigWizard(args[0] ?? '.', io));
    });
});

;// CONCATENATED MODULE: ./src/cli/completion-command.ts
/**
 * `pgmi completion bash|zsh|fish|powershell` prints a completion script; the hidden
 * `pgmi __complete -- <shell> <words…>` is what those scripts call (cli.md §10).
 */



const SHELL_NAMES = ['bash', 'zsh', 'fish', 'powershell'];
cli_program/* registrars */.RY.push((program, io) => {
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
        (0,cli_program/* expectArgs */.dA)(args, 1, 1, '<shell>', 'pgmi completion bash|zsh|fish|powershell', 'source <(pgmi completion bash)');
        if (!SHELL_NAMES.includes(args[0])) {
            throw new errors/* UsageError */.eb(`unsupported shell "${args[0]}" (supported: ${SHELL_NAMES.join(', ')})`);
        }
        const { completionScript } = await __nccwpck_require__.e(/* import() */ 239).then(__nccwpck_require__.bind(__nccwpck_require__, 40239));
        io.stdout(completionScript(args[0]));
    });
    completion_sources/* argumentSources */.u2.set('completion', 'shell');
    program
        .command('__complete', { hidden: true })
        .helpOption(false)
        .allowUnknownOption()
        .argument('[words...]')
        .action(async (args) => {
        const { completeWords, SHELLS } = await __nccwpck_require__.e(/* import() */ 474).then(__nccwpck_require__.bind(__nccwpck_require__, 90474));
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
var external_node_os_ = __nccwpck_require__(48161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
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
var skill_files = __nccwpck_require__(2085);
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
    const { writePaged } = await Promise.all(/* import() */[__nccwpck_require__.e(753), __nccwpck_require__.e(849), __nccwpck_require__.e(408), __nccwpck_require__.e(592), __nccwpck_require__.e(681)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8681));
    await writePaged(text, io.env, io.stdout);
}
async function setupIo(io) {
    const { isInteractive } = await Promise.all(/* import() */[__nccwpck_require__.e(753), __nccwpck_require__.e(849), __nccwpck_require__.e(408), __nccwpck_require__.e(592), __nccwpck_require__.e(791)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72791));
    const { VERSION } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3985));
    const interactive = isInteractive(io.env);
    return {
        cwd: process.cwd(),
        home: io.env.HOME || io.env.USERPROFILE || external_node_os_default().homedir(),
        version: VERSION,
        interactive,
        stderr: io.stderr,
        confirm: async (message) => {
            const { confirm } = await Promise.all(/* import() */[__nccwpck_require__.e(668), __nccwpck_require__.e(493)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83493));
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
        const { renderOverview } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(51)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23051));
        await page(io, renderOverview());
    });
    ai.command('skills')
        .description('List the skills')
        .helpOption('--help', 'Show help')
        .allowExcessArguments(true)
        .action(async () => {
        const { renderSkillIndex } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(307)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52307));
        await page(io, renderSkillIndex());
    });
    ai.command('skill')
        .description('Print one skill (markdown with front matter)')
        .argument('[name...]')
        .helpOption('--help', 'Show help')
        .action(async (names) => {
        (0,cli_program/* expectArgs */.dA)(names, 1, 1, '<name>', 'pgmi ai skill <name>', 'pgmi ai skill pgmi-sql');
        const { getSkill } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(307)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52307));
        await page(io, getSkill(names[0]).content);
    });
    ai.command('contract')
        .description('Print the session API contract as JSON')
        .argument('[args...]')
        .helpOption('--help', 'Show help')
        .action(async (args) => {
        (0,cli_program/* expectArgs */.dA)(args, 0, 0, '', 'pgmi ai contract', 'pgmi ai contract');
        const { contractJson } = await __nccwpck_require__.e(/* import() */ 991).then(__nccwpck_require__.bind(__nccwpck_require__, 16991));
        await page(io, contractJson());
    });
    ai.command('client')
        .description('HTTP client guidance (not available: no HTTP layer is shipped)')
        .argument('[lang...]')
        .helpOption('--help', 'Show help')
        .action(async (langs) => {
        (0,cli_program/* expectArgs */.dA)(langs, 0, 1, '', 'pgmi ai client [lang]', 'pgmi ai client');
        const { renderClientNotice } = await __nccwpck_require__.e(/* import() */ 231).then(__nccwpck_require__.bind(__nccwpck_require__, 85231));
        await page(io, renderClientNotice(langs[0]));
    });
    const setup = ai
        .command('setup')
        .description('Write pgmi guidance where coding assistants read it')
        .argument('[args...]')
        .helpOption('--help', 'Show help');
    (0,cli_program/* addFlags */.zA)(setup, AI_SETUP_FLAGS);
    // --claude-md and --no-claude-md share one value in commander; remember which were given.
    const given = new Set();
    setup.on('option:claude-md', () => given.add('claude-md'));
    setup.on('option:no-claude-md', () => given.add('no-claude-md'));
    setup.action(async (args, opts) => {
        (0,cli_program/* expectArgs */.dA)(args, 0, 0, '', 'pgmi ai setup [flags]', 'pgmi ai setup --assistant claude');
        const { PgmiError } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 17679));
        if (given.size === 2) {
            throw new PgmiError('if any flags in the group [claude-md no-claude-md] are set none of the others can be; [claude-md no-claude-md] were all set');
        }
        const { runSetup } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(346)]).then(__nccwpck_require__.bind(__nccwpck_require__, 38346));
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
    (0,cli_program/* addFlags */.zA)(check, AI_CHECK_FLAGS);
    check.action(async (args, opts) => {
        (0,cli_program/* expectArgs */.dA)(args, 0, 0, '', 'pgmi ai check [flags]', 'pgmi ai check --assistant claude');
        const { runCheck } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(346)]).then(__nccwpck_require__.bind(__nccwpck_require__, 38346));
        setExit(await runCheck({ assistant: opts.assistant, global: !!opts.global }, await setupIo(io)));
    });
}
cli_program/* registrars */.RY.push(registerAi);

;// CONCATENATED MODULE: ./src/cli/serve-command.ts
/**
 * `pgmi serve`: the MCP server over stdio. The SDK and the engine load only when it runs.
 */

cli_program/* registrars */.RY.push((program, io, setExit) => {
    program
        .command('serve')
        .description('Run an MCP server over stdio: deploy, init, metadata, templates and ai tools for coding assistants')
        .argument('[args...]')
        .helpOption('--help', 'Show help')
        .action(async (args) => {
        (0,cli_program/* expectArgs */.dA)(args, 0, 0, '', 'pgmi serve', 'pgmi serve');
        const { serveStdio } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(753), __nccwpck_require__.e(849), __nccwpck_require__.e(870), __nccwpck_require__.e(408), __nccwpck_require__.e(592), __nccwpck_require__.e(680), __nccwpck_require__.e(394), __nccwpck_require__.e(118)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23118));
        setExit(await serveStdio({ env: io.env, stderr: io.stderr }));
    });
});

;// CONCATENATED MODULE: ./src/cli/commands.ts
/** Registers the commands implemented outside program.ts (each registrar pushes itself). */











/***/ }),

/***/ 37565:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ flagSpecs),
/* harmony export */   W2: () => (/* binding */ valueSources),
/* harmony export */   u2: () => (/* binding */ argumentSources)
/* harmony export */ });
/** Named value lists: `FlagSpec.complete` names one of these. */
const valueSources = new Map([
    ['dir', () => 'dirs'],
    ['file', () => 'files'],
]);
/** Flag declarations of commands outside program.ts (GLOBAL_FLAGS and DEPLOY_FLAGS are known). */
const flagSpecs = [];
/** Positional arguments by command path (`templates describe`, `ai skill`) → value source name. */
const argumentSources = new Map();


/***/ }),

/***/ 95377:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   an: () => (/* binding */ GLOBAL_FLAGS),
/* harmony export */   yH: () => (/* binding */ DEPLOY_FLAGS),
/* harmony export */   yj: () => (/* reexport safe */ _connect_settings__WEBPACK_IMPORTED_MODULE_0__.yj)
/* harmony export */ });
/* unused harmony export attributeName */
/* harmony import */ var _connect_settings__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(78433);
/**
 * Command-line flags, declared once as data. The parser, the help text, shell completion and the
 * GitHub Action's input list (kebab-case, same names) are all derived from these declarations.
 */


/** Global flags (every command). */
const GLOBAL_FLAGS = [
    {
        long: 'verbose',
        short: 'v',
        kind: 'boolean',
        description: 'Print extra [VERBOSE] progress on stderr',
    },
];
/** `pgmi deploy` flags. There is deliberately no password flag (use PGPASSWORD, .pgpass or the connection string). */
const DEPLOY_FLAGS = [
    {
        long: 'connection',
        value: '<string>',
        kind: 'string',
        description: 'PostgreSQL URI or ADO.NET connection string (also PGMI_CONNECTION_STRING, DATABASE_URL)',
    },
    {
        long: 'host',
        short: 'h',
        value: '<host>',
        kind: 'string',
        description: 'Server host or Unix socket directory (PGHOST)',
    },
    {
        long: 'port',
        short: 'p',
        value: '<port>',
        kind: 'port',
        description: 'Server port (PGPORT, default 5432)',
    },
    {
        long: 'username',
        short: 'U',
        value: '<user>',
        kind: 'string',
        description: 'Database user (PGUSER)',
    },
    {
        long: 'database',
        short: 'd',
        value: '<name>',
        kind: 'string',
        description: 'Target database; created when missing (PGDATABASE)',
    },
    {
        long: 'sslmode',
        value: '<mode>',
        kind: 'string',
        complete: 'sslmode',
        description: `TLS mode: ${_connect_settings__WEBPACK_IMPORTED_MODULE_0__/* .SSL_MODES */ .yj.join(', ')} (PGSSLMODE, default prefer)`,
    },
    {
        long: 'sslcert',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Client certificate (PGSSLCERT)',
    },
    {
        long: 'sslkey',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Client private key; passphrase from PGSSLPASSWORD (PGSSLKEY)',
    },
    {
        long: 'sslrootcert',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'CA certificate(s) that verify the server (PGSSLROOTCERT)',
    },
    {
        long: 'azure',
        kind: 'boolean',
        description: 'Authenticate with Microsoft Entra ID (Azure Database for PostgreSQL)',
    },
    {
        long: 'azure-tenant-id',
        value: '<id>',
        kind: 'string',
        description: 'Entra tenant (AZURE_TENANT_ID)',
    },
    {
        long: 'azure-client-id',
        value: '<id>',
        kind: 'string',
        description: 'Service principal or user-assigned managed identity client id (AZURE_CLIENT_ID)',
    },
    { long: 'aws', kind: 'boolean', description: 'Authenticate with an AWS RDS IAM token' },
    {
        long: 'aws-region',
        value: '<region>',
        kind: 'string',
        description: 'AWS region (AWS_REGION, AWS_DEFAULT_REGION)',
    },
    {
        long: 'google',
        kind: 'boolean',
        description: 'Connect through the Cloud SQL connector with IAM authentication',
    },
    {
        long: 'google-instance',
        value: '<project:region:instance>',
        kind: 'string',
        description: 'Cloud SQL instance connection name',
    },
    {
        long: 'overwrite',
        kind: 'boolean',
        description: 'Drop and recreate the target database first (asks for confirmation)',
    },
    { long: 'force', kind: 'boolean', description: 'Skip the --overwrite confirmation' },
    {
        long: 'param',
        value: '<key=value>',
        kind: 'list',
        description: "Parameter for deploy.sql (current_setting('pgmi.key')); repeatable",
    },
    {
        long: 'params-file',
        value: '<file>',
        kind: 'list',
        complete: 'file',
        description: 'File of KEY=VALUE parameters; repeatable, later files win',
    },
    {
        long: 'timeout',
        value: '<duration>',
        kind: 'duration',
        description: 'Limit for the whole run, e.g. 90s, 5m; 0 disables it (default 3m)',
    },
    {
        long: 'wait',
        value: '<duration>',
        kind: 'duration',
        description: 'Keep retrying the connection this long while the server is not up yet (CI service containers)',
    },
    {
        long: 'compat',
        value: '<version>',
        kind: 'string',
        description: 'Session API version (only 1 exists)',
    },
    {
        long: 'json',
        kind: 'boolean',
        description: 'Print the result as one JSON document on stdout (human output stays on stderr)',
    },
    {
        long: 'junit-report',
        value: '<file>',
        kind: 'string',
        complete: 'file',
        description: 'Write test results as JUnit XML',
    },
    {
        long: 'tap',
        value: '[file]',
        kind: 'string',
        complete: 'file',
        description: 'Write test results as TAP 14 (to stderr, or to a file)',
    },
];
/** `--flag-name` → `flagName` (commander's attribute naming). */
function attributeName(long) {
    return long.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}


/***/ }),

/***/ 70486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _program__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(54611);
/* harmony import */ var _commands__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(12151);


const io = {
    env: process.env,
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
};
process.exitCode = await (0,_program__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), io);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 54611:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zA: () => (/* binding */ addFlags),
  dA: () => (/* binding */ expectArgs),
  RY: () => (/* binding */ registrars),
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: attributeName, buildProgram

// EXTERNAL MODULE: ./node_modules/commander/index.js
var commander = __nccwpck_require__(18909);
;// CONCATENATED MODULE: ./node_modules/commander/esm.mjs


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = commander;

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __nccwpck_require__(17679);
// EXTERNAL MODULE: ./src/engine/project/duration.ts
var duration = __nccwpck_require__(65502);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __nccwpck_require__(95377);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __nccwpck_require__(3985);
;// CONCATENATED MODULE: ./src/cli/program.ts
/**
 * The command tree. Declarations are cheap; each command's implementation is imported only when
 * that command runs, so `pgmi version` starts without loading pg or any cloud SDK.
 */





/** Extra commands registered by other modules (init, info, metadata, templates, ai, serve, ...). */
const registrars = [];
function parsePort(value) {
    if (!/^-?\d+$/.test(value.trim()))
        throw new InvalidArgumentError(`invalid port "${value}": not an integer`);
    return Number(value);
}
function parseDurationArg(value) {
    try {
        (0,duration/* parseDuration */.E9)(value);
    }
    catch {
        throw new InvalidArgumentError(`invalid duration "${value}" (examples: 90s, 5m, 1h30m)`);
    }
    return value;
}
function addFlags(cmd, flags) {
    for (const f of flags) {
        const spec = `${f.short ? `-${f.short}, ` : ''}--${f.long}${f.value ? ` ${f.value}` : ''}`;
        const opt = new Option(spec, f.description);
        if (f.kind === 'list')
            opt.argParser((v, prev = []) => [...prev, v]).default(undefined);
        if (f.kind === 'port')
            opt.argParser(parsePort);
        if (f.kind === 'duration')
            opt.argParser(parseDurationArg);
        cmd.addOption(opt);
    }
    return cmd;
}
const EXIT_CODES_HELP = '\nExit codes:\n' +
    errors/* EXIT_CODE_NAMES */.YV.map((e) => `  ${String(e.code).padEnd(4)}${e.description}`).join('\n') +
    '\n';
/** Positional-argument checks with upstream's wording. */
function expectArgs(args, min, max, name, usage, example) {
    if (args.length < min) {
        throw new errors/* UsageError */.eb(`missing required argument: ${name}\nUsage: ${usage}\nExample: ${example}`);
    }
    if (args.length > max)
        throw new errors/* UsageError */.eb(`accepts ${max} arg(s), received ${args.length}`);
}
const BANNER = `
   ___  ___ _ __ ___  (_)
  / _ \\/ _\` | '_ \` _ \\| |
 | |_) | (_| | | | | | | |
 | .__/ \\__, |_| |_| |_|_|
 |_|    |___/

PostgreSQL-native deployments: your deploy.sql decides, pgmi runs it.

  pgmi init ./myproject            scaffold a project (pgmi templates list)
  pgmi deploy ./myproject -d mydb  deploy it
  pgmi --help                      every command
`;
function buildProgram(io, setExit) {
    const program = new Command('pgmi');
    program
        .description('PostgreSQL-native deployments: load a project into session tables and let deploy.sql decide')
        .helpOption('--help', 'Show help')
        .helpCommand('help [command]', 'Show help for a command')
        .option('--version', 'Print the version')
        .exitOverride()
        .configureOutput({
        writeOut: (s) => io.stdout(s),
        writeErr: (s) => io.stderr(s),
        outputError: () => undefined,
    })
        .argument('[command...]')
        .allowExcessArguments(true);
    addFlags(program, flags/* GLOBAL_FLAGS */.an);
    program.action(async (words, opts) => {
        if (words.length)
            throw new errors/* UsageError */.eb(`unknown command "${words[0]}" for "pgmi"`);
        if (opts.version) {
            io.stdout((0,version/* versionLines */.YM)(io.env).join('\n') + '\n');
            return;
        }
        // cli.md §1.3: a person at a terminal gets the banner on stderr; pipes and CI get the help.
        const { isInteractive } = await Promise.all(/* import() */[__nccwpck_require__.e(753), __nccwpck_require__.e(849), __nccwpck_require__.e(408), __nccwpck_require__.e(592), __nccwpck_require__.e(791)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72791));
        if (isInteractive(io.env) && !io.env.PGMI_NO_BANNER)
            io.stderr(BANNER);
        else
            io.stdout(program.helpInformation());
    });
    program
        .command('version')
        .description('Print version information')
        .helpOption('--help', 'Show help')
        .allowExcessArguments(true)
        .action(() => io.stdout([...(0,version/* versionLines */.YM)(io.env), `Repository: ${version/* REPOSITORY */.Bw}`].join('\n') + '\n'));
    const deployCmd = program
        .command('deploy')
        .description('Deploy a project: load its files into session tables and run its deploy.sql')
        .argument('[project_path...]', 'project directory holding deploy.sql')
        .helpOption('--help', 'Show help')
        .addHelpText('after', EXIT_CODES_HELP);
    addFlags(deployCmd, flags/* DEPLOY_FLAGS */.yH);
    deployCmd.action(async (args, opts) => {
        expectArgs(args, 1, 1, '<project_path>', 'pgmi deploy <project_path> [flags]', 'pgmi deploy ./myproject -d mydb');
        const { runDeploy } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(753), __nccwpck_require__.e(849), __nccwpck_require__.e(408), __nccwpck_require__.e(592), __nccwpck_require__.e(680), __nccwpck_require__.e(394), __nccwpck_require__.e(452)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26452));
        const flags = { ...program.opts(), ...opts };
        if (typeof flags.wait === 'string')
            flags.wait = (0,duration/* parseDuration */.E9)(flags.wait);
        setExit(await runDeploy(args[0], flags, io));
    });
    for (const register of registrars)
        register(program, io, setExit);
    return program;
}
/** Parses argv and runs the command; returns the exit code. Never throws. */
async function runCli(argv, io) {
    let code = 0;
    const program = buildProgram(io, (c) => (code = c));
    try {
        await program.parseAsync(argv, { from: 'user' });
        return code;
    }
    catch (err) {
        if (err instanceof CommanderError) {
            if (err.code === 'commander.helpDisplayed' ||
                err.code === 'commander.help' ||
                err.exitCode === 0)
                return 0;
            const msg = err.message.replace(/^error: /, '');
            io.stderr(`pgmi: error: usage error: ${msg}\n`);
            return 2;
        }
        io.stderr(`pgmi: error: ${(0,errors/* formatError */.Wk)(err)}\n`);
        return (0,errors/* exitCodeFor */.Rr)(err);
    }
}



/***/ }),

/***/ 3985:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Bw: () => (/* binding */ REPOSITORY),
  VERSION: () => (/* binding */ VERSION),
  YM: () => (/* binding */ versionLines)
});

// UNUSED EXPORTS: COMPAT_LATEST

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
/** Version information: the package version, and commit/date when the build provided them. */

const VERSION = package_namespaceObject.rE;
const REPOSITORY = 'https://github.com/pgmi/deploy-action';
const COMPAT_LATEST = '1';
function versionLines(env = process.env) {
    // Commit and date come from the environment of the build that made this image (Dockerfile
    // build args); the committed bundle cannot embed them without changing on every commit.
    const commit = env.PGMI_BUILD_COMMIT || 'unknown';
    const built = env.PGMI_BUILD_DATE || 'unknown';
    return [
        `pgmi ${VERSION} (compat ${COMPAT_LATEST})`,
        `Commit: ${commit}, Built: ${built}, Platform: ${process.platform}/${process.arch}`,
    ];
}


/***/ }),

/***/ 78433:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ endpointOf),
/* harmony export */   _$: () => (/* binding */ isSslMode),
/* harmony export */   yj: () => (/* binding */ SSL_MODES)
/* harmony export */ });
/* unused harmony export isUnixSocket */
/**
 * The resolved, structured connection settings: what `resolveConnection` produces from flags,
 * environment, connection strings and pgmi.yaml, and what providers turn into node-postgres
 * client configs. Plain data; secrets sit in their own fields so `describe`/summaries can skip
 * them.
 */
const SSL_MODES = [
    'disable',
    'allow',
    'prefer',
    'require',
    'verify-ca',
    'verify-full',
];
function isSslMode(value) {
    return SSL_MODES.includes(value);
}
function isUnixSocket(host) {
    return host.startsWith('/');
}
/** `host:port`, with IPv6 literals bracketed and socket directories spelled out. */
function endpointOf(settings) {
    if (isUnixSocket(settings.host))
        return `${settings.host}/.s.PGSQL.${settings.port}`;
    if (settings.host.includes(':'))
        return `[${settings.host}]:${settings.port}`;
    return `${settings.host}:${settings.port}`;
}


/***/ }),

/***/ 17679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   HB: () => (/* binding */ ApprovalDeniedError),
/* harmony export */   Hd: () => (/* binding */ isPgDatabaseError),
/* harmony export */   Hm: () => (/* binding */ failedFileOf),
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   PY: () => (/* binding */ ConcurrentDeployError),
/* harmony export */   PgmiError: () => (/* binding */ PgmiError),
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   Re: () => (/* binding */ ExecutionError),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Ry: () => (/* binding */ describePgError),
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   YV: () => (/* binding */ EXIT_CODE_NAMES),
/* harmony export */   am: () => (/* binding */ DeploySqlMissingError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   m2: () => (/* binding */ errorDetail),
/* harmony export */   p4: () => (/* binding */ InterruptedError),
/* harmony export */   wm: () => (/* binding */ firstPgError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* unused harmony export errorChain */
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(32393);
/**
 * One error family for every front door. Exit codes keep upstream pgmi's numbers so existing
 * pipelines port unchanged; `exitCodeFor` classifies a whole cause chain in upstream's order.
 */

const ExitCode = {
    Success: 0,
    General: 1,
    Usage: 2,
    Panic: 3,
    Config: 10,
    Connection: 11,
    ApprovalDenied: 12,
    Execution: 13,
    DeploySqlMissing: 14,
    ConcurrentDeploy: 15,
    Timeout: 16,
    Interrupted: 130,
    Terminated: 143,
};
/** Names as published by `pgmi ai contract` (upstream's constant names). */
const EXIT_CODE_NAMES = [
    { code: 0, name: 'ExitSuccess', description: 'Deployment completed successfully' },
    { code: 1, name: 'ExitGeneralError', description: 'Unclassified error' },
    { code: 2, name: 'ExitUsageError', description: 'Invalid command, flag or argument' },
    { code: 3, name: 'ExitPanic', description: 'Internal error (a bug in pgmi)' },
    {
        code: 10,
        name: 'ExitConfigError',
        description: 'Invalid pgmi configuration — rejected before connecting; nothing was deployed',
    },
    { code: 11, name: 'ExitConnectionError', description: 'Could not connect to PostgreSQL' },
    { code: 12, name: 'ExitApprovalDenied', description: 'Overwrite was not confirmed' },
    {
        code: 13,
        name: 'ExitExecutionFailed',
        description: 'deploy.sql failed (SQL error or failing test)',
    },
    { code: 14, name: 'ExitDeploySQLMissing', description: 'No deploy.sql in the project directory' },
    { code: 15, name: 'ExitConcurrentDeploy', description: 'Another pgmi deployment holds the lock' },
    {
        code: 16,
        name: 'ExitTimeout',
        description: 'Operation exceeded --timeout (context deadline exceeded)',
    },
    {
        code: 130,
        name: 'ExitInterrupted',
        description: 'Interrupted by SIGINT (Ctrl-C) — Unix convention 128+SIGINT; SIGTERM exits 143',
    },
];
class PgmiError extends Error {
    exitCode = ExitCode.General;
    code = 'general';
    hints;
    location;
    failedFile;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.hints = options.hints ?? [];
        if (options.location)
            this.location = options.location;
        if (options.failedFile)
            this.failedFile = options.failedFile;
    }
}
class UsageError extends PgmiError {
    exitCode = ExitCode.Usage;
    code = 'usage';
    constructor(message, options) {
        super(message.startsWith('usage error: ') ? message : `usage error: ${message}`, options);
    }
}
/** Invalid configuration, found before anything was deployed (exit 10). */
class ConfigError extends PgmiError {
    exitCode = ExitCode.Config;
    code = 'config';
}
class ConnectionError extends PgmiError {
    exitCode = ExitCode.Connection;
    code = 'connection';
}
class ApprovalDeniedError extends PgmiError {
    exitCode = ExitCode.ApprovalDenied;
    code = 'approval-denied';
}
class ExecutionError extends PgmiError {
    exitCode = ExitCode.Execution;
    code = 'execution';
}
class DeploySqlMissingError extends PgmiError {
    exitCode = ExitCode.DeploySqlMissing;
    code = 'deploy-missing';
}
class ConcurrentDeployError extends PgmiError {
    exitCode = ExitCode.ConcurrentDeploy;
    code = 'concurrent-deploy';
}
class TimeoutError extends PgmiError {
    exitCode = ExitCode.Timeout;
    code = 'timeout';
}
class InterruptedError extends PgmiError {
    signal;
    code = 'interrupted';
    exitCode;
    constructor(signal = 'SIGINT', options) {
        super('interrupted', options);
        this.signal = signal;
        this.exitCode = signal === 'SIGTERM' ? ExitCode.Terminated : ExitCode.Interrupted;
    }
}
/** A bug in pgmi: exit 3. */
class InternalError extends PgmiError {
    exitCode = ExitCode.Panic;
    code = 'internal';
}
function isPgDatabaseError(e) {
    return (e instanceof Error &&
        typeof e.code === 'string' &&
        /^[0-9A-Z]{5}$/.test(e.code) &&
        'severity' in e);
}
/** The cause chain, outermost first. Guards against cycles. */
function errorChain(err) {
    const out = [];
    let cur = err;
    while (cur !== undefined && cur !== null && !out.includes(cur) && out.length < 32) {
        out.push(cur);
        cur = cur instanceof Error ? cur.cause : undefined;
    }
    return out;
}
function firstPgError(err) {
    return errorChain(err).find(isPgDatabaseError);
}
/** psql-like rendering of a server error: `ERROR: message (SQLSTATE 42P01)`. */
function describePgError(e) {
    return `${e.severity ?? 'ERROR'}: ${e.message} (SQLSTATE ${e.code})`;
}
/**
 * Exit code of an error chain. Order written down as upstream's ExitCodeForError does: the
 * first class present anywhere in the chain wins, so a connect that timed out is 11 (connection
 * before deadline), a deploy.sql killed by --timeout is 16 (deadline before execution), and
 * Ctrl-C beats everything.
 */
function exitCodeFor(err) {
    if (err === undefined || err === null)
        return ExitCode.Success;
    const chain = errorChain(err);
    const order = [
        InterruptedError,
        ConcurrentDeployError,
        ConfigError,
        DeploySqlMissingError,
        ApprovalDeniedError,
        ConnectionError,
        TimeoutError,
        ExecutionError,
        UsageError,
        InternalError,
    ];
    for (const cls of order) {
        const hit = chain.find((e) => e instanceof cls);
        if (hit)
            return hit.exitCode;
    }
    const pgmi = chain.find((e) => e instanceof PgmiError);
    return pgmi ? pgmi.exitCode : ExitCode.General;
}
/** Error message of anything thrown, honestly typed. */
function messageOf(err) {
    if (err instanceof Error)
        return err.message;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err);
    }
    catch {
        return String(err);
    }
}
function locationOf(err) {
    for (const e of errorChain(err))
        if (e instanceof PgmiError && e.location)
            return e.location;
    return undefined;
}
const FAILED_IN = /Failed in (\S+\.sql)(?=[:\s]|$)/;
/** `failedFile`: a project file the engine mapped the failure to, else upstream's message rule. */
function failedFileOf(err) {
    for (const e of errorChain(err))
        if (e instanceof PgmiError && e.failedFile)
            return e.failedFile;
    const pg = firstPgError(err);
    const m = pg ? FAILED_IN.exec(pg.message) : null;
    return m ? m[1] : undefined;
}
function hintsOf(err) {
    for (const e of errorChain(err))
        if (e instanceof PgmiError && e.hints.length)
            return e.hints;
    return [];
}
/** Counts code points (PostgreSQL positions and columns count characters, not UTF-16 units). */
function charLength(s) {
    let n = 0;
    for (const _ of s)
        n++;
    return n;
}
/**
 * Human rendering shared by every front door: the message, psql-style DETAIL/HINT/WHERE lines,
 * the location with a caret, then hints. Password-redacted.
 */
function formatError(err) {
    const lines = [messageOf(err)];
    const pg = firstPgError(err);
    if (pg) {
        if (pg.detail)
            lines.push(`DETAIL: ${pg.detail}`);
        if (pg.hint)
            lines.push(`HINT: ${pg.hint}`);
        if (pg.where)
            lines.push(`WHERE: ${pg.where}`);
    }
    const loc = locationOf(err);
    if (loc) {
        const expandedNote = loc.scriptExpanded && loc.script === 'deploy.sql'
            ? ' (of the expanded script: pgmi_test() macros shift line numbers relative to the file on disk)'
            : '';
        lines.push(`LOCATION: ${loc.script} line ${loc.line}, column ${loc.column}${expandedNote}`);
        if (loc.sourceLine) {
            const prefix = `LINE ${loc.line}: `;
            lines.push(prefix + loc.sourceLine);
            lines.push(' '.repeat(charLength(prefix) + loc.column - 1) + '^');
        }
    }
    lines.push(...hintsOf(err));
    return (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(lines.join('\n'));
}
function errorDetail(err) {
    const out = { message: (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(messageOf(err)), exitCode: exitCodeFor(err) };
    const pg = firstPgError(err);
    if (pg) {
        if (pg.code)
            out.sqlstate = pg.code;
        if (pg.detail)
            out.detail = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(pg.detail);
        if (pg.hint)
            out.hint = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(pg.hint);
        if (pg.where)
            out.where = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(pg.where);
    }
    const file = failedFileOf(err);
    if (file)
        out.failedFile = file;
    const loc = locationOf(err);
    if (loc) {
        out.script = loc.script;
        out.line = loc.line;
        out.column = loc.column;
        if (loc.sourceLine)
            out.sourceLine = (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(loc.sourceLine);
        out.scriptExpanded = loc.scriptExpanded;
    }
    return out;
}


/***/ }),

/***/ 65502:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   ah: () => (/* binding */ resolveTimeout)
/* harmony export */ });
/* unused harmony exports InvalidDurationError, DEFAULT_TIMEOUT_MS */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17679);
/* harmony import */ var _go_text__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(97986);
/**
 * Timeouts: Go `time.ParseDuration` syntax and pgmi's precedence (`--timeout` > pgmi.yaml > 3m).
 *
 * Hand-written: the syntax (`1h30m`, `1.5h`, `µs`, a bare `0`, a missing unit being an error) and
 * the error texts are Go's, which users see in pgmi.yaml errors; no npm duration parser follows
 * them (most accept bare numbers or `1 hour`). Arithmetic is done in BigInt nanoseconds like Go's
 * uint64, so overflow is detected exactly.
 */


/** A value Go's `time.ParseDuration` rejects; the message is Go's. */
class InvalidDurationError extends Error {
    name = 'InvalidDurationError';
}
const NS_PER_MS = 1000000n;
const MAX_NS = 1n << 63n;
const UNITS = {
    ns: 1n,
    us: 1000n,
    µs: 1000n, // U+00B5 micro sign
    μs: 1000n, // U+03BC Greek mu
    ms: 1000000n,
    s: 1000000000n,
    m: 60000000000n,
    h: 3600000000000n,
};
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/** Parses a Go duration; returns milliseconds (fractional below 1 ms). */
function parseDuration(text) {
    const invalid = () => new InvalidDurationError(`time: invalid duration ${(0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTimeQuote */ .K5)(text)}`);
    let s = text;
    let neg = false;
    if (s !== '' && (s[0] === '-' || s[0] === '+')) {
        neg = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return 0;
    if (s === '')
        throw invalid();
    let total = 0n;
    while (s !== '') {
        if (!(s[0] === '.' || isDigit(s[0])))
            throw invalid();
        let i = 0;
        while (isDigit(s[i]))
            i++;
        const intPart = s.slice(0, i);
        let fracPart = '';
        if (s[i] === '.') {
            let j = i + 1;
            while (isDigit(s[j]))
                j++;
            fracPart = s.slice(i + 1, j);
            i = j;
        }
        if (intPart === '' && fracPart === '')
            throw invalid();
        s = s.slice(i);
        let u = 0;
        while (u < s.length && s[u] !== '.' && !isDigit(s[u]))
            u++;
        if (u === 0) {
            throw new InvalidDurationError(`time: missing unit in duration ${(0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTimeQuote */ .K5)(text)}`);
        }
        const unitName = s.slice(0, u);
        s = s.slice(u);
        const unit = UNITS[unitName];
        if (unit === undefined) {
            throw new InvalidDurationError(`time: unknown unit ${(0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTimeQuote */ .K5)(unitName)} in duration ${(0,_go_text__WEBPACK_IMPORTED_MODULE_1__/* .goTimeQuote */ .K5)(text)}`);
        }
        const v = intPart === '' ? 0n : BigInt(intPart);
        if (v > MAX_NS / unit)
            throw invalid();
        let part = v * unit;
        if (fracPart !== '') {
            // Go scales the fraction in float64 and truncates; only the first 19 digits are significant.
            const digits = fracPart.slice(0, 19);
            const f = Number(digits);
            if (f > 0)
                part += BigInt(Math.trunc(f * (Number(unit) / 10 ** digits.length)));
            if (part > MAX_NS)
                throw invalid();
        }
        total += part;
        if (total > MAX_NS)
            throw invalid();
    }
    if (!neg && total > MAX_NS - 1n)
        throw invalid();
    const ms = Number(total / NS_PER_MS) + Number(total % NS_PER_MS) / 1e6;
    return neg ? -ms : ms;
}
const DEFAULT_TIMEOUT_MS = 3 * 60 * 1000;
/**
 * The effective timeout in milliseconds (0 = no limit): an explicit `--timeout` wins and then
 * pgmi.yaml's value is not even parsed; else a non-empty pgmi.yaml `timeout`; else 3 minutes.
 */
function resolveTimeout(input) {
    let ms;
    if (input.flag !== undefined) {
        try {
            ms = parseDuration(input.flag);
        }
        catch (err) {
            // pflag's wording for a flag value it cannot parse (exit 2).
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`invalid argument ${JSON.stringify(input.flag)} for "--timeout" flag: ${err.message}`, { cause: err });
        }
    }
    else if (input.yaml !== undefined && input.yaml !== '') {
        try {
            ms = parseDuration(input.yaml);
        }
        catch (err) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`invalid configuration: invalid timeout in pgmi.yaml: ${err.message}`, { cause: err, hints: ['Use a Go duration such as 90s, 5m or 1h30m (0 = no limit).'] });
        }
    }
    else
        ms = DEFAULT_TIMEOUT_MS;
    if (ms < 0)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('invalid configuration: timeout cannot be negative');
    return ms;
}


/***/ }),

/***/ 97986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ isGoSpace),
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   K5: () => (/* binding */ goTimeQuote),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   Pc: () => (/* binding */ goSpaceLength),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   hb: () => (/* binding */ goTrimSpace),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Small text rules of Go's standard library that upstream pgmi's behaviour depends on. JavaScript's
 * own equivalents differ at the edges (`String.prototype.trim` also strips U+FEFF but keeps U+0085;
 * `JSON.stringify` is not `strconv.Quote`), and messages and checksums must match upstream, so the
 * few rules we need are written out here.
 */

/** Go `unicode.IsSpace`: the Latin-1 spaces plus the Unicode White_Space code points. */
function isGoSpace(cp) {
    if (cp <= 0xff)
        return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0x85 || cp === 0xa0;
    return (cp === 0x1680 ||
        (cp >= 0x2000 && cp <= 0x200a) ||
        cp === 0x2028 ||
        cp === 0x2029 ||
        cp === 0x202f ||
        cp === 0x205f ||
        cp === 0x3000);
}
/** Go `strings.TrimSpace`. Every Go space is a single UTF-16 unit, so units can be tested directly. */
function goTrimSpace(s) {
    let start = 0;
    let end = s.length;
    while (start < end && isGoSpace(s.charCodeAt(start)))
        start++;
    while (end > start && isGoSpace(s.charCodeAt(end - 1)))
        end--;
    return start === 0 && end === s.length ? s : s.slice(start, end);
}
const SIMPLE_ESCAPES = {
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '\\': '\\\\',
    '"': '\\"',
};
/**
 * Go `strconv.Quote` (`%q`) for well-formed text: printable characters verbatim, the usual
 * backslash escapes, other control and format characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
 */
function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        const simple = SIMPLE_ESCAPES[ch];
        if (simple !== undefined) {
            out += simple;
            continue;
        }
        const cp = ch.codePointAt(0);
        if (cp < 0x20 || cp === 0x7f)
            out += '\\x' + cp.toString(16).padStart(2, '0');
        else if (cp !== 0x20 && /^[\p{C}\p{Z}]$/u.test(ch)) {
            out +=
                cp > 0xffff
                    ? '\\U' + cp.toString(16).padStart(8, '0')
                    : '\\u' + cp.toString(16).padStart(4, '0');
        }
        else
            out += ch;
    }
    return out + '"';
}
/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (no overlongs, no
 * surrogates, nothing above U+10FFFF — Go's `utf8.Valid` rules), or -1 when the bytes are valid.
 */
function firstInvalidUtf8(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return -1;
    const n = bytes.length;
    let i = 0;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                lo = 0xa0;
            else if (b === 0xed)
                hi = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                lo = 0x90;
            else if (b === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        if (i + need >= n)
            return i;
        const b1 = bytes[i + 1];
        if (b1 < lo || b1 > hi)
            return i;
        for (let k = 2; k <= need; k++) {
            const bk = bytes[i + k];
            if (bk < 0x80 || bk > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/** Strips a leading UTF-8 byte-order mark (EF BB BF) without copying. */
function stripBom(bytes) {
    return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
        ? bytes.subarray(3)
        : bytes;
}
/** Go's `time` package quoting (used in duration errors): non-ASCII and controls as `\xNN` bytes. */
function goTimeQuote(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (cp < 0x20 || cp >= 0x80) {
            for (const b of Buffer.from(ch, 'utf8'))
                out += '\\x' + b.toString(16).padStart(2, '0');
        }
        else
            out += ch === '"' || ch === '\\' ? '\\' + ch : ch;
    }
    return out + '"';
}
/**
 * Go string order (UTF-8 byte order), which is code point order. Plain `<` on JS strings compares
 * UTF-16 units and puts U+E000–U+FFFF after supplementary characters; this does not.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) {
            return a.codePointAt(i) - b.codePointAt(i);
        }
        return x - y;
    }
    return a.length - b.length;
}
/**
 * Byte length of the Go `unicode.IsSpace` code point starting at `i` in UTF-8 `buf[0..len)`, or 0.
 * Multi-byte spaces: U+0085, U+00A0 (C2 xx); U+1680 (E1 9A 80); U+2000–U+200A, U+2028, U+2029,
 * U+202F (E2 80 xx); U+205F (E2 81 9F); U+3000 (E3 80 80).
 */
function goSpaceLength(buf, i, len = buf.length) {
    const b = buf[i];
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d))
        return 1;
    if (b < 0xc2)
        return 0;
    const b1 = i + 1 < len ? buf[i + 1] : 0;
    if (b === 0xc2)
        return b1 === 0x85 || b1 === 0xa0 ? 2 : 0;
    if (b < 0xe1 || b > 0xe3)
        return 0;
    const b2 = i + 2 < len ? buf[i + 2] : 0;
    if (b === 0xe1)
        return b1 === 0x9a && b2 === 0x80 ? 3 : 0;
    if (b === 0xe3)
        return b1 === 0x80 && b2 === 0x80 ? 3 : 0;
    if (b1 === 0x80) {
        return (b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf ? 3 : 0;
    }
    return b1 === 0x81 && b2 === 0x9f ? 3 : 0;
}


/***/ }),

/***/ 32393:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   c: () => (/* binding */ registerSecret)
/* harmony export */ });
/**
 * Password redaction for every string pgmi prints about a connection (upstream
 * `redactPasswords`): keyword form `password=…` (also `sslpassword`, quoted values, spaces
 * around `=`), and the URI form `scheme://user:secret@` up to the LAST `@` of the token, so an
 * `@` inside a password, a JWT or a presigned URL cannot leak its tail.
 */
const KEYWORD = /password\s*=\s*(?:'(?:[^']|'')*'|"(?:[^"]|"")*"|[^\s&;'"]*)/gi;
const URI = /([a-z][a-z0-9+.-]*:\/\/)([^\s:/@]*):(\S*)@/gi;
/** Extra literal secrets registered at run time (minted tokens, secret params). */
const registered = new Set();
/** Register a literal value that must never be printed (tokens, secret parameters). */
function registerSecret(value) {
    if (value && value.length >= 3) {
        registered.add(value);
        const enc = encodeURIComponent(value);
        if (enc !== value)
            registered.add(enc);
    }
}
function redact(text) {
    let out = text.replace(KEYWORD, () => 'password=[redacted]');
    out = out.replace(URI, (_m, scheme, user) => `${scheme}${user}:[redacted]@`);
    for (const s of registered)
        if (out.includes(s))
            out = out.split(s).join('[redacted]');
    return out;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 98253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 18909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(49154);
const { Command } = __nccwpck_require__(34348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(41135);
const { Help } = __nccwpck_require__(79754);
const { Option } = __nccwpck_require__(45240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 49154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(41135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 34348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(78474).EventEmitter);
const childProcess = __nccwpck_require__(31421);
const path = __nccwpck_require__(76760);
const fs = __nccwpck_require__(73024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(49154);
const { CommanderError } = __nccwpck_require__(41135);
const { Help, stripColor } = __nccwpck_require__(79754);
const { Option, DualOptions } = __nccwpck_require__(45240);
const { suggestSimilar } = __nccwpck_require__(65030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 41135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 79754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(49154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 45240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(41135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 65030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(70486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
