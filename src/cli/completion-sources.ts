/**
 * What shell completion offers for flag values and positional arguments, beyond what the command
 * tree itself declares. Commands register their own lists here at registration time (cheap
 * closures, evaluated only when a completion is asked for).
 */
import type { FlagSpec } from './flags';

/** Candidates for a value, or a shell directive: complete directories / files. */
export type CompletionValues = string[] | 'dirs' | 'files';

/** Named value lists: `FlagSpec.complete` names one of these. */
export const valueSources = new Map<string, () => CompletionValues>([
  ['dir', () => 'dirs'],
  ['file', () => 'files'],
]);

/** Flag declarations of commands outside program.ts (GLOBAL_FLAGS and DEPLOY_FLAGS are known). */
export const flagSpecs: FlagSpec[] = [];

/** Positional arguments by command path (`templates describe`, `ai skill`) → value source name. */
export const argumentSources = new Map<string, string>();
