/**
 * `pgmi init` (and the MCP `init` tool): copies a template into a new or empty directory,
 * replacing `{{PROJECT_NAME}}` (cli.md §2). Nothing printed here; the CLI renders the tree.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PgmiError, UsageError, messageOf } from '../engine/errors';
import { compareCodePoints } from '../engine/project/go-text';
import { templateNames, templatesDir } from './templates';
import { walkTree } from './tree';

export interface InitResult {
  /** Absolute target directory. */
  path: string;
  template: string;
  /** Files written, relative to `path` with forward slashes, in walk order. */
  files: string[];
  /** Files already present and kept (`pgmi.yaml`, `.env`). */
  kept: string[];
}

/** Files a target may already hold: a connection set up before `init` is kept. */
const KEPT = new Set(['pgmi.yaml', '.env']);

const PLACEHOLDER = /\{\{PROJECT_NAME\}\}/g;

/** The usage error for a template name that is not shipped (also used by `templates describe`). */
export function unknownTemplateError(name: string): UsageError {
  const available = [...templateNames()].sort(compareCodePoints);
  return new UsageError(`unknown template "${name}" (available: [${available.join(' ')}])`, {
    hints: ['See them with: pgmi templates list'],
  });
}

/** Base name of the target; for `.` and `..` that of the directory they resolve to. */
function projectNameFor(absTarget: string): string {
  return basename(absTarget) || 'project';
}

/** Fails unless `abs` is missing or a directory holding nothing but kept files. */
function checkTarget(abs: string, shown: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new PgmiError(`cannot access "${shown}": ${messageOf(err)}`, { cause: err });
  }
  if (!isDir) throw new PgmiError(`"${abs}": path exists but is not a directory`);
  const blocking = readdirSync(abs)
    .filter((n) => !KEPT.has(n))
    .sort(compareCodePoints);
  if (blocking.length > 0) {
    throw new UsageError(`directory "${abs}" is not empty (blocking: [${blocking.join(' ')}])`, {
      hints: [
        'init never overwrites files: choose a new or empty directory, e.g. pgmi init ./myproject',
      ],
    });
  }
}

function substitute(text: string, file: string, name: string): string {
  // In JSON the name must stay a valid string: escape it as JSON does, without the quotes.
  const value = file.endsWith('.json') ? JSON.stringify(name).slice(1, -1) : name;
  return text.replace(PLACEHOLDER, () => value);
}

/**
 * Scaffolds `template` into `target` (created with its parents when missing). The target must not
 * exist or be a directory holding nothing but `pgmi.yaml` and `.env`, which are kept. Unknown
 * template or non-empty target: UsageError (exit 2); a file in the way: exit 1.
 */
export async function initProject(
  target: string,
  template = 'basic',
  opts: { name?: string } = {},
): Promise<InitResult> {
  const abs = resolve(target);
  checkTarget(abs, target);
  if (!templateNames().includes(template)) throw unknownTemplateError(template);

  const source = join(templatesDir(), template);
  const name = opts.name || projectNameFor(abs);
  const files: string[] = [];
  const kept: string[] = [];
  try {
    mkdirSync(abs, { recursive: true, mode: 0o755 });
    for (const entry of walkTree(source)) {
      const to = join(abs, entry.path);
      if (entry.dir) {
        mkdirSync(to, { recursive: true, mode: 0o755 });
        continue;
      }
      if (entry.depth === 0 && KEPT.has(entry.name) && existsAsFile(to)) {
        kept.push(entry.path);
        continue;
      }
      const text = readFileSync(join(source, entry.path), 'utf8');
      // 'wx': never overwrite, even a file that appeared since the emptiness check.
      writeFileSync(to, substitute(text, entry.name, name), { mode: 0o644, flag: 'wx' });
      files.push(entry.path);
    }
  } catch (err) {
    throw new PgmiError(`cannot write the ${template} template to ${abs}: ${messageOf(err)}`, {
      cause: err,
    });
  }
  return { path: abs, template, files, kept };
}

function existsAsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
