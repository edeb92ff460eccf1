/** `pgmi ai`: the overview document with the skill index appended. */
import { readOverview } from './skill-files';
import { listSkills } from './skills';

export function renderOverview(): string {
  const rows = listSkills().map(
    (s) => `| \`${s.name}\` | ${s.description.replace(/\|/g, '\\|')} |`,
  );
  return [
    readOverview().trimEnd(),
    '',
    '## Skills',
    '',
    '| Skill | Description |',
    '|---|---|',
    ...rows,
    '',
  ].join('\n');
}
