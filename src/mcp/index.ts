export { createPgmiServer, toolDefinitions, type ServerContext } from './server';
export { serveStdio, type ServeIo } from './stdio';
export { checkOverwrite, runDeployTool, MAX_NOTICES } from './deploy-tool';
export { deployInputShape, deployOutputSchema, type DeployArgs } from './deploy-schemas';
export type { ToolDefinition } from './tool';
