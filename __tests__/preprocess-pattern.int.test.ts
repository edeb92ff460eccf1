/**
 * The offline regex check (decisions.md 2) against the real server: it may miss invalid
 * patterns, but it must never reject one PostgreSQL accepts, and when it rejects, PostgreSQL
 * rejects for the same reason.
 */
import pg from 'pg';
import { checkPosixPattern } from '../src/engine/preprocess';
import { createTestDatabase, dropTestDatabase, urlFor } from './helpers/db';

const PATTERNS = [
  // valid
  '',
  'NULL',
  '.*',
  '.*/passing/.*',
  './users/.*',
  '^\\./__test__/',
  '\\.sql$',
  'a*?',
  'a??',
  'a{2}?',
  'a{255}',
  'a{,3}',
  '{',
  '{a',
  'a{',
  'x{}',
  'a{ 1}',
  ']',
  '}',
  '[]a]',
  '[^]a]',
  '[\\]]',
  '[[:alpha:](]',
  '[[.a.]]',
  '[[=a=]]',
  '[a[b]',
  '()',
  '()*',
  '(?:a)*',
  '(a|)',
  'a||b',
  '|a',
  '(?i)abc',
  '(?x)a # (',
  '(?q)(',
  '(?b)*a',
  '***=(',
  '***:abc',
  'a(?#c)b',
  '(?<=a)b',
  '(a)\\1',
  '\\d+',
  '\\b*',
  '\\(',
  '[(]',
  'é+',
  '😀*',
  '(?n)^a$',
  'a{02}',
  '[a-]',
  '\\x41',
  '\\0',
  // invalid, and caught
  '(',
  ')',
  'a)',
  'x(?:',
  '[abc',
  '[]',
  '[^]',
  '[[:alpha:]',
  '[[:a]]',
  '[a\\]',
  '*abc',
  '+a',
  '?a',
  '{1}',
  './users/**',
  'a**',
  'a+*',
  'a???',
  'a*??',
  'a{2}*',
  '(*a)',
  'a|*b',
  '^*',
  '$*',
  '(?=a)*',
  'x\\A*',
  '\\y*',
  'a(?i)b',
  '(?i)*a',
  '(?#c)*',
  'a\\',
  '[\\',
  'a{1',
  'a{1,2',
  'a{3,2}',
  'a{256}',
  'a{0,256}',
  'a{1x}',
  '***:(',
  '(?<a)',
  '{1,2}',
  'a^*',
  '(?)a',
  // invalid, but beyond this check (allowed to pass offline; the server reports them)
  '[z-a]',
  '[[:foo:]]',
  '\\q',
  '\\1',
  '(?z)a',
  '\\u',
];

const MUST_CATCH = ['(', './users/**', '*abc', 'a**', '[abc'];

describe('checkPosixPattern against PostgreSQL', () => {
  let db: string;
  let client: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase('pattern');
    client = new pg.Client({ connectionString: urlFor(db) });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await dropTestDatabase(db);
  });

  async function serverVerdict(pattern: string): Promise<string | undefined> {
    try {
      await client.query("SELECT 'x' ~ $1", [pattern]);
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  }

  it('core#69: never rejects a pattern PostgreSQL accepts; agrees on the reason when rejecting', async () => {
    expect(PATTERNS.length).toBeGreaterThanOrEqual(40);
    let caught = 0;
    let invalid = 0;
    for (const pattern of PATTERNS) {
      const server = await serverVerdict(pattern);
      const offline = checkPosixPattern(pattern);
      if (server === undefined) {
        expect({ pattern, offline }).toEqual({ pattern, offline: undefined });
      } else {
        invalid++;
        if (offline !== undefined) {
          caught++;
          expect({ pattern, server }).toEqual({
            pattern,
            server: `invalid regular expression: ${offline}`,
          });
        }
      }
    }
    // The list exercises both sides, and the check catches most of the invalid patterns.
    expect(invalid).toBeGreaterThan(40);
    expect(caught).toBeGreaterThanOrEqual(invalid - 6);
  });

  it.each(MUST_CATCH)('catches %j, which PostgreSQL rejects', async (pattern) => {
    expect(await serverVerdict(pattern)).toMatch(/^invalid regular expression: /);
    expect(checkPosixPattern(pattern)).toBeDefined();
  });
});
