/**
 * Escaping for the job summary. Text from deploy.sql and the server (messages, source lines,
 * file names) is data: HTML and Markdown in it must render literally, and a `|` must not split
 * a table cell. Each helper redacts first: escaping would change a secret's spelling.
 */
import { redact } from '../../engine/redact';

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

/** Inline code: `<code>` with entities, safe inside a table cell. */
export function mdCode(s: string): string {
  return `<code>${redact(s)
    .replace(/[&<>"'|]/g, (c) => ENTITIES[c])
    .replace(/\r?\n/g, ' ')}</code>`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function mdFence(text: string, lang = ''): string {
  const s = redact(text);
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${s}\n${fence}`;
}
