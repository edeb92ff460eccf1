/**
 * Front matter of a skill file: a leading `---` block of YAML (`name`, `description`, `scope`)
 * followed by the markdown body. Parsed with js-yaml so quoting and escapes follow YAML.
 */
import { load } from 'js-yaml';

export interface SkillFrontMatter {
  name: string;
  description: string;
  scope: string;
}

const BLOCK = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits and validates the front matter; throws with the file name on any problem. */
export function parseFrontMatter(
  text: string,
  file: string,
): { meta: SkillFrontMatter; body: string } {
  const m = BLOCK.exec(text);
  if (!m) throw new Error(`${file}: no front matter (a leading --- block)`);
  const data = load(m[1]);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file}: front matter is not a mapping`);
  }
  const record = data as Record<string, unknown>;
  const problems: string[] = [];
  const field = (key: keyof SkillFrontMatter): string => {
    const v = record[key];
    if (typeof v !== 'string' || v.trim() === '') {
      problems.push(`"${key}" must be a non-empty string`);
      return '';
    }
    return v.trim();
  };
  const meta = { name: field('name'), description: field('description'), scope: field('scope') };
  const unknown = Object.keys(record).filter((k) => !['name', 'description', 'scope'].includes(k));
  if (unknown.length) problems.push(`unknown keys: ${unknown.join(', ')}`);
  if (problems.length) throw new Error(`${file}: invalid front matter: ${problems.join('; ')}`);
  return { meta, body: text.slice(m[0].length) };
}
