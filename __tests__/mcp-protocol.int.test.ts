/**
 * `pgmi serve` at the wire: raw newline-delimited JSON-RPC on stdin, every stdout line checked
 * to be a JSON-RPC message, end of input and signals.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, cleanEnv, runPgmi } from './helpers/cli';
import { connectionParts, dropTestDatabase, query, uniqueDbName } from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';

afterAll(() => removeProjects());

const INIT = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 't', version: '1' },
  },
};

function frames(stdout: string): Array<Record<string, unknown>> {
  const lines = stdout.split('\n').filter((l) => l !== '');
  // Every line on stdout is one JSON-RPC 2.0 message: nothing else may reach it.
  return lines.map((l) => {
    const m = JSON.parse(l) as Record<string, unknown>;
    expect(m.jsonrpc).toBe('2.0');
    return m;
  });
}

describe('pgmi serve on the wire', () => {
  it('cli#117-#120: handshake, ping, parse errors and invalid ids answered with id null and skipped, blank lines ignored, a last line without newline answered, exit 0 at end of input', async () => {
    const input = [
      JSON.stringify(INIT),
      JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
      '{"jsonrpc":"2.0"',
      '',
      JSON.stringify({ jsonrpc: '2.0', id: 'a', method: 'ping' }),
      JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'does/not/exist' }),
      // The SDK accepts string and integer ids only: 1.5 is an invalid request, answered with id null.
      JSON.stringify({ jsonrpc: '2.0', id: 1.5, method: 'ping' }),
      JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/list' }),
    ].join('\n');
    const r = await runPgmi(['serve'], { input });
    expect(r.code).toBe(0);
    const out = frames(r.stdout);
    const byId = new Map(out.map((m) => [JSON.stringify(m.id), m]));
    expect(byId.get('1')?.result).toMatchObject({
      protocolVersion: '2025-06-18',
      serverInfo: { name: 'pgmi' },
      capabilities: { tools: {} },
    });
    const errors = out.filter((m) => m.id === null).map((m) => (m.error as { code: number }).code);
    expect(errors.sort((a, b) => a - b)).toEqual([-32700, -32600]);
    expect(byId.get('"a"')?.result).toEqual({});
    expect(byId.get('7')?.error).toMatchObject({ code: -32601 });
    expect((byId.get('3')?.result as { tools: unknown[] }).tools).toHaveLength(9);
    expect(out).toHaveLength(6);
  });

  it('a deploy still in flight at end of input is answered before exit; its notices go to stderr only', async () => {
    const c = connectionParts();
    const db = uniqueDbName('mcp_wire');
    const project = makeProject({
      'deploy.sql': "SELECT pg_sleep(0.3);\nDO $$ BEGIN RAISE NOTICE 'wire-notice'; END $$;\n",
    });
    try {
      const call = {
        jsonrpc: '2.0',
        id: 2,
        method: 'tools/call',
        params: {
          name: 'deploy',
          arguments: { path: project, host: c.host, port: c.port, username: c.user, database: db },
        },
      };
      const r = await runPgmi(['serve'], {
        input: `${JSON.stringify(INIT)}\n${JSON.stringify(call)}\n`,
        env: { PGPASSWORD: c.password },
      });
      expect(r.code).toBe(0);
      const out = frames(r.stdout);
      const result = out.find((m) => m.id === 2)?.result as {
        structuredContent: { status: string; notices: Array<{ message: string }> };
      };
      expect(result.structuredContent.status).toBe('success');
      expect(result.structuredContent.notices.map((n) => n.message)).toEqual(['wire-notice']);
      expect(r.stderr).toContain('wire-notice');
    } finally {
      await dropTestDatabase(db);
    }
  });

  it('cli#126: SIGINT while idle exits 130, SIGTERM 143, with the reason on stderr', async () => {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      const r = await runPgmi(['serve'], {
        keepStdinOpen: true,
        onSpawn: (child) => {
          child.stdin?.write(JSON.stringify(INIT) + '\n');
          child.stdout?.once('data', () => child.kill(signal));
        },
      });
      expect([signal, r.code]).toEqual([signal, code]);
      expect(r.stderr).toContain('pgmi: error: interrupted');
      expect(frames(r.stdout)).toHaveLength(1);
    }
  });

  it('SIGINT during a deploy cancels it: the open transaction rolls back, the call answers exit 130, the server exits 130', async () => {
    const c = connectionParts();
    const db = uniqueDbName('mcp_sigint');
    const project = makeProject({
      'deploy.sql':
        "BEGIN;\nCREATE TABLE half_done (id int);\nDO $$ BEGIN RAISE NOTICE 'sleeping-now'; END $$;\nSELECT pg_sleep(60);\nCOMMIT;\n",
    });
    try {
      const call = {
        jsonrpc: '2.0',
        id: 9,
        method: 'tools/call',
        params: {
          name: 'deploy',
          arguments: { path: project, host: c.host, port: c.port, username: c.user, database: db },
        },
      };
      const started = Date.now();
      const r = await runPgmi(['serve'], {
        keepStdinOpen: true,
        env: { PGPASSWORD: c.password },
        onSpawn: (child) => {
          child.stdin?.write(`${JSON.stringify(INIT)}\n${JSON.stringify(call)}\n`);
          let seen = '';
          child.stderr?.on('data', (d: Buffer) => {
            seen += d.toString('utf8');
            if (seen.includes('sleeping-now') && !child.killed) child.kill('SIGINT');
          });
        },
      });
      expect(r.code).toBe(130);
      expect(Date.now() - started).toBeLessThan(30000);
      const reply = frames(r.stdout).find((m) => m.id === 9)?.result as {
        isError: boolean;
        structuredContent: { exitCode: number };
      };
      expect(reply.isError).toBe(true);
      expect(reply.structuredContent.exitCode).toBe(130);
      expect(await query(db, "SELECT to_regclass('half_done') AS t")).toEqual([{ t: null }]);
    } finally {
      await dropTestDatabase(db);
    }
  });

  it('serve takes no arguments', async () => {
    const r = await runPgmi(['serve', 'x']);
    expect(r.code).toBe(2);
  });
});

describe('the MCP SDK loads only for serve', () => {
  it('`pgmi version` and `pgmi ai skills` never load the bundle chunk holding the SDK; `pgmi serve` does', () => {
    const chunks = readdirSync('dist/cli').filter(
      (f) =>
        f.endsWith('.js') &&
        readFileSync(path.join('dist/cli', f), 'utf8').includes(
          'StdioServerTransport already started',
        ),
    );
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).not.toBe('index.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pgmi-lazy-mcp-'));
    try {
      // Every module URL the bundle resolves is recorded by the test loader hooks.
      const loadsSdk = (args: string[]): boolean => {
        const trace = path.join(dir, `${args.join('-')}.txt`);
        writeFileSync(trace, '');
        const r = spawnSync(
          process.execPath,
          ['--import', path.resolve('__tests__/helpers/ts-register.mjs'), CLI, ...args],
          { env: cleanEnv({ PGMI_TRACE_IMPORTS: trace }), input: '', encoding: 'utf8' },
        );
        expect([args.join(' '), r.status]).toEqual([args.join(' '), 0]);
        return readFileSync(trace, 'utf8')
          .split('\n')
          .some((u) => u.endsWith(`/${chunks[0]}`));
      };
      expect(loadsSdk(['version'])).toBe(false);
      expect(loadsSdk(['ai', 'skills'])).toBe(false);
      expect(loadsSdk(['serve'])).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
