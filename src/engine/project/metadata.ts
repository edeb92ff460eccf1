/**
 * Script metadata: the `<pgmi-meta>` block of a SQL file (project-files.md §3).
 *
 * Blocks are top-level block comments found by the checksum's own lexer (`/*` inside literals,
 * quoted identifiers and dollar bodies is not a comment; nesting counts; an unterminated comment
 * runs to the end), so comment discovery and `pgmi_checksum` can never disagree.
 *
 * Deliberate difference from upstream (decisions.md 15): a comment is a metadata block only when
 * its text *starts* with the element — `<pgmi-meta` followed by whitespace or `>`, optionally
 * after an XML declaration and XML comments. Upstream matched the tag anywhere in the comment, so
 * a comment that merely mentions `<pgmi-meta>` in prose was parsed as a block and failed the
 * deploy. A block preceded by prose inside the same comment is, for the same reason, not a block.
 * The namespaced form is detected with the same anchoring.
 */
import { ConfigError } from '../errors';
import { compareCodePoints, goTrimSpace } from './go-text';
import type * as MetadataXml from './metadata-xml';
import { lexSql } from './sql-lexer';
import type { ProjectFile, ScriptMetadata } from './types';

/** Largest accepted block (bytes of the trimmed comment text). */
export const MAX_METADATA_SIZE = 10 * 1024;

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

// An XML declaration and XML comments may precede the element; `\s` is XML's (and Go RE2's) set.
const PROLOG = /^(?:<\?xml[^]*?\?>|<!--[^]*?-->|[\t\n\r ]+)*/;
const META_START = /^<[\t\n\f\r ]*pgmi-meta[\t\n\f\r >]/;
const OLD_META_START = /^<[\t\n\f\r ]*pgmi:meta[\t\n\f\r >]/;

const FORMAT_HINT =
  'Expected format:\n' +
  '  <pgmi-meta id="UUID" idempotent="true|false">\n' +
  '    <description>...</description>\n' +
  '    <sortKeys><key>...</key></sortKeys>\n' +
  '  </pgmi-meta>';

function metadataError(path: string, message: string, hint: string, line?: number): ConfigError {
  const where = line === undefined ? path : `${path} (line ${line})`;
  return new ConfigError(`invalid configuration: metadata error in ${where}: ${message}`, {
    hints: [`Hint: ${hint}`],
    failedFile: path,
  });
}

/** Where the metadata block of a file is, if it has one (throws on old-format or repeated blocks). */
function locateBlock(path: string, bytes: Buffer): string | undefined {
  const spans: number[] = [];
  lexSql(bytes, null, spans);
  let found: string | undefined;
  for (let k = 0; k < spans.length; k += 2) {
    const text = goTrimSpace(bytes.toString('utf8', spans[k], spans[k + 1]));
    const element = text.slice(PROLOG.exec(text)?.[0].length ?? 0);
    if (OLD_META_START.test(element)) {
      throw metadataError(
        path,
        'Found old metadata format with namespace (<pgmi:meta>); the namespaced form is no longer supported',
        'Rewrite the block as <pgmi-meta id="…" idempotent="…"> … </pgmi-meta>, drop the xmlns:pgmi ' +
          'declaration and the pgmi: prefixes of <description>, <sortKeys> and <key>.\n' +
          FORMAT_HINT,
      );
    }
    if (!META_START.test(element)) continue;
    if (found !== undefined) {
      throw metadataError(
        path,
        'Multiple metadata blocks found',
        'Only one <pgmi-meta> block is allowed per file. Remove duplicates.',
      );
    }
    found = text;
  }
  return found;
}

/**
 * The XML side (saxes), loaded the first time a file holds a block: a project without metadata
 * never loads it (about 90 KB of code to compile at every start otherwise).
 */
let xml: typeof MetadataXml | undefined;

/** Loads the XML parser that `decodeMetadata` (and so `parseMetadata` of a block) needs. */
export async function loadMetadataParser(): Promise<void> {
  xml ??= await import('./metadata-xml');
}

/** Whether `loadMetadataParser` has completed. */
export const metadataParserLoaded = (): boolean => xml !== undefined;

function validate(path: string, decoded: MetadataXml.DecodedMetadata): ScriptMetadata {
  const problems: string[] = [];
  if (decoded.id === undefined || decoded.id === NIL_UUID) {
    problems.push(
      `id attribute is required and cannot be the nil UUID (${NIL_UUID}).\n` +
        '     Each script must have a unique identifier.\n' +
        '     Generate one with: uuidgen (Linux/macOS), [guid]::NewGuid() (PowerShell), or pgmi metadata scaffold',
    );
  }
  if (decoded.idempotent === undefined) {
    problems.push(
      'idempotent attribute is required (idempotent="true" or idempotent="false").\n' +
        '     true: the script is safe to rerun every deploy (CREATE OR REPLACE, IF NOT EXISTS).\n' +
        '     false: the script runs once per id (tracked one-time migration).',
    );
  }
  decoded.sortKeys.forEach((key, i) => {
    if (goTrimSpace(key) === '') {
      problems.push(
        `sortKeys[${i}] cannot be empty or whitespace-only.\n` +
          '     Provide meaningful sort keys for execution ordering.\n' +
          '     Recommended format: "phase/sequence" (e.g., "10-utils/0010", "30-core/2000")',
      );
    }
  });
  if (decoded.description !== '' && goTrimSpace(decoded.description) === '') {
    problems.push(
      'description element contains only whitespace.\n' +
        '     Remove it or provide a meaningful description.',
    );
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `invalid configuration: invalid PGMI metadata in ${path}:\n` +
        problems.map((p, i) => `  ${i + 1}. ${p}`).join('\n'),
      {
        hints: [FORMAT_HINT, 'Generate a template: pgmi metadata scaffold <project_path>'],
        failedFile: path,
      },
    );
  }
  return {
    id: decoded.id as string,
    idempotent: decoded.idempotent as boolean,
    sortKeys: decoded.sortKeys,
    description: decoded.description,
  };
}

/**
 * Whether `bytes` holds `pgmi-meta` or `pgmi:meta` anywhere: one search for `meta` and a look at
 * the five bytes before each, instead of a search per spelling (each a pass over the whole file,
 * 10 ms for 20 MiB, and a byte-at-a-time one: `p` is common in SQL text).
 */
function mayHoldBlock(bytes: Buffer): boolean {
  for (let i = bytes.indexOf('meta', 5); i >= 0; i = bytes.indexOf('meta', i + 4)) {
    const sep = bytes[i - 1];
    if (
      (sep === 0x2d || sep === 0x3a) &&
      bytes[i - 5] === 0x70 &&
      bytes[i - 4] === 0x67 &&
      bytes[i - 3] === 0x6d &&
      bytes[i - 2] === 0x69
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The text of the `<pgmi-meta>` block of a SQL file, or undefined when it has none. `path` is the
 * `./`-prefixed path used in messages. Throws ConfigError (exit 10) for a block that cannot be
 * one (several blocks, the old `pgmi:meta` form, too large); needs no XML parser.
 */
export function findMetadataBlock(path: string, content: string | Uint8Array): string | undefined {
  // Cheap exit for the common case: no block can exist without one of these byte sequences.
  let bytes: Buffer;
  if (typeof content === 'string') {
    if (!content.includes('pgmi-meta') && !content.includes('pgmi:meta')) return undefined;
    bytes = Buffer.from(content, 'utf8');
  } else {
    bytes = Buffer.isBuffer(content)
      ? content
      : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    if (!mayHoldBlock(bytes)) return undefined;
  }
  const block = locateBlock(path, bytes);
  if (block === undefined) return undefined;

  const size = Buffer.byteLength(block, 'utf8');
  if (size > MAX_METADATA_SIZE) {
    throw metadataError(
      path,
      `Metadata block exceeds maximum size of ${MAX_METADATA_SIZE} bytes (got ${size} bytes)`,
      'Metadata should be concise: move long descriptions to separate documentation files.\n' +
        'Typical metadata blocks are 200-500 bytes.',
    );
  }
  return block;
}

/**
 * Decodes and validates a block found by `findMetadataBlock`; throws ConfigError (exit 10).
 * Needs `loadMetadataParser()` to have completed.
 */
export function decodeMetadata(path: string, block: string): ScriptMetadata {
  if (!xml) throw new Error('internal error: the metadata parser is not loaded');
  let decoded: MetadataXml.DecodedMetadata;
  try {
    decoded = xml.decodeMetadataXml(block);
  } catch (err) {
    if (err instanceof xml.XmlSyntaxError) {
      throw metadataError(
        path,
        err.message,
        'Check that all XML tags are properly closed and attributes are quoted; write & as &amp; and < as &lt;.\n' +
          FORMAT_HINT,
        err.line,
      );
    }
    if (err instanceof xml.XmlValueError) {
      throw metadataError(path, err.message, `Verify the metadata XML structure.\n${FORMAT_HINT}`);
    }
    throw err;
  }
  return validate(path, decoded);
}

/**
 * Parses and validates the `<pgmi-meta>` block of a SQL file. `path` is the `./`-prefixed path
 * used in messages. Returns undefined when the file has no block; throws ConfigError (exit 10).
 * A file with a block needs `loadMetadataParser()` to have completed.
 */
export function parseMetadata(
  path: string,
  content: string | Uint8Array,
): ScriptMetadata | undefined {
  const block = findMetadataBlock(path, content);
  return block === undefined ? undefined : decodeMetadata(path, block);
}

export interface DuplicateId {
  id: string;
  /** Every path carrying the id, in scan order. */
  paths: string[];
}

/** Ids carried by more than one file, in order of first appearance. */
export function findDuplicateIds(
  files: Iterable<Pick<ProjectFile, 'path' | 'metadata'>>,
): DuplicateId[] {
  const byId = new Map<string, string[]>();
  for (const f of files) {
    if (!f.metadata || f.metadata.id === NIL_UUID) continue;
    const paths = byId.get(f.metadata.id);
    if (paths) paths.push(f.path);
    else byId.set(f.metadata.id, [f.path]);
  }
  return [...byId].filter(([, paths]) => paths.length > 1).map(([id, paths]) => ({ id, paths }));
}

/**
 * Fails (exit 10) when files share a metadata id: one line per id, `  <id>: <path>, <path>`,
 * paths sorted and lines sorted (byte order).
 */
export function checkDuplicateIds(files: Iterable<Pick<ProjectFile, 'path' | 'metadata'>>): void {
  const duplicates = findDuplicateIds(files);
  if (duplicates.length === 0) return;
  const lines = duplicates
    .map(({ id, paths }) => `  ${id}: ${[...paths].sort(compareCodePoints).join(', ')}`)
    .sort(compareCodePoints);
  throw new ConfigError(
    'invalid configuration: duplicate <pgmi-meta id> across files; each script must have a unique id:\n' +
      lines.join('\n'),
    { hints: ['Give each script its own id (uuidgen), or remove the copied block.'] },
  );
}

function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The block `pgmi metadata scaffold` writes at the top of a file, followed by one blank line
 * (same layout as upstream). The id is a parameter: decisions.md 15 makes it the file's
 * `generic_id` (upstream hashed `./` + the already `./`-prefixed path). The sort key is
 * `generated/<file name>` as upstream.
 */
export function metadataBlockFor(fileName: string, id: string, idempotent: boolean): string {
  const name = escapeXmlText(fileName);
  return (
    '/*\n' +
    '<pgmi-meta\n' +
    `    id="${id}"\n` +
    `    idempotent="${idempotent}">\n` +
    '  <description>\n' +
    `    Auto-generated metadata for ${name}\n` +
    '  </description>\n' +
    '  <sortKeys>\n' +
    `    <key>generated/${name}</key>\n` +
    '  </sortKeys>\n' +
    '</pgmi-meta>\n' +
    '*/\n' +
    '\n'
  );
}
