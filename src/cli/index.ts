#!/usr/bin/env node
import { REPOSITORY, versionLines } from './version';

// `pgmi … | head -1`: the reader went away, so there is nobody left to tell; end quietly
// instead of Node's unhandled 'error' event and its stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const io = {
  env: process.env,
  stdout: (s: string) => void process.stdout.write(s),
  stderr: (s: string) => void process.stderr.write(s),
};
const argv = process.argv.slice(2);
// `pgmi version` / `pgmi --version` are what scripts call most (`pgmi version | head -1`):
// answer them before loading the command tree, which is most of the CLI's start-up time.
if (argv.length === 1 && (argv[0] === 'version' || argv[0] === '--version')) {
  const lines = versionLines(io.env);
  io.stdout(
    [...lines, ...(argv[0] === 'version' ? [`Repository: ${REPOSITORY}`] : [])].join('\n') + '\n',
  );
} else {
  const [{ runCli }] = await Promise.all([import('./program'), import('./commands')]);
  process.exitCode = await runCli(argv, io);
}
