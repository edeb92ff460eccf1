/**
 * The command tree. Declarations are cheap; each command's implementation is imported only when
 * that command runs, so `pgmi version` starts without loading pg or any cloud SDK.
 */
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { EXIT_CODE_NAMES, UsageError, exitCodeFor, formatError } from '../engine/errors';
import { parseDuration } from '../engine/project/duration';
import type { CliIo } from './deploy-command';
import { DEPLOY_FLAGS, GLOBAL_FLAGS, attributeName, type FlagSpec } from './flags';
import { FLEET_FLAGS } from './fleet-flags';
import { REPOSITORY, versionLines } from './version';

export type CommandRegistrar = (
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
) => void;

/** Extra commands registered by other modules (init, info, metadata, templates, ai, serve, ...). */
export const registrars: CommandRegistrar[] = [];

function parsePort(value: string): number {
  if (!/^-?\d+$/.test(value.trim()))
    throw new InvalidArgumentError(`invalid port "${value}": not an integer`);
  return Number(value);
}

function parseDurationArg(value: string): string {
  try {
    parseDuration(value);
  } catch {
    throw new InvalidArgumentError(`invalid duration "${value}" (examples: 90s, 5m, 1h30m)`);
  }
  return value;
}

export function addFlags(cmd: Command, flags: FlagSpec[]): Command {
  for (const f of flags) {
    const spec = `${f.short ? `-${f.short}, ` : ''}--${f.long}${f.value ? ` ${f.value}` : ''}`;
    const opt = new Option(spec, f.description);
    if (f.kind === 'list')
      opt.argParser((v: string, prev: string[] = []) => [...prev, v]).default(undefined);
    if (f.kind === 'port') opt.argParser(parsePort);
    if (f.kind === 'duration') opt.argParser(parseDurationArg);
    cmd.addOption(opt);
  }
  return cmd;
}

/** The exit-code table after `pgmi deploy --help`, wrapped like commander wraps the options. */
function exitCodesHelp(width: number): string {
  const help = new Help();
  const rows = EXIT_CODE_NAMES.map((e) => {
    const lines = help.boxWrap(e.description, width - 6).split('\n');
    return lines
      .map((l, i) => (i === 0 ? `  ${String(e.code).padEnd(4)}` : '      ') + l)
      .join('\n');
  });
  return '\nExit codes:\n' + rows.join('\n') + '\n';
}

/** Positional-argument checks with upstream's wording. */
export function expectArgs(
  args: string[],
  min: number,
  max: number,
  name: string,
  usage: string,
  example: string,
): void {
  if (args.length < min) {
    throw new UsageError(
      `missing required argument: ${name}\nUsage: ${usage}\nExample: ${example}`,
    );
  }
  if (args.length > max) throw new UsageError(`accepts ${max} arg(s), received ${args.length}`);
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

/** Columns help text may use: `COLUMNS`, else the terminal's width, else 80. */
export function helpWidth(
  env: Record<string, string | undefined>,
  stream: { isTTY?: boolean; columns?: number },
): number {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return stream.isTTY && stream.columns ? stream.columns : 80;
}

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('pgmi');
  program
    .description(
      'PostgreSQL-native deployments: load a project into session tables and let deploy.sql decide',
    )
    .helpOption('--help', 'Show help')
    .helpCommand('help [command]', 'Show help for a command')
    .option('--version', 'Print the version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: () => undefined,
      // Help wraps to the terminal (COLUMNS when set, as shells export it to scripts), 80 otherwise.
      getOutHelpWidth: () => helpWidth(io.env, process.stdout),
      getErrHelpWidth: () => helpWidth(io.env, process.stderr),
    })
    .argument('[command...]')
    .allowExcessArguments(true);
  addFlags(program, GLOBAL_FLAGS);
  program.action(async (words: string[], opts: { version?: boolean }) => {
    if (words.length) throw new UsageError(`unknown command "${words[0]}" for "pgmi"`);
    if (opts.version) {
      io.stdout(versionLines(io.env).join('\n') + '\n');
      return;
    }
    // cli.md §1.3: a person at a terminal gets the banner on stderr; pipes and CI get the help.
    const { isInteractive } = await import('./approve');
    if (isInteractive(io.env) && !io.env.PGMI_NO_BANNER) io.stderr(BANNER);
    else io.stdout(program.helpInformation());
  });

  program
    .command('version')
    .description('Print version information')
    .helpOption('--help', 'Show help')
    .allowExcessArguments(true)
    .action(() =>
      io.stdout([...versionLines(io.env), `Repository: ${REPOSITORY}`].join('\n') + '\n'),
    );

  const deployCmd = program
    .command('deploy')
    .description('Deploy a project: load its files into session tables and run its deploy.sql')
    .argument('[project_path...]', 'project directory holding deploy.sql')
    .helpOption('--help', 'Show help')
    .addHelpText('after', () => exitCodesHelp(helpWidth(io.env, process.stdout)));
  addFlags(deployCmd, [...DEPLOY_FLAGS, ...FLEET_FLAGS]);
  deployCmd.action(async (args: string[], opts: Record<string, unknown>) => {
    expectArgs(
      args,
      1,
      1,
      '<project_path>',
      'pgmi deploy <project_path> [flags]',
      'pgmi deploy ./myproject -d mydb',
    );
    const { runDeploy } = await import('./deploy-command');
    const flags = { ...program.opts(), ...opts } as Record<string, unknown>;
    if (typeof flags.wait === 'string') flags.wait = parseDuration(flags.wait);
    setExit(await runDeploy(args[0], flags, io));
  });

  for (const register of registrars) register(program, io, setExit);
  return program;
}

/** Parses argv and runs the command; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.help' ||
        err.exitCode === 0
      )
        return 0;
      const msg = err.message.replace(/^error: /, '');
      io.stderr(`pgmi: error: usage error: ${msg}\n`);
      return 2;
    }
    io.stderr(`pgmi: error: ${formatError(err)}\n`);
    return exitCodeFor(err);
  }
}

export { attributeName };
