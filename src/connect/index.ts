export { resolveConnection, summarize } from './resolve';
export type { ConnectionInput, ResolveContext, ResolvedConnection } from './resolve';
export { assertSessionPinned } from './pooler';
export { buildClientConfig } from './client-config';
export { parseConnectionString, ConnectionStringError } from './connection-string';
export type { ParsedConnectionString } from './connection-string';
export type { ConnectionSettings, SslMode } from './settings';
export type { Connection, ConnectionProvider, ConnectRequest, ServerInfo } from './provider';
