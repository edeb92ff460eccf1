/**
 * Tool results: text, structured values, and failures. A failure is a tool result with
 * `isError: true` (never a protocol error), its text the CLI's formatted error and its
 * structuredContent the same detail as `--json` (exit code, SQLSTATE, file, line, ...).
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { PgmiError, errorDetail, formatError, messageOf } from '../engine/errors';
import { redact } from '../engine/redact';

export function textResult(text: string): CallToolResult {
  return { content: [{ type: 'text', text }] };
}

export function structuredResult(value: Record<string, unknown>): CallToolResult {
  return {
    content: [{ type: 'text', text: JSON.stringify(value, null, 2) }],
    structuredContent: value,
  };
}

/** An error pgmi did not classify: a bug, or an OS error without a PgmiError around it. */
function isUnexpected(err: unknown): boolean {
  if (err instanceof PgmiError) return false;
  const code = (err as { code?: unknown } | null)?.code;
  return !(typeof code === 'string' && /^E[A-Z]+$/.test(code));
}

export function errorResult(
  tool: string,
  err: unknown,
  extra: Record<string, unknown> = {},
): CallToolResult {
  const detail: Record<string, unknown> = { ...errorDetail(err) };
  let text = formatError(err);
  if (isUnexpected(err)) {
    detail.panic = true;
    if (err instanceof Error && err.stack) detail.stack = redact(err.stack);
    text = `tool ${tool} failed unexpectedly: ${redact(messageOf(err))}`;
  }
  return {
    content: [{ type: 'text', text }],
    structuredContent: { ...detail, ...extra },
    isError: true,
  };
}
