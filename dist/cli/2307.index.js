export const id = 2307;
export const ids = [2307];
export const modules = {

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
