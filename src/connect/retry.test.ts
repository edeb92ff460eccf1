import { backoffDelay, isTransient, isTransientSqlState, nextDelay, sleep } from './retry';

function pgError(code: string): Error {
  return Object.assign(new Error(`server says ${code}`), { code, severity: 'FATAL' });
}
function sysError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe('retry policy (connections.md §9.1)', () => {
  it('transient SQLSTATEs: classes 08, 53, 57 except 57014/57P04, plus 40001, 40P01, 55P03', () => {
    for (const c of [
      '08006',
      '08001',
      '53300',
      '53200',
      '57P03',
      '57P01',
      '40001',
      '40P01',
      '55P03',
    ]) {
      expect([c, isTransientSqlState(c)]).toEqual([c, true]);
    }
    for (const c of ['57014', '57P04', '28P01', '28000', '3D000', '42501', '42601']) {
      expect([c, isTransientSqlState(c)]).toEqual([c, false]);
    }
  });

  it('the SQLSTATE decides over the text; socket codes and texts otherwise', () => {
    expect(isTransient(pgError('28P01'))).toBe(false);
    expect(isTransient(Object.assign(pgError('28000'), { message: 'connection refused' }))).toBe(
      false,
    );
    expect(isTransient(pgError('57P03'))).toBe(true);
    for (const c of ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'EAI_AGAIN']) {
      expect(isTransient(sysError(c))).toBe(true);
    }
    expect(isTransient(sysError('ENOTFOUND', 'getaddrinfo ENOTFOUND nonexistent.invalid'))).toBe(
      false,
    );
    expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransient(new Error('timeout expired'))).toBe(true);
    expect(isTransient(new Error('sorry, too many connections already'))).toBe(true);
    expect(isTransient(sysError('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'))).toBe(
      false,
    );
    expect(isTransient('a string')).toBe(false);
  });

  it('delays 100/200/400 ms ±10 %, capped', () => {
    expect(backoffDelay(0, () => 0)).toBeCloseTo(90);
    expect(backoffDelay(0, () => 0.9999)).toBeCloseTo(110, 0);
    expect(backoffDelay(1, () => 0.5)).toBeCloseTo(200);
    expect(backoffDelay(2, () => 0.5)).toBeCloseTo(400);
    expect(backoffDelay(30, () => 0.5)).toBeCloseTo(60_000);
  });

  it('3 retries, then give up unless --wait has time left (polling at most every second)', () => {
    const mid = () => 0.5;
    const s = { failures: 0, startedAt: 0 };
    const seq: Array<number | undefined> = [];
    for (let i = 0; i < 5; i++) {
      s.failures++;
      seq.push(nextDelay(s, 0, 10, mid));
    }
    expect(seq).toEqual([100, 200, 400, undefined, undefined]);
    const w = { failures: 4, startedAt: 0 };
    expect(nextDelay(w, 10_000, 1_000, mid)).toBe(800);
    expect(nextDelay({ failures: 6, startedAt: 0 }, 10_000, 1_000, mid)).toBe(1_000);
    expect(nextDelay(w, 10_000, 9_500, mid)).toBe(500);
    expect(nextDelay(w, 10_000, 10_000, mid)).toBeUndefined();
  });

  it('sleep stops at once when the signal aborts, with its reason', async () => {
    const ac = new AbortController();
    const t0 = Date.now();
    const p = sleep(10_000, ac.signal);
    setTimeout(() => ac.abort(new Error('stop')), 20);
    await expect(p).rejects.toThrow('stop');
    expect(Date.now() - t0).toBeLessThan(2_000);
  });
});
