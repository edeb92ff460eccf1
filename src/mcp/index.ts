export { createPgmiServer, toolDefinitions, type ServerContext } from './server';
export { serveStdio, type ServeIo } from './stdio';
export { checkOverwrite, runDeployTool, MAX_NOTICES, type DeployArgs } from './deploy-tool';
export type { ToolDefinition } from './tool';
