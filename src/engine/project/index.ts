export type {
  PgmiYaml,
  PgmiYamlConnection,
  ProjectFile,
  ScanResult,
  ScriptMetadata,
} from './types';
export { normalizeSql, normalizeSqlBytes, pgmiChecksum, rawChecksum } from './checksum';
export {
  SQL_EXTENSIONS,
  baseName,
  extensionOf,
  genericId,
  isFixtureName,
  isSqlPath,
  isTestPath,
  pathFields,
  type PathFields,
} from './sql-files';
export { readDeploySql, scanProject, type ScanOptions } from './scan';
export {
  MAX_METADATA_SIZE,
  checkDuplicateIds,
  findDuplicateIds,
  metadataBlockFor,
  parseMetadata,
  type DuplicateId,
} from './metadata';
export {
  mergeParams,
  parseParamArg,
  parseParamsFile,
  readParamsFile,
  validateParam,
  validateParams,
  type ParamEntries,
  type ParamSource,
} from './params';
export { loadPgmiYaml, parsePgmiYaml } from './config';
export { loadProjectEnv, parseDotenv, type ProjectEnvResult } from './dotenv';
export {
  DEFAULT_TIMEOUT_MS,
  InvalidDurationError,
  parseDuration,
  resolveTimeout,
} from './duration';
