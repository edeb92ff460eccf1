/**
 * The XML parser for `<pgmi-meta>` blocks is loaded by the first block a scan meets, and only
 * then; the block is still decoded, and its errors still reported, in walk order. This file runs
 * in a module registry of its own, so the parser starts unloaded.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { jest } from '@jest/globals';
import { PgmiError } from '../errors';
import { metadataParserLoaded } from './metadata';
import { scanProject } from './scan';

const ID = '550e8400-e29b-41d4-a716-446655440000';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pgmi-scan-meta-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function put(rel: string, content: string | Buffer = 'SELECT 1;'): void {
  const abs = join(root, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

async function failure(): Promise<PgmiError> {
  try {
    await scanProject(root);
  } catch (err) {
    return err as PgmiError;
  }
  throw new Error('the scan succeeded');
}

// In this order: the first test needs the parser not loaded yet.
it('a project without blocks never loads the parser; its first block does, and is decoded', async () => {
  put('a.sql', '/* prose that mentions <pgmi-meta> is no block */ SELECT 1; -- pgmi-meta');
  put('b.sql');
  put('notes.md', `<pgmi-meta id="${ID}" idempotent="true"></pgmi-meta>`);
  const plain = await scanProject(root);
  expect(plain.files.map((f) => f.metadata)).toEqual([undefined, undefined, undefined]);
  expect(metadataParserLoaded()).toBe(false);

  put('c.sql', `/* <pgmi-meta id="${ID}" idempotent="false"></pgmi-meta> */ SELECT 1;`);
  const withBlock = await scanProject(root);
  expect(metadataParserLoaded()).toBe(true);
  expect(withBlock.files.find((f) => f.path === './c.sql')?.metadata).toEqual({
    id: ID,
    idempotent: false,
    sortKeys: [],
    description: '',
  });
});

it('the first block of a scan is decoded before the next file is read: its error comes first', async () => {
  jest.resetModules();
  const fresh = await import('./scan');
  const { metadataParserLoaded: loaded } = await import('./metadata');
  expect(loaded()).toBe(false);
  put('a.sql', `/* <pgmi-meta id="not-a-uuid" idempotent="true"></pgmi-meta> */ SELECT 1;`);
  put('b.sql', Buffer.from([0x53, 0x00, 0x31]));
  let err: PgmiError | undefined;
  try {
    await fresh.scanProject(root);
  } catch (e) {
    err = e as PgmiError;
  }
  expect(err?.message).toContain('./a.sql');
  expect(err?.message).not.toContain('NUL');
  expect(loaded()).toBe(true);
});

it('a bad file before the first block is reported without loading anything', async () => {
  put('a.sql', Buffer.from([0x53, 0x00, 0x31]));
  put('b.sql', `/* <pgmi-meta id="${ID}" idempotent="true"></pgmi-meta> */ SELECT 1;`);
  const err = await failure();
  expect(err.message).toContain('./a.sql contains a NUL byte');
});
