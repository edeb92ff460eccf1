/**
 * The session's SQL, kept as .sql files beside this module and read by name. ncc traces each
 * literal `new URL('./x.sql', import.meta.url)` read and copies the file next to the bundle, so
 * every file gets a getter of its own (a computed name would not be traced).
 */
import { readFileSync } from 'node:fs';

const cache = new Map<string, string>();

function cached(name: string, read: () => string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = read();
    cache.set(name, text);
  }
  return text;
}

export const SQL = {
  /** Internal tables, the test event type and helper functions (session API, every version). */
  get schema(): string {
    return cached('schema', () => readFileSync(new URL('./schema.sql', import.meta.url), 'utf8'));
  },
  /** Session API v1: the six public views and `pgmi_test_generate`. */
  get contractV1(): string {
    return cached('contract-v1', () =>
      readFileSync(new URL('./contract-v1.sql', import.meta.url), 'utf8'),
    );
  },
  /** One row per catalog object (kind, name, parent, props) for the change report. */
  get catalogSnapshot(): string {
    return cached('catalog-snapshot', () =>
      readFileSync(new URL('./catalog-snapshot.sql', import.meta.url), 'utf8'),
    );
  },
  /** Set-based twin of `pgmi_register_file` for the loader (parameters described in the file). */
  get registerFiles(): string {
    return cached('register-files', () =>
      readFileSync(new URL('./register-files.sql', import.meta.url), 'utf8'),
    );
  },
};
