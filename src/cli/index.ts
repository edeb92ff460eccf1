#!/usr/bin/env node
import { runCli } from './program';
import './commands';

const io = {
  env: process.env,
  stdout: (s: string) => void process.stdout.write(s),
  stderr: (s: string) => void process.stderr.write(s),
};
process.exitCode = await runCli(process.argv.slice(2), io);
