/**
 * Skills: markdown documents about pgmi, each with front matter (name, description, scope),
 * bundled with the CLI and printed by `pgmi ai skills` / `pgmi ai skill <name>`.
 */
import { UsageError } from '../engine/errors';
import { parseFrontMatter, type SkillFrontMatter } from './front-matter';
import { SKILL_FILES } from './skill-files';

export interface Skill extends SkillFrontMatter {
  /** Where the skill lives inside the package, e.g. `skills/pgmi-sql.md`. */
  filePath: string;
  /** The whole file, front matter included (what `pgmi ai skill` prints). */
  content: string;
  /** The markdown after the front matter. */
  body: string;
}

let cache: Skill[] | undefined;

/** Every skill, sorted by name. Throws if a file's front matter is invalid or names repeat. */
export function listSkills(): Skill[] {
  if (cache) return cache;
  const skills = Object.entries(SKILL_FILES).map(([file, read]) => {
    const content = read();
    const { meta, body } = parseFrontMatter(content, file);
    if (`${meta.name}.md` !== file) {
      throw new Error(`${file}: front matter name "${meta.name}" does not match the file name`);
    }
    return { ...meta, filePath: `skills/${file}`, content, body };
  });
  skills.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (let i = 1; i < skills.length; i++) {
    if (skills[i].name === skills[i - 1].name) throw new Error(`duplicate skill ${skills[i].name}`);
  }
  cache = skills;
  return skills;
}

export function skillNames(): string[] {
  return listSkills().map((s) => s.name);
}

/** The skill called `name`; an unknown name is a usage error listing the available ones. */
export function getSkill(name: string): Skill {
  const skill = listSkills().find((s) => s.name === name);
  if (!skill) {
    throw new UsageError(`skill '${name}' not found. Available skills: ${skillNames().join(', ')}`);
  }
  return skill;
}

/** `pgmi ai skills`: a markdown table of every skill. */
export function renderSkillIndex(): string {
  const skills = listSkills();
  const cell = (s: string) => s.replace(/\|/g, '\\|');
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
