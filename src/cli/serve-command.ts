/**
 * `pgmi serve`: the MCP server over stdio. The SDK and the engine load only when it runs.
 */
import { expectArgs, registrars } from './program';

registrars.push((program, io, setExit) => {
  program
    .command('serve')
    .description(
      'Run an MCP server over stdio: deploy, init, metadata, templates and ai tools for coding assistants',
    )
    .argument('[args...]')
    .helpOption('--help', 'Show help')
    .action(async (args: string[]) => {
      expectArgs(args, 0, 0, '', 'pgmi serve', 'pgmi serve');
      const { serveStdio } = await import('../mcp/stdio');
      setExit(await serveStdio({ env: io.env, stderr: io.stderr }));
    });
});
