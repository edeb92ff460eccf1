/**
 * The streamed pgmi_checksum (a resumable lexer over 64 KiB blocks, see checksum.ts) against the
 * straightforward one (normalise the whole text, then hash), on every file of the repository's
 * templates and examples, whole and concatenated into inputs that cross block boundaries. Each
 * case runs with both lexers the digester can use: the WebAssembly one (wasm/lexer.ts, the
 * default) and the JavaScript one (`lexSqlRange`, used where WebAssembly is missing).
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  PgmiDigester,
  completePgmiChecksums,
  pgmiChecksum,
  pgmiChecksumSimple,
  rawChecksum,
} from './checksum';
import { DEFER_RAW_FROM } from './read-file';
import { scanProject } from './scan';
import { WasmLexer } from './wasm-lexer';

const REPO = resolve('.'); // tests run from the repository root

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(abs));
    else if (e.isFile()) out.push(abs);
  }
  return out;
}

const files = ['templates', 'examples'].flatMap((d) => filesUnder(join(REPO, d)));
const sql = files.filter((f) => /\.(sql|psql|pgsql|plpgsql|ddl|dml|dql|dcl)$/i.test(f));

it('finds the templates and examples', () => {
  expect(sql.length).toBeGreaterThan(10);
});

it('has the WebAssembly lexer on this Node (so the cases below test both lexers)', () => {
  expect(WasmLexer.create()).toBeInstanceOf(WasmLexer);
});

describe.each([
  ['WebAssembly', true],
  ['JavaScript', false],
])('streamed pgmi_checksum = straightforward pgmi_checksum, %s lexer', (_lexer, wasm) => {
  const digester = () => new PgmiDigester({ wasm });

  it.each(files.map((f) => [f.slice(REPO.length + 1), f]))('%s', (_name, abs) => {
    const bytes = readFileSync(abs);
    expect(digester().digest(bytes)).toBe(pgmiChecksumSimple(bytes));
    expect(pgmiChecksum(bytes)).toBe(pgmiChecksumSimple(bytes));
  });

  it('every SQL file lexed a few bytes at a time: every range limit inside every token', () => {
    for (const block of [1, 2, 3, 5, 8, 13]) {
      const d = new PgmiDigester({ block, wasm });
      for (const f of sql) {
        const bytes = readFileSync(f);
        const job = d.begin(bytes);
        while (!d.step(job, 1));
        expect([f, block, d.finish(job)]).toEqual([f, block, pgmiChecksumSimple(bytes)]);
      }
    }
  });

  it('a dollar tag longer than the range limit allows, with small ranges: the whole-text path', () => {
    const tag = `$${'t'.repeat(65)}$`;
    const input = Buffer.from(`SELECT  1; ${tag} BODY  with   Spaces ${tag} END`);
    const d = new PgmiDigester({ block: 4, wasm });
    const job = d.begin(input);
    while (!d.step(job, 4));
    expect(d.finish(job)).toBe(pgmiChecksumSimple(input));
    // A 64-byte tag (the longest a range may carry past its limit) stays on the streamed path.
    const fits = `$${'t'.repeat(62)}$`;
    const ok = Buffer.from(`SELECT  1; ${fits} BODY  with   Spaces ${fits} END`);
    const d2 = new PgmiDigester({ block: 4, wasm });
    const job2 = d2.begin(ok);
    while (!d2.step(job2, 4));
    expect(job2.fallback).toBeUndefined();
    expect(d2.finish(job2)).toBe(pgmiChecksumSimple(ok));
  });

  it('every file concatenated (many blocks), and cut at every offset of a 1 KiB window', () => {
    const all = Buffer.concat(sql.map((f) => readFileSync(f)));
    const big = Buffer.concat(
      [all, all, all, all].slice(0, Math.max(1, Math.ceil(300_000 / all.length))),
    );
    expect(big.length).toBeGreaterThan(128 * 1024);
    const d = digester();
    expect(d.digest(big)).toBe(pgmiChecksumSimple(big));
    // Shifting the start moves every block boundary across every kind of token.
    for (let shift = 0; shift < 1024; shift += 7) {
      const part = big.subarray(shift);
      expect(d.digest(part)).toBe(pgmiChecksumSimple(part));
    }
  });

  it('multi-byte spaces, comments, literals and tags straddling block boundaries', () => {
    const pieces = [
      'SELECT  1;\u3000\u2003x',
      "E'a\\'b'",
      '-- line\r\n',
      '/* a /* nested */ b */',
      '"Quoted""Ident"',
      '$tag$ body $ $tag$',
      '$$x$$',
      '\u00a0\u0085',
      ' '.repeat(5),
    ].map((p) => Buffer.from(p));
    const d = digester();
    for (let pad = 65_530; pad < 65_545; pad++) {
      for (const p of pieces) {
        const input = Buffer.concat([Buffer.alloc(pad, 'a'), p, Buffer.from(' tail ')]);
        expect(d.digest(input)).toBe(pgmiChecksumSimple(input));
      }
    }
  });

  it('white space collapsed by the lexer as it writes: next to every kind of token it writes', () => {
    // Each writer of the lexer (folded text, literals, quoted identifiers, dollar bodies and tags,
    // comments, the byte after a backslash in an escape string) meets ASCII and multi-byte
    // spaces, bytes that start a multi-byte character that is not a space, and invalid UTF-8.
    const spaces = [
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\u00a0',
      '\u0085',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
    ];
    const notSpaces = ['é', '€', '\u2010', '\u200b', '\u1234', '\u3001', 'x'];
    const shapes = (w: string, x: string) => [
      `${w}SELECT${w}${x}${w}1${w}`,
      `E'${w}a\\${w}b\\${x}${w}'${w}`,
      `e'\\${w}${w}'`,
      `x'${w}${x}${w}''${w}'`,
      `"${w}Q${w}${x}""${w}"${w}`,
      `$t$${w}${x}${w}$ $t$${w}$$${w}$$`,
      `a${w}--${w}c${x}${w}\r\nb${w}-- lone\rcr\n${w}`,
      `a${w}/*${w}${x}/* n */${w}*/${w}b/**/c`,
      `${x}-${w}/${w}$${w}${x}`,
      `${w}${w}${w}`,
    ];
    const inputs: Buffer[] = [Buffer.alloc(0), Buffer.from([0xe2, 0xe2, 0x80, 0x80, 0x20, 0xc2])];
    for (const w of spaces)
      for (const x of notSpaces) for (const t of shapes(w, x)) inputs.push(Buffer.from(t));
    inputs.push(Buffer.from([0x45, 0x27, 0x5c, 0xe2, 0x80, 0xa8, 0x61, 0x27])); // E'\<U+2028>a'
    inputs.push(Buffer.from([0x61, 0xc2, 0x20, 0xa0, 0x62, 0xe3, 0x80])); // truncated sequences
    const d = digester();
    for (const input of inputs) {
      expect([input.toString('hex'), d.digest(input)]).toEqual([
        input.toString('hex'),
        pgmiChecksumSimple(input),
      ]);
    }
    // The same across block boundaries: a pending space, a multi-byte space or a token cut there.
    const joined = Buffer.concat(inputs);
    for (const pad of [65_535 - 3, 65_535 - 2, 65_535 - 1, 65_535, 65_536]) {
      const input = Buffer.concat([Buffer.alloc(pad, 'a'), Buffer.from(' '), joined, joined]);
      expect(d.digest(input)).toBe(pgmiChecksumSimple(input));
    }
    // And a range limit after every byte of every input.
    const tiny = new PgmiDigester({ block: 1, wasm });
    for (const input of inputs) {
      const job = tiny.begin(input);
      while (!tiny.step(job, 1));
      expect([input.toString('hex'), tiny.finish(job)]).toEqual([
        input.toString('hex'),
        pgmiChecksumSimple(input),
      ]);
    }
  });

  it('a dollar tag longer than the streamed limit falls back to the whole-text path', () => {
    const tag = `$${'t'.repeat(200)}$`;
    const input = Buffer.from(`${'x'.repeat(70_000)} ${tag} BODY  with   spaces ${tag} END`);
    expect(digester().digest(input)).toBe(pgmiChecksumSimple(input));
  });
});

describe('pgmi_checksum of whole projects', () => {
  it('a deferred scan leaves both digests of a large file to completePgmiChecksums, which computes them as the straightforward functions do', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pgmi-defer-'));
    try {
      mkdirSync(join(root, 'm'));
      writeFileSync(join(root, 'deploy.sql'), 'SELECT 1;');
      const all = Buffer.concat(sql.map((f) => readFileSync(f)));
      const big = Buffer.concat(Array(Math.ceil((DEFER_RAW_FROM + 1) / all.length)).fill(all));
      // Not .sql: the templates' metadata blocks, repeated, would be refused.
      writeFileSync(join(root, 'm', 'big.txt'), big);
      // A large file with a dollar tag too long for the streamed lexer (its whole-text path).
      const tag = `$${'t'.repeat(200)}$`;
      const long = Buffer.concat([big, Buffer.from(` ${tag} BODY  with   spaces ${tag} END`)]);
      writeFileSync(join(root, 'm', 'long-tag.txt'), long);
      writeFileSync(join(root, 'm', 'small.sql'), 'SELECT  2;');
      const scan = await scanProject(root, { deferPgmiChecksum: true });
      const byPath = (p: string) => scan.files.find((f) => f.path === p);
      expect(scan.files.map((f) => [f.path, f.checksum === '', f.pgmiChecksum === ''])).toEqual(
        expect.arrayContaining([
          ['./m/big.txt', true, true],
          ['./m/long-tag.txt', true, true],
          ['./m/small.sql', false, true],
        ]),
      );
      await completePgmiChecksums(scan.files, { sliceMs: 1 });
      for (const [path, bytes] of [
        ['./m/big.txt', big],
        ['./m/long-tag.txt', long],
        ['./m/small.sql', Buffer.from('SELECT  2;')],
      ] as const) {
        expect([path, byPath(path)?.checksum, byPath(path)?.pgmiChecksum]).toEqual([
          path,
          rawChecksum(bytes),
          pgmiChecksumSimple(bytes),
        ]);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a large file is digested in steps of about 1 ms, yielding between them, and still comes out the same', async () => {
    // A deploy opens its connection meanwhile; each of its round trips waits for the step in
    // progress. With sliceMs 0 every step ends a slice: count the slices by the event-loop turns.
    const all = Buffer.concat(sql.map((f) => readFileSync(f)));
    const bytes = Buffer.concat(Array(Math.ceil((4 * 1024 * 1024) / all.length)).fill(all));
    const file = { bytes, content: '', checksum: '', pgmiChecksum: '' };
    let turns = 0;
    let done = false;
    const tick = (): void => {
      if (done) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    await completePgmiChecksums([file], { sliceMs: 0 });
    done = true;
    // 256 KiB steps: at least 16 slices for 4 MiB (1 MiB steps gave 4).
    expect(turns).toBeGreaterThanOrEqual(Math.floor(bytes.length / (256 * 1024)) - 1);
    expect([file.checksum, file.pgmiChecksum]).toEqual([
      rawChecksum(bytes),
      pgmiChecksumSimple(bytes),
    ]);
  });

  it('the scanner records both checksums as the straightforward functions compute them', async () => {
    for (const dir of ['templates/basic', 'templates/advanced', 'examples/quickstart']) {
      const scan = await scanProject(join(REPO, dir));
      expect(scan.files.length).toBeGreaterThan(0);
      for (const f of scan.files) {
        expect(f.bytes).toBeDefined();
        expect(f.checksum).toBe(rawChecksum(f.content));
        expect(f.pgmiChecksum).toBe(pgmiChecksumSimple(f.content));
      }
    }
  });
});
