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

/** A short reason from a network failure (`connect ECONNREFUSED 127.0.0.1:9`, `timed out`). */
export function networkReason(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
    return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  }
  const cause = err instanceof Error ? (err.cause as Error | undefined) : undefined;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (cause?.message)
    return code && !cause.message.includes(code) ? `${code}: ${cause.message}` : cause.message;
  return err instanceof Error ? err.message : String(err);
}
