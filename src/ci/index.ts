/**
 * CI-system renderers for the CLI (the container image runs the CLI): chosen from the
 * environment, each adds its CI's own log markup and report files on top of the plain text.
 */
import type { DeployEvent, DeployResult } from '../engine/events';

export interface CiContext {
  env: Record<string, string | undefined>;
  /** Writes to stdout (where CI systems read logging commands). */
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** When the deploy prints `--json` on stdout, renderers must keep stdout clean. */
  json: boolean;
}

export interface CiRenderer {
  readonly name: string;
  /** Called for every engine event, after the plain-text renderer. */
  onEvent(event: DeployEvent): void;
  /** Called once with the final result and the process exit code. */
  finish(result: DeployResult, exitCode: number): void;
}

const plain = (): CiRenderer => ({
  name: 'plain',
  onEvent: () => undefined,
  finish: () => undefined,
});

/** Picks the renderer for the CI system this process runs in; plain text elsewhere. */
export function detectCi(_ctx: CiContext): CiRenderer {
  return plain();
}
