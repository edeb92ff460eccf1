/**
 * The step's outputs. Counts and names only: nothing here can hold a secret, and every value
 * still goes through the same redaction as the log and the summary.
 */
import { ExitCode } from '../../engine/errors';
import type { DeployResult } from '../../engine/events';

/** `result` output values, by exit code (anything unlisted is `error`). */
export const RESULT_NAMES: Readonly<Record<number, string>> = {
  [ExitCode.Success]: 'success',
  [ExitCode.Config]: 'config-error',
  [ExitCode.Connection]: 'connection-error',
  [ExitCode.ApprovalDenied]: 'overwrite-denied',
  [ExitCode.Execution]: 'sql-error',
  [ExitCode.DeploySqlMissing]: 'deploy-missing',
  [ExitCode.ConcurrentDeploy]: 'concurrent-deploy',
  [ExitCode.Timeout]: 'timeout',
  [ExitCode.Interrupted]: 'interrupted',
  [ExitCode.Terminated]: 'interrupted',
};

export function resultName(exitCode: number): string {
  return RESULT_NAMES[exitCode] ?? 'error';
}

/** Every output the Action sets; action.yml must declare exactly these (checked by a test). */
export const ACTION_OUTPUTS = [
  'exit-code',
  'result',
  'duration-ms',
  'files-loaded',
  'tests-passed',
  'tests-failed',
  'server-version',
  'json-report',
  'junit-report',
  'objects-created',
  'objects-altered',
  'objects-dropped',
  'targets-total',
  'targets-succeeded',
  'targets-failed',
  'targets-skipped',
  'comment-url',
  'comment-file',
] as const;
export type OutputName = (typeof ACTION_OUTPUTS)[number];
/** Set by fleet runs only (empty for a single deploy). */
export type FleetOutputName = Extract<OutputName, `targets-${string}`>;

export function actionOutputs(
  exitCode: number,
  result: DeployResult,
  reports: { json?: string; junit?: string },
  comment: { url?: string; file?: string } = {},
): Record<OutputName, string> {
  // Fixtures (`_setup.sql`) count with the tests: both are files of the test tree that ran.
  const count = (s: 'passed' | 'failed') => result.tests.filter((t) => t.status === s).length;
  const counts = result.changeReport?.counts;
  return {
    'exit-code': String(exitCode),
    // A rehearsal that passed is exit 0, and says so.
    result: exitCode === 0 && result.status === 'rehearsed' ? 'rehearsed' : resultName(exitCode),
    'duration-ms': String(result.durationMs),
    'files-loaded': String(result.filesLoaded),
    'tests-passed': String(count('passed')),
    'tests-failed': String(count('failed')),
    'server-version': result.serverVersion ?? '',
    'json-report': reports.json ?? '',
    'junit-report': reports.junit ?? '',
    'objects-created': counts ? String(counts.created) : '',
    'objects-altered': counts ? String(counts.altered) : '',
    'objects-dropped': counts ? String(counts.dropped) : '',
    'targets-total': '',
    'targets-succeeded': '',
    'targets-failed': '',
    'targets-skipped': '',
    'comment-url': comment.url ?? '',
    'comment-file': comment.file ?? '',
  };
}
