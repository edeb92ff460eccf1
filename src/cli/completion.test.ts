import { buildProgram } from './program';
import './init-command';
import './templates-command';
import './metadata-command';
import './completion-command';
import { completeWords } from './completion';

const program = buildProgram(
  { env: {}, stdout: () => undefined, stderr: () => undefined },
  () => undefined,
);

describe('completeWords', () => {
  it('commands at the root, with help, never the hidden callback', () => {
    const r = completeWords(program, [''], 'zsh');
    expect(r.directive).toBe('none');
    expect(r.candidates).toEqual(expect.arrayContaining(['deploy', 'init', 'templates', 'help']));
    expect(r.candidates).not.toContain('__complete');
    expect(completeWords(program, ['te'], 'fish').candidates).toEqual(['templates']);
  });

  it('--flag=value: zsh, fish and PowerShell replace the whole word, bash only what follows =', () => {
    expect(completeWords(program, ['deploy', '--sslmode=ver'], 'zsh').candidates).toEqual([
      '--sslmode=verify-ca',
      '--sslmode=verify-full',
    ]);
    expect(completeWords(program, ['deploy', '--sslmode', '=', 'ver'], 'bash').candidates).toEqual([
      'verify-ca',
      'verify-full',
    ]);
    expect(completeWords(program, ['init', '--template=a'], 'powershell').candidates).toEqual([
      '--template=advanced',
    ]);
  });

  it('a flag value is consumed: the word after `-t basic` is a positional again', () => {
    expect(completeWords(program, ['init', '-t', 'basic', ''], 'bash').directive).toBe('dirs');
    // A boolean flag takes no value: the word after it is still the project path.
    expect(completeWords(program, ['metadata', 'plan', '--json', ''], 'bash').directive).toBe(
      'dirs',
    );
  });

  it('file-valued flags and path positionals hand over to the shell', () => {
    expect(completeWords(program, ['deploy', '--sslrootcert', ''], 'bash')).toEqual({
      directive: 'files',
      candidates: [],
    });
    expect(completeWords(program, ['deploy', ''], 'fish')).toEqual({
      directive: 'dirs',
      candidates: [],
    });
  });

  it('global flags are offered under subcommands; root-only --version is not', () => {
    const flags = completeWords(program, ['init', '--'], 'zsh').candidates;
    expect(flags).toEqual(['--template', '--verbose', '--help']);
    expect(completeWords(program, ['--v'], 'zsh').candidates).toEqual(['--version', '--verbose']);
    expect(completeWords(program, ['init', '-'], 'zsh').candidates).toEqual(
      expect.arrayContaining(['-t', '--template', '-v']),
    );
  });

  it('nothing is offered after `--` or for an unknown flag value', () => {
    expect(completeWords(program, ['deploy', '--nope=x'], 'zsh').candidates).toEqual([]);
    expect(
      completeWords(program, ['templates', 'describe', 'basic', ''], 'zsh').candidates,
    ).toEqual([]);
  });
});
