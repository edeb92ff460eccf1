/**
 * Deadline and cancellation for one engine run: `--timeout` and the front door's signal
 * (SIGINT/SIGTERM) become one AbortSignal whose reason is the PgmiError that ends the run.
 */
import { InterruptedError, PgmiError, TimeoutError } from '../errors';

export class RunControl {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private readonly onExternalAbort: () => void;

  constructor(
    private readonly timeoutMs: number,
    private readonly external?: AbortSignal,
  ) {
    this.signal = this.controller.signal;
    this.onExternalAbort = () => this.abort(this.externalReason());
    if (external?.aborted) this.onExternalAbort();
    else external?.addEventListener('abort', this.onExternalAbort, { once: true });
    if (timeoutMs > 0) {
      this.timer = setTimeout(() => this.abort(this.timeoutError()), timeoutMs);
      this.timer.unref();
    }
  }

  private externalReason(): PgmiError {
    const r: unknown = this.external?.reason;
    return r instanceof PgmiError ? r : new InterruptedError('SIGINT');
  }

  private timeoutError(): TimeoutError {
    return new TimeoutError(
      `deployment exceeded --timeout ${formatMs(this.timeoutMs)} (context deadline exceeded)`,
      {
        hints: [
          'raise --timeout (0 disables it), or put statement limits in SQL with SET statement_timeout',
        ],
      },
    );
  }

  private abort(reason: PgmiError): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason);
  }

  /** The error that ended the run, if it was cut short. */
  get reason(): PgmiError | undefined {
    return this.signal.aborted ? (this.signal.reason as PgmiError) : undefined;
  }

  throwIfAborted(): void {
    if (this.signal.aborted) throw this.signal.reason as PgmiError;
  }

  /** Resolves after `ms`, or rejects with the abort reason as soon as the run is cancelled. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) return reject(this.signal.reason as PgmiError);
      const t = setTimeout(() => {
        this.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(t);
        reject(this.signal.reason as PgmiError);
      };
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.external?.removeEventListener('abort', this.onExternalAbort);
  }
}

export function formatMs(ms: number): string {
  if (ms % 3600000 === 0) return `${ms / 3600000}h`;
  if (ms % 60000 === 0) return `${ms / 60000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
