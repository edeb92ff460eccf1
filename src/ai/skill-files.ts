/**
 * The skill files shipped with pgmi. ncc copies a file next to the bundle only when it sees a
 * literal `new URL('./x', import.meta.url)` read, so every file has a line of its own here (a
 * computed name would not be traced). A unit test checks this list against src/ai/skills/.
 */
import { readFileSync } from 'node:fs';

const read = (url: URL): string => readFileSync(url, 'utf8');

/** File name → reader, in file-name order. */
export const SKILL_FILES: Readonly<Record<string, () => string>> = {
  'advanced-template.md': () => read(new URL('./skills/advanced-template.md', import.meta.url)),
  'pgmi-api-architecture.md': () =>
    read(new URL('./skills/pgmi-api-architecture.md', import.meta.url)),
  'pgmi-ci.md': () => read(new URL('./skills/pgmi-ci.md', import.meta.url)),
  'pgmi-connections.md': () => read(new URL('./skills/pgmi-connections.md', import.meta.url)),
  'pgmi-debug-deploy.md': () => read(new URL('./skills/pgmi-debug-deploy.md', import.meta.url)),
  'pgmi-deploy-sql.md': () => read(new URL('./skills/pgmi-deploy-sql.md', import.meta.url)),
  'pgmi-endpoint-quickstart.md': () =>
    read(new URL('./skills/pgmi-endpoint-quickstart.md', import.meta.url)),
  'pgmi-handler-patterns.md': () =>
    read(new URL('./skills/pgmi-handler-patterns.md', import.meta.url)),
  'pgmi-mcp.md': () => read(new URL('./skills/pgmi-mcp.md', import.meta.url)),
  'pgmi-metadata-system.md': () =>
    read(new URL('./skills/pgmi-metadata-system.md', import.meta.url)),
  'pgmi-philosophy.md': () => read(new URL('./skills/pgmi-philosophy.md', import.meta.url)),
  'pgmi-postgres-review.md': () =>
    read(new URL('./skills/pgmi-postgres-review.md', import.meta.url)),
  'pgmi-security-review.md': () =>
    read(new URL('./skills/pgmi-security-review.md', import.meta.url)),
  'pgmi-sql.md': () => read(new URL('./skills/pgmi-sql.md', import.meta.url)),
  'pgmi-system-design.md': () => read(new URL('./skills/pgmi-system-design.md', import.meta.url)),
  'pgmi-test-architecture.md': () =>
    read(new URL('./skills/pgmi-test-architecture.md', import.meta.url)),
  'pgmi-testing-review.md': () => read(new URL('./skills/pgmi-testing-review.md', import.meta.url)),
  'pgmi-testing.md': () => read(new URL('./skills/pgmi-testing.md', import.meta.url)),
  'postgresql-patterns.md': () => read(new URL('./skills/postgresql-patterns.md', import.meta.url)),
};

/** The overview printed by `pgmi ai` (the skill index is appended at run time). */
export function readOverview(): string {
  return read(new URL('./overview.md', import.meta.url));
}

/** The core guidance every `ai setup` target wraps. */
export function readCoreGuidance(): string {
  return read(new URL('./setup/core.md', import.meta.url));
}
