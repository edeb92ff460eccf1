/**
 * `pgmi ai [skills | skill <name> | contract | client [lang] | setup | check]`: guidance for
 * coding assistants, all offline from files bundled with the CLI. The content modules load only
 * when a subcommand runs.
 */
import os from 'node:os';
import type { Command } from 'commander';
import { ASSISTANT_NAMES } from '../ai/setup/assistant-names';
import { SKILL_FILES } from '../ai/skill-files';
import { argumentSources, flagSpecs, valueSources } from './completion-sources';
import type { CliIo } from './deploy-command';
import type { FlagSpec } from './flags';
import { addFlags, expectArgs, registrars } from './program';

export const AI_SETUP_FLAGS: FlagSpec[] = [
  {
    long: 'assistant',
    value: '<name>',
    kind: 'string',
    complete: 'assistant',
    description:
      'claude, agents, codex, opencode, codex-skills, antigravity, cursor, copilot, windsurf, cline or gemini',
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

export const AI_CHECK_FLAGS: FlagSpec[] = [
  {
    long: 'assistant',
    value: '<name>',
    kind: 'string',
    complete: 'assistant',
    description: 'Assistant whose files to check (default claude)',
  },
  { long: 'global', kind: 'boolean', description: 'Check the files in the home directory' },
];

flagSpecs.push(...AI_SETUP_FLAGS, ...AI_CHECK_FLAGS);
valueSources.set('assistant', () => [...ASSISTANT_NAMES]);
// Skill names equal their file names (a unit test holds them together); no file is read here.
valueSources.set('skill', () => Object.keys(SKILL_FILES).map((f) => f.replace(/\.md$/, '')));
argumentSources.set('ai skill', 'skill');

/** Long documents go through the pager at a terminal (cli.md §1.6). */
async function page(io: CliIo, text: string): Promise<void> {
  const { writePaged } = await import('./pager');
  await writePaged(text, io.env, io.stdout);
}

async function setupIo(io: CliIo) {
  const { isInteractive } = await import('./approve');
  const { VERSION } = await import('./version');
  const interactive = isInteractive(io.env);
  return {
    cwd: process.cwd(),
    home: io.env.HOME || io.env.USERPROFILE || os.homedir(),
    version: VERSION,
    interactive,
    stderr: io.stderr,
    confirm: async (message: string) => {
      const { confirm } = await import('@inquirer/prompts');
      return confirm({ message, default: true }, { output: process.stderr });
    },
  };
}

function registerAi(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const ai = program
    .command('ai')
    .description('Guidance for coding assistants: overview, skills, session contract, setup')
    .helpOption('--help', 'Show help')
    .argument('[words...]')
    .allowExcessArguments(true)
    // Upstream quirk kept: words after `ai` that are no subcommand still print the overview.
    .action(async () => {
      const { renderOverview } = await import('../ai/overview');
      await page(io, renderOverview());
    });

  ai.command('skills')
    .description('List the skills')
    .helpOption('--help', 'Show help')
    .allowExcessArguments(true)
    .action(async () => {
      const { renderSkillIndex } = await import('../ai/skills');
      await page(io, renderSkillIndex());
    });

  ai.command('skill')
    .description('Print one skill (markdown with front matter)')
    .argument('[name...]')
    .helpOption('--help', 'Show help')
    .action(async (names: string[]) => {
      expectArgs(names, 1, 1, '<name>', 'pgmi ai skill <name>', 'pgmi ai skill pgmi-sql');
      const { getSkill } = await import('../ai/skills');
      await page(io, getSkill(names[0]).content);
    });

  ai.command('contract')
    .description('Print the session API contract as JSON')
    .argument('[args...]')
    .helpOption('--help', 'Show help')
    .action(async (args: string[]) => {
      expectArgs(args, 0, 0, '', 'pgmi ai contract', 'pgmi ai contract');
      const { contractJson } = await import('../ai/contract');
      await page(io, contractJson());
    });

  ai.command('client')
    .description(
      'How to call an API deployed with the advanced template (typescript, python, go, csharp, curl)',
    )
    .argument('[lang...]')
    .helpOption('--help', 'Show help')
    .action(async (langs: string[]) => {
      expectArgs(langs, 0, 1, '', 'pgmi ai client [lang]', 'pgmi ai client');
      const { renderClientGuide } = await import('../ai/client');
      await page(io, renderClientGuide(langs[0]));
    });

  const setup = ai
    .command('setup')
    .description('Write pgmi guidance where coding assistants read it')
    .argument('[args...]')
    .helpOption('--help', 'Show help');
  addFlags(setup, AI_SETUP_FLAGS);
  // --claude-md and --no-claude-md share one value in commander; remember which were given.
  const given = new Set<string>();
  setup.on('option:claude-md', () => given.add('claude-md'));
  setup.on('option:no-claude-md', () => given.add('no-claude-md'));
  setup.action(async (args: string[], opts: Record<string, unknown>) => {
    expectArgs(args, 0, 0, '', 'pgmi ai setup [flags]', 'pgmi ai setup --assistant claude');
    const { PgmiError } = await import('../engine/errors');
    if (given.size === 2) {
      throw new PgmiError(
        'if any flags in the group [claude-md no-claude-md] are set none of the others can be; [claude-md no-claude-md] were all set',
      );
    }
    const { runSetup } = await import('../ai/setup/run');
    setExit(
      await runSetup(
        {
          assistant: opts.assistant as string | undefined,
          all: !!opts.all,
          global: !!opts.global,
          dryRun: !!opts.dryRun,
          force: !!opts.force,
          claudeMd: given.has('claude-md') ? true : given.has('no-claude-md') ? false : undefined,
        },
        await setupIo(io),
      ),
    );
  });

  const check = ai
    .command('check')
    .description('Check that the assistant guidance is present, current and unedited')
    .argument('[args...]')
    .helpOption('--help', 'Show help');
  addFlags(check, AI_CHECK_FLAGS);
  check.action(async (args: string[], opts: Record<string, unknown>) => {
    expectArgs(args, 0, 0, '', 'pgmi ai check [flags]', 'pgmi ai check --assistant claude');
    const { runCheck } = await import('../ai/setup/run');
    setExit(
      await runCheck(
        { assistant: opts.assistant as string | undefined, global: !!opts.global },
        await setupIo(io),
      ),
    );
  });
}

registrars.push(registerAi);
