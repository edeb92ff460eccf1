/**
 * The project templates shipped in `templates/` (one directory each) and what `templates list`,
 * `templates describe` and the MCP `templates_list` tool say about them. Front-door neutral: data
 * in, data out, nothing printed.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareCodePoints } from '../engine/project/go-text';

export interface TemplateSummary {
  name: string;
  /** One line. */
  description: string;
  bestFor: string;
}

export interface TemplateDescription extends TemplateSummary {
  /** A paragraph. */
  long: string;
  features: string[];
  /** Lowest PostgreSQL major the template's SQL runs on. */
  minPostgres: number;
}

/** Recommended order: the catalogue's order, then any other template directory by name. */
const CATALOGUE: TemplateDescription[] = [
  {
    name: 'basic',
    description: 'Migrations in path order in one transaction, tested before commit',
    bestFor: 'new projects and teams replacing hand-run migration scripts',
    long:
      'A small, production-capable scaffold. deploy.sql runs every SQL file in ./migrations/ in ' +
      'path order inside one transaction, loads ./seed/ in development, and lets the tests in ' +
      '__test__/ decide whether anything is committed. A failure names the file. An opt-in ' +
      'ledger (apply_once=true) records each applied migration with its checksum and never ' +
      'runs it again.',
    features: [
      'one transaction: a failing migration, seed or test leaves the database untouched',
      'errors name the failing file ("Failed in ./migrations/…")',
      'opt-in apply-once ledger (path + checksum); an edited applied migration is refused',
      'env parameter: development loads the seed data, other environments do not',
      '__test__/ with a fixture and tests; CALL pgmi_test() gates the COMMIT',
      'pgmi.yaml, .gitignore and a README explaining the model',
      'PostgreSQL 11 or later; no extensions, roles or superuser',
    ],
    minPostgres: 11,
  },
  {
    name: 'advanced',
    description:
      'Metadata-driven plan with a ledger, roles, parameters, row-level security and an HTTP API (REST, JSON-RPC, MCP)',
    bestFor: 'teams with many scripts and several environments who want a reference to adapt',
    long:
      'A reference application of its own to read, trim and own. Every script carries ' +
      '<pgmi-meta> (id, sort key, idempotent flag) and deploy.sql executes pgmi_plan_view ' +
      'through a ledger keyed by script id and checksum that runs run-once scripts once and ' +
      'catches drift. Parameters are declared in parameters.json and validated; a bootstrap ' +
      'phase creates an owner, admin, application and read-only role; tenants are isolated by ' +
      'row-level security; an index is built concurrently after the commit. Handlers registered ' +
      'in SQL serve REST (with OpenAPI 3.1), JSON-RPC and MCP through tools/mcp-gateway.mjs.',
    features: [
      'plan from <pgmi-meta> sort keys, executed from pgmi_plan_view',
      'ledger by script id + checksum; drift of a run-once script fails or warns (drift_policy)',
      'declared parameters: required/optional, defaults, types; secrets never printed',
      'owner / admin / api / application / customer / read-only roles from a bootstrap phase (needs CREATEROLE)',
      'schemas ledger, app, api, report, membership, …; row-level security per tenant',
      'handler registry: REST (OpenAPI 3.1), JSON-RPC and MCP over HTTP; identity, API keys, audit',
      'nested __test__/ directories with fixtures and teardown, gating the COMMIT',
      'psql-mode tail: CREATE INDEX CONCURRENTLY, recovering an INVALID index',
      'rehearses cleanly (--rehearse); dry_run=true still runs everything, then rolls back',
      'PostgreSQL 15 or later; hstore and pgcrypto (trusted extensions)',
    ],
    minPostgres: 15,
  },
];

/**
 * The shipped `templates/` directory (with a trailing separator): two levels above this module,
 * from `src/tooling/` as from a bundle in `dist/cli/`. Templates travel beside `dist/`, not inside
 * it: the path is built at run time so that the bundler does not copy (and flatten) the tree.
 */
export function templatesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, ...['..', '..', 'templates'], sep);
}

/** Names of the template directories present, in recommended order. */
export function templateNames(): string[] {
  let names: string[];
  try {
    names = readdirSync(templatesDir()).filter(
      (n) => !n.startsWith('.') && statSync(`${templatesDir()}${n}`).isDirectory(),
    );
  } catch {
    return [];
  }
  const rank = (n: string) => {
    const i = CATALOGUE.findIndex((t) => t.name === n);
    return i < 0 ? CATALOGUE.length : i;
  };
  return names.sort((a, b) => rank(a) - rank(b) || compareCodePoints(a, b));
}

/** `templates list` / MCP `templates_list`: basic first, then advanced, then any others. */
export function listTemplates(): TemplateSummary[] {
  return templateNames().map((name) => {
    const t = CATALOGUE.find((c) => c.name === name);
    return { name, description: t?.description ?? '', bestFor: t?.bestFor ?? '' };
  });
}

/** The full description of a shipped template, or undefined when there is no such template. */
export function describeTemplate(name: string): TemplateDescription | undefined {
  if (!templateNames().includes(name)) return undefined;
  return (
    CATALOGUE.find((t) => t.name === name) ?? {
      name,
      description: '',
      bestFor: '',
      long: '',
      features: [],
      minPostgres: 11,
    }
  );
}
