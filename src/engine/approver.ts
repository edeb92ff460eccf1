/**
 * The engine's approval policy outside a terminal, in a module of its own: front doors that only
 * ask whether they run at a terminal (the pager, `pgmi info`) must not load the deploy engine and
 * its driver with it.
 */
import { ApprovalDeniedError } from './errors';
import type { Approver } from './options';

/** Default approval outside a terminal: `--force` proceeds at once, anything else is refused. */
export const nonInteractiveApprover: Approver = async ({ database, force, emit }) => {
  if (force) {
    emit({
      type: 'progress',
      message: `--force: dropping and recreating ${JSON.stringify(database)}`,
      elapsedMs: 0,
    });
    return;
  }
  throw new ApprovalDeniedError(
    `approval denied: --overwrite must be confirmed at a terminal, and this is not one; pass --force to drop and recreate ${JSON.stringify(database)} from a script or CI job`,
  );
};
