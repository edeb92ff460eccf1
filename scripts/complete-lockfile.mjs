#!/usr/bin/env node
// Restores the other platforms' optional binaries in package-lock.json.
//
// Why: a registry mirror that carries only some platforms' builds at some versions (as the one
// our machines use does) makes `npm install` drop those optional packages from the lockfile,
// while `npm ci` still expects them and refuses the lock ("Missing: @swc/core-darwin-arm64@ from
// lock file"). Against the full registry npm records them; this script records them the same way
// (version, os, cpu, libc, optional), from the installed parents' package.json and the platform
// fields of the sibling builds, so `npm ci` accepts the lock everywhere. They are never fetched
// on a platform they do not match. Run after changing dependencies: `npm run lock:complete`.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const lockPath = 'package-lock.json';
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const pkgs = lock.packages;
let added = 0;

function platformFields(name, version) {
  // The os/cpu/libc of a platform build do not change between its versions: read them from the
  // version the registry has closest to the one we need.
  try {
    const out = execFileSync('npm', ['view', `${name}@${version}`, 'os', 'cpu', 'libc', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return JSON.parse(out);
  } catch {
    const versions = JSON.parse(
      execFileSync('npm', ['view', name, 'versions', '--json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    const last = Array.isArray(versions) ? versions[versions.length - 1] : versions;
    return JSON.parse(
      execFileSync('npm', ['view', `${name}@${last}`, 'os', 'cpu', 'libc', '--json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
  }
}

for (const [key, entry] of Object.entries(pkgs)) {
  if (!key.startsWith('node_modules/') && key !== '') continue;
  const manifestPath = path.join(key, 'package.json');
  if (!key || !existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const optional = manifest.optionalDependencies ?? {};
  const names = Object.keys(optional);
  if (!names.length) continue;
  // Where npm would place a dependency of this package: beside it unless shadowed.
  const parentDir = key.slice(0, key.lastIndexOf('node_modules/'));
  // The build that is installed on this machine (its folder exists) shows where its siblings go:
  // nested under an npm alias such as pg11 when the top level holds another major's build.
  const installedKey = names
    .flatMap((n) => [`${key}/node_modules/${n}`, `${parentDir}node_modules/${n}`])
    .find((k) => pkgs[k]?.version && existsSync(path.join(k, 'package.json')));
  const installedVersion = installedKey ? pkgs[installedKey].version : undefined;
  const nested = installedKey?.startsWith(`${key}/node_modules/`);
  for (const name of names) {
    const here = `${key}/node_modules/${name}`;
    const beside = `${parentDir}node_modules/${name}`;
    if (pkgs[here] || (!nested && pkgs[beside])) continue;
    const spec = optional[name];
    const version = /^\d/.test(spec) && !/[\s^~<>|*x]/.test(spec) ? spec : installedVersion;
    if (!version) continue;
    const fields = platformFields(name, version);
    const record = { version, optional: true };
    if (entry.dev) record.dev = true;
    if (entry.devOptional) record.devOptional = true;
    for (const f of ['cpu', 'os', 'libc']) if (fields?.[f]) record[f] = [].concat(fields[f]);
    // npm places a dependency at the shallowest level it can.
    const target = nested || pkgs[`node_modules/${name}`] ? here : beside;
    pkgs[target] = record;
    entry.optionalDependencies = { ...(entry.optionalDependencies ?? {}), [name]: spec };
    added++;
  }
  if (entry.optionalDependencies) {
    entry.optionalDependencies = Object.fromEntries(
      Object.entries(entry.optionalDependencies).sort(),
    );
  }
}

lock.packages = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.error(`complete-lockfile: recorded ${added} optional platform package(s)`);
