/**
 * `pgmi info`: what a project directory holds, offline (cli.md §3). The scan applies every rule a
 * deploy applies, so a file that would break a deploy breaks `info` too.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { messageOf } from '../engine/errors';
import { loadPgmiYaml } from '../engine/project/config';
import { compareCodePoints } from '../engine/project/go-text';
import { scanProject } from '../engine/project/scan';
import { pathFields } from '../engine/project/sql-files';

/** The `info --json` document (keys in this order). */
export interface ProjectInfo {
  path: string;
  template: 'advanced' | 'basic' | 'unknown';
  deploySql: boolean;
  /** `ok`, `absent`, or `error: <message>`: a broken pgmi.yaml does not fail `info`. */
  configFile: string;
  totalFiles: number;
  sqlFiles: number;
  testFiles: number;
  metadataWith: number;
  /** Files per `directory` value (`./`, `./migrations/`, …), keys sorted. */
  directories: Record<string, number>;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Which template a project looks like: `advanced` for upstream's advanced layout (`lib/api/`) or
 * ours (`parameters.json` beside `bootstrap/`), `basic` for any other project with a deploy.sql.
 */
function guessTemplate(root: string, deploySql: boolean): ProjectInfo['template'] {
  if (existsSync(join(root, 'lib', 'api'))) return 'advanced';
  if (isFile(join(root, 'parameters.json')) && existsSync(join(root, 'bootstrap')))
    return 'advanced';
  return deploySql ? 'basic' : 'unknown';
}

function configStatus(root: string): string {
  try {
    return loadPgmiYaml(root) === undefined ? 'absent' : 'ok';
  } catch (err) {
    return `error: ${messageOf(err)}`;
  }
}

/** Scans `path` and summarises it. A scan failure throws with its exit class (missing path: 10). */
export async function projectInfo(path: string): Promise<ProjectInfo> {
  const scan = await scanProject(path, { allowDuplicateIds: true, checksums: false });
  const root = resolve(path);
  const deploySql = isFile(join(root, 'deploy.sql'));
  const counts = new Map<string, number>();
  for (const f of scan.files) {
    const dir = pathFields(f.path).directory;
    counts.set(dir, (counts.get(dir) ?? 0) + 1);
  }
  const directories: Record<string, number> = {};
  for (const dir of [...counts.keys()].sort(compareCodePoints)) directories[dir] = counts.get(dir)!;
  return {
    path: root,
    template: guessTemplate(root, deploySql),
    deploySql,
    configFile: configStatus(root),
    totalFiles: scan.files.length,
    sqlFiles: scan.files.filter((f) => f.isSql).length,
    testFiles: scan.files.filter((f) => f.isTest).length,
    metadataWith: scan.files.filter((f) => f.metadata).length,
    directories,
  };
}
