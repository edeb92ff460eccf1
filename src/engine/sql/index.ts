/**
 * The session's SQL, kept as .sql files beside this module and read by name. ncc traces the
 * `new URL('./x.sql', import.meta.url)` reads and copies the files next to the bundle.
 */
import { readFileSync } from 'node:fs';

export const SQL = {
  get probe(): string {
    return readFileSync(new URL('./probe.sql', import.meta.url), 'utf8');
  },
};
