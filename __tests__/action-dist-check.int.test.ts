/**
 * `.ci/run`'s dist check (`check_dist`) fails when the committed dist/ does not match the sources,
 * and passes when it does. Runs the function itself, taken from .ci/run, in a throwaway git
 * repository holding this checkout's files (node_modules linked, not installed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = mkdtempSync(path.join(tmpdir(), 'pgmi-dist-check-'));

function git(...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=pgmi test',
      '-c',
      'user.email=test@pgmi.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd: repo, encoding: 'utf8' },
  );
}

/** Calls `check_dist` as defined in .ci/run (extracted, so nothing else of the script runs). */
function checkDist() {
  const script = [
    'set -uo pipefail',
    'eval "$(sed -n \'/^check_dist() {/,/^}/p\' .ci/run)"',
    'check_dist',
  ].join('\n');
  return spawnSync('bash', ['-c', script], { cwd: repo, encoding: 'utf8', timeout: 180_000 });
}

beforeAll(() => {
  // The checkout's files as they are now (tracked and new, never ignored ones).
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    {
      encoding: 'utf8',
    },
  )
    .split('\0')
    .filter((f) => f && !f.startsWith('dist/'));
  for (const f of files) {
    try {
      mkdirSync(path.dirname(path.join(repo, f)), { recursive: true });
      cpSync(f, path.join(repo, f));
    } catch {
      // Listed but deleted in the working tree.
    }
  }
  symlinkSync(path.resolve('node_modules'), path.join(repo, 'node_modules'));
  // One bundle is enough to prove the check (the build skips entries whose source is absent):
  // a third of the build time, three builds in this file.
  rmSync(path.join(repo, 'src/cli/index.ts'));
  rmSync(path.join(repo, 'src/action/post-index.ts'));
  // dist/ as the sources build it, committed: the state of a correct checkout.
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'snapshot');
}, 300_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('.ci/run dist check', () => {
  it('passes when dist/ is what the sources build', () => {
    const r = checkDist();
    expect(r.stderr).not.toContain('does not match');
    expect(r.status).toBe(0);
    expect(git('status', '--porcelain', '--', 'dist')).toBe('');
    expect(git('ls-files', '--', 'dist/action/index.js')).toBe('dist/action/index.js\n');
  }, 300_000);

  it('fails when a source changed and dist/ was not rebuilt', () => {
    const main = path.join(repo, 'src/action/main.ts');
    const text = readFileSync(main, 'utf8');
    // A statement with an effect, so the bundler cannot drop it: any real source edit looks so.
    const changed = `${text}\nprocess.env.PGMI_DIST_CHECK_EDIT ??= 'edited';\n`;
    writeFileSync(main, changed);
    const r = checkDist();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "dist/ (or the generated lexer-wasm.ts) does not match the sources; run 'npm run build' and commit them:",
    );
    expect(r.stderr).toContain('M dist/action/index.js');
    writeFileSync(main, text);
  }, 300_000);

  it('fails when the WebAssembly lexer changed and its generated module was not rebuilt', () => {
    expect(checkDist().status).toBe(0);
    const lexer = path.join(repo, 'wasm/lexer.ts');
    const text = readFileSync(lexer, 'utf8');
    // Any change to the code: here, one more byte counted as white space.
    writeFileSync(
      lexer,
      text.replace(
        'if (b == SPACE || (b >= 0x09 && b <= 0x0d)) ws = 1;',
        'if (b == SPACE || (b >= 0x08 && b <= 0x0d)) ws = 1;',
      ),
    );
    const r = checkDist();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('M src/engine/project/lexer-wasm.ts');
    writeFileSync(lexer, text);
  }, 300_000);
});
