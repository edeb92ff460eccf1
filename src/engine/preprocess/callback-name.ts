/**
 * Validation of a `pgmi_test()` callback name (deploy-pipeline.md §1.3), worded exactly as
 * upstream pgmi's `validateCallbackName` so scripts that grep the message keep working. The name
 * is spliced into generated SQL by the session, which is why anything beyond
 * `[schema.]function` with plain identifiers is refused (e.g. `'DROP TABLE users; --'`).
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const utf8 = new TextEncoder();

/** Go's `%q` for the strings that reach these messages (JSON's escaping is the same there). */
function quote(s: string): string {
  return JSON.stringify(s);
}

/** The problem with `callback`, or undefined when it is valid (or empty: the default). */
export function validateCallbackName(callback: string): string | undefined {
  if (callback === '') return undefined;
  const parts = callback.split('.');
  if (parts.length > 2) {
    return `invalid callback ${quote(callback)}: expected [schema.]function format`;
  }
  for (const part of parts) {
    if (part === '') return `invalid callback ${quote(callback)}: empty identifier`;
    // Upstream measures the part in UTF-8 bytes (Go's len), so do we.
    if (utf8.encode(part).length > 63) {
      return `invalid callback ${quote(callback)}: identifier ${quote(part)} exceeds 63 character limit`;
    }
    if (!IDENTIFIER.test(part)) {
      return `invalid callback ${quote(callback)}: ${quote(part)} is not a valid identifier`;
    }
  }
  return undefined;
}
