/**
 * Entry point of the Action's post step (`dist/action-post/index.js`): removes the temporary
 * files the main step recorded in its state (inline PEM certificates and keys), also when the
 * main step was cancelled or killed before it could remove them itself.
 */
import { STATE_TEMP_DIRS, removeRecordedDirs } from './temp-files';
import * as core from './workflow';

for (const dir of removeRecordedDirs(core.getState(STATE_TEMP_DIRS))) {
  core.info(`Removed ${dir}`);
}
