/** A tool as the server registers it: schemas plus a handler that may throw. */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type * as z from 'zod';

export interface ToolDefinition {
  name: string;
  description: string;
  /** Input fields; absent = no arguments. */
  inputShape?: z.ZodRawShape;
  /** Present on tools that return structured content. */
  outputSchema?: z.ZodType;
  run: (args: Record<string, unknown>) => Promise<CallToolResult>;
}
