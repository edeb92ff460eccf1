/**
 * Shell completion for real (cli.md §10, conformance-cli C116): the script `pgmi completion bash`
 * prints is sourced in a bash subprocess, registered for `pgmi`, and its function is invoked the
 * way bash's programmable completion invokes it (COMP_WORDS / COMP_CWORD), calling back into the
 * built CLI through a `pgmi` on PATH.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, cleanEnv, runPgmi } from './helpers/cli';

const work = mkdtempSync(path.join(tmpdir(), 'pgmi-completion-'));
const bin = path.join(work, 'bin');
mkdirSync(bin);
writeFileSync(path.join(bin, 'pgmi'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
chmodSync(path.join(bin, 'pgmi'), 0o755);
mkdirSync(path.join(work, 'projects', 'shop'), { recursive: true });
mkdirSync(path.join(work, 'projects', 'stock'), { recursive: true });
writeFileSync(path.join(work, 'projects', 'notes.txt'), 'not a directory');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function bash(script: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync('bash', ['-c', script], {
    cwd: work,
    env: cleanEnv({ PATH: `${bin}:${process.env.PATH}` }),
    encoding: 'utf8',
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** The candidates bash would offer for the given words (the last one being completed). */
function complete(...words: string[]): string[] {
  const quoted = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = bash(
    'source <(pgmi completion bash)\n' +
      `COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; COMPREPLY=()\n` +
      '"$(complete -p pgmi | sed -E "s/.*-F ([^ ]+) .*/\\1/")"\n' +
      'printf "%s\\n" "${COMPREPLY[@]}"',
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
}

describe('bash completion', () => {
  it('the script registers a completion function for pgmi', () => {
    const r = bash('source <(pgmi completion bash) && complete -p pgmi');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('complete -F _pgmi_complete pgmi');
  });

  it('cli#116: `pgmi dep` completes to deploy', () => {
    expect(complete('pgmi', 'dep')).toEqual(['deploy']);
  });

  it('commands, subcommands and flags come from the declared command tree', () => {
    expect(complete('pgmi', '')).toEqual(
      expect.arrayContaining([
        'deploy',
        'init',
        'info',
        'metadata',
        'templates',
        'completion',
        'help',
      ]),
    );
    expect(complete('pgmi', '')).not.toContain('__complete');
    expect(complete('pgmi', 'metadata', '')).toEqual(['scaffold', 'validate', 'plan']);
    expect(complete('pgmi', 'deploy', '--ss')).toEqual([
      '--sslmode',
      '--sslcert',
      '--sslkey',
      '--sslrootcert',
    ]);
    expect(complete('pgmi', 'metadata', 'scaffold', '--')).toEqual([
      '--write',
      '--idempotent',
      '--verbose',
      '--help',
    ]);
    expect(complete('pgmi', 'help', 'me')).toEqual(['metadata']);
  });

  it('cli#116: template names for init -t and templates describe', () => {
    expect(complete('pgmi', 'init', '-t', 'bas')).toEqual(['basic']);
    expect(complete('pgmi', 'init', '--template', '')).toEqual(['basic', 'advanced']);
    expect(complete('pgmi', 'templates', 'describe', 'a')).toEqual(['advanced']);
  });

  it('cli#116: the six sslmodes, also after --sslmode= (which bash splits at the =)', () => {
    expect(complete('pgmi', 'deploy', '.', '--sslmode', 'ver')).toEqual([
      'verify-ca',
      'verify-full',
    ]);
    expect(complete('pgmi', 'deploy', '--sslmode', '')).toEqual([
      'disable',
      'allow',
      'prefer',
      'require',
      'verify-ca',
      'verify-full',
    ]);
    expect(complete('pgmi', 'deploy', '--sslmode', '=', 're')).toEqual(['require']);
  });

  it('project paths complete to directories only; nothing else falls back to file names', () => {
    expect(complete('pgmi', 'deploy', 'projects/s').sort()).toEqual([
      'projects/shop',
      'projects/stock',
    ]);
    expect(complete('pgmi', 'deploy', 'projects/n')).toEqual([]);
    expect(complete('pgmi', 'templates', 'describe', 'proj')).toEqual([]);
    expect(complete('pgmi', 'completion', '')).toEqual(['bash', 'zsh', 'fish', 'powershell']);
  });
});

describe('pgmi completion', () => {
  it.each(['bash', 'zsh', 'fish', 'powershell'])(
    'prints a %s script on stdout, exit 0',
    async (shell) => {
      const r = await runPgmi(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('pgmi __complete -- ' + shell);
      expect(r.stderr).toBe('');
    },
  );

  it('cli#116: an unknown shell or none is a usage error (exit 2)', async () => {
    const tcsh = await runPgmi(['completion', 'tcsh']);
    expect(tcsh.code).toBe(2);
    expect(tcsh.stderr).toContain('unsupported shell "tcsh"');
    const none = await runPgmi(['completion']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('missing required argument: <shell>');
  });

  it('the bash script is valid bash (bash -n)', async () => {
    const script = (await runPgmi(['completion', 'bash'])).stdout;
    const r = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
