import { readdirSync } from 'node:fs';
import { ASSISTANT_NAMES } from './setup/assistant-names';
import { ASSISTANTS } from './setup/targets';
import { SKILL_FILES } from './skill-files';
import { getSkill, listSkills, renderSkillIndex, skillNames } from './skills';

describe('skills', () => {
  it('every file in src/ai/skills/ is registered for bundling, and nothing else', () => {
    const onDisk = readdirSync(new URL('./skills/', import.meta.url)).filter((f) =>
      f.endsWith('.md'),
    );
    expect(Object.keys(SKILL_FILES).sort()).toEqual(onDisk.sort());
  });

  it('front matter parses for every skill; names are unique and equal the file names', () => {
    const skills = listSkills();
    expect(skills.length).toBeGreaterThanOrEqual(8);
    expect(new Set(skills.map((s) => s.name)).size).toBe(skills.length);
    for (const s of skills) {
      expect(s.filePath).toBe(`skills/${s.name}.md`);
      expect(s.description.length).toBeGreaterThan(20);
      expect(['core', 'ci', 'advanced-template']).toContain(s.scope);
      expect(s.content.startsWith('---\n')).toBe(true);
      expect(s.body.trimStart().startsWith('# ')).toBe(true);
    }
  });

  it('covers the topics pgmi users need', () => {
    for (const name of [
      'pgmi-deploy-sql',
      'pgmi-sql',
      'pgmi-debug-deploy',
      'pgmi-testing',
      'pgmi-metadata-system',
      'pgmi-ci',
      'pgmi-connections',
      'pgmi-security-review',
    ])
      expect(skillNames()).toContain(name);
  });

  it('an unknown skill is a usage error listing the available ones', () => {
    expect(() => getSkill('nope')).toThrow(
      /usage error: skill 'nope' not found. Available skills: advanced-template, pgmi-api-architecture, pgmi-ci, /,
    );
  });

  it('the index is a markdown table with one row per skill and a total', () => {
    const index = renderSkillIndex();
    expect(index).toMatch(/^# Available pgmi Skills\n/);
    expect(index).toContain('| Skill | Scope | Description |');
    expect(index.match(/^\| `/gm)).toHaveLength(listSkills().length);
    expect(index).toContain(`Total: ${listSkills().length} skills`);
  });

  it('the completion list of assistants equals the setup targets', () => {
    expect([...ASSISTANT_NAMES].sort()).toEqual(Object.keys(ASSISTANTS).sort());
  });
});
