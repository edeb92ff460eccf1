/**
 * gh-15: the skills about the advanced template hold to its code. Every `api.`, `membership.`,
 * `core.`, `common.` and `embeddings.` name a skill mentions is created by the template's SQL,
 * every template file it names exists, every gateway setting it names is read by the gateway;
 * `pgmi ai client` prints client guidance per language.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { listSkills } from '../src/ai/skills';
import { runPgmi } from './helpers/cli';

const TEMPLATE = 'templates/advanced';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const sql = filesUnder(TEMPLATE)
  .filter((f) => f.endsWith('.sql'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const gateway = readFileSync(path.join(TEMPLATE, 'tools/mcp-gateway.mjs'), 'utf8');
const defined = new Set(
  [
    ...sql.matchAll(
      /(?:FUNCTION|TABLE|VIEW|TYPE|DOMAIN|PROCEDURE)\s+(?:IF NOT EXISTS\s+)?((?:api|membership|core|common|embeddings)\.[a-z_]+)/gi,
    ),
    // Settings the template reads (current_setting('api.www_authenticate', true)) are names too.
    ...sql.matchAll(/current_setting\('((?:api|membership|core|common|embeddings)\.[a-z_]+)'/g),
  ].map((m) => m[1]),
);
const skills = listSkills();

describe('skills about the advanced template', () => {
  it('include every skill name the documentation answers to', () => {
    const names = skills.map((s) => s.name);
    for (const n of [
      'pgmi-handler-patterns',
      'pgmi-api-architecture',
      'pgmi-endpoint-quickstart',
      'advanced-template',
      'pgmi-system-design',
      'pgmi-test-architecture',
      'pgmi-testing-review',
      'pgmi-postgres-review',
      'postgresql-patterns',
    ])
      expect(names).toContain(n);
  });

  it.each(skills.map((s) => [s.name, s.content]))(
    '%s: every application-layer SQL name exists in the template',
    (_name, content) => {
      const mentioned = [
        ...content.matchAll(/\b((?:api|membership|core|common|embeddings)\.[a-z_]+)\b/g),
      ].map((m) => m[1]);
      expect(mentioned.filter((n) => !defined.has(n))).toEqual([]);
    },
  );

  it.each(skills.map((s) => [s.name, s.content]))(
    '%s: every template file and gateway setting it names exists',
    (_name, content) => {
      const files = [
        ...content.matchAll(
          /`((?:lib|membership|api|app|security|recipes|tools|bootstrap|__test__)\/[\w./-]+\.(?:sql|mjs))`/g,
        ),
      ].map((m) => m[1]);
      expect(files.filter((f) => !existsSync(path.join(TEMPLATE, f)))).toEqual([]);
      const settings = [...content.matchAll(/\b((?:MCP|GATEWAY)_[A-Z_]+)\b/g)].map((m) => m[1]);
      expect(settings.filter((s) => !gateway.includes(s))).toEqual([]);
    },
  );

  it('the checks above look at something, and can fail', () => {
    expect(defined.has('api.create_or_replace_rest_handler')).toBe(true);
    expect(defined.has('api.no_such_thing')).toBe(false);
    const all = skills.map((s) => s.content).join('\n');
    expect([...all.matchAll(/\bapi\.[a-z_]+/g)].length).toBeGreaterThan(40);
  });
});

describe('pgmi ai client', () => {
  it.each([
    ['typescript', '@modelcontextprotocol/sdk/client/streamableHttp.js'],
    ['python', 'streamablehttp_client'],
    ['go', 'net/http'],
    ['csharp', 'HttpClient'],
    ['curl', 'curl -s -X POST http://127.0.0.1:8080/mcp'],
  ])('%s: guidance for the deployed API and MCP endpoint', async (lang, marker) => {
    const r = await runPgmi(['ai', 'client', lang]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('/openapi.json');
    expect(r.stdout).toContain('POST /mcp');
    expect(r.stdout).toContain(marker);
  });

  it('without a language: every language; an unknown one is a usage error', async () => {
    const all = await runPgmi(['ai', 'client']);
    expect(all.code).toBe(0);
    for (const h of ['## curl', '## TypeScript', '## Python', '## Go', '## C#'])
      expect(all.stdout).toContain(h);
    const bad = await runPgmi(['ai', 'client', 'cobol']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown language 'cobol'");
    expect((await runPgmi(['ai', 'client', 'a', 'b'])).code).toBe(2);
  });
});
