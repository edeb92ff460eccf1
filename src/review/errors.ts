/** Why a review comment could not be posted: a warning for the user, never a failed deploy. */
export class ReviewPostError extends Error {
  /** HTTP status, when the API answered. */
  readonly status?: number;
  override readonly name = 'ReviewPostError';
  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.status = options.status;
  }

  /** The token may not write comments (fork pull requests, missing permission or scope). */
  get forbidden(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** Bounds every API call: a silent server must not hold the deploy's result back for long. */
export const REQUEST_TIMEOUT_MS = 20_000;

/**
 * A short reason from a network failure (`connect ECONNREFUSED 127.0.0.1:9`, `no answer within
 * 20 s`). fetch and octokit wrap the socket error once or twice (`fetch failed`), and a refused
 * connection to a name with several addresses is an AggregateError: walk down to the cause.
 */
export function networkReason(err: unknown): string {
  let reason = err instanceof Error ? err.message : String(err);
  let e: unknown = err;
  for (let depth = 0; e instanceof Error && depth < 6; depth++) {
    if (e.name === 'TimeoutError' || e.name === 'AbortError') {
      return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code)) {
      return e.message && e.message.includes(code)
        ? e.message
        : `${code}${e.message ? `: ${e.message}` : ''}`;
    }
    if (e.message) reason = e.message;
    e = e instanceof AggregateError && e.errors.length ? e.errors[0] : e.cause;
  }
  return reason;
}
