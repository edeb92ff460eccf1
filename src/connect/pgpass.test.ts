import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultPassfile, findPgpassPassword, parsePgpass, readPgpassFile } from './pgpass';

const target = { host: 'db.example.com', port: 5432, database: 'app', user: 'alice' };

describe('.pgpass parsing and matching (libpq rules)', () => {
  it('skips comments and short lines, unescapes \\: and \\\\', () => {
    const entries = parsePgpass(
      '# comment\n\nshort:line\nh\\:x:5432:d\\\\b:u:p\\:a\\\\ss\r\n*:*:*:*:rest:ignored\n',
    );
    expect(entries).toEqual([
      { host: 'h:x', port: '5432', database: 'd\\b', user: 'u', password: 'p:a\\ss' },
      { host: '*', port: '*', database: '*', user: '*', password: 'rest' },
    ]);
  });

  it('first matching line wins; * matches anything; port compared as text', () => {
    const entries = parsePgpass(
      [
        'other:5432:app:alice:no',
        'db.example.com:5433:app:alice:wrong-port',
        'db.example.com:5432:*:alice:first',
        '*:*:*:*:fallback',
      ].join('\n'),
    );
    expect(findPgpassPassword(entries, target)).toBe('first');
    expect(findPgpassPassword(entries, { ...target, user: 'bob' })).toBe('fallback');
    expect(findPgpassPassword(parsePgpass('db.example.com:05432:app:alice:x'), target)).toBe(
      undefined,
    );
  });

  it('a Unix-socket connection matches host localhost', () => {
    const entries = parsePgpass('localhost:5432:app:alice:sock');
    expect(findPgpassPassword(entries, { ...target, host: '/var/run/postgresql' })).toBe('sock');
  });

  it('location: PGPASSFILE, else ~/.pgpass', () => {
    expect(defaultPassfile({ PGPASSFILE: '/x/pw' }, '/home/a')).toBe('/x/pw');
    if (process.platform !== 'win32')
      expect(defaultPassfile({}, '/home/a')).toBe('/home/a/.pgpass');
  });

  it("a group/world-readable file is ignored with libpq's warning; 0600 is read; missing is silent", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-pgpass-'));
    const file = path.join(dir, 'pgpass');
    writeFileSync(file, '*:*:*:*:secret\n');
    chmodSync(file, 0o644);
    const warnings: string[] = [];
    expect(readPgpassFile(file, (w) => warnings.push(w))).toEqual([]);
    expect(warnings).toEqual([
      `WARNING: password file "${file}" has group or world access; permissions should be u=rw (0600) or less`,
    ]);
    chmodSync(file, 0o600);
    expect(readPgpassFile(file, (w) => warnings.push(w))).toHaveLength(1);
    expect(readPgpassFile(path.join(dir, 'missing'), (w) => warnings.push(w))).toEqual([]);
    expect(warnings).toHaveLength(1);
  });
});
