import { REUSE_MARGIN_MS, TokenCache, tokenKey } from './token-cache';

function mintCounter(lifetimeMs: number, clock: { now: number }) {
  let n = 0;
  const mint = async () => {
    n++;
    await new Promise((r) => setTimeout(r, 5));
    return { token: `token-${n}`, expiresAt: clock.now + lifetimeMs };
  };
  return { mint, count: () => n };
}

describe('TokenCache', () => {
  it('mints once for concurrent callers and reuses the token while it is valid', async () => {
    const clock = { now: 1_000_000 };
    const cache = new TokenCache(() => clock.now);
    const m = mintCounter(3_600_000, clock);
    const first = await Promise.all(Array.from({ length: 8 }, () => cache.get('k', m.mint)));
    expect(first).toEqual(Array(8).fill('token-1'));
    clock.now += 3_600_000 - REUSE_MARGIN_MS - 1;
    expect(await cache.get('k', m.mint)).toBe('token-1');
    expect(m.count()).toBe(1);
  });

  it('mints a new token once the cached one expires (or is within the margin of expiring)', async () => {
    const clock = { now: 0 };
    const cache = new TokenCache(() => clock.now);
    const m = mintCounter(900_000, clock);
    expect(await cache.get('k', m.mint)).toBe('token-1');
    clock.now += 900_000 - REUSE_MARGIN_MS;
    expect(await cache.get('k', m.mint)).toBe('token-2');
    clock.now += 900_001;
    expect(await cache.get('k', m.mint)).toBe('token-3');
    expect(m.count()).toBe(3);
  });

  it('keeps one token per key: another host, user or identity mints its own', async () => {
    const clock = { now: 0 };
    const cache = new TokenCache(() => clock.now);
    const m = mintCounter(3_600_000, clock);
    const a = tokenKey(['azure', 'db1.example', 5432, 'deployer']);
    const b = tokenKey(['azure', 'db2.example', 5432, 'deployer']);
    const c = tokenKey(['azure', 'db1.example', 5432, 'other']);
    expect(await cache.get(a, m.mint)).toBe('token-1');
    expect(await cache.get(b, m.mint)).toBe('token-2');
    expect(await cache.get(c, m.mint)).toBe('token-3');
    expect(await cache.get(a, m.mint)).toBe('token-1');
  });

  it('a failed mint is not cached: every waiter sees the error, the next call asks again', async () => {
    const cache = new TokenCache(() => 0);
    let calls = 0;
    const failing = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      throw new Error('identity endpoint down');
    };
    const results = await Promise.allSettled([cache.get('k', failing), cache.get('k', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(calls).toBe(1);
    expect(await cache.get('k', async () => ({ token: 'ok', expiresAt: 3_600_000 }))).toBe('ok');
  });

  it('keys hold no secret as text', () => {
    const key = tokenKey(['azure', 'h', 5432, 'u', 'tenant', 'client', 'Canary-Secret-1234']);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('Canary');
  });
});
