/**
 * Escaping for GitHub-flavoured Markdown (job summaries, PR/MR comments). Text from deploy.sql
 * and the server (messages, source lines, file and object names) is data: HTML and Markdown in
 * it must render literally, and a `|` must not split a table cell. Each helper redacts first:
 * escaping would change a secret's spelling.
 */
import { redact } from '../engine/redact';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
};

/** Inline text: entities for HTML and table syntax, backslashes for Markdown emphasis and links. */
export function mdText(s: string): string {
  // Backslashes first: the entities added next contain `#`, which must stay as it is.
  return redact(s)
    .replace(/[\\`*_[\]#~!]/g, (c) => `\\${c}`)
    .replace(/[&<>"'|]/g, (c) => ENTITIES[c])
    .replace(/\r?\n/g, '<br>');
}

/**
 * Characters GFM still reads between `<code>` tags (raw HTML does not stop inline parsing):
 * emphasis (`__test__` would turn bold), code spans, links, strikethrough, backslash escapes,
 * and the autolink triggers (`https:`, `www.`, `user@host`, which GitHub also reads as mentions).
 */
const CODE_ENTITIES: Record<string, string> = {
  ...ENTITIES,
  _: '&#95;',
  '*': '&#42;',
  '`': '&#96;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  ':': '&#58;',
  '@': '&#64;',
  '#': '&#35;',
  '!': '&#33;',
};

/** Inline code: `<code>` with entities, safe inside a table cell and against every GFM rule. */
export function mdCode(s: string): string {
  return `<code>${redact(s)
    .replace(/[&<>"'|_*`~[\]\\:@#!]/g, (c) => CODE_ENTITIES[c])
    .replace(/\b(www)\./gi, '$1&#46;')
    .replace(/\r?\n/g, ' ')}</code>`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function mdFence(text: string, lang = ''): string {
  const s = redact(text);
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${s}\n${fence}`;
}

/** `<details>` with a summary line; the blank lines let GFM read the Markdown inside. */
export function mdDetails(summary: string, body: string[], open = false): string[] {
  return [
    `<details${open ? ' open' : ''}><summary>${summary}</summary>`,
    '',
    ...body,
    '',
    '</details>',
  ];
}
