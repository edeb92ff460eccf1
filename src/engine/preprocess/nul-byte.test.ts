import { ConfigError, exitCodeFor } from '../errors';
import { assertNoNulByte } from './nul-byte';

describe('assertNoNulByte', () => {
  it('gh-10: passes text without NUL', () => {
    expect(() => assertNoNulByte('SELECT 1;\n')).not.toThrow();
  });

  it('gh-10: names deploy.sql, the byte offset, line and column of the first NUL', () => {
    let thrown: unknown;
    try {
      assertNoNulByte('SELECT 1;\n-- é\nSELECT \0 2;\0');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect(exitCodeFor(thrown)).toBe(10);
    // "SELECT 1;\n" 10 bytes, "-- é\n" 6 bytes, "SELECT " 7 bytes.
    expect((thrown as Error).message).toBe(
      'invalid configuration: deploy.sql contains a NUL byte at offset 23 (line 3, column 8); PostgreSQL cannot receive one in SQL text — remove it',
    );
    expect((thrown as ConfigError).failedFile).toBe('deploy.sql');
  });
});
