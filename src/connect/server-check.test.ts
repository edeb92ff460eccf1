import { ConfigError, ConnectionError, exitCodeFor } from '../engine/errors';
import { interpretCompatibility, type CompatibilityRow } from './server-check';

const row = (over: Partial<CompatibilityRow>): CompatibilityRow => ({
  version: 'PostgreSQL 17.10 on x86_64-pc-linux-gnu, compiled by gcc',
  database: 'app',
  user: 'u',
  pid: 42,
  address: '127.0.0.1/32',
  port: 5432,
  version_num: 170010,
  ...over,
});

describe('compatibility check', () => {
  it('returns ServerInfo for PostgreSQL 11+', () => {
    expect(interpretCompatibility(row({}), 'h:5432')).toMatchObject({
      version: '17.10',
      versionNum: 170010,
      database: 'app',
      user: 'u',
      backendPid: 42,
    });
    expect(
      interpretCompatibility(
        row({ version: 'PostgreSQL 11.2-YB-2.20 on x86_64', version_num: 110002 }),
        'h',
      ).version,
    ).toBe('11.2');
  });

  it('core#36: a server older than 11 is a ConfigError (exit 10) naming its version', () => {
    let err: unknown;
    try {
      interpretCompatibility(
        row({ version: 'PostgreSQL 10.23 on x86_64', version_num: 100023 }),
        'h',
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(exitCodeFor(err)).toBe(10);
    expect((err as Error).message).toBe(
      'invalid configuration: this server reports PostgreSQL 10.23, and pgmi requires 11 or newer',
    );
  });

  it('a peer that is not PostgreSQL is exit 11 and says what it found', () => {
    let err: unknown;
    try {
      interpretCompatibility(
        row({ version: 'CockroachDB CCL v23.1.11 (x86_64-pc-linux-gnu)' }),
        'h:26257',
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as Error).message).toBe(
      'the server at h:26257 is not PostgreSQL: version() reports "CockroachDB CCL v23.1.11 (x86_64-pc-linux-gnu)"',
    );
  });
});
