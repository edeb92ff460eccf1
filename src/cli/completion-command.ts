/**
 * `pgmi completion bash|zsh|fish|powershell` prints a completion script; the hidden
 * `pgmi __complete -- <shell> <words…>` is what those scripts call (cli.md §10).
 */
import { UsageError } from '../engine/errors';
import { argumentSources } from './completion-sources';
import { expectArgs, registrars } from './program';

const SHELL_NAMES = ['bash', 'zsh', 'fish', 'powershell'];

registrars.push((program, io) => {
  program
    .command('completion')
    .description('Print a shell completion script (bash, zsh, fish, powershell)')
    .argument('[shell...]', 'bash, zsh, fish or powershell')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  source <(pgmi completion bash)                      # bash, this shell\n' +
        '  source <(pgmi completion zsh)                       # zsh, after compinit\n' +
        '  pgmi completion fish > ~/.config/fish/completions/pgmi.fish\n' +
        '  pgmi completion powershell | Out-String | Invoke-Expression\n',
    )
    .action(async (args: string[]) => {
      expectArgs(
        args,
        1,
        1,
        '<shell>',
        'pgmi completion bash|zsh|fish|powershell',
        'source <(pgmi completion bash)',
      );
      if (!SHELL_NAMES.includes(args[0])) {
        throw new UsageError(
          `unsupported shell "${args[0]}" (supported: ${SHELL_NAMES.join(', ')})`,
        );
      }
      const { completionScript } = await import('./completion-scripts');
      io.stdout(completionScript(args[0] as 'bash'));
    });
  argumentSources.set('completion', 'shell');

  program
    .command('__complete', { hidden: true })
    .helpOption(false)
    .allowUnknownOption()
    .argument('[words...]')
    .action(async (args: string[]) => {
      const { completeWords, SHELLS } = await import('./completion');
      const [shell, ...words] = args;
      if (!(SHELLS as readonly string[]).includes(shell)) return;
      if (shell === 'powershell' && words.length > 0)
        words[words.length - 1] = words[words.length - 1].replace(/^_/, '');
      const { directive, candidates } = completeWords(program, words, shell as 'bash');
      io.stdout([`:${directive}`, ...candidates].join('\n') + '\n');
    });
});
