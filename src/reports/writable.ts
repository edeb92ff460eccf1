/**
 * Report files are checked before anything connects: a path that cannot be written is a
 * configuration error (exit 10) naming the flag, input or variable, and nothing is deployed, rather
 * than a warning after a deploy that already happened.
 */
import { accessSync, constants, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../engine/errors';

/** A report path that cannot be written: found before connecting, so nothing is deployed. */
export class ReportPathError extends ConfigError {
  constructor(
    message: string,
    /** The absolute path that cannot be written. */
    readonly file: string,
  ) {
    super(message);
  }
}

function statOf(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Checks that each `[what, file]` can be written: the file is not a directory and is writable, or
 * the nearest existing ancestor is a writable directory (the missing ones are created when the
 * report is written). Nothing is created here. `what` names the setting in the message
 * (`--junit-report`, `input "junit-report"`, `PGMI_GITLAB_DOTENV`).
 */
export function checkWritablePaths(
  wanted: ReadonlyArray<readonly [what: string, file: string]>,
  cwd = process.cwd(),
): void {
  for (const [what, file] of wanted) {
    const full = path.resolve(cwd, file);
    const fail = (why: string) => {
      throw new ReportPathError(
        `invalid configuration: ${what}: cannot write ${JSON.stringify(file)}: ${why}`,
        full,
      );
    };
    const st = statOf(full);
    if (st) {
      if (st.isDirectory()) fail('it is a directory');
      try {
        accessSync(full, constants.W_OK);
      } catch {
        fail('the file is not writable');
      }
      continue;
    }
    let dir = path.dirname(full);
    let dst = statOf(dir);
    while (!dst && path.dirname(dir) !== dir) {
      dir = path.dirname(dir);
      dst = statOf(dir);
    }
    if (dst && !dst.isDirectory()) fail(`${dir} is not a directory`);
    try {
      accessSync(dir, constants.W_OK | constants.X_OK);
    } catch {
      fail(`the directory ${dir} is not writable`);
    }
  }
}
