/**
 * Where each assistant reads project guidance, and what pgmi writes there (cli.md §9.1 table).
 * Skill-set targets get a directory (`pgmi/SKILL.md` plus one file per skill); the others get a
 * single file wrapping the same core guidance.
 */
import path from 'node:path';
import { PgmiError, UsageError } from '../../engine/errors';
import { listSkills } from '../skills';
import { readCoreGuidance } from '../skill-files';

export type TargetKind =
  'skill-set' | 'agents' | 'gemini' | 'cursor' | 'copilot' | 'windsurf' | 'cline';

interface AssistantSpec {
  kind: TargetKind;
  /** Root relative to the project directory. */
  local: string;
  /** Root relative to the home directory with `--global`; absent = unsupported. */
  global?: string;
}

/** Accepted `--assistant` names; codex and opencode share AGENTS.md with agents. */
export const ASSISTANTS: Readonly<Record<string, AssistantSpec>> = {
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
export const ALL_ASSISTANTS = [
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

export interface TargetFile {
  /** Absolute path. */
  file: string;
  /** Shown in reports: relative to the project, or absolute with --global. */
  shown: string;
  /** Body before the managed stamp. */
  body: string;
}

export function checkAssistantName(name: string): void {
  if (!Object.hasOwn(ASSISTANTS, name)) {
    throw new UsageError(
      `unknown assistant "${name}"; supported: ${Object.keys(ASSISTANTS).join(', ')}`,
    );
  }
}

const DESCRIPTION =
  'pgmi PostgreSQL deployments: deploy.sql, the session views (pg_temp.pgmi_source_view and its siblings), pgmi_test() tests, metadata, connections and debugging failed deploys';

function skillList(format: (name: string, description: string) => string): string {
  return listSkills()
    .map((s) => format(s.name, s.description))
    .join('\n');
}

function singleFileBody(heading: string): string {
  return [
    heading,
    '',
    readCoreGuidance().trimEnd(),
    '',
    '## Skills',
    '',
    'Print any of these with `pgmi ai skill <name>`:',
    '',
    skillList((n, d) => `- \`${n}\` - ${d}`),
    '',
  ].join('\n');
}

function skillSetEntry(): string {
  return [
    '---',
    'name: pgmi',
    `description: ${DESCRIPTION}`,
    '---',
    '',
    '# pgmi',
    '',
    readCoreGuidance().trimEnd(),
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
export function targetFiles(
  assistant: string,
  where: { projectDir: string; home: string; global: boolean },
): TargetFile[] {
  const { projectDir, global } = where;
  checkAssistantName(assistant);
  const spec = ASSISTANTS[assistant];
  if (global && spec.global === undefined) {
    throw new PgmiError(`assistant "${assistant}" does not support --global`);
  }
  const base = global ? where.home : projectDir;
  const root = path.resolve(base, global ? (spec.global as string) : spec.local);
  const at = (rel: string, body: string): TargetFile => {
    const file = path.join(root, rel);
    const shown = global ? file : path.relative(projectDir, file).split(path.sep).join('/');
    return { file, shown, body };
  };
  switch (spec.kind) {
    case 'skill-set':
      return [
        at('pgmi/SKILL.md', skillSetEntry()),
        ...listSkills().map((s) => at(`pgmi/${s.name}.md`, s.content)),
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
        at(
          'rules/pgmi.mdc',
          [
            '---',
            `description: ${DESCRIPTION}`,
            'alwaysApply: true',
            '---',
            '',
            singleFileBody('# pgmi'),
          ].join('\n'),
        ),
      ];
  }
}
