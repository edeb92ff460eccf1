export const id = 8346;
export const ids = [8346,2307];
export const modules = {

/***/ 38346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck),
  runSetup: () => (/* binding */ runSetup)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
;// CONCATENATED MODULE: ./src/ai/setup/claude-md.ts
/**
 * The one-line pgmi pointer `ai setup` can keep in ./CLAUDE.md, between begin/end markers so it
 * can be replaced without touching the rest of the file.
 */
const BEGIN = '<!-- pgmi:begin -->';
const END = '<!-- pgmi:end -->';
const POINTER_BLOCK = [
    BEGIN,
    'This project deploys with pgmi: see `.claude/skills/pgmi/` and run `pgmi ai` for the model, the skills and the session contract.',
    END,
].join('\n');
/**
 * The new CLAUDE.md text: the block replaces an existing one (a begin marker without an end
 * marker absorbs the rest of the file), or is appended after a blank line.
 */
function upsertPointer(existing) {
    if (existing === undefined || existing.trim() === '')
        return POINTER_BLOCK + '\n';
    const text = existing.replace(/\r\n/g, '\n');
    const begin = text.indexOf(BEGIN);
    if (begin < 0)
        return text.replace(/\n*$/, '\n\n') + POINTER_BLOCK + '\n';
    const endAt = text.indexOf(END, begin + BEGIN.length);
    const before = text.slice(0, begin);
    if (endAt < 0)
        return before + POINTER_BLOCK + '\n';
    let after = text.slice(endAt + END.length);
    if (after.startsWith('\n'))
        after = after.slice(1);
    return before + POINTER_BLOCK + '\n' + after;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/ai/setup/stamp.ts
/**
 * The managed stamp that ends every file `pgmi ai setup` writes: the pgmi version, where the text
 * comes from, and a SHA-256 over the whole file (computed with the checksum value left empty).
 * A file whose checksum no longer verifies was edited by hand and is left alone without --force.
 */

const STAMP_SOURCE = 'github.com/pgmi/deploy-action';
const STAMP = /<!-- pgmi:managed\nversion: ([^\n]*)\nsource: ([^\n]*)\nchecksum: ([0-9a-f]*)\n-->\n$/;
/** CRLF → LF and trailing newlines collapsed to one, so the stamp always starts a line. */
function normaliseBody(body) {
    return body.replace(/\r\n/g, '\n').replace(/\n*$/, '\n');
}
function block(version, checksum) {
    return `<!-- pgmi:managed\nversion: ${version}\nsource: ${STAMP_SOURCE}\nchecksum: ${checksum}\n-->\n`;
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** The file as written: normalised body, then the stamp. */
function stampFile(body, version) {
    const b = normaliseBody(body);
    return b + block(version, sha256(b + block(version, '')));
}
function readStamp(text) {
    const m = STAMP.exec(text);
    if (!m)
        return { kind: 'edited' };
    const body = text.slice(0, m.index);
    const expected = sha256(body + block(m[1], ''));
    return expected === m[3] ? { kind: 'valid', version: m[1], body } : { kind: 'edited' };
}

// EXTERNAL MODULE: ./src/ai/skills.ts + 1 modules
var skills = __webpack_require__(52307);
// EXTERNAL MODULE: ./src/ai/skill-files.ts
var skill_files = __webpack_require__(2085);
;// CONCATENATED MODULE: ./src/ai/setup/targets.ts
/**
 * Where each assistant reads project guidance, and what pgmi writes there (cli.md §9.1 table).
 * Skill-set targets get a directory (`pgmi/SKILL.md` plus one file per skill); the others get a
 * single file wrapping the same core guidance.
 */




/** Accepted `--assistant` names; codex and opencode share AGENTS.md with agents. */
const ASSISTANTS = {
    claude: { kind: 'skill-set', local: '.claude/skills', global: '.claude/skills' },
    agents: { kind: 'agents', local: '.', global: '.' },
    codex: { kind: 'agents', local: '.', global: '.codex' },
    opencode: { kind: 'agents', local: '.', global: '.config/opencode' },
    'codex-skills': { kind: 'skill-set', local: '.codex/skills', global: '.codex/skills' },
    antigravity: { kind: 'skill-set', local: '.agents/skills' },
    cursor: { kind: 'cursor', local: '.cursor' },
    copilot: { kind: 'copilot', local: '.github' },
    windsurf: { kind: 'windsurf', local: '.windsurf' },
    cline: { kind: 'cline', local: '.clinerules' },
    gemini: { kind: 'gemini', local: '.', global: '.gemini' },
};
/** What `--all` selects: every distinct local target. */
const ALL_ASSISTANTS = [
    'claude',
    'agents',
    'codex-skills',
    'antigravity',
    'cursor',
    'copilot',
    'windsurf',
    'cline',
    'gemini',
];
function checkAssistantName(name) {
    if (!Object.hasOwn(ASSISTANTS, name)) {
        throw new errors.UsageError(`unknown assistant "${name}"; supported: ${Object.keys(ASSISTANTS).join(', ')}`);
    }
}
const DESCRIPTION = 'pgmi PostgreSQL deployments: deploy.sql, the session views (pg_temp.pgmi_source_view and its siblings), pgmi_test() tests, metadata, connections and debugging failed deploys';
function skillList(format) {
    return (0,skills/* listSkills */.b)()
        .map((s) => format(s.name, s.description))
        .join('\n');
}
function singleFileBody(heading) {
    return [
        heading,
        '',
        (0,skill_files/* readCoreGuidance */.Yv)().trimEnd(),
        '',
        '## Skills',
        '',
        'Print any of these with `pgmi ai skill <name>`:',
        '',
        skillList((n, d) => `- \`${n}\` - ${d}`),
        '',
    ].join('\n');
}
function skillSetEntry() {
    return [
        '---',
        'name: pgmi',
        `description: ${DESCRIPTION}`,
        '---',
        '',
        '# pgmi',
        '',
        (0,skill_files/* readCoreGuidance */.Yv)().trimEnd(),
        '',
        '## Depth files',
        '',
        'Read the file beside this one that matches the task:',
        '',
        skillList((n, d) => `- \`${n}.md\` - ${d}`),
        '',
    ].join('\n');
}
/** Every file `ai setup` writes for one assistant. */
function targetFiles(assistant, where) {
    const { projectDir, global } = where;
    checkAssistantName(assistant);
    const spec = ASSISTANTS[assistant];
    if (global && spec.global === undefined) {
        throw new errors.PgmiError(`assistant "${assistant}" does not support --global`);
    }
    const base = global ? where.home : projectDir;
    const root = external_node_path_default().resolve(base, global ? spec.global : spec.local);
    const at = (rel, body) => {
        const file = external_node_path_default().join(root, rel);
        const shown = global ? file : external_node_path_default().relative(projectDir, file).split((external_node_path_default()).sep).join('/');
        return { file, shown, body };
    };
    switch (spec.kind) {
        case 'skill-set':
            return [
                at('pgmi/SKILL.md', skillSetEntry()),
                ...(0,skills/* listSkills */.b)().map((s) => at(`pgmi/${s.name}.md`, s.content)),
            ];
        case 'agents':
            return [at('AGENTS.md', singleFileBody('# pgmi'))];
        case 'gemini':
            return [at('GEMINI.md', singleFileBody('# pgmi'))];
        case 'copilot':
            return [at('copilot-instructions.md', singleFileBody('# pgmi'))];
        case 'windsurf':
            return [at('rules/pgmi.md', singleFileBody('# pgmi'))];
        case 'cline':
            return [at('pgmi.md', singleFileBody('# pgmi'))];
        case 'cursor':
            return [
                at('rules/pgmi.mdc', [
                    '---',
                    `description: ${DESCRIPTION}`,
                    'alwaysApply: true',
                    '---',
                    '',
                    singleFileBody('# pgmi'),
                ].join('\n')),
            ];
    }
}

;// CONCATENATED MODULE: ./src/ai/setup/run.ts
/**
 * `pgmi ai setup` and `pgmi ai check`: materialise the guidance for coding assistants, and verify
 * it is present, current and untouched. Reports go to stderr; the result is an exit code.
 */






function stateOf(target) {
    if (!(0,external_node_fs_.existsSync)(target.file))
        return { kind: 'missing' };
    const stamp = readStamp((0,external_node_fs_.readFileSync)(target.file, 'utf8'));
    if (stamp.kind === 'edited')
        return { kind: 'edited' };
    // Compare bodies, not versions: a new pgmi with the same text leaves the file alone.
    return stamp.body === normaliseBody(target.body)
        ? { kind: 'current' }
        : { kind: 'stale', version: stamp.version || 'unknown' };
}
function report(io, verb, shown, note = '') {
    io.stderr(`${verb.padEnd(10)} ${shown}${note}\n`);
}
function assistantsFor(opts, io) {
    if (opts.assistant && opts.all) {
        throw new errors.PgmiError('if any flags in the group [assistant all] are set none of the others can be; [all assistant] were all set');
    }
    if (opts.all && opts.global) {
        throw new errors.PgmiError('if any flags in the group [all global] are set none of the others can be; [all global] were all set');
    }
    if (opts.all)
        return ALL_ASSISTANTS;
    if (opts.assistant) {
        checkAssistantName(opts.assistant);
        return [opts.assistant];
    }
    if (io.interactive)
        return ['claude'];
    throw new errors.UsageError(`--assistant is required in non-interactive mode (one of: ${Object.keys(ASSISTANTS).join(', ')}; or --all)`);
}
/** Every file of the selected assistants, each written once even when targets share it. */
function collect(assistants, io, global) {
    const seen = new Set();
    const out = [];
    for (const a of assistants) {
        for (const t of targetFiles(a, { projectDir: io.cwd, home: io.home, global })) {
            if (seen.has(t.file))
                continue;
            seen.add(t.file);
            out.push(t);
        }
    }
    return out;
}
async function updateClaudeMd(opts, io) {
    if (opts.claudeMd === false)
        return;
    if (opts.dryRun) {
        if (opts.claudeMd)
            report(io, 'would', 'update CLAUDE.md (pgmi pointer)');
        return;
    }
    let yes = opts.claudeMd === true;
    if (!yes && io.interactive && io.confirm) {
        yes = await io.confirm('Add a one-line pgmi pointer to CLAUDE.md?');
    }
    if (!yes)
        return;
    const file = external_node_path_default().join(io.cwd, 'CLAUDE.md');
    const before = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : undefined;
    const after = upsertPointer(before);
    if (after === before)
        return;
    (0,external_node_fs_.writeFileSync)(file, after, { mode: 0o644 });
    report(io, before === undefined ? 'created' : 'updated', 'CLAUDE.md', ' (pgmi pointer)');
}
async function runSetup(opts, io) {
    const assistants = assistantsFor(opts, io);
    const global = !!opts.global;
    if (!global && !['deploy.sql', 'pgmi.yaml'].some((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(io.cwd, f)))) {
        throw new errors.PgmiError(`not a pgmi project: ${io.cwd} has neither deploy.sql nor pgmi.yaml; run this from the project directory (or pass --global)`);
    }
    const targets = collect(assistants, io, global);
    let conflicts = 0;
    for (const t of targets) {
        const state = stateOf(t);
        if (state.kind === 'current')
            continue;
        let verb;
        if (state.kind === 'missing')
            verb = 'create';
        else if (state.kind === 'stale')
            verb = 'update';
        else if (opts.force)
            verb = 'overwrite';
        else {
            conflicts++;
            report(io, 'edited', t.shown, ' (hand-edited; re-run with --force to overwrite)');
            continue;
        }
        if (opts.dryRun) {
            report(io, `would ${verb}`, t.shown);
            continue;
        }
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(t.file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(t.file, stampFile(t.body, io.version), { mode: 0o644 });
        report(io, verb === 'overwrite' ? 'overwrote' : `${verb}d`, t.shown);
    }
    if (assistants.includes('claude') && !global)
        await updateClaudeMd(opts, io);
    if (opts.dryRun)
        io.stderr('Dry run: no files written.\n');
    if (conflicts > 0) {
        throw new errors.PgmiError(`${conflicts} file(s) hand-edited and left unchanged; re-run with --force to overwrite`);
    }
    return 0;
}
async function runCheck(opts, io) {
    const assistant = opts.assistant ?? 'claude';
    checkAssistantName(assistant);
    let bad = 0;
    for (const t of collect([assistant], io, !!opts.global)) {
        const state = stateOf(t);
        if (state.kind === 'missing')
            report(io, 'missing', t.shown);
        else if (state.kind === 'edited')
            report(io, 'edited', t.shown, ' (hand-edited since generation)');
        else if (state.kind === 'stale') {
            report(io, 'stale', t.shown, ` (generated by pgmi ${state.version}, binary is ${io.version})`);
        }
        else
            report(io, 'current', t.shown, ' (content is current)');
        if (state.kind !== 'current')
            bad++;
    }
    if (bad > 0) {
        throw new errors.PgmiError(`guidance missing, stale, or hand-edited; run \`pgmi ai setup --assistant ${assistant}${opts.global ? ' --global' : ''}\``);
    }
    return 0;
}


/***/ }),

/***/ 52307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getSkill: () => (/* binding */ getSkill),
  b: () => (/* binding */ listSkills),
  renderSkillIndex: () => (/* binding */ renderSkillIndex),
  I: () => (/* binding */ skillNames)
});

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/ai/front-matter.ts
/**
 * Front matter of a skill file: a leading `---` block of YAML (`name`, `description`, `scope`)
 * followed by the markdown body. Parsed with js-yaml so quoting and escapes follow YAML.
 */

const BLOCK = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** Splits and validates the front matter; throws with the file name on any problem. */
function parseFrontMatter(text, file) {
    const m = BLOCK.exec(text);
    if (!m)
        throw new Error(`${file}: no front matter (a leading --- block)`);
    const data = (0,js_yaml/* load */.Hh)(m[1]);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new Error(`${file}: front matter is not a mapping`);
    }
    const record = data;
    const problems = [];
    const field = (key) => {
        const v = record[key];
        if (typeof v !== 'string' || v.trim() === '') {
            problems.push(`"${key}" must be a non-empty string`);
            return '';
        }
        return v.trim();
    };
    const meta = { name: field('name'), description: field('description'), scope: field('scope') };
    const unknown = Object.keys(record).filter((k) => !['name', 'description', 'scope'].includes(k));
    if (unknown.length)
        problems.push(`unknown keys: ${unknown.join(', ')}`);
    if (problems.length)
        throw new Error(`${file}: invalid front matter: ${problems.join('; ')}`);
    return { meta, body: text.slice(m[0].length) };
}

// EXTERNAL MODULE: ./src/ai/skill-files.ts
var skill_files = __webpack_require__(2085);
;// CONCATENATED MODULE: ./src/ai/skills.ts
/**
 * Skills: markdown documents about pgmi, each with front matter (name, description, scope),
 * bundled with the CLI and printed by `pgmi ai skills` / `pgmi ai skill <name>`.
 */



let cache;
/** Every skill, sorted by name. Throws if a file's front matter is invalid or names repeat. */
function listSkills() {
    if (cache)
        return cache;
    const skills = Object.entries(skill_files/* SKILL_FILES */.cE).map(([file, read]) => {
        const content = read();
        const { meta, body } = parseFrontMatter(content, file);
        if (`${meta.name}.md` !== file) {
            throw new Error(`${file}: front matter name "${meta.name}" does not match the file name`);
        }
        return { ...meta, filePath: `skills/${file}`, content, body };
    });
    skills.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = 1; i < skills.length; i++) {
        if (skills[i].name === skills[i - 1].name)
            throw new Error(`duplicate skill ${skills[i].name}`);
    }
    cache = skills;
    return skills;
}
function skillNames() {
    return listSkills().map((s) => s.name);
}
/** The skill called `name`; an unknown name is a usage error listing the available ones. */
function getSkill(name) {
    const skill = listSkills().find((s) => s.name === name);
    if (!skill) {
        throw new errors.UsageError(`skill '${name}' not found. Available skills: ${skillNames().join(', ')}`);
    }
    return skill;
}
/** `pgmi ai skills`: a markdown table of every skill. */
function renderSkillIndex() {
    const skills = listSkills();
    const cell = (s) => s.replace(/\|/g, '\\|');
    return [
        '# Available pgmi Skills',
        '',
        'Print one with `pgmi ai skill <name>`.',
        '',
        '| Skill | Scope | Description |',
        '|---|---|---|',
        ...skills.map((s) => `| \`${s.name}\` | ${cell(s.scope)} | ${cell(s.description)} |`),
        '',
        `Total: ${skills.length} skills`,
        '',
    ].join('\n');
}


/***/ })

};
