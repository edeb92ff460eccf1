#!/usr/bin/env node
// Builds the committed bundles with @vercel/ncc: one self-contained ES module per front door.
// `.ci/run` rebuilds and fails when the result differs from what is committed.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, readdirSync, renameSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

// Several builds may run at once on one checkout (tests build first): serialise them with a
// lock directory, and swap each output folder in by rename so readers never see half a bundle.
const lock = 'dist/.build-lock';
mkdirSync('dist', { recursive: true });
for (let waited = 0; ; waited += 200) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs > 120000)
        rmSync(lock, { recursive: true, force: true });
    } catch {
      /* raced with its removal */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));

const entries = [
  { src: 'src/cli/index.ts', out: 'dist/cli' },
  { src: 'src/action/index.ts', out: 'dist/action' },
  { src: 'src/action/post-index.ts', out: 'dist/action-post' },
  // `pg` alone, CommonJS, for the advanced template's gateway in the container image (Dockerfile).
  { src: 'docker/gateway-pg.cjs', out: 'dist/gateway-pg' },
];

for (const { src, out } of entries) {
  if (!existsSync(src)) continue;
  const tmp = `${out}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  const r = spawnSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      src,
      '-o',
      tmp,
      '--quiet',
      '--transpile-only',
      '--target',
      'es2022',
      '--license',
      'licenses.txt',
    ],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
  if (existsSync(out)) renameSync(out, `${out}.old`);
  renameSync(tmp, out);
  rmSync(`${out}.old`, { recursive: true, force: true });
  // ncc leaves a package.json marking the folder as ESM; keep it (node needs it to run index.js).
  for (const f of readdirSync(out)) {
    if (f.endsWith('.d.ts')) rmSync(path.join(out, f), { recursive: true, force: true });
  }
  if (existsSync(path.join(out, 'src')))
    rmSync(path.join(out, 'src'), { recursive: true, force: true });
}
