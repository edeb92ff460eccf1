/**
 * Directory listings in walk order (names in byte order, dotfiles included) and their `tree`-style
 * rendering, as `init` prints it and `templates describe` shows a template's structure.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareCodePoints } from '../engine/project/go-text';

export interface TreeEntry {
  /** Relative path with forward slashes; directories end in `/`. */
  path: string;
  name: string;
  depth: number;
  dir: boolean;
  /** Last entry of its directory (decides the branch drawing). */
  last: boolean;
  /** `last` of each ancestor, outermost first (decides the indentation). */
  ancestorsLast: boolean[];
}

/** Every entry under `root` (not `root` itself), depth first, names in byte order. */
export function walkTree(root: string, maxDepth = Infinity): TreeEntry[] {
  const out: TreeEntry[] = [];
  const visit = (dir: string, rel: string, depth: number, ancestorsLast: boolean[]) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      compareCodePoints(a.name, b.name),
    );
    entries.forEach((e, i) => {
      const last = i === entries.length - 1;
      const isDir = e.isDirectory();
      const path = `${rel}${e.name}${isDir ? '/' : ''}`;
      out.push({ path, name: e.name, depth, dir: isDir, last, ancestorsLast });
      if (isDir && depth + 1 < maxDepth)
        visit(join(dir, e.name), path, depth + 1, [...ancestorsLast, last]);
    });
  };
  visit(root, '', 0, []);
  return out;
}

/** `├── name` / `└── name` lines with `│   ` or four-space indents; directories end in `/`. */
export function renderTreeLines(entries: TreeEntry[]): string[] {
  return entries.map((e) => {
    const indent = e.ancestorsLast.map((l) => (l ? '    ' : '│   ')).join('');
    return `${indent}${e.last ? '└── ' : '├── '}${e.name}${e.dir ? '/' : ''}`;
  });
}
