import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import { checkOverwrite } from './deploy-tool';
import { textResult } from './results';
import { orError } from './schemas';
import { createPgmiServer } from './server';

async function connected(tools: Parameters<typeof createPgmiServer>[1]) {
  const server = createPgmiServer(
    { env: {}, stderr: () => undefined, signal: new AbortController().signal },
    tools,
  );
  const [a, b] = InMemoryTransport.createLinkedPair();
  await server.connect(a);
  const client = new Client({ name: 't', version: '1' });
  await client.connect(b);
  return client;
}

describe('MCP tool failures', () => {
  it('cli#127: a handler that throws is an isError result naming the tool, with panic and a stack; the next request is answered', async () => {
    const client = await connected([
      {
        name: 'boom',
        description: 'throws',
        outputSchema: orError(z.object({ ok: z.boolean() })),
        run: async () => {
          throw new TypeError('cannot read properties of undefined');
        },
      },
      { name: 'fine', description: 'works', run: async () => textResult('ok') },
    ]);
    const r = (await client.callTool({ name: 'boom', arguments: {} })) as CallToolResult;
    expect(r.isError).toBe(true);
    expect((r.content[0] as { text: string }).text).toBe(
      'tool boom failed unexpectedly: cannot read properties of undefined',
    );
    expect(r.structuredContent).toMatchObject({
      message: 'cannot read properties of undefined',
      exitCode: 1,
      panic: true,
    });
    expect((r.structuredContent as { stack: string }).stack).toContain('TypeError');
    const next = (await client.callTool({ name: 'fine', arguments: {} })) as CallToolResult;
    expect(next.content).toEqual([{ type: 'text', text: 'ok' }]);
    await client.close();
  });

  it('unknown tools and invalid arguments get the same structured detail (usage, exit 2)', async () => {
    const client = await connected([
      {
        name: 'needs',
        description: 'needs a name',
        inputShape: { name: z.string() },
        run: async () => textResult('ok'),
      },
    ]);
    const bad = (await client.callTool({
      name: 'needs',
      arguments: { name: 3 },
    })) as CallToolResult;
    expect(bad.isError).toBe(true);
    expect(bad.structuredContent).toMatchObject({ exitCode: 2 });
    expect((bad.structuredContent as { message: string }).message).toMatch(
      /^usage error: Input validation error: Invalid arguments for tool needs: /,
    );
    const unknown = (await client.callTool({ name: 'nope', arguments: {} })) as CallToolResult;
    expect(unknown.structuredContent).toMatchObject({ exitCode: 2 });
    await client.close();
  });
});

describe('overwrite confirmation (cli#122)', () => {
  it('needs the database named and confirmDatabaseName equal to it, case-sensitively', () => {
    expect(() => checkOverwrite({ overwrite: false })).not.toThrow();
    expect(() =>
      checkOverwrite({ overwrite: true, database: 'prod', confirmDatabaseName: 'prod' }),
    ).not.toThrow();
    expect(() => checkOverwrite({ overwrite: true })).toThrow(/needs the database to drop named/);
    expect(() => checkOverwrite({ overwrite: true, database: 'important_prod' })).toThrow(
      'pass confirmDatabaseName="important_prod" to confirm',
    );
    for (const wrong of ['important_prd', 'IMPORTANT_PROD', ' important_prod', ''])
      expect(() =>
        checkOverwrite({ overwrite: true, database: 'important_prod', confirmDatabaseName: wrong }),
      ).toThrow(
        /does not match database "important_prod"; nothing was deployed and no database was dropped/,
      );
  });
});
