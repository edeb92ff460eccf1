import { redact } from '../engine/redact';
import { checkTargets, commaList, listLines, parseShard, shardTargets } from './targets';

const names = (n: number) =>
  Array.from({ length: n }, (_, i) => `tenant_${String(i + 1).padStart(3, '0')}`);

describe('target lists', () => {
  it('lines: comments and blanks dropped, trimmed; comma lists split', () => {
    expect(listLines('# tenants\n a \n\nb # legacy\r\nc\n')).toEqual(['a', 'b', 'c']);
    expect(commaList(' a, b ,,c ')).toEqual(['a', 'b', 'c']);
  });

  it('numbers targets in list order; connection strings named by server and database', () => {
    const t = checkTargets(['a', 'postgresql://u:pw12345@h1:5433/b'], { label: 'list' });
    expect(t).toEqual([
      { name: 'a', database: 'a', position: 1 },
      {
        name: 'h1:5433/b',
        database: 'b',
        connection: 'postgresql://u:pw12345@h1:5433/b',
        position: 2,
      },
    ]);
    // The listed password is now redacted wherever it would be printed.
    expect(redact('token pw12345 here')).toBe('token [redacted] here');
  });

  it('empty, duplicate, over-long: exit 10, every problem at once, no secret quoted', () => {
    expect(() => checkTargets([], { label: '--targets' })).toThrow(
      '--targets: the target list is empty',
    );
    let err: unknown;
    try {
      checkTargets(['a', 'a', 'x'.repeat(64), 'postgresql://u:hunter22@h/'], { label: 'L' });
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ exitCode: 10 });
    const msg = (err as Error).message;
    expect(msg).toContain('L entry 2: duplicate target "a" (same as entry 1)');
    expect(msg).toContain('L entry 3: database name longer than 63 bytes');
    expect(msg).toContain('L entry 4: connection string names no database');
    expect(msg).not.toContain('hunter22');
  });
});

describe('--shard', () => {
  it('parses I/N and rejects the rest naming the flag', () => {
    expect(parseShard('2/4', '--shard')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '2'])
      expect(() => parseShard(bad, '--shard')).toThrow(
        `--shard ${JSON.stringify(bad)}: expected I/N`,
      );
  });

  it('covers the list exactly once, sizes within one, independent of list order', () => {
    const list = checkTargets(names(100), { label: 'L' });
    const reversed = checkTargets([...names(100)].reverse(), { label: 'L' });
    const seen: string[] = [];
    for (let i = 1; i <= 7; i++) {
      const mine = shardTargets(list, { index: i, count: 7 }).map((t) => t.name);
      expect(mine.length === 14 || mine.length === 15).toBe(true);
      // List order kept inside a shard.
      expect(mine).toEqual([...mine].sort());
      expect(
        shardTargets(reversed, { index: i, count: 7 })
          .map((t) => t.name)
          .sort(),
      ).toEqual(mine);
      seen.push(...mine);
    }
    expect(seen.sort()).toEqual(names(100));
  });
});
