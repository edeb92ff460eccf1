import { ConfigError, ExitCode } from '../errors';
import {
  MAX_METADATA_SIZE,
  checkDuplicateIds,
  findDuplicateIds,
  loadMetadataParser,
  metadataBlockFor,
  parseMetadata,
} from './metadata';
import { parseUuid, parseXmlBool } from './metadata-xml';
import { genericId } from './sql-files';

beforeAll(loadMetadataParser);

const ID = '550e8400-e29b-41d4-a716-446655440000';
const PATH = './migrations/001.sql';

function block(attrs: string, body = '', before = '/*\n', after = '\n*/'): string {
  return `${before}<pgmi-meta ${attrs}>${body}</pgmi-meta>${after}`;
}
const valid = (body = '') => block(`id="${ID}" idempotent="true"`, body);

function errorOf(content: string, path = PATH): ConfigError {
  try {
    parseMetadata(path, content);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).exitCode).toBe(ExitCode.Config);
    expect((err as ConfigError).failedFile).toBe(path);
    return err as ConfigError;
  }
  throw new Error('expected a metadata error');
}

describe('parseMetadata: locating the block', () => {
  it('cli#28: all four fields are parsed exactly', () => {
    const content = `/*
<pgmi-meta id="${ID}" idempotent="true">
  <description>Creates the users table</description>
  <sortKeys>
    <key>00000000-0000-0000-0000-000000000000/0001</key>
  </sortKeys>
</pgmi-meta>
*/
CREATE TABLE users (id int);`;
    expect(parseMetadata(PATH, content)).toEqual({
      id: ID,
      idempotent: true,
      description: 'Creates the users table',
      sortKeys: ['00000000-0000-0000-0000-000000000000/0001'],
    });
  });

  it('bytes: the block is found after many other `meta` words, in both spellings, and nothing without one', () => {
    const filler = 'SELECT metadata, meta_x, "meta" FROM metameta; -- pgmi meta\n'.repeat(2000);
    const bytes = (s: string) => Buffer.from(s, 'utf8');
    expect(parseMetadata(PATH, bytes(`${filler}${valid()}\nSELECT 2;`))?.id).toBe(ID);
    expect(parseMetadata(PATH, bytes(`${valid()}${filler}`))?.id).toBe(ID);
    const old = `${filler}/*\n<pgmi:meta xmlns:pgmi="https://pgmi.dev/metadata" id="${ID}" idempotent="true">\n</pgmi:meta>\n*/`;
    expect(() => parseMetadata(PATH, bytes(old))).toThrow(ConfigError);
    expect(parseMetadata(PATH, bytes(filler))).toBeUndefined();
    expect(parseMetadata(PATH, bytes('pgmi-met'))).toBeUndefined();
  });

  it('cli#29: metadata is taken from a later comment', () => {
    const content = `/* First comment - no metadata */\nSELECT 1;\n${valid()}\nSELECT 2;`;
    expect(parseMetadata(PATH, content)?.id).toBe(ID);
  });

  it('cli#30: no comment, a regular comment or a blank comment means no metadata', () => {
    for (const content of [
      'SELECT 1;',
      '/* Just a regular comment */ SELECT 1;',
      '/*   \n  */',
      '',
    ]) {
      expect(parseMetadata(PATH, content)).toBeUndefined();
    }
  });

  it('cli#37: the tag is case-sensitive; a self-closing tag without a space is not a block', () => {
    expect(
      parseMetadata(PATH, `/* <PGMI-META id="${ID}" idempotent="true"></PGMI-META> */`),
    ).toBeUndefined();
    expect(parseMetadata(PATH, '/* <pgmi-meta/> */')).toBeUndefined();
  });

  it('cli#40: comment markers and tags hidden in literals, dollar bodies and identifiers', () => {
    const variants = [
      // `*/` inside the description, via a nested comment opener: nesting keeps the block whole.
      block(`id="${ID}" idempotent="true"`, '<description>see /* and */ here</description>'),
      `SELECT '/* <pgmi-meta id="x"> */';\n${valid()}`,
      `CREATE FUNCTION f() RETURNS text AS $$ SELECT '/* <pgmi-meta> */' $$ LANGUAGE sql;\n${valid()}`,
      `SELECT 1 AS "/* <pgmi-meta id=\\"x\\"> */";\n${valid()}`,
      `/* outer /* nested */ still outer */\n${valid()}`,
      `-- <pgmi-meta id="x">\n${valid()}`,
      `SELECT E'\\' /* <pgmi-meta> */';\n${valid()}`,
    ];
    for (const content of variants) expect(parseMetadata(PATH, content)?.id).toBe(ID);
    expect(
      parseMetadata(
        PATH,
        block(`id="${ID}" idempotent="true"`, '<description>see /* and */ here</description>'),
      )?.description,
    ).toBe('see /* and */ here');
  });

  it('cli#31 / cli#40: two real blocks fail with "Multiple metadata blocks found"', () => {
    const err = errorOf(`${valid()}\nSELECT 1;\n${valid()}`);
    expect(err.message).toBe(
      `invalid configuration: metadata error in ${PATH}: Multiple metadata blocks found`,
    );
    expect(err.hints[0]).toMatch(/^Hint: Only one <pgmi-meta> block/);
  });

  it('decisions.md 15: a comment that merely mentions <pgmi-meta> is not a block', () => {
    const prose =
      '/* This file has no <pgmi-meta> block; see docs for the <pgmi-meta id="..."> form. */';
    expect(parseMetadata(PATH, `${prose}\nSELECT 1;`)).toBeUndefined();
    expect(parseMetadata(PATH, `${prose}\n${valid()}`)?.id).toBe(ID);
    expect(parseMetadata(PATH, '/* TODO: <pgmi:meta> was the old form */')).toBeUndefined();
  });

  it('an XML declaration and XML comments may precede the element; whitespace after < is allowed', () => {
    const content = `/* <?xml version="1.0"?>\n<!-- generated -->\n<pgmi-meta id="${ID}" idempotent="false"></pgmi-meta> */`;
    expect(parseMetadata(PATH, content)).toMatchObject({ id: ID, idempotent: false });
    // `< pgmi-meta` is recognised as a block (as upstream), and then is not well-formed XML.
    expect(
      errorOf(`/* < pgmi-meta id="${ID}" idempotent="true"></pgmi-meta> */`).message,
    ).toContain(`metadata error in ${PATH} (line 1)`);
  });

  it('the block may sit anywhere; an unterminated comment runs to the end of the file', () => {
    expect(parseMetadata(PATH, `SELECT 1;\n\n${valid()}\nSELECT 2;`)?.id).toBe(ID);
    expect(
      parseMetadata(PATH, `SELECT 1;\n/* <pgmi-meta id="${ID}" idempotent="1"></pgmi-meta>`)
        ?.idempotent,
    ).toBe(true);
  });

  it('core#19 / cli#32: the namespaced form fails as the old metadata format', () => {
    const err = errorOf(
      '/*\n<pgmi:meta xmlns:pgmi="https://pgmi.dev/metadata" id="x" idempotent="true">\n</pgmi:meta>\n*/',
    );
    expect(err.message).toContain('old metadata format');
    expect(err.message.match(/\.\/migrations\/001\.sql/g)).toHaveLength(1);
  });

  it('cli#33: a block over 10 240 bytes fails with "exceeds maximum size"', () => {
    expect(MAX_METADATA_SIZE).toBe(10240);
    const err = errorOf(valid(`<description>${'x'.repeat(10240)}</description>`));
    expect(err.message).toContain('exceeds maximum size of 10240 bytes');
    const justFits = `<pgmi-meta id="${ID}" idempotent="true"></pgmi-meta>`;
    const pad = 'y'.repeat(
      MAX_METADATA_SIZE - justFits.length - '<description></description>'.length,
    );
    const content = `/*${justFits.replace('></pgmi-meta>', `><description>${pad}</description></pgmi-meta>`)}*/`;
    expect(parseMetadata(PATH, content)?.description).toBe(pad);
  });

  it('accepts bytes as well as text', () => {
    expect(parseMetadata(PATH, Buffer.from(`-- é\n${valid()}`))?.id).toBe(ID);
    expect(parseMetadata(PATH, Buffer.from('SELECT 1;'))).toBeUndefined();
  });
});

describe('parseMetadata: XML decoding (Go encoding/xml rules)', () => {
  it('cli#34: malformed XML reports "metadata error" with a line relative to the block', () => {
    const cases = [
      `/*\n<pgmi-meta id="${ID}" idempotent="true">\n  <description>unclosed\n</pgmi-meta>\n*/`,
      `/*\n<pgmi-meta id="${ID}" idempotent="true">\n  <description>x</description>\n*/`,
      `/*\n<pgmi-meta id=${ID} idempotent="true"></pgmi-meta>\n*/`,
      valid('<description>a & b</description>'),
      valid('<description>&nbsp;</description>'),
      block(`id="${ID}" idempotent="true" note="a<b"`),
    ];
    for (const content of cases) {
      const err = errorOf(content);
      expect(err.message).toMatch(
        /^invalid configuration: metadata error in \.\/migrations\/001\.sql \(line \d+\): /,
      );
      expect(err.hints[0]).toMatch(/^Hint: Check that all XML tags are properly closed/);
    }
    expect(errorOf(cases[0]).message).toContain('(line 3)');
  });

  it('cli#35: a malformed id is an error (Go uuid messages)', () => {
    expect(errorOf(block('id="not-a-valid-uuid" idempotent="true"')).message).toBe(
      `invalid configuration: metadata error in ${PATH}: invalid UUID length: 16`,
    );
    expect(errorOf(block(`id=" ${ID}" idempotent="true"`)).message).toContain(
      'invalid UUID length: 37',
    );
    expect(errorOf(block('id="" idempotent="true"')).message).toContain('invalid UUID length: 0');
    expect(errorOf(block(`id="${ID.replace('5', 'g')}" idempotent="true"`)).message).toContain(
      'invalid UUID format',
    );
  });

  it('cli#41: UUID spellings accepted as google/uuid does', () => {
    const forms = [
      ID.toUpperCase(),
      ID.replace(/-/g, ''),
      `{${ID}}`,
      `(${ID})`,
      `urn:uuid:${ID}`,
      `URN:UUID:${ID}`,
    ];
    for (const form of forms) expect(parseUuid(form)).toBe(ID);
    expect(parseUuid('12345678-1234-5678-1234-567812345678')).toBe(
      '12345678-1234-5678-1234-567812345678',
    );
    expect(() => parseUuid(` ${ID}`)).toThrow('invalid UUID length: 37');
    expect(() => parseUuid(`urn:uuix:${ID}`)).toThrow('invalid urn prefix: "urn:uuix:"');
    expect(() => parseUuid(ID.replace(/-/g, '_'))).toThrow('invalid UUID format');
    expect(() => parseUuid(`${ID.slice(0, 35)}é`)).toThrow('invalid UUID length: 37');
    expect(parseMetadata(PATH, block(`id="{${ID.toUpperCase()}}" idempotent="true"`))?.id).toBe(ID);
  });

  it('cli#36: idempotent forms; "" is false (upstream quirk); yes is an error', () => {
    const cases: Array<[string, boolean]> = [
      ['true', true],
      ['false', false],
      ['1', true],
      ['0', false],
      ['TRUE', true],
      ['True', true],
      ['t', true],
      ['F', false],
      [' true\t', true],
      ['', false],
    ];
    for (const [text, value] of cases) {
      expect(parseXmlBool(text)).toBe(value);
      expect(parseMetadata(PATH, block(`id="${ID}" idempotent="${text}"`))?.idempotent).toBe(value);
    }
    for (const bad of ['yes', 'on', 'tRUE', ' ']) {
      expect(() => parseXmlBool(bad)).toThrow('invalid syntax');
    }
    expect(errorOf(block(`id="${ID}" idempotent="yes"`)).message).toBe(
      `invalid configuration: metadata error in ${PATH}: strconv.ParseBool: parsing "yes": invalid syntax`,
    );
  });

  it('description: untrimmed, entities and CDATA decoded, nested element text dropped, last wins', () => {
    const parse = (body: string) => parseMetadata(PATH, valid(body));
    expect(parse('<description>\n  Line one\n</description>')?.description).toBe('\n  Line one\n');
    expect(parse('<description>a &amp; b &lt;c&gt; &#x41;</description>')?.description).toBe(
      'a & b <c> A',
    );
    expect(parse('<description><![CDATA[<raw> & x]]></description>')?.description).toBe(
      '<raw> & x',
    );
    expect(parse('<description>a <b>x</b> c</description>')?.description).toBe('a  c');
    expect(
      parse('<description>first</description><description>second</description>')?.description,
    ).toBe('second');
    expect(parse('<description>a<!-- note -->b</description>')?.description).toBe('ab');
    expect(parse('')?.description).toBe('');
  });

  it('sortKeys: untrimmed keys in order; several <sortKeys> concatenate; only direct <key> children', () => {
    const parse = (body: string) => parseMetadata(PATH, valid(body))?.sortKeys;
    expect(parse('<sortKeys><key> 10/a </key><key>20/b</key></sortKeys>')).toEqual([
      ' 10/a ',
      '20/b',
    ]);
    expect(parse('<sortKeys><key>1</key></sortKeys><x/><sortKeys><key>2</key></sortKeys>')).toEqual(
      ['1', '2'],
    );
    expect(parse('<sortKeys/>')).toEqual([]);
    expect(parse('')).toEqual([]);
    expect(parse('<sortKeys><group><key>hidden</key></group><key>k</key></sortKeys>')).toEqual([
      'k',
    ]);
    expect(parse('<other><key>ignored</key></other><key>also ignored</key>')).toEqual([]);
    expect(parse('<description>d<key>not a key</key></description>')).toEqual([]);
  });

  it('unknown attributes and elements are ignored; a repeated attribute keeps the last value', () => {
    const other = '12345678-1234-5678-1234-567812345678';
    const meta = parseMetadata(
      PATH,
      block(
        `id="${other}" sortKey="x" id="${ID}" idempotent="false" idempotent="true"`,
        '<unknown>z</unknown>',
      ),
    );
    expect(meta).toMatchObject({ id: ID, idempotent: true, sortKeys: [] });
  });

  it('a default namespace is tolerated; text after the closing tag is ignored', () => {
    const content = `/* <pgmi-meta xmlns="https://example.com/pgmi" id="${ID}" idempotent="true"><description>d</description></pgmi-meta>\ntrailing prose & <junk> */`;
    expect(parseMetadata(PATH, content)).toMatchObject({ id: ID, description: 'd' });
  });
});

describe('parseMetadata: validation (all problems reported together)', () => {
  it('cli#38: nil id, empty key and blank description give three numbered problems', () => {
    const err = errorOf(
      block(
        'id="00000000-0000-0000-0000-000000000000" idempotent="true"',
        '<description>   </description><sortKeys><key></key></sortKeys>',
      ),
    );
    expect(
      err.message.startsWith(`invalid configuration: invalid PGMI metadata in ${PATH}:\n`),
    ).toBe(true);
    expect(err.message).toMatch(/\n {2}1\. id attribute is required and cannot be the nil UUID/);
    expect(err.message).toMatch(/\n {2}2\. sortKeys\[0\] cannot be empty or whitespace-only/);
    expect(err.message).toMatch(/\n {2}3\. description element contains only whitespace/);
    expect(err.message).not.toMatch(/\n {2}4\./);
    expect(err.hints.join('\n')).toContain('pgmi metadata scaffold');
  });

  it('cli#39 / core#19: a block without idempotent fails "idempotent attribute is required"', () => {
    const err = errorOf(block(`id="${ID}"`));
    expect(err.message).toContain(`invalid PGMI metadata in ${PATH}:`);
    expect(err.message).toContain('1. idempotent attribute is required');
  });

  it('a missing id and whitespace-only key at index 1 are reported with their index', () => {
    const err = errorOf(
      block('idempotent="false"', '<sortKeys><key>a</key><key> \t</key></sortKeys>'),
    );
    expect(err.message).toContain('1. id attribute is required');
    expect(err.message).toContain('2. sortKeys[1] cannot be empty');
  });
});

describe('duplicate ids', () => {
  const file = (path: string, id?: string) => ({
    path,
    metadata: id ? { id, idempotent: true, sortKeys: [], description: '' } : undefined,
  });

  it('core#18 / cli#46: files sharing an id fail with sorted paths and lines', () => {
    const other = '12345678-1234-5678-1234-567812345678';
    const files = [
      file('./migrations/002.sql', ID),
      file('./b.sql', other),
      file('./none.sql'),
      file('./migrations/001.sql', ID),
      file('./a.sql', other),
      file('./unique.sql', genericId('./unique.sql')),
    ];
    let caught: unknown;
    try {
      checkDuplicateIds(files);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as Error).message).toBe(
      'invalid configuration: duplicate <pgmi-meta id> across files; each script must have a unique id:\n' +
        `  ${other}: ./a.sql, ./b.sql\n` +
        `  ${ID}: ./migrations/001.sql, ./migrations/002.sql`,
    );
    expect(findDuplicateIds(files)).toEqual([
      { id: ID, paths: ['./migrations/002.sql', './migrations/001.sql'] },
      { id: other, paths: ['./b.sql', './a.sql'] },
    ]);
  });

  it('unique ids pass', () => {
    expect(() => checkDuplicateIds([file('./a.sql', ID), file('./b.sql')])).not.toThrow();
    expect(findDuplicateIds([])).toEqual([]);
  });
});

describe('metadataBlockFor', () => {
  it('spec 3.9: the scaffold block bytes, then a blank line; it parses back', () => {
    const id = genericId('./migrations/001.sql');
    const text = metadataBlockFor('001.sql', id, true);
    expect(text).toBe(
      '/*\n<pgmi-meta\n    id="18a606ed-2992-a4e9-70c1-b9c7044ab9b8"\n    idempotent="true">\n' +
        '  <description>\n    Auto-generated metadata for 001.sql\n  </description>\n' +
        '  <sortKeys>\n    <key>generated/001.sql</key>\n  </sortKeys>\n</pgmi-meta>\n*/\n\n',
    );
    expect(parseMetadata(PATH, `${text}CREATE TABLE t1(id int);`)).toEqual({
      id,
      idempotent: true,
      description: '\n    Auto-generated metadata for 001.sql\n  ',
      sortKeys: ['generated/001.sql'],
    });
    expect(metadataBlockFor('x.sql', id, false)).toContain('idempotent="false">');
  });

  it('escapes XML-special characters of the file name so the block stays valid', () => {
    const text = metadataBlockFor('a&b<c>.sql', ID, true);
    expect(parseMetadata('./a&b<c>.sql', text)?.sortKeys).toEqual(['generated/a&b<c>.sql']);
  });
});

describe('raw ampersands', () => {
  it('a raw & is reported where it is; references, CDATA, comments and trailing text are fine', () => {
    const err = errorOf(
      `/*\n<pgmi-meta id="${ID}" idempotent="true">\n<description>Users & roles</description>\n</pgmi-meta>\n*/`,
    );
    expect(err.message).toBe(
      `invalid configuration: metadata error in ${PATH} (line 2): invalid character entity & (write a literal & as &amp;)`,
    );
    const ok = valid('<description>&amp; &#38; &#x26; <![CDATA[&]]><!-- & --></description>');
    expect(parseMetadata(PATH, ok)?.description).toBe('& & & &');
    expect(parseMetadata(PATH, `/* ${valid().slice(2, -2)} & trailing */`)?.id).toBe(ID);
  });
});
