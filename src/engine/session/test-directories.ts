/**
 * The rows of `_pgmi_test_directory`, derived from the paths of the scanned test files
 * (session-api.md §5.2, project-files.md §1.7). Pure: paths in, rows out.
 */

/** One `_pgmi_test_directory` row. */
export interface TestDirectoryRow {
  /** `./…/`, always ending in `/`. */
  path: string;
  /** Nearest ancestor directory that is itself a row; `null` for a tree root. */
  parentPath: string | null;
  /** Segments after the first `__test__`/`__tests__` segment (that segment itself is 0). */
  depth: number;
}

const TEST_SEGMENTS = new Set(['__test__', '__tests__']);

/** The directory part of a `./`-prefixed file path, keeping the trailing `/`. */
export function testDirectoryOf(filePath: string): string {
  return filePath.slice(0, filePath.lastIndexOf('/') + 1);
}

/** The base name of a file path. */
export function fileNameOf(filePath: string): string {
  return filePath.slice(filePath.lastIndexOf('/') + 1);
}

/** `_setup.sql` and `_setup.psql`, case-insensitively, are fixtures; nothing else is. */
export function isFixtureName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return lower === '_setup.sql' || lower === '_setup.psql';
}

/** Segments of a directory path without the leading `.` and the empty tail: `./a/b/` → [a, b]. */
function segmentsOf(directory: string): string[] {
  return directory.split('/').slice(1, -1);
}

function depthOf(segments: string[]): number {
  const first = segments.findIndex((s) => TEST_SEGMENTS.has(s));
  return first < 0 ? 0 : segments.length - 1 - first;
}

/**
 * One row per distinct directory that directly holds a test-path file (of any extension),
 * parents before children. A directory with no files of its own gets no row, so its children
 * attach to the nearest ancestor that has one; separate `__test__` trees never adopt each other
 * because an ancestor outside a test tree is never a row.
 */
export function deriveTestDirectories(testFilePaths: Iterable<string>): TestDirectoryRow[] {
  const directories = new Set<string>();
  for (const p of testFilePaths) directories.add(testDirectoryOf(p));

  const rows: Array<TestDirectoryRow & { level: number }> = [];
  for (const path of directories) {
    const segments = segmentsOf(path);
    let parentPath: string | null = null;
    for (let n = segments.length - 1; n >= 1; n--) {
      const candidate = `./${segments.slice(0, n).join('/')}/`;
      if (directories.has(candidate)) {
        parentPath = candidate;
        break;
      }
    }
    rows.push({ path, parentPath, depth: depthOf(segments), level: segments.length });
  }
  // Shallow first, so every parent row precedes its children; then by path for a stable order.
  rows.sort((a, b) => a.level - b.level || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return rows.map(({ path, parentPath, depth }) => ({ path, parentPath, depth }));
}
