/**
 * gh-15: the advanced template as an application server, over HTTP. The template is scaffolded
 * with `pgmi init -t advanced`, handler files written the way the documentation shows them are
 * added, `pgmi deploy` runs, and the template's own gateway (tools/mcp-gateway.mjs) serves REST,
 * JSON-RPC and MCP on 127.0.0.1. Test names carry the app-layer conformance item (app#N).
 */
import { request } from 'node:http';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Validator } from '@seriousme/openapi-schema-validator';
import pg from 'pg';
import {
  createAppProject,
  FIXTURE_HANDLERS,
  startGateway,
  type AppProject,
  type RunningGateway,
} from './helpers/app-gateway';
import { runNode } from './helpers/cli';
import { serverUrl } from './helpers/db';

/** A parsed JSON body; the assertions check its shape. */
type Json = ReturnType<typeof JSON.parse>;

const CONFORMANCE = path.resolve('__tests__/fixtures/app-handlers/conformance.sql');
let project: AppProject;
let gw: RunningGateway;

beforeAll(async () => {
  project = await createAppProject(serverUrl(), [FIXTURE_HANDLERS, CONFORMANCE]);
  const r = await project.deploy();
  if (r.code !== 0) throw new Error(`deploy failed:\n${r.stderr}`);
  gw = await startGateway(project);
}, 180_000);
afterAll(async () => {
  await gw?.stop();
  await project?.drop();
});

async function http(
  p: string,
  init: RequestInit & { headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; text: string; json: () => Json }> {
  const res = await fetch(gw.url + p, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}
const mcpPost = (body: unknown, headers: Record<string, string> = {}) =>
  http('/mcp', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const rpcPost = (body: unknown, headers: Record<string, string> = {}) =>
  http('/rpc', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const BOB = { 'x-user-id': 'google|bob-15', 'x-user-email': 'bob15@example.com' };

describe('REST through the gateway', () => {
  it('app#10: GET /hello → Hello, World!; ?name=Developer → Hello, Developer!', async () => {
    const a = await http('/hello');
    expect(a.status).toBe(200);
    expect(a.json().message).toBe('Hello, World!');
    expect((await http('/hello?name=Developer')).json().message).toBe('Hello, Developer!');
  });

  it('app#11: spellings of /hello reach it; /Hello and /helloworld do not', async () => {
    for (const p of ['/hello/', '//hello', '/x/../hello', '/hel%6Co'])
      expect([p, (await http(p)).status]).toEqual([p, 200]);
    for (const p of ['/Hello', '/helloworld'])
      expect([p, (await http(p)).status]).toEqual([p, 404]);
    expect(await project.sql("SELECT api.canonical_path('/a%2Fb') AS p")).toEqual([
      { p: '/a%2Fb' },
    ]);
  });

  it('app#12: unknown path → 404 problem+json titled Not Found', async () => {
    const r = await http('/no/such/thing');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect(r.json()).toMatchObject({ title: 'Not Found', status: 404 });
  });

  it('app#13: POST /hello → 405 with Allow: GET, HEAD', async () => {
    const r = await http('/hello', { method: 'POST' });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('GET, HEAD');
  });

  it('app#14: HEAD /hello → 200, empty body, the content-length of GET', async () => {
    const get = await http('/hello');
    const head = await http('/hello', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(Number(get.headers.get('content-length'))).toBe(Buffer.byteLength(get.text));
  });

  it('app#15: POST /echo without identity → 401, www-authenticate: X-User-Id', async () => {
    const r = await http('/echo', { method: 'POST', body: '{}' });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe('X-User-Id');
    expect(r.json()).toMatchObject({ title: 'Unauthorized', detail: 'Authentication required' });
  });

  it('app#16: malformed x-user-id values are not identities', async () => {
    for (const id of ['alice', '|alice', 'google|'])
      expect([
        id,
        (await http('/me', { headers: { 'x-user-id': id, 'x-user-email': 'a@b.c' } })).status,
      ]).toEqual([id, 401]);
  });

  it('app#17: unknown identity without email → 401; with x-user-email → 200 and a personal org', async () => {
    expect((await http('/me', { headers: { 'x-user-id': 'github|new-17' } })).status).toBe(401);
    const me = await http('/me', {
      headers: { 'x-user-id': 'github|new-17', 'x-user-email': 'New17@Example.com' },
    });
    expect(me.status).toBe(200);
    expect(me.json().email).toBe('new17@example.com');
    expect(me.json().member_org_ids).toHaveLength(1);
    const org = await project.sql(
      'SELECT name, is_personal, slug FROM membership.organization WHERE object_id = $1',
      [me.json().member_org_ids[0]],
    );
    expect(org[0]).toMatchObject({ name: 'Personal', is_personal: true });
    expect(org[0].slug).toBe(`personal-${me.json().user_id}`);
    // Once provisioned, the identity alone is enough.
    expect((await http('/me', { headers: { 'x-user-id': 'github|new-17' } })).status).toBe(200);
  });

  it('app#18: a deactivated user → 401', async () => {
    const h = { 'x-user-id': 'github|gone-18', 'x-user-email': 'gone18@example.com' };
    expect((await http('/me', { headers: h })).status).toBe(200);
    await project.sql(
      `UPDATE membership."user" SET is_active = false WHERE email = 'gone18@example.com'`,
    );
    expect((await http('/me', { headers: h })).status).toBe(401);
  });

  it('app#19: Accept negotiation: xml and json;q=0 → 406; application/* and none → 200', async () => {
    const status = async (accept?: string) =>
      (await http('/hello', { headers: accept ? { accept } : {} })).status;
    expect(await status('application/xml')).toBe(406);
    expect(await status('application/json;q=0')).toBe(406);
    expect(await status('application/*')).toBe(200);
    expect(await status()).toBe(200);
  });

  it('app#20: response headers on success; auth routes are private, no-store', async () => {
    const r = await http('/hello');
    for (const h of [
      'content-length',
      'x-execution-time-ms',
      'x-pgmi-catalog-version',
      'x-route-id',
    ])
      expect([h, r.headers.get(h) !== null]).toEqual([h, true]);
    expect(r.headers.get('vary')).toContain('x-user-id');
    expect(r.headers.get('cache-control')).toBeNull();
    const me = await http('/me', { headers: BOB });
    expect(me.headers.get('cache-control')).toBe('private, no-store');
    // POST /echo, as documented: method, url and the parsed JSON body come back.
    const echo = await http('/echo?x=1', {
      method: 'POST',
      headers: { ...BOB, 'content-type': 'application/json' },
      body: JSON.stringify({ greeting: 'hello' }),
    });
    expect([echo.status, echo.json()]).toEqual([
      200,
      { method: 'POST', url: '/echo?x=1', body: { greeting: 'hello' } },
    ]);
    expect(echo.headers.get('cache-control')).toBe('private, no-store');
  });

  it('app#21: unique_violation → 409 Resource already exists, nothing of the SQL error', async () => {
    const r = await http('/dup', { method: 'POST' });
    expect(r.status).toBe(409);
    expect(r.json().title).toBe('Resource already exists');
    expect(r.text).not.toContain('secret constraint text');
    expect(r.headers.get('x-error-sqlstate')).toBeNull();
  });

  it('app#22: RAISE EXCEPTION → 500; the exchange row holds sqlstate=P0001', async () => {
    const r = await http('/boom');
    expect(r.status).toBe(500);
    expect(r.json().title).toBe('An internal error occurred');
    expect(r.text).not.toContain('must not leak');
    const rows = await project.sql<{ body: string; state: string }>(
      `SELECT convert_from((response).content, 'UTF8') AS body,
              (response).headers OPERATOR(extensions.->) 'x-error-sqlstate' AS state
         FROM api.rest_exchange WHERE handler_object_id = 'c0000001-0002-4000-8000-000000000001'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].body).toContain('sqlstate=P0001');
    expect(rows[0].state).toBe('P0001');
    // autoLog false: no row, on failure too (app#65).
    expect((await http('/quiet-boom')).status).toBe(500);
    expect(
      await project.sql(
        "SELECT count(*)::int AS n FROM api.rest_exchange WHERE handler_object_id = 'c0000001-0003-4000-8000-000000000001'",
      ),
    ).toEqual([{ n: 0 }]);
  });
});

describe('OpenAPI', () => {
  it('app#24: /openapi.json is OpenAPI 3.1.0, titled "<db> API", with the apiKeyAuth scheme; it validates', async () => {
    const r = await http('/openapi.json');
    expect(r.status).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe(`${project.db} API`);
    expect(doc.components.securitySchemes.apiKeyAuth).toEqual({
      type: 'apiKey',
      in: 'header',
      name: 'x-user-id',
    });
    const result = await new Validator().validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('covers every live REST route, and nothing else', async () => {
    const doc = (await http('/openapi.json')).json();
    const routes = await project.sql<{ p: string }>(
      `SELECT DISTINCT r.canonical_path AS p FROM api.rest_route r
         JOIN api.handler h ON h.object_id = r.handler_object_id WHERE h.deleted_at IS NULL ORDER BY 1`,
    );
    expect(Object.keys(doc.paths).sort()).toEqual(routes.map((r) => r.p).sort());
    for (const p of ['/hello', '/echo', '/me', '/tasks', '/tasks/{id}/complete', '/openapi.json'])
      expect(doc.paths[p]).toBeDefined();
    expect(doc.paths['/tasks/{id}/complete'].post.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ]);
  });

  it('app#25/26: etag is the catalog version; If-None-Match tag, W/tag, a list or * → 304; a stale tag → 200', async () => {
    const r = await http('/openapi.json');
    const tag = r.headers.get('etag')!;
    expect(tag).toBe(`"${r.headers.get('x-pgmi-catalog-version')}"`);
    expect(r.headers.get('cache-control')).toBe('no-cache');
    for (const inm of [tag, `W/${tag}`, `"other", ${tag}`, '*']) {
      const n = await http('/openapi.json', { headers: { 'if-none-match': inm } });
      expect([inm, n.status, n.text, n.headers.get('content-length')]).toEqual([
        inm,
        304,
        '',
        null,
      ]);
    }
    expect((await http('/openapi.json', { headers: { 'if-none-match': '"stale"' } })).status).toBe(
      200,
    );
  });
});

describe('JSON-RPC through the gateway', () => {
  it('app#31: test.sum {a:5,b:3} id "1" → 200, result.result 8, x-rpc-method', async () => {
    const r = await rpcPost({
      jsonrpc: '2.0',
      method: 'test.sum',
      params: { a: 5, b: 3 },
      id: '1',
    });
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ jsonrpc: '2.0', result: { result: 8 }, id: '1' });
    expect(r.headers.get('x-rpc-method')).toBe('test.sum');
  });

  it('app#32: a body that is not JSON → 400 -32700, id null', async () => {
    const r = await rpcPost('not json');
    expect(r.status).toBe(400);
    expect(r.json()).toMatchObject({ error: { code: -32700 }, id: null });
  });

  it('app#33: auth without identity → 401 -32001; unique_violation → 409 -32602; other → 500 -32603', async () => {
    const a = await rpcPost({ jsonrpc: '2.0', method: 'test.private', id: 1 });
    expect([a.status, a.json().error.code]).toEqual([401, -32001]);
    expect(a.headers.get('www-authenticate')).toBe('X-User-Id');
    const d = await rpcPost({ jsonrpc: '2.0', method: 'test.dup', id: 2 });
    expect([d.status, d.json().error.code, d.json().id]).toEqual([409, -32602, 2]);
    const b = await rpcPost({ jsonrpc: '2.0', method: 'test.boom', id: 3 });
    expect([b.status, b.json().error.code, b.json().error.message]).toEqual([
      500,
      -32603,
      'Internal error',
    ]);
    const u = await rpcPost({ jsonrpc: '2.0', method: 'nope.x', id: 4 });
    expect([u.status, u.json().error.code]).toEqual([404, -32601]);
    const ok = await rpcPost({ jsonrpc: '2.0', method: 'test.private', id: 5 }, BOB);
    expect(ok.json().result).toEqual({ ok: true });
  });
});

describe('MCP over HTTP (raw)', () => {
  it('app#34: initialize negotiates the protocol version; serverInfo is {<db>, 1.0.0}', async () => {
    const init = async (protocolVersion?: string) =>
      (
        await mcpPost({
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: protocolVersion ? { protocolVersion } : {},
        })
      ).json();
    expect((await init('2024-11-05')).result.protocolVersion).toBe('2024-11-05');
    expect((await init('2025-06-18')).result.protocolVersion).toBe('2025-06-18');
    const later = await init('2099-01-01');
    expect(later.result.protocolVersion).toBe('2025-11-25');
    expect(later.result.serverInfo).toEqual({ name: project.db, version: '1.0.0' });
    expect((await init()).error.code).toBe(-32602);
  });

  it('app#35: ping', async () => {
    expect((await mcpPost({ jsonrpc: '2.0', id: 42, method: 'ping' })).json()).toEqual({
      jsonrpc: '2.0',
      id: 42,
      result: {},
    });
  });

  it('app#36: notifications → 202 with an empty body, even with an id', async () => {
    for (const body of [
      { jsonrpc: '2.0', method: 'tools/list' },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 7, method: 'notifications/initialized' },
    ]) {
      const r = await mcpPost(body);
      expect([r.status, r.text]).toEqual([202, '']);
    }
  });

  it('app#37/38/39: invalid requests and unknown methods', async () => {
    for (const id of [null, true, {}]) {
      const r = (await mcpPost({ jsonrpc: '2.0', id, method: 'ping' })).json();
      expect([r.error.code, r.id]).toEqual([-32600, null]);
    }
    expect((await mcpPost({ id: 1, method: 'ping' })).json().error.code).toBe(-32600);
    expect((await mcpPost({ jsonrpc: '2.0', id: 1 })).json().error.code).toBe(-32600);
    expect((await mcpPost([{ jsonrpc: '2.0', id: 1, method: 'ping' }])).json().error.code).toBe(
      -32600,
    );
    const u = (await mcpPost({ jsonrpc: '2.0', id: 1, method: 'tools/frobnicate' })).json();
    expect(u.error).toEqual({ code: -32601, message: 'Method not found: tools/frobnicate' });
  });

  it('app#40/41: tools/list hides requiresAuth tools from anonymous and unknown callers', async () => {
    const names = async (h: Record<string, string> = {}) =>
      (
        (await mcpPost({ jsonrpc: '2.0', id: 1, method: 'tools/list' }, h)).json().result
          .tools as Array<{ name: string }>
      ).map((t) => t.name);
    await http('/me', { headers: BOB }); // provisions bob
    const anon = await names();
    const unknown = await names({ 'x-user-id': 'google|nobody' });
    const bob = await names({ 'x-user-id': BOB['x-user-id'] });
    expect(anon).toContain('weather_at');
    expect(anon).not.toContain('private_tool');
    expect(anon).not.toContain('open_tasks');
    expect(unknown).toEqual(anon);
    expect(bob).toEqual(
      expect.arrayContaining(['weather_at', 'private_tool', 'open_tasks', 'database_info']),
    );
    const tools = (
      await mcpPost(
        { jsonrpc: '2.0', id: 1, method: 'tools/list' },
        { 'x-user-id': BOB['x-user-id'] },
      )
    ).json().result.tools;
    const weather = tools.find((t: Json) => t.name === 'weather_at');
    expect(weather._meta).toEqual({ tags: ['weather'] });
    expect(weather.outputSchema.properties.temp_c.type).toBe('number');
    expect(tools.every((t: Json) => !('tags' in t))).toBe(true);
    expect(JSON.stringify(tools)).not.toContain('null');
    expect(tools.find((t: Json) => t.name === 'boom_tool').inputSchema).toEqual({ type: 'object' });
  });

  it('app#42/43: unknown tool → -32602; auth tool anonymously → -32001 in HTTP 200; a raising tool → isError', async () => {
    const call = (name: string, h: Record<string, string> = {}) =>
      mcpPost({ jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name, arguments: {} } }, h);
    expect((await call('nope')).json().error).toEqual({
      code: -32602,
      message: 'Tool not found: nope',
    });
    const p = await call('private_tool');
    expect([p.status, p.json().error.code]).toEqual([200, -32001]);
    const b = (await call('boom_tool')).json();
    expect(b.result).toEqual({
      content: [{ type: 'text', text: 'Tool execution failed' }],
      isError: true,
    });
    expect(JSON.stringify(b)).not.toContain('raw tool failure');
    const rows = await project.sql<{ t: string; log: string }>(
      "SELECT mcp_type AS t, (response).envelope ->> '_log' AS log FROM api.mcp_exchange WHERE mcp_name = 'boom_tool'",
    );
    expect(rows[0].t).toBe('tool');
    expect(rows[0].log).toContain('sqlstate=P0001');
  });

  it('app#44: weather_at returns structuredContent {"temp_c":21.5}', async () => {
    const r = (
      await mcpPost({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'weather_at', arguments: { city: 'Oslo' } },
      })
    ).json();
    expect(r.result.structuredContent).toEqual({ temp_c: 21.5 });
    expect(r.result.isError).toBe(false);
  });

  it('app#45/46/47: resources vs templates; the longer template wins; unknown uri; raising resource/prompt', async () => {
    const list = (await mcpPost({ jsonrpc: '2.0', id: 1, method: 'resources/list' })).json().result
      .resources;
    expect(list.map((r: Json) => r.uri)).toEqual(
      expect.arrayContaining(['status://server', 'boom://resource']),
    );
    expect(list.every((r: Json) => !r.uri.includes('{') && !('uriTemplate' in r))).toBe(true);
    const tpl = (
      await mcpPost({ jsonrpc: '2.0', id: 1, method: 'resources/templates/list' })
    ).json().result.resourceTemplates;
    expect(tpl.map((r: Json) => r.uriTemplate)).toEqual(
      expect.arrayContaining(['mcptest:///{a}', 'mcptest:///{aa}', 'postgres:///{schema}/{table}']),
    );
    expect(tpl.every((r: Json) => !('uri' in r))).toBe(true);
    const read = async (uri: string) =>
      (await mcpPost({ jsonrpc: '2.0', id: 2, method: 'resources/read', params: { uri } })).json();
    expect((await read('mcptest:///x')).result.contents[0].text).toBe('long');
    expect((await read('nope://x')).error).toEqual({
      code: -32602,
      message: 'Resource not found: nope://x',
    });
    expect((await read('boom://resource')).error).toEqual({
      code: -32603,
      message: 'Internal error',
    });
    const p = (
      await mcpPost({
        jsonrpc: '2.0',
        id: 3,
        method: 'prompts/get',
        params: { name: 'boom_prompt' },
      })
    ).json();
    expect(p.error).toEqual({ code: -32603, message: 'Internal error' });
  });

  it('app#48: prompts/get sql_assistant', async () => {
    const r = (
      await mcpPost({
        jsonrpc: '2.0',
        id: 1,
        method: 'prompts/get',
        params: { name: 'sql_assistant', arguments: { task: 'count users' } },
      })
    ).json();
    expect(r.result.messages[0].role).toBe('user');
    expect(r.result.messages[0].content.text).toContain('count users');
    expect(r.result.messages[0].content.text).toContain('any relevant tables');
  });

  it('app#50: GET /mcp → 405 Allow: POST; POST /other → 404', async () => {
    const g = await http('/mcp');
    expect([g.status, g.headers.get('allow')]).toEqual([405, 'POST']);
    expect((await http('/other', { method: 'POST' })).status).toBe(404);
  });

  it('app#51: MCP-Protocol-Version, invalid JSON, isolation header', async () => {
    const bad = await mcpPost(
      { jsonrpc: '2.0', id: 1, method: 'ping' },
      { 'mcp-protocol-version': '1999-01-01' },
    );
    expect([bad.status, bad.json().error.code, bad.json().id]).toEqual([400, -32600, null]);
    const ok = await mcpPost(
      { jsonrpc: '2.0', id: 1, method: 'ping' },
      { 'mcp-protocol-version': '2025-06-18' },
    );
    expect(ok.headers.get('mcp-protocol-version')).toBe('2025-06-18');
    const none = await mcpPost({ jsonrpc: '2.0', id: 1, method: 'ping' });
    expect(none.headers.get('mcp-protocol-version')).toBe('2025-03-26');
    const parse = await mcpPost('{nope');
    expect([parse.status, parse.json().error.code]).toEqual([400, -32700]);
    const iso = await mcpPost(
      { jsonrpc: '2.0', id: 1, method: 'ping' },
      { 'x-pgmi-transaction-isolation': 'bogus' },
    );
    expect([iso.status, iso.json().error.code, iso.json().error.data.code]).toEqual([
      400,
      -32600,
      'pgmi.transaction_isolation_unsupported',
    ]);
  });

  it('app#52/53: Accept text/html → 406; Origin not allowed → 403; no Origin → 200', async () => {
    expect(
      (await mcpPost({ jsonrpc: '2.0', id: 1, method: 'ping' }, { accept: 'text/html' })).status,
    ).toBe(406);
    expect(
      (
        await mcpPost(
          { jsonrpc: '2.0', id: 1, method: 'ping' },
          { accept: 'application/json, text/event-stream' },
        )
      ).status,
    ).toBe(200);
    expect(
      (await mcpPost({ jsonrpc: '2.0', id: 1, method: 'ping' }, { origin: 'http://evil.example' }))
        .status,
    ).toBe(403);
    expect(
      (
        await mcpPost(
          { jsonrpc: '2.0', id: 1, method: 'ping' },
          { origin: `http://127.0.0.1:${gw.port}` },
        )
      ).status,
    ).toBe(200);
    // No Origin header at all (node:http adds none, whatever fetch might do): allowed.
    const noOrigin = await new Promise<{ status: number; headers: string[] }>((resolve, reject) => {
      const req = request(
        gw.url + '/mcp',
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode!, headers: req.getHeaderNames() }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }));
    });
    expect(noOrigin.headers).not.toContain('origin');
    expect(noOrigin.status).toBe(200);
  });
});

describe('MCP through the official TypeScript SDK client (Streamable HTTP)', () => {
  async function connect(headers: Record<string, string> = {}) {
    const client = new Client({ name: 'pgmi-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(gw.url + '/mcp'), { requestInit: { headers } }),
    );
    return client;
  }

  it('app#54: initialize, tools/list (anonymous vs authenticated), callTool with structured output, resources, prompts, unknown tool', async () => {
    const anon = await connect();
    const bob = await connect({ 'x-user-id': BOB['x-user-id'] });
    try {
      expect(anon.getServerVersion()).toEqual({ name: project.db, version: '1.0.0' });
      const a = (await anon.listTools()).tools.map((t) => t.name);
      const b = (await bob.listTools()).tools.map((t) => t.name);
      expect(b.length).toBeGreaterThan(a.length);
      expect(a).not.toContain('private_tool');
      expect(b).toContain('private_tool');

      // The SDK checks structuredContent against the tool's outputSchema.
      const w = await anon.callTool({ name: 'weather_at', arguments: { city: 'Oslo' } });
      expect(w.structuredContent).toEqual({ temp_c: 21.5 });
      expect(w.content).toEqual([{ type: 'text', text: 'Oslo: 21.5 °C' }]);

      const info = await bob.callTool({ name: 'database_info', arguments: {} });
      expect((info.content as Array<{ text: string }>)[0].text).toContain(
        `Database: ${project.db}`,
      );

      const res = await anon.readResource({ uri: 'postgres:///app/task' });
      const columns = JSON.parse((res.contents[0] as { text: string }).text);
      expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual(
        expect.arrayContaining(['id', 'tenant_id', 'title', 'priority']),
      );
      expect((await anon.listResourceTemplates()).resourceTemplates.map((t) => t.name)).toContain(
        'table_schema',
      );

      const prompt = await anon.getPrompt({
        name: 'sql_assistant',
        arguments: { task: 'count users' },
      });
      expect((prompt.messages[0].content as { text: string }).text).toContain('count users');

      await expect(anon.callTool({ name: 'no_such_tool', arguments: {} })).rejects.toMatchObject({
        code: -32602,
      });
    } finally {
      await anon.close();
      await bob.close();
    }
  });
});

describe('transaction policy and retries', () => {
  it('app#58: a readOnly serializable route runs SERIALIZABLE READ ONLY DEFERRABLE', async () => {
    expect((await http('/txinfo')).json()).toEqual({
      isolation: 'serializable',
      read_only: 'on',
      deferrable: 'on',
    });
    // app#57, second half: in a READ ONLY transaction the route answers 200 and logs nothing.
    expect(
      await project.sql(
        "SELECT count(*)::int AS n FROM api.rest_exchange WHERE handler_object_id = 'c0000001-0004-4000-8000-000000000001'",
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('app#59: two concurrent transactions (serializable: the floor of these routes) update one row through rest_invoke and mcp_handle_request: the loser gets 40001, its retry succeeds, both writes persist', async () => {
    const url = new URL(serverUrl());
    url.pathname = '/' + project.db;
    const connect = async () => {
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      return c;
    };
    const [a, b] = [await connect(), await connect()];
    try {
      const before = (await project.sql<{ n: number }>('SELECT n FROM app.counter WHERE id = 1'))[0]
        .n;
      // Both take their snapshot first; then both write the same row.
      for (const c of [a, b]) {
        await c.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
        await c.query('SELECT n FROM app.counter WHERE id = 1');
      }
      // a writes first (its transaction stays open, holding the row), then b tries: b waits for
      // a's lock or, if a has committed already, finds the row changed since its snapshot.
      const viaRest = await a.query(
        "SELECT (api.rest_invoke('POST', '/counter', extensions.hstore('x-writer', 'rest'))).status_code AS s",
      );
      const viaMcp = b
        .query(
          `SELECT (api.mcp_handle_request('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"counter_tool"}}')).envelope AS e`,
        )
        .then(
          () => 'ok',
          (e: { code?: string }) => e.code,
        );
      expect(viaRest.rows[0].s).toBe(200);
      await new Promise((r) => setTimeout(r, 100));
      await a.query('COMMIT');
      expect(await viaMcp).toBe('40001');
      await b.query('ROLLBACK');
      // The retry, in a new transaction, succeeds.
      await b.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
      const retry = await b.query(
        `SELECT (api.mcp_handle_request('{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"counter_tool"}}')).envelope AS e`,
      );
      expect(retry.rows[0].e.result.isError).toBe(false);
      await b.query('COMMIT');
      const after = (await project.sql<{ n: number }>('SELECT n FROM app.counter WHERE id = 1'))[0]
        .n;
      expect(after - before).toBe(2);
    } finally {
      await a.end();
      await b.end();
    }
  });

  it('app#59 (repeatable read): two concurrent REPEATABLE READ transactions update one row through rest_invoke and mcp_handle_request: the loser gets 40001, its retry succeeds, both writes persist', async () => {
    const url = new URL(serverUrl());
    url.pathname = '/' + project.db;
    const connect = async () => {
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      return c;
    };
    const [a, b] = [await connect(), await connect()];
    const callMcp = (c: pg.Client, id: number) =>
      c.query(
        `SELECT (api.mcp_handle_request('{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"counter_rr_tool"}}')).envelope AS e`,
      );
    try {
      const before = (
        await project.sql<{ n: number; writers: string[] }>(
          'SELECT n, writers FROM app.counter WHERE id = 1',
        )
      )[0];
      // Both take their snapshot first, at the routes' floor; then both write the same row.
      for (const c of [a, b]) {
        await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        expect((await c.query('SHOW transaction_isolation')).rows[0].transaction_isolation).toBe(
          'repeatable read',
        );
        await c.query('SELECT n FROM app.counter WHERE id = 1');
      }
      // a writes first and keeps its transaction open; b's UPDATE then waits for a's row lock
      // (or finds the row changed since its snapshot): when a commits, repeatable read refuses it.
      const viaRest = await a.query(
        "SELECT (api.rest_invoke('POST', '/counter-rr')).status_code AS s",
      );
      const viaMcp = callMcp(b, 1).then(
        () => 'ok',
        (e: { code?: string }) => e.code,
      );
      expect(viaRest.rows[0].s).toBe(200);
      await new Promise((r) => setTimeout(r, 100));
      await a.query('COMMIT');
      expect(await viaMcp).toBe('40001');
      await b.query('ROLLBACK');
      // The retry, in a new repeatable-read transaction, sees a's write and succeeds.
      await b.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      const retry = await callMcp(b, 2);
      expect(retry.rows[0].e.result.isError).toBe(false);
      await b.query('COMMIT');
      const after = (
        await project.sql<{ n: number; writers: string[] }>(
          'SELECT n, writers FROM app.counter WHERE id = 1',
        )
      )[0];
      expect(after.n - before.n).toBe(2);
      expect(after.writers.slice(before.writers.length)).toEqual(['rest-rr', 'mcp-rr']);
    } finally {
      await a.end();
      await b.end();
    }
  });

  it('app#60: 40001 on every attempt → 409, Retry-After, pgmi.transaction_retryable, attempts', async () => {
    const r = await http('/always-conflict', { method: 'POST' });
    expect(r.status).toBe(409);
    expect(r.headers.get('retry-after')).toBe('1');
    expect(r.json()).toMatchObject({
      code: 'pgmi.transaction_retryable',
      sqlstate: '40001',
      attempts: 3,
    });
  });

  it('two concurrent serializable writers on one row: both succeed after retry, or one gets 409 — never a lost write', async () => {
    const before = (await project.sql<{ n: number }>('SELECT n FROM app.counter WHERE id = 1'))[0]
      .n;
    const results = await Promise.all(
      ['w1', 'w2'].map((w) => http('/counter', { method: 'POST', headers: { 'x-writer': w } })),
    );
    const ok = results.filter((r) => r.status === 200).length;
    for (const r of results) {
      expect([200, 409]).toContain(r.status);
      if (r.status === 409) expect(r.headers.get('retry-after')).toBe('1');
    }
    const after = await project.sql<{ n: number; writers: string[] }>(
      'SELECT n, writers FROM app.counter WHERE id = 1',
    );
    // Every success is counted: n grew by exactly the number of 200s.
    expect(after[0].n - before).toBe(ok);
    expect(ok).toBeGreaterThanOrEqual(1);
    // The same over MCP and JSON-RPC against the same row.
    const mixed = await Promise.all([
      mcpPost({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'counter_tool', arguments: {} },
      }),
      rpcPost({ jsonrpc: '2.0', id: 2, method: 'test.counter' }),
    ]);
    const mixedOk = mixed.filter((r) => r.status === 200).length;
    const final = await project.sql<{ n: number }>('SELECT n FROM app.counter WHERE id = 1');
    expect(final[0].n - after[0].n).toBe(mixedOk);
  });
});

describe('API keys over HTTP', () => {
  it('a key works for its organisation only, stops working when revoked, and is stored only as a hash', async () => {
    await http('/me', { headers: BOB });
    const [bobRow] = await project.sql<{ id: string; org: string }>(
      `SELECT u.object_id AS id, m.organization_id AS org FROM membership."user" u
         JOIN membership.organization_member m ON m.user_id = u.object_id WHERE u.email = 'bob15@example.com'`,
    );
    // A second organisation bob belongs to, with a task of its own.
    const [other] = await project.sql<{ id: string }>(
      `WITH o AS (INSERT INTO membership.organization (slug, name, owner_user_id) VALUES ('other-15', 'Other', $1) RETURNING object_id)
       INSERT INTO membership.organization_member (organization_id, user_id, role) SELECT object_id, $1, 'admin' FROM o RETURNING organization_id AS id`,
      [bobRow.id],
    );
    const [key] = await project.sql<{ out_api_key: string; out_object_id: string }>(
      'SELECT * FROM membership.create_api_key($1, $2, $3)',
      [bobRow.id, bobRow.org, 'test key'],
    );
    const auth = { authorization: `Bearer ${key.out_api_key}` };
    const created = await http('/tasks', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'via key' }),
    });
    expect(created.status).toBe(201);
    const list = await http('/tasks', { headers: auth });
    expect(list.json().tasks.map((t: { title: string }) => t.title)).toEqual(['via key']);
    // Naming the other organisation does not widen the key: the key's organisation wins.
    const widened = await http('/tasks', { headers: { ...auth, 'x-tenant-id': other.id } });
    expect(widened.json().tasks.map((t: { title: string }) => t.title)).toEqual(['via key']);
    // The identity headers of the caller are replaced by the key's.
    const me = await http('/me', { headers: { ...auth, 'x-user-id': 'google|someone-else' } });
    expect(me.json().member_org_ids).toEqual([bobRow.org]);

    const stored = await project.sql<{ key_hash: string; row: string }>(
      'SELECT key_hash, to_jsonb(k)::text AS row FROM membership.api_key k WHERE object_id = $1',
      [key.out_object_id],
    );
    expect(stored[0].row).not.toContain(key.out_api_key.split('_').pop());
    expect(stored[0].key_hash).toBe(
      (await import('node:crypto')).createHash('sha256').update(key.out_api_key).digest('hex'),
    );

    await project.sql('SELECT membership.revoke_api_key($1)', [key.out_object_id]);
    const revoked = await http('/tasks', { headers: auth });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await http('/tasks', {
      headers: { authorization: 'Bearer pgmi_abcdef123456_' + '0'.repeat(64) },
    });
    expect(wrong.status).toBe(401);
  });
});

describe('organisations and memberships over HTTP', () => {
  it('a member sees the memberships of their own organisations only; an invitation shows, and opens the organisation once accepted', async () => {
    const DORA = { 'x-user-id': 'github|dora-15', 'x-user-email': 'dora15@example.com' };
    const EVE = { 'x-user-id': 'github|eve-15', 'x-user-email': 'eve15@example.com' };
    const orgsOf = async (h: Record<string, string>) => {
      const r = await http('/organizations', { headers: h });
      expect(r.status).toBe(200);
      return r.json().organizations as Array<{ id: string; status: string; slug: string }>;
    };
    // A read-only route provisions nobody: /me (read-write) makes the users first.
    expect((await http('/organizations', { headers: DORA })).status).toBe(401);
    for (const h of [DORA, EVE]) expect((await http('/me', { headers: h })).status).toBe(200);
    const [dora] = await orgsOf(DORA);
    const [eve] = await orgsOf(EVE);
    expect(dora.status).toBe('active');
    expect(dora.id).not.toBe(eve.id);

    const members = (h: Record<string, string>, org: string) =>
      http(`/organizations/${org}/members`, { headers: h });
    const own = await members(DORA, dora.id);
    expect(own.status).toBe(200);
    expect(own.json().members.map((m: { email: string }) => m.email)).toEqual([
      'dora15@example.com',
    ]);
    const foreign = await members(DORA, eve.id);
    expect(foreign.status).toBe(404);
    expect(foreign.text).not.toContain('eve15');
    expect((await members({}, dora.id)).status).toBe(401);

    // eve invites dora (as an operator's SQL session would): a pending invitation is listed but
    // does not open eve's organisation until dora accepts it.
    await project.sql("SELECT membership.invite_member($1, 'dora15@example.com', 'reader')", [
      eve.id,
    ]);
    expect((await orgsOf(DORA)).map((o) => [o.id, o.status])).toEqual(
      expect.arrayContaining([
        [dora.id, 'active'],
        [eve.id, 'pending'],
      ]),
    );
    expect((await members(DORA, eve.id)).status).toBe(404);
    await project.sql(
      `SELECT membership.accept_invitation($1) FROM (SELECT set_config('auth.idp_subject', $2, true)) s`,
      [eve.id, DORA['x-user-id']],
    );
    const joined = await members(DORA, eve.id);
    expect(joined.status).toBe(200);
    expect(joined.json().members.map((m: { email: string }) => m.email)).toEqual([
      'dora15@example.com',
      'eve15@example.com',
    ]);
    // Still nothing of dora's personal organisation for eve.
    expect((await members(EVE, dora.id)).status).toBe(404);
  });
});

describe('operators: /admin/* and replay_sql', () => {
  it('/admin/* answer platform superusers only; the exchange list and replay_sql of a logged request, which replays it', async () => {
    const ROOT = { 'x-user-id': 'github|root-15', 'x-user-email': 'root15@example.com' };
    expect((await http('/me', { headers: ROOT })).status).toBe(200);
    const id = { 'x-user-id': ROOT['x-user-id'] };
    expect((await http('/admin/exchanges')).status).toBe(401);
    const forbidden = await http('/admin/exchanges', { headers: id });
    expect([forbidden.status, forbidden.json().title]).toEqual([403, 'Forbidden']);

    await project.sql(
      `INSERT INTO membership.user_role (user_object_id, role_object_id)
       SELECT u.object_id, r.object_id FROM membership."user" u, membership.role r
        WHERE u.email = 'root15@example.com' AND r.name = 'superuser'`,
    );
    // A logged request to look for: POST /echo (autoLog) with a body.
    const echo = await http('/echo?via=admin-test', {
      method: 'POST',
      headers: { ...BOB, 'content-type': 'application/json' },
      body: JSON.stringify({ n: 15 }),
    });
    expect(echo.status).toBe(200);

    const list = await http('/admin/exchanges?protocol=rest&limit=5', { headers: id });
    expect(list.status).toBe(200);
    const body = list.json();
    expect(body.total).toBeGreaterThanOrEqual(1);
    expect(body.exchanges.length).toBeLessThanOrEqual(5);
    expect(body.exchanges.every((e: { protocol: string }) => e.protocol === 'rest')).toBe(true);
    const logged = body.exchanges.find(
      (e: { summary: string }) => e.summary === 'POST /echo?via=admin-test',
    );
    expect(logged).toMatchObject({ statusCode: 200, isError: false, functionName: 'echo' });
    expect((await http('/admin/exchanges?protocol=ftp', { headers: id })).status).toBe(400);

    const replay = await http(`/admin/exchanges/${logged.exchangeId}/replay`, { headers: id });
    expect(replay.status).toBe(200);
    const { replaySql } = replay.json();
    expect(replaySql).toMatch(/^SELECT \* FROM api\.rest_invoke\('POST', '\/echo\?via=admin-test'/);
    // The replay, run by an operator, gives the handler's answer again.
    const [again] = await project.sql<{ status_code: number; body: string }>(
      replaySql.replace(
        /^SELECT \* FROM (.*);$/,
        (_: string, call: string) =>
          `SELECT status_code, convert_from(content, 'UTF8') AS body FROM ${call}`,
      ),
    );
    expect(again.status_code).toBe(200);
    expect(JSON.parse(again.body)).toMatchObject({ method: 'POST', body: { n: 15 } });

    const handlers = await http('/admin/handlers?limit=100', { headers: id });
    expect(handlers.status).toBe(200);
    const echoHandler = handlers
      .json()
      .handlers.find((h: { functionName: string }) => h.functionName === 'echo');
    expect(echoHandler).toMatchObject({
      handlerType: 'rest',
      functionExists: true,
      definitionDrifted: false,
    });
    expect(
      (await http('/admin/exchanges/00000000-0000-4000-8000-000000000000/replay', { headers: id }))
        .status,
    ).toBe(404);
    const routes = await http('/admin/routes?type=rpc&limit=100', { headers: id });
    expect(routes.status).toBe(200);
    const rpc = routes.json().routes as Array<{ routeType: string; pattern: string }>;
    expect(rpc.every((r) => r.routeType === 'rpc')).toBe(true);
    expect(rpc.map((r) => r.pattern)).toEqual(expect.arrayContaining(['test.sum', 'tasks.create']));
    expect((await http('/admin/routes', { headers: BOB })).status).toBe(403);
  });
});

describe('the gateway process', () => {
  it('app#68: GET /health → {"status":"healthy"}; without DATABASE_URL it exits 1', async () => {
    const r = await http('/health');
    expect([r.status, r.json()]).toEqual([200, { status: 'healthy' }]);
    const bare = await runNode(path.join(project.dir, 'tools', 'mcp-gateway.mjs'), [], {
      env: { NODE_PATH: path.resolve('node_modules') },
      timeoutMs: 20_000,
    });
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain('DATABASE_URL is required');
  });

  it('SIGTERM lets a request in flight finish, then exits 0', async () => {
    const g = await startGateway(project);
    const inflight = fetch(g.url + '/counter', { method: 'POST' });
    await new Promise((r) => setTimeout(r, 80));
    const stopped = g.stop('SIGTERM');
    expect((await inflight).status).toBe(200);
    expect(await stopped).toBe(0);
    expect(g.stderr()).toContain('SIGTERM, finishing requests in flight');
  });

  it('answers /health while the database is unreachable, and stops cleanly on SIGTERM', async () => {
    const g = await startGateway(project, { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    try {
      const res = await fetch(g.url + '/health');
      expect(await res.json()).toEqual({ status: 'healthy' });
      const hello = await fetch(g.url + '/hello');
      expect(hello.status).toBe(500);
    } finally {
      expect(await g.stop('SIGTERM')).toBe(0);
    }
  });
});
