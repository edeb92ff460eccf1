/**
 * The Action's post step: removes the temporary files the main step recorded in its state (inline
 * PEM certificates and keys), also when the main step was cancelled or killed before it could
 * remove them itself. `dist/action-post/index.js` runs it (post-index.ts); hosts that import this
 * module call `run()` (as @github/local-action does with `--post`).
 */
import { STATE_TEMP_DIRS, removeRecordedDirs } from './temp-files';
import * as core from './workflow';

export function cleanUp(): void {
  for (const dir of removeRecordedDirs(core.getState(STATE_TEMP_DIRS))) {
    core.info(`Removed ${dir}`);
  }
}

/** The entry for hosts that call `run()`: their @actions/core holds the main step's state. */
export async function run(): Promise<void> {
  await core.useHostToolkit();
  cleanUp();
}
