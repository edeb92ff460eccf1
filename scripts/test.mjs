#!/usr/bin/env node
// `npm test`: builds the bundles the tests spawn (dist/ must be what the sources say), then runs
// jest with ESM support. Extra arguments go to jest (e.g. `npm test -- src/engine`).
// PGMI_TEST_WITHOUT=pgbouncer,podman,terraform runs the suite with those tools off PATH, as on a
// machine without them: their tests report themselves as skipped.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
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
process.exit(r.status ?? 1);
