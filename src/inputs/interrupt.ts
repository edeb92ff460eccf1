/**
 * Ctrl-C and SIGTERM during a deploy, the same for every front door that runs in a process of
 * its own: cancel the running statement (the engine rolls back an open head) and end with 130 /
 * 143 — even when the engine had already finished, as upstream does.
 */
import { InterruptedError } from '../engine/errors';
import type { DeployResult } from '../engine/events';

type Sig = 'SIGINT' | 'SIGTERM';

export interface Interrupt {
  /** Pass to the engine (`DeployDeps.signal`). */
  readonly signal: AbortSignal;
  /** Stops listening for signals. */
  dispose(): void;
  /** The result and exit code to report, a received signal winning over the engine's outcome. */
  settle(result: DeployResult): { result: DeployResult; exitCode: number };
}

export function interruptOnSignals(opts: {
  announce: (line: string) => void;
  /** A second signal while cancelling (the CLI exits at once; the Action lets the runner decide). */
  onRepeat?: (sig: Sig) => void;
}): Interrupt {
  const controller = new AbortController();
  let received: Sig | undefined;
  const onSignal = (sig: Sig) => {
    if (received) return opts.onRepeat?.(sig);
    received = sig;
    opts.announce('pgmi: interrupted, cancelling deployment...');
    controller.abort(new InterruptedError(sig));
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
    settle(result) {
      if (!received) return { result, exitCode: result.exitCode };
      const error = new InterruptedError(received);
      const settled =
        result.status !== 'failed' ? { ...result, status: 'failed' as const, error } : result;
      return { result: settled, exitCode: error.exitCode };
    },
  };
}
