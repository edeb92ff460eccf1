/** `pgmi config [path]`: the connection wizard, writing pgmi.yaml (cli.md §4). */
import { PgmiError } from '../engine/errors';
import { expectArgs, registrars } from './program';

registrars.push((program, io, setExit) => {
  program
    .command('config')
    .description('Set up the connection in pgmi.yaml with an interactive wizard')
    .argument('[path...]', 'project directory (default: .)')
    .action(async (args: string[]) => {
      expectArgs(args, 0, 1, '[path]', 'pgmi config [path]', 'pgmi config ./myproject');
      const { isInteractive } = await import('./approve');
      if (!isInteractive(io.env)) {
        throw new PgmiError('config requires an interactive terminal', {
          hints: [
            'In CI, write pgmi.yaml yourself (a connection: block with host, port, username, database, sslmode;',
            'see "pgmi.yaml" in the README) or pass -h/-p/-U/-d, --connection or PG* variables to pgmi deploy.',
          ],
        });
      }
      const { runConfigWizard } = await import('./config-run');
      setExit(await runConfigWizard(args[0] ?? '.', io));
    });
});
