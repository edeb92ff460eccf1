#!/usr/bin/env node
// `npm test`: builds the bundles the tests spawn (dist/ must be what the sources say), then runs
// jest with ESM support. Extra arguments go to jest (e.g. `npm test -- src/engine`).
// PGMI_TEST_WITHOUT=pgbouncer,podman,terraform runs the suite with those tools off PATH, as on a
// machine without them: their tests report themselves as skipped.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathWithout } from './path-without.mjs';

const args = process.argv.slice(2);
const skipBuild = process.env.PGMI_TEST_SKIP_BUILD === '1';
if (!skipBuild) {
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
};
// Everything the run puts in the temp directory (the tests' folders, the servers' data, what the
// spawned CLIs and Actions write) goes in one folder of its own, removed when jest is done, so a
// run leaves nothing behind. Every user may enter and write it, as /tmp: the embedded servers run
// as the unprivileged `postgres` user when the suite runs as root. Caches that outlive a run stay
// in the system's temp directory: jest's (its default place) and the embedded servers' copies.
const systemTmp = tmpdir();
const runTmp = mkdtempSync(path.join(systemTmp, 'pgmi-test-run-'));
chmodSync(runTmp, 0o1777);
env.TMPDIR = runTmp;
env.PGMI_EMBEDDED_CACHE_ROOT ??= path.join(systemTmp, 'pgmi-embedded-postgres');
if (!args.some((a) => a.startsWith('--cacheDirectory'))) {
  const uid = process.getuid?.().toString(36) ?? 'default';
  args.unshift(`--cacheDirectory=${path.join(systemTmp, `jest_${uid}`)}`);
}
const without = (process.env.PGMI_TEST_WITHOUT ?? '').split(',').filter(Boolean);
const shadow = without.length ? pathWithout(without) : undefined;
if (shadow) {
  env.PATH = shadow.PATH;
  console.error(`Running without ${without.join(', ')} on PATH`);
}
const r = spawnSync(process.execPath, ['node_modules/jest/bin/jest.js', ...args], {
  stdio: 'inherit',
  env,
});
if (shadow) rmSync(shadow.dir, { recursive: true, force: true });
try {
  rmSync(runTmp, { recursive: true, force: true, maxRetries: 3 });
} catch (err) {
  console.error(`npm test: could not remove ${runTmp}: ${err.message}`);
}
process.exit(r.status ?? 1);
