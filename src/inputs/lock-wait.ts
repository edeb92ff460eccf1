/**
 * `--lock-wait` (Action input `lock-wait`, pgmi.yaml `lock_wait`): how long a deploy queues
 * behind a concurrent one for the deploy lock. An explicit value wins; pgmi.yaml's is only
 * parsed when there is none; the default 0 keeps exit 15 at once.
 */
import { ConfigError, UsageError } from '../engine/errors';
import { parseDuration } from '../engine/project/duration';

export function resolveLockWait(input: { flag?: string; yaml?: string }): number {
  let ms = 0;
  if (input.flag !== undefined && input.flag !== '') {
    try {
      ms = parseDuration(input.flag);
    } catch (err) {
      throw new UsageError(
        `invalid argument ${JSON.stringify(input.flag)} for "--lock-wait" flag: ${(err as Error).message}`,
        { cause: err },
      );
    }
  } else if (input.yaml !== undefined && input.yaml !== '') {
    try {
      ms = parseDuration(input.yaml);
    } catch (err) {
      throw new ConfigError(
        `invalid configuration: invalid lock_wait in pgmi.yaml: ${(err as Error).message}`,
        { cause: err, hints: ['Use a Go duration such as 30s or 5m (0 = do not wait).'] },
      );
    }
  }
  if (ms < 0) throw new ConfigError('invalid configuration: lock wait cannot be negative');
  return Math.round(ms);
}
