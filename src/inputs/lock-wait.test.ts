import { exitCodeFor } from '../engine/errors';
import { parsePgmiYaml } from '../engine/project/config';
import { resolveLockWait } from './lock-wait';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return { code: exitCodeFor(e), message: (e as Error).message };
  }
  throw new Error('no error');
};

describe('gh-10: --lock-wait / lock-wait / pgmi.yaml lock_wait', () => {
  it('default 0; the flag wins over pgmi.yaml; Go durations', () => {
    expect(resolveLockWait({})).toBe(0);
    expect(resolveLockWait({ yaml: '90s' })).toBe(90_000);
    expect(resolveLockWait({ flag: '1m', yaml: 'not a duration' })).toBe(60_000);
    expect(resolveLockWait({ flag: '', yaml: '2m' })).toBe(120_000);
  });

  it('a bad flag is a usage error (2); a bad pgmi.yaml value a config error (10) naming lock_wait', () => {
    expect(codeOf(() => resolveLockWait({ flag: 'soon' }))).toMatchObject({
      code: 2,
      message: expect.stringContaining('"--lock-wait"'),
    });
    expect(codeOf(() => resolveLockWait({ yaml: 'soon' }))).toMatchObject({
      code: 10,
      message: expect.stringContaining('invalid lock_wait in pgmi.yaml'),
    });
  });

  it('pgmi.yaml knows lock_wait', () => {
    expect(parsePgmiYaml('lock_wait: 5m\n', 'pgmi.yaml')).toEqual({ lockWait: '5m' });
  });
});
