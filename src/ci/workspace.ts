/**
 * Project files as a CI system's reports name them: relative to its workspace (GITHUB_WORKSPACE,
 * CI_PROJECT_DIR, BUILD_SOURCESDIRECTORY: the repository checkout), so that the JUnit report, the
 * annotations and the Code Quality report all say `db/__test__/x.sql` for the same file.
 */
import { repoPath } from './findings';

/**
 * A mapping from project files (`./__test__/x.sql`) to workspace paths, or undefined where there
 * is no workspace (outside CI: files stay as the project names them). A file outside the
 * workspace keeps its absolute path.
 */
export function workspaceFileOf(
  workspace: string | undefined,
  projectPath: string,
  cwd = process.cwd(),
): ((projectFile: string) => string) | undefined {
  if (!workspace) return undefined;
  return (file) => repoPath(workspace, cwd, projectPath, file);
}
