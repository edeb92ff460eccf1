// The parsers `npm run fuzz` drives, each with the error classes it may throw (anything else is a
// crash), where its seed inputs come from, and cheap invariants checked on every result.
// Loaded inside the fuzz worker after the TypeScript hooks are registered, so the sources run as
// they are — no build needed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const CORPUS = path.join(ROOT, 'scripts', 'fuzz-corpus');

const src = (p) => import(path.join(ROOT, 'src', p));

/** Every file under `dirs` (relative to the repository) whose name passes `keep`. */
function filesUnder(dirs, keep) {
  const out = [];
  const walk = (dir) => {
    let names;
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (name === 'node_modules' || name === '.git' || name === 'dist') continue;
      const full = path.join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(full);
      else if (st.isFile() && st.size < 256 * 1024 && keep(name, full)) out.push(full);
    }
  };
  for (const d of dirs) walk(path.join(ROOT, d));
  return out;
}

const read = (files) => files.map((f) => readFileSync(f, 'utf8'));
const SOURCES = ['templates', 'examples', '__tests__', 'src'];

/** String literals of the repository's tests that match `pattern` (test fixtures as seeds). */
function testStrings(pattern) {
  const out = new Set();
  for (const text of read(filesUnder(['__tests__', 'src'], (n) => n.endsWith('.test.ts')))) {
    for (const m of text.matchAll(pattern)) out.add(m[1] ?? m[0]);
  }
  return [...out];
}

/** Corpus files of a target: the committed regression inputs. */
export function corpusOf(name) {
  const dir = path.join(CORPUS, name);
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.map((n) => ({ name: n, input: readFileSync(path.join(dir, n), 'utf8') }));
}

function check(cond, what) {
  if (!cond) throw new InvariantError(what);
}

/** A broken invariant: reported like a crash. */
export class InvariantError extends Error {}

/**
 * Builds the target list. Each target: `name`, `seeds` (strings), `tokens` (fragments the
 * mutator inserts), `run(input)` and `allowed` (the module's own error classes).
 */
export async function loadTargets() {
  const { maskSql } = await src('engine/preprocess/mask.ts');
  const { splitUnits, forEachStatement } = await src('engine/preprocess/split.ts');
  const { scanSql } = await src('engine/preprocess/sql-scan.ts');
  const { findMacros, expandMacros } = await src('engine/preprocess/macros.ts');
  const { checkPosixPattern } = await src('engine/preprocess/pattern-check.ts');
  const { validateCallbackName } = await src('engine/preprocess/callback-name.ts');
  const { locateInText } = await src('engine/preprocess/locate.ts');
  const { assertNoNulByte } = await src('engine/preprocess/nul-byte.ts');
  const { lexSql } = await src('engine/project/sql-lexer.ts');
  const { parseConnectionString, ConnectionStringError } = await src(
    'connect/connection-string.ts',
  );
  const { parsePgpass, findPgpassPassword } = await src('connect/pgpass.ts');
  const { parseDotenv, DotenvSyntaxError } = await src('engine/project/dotenv.ts');
  const { parseParamsFile, parseParamArg, mergeParams } = await src('engine/project/params.ts');
  const { parsePgmiYaml } = await src('engine/project/config.ts');
  const { parseMetadata, loadMetadataParser } = await src('engine/project/metadata.ts');
  await loadMetadataParser();
  const { PgmiDigester, pgmiChecksumSimple } = await src('engine/project/checksum.ts');
  const { statementByteEnds, StatementEndsJob } = await src('engine/preprocess/statements.ts');
  const { parseDuration, resolveTimeout, InvalidDurationError } = await src(
    'engine/project/duration.ts',
  );
  const { ConfigError, UsageError } = await src('engine/errors.ts');

  const sqlFiles = read(filesUnder(SOURCES, (n) => n.endsWith('.sql')));
  const SQL_TOKENS = [
    ';',
    "'",
    '"',
    '$$',
    '$a$',
    '$_b$',
    '--',
    '\n',
    '\r\n',
    '/*',
    '*/',
    '(',
    ')',
    "E'",
    "\\'",
    'BEGIN',
    'COMMIT',
    'ROLLBACK',
    'END',
    'BEGIN ATOMIC',
    'CASE',
    'AND CHAIN',
    'COMMIT PREPARED',
    'DO $$',
    'AS $$',
    'CALL pgmi_test(',
    "CALL pgmi_test('x', 'pg_temp.cb');",
    ' ',
    '\t',
    '\0',
    '\uD800',
    '\uDC00',
    '😀',
    'é',
    '\u00a0',
  ];

  const sql = {
    name: 'sql',
    seeds: sqlFiles,
    tokens: SQL_TOKENS,
    allowed: [],
    run(input) {
      const mask = maskSql(input);
      check(mask.length === input.length, 'maskSql keeps the length');
      const units = splitUnits(input);
      let prev = -1;
      for (const u of units) {
        check(u.offset > prev || (u.offset === 0 && prev === -1), 'units in order');
        check(input.slice(u.offset, u.offset + u.text.length) === u.text, 'unit text at offset');
        prev = u.offset;
      }
      if (input.length < 4096) {
        for (const u of units) {
          check(u.line === input.slice(0, u.offset).split('\n').length, 'unit line');
        }
      }
      let last = 0;
      scanSql(input, (s) => {
        check(s.start >= last && s.end > s.start && s.end <= input.length, 'special spans');
        last = s.end;
      });
      const bytes = Buffer.from(input, 'utf8');
      const out = new Uint8Array(bytes.length);
      check(lexSql(bytes, out, []) <= bytes.length, 'lexSql never grows');
      // The checksum as a deploy computes it (a block at a time, in one reused buffer), and the
      // same through the straightforward normalise-then-hash path: bit-identical.
      // Both lexers (WebAssembly, the default, and JavaScript), in ranges of 7 bytes and whole.
      const simple = pgmiChecksumSimple(bytes);
      for (const wasm of [true, false]) {
        const digester = new PgmiDigester({ block: 7, wasm });
        const job = digester.begin(bytes);
        while (!digester.step(job, 7));
        check(digester.finish(job) === simple, 'streamed pgmi_checksum = straightforward');
        check(
          new PgmiDigester({ wasm }).digest(bytes) === simple,
          'one-block pgmi_checksum = straightforward',
        );
      }
      // Statement ends found a few bytes at a time = found in one go = the tail splitter's
      // statements (over the mask, in characters) as UTF-8 byte offsets.
      const ends = new StatementEndsJob(bytes);
      while (!ends.step(3));
      const whole = statementByteEnds(bytes);
      check(
        JSON.stringify(ends.result()) === JSON.stringify(whole),
        'statement ends in slices = in one go',
      );
      if (!/atomic/i.test(input) && Buffer.from(input, 'utf8').toString('utf8') === input) {
        const tail = [];
        let chars = 0;
        let byteAt = 0;
        const rest = forEachStatement(mask, 0, (_s, end) => {
          byteAt += Buffer.byteLength(input.slice(chars, end));
          chars = end;
          tail.push(byteAt);
          return false;
        });
        // Trailing text counts when it is more than SQL's blanks (U+FEFF is not one).
        if (/[^ \t\n\r]/.test(mask.slice(rest))) tail.push(bytes.length);
        check(
          JSON.stringify(whole) === JSON.stringify(tail.length < 2 ? undefined : tail),
          'statement ends over bytes = the tail splitter over the mask',
        );
      }
      locateInText(input, 1 + (input.length >> 1));
    },
  };

  const macro = {
    name: 'macro',
    seeds: [
      ...sqlFiles.filter((s) => /pgmi_test/i.test(s)),
      "BEGIN;\nCALL pgmi_test();\nCALL pg_temp.pgmi_test('^./__test__/a', 'pg_temp.cb');\nCOMMIT;\n",
      "CALL pgmi_test(NULL, '');\nDO $$ BEGIN CALL pgmi_test(); END $$;",
      ...testStrings(/'((?:[^'\\\n]|\\.)*pgmi_test(?:[^'\\\n]|\\.)*)'/g),
    ],
    tokens: [...SQL_TOKENS, 'pgmi_test', 'pg_temp.', "'[a-z'", "'(?<x>y)'", "','", ')', '(('],
    allowed: [ConfigError],
    run(input) {
      const macros = findMacros(input);
      expandMacros(
        input,
        macros,
        macros.map(() => 'SELECT 1;'),
      );
      checkPosixPattern(input.slice(0, 200));
      validateCallbackName(input.slice(0, 200));
    },
  };

  const connection = {
    name: 'connection',
    seeds: [
      ...testStrings(/(postgres(?:ql)?:\/\/[^\s'"`]+)/g),
      ...testStrings(/((?:Host|Server|host)=[^'"`\n]+)/g),
      'postgresql://u:p%40ss@[::1]:5432,h2:5433/db?sslmode=verify-full&connect_timeout=5&options=-c%20x%3Dy',
      "Host=h;Port=5432;Database=d;Username=u;Password='a;b''c';SSL Mode=Require;Timeout=5",
    ],
    tokens: [
      '://',
      '@',
      ':',
      '/',
      '?',
      '&',
      '=',
      ';',
      "'",
      '"',
      '%',
      '%4',
      '[',
      ']',
      ',',
      '#',
      ' ',
    ],
    allowed: [ConnectionStringError],
    run(input) {
      parseConnectionString(input);
    },
  };

  const pgpass = {
    name: 'pgpass',
    seeds: [
      'localhost:5432:db:user:secret\n*:*:*:*:fallback\n',
      '# comment\nh\\:x:5432:d\\\\b:u:p\\:w\r\n',
      ...testStrings(/'([^'\n]*:[^'\n]*:[^'\n]*:[^'\n]*:[^'\n]*)'/g),
    ],
    tokens: [':', '\\', '\\:', '*', '\n', '\r', '#'],
    allowed: [],
    run(input) {
      const entries = parsePgpass(input);
      findPgpassPassword(entries, { host: 'localhost', port: 5432, database: 'db', user: 'user' });
    },
  };

  const dotenvSeeds = read(filesUnder(SOURCES, (n) => n === '.env' || n.startsWith('.env.')));
  const dotenv = {
    name: 'dotenv',
    seeds: [
      ...dotenvSeeds,
      'A=1\nexport B = "two $A"\nC: \'three\'\nD="multi\nline"\n# c\nE=${A}x # comment\n---\n',
      ...testStrings(/'([A-Z_]+=[^'\n]*(?:\\n[^'\n]*)*)'/g).map((s) => s.replace(/\\n/g, '\n')),
    ],
    tokens: [
      '=',
      ':',
      '"',
      "'",
      '$',
      '${',
      '}',
      '\\',
      '\\n',
      '#',
      ' #',
      '\n',
      '\r\n',
      'export ',
      '---\n',
      '$A$A$A',
    ],
    allowed: [DotenvSyntaxError],
    run(input) {
      parseDotenv(Buffer.from(input, 'utf8'), { HOME: '/h' });
    },
  };

  const params = {
    name: 'params',
    seeds: [
      ...read(filesUnder(SOURCES, (n) => n.endsWith('.params'))),
      'env=prod\n# c\nname = "quoted"\nk=\'v\'\n\nempty=\n',
      '\uFEFFapi_key="a=b#c"\r\n  spaced  =  value with spaces  \nKEY=1\nkey=2\n',
      "url=postgresql://u:p@h/db?x=1\nquote='unbalanced\n=novalue\nnovalue\n",
    ],
    tokens: ['=', '#', '"', "'", '\n', ' ', '\uFEFF', 'Key', 'key'],
    allowed: [ConfigError],
    run(input) {
      const entries = parseParamsFile(input, 'fuzz.params');
      const args = input
        .split('\n')
        .slice(0, 8)
        .map((l) => {
          try {
            return parseParamArg(l);
          } catch (e) {
            if (!(e instanceof ConfigError)) throw e;
            return undefined;
          }
        })
        .filter(Boolean);
      mergeParams([
        { source: 'fuzz.params', entries },
        { source: '--param', entries: args },
      ]);
    },
  };

  const yaml = {
    name: 'pgmi-yaml',
    seeds: [
      ...read(filesUnder(SOURCES, (n) => n === 'pgmi.yaml' || /\.ya?ml$/.test(n))),
      'connection: &c\n  host: h\n  port: 5432\nparams:\n  <<: {a: 1}\n  b: *c\ntimeout: 3m\n',
    ],
    tokens: [
      '&a ',
      '*a',
      '<<: ',
      '{',
      '}',
      '[',
      ']',
      ': ',
      '- ',
      '\n  ',
      '!!str ',
      '!!int ',
      '? ',
      '|',
      '>',
      '"',
      "'",
      '#',
      '---\n',
      '...\n',
    ],
    allowed: [ConfigError],
    run(input) {
      parsePgmiYaml(input, 'pgmi.yaml');
    },
  };

  const meta = {
    name: 'pgmi-meta',
    seeds: [
      ...sqlFiles.filter((s) => s.includes('pgmi-meta')),
      '/*\n<pgmi-meta id="00000000-0000-0000-0000-000000000001" idempotent="true">\n  <description>x &amp; y</description>\n  <sortKeys><key>001</key></sortKeys>\n</pgmi-meta>\n*/\nSELECT 1;\n',
    ],
    tokens: [
      '<',
      '>',
      '</',
      '/>',
      '&',
      '&amp;',
      '&#x41;',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '"',
      "'",
      'id=',
      'idempotent=',
      '<key>',
      '</key>',
      '*/',
      '/*',
      '<?xml ?>',
      '<!DOCTYPE x [<!ENTITY a "b">]>',
    ],
    allowed: [ConfigError],
    run(input) {
      parseMetadata('./fuzz.sql', input);
    },
  };

  const duration = {
    name: 'duration',
    seeds: [
      '90s',
      '1h30m',
      '1.5h',
      '-3m',
      '+0',
      '0',
      '300ms',
      '2µs',
      '1us',
      '5ns',
      '.5s',
      '1e3s',
      '9223372036854775807ns',
      '2562047h47m16.854775807s',
      ...testStrings(/'([-+.0-9a-zµμ]{1,40})'/g).filter((s) => /[0-9]/.test(s)),
    ],
    tokens: ['0', '1', '9', '.', '-', '+', 'h', 'm', 's', 'ms', 'us', 'µs', 'ns', 'e', ' '],
    allowed: [InvalidDurationError, ConfigError, UsageError],
    run(input) {
      try {
        parseDuration(input);
      } catch (e) {
        if (!(e instanceof InvalidDurationError)) throw e;
      }
      resolveTimeout({ yaml: input });
    },
  };

  const deploySql = {
    name: 'deploy-sql-nul',
    seeds: sqlFiles.slice(0, 5),
    tokens: ['\0', '\n', 'é', '😀'],
    allowed: [ConfigError],
    run(input) {
      assertNoNulByte(input);
    },
  };

  return [sql, macro, connection, pgpass, dotenv, params, yaml, meta, duration, deploySql];
}
