#!/usr/bin/env node
// HTTP gateway of the advanced template: every request becomes one transaction in PostgreSQL,
// where routing, identity, authorisation and the handlers live (the api schema).
//
//   POST /mcp    MCP, Streamable HTTP with JSON responses (no sessions, no SSE)
//   POST /rpc    JSON-RPC 2.0
//   GET /health  200 {"status":"healthy"} without touching the database
//   anything else: the REST router (api.rest_invoke), e.g. GET /openapi.json
//
// Configuration (environment): DATABASE_URL (required), HOST (127.0.0.1), PORT (8080),
// MCP_ALLOWED_ORIGINS (comma list; default http://localhost:<PORT>,http://127.0.0.1:<PORT>),
// MCP_MAX_RETRY_ATTEMPTS (3), MCP_RETRY_BASE_DELAY (0.05 s), MCP_RETRY_MAX_DELAY (1.0 s),
// MCP_RETRY_AFTER (1 s), GATEWAY_POOL_SIZE (10), GATEWAY_MAX_BODY_BYTES (1048576).
//
// Run it behind a TLS-terminating proxy that authenticates callers and sets X-User-Id /
// X-User-Email / X-Tenant-Id: the gateway trusts those headers as they arrive.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

// `pg` through require: it then resolves from tools/node_modules or NODE_PATH alike.
const pg = createRequire(import.meta.url)('pg');

const MCP_VERSIONS = ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25'];
const RETRYABLE = new Set(['40001', '40P01']);

export function loadConfig(env) {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required (postgresql://user@host/db)');
  const port = Number(env.PORT ?? 8080);
  const num = (name, dflt) => {
    const v = env[name] === undefined || env[name] === '' ? dflt : Number(env[name]);
    if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number`);
    return v;
  };
  return {
    databaseUrl: env.DATABASE_URL,
    host: env.HOST || '127.0.0.1',
    port,
    allowedOrigins: (
      env.MCP_ALLOWED_ORIGINS ?? `http://localhost:${port},http://127.0.0.1:${port}`
    )
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    maxAttempts: Math.max(1, Math.floor(num('MCP_MAX_RETRY_ATTEMPTS', 3))),
    baseDelay: num('MCP_RETRY_BASE_DELAY', 0.05),
    maxDelay: num('MCP_RETRY_MAX_DELAY', 1.0),
    retryAfter: Math.ceil(num('MCP_RETRY_AFTER', 1)),
    poolSize: Math.max(1, Math.floor(num('GATEWAY_POOL_SIZE', 10))),
    maxBody: num('GATEWAY_MAX_BODY_BYTES', 1048576),
  };
}

/** 'Repeatable-Read' → 'REPEATABLE READ'; undefined when absent; null when not a level. */
function isolationOf(value) {
  if (value === undefined || value === '') return undefined;
  const v = value.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
  if (v === 'read uncommitted' || v === 'read committed') return 'read committed';
  if (v === 'repeatable read' || v === 'serializable') return v;
  return null;
}

/** BEGIN for a policy row; the isolation level comes from a fixed set, never from the request. */
function beginSql(policy) {
  const iso = isolationOf(policy?.transaction_isolation ?? undefined);
  return [
    'BEGIN',
    iso ? `ISOLATION LEVEL ${iso.toUpperCase()}` : '',
    policy?.transaction_read_only ? 'READ ONLY' : '',
    policy?.transaction_deferrable ? 'DEFERRABLE' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

class RetriesExhausted extends Error {
  constructor(sqlstate, attempts) {
    super(`transaction retried ${attempts} times: SQLSTATE ${sqlstate}`);
    this.sqlstate = sqlstate;
    this.attempts = attempts;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function createGateway(config, log = (line) => process.stderr.write(line + '\n')) {
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.poolSize });
  pool.on('error', (e) => log(`pool: ${e.message}`));

  /** Runs fn(client) in its own transaction; 40001/40P01 retried in a fresh one with backoff. */
  async function inTransaction(policy, fn) {
    for (let attempt = 1; ; attempt++) {
      const client = await pool.connect();
      let broken;
      try {
        await client.query(beginSql(policy));
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (e) {
        broken = e;
        await client.query('ROLLBACK').catch(() => undefined);
        if (!RETRYABLE.has(e.code)) throw e;
        if (attempt >= config.maxAttempts) throw new RetriesExhausted(e.code, attempt);
        const cap = Math.min(config.maxDelay, config.baseDelay * 2 ** attempt);
        await sleep(Math.random() * cap * 1000);
      } finally {
        // A connection-level error (no SQLSTATE) discards the connection instead of reusing it.
        client.release(broken && !broken.code ? broken : undefined);
      }
    }
  }

  function headerLists(headers) {
    const keys = [];
    const values = [];
    for (const [k, v] of Object.entries(headers)) {
      if (v === undefined) continue;
      keys.push(k.toLowerCase());
      values.push(Array.isArray(v) ? v.join(', ') : String(v));
    }
    return { keys, values };
  }

  /** Authorization: Bearer <API key> → identity apikey|<key id>, validated before BEGIN. */
  async function applyApiKey(headers) {
    const auth = headers.authorization;
    if (typeof auth !== 'string' || !/^bearer\s+/i.test(auth)) return { ok: true };
    const key = auth.replace(/^bearer\s+/i, '').trim();
    const { rows } = await pool.query('SELECT * FROM membership.validate_api_key($1)', [key]);
    const v = rows[0];
    if (!v?.is_valid) return { ok: false };
    delete headers.authorization;
    delete headers['x-user-email'];
    headers['x-user-id'] = `apikey|${v.key_id}`;
    headers['x-tenant-id'] = v.organization_id;
    return { ok: true };
  }

  let closing = false;
  function send(res, status, headers, body) {
    // While shutting down, answer and close the connection, so that close() can complete.
    res.writeHead(status, closing ? { ...headers, connection: 'close' } : headers);
    res.end(body);
  }
  const json = (res, status, obj, extra = {}) =>
    send(
      res,
      status,
      { 'content-type': 'application/json', 'cache-control': 'no-store', ...extra },
      JSON.stringify(obj),
    );
  const problem = (res, status, title, more = {}, extra = {}) =>
    send(
      res,
      status,
      { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...extra },
      JSON.stringify({ type: 'about:blank', title, status, ...more }),
    );
  const rpcError = (res, status, code, message, id = null, data, extra = {}) =>
    json(
      res,
      status,
      { jsonrpc: '2.0', id, error: { code, message, ...(data ? { data } : {}) } },
      extra,
    );

  function readBody(req) {
    return new Promise((resolve, reject) => {
      const chunks = [];
      let size = 0;
      req.on('data', (c) => {
        size += c.length;
        if (size > config.maxBody) {
          reject(Object.assign(new Error('body too large'), { status: 413 }));
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }

  const httpResponseSql = (call) =>
    `SELECT (r).status_code AS status, extensions.hstore_to_json((r).headers) AS headers, (r).content AS content FROM (SELECT ${call} AS r) x`;

  function sendHttpResponse(res, row, method) {
    const headers = { ...(row.headers ?? {}) };
    const body = method === 'HEAD' || !row.content ? undefined : row.content;
    send(res, row.status, headers, body);
  }

  async function rest(req, res, headers, body) {
    const requested = isolationOf(headers['x-pgmi-transaction-isolation']);
    if (requested === null)
      return problem(res, 400, 'Bad Request', {
        detail: 'unsupported X-PGMI-Transaction-Isolation',
        code: 'pgmi.transaction_isolation_unsupported',
      });
    const { keys, values } = headerLists(headers);
    const { rows } = await pool.query(
      'SELECT * FROM api.rest_route_policy_for($1, $2, extensions.hstore($3::text[], $4::text[]), $5)',
      [req.method, req.url, keys, values, requested ?? null],
    );
    const row = await inTransaction(rows[0], async (c) => {
      const r = await c.query(
        httpResponseSql(
          'api.rest_invoke($1, $2, extensions.hstore($3::text[], $4::text[]), $5::bytea)',
        ),
        [req.method, req.url, keys, values, body.length ? body : null],
      );
      return r.rows[0];
    });
    sendHttpResponse(res, row, req.method);
  }

  async function rpc(req, res, headers, body) {
    let envelope;
    try {
      envelope = JSON.parse(body.toString('utf8'));
    } catch {
      return rpcError(res, 400, -32700, 'Parse error');
    }
    const method = envelope && typeof envelope === 'object' ? envelope.method : undefined;
    const requested = isolationOf(headers['x-pgmi-transaction-isolation']);
    if (requested === null)
      return rpcError(res, 400, -32600, 'Invalid Request', envelope?.id ?? null, {
        code: 'pgmi.transaction_isolation_unsupported',
      });
    const { keys, values } = headerLists(headers);
    const { rows } = await pool.query('SELECT * FROM api.rpc_route_policy($1, $2)', [
      typeof method === 'string' ? method : null,
      requested ?? null,
    ]);
    const row = await inTransaction(rows[0], async (c) => {
      const r = await c.query(
        httpResponseSql(
          'api.rpc_invoke(api.rpc_resolve($1), extensions.hstore($2::text[], $3::text[]), $4::bytea)',
        ),
        [typeof method === 'string' ? method : null, keys, values, body],
      );
      return r.rows[0];
    });
    sendHttpResponse(res, row, 'POST');
  }

  function acceptsJson(accept) {
    if (!accept) return true;
    return accept.split(',').some((item) => {
      const [type, ...params] = item.split(';').map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith('q='));
      if (q && Number(q.slice(2)) <= 0) return false;
      return ['application/json', 'application/*', '*/*'].includes(type);
    });
  }

  async function mcp(req, res, headers, body) {
    const origin = headers.origin;
    if (origin && !config.allowedOrigins.includes(origin))
      return rpcError(res, 403, -32600, 'Forbidden: origin not allowed');
    if (!acceptsJson(headers.accept))
      return rpcError(res, 406, -32600, 'Not Acceptable: application/json required');
    const version = headers['mcp-protocol-version'] ?? '2025-03-26';
    if (!MCP_VERSIONS.includes(version))
      return rpcError(res, 400, -32600, `Unsupported MCP-Protocol-Version: ${version}`);
    const echo = { 'mcp-protocol-version': version };
    let message;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      return rpcError(res, 400, -32700, 'Parse error', null, undefined, echo);
    }
    const requested = isolationOf(headers['x-pgmi-transaction-isolation']);
    const id = message && typeof message === 'object' && !Array.isArray(message) ? message.id : null;
    if (requested === null)
      return rpcError(res, 400, -32600, 'Invalid Request', id ?? null, {
        code: 'pgmi.transaction_isolation_unsupported',
      }, echo);
    const context = {};
    if (headers['x-user-id']) context.user_id = headers['x-user-id'];
    if (headers['x-tenant-id']) context.tenant_id = headers['x-tenant-id'];
    const { rows } = await pool.query('SELECT * FROM api.mcp_request_policy($1::jsonb, $2)', [
      JSON.stringify(message),
      requested ?? null,
    ]);
    try {
      const envelope = await inTransaction(rows[0], async (c) => {
        const r = await c.query(
          'SELECT (api.mcp_handle_request($1::jsonb, $2::jsonb)).envelope AS envelope',
          [JSON.stringify(message), JSON.stringify(context)],
        );
        return r.rows[0].envelope;
      });
      if (envelope === null || envelope === undefined) return send(res, 202, echo);
      json(res, 200, envelope, echo);
    } catch (e) {
      if (e instanceof RetriesExhausted) throw Object.assign(e, { rpcId: id ?? null, echo });
      throw e;
    }
  }

  async function handle(req, res) {
    const path = (req.url ?? '/').split('?')[0];
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = v;
    const kind = path === '/mcp' ? 'mcp' : path === '/rpc' ? 'rpc' : 'rest';
    try {
      if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD'))
        return json(res, 200, { status: 'healthy' });
      if (kind !== 'rest' && req.method !== 'POST')
        return send(res, 405, { allow: 'POST', 'cache-control': 'no-store' });
      const body = await readBody(req);
      const key = await applyApiKey(headers);
      if (!key.ok) {
        const extra = { 'www-authenticate': 'Bearer' };
        return kind === 'rest'
          ? problem(res, 401, 'Unauthorized', { detail: 'Invalid API key' }, extra)
          : rpcError(res, 401, -32001, 'Authentication required: invalid API key', null, undefined, extra);
      }
      if (kind === 'mcp') await mcp(req, res, headers, body);
      else if (kind === 'rpc') await rpc(req, res, headers, body);
      else await rest(req, res, headers, body);
    } catch (e) {
      if (res.headersSent) return void res.destroy();
      if (e.status === 413) return problem(res, 413, 'Content Too Large');
      if (e instanceof RetriesExhausted) {
        const data = { code: 'pgmi.transaction_retryable', sqlstate: e.sqlstate, attempts: e.attempts };
        const extra = { 'retry-after': String(config.retryAfter), ...(e.echo ?? {}) };
        log(`${req.method} ${path}: ${e.message}`);
        return kind === 'rest'
          ? problem(res, 409, 'Conflict', { detail: 'The transaction could not be serialized; retry later', ...data }, extra)
          : rpcError(res, 409, -32603, 'Transaction could not be serialized', e.rpcId ?? null, data, extra);
      }
      log(`${req.method} ${path}: ${e.code ? `SQLSTATE ${e.code} ` : ''}${e.message}`);
      return kind === 'rest'
        ? problem(res, 500, 'Internal Server Error', { detail: 'An internal error occurred' })
        : rpcError(res, 500, -32603, 'Internal error');
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  // Idle keep-alive connections stay open longer than proxies' usual 60 s idle timeout, so the
  // proxy (or client) closes them first and never sends on a socket this side just closed.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return {
    server,
    listen: () =>
      new Promise((resolve) => server.listen(config.port, config.host, () => resolve(server.address()))),
    async close() {
      closing = true;
      const closed = new Promise((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await pool.end();
    },
  };
}

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('mcp-gateway.mjs');
if (isMain) {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    process.stderr.write(`mcp-gateway: ${e.message}\n`);
    process.exit(1);
  }
  const gateway = createGateway(config);
  const address = await gateway.listen();
  process.stderr.write(`mcp-gateway: listening on http://${address.address}:${address.port}\n`);
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'])
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`mcp-gateway: ${signal}, finishing requests in flight\n`);
      gateway.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
}
