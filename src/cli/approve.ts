/**
 * Confirmation of `--overwrite` at a terminal: type the database name, or with `--force` a
 * five-second countdown that Ctrl-C aborts. Outside a terminal the engine's non-interactive
 * policy applies (`--force` proceeds, anything else is refused at once, exit 12).
 */
import { createInterface } from 'node:readline';
import { nonInteractiveApprover } from '../engine/approver';
import { ApprovalDeniedError } from '../engine/errors';
import type { Approver } from '../engine/options';

export function isInteractive(env: Record<string, string | undefined>): boolean {
  return (
    env.PGMI_NON_INTERACTIVE !== '1' && !env.CI && !!process.stdin.isTTY && !!process.stdout.isTTY
  );
}

function readLine(signal: AbortSignal): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: process.stdin, terminal: false });
    let done = false;
    const finish = (v: string | null) => {
      if (done) return;
      done = true;
      rl.close();
      resolve(v);
    };
    rl.once('line', (l) => finish(l));
    rl.once('close', () => finish(null));
    signal.addEventListener(
      'abort',
      () => {
        done = true;
        rl.close();
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

export function terminalApprover(
  env: Record<string, string | undefined>,
  write: (s: string) => void,
): Approver {
  if (!isInteractive(env)) return nonInteractiveApprover;
  return async ({ database, force, signal }) => {
    const name = JSON.stringify(database);
    if (force) {
      if (!env.PGMI_NO_BANNER) {
        write(
          `\n  !!!  DANGER  !!!\n  --overwrite --force will DROP DATABASE ${name} and every object in it.\n\n`,
        );
      }
      for (let n = 5; n > 0; n--) {
        write(`\r--force: DROP DATABASE ${name} in ${n}s. Ctrl-C aborts.`);
        await new Promise<void>((resolve, reject) => {
          const t = setTimeout(resolve, 1000);
          signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), {
            once: true,
          });
        });
      }
      write(`\r--force: DROP DATABASE ${name} now.              \n`);
      return;
    }
    write(`WARNING: about to DROP and RECREATE database ${name}. This deletes all data.\n`);
    write('Type the database name to confirm: ');
    const answer = await readLine(signal);
    if (answer === null) {
      throw new ApprovalDeniedError(
        'approval denied: No input available. Use --force to bypass confirmation in non-interactive mode.',
      );
    }
    if (answer.trim() !== database) {
      throw new ApprovalDeniedError(
        `approval denied: ${JSON.stringify(answer.trim())} does not match ${name}. Cancelled.`,
      );
    }
    write('Confirmed.\n');
  };
}
