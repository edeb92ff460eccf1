/**
 * `--lock-wait` (Action input `lock-wait`, pgmi.yaml `lock_wait`): how long a deploy queues
 * behind a concurrent one for the deploy lock. An explicit value wins; pgmi.yaml's is only
 * parsed when there is none; the default 0 keeps exit 15 at once.
 */
import { resolveDurationSetting } from '../engine/project/duration';

export function resolveLockWait(input: { flag?: string; yaml?: string }): number {
  const ms = resolveDurationSetting(input, {
    flag: '--lock-wait',
    yamlKey: 'lock_wait',
    what: 'lock wait',
    hint: '30s or 5m (0 = do not wait)',
    defaultMs: 0,
    emptyFlagIsAbsent: true,
  });
  return Math.round(ms);
}
