// A PATH on which the named tools cannot be found, for trying the test suite as it runs on a
// machine without them (`PGMI_TEST_WITHOUT=pgbouncer,podman,terraform npm test`). Every PATH
// directory that holds one of them is replaced by a directory of links to everything else in it.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Returns `{ PATH, dir }`: the new PATH and the folder of shadow directories (remove it after). */
export function pathWithout(tools, pathVar = process.env.PATH ?? '') {
  const hidden = new Set(tools);
  const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-path-without-'));
  const out = pathVar.split(path.delimiter).map((d, i) => {
    if (!d || ![...hidden].some((t) => existsSync(path.join(d, t)))) return d;
    const shadow = path.join(dir, String(i));
    mkdirSync(shadow);
    for (const name of readdirSync(d))
      if (!hidden.has(name)) symlinkSync(path.join(d, name), path.join(shadow, name));
    return shadow;
  });
  return { PATH: out.join(path.delimiter), dir };
}
