/**
 * The one-line pgmi pointer `ai setup` can keep in ./CLAUDE.md, between begin/end markers so it
 * can be replaced without touching the rest of the file.
 */
export const BEGIN = '<!-- pgmi:begin -->';
export const END = '<!-- pgmi:end -->';

export const POINTER_BLOCK = [
  BEGIN,
  'This project deploys with pgmi: see `.claude/skills/pgmi/` and run `pgmi ai` for the model, the skills and the session contract.',
  END,
].join('\n');

/**
 * The new CLAUDE.md text: the block replaces an existing one (a begin marker without an end
 * marker absorbs the rest of the file), or is appended after a blank line.
 */
export function upsertPointer(existing: string | undefined): string {
  if (existing === undefined || existing.trim() === '') return POINTER_BLOCK + '\n';
  const text = existing.replace(/\r\n/g, '\n');
  const begin = text.indexOf(BEGIN);
  if (begin < 0) return text.replace(/\n*$/, '\n\n') + POINTER_BLOCK + '\n';
  const endAt = text.indexOf(END, begin + BEGIN.length);
  const before = text.slice(0, begin);
  if (endAt < 0) return before + POINTER_BLOCK + '\n';
  let after = text.slice(endAt + END.length);
  if (after.startsWith('\n')) after = after.slice(1);
  return before + POINTER_BLOCK + '\n' + after;
}
