/** `pgmi init [target_path] [-t basic|advanced]` (cli.md §2). */
import { flagSpecs } from './completion-sources';
import type { FlagSpec } from './flags';
import { addFlags, expectArgs, registrars } from './program';

export const INIT_FLAGS: FlagSpec[] = [
  {
    long: 'template',
    short: 't',
    value: '<name>',
    kind: 'string',
    complete: 'template',
    description: 'Template to scaffold: basic or advanced (default basic; see pgmi templates list)',
  },
];
flagSpecs.push(...INIT_FLAGS);

registrars.push((program, io, setExit) => {
  const init = program
    .command('init')
    .description('Scaffold a new project from a template')
    .argument('[target_path...]', 'directory to create or fill (default: .); must be empty')
    .addHelpText(
      'after',
      '\nWithout -t at a terminal, a short wizard asks for the directory, the template\nand the connection.\n',
    );
  addFlags(init, INIT_FLAGS);
  init.action(async (args: string[], opts: { template?: string }) => {
    expectArgs(
      args,
      0,
      1,
      '[target_path]',
      'pgmi init [target_path] [-t basic|advanced]',
      'pgmi init ./myproject -t basic',
    );
    const { runInit } = await import('./init-run');
    setExit(await runInit(args[0], opts.template, io));
  });
});
