/**
 * The pgmi MCP server: one McpServer with every tool registered in name order. Tool handlers
 * never throw to the SDK: failures become `isError` results carrying the CLI's error detail.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { VERSION } from '../cli/version';
import { redact } from '../engine/redact';
import { AI_TOOLS } from './ai-tools';
import { deployInputShape, deployOutputSchema, type DeployArgs } from './deploy-schemas';
import { runDeployTool, type DeployToolContext } from './deploy-tool';
import { errorResult } from './results';
import type { ToolDefinition } from './tool';
import { TOOLING_TOOLS } from './tooling-tools';

export type ServerContext = DeployToolContext;

function deployTool(ctx: ServerContext): ToolDefinition {
  return {
    name: 'deploy',
    description:
      "Deploy a pgmi project: the options of `pgmi deploy` (connection string or fields, database, params, timeout, wait, compat), honouring the project's pgmi.yaml. overwrite: true drops and recreates the database and needs confirmDatabaseName equal to database. Returns files loaded, tests and notices; a failure is an error result with exit code, SQLSTATE, file and line.",
    inputShape: deployInputShape,
    outputSchema: deployOutputSchema,
    run: (args) => runDeployTool(args as DeployArgs, ctx),
  };
}

/** Every tool, sorted by name as tools/list shows them. */
export function toolDefinitions(ctx: ServerContext): ToolDefinition[] {
  return [...AI_TOOLS, deployTool(ctx), ...TOOLING_TOOLS].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
}

export function createPgmiServer(
  ctx: ServerContext,
  tools: ToolDefinition[] = toolDefinitions(ctx),
): McpServer {
  const server = new McpServer({ name: 'pgmi', version: VERSION });
  for (const tool of tools) {
    const guarded = async (args: Record<string, unknown>): Promise<CallToolResult> => {
      try {
        return await tool.run(args);
      } catch (err) {
        return errorResult(tool.name, err);
      }
    };
    const config = {
      description: tool.description,
      ...(tool.inputShape ? { inputSchema: tool.inputShape } : {}),
      ...(tool.outputSchema ? { outputSchema: tool.outputSchema } : {}),
    };
    if (tool.inputShape) {
      server.registerTool(tool.name, config, (args: Record<string, unknown>) => guarded(args));
    } else {
      server.registerTool(tool.name, config, () => guarded({}));
    }
  }
  structureSdkToolErrors(server);
  return server;
}

/**
 * Argument validation and unknown tools are reported by the SDK itself as `isError` results with
 * text only. Give them the same structured detail as every other failure (usage, exit 2), so a
 * client validating structuredContent against the output schema sees `{message, exitCode}`.
 * The hook is the SDK's own result factory; a test pins the behaviour.
 */
function structureSdkToolErrors(server: McpServer): void {
  const target = server as unknown as { createToolError?: (message: string) => CallToolResult };
  if (typeof target.createToolError !== 'function') return;
  target.createToolError = (raw: string) => {
    const message = `usage error: ${redact(raw.replace(/^MCP error -?\d+: /, ''))}`;
    return {
      content: [{ type: 'text', text: message }],
      structuredContent: { message, exitCode: 2 },
      isError: true,
    };
  };
}
