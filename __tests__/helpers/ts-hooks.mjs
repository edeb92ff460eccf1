// Module hooks for ts-register.mjs: extension-less relative imports resolve to `.ts` (the
// project uses `moduleResolution: bundler`), and `.ts` files are compiled by swc on load.
// With PGMI_TRACE_IMPORTS set, every resolved URL is appended to that file.
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';

const trace = process.env.PGMI_TRACE_IMPORTS;

export async function resolve(specifier, context, next) {
  let result;
  try {
    result = await next(specifier, context);
  } catch (e) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (!relative || e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    try {
      result = await next(`${specifier}.ts`, context);
    } catch {
      result = await next(`${specifier}/index.ts`, context);
    }
  }
  if (trace) appendFileSync(trace, result.url + '\n');
  return result;
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const file = fileURLToPath(url);
  const { code } = swc.transformSync(readFileSync(file, 'utf8'), {
    filename: file,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  });
  return { format: 'module', source: code, shortCircuit: true };
}
