/**
 * `pgmi metadata plan | validate | scaffold` and the MCP `metadata_*` tools (project-files.md
 * §3.9, decisions.md 15). Offline: the full scanner, no deploy.sql needed, no database.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PgmiError, messageOf } from '../engine/errors';
import { compareCodePoints } from '../engine/project/go-text';
import { findDuplicateIds, metadataBlockFor } from '../engine/project/metadata';
import { scanProject } from '../engine/project/scan';
import { baseName, genericId } from '../engine/project/sql-files';
import type { ProjectFile } from '../engine/project/types';

export interface PlanEntry {
  path: string;
  id: string;
  idempotent: boolean;
  /** `[path]` for a file without metadata; `[]` (never null) for metadata without keys. */
  sort_keys: string[];
  description: string;
}

export interface MetadataPlan {
  total_files: number;
  plan: PlanEntry[];
}

export interface MetadataValidation {
  total_files: number;
  files_with_metadata: number;
  files_without_metadata: number;
  validation_passed: boolean;
  /** `"<id>: <first path>, <later path>"`, one per later file carrying the id. */
  duplicate_ids: string[];
}

export interface ScaffoldEntry {
  path: string;
  /** The file's generic_id (decisions.md 15). */
  id: string;
  idempotent: boolean;
  written: boolean;
}

export interface MetadataScaffold {
  /** SQL files outside test directories that had no metadata block. */
  files: ScaffoldEntry[];
}

const FALLBACK_DESCRIPTION = 'No metadata (fallback)';

function planFiles(files: ProjectFile[]): ProjectFile[] {
  return files.filter((f) => f.isSql && !f.isTest);
}

/** Smallest sort key in byte order; the path for a file without keys. */
function firstKey(e: PlanEntry): string {
  return e.sort_keys.length === 0 ? e.path : [...e.sort_keys].sort(compareCodePoints)[0];
}

/**
 * One entry per SQL file outside test directories, ordered by its smallest sort key, then by path
 * (an approximation of `pgmi_plan_view`, which has one row per key).
 */
export async function metadataPlan(path: string): Promise<MetadataPlan> {
  const { files } = await scanProject(path);
  const plan = planFiles(files).map<PlanEntry>((f) =>
    f.metadata
      ? {
          path: f.path,
          id: f.metadata.id,
          idempotent: f.metadata.idempotent,
          sort_keys: [...f.metadata.sortKeys],
          description: f.metadata.description,
        }
      : {
          path: f.path,
          id: genericId(f.path),
          idempotent: true,
          sort_keys: [f.path],
          description: FALLBACK_DESCRIPTION,
        },
  );
  plan.sort(
    (a, b) => compareCodePoints(firstKey(a), firstKey(b)) || compareCodePoints(a.path, b.path),
  );
  return { total_files: plan.length, plan };
}

/** Counts and duplicate ids over every scanned file. Duplicates are data here, not an error. */
export async function metadataValidate(path: string): Promise<MetadataValidation> {
  const { files } = await scanProject(path, { allowDuplicateIds: true });
  const withMetadata = files.filter((f) => f.metadata).length;
  const duplicate_ids = findDuplicateIds(files).flatMap(({ id, paths }) =>
    paths.slice(1).map((later) => `${id}: ${paths[0]}, ${later}`),
  );
  return {
    total_files: files.length,
    files_with_metadata: withMetadata,
    files_without_metadata: files.length - withMetadata,
    validation_passed: duplicate_ids.length === 0,
    duplicate_ids,
  };
}

/** Writes through a sibling temporary file and a rename, keeping the permission bits. */
function writeAtomically(file: string, data: Buffer): void {
  const tmp = `${file}.pgmi-tmp`;
  const mode = statSync(file).mode & 0o7777;
  rmSync(tmp, { force: true });
  try {
    writeFileSync(tmp, data, { mode, flag: 'wx' });
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Proposes (and with `write`, prepends) a `<pgmi-meta>` block for every SQL file outside test
 * directories that has none. The id is the file's generic_id, so scaffolding never changes a
 * file's identity; the sort key is `generated/<file name>`. A leading BOM stays first.
 */
export async function metadataScaffold(
  path: string,
  opts: { write?: boolean; idempotent?: boolean } = {},
): Promise<MetadataScaffold> {
  const scan = await scanProject(path);
  const idempotent = opts.idempotent ?? true;
  const out: ScaffoldEntry[] = [];
  for (const f of planFiles(scan.files)) {
    if (f.metadata) continue;
    const id = genericId(f.path);
    if (opts.write) {
      const file = join(scan.root, f.path);
      try {
        const raw = readFileSync(file);
        const hasBom = raw.subarray(0, 3).equals(BOM);
        const block = Buffer.from(metadataBlockFor(baseName(f.path), id, idempotent), 'utf8');
        const body = hasBom ? raw.subarray(3) : raw;
        writeAtomically(file, Buffer.concat(hasBom ? [BOM, block, body] : [block, body]));
      } catch (err) {
        throw new PgmiError(`cannot write metadata to ${f.path}: ${messageOf(err)}`, {
          cause: err,
        });
      }
    }
    out.push({ path: f.path, id, idempotent, written: !!opts.write });
  }
  return { files: out };
}
