/**
 * GitLab report files: a dotenv report (`artifacts:reports:dotenv`) with the Action's outputs
 * under valid variable names, and a Code Quality report (`artifacts:reports:codequality`) whose
 * issues point at the failing file and line.
 */
import { createHash } from 'node:crypto';
import { resultName } from '../action/render/outputs';
import { findingText, type Finding, type RunOutputs } from './findings';

/** `exit-code` → `PGMI_EXIT_CODE`: GitLab dotenv keys must be valid variable names. */
export function dotenvKey(output: string): string {
  return 'PGMI_' + output.toUpperCase().replace(/-/g, '_');
}

/**
 * KEY=value lines. GitLab's dotenv parser takes neither quotes, comments nor multi-line values,
 * so values are single lines as they are; an empty value (server version of a run that never
 * connected) is left out rather than written as `KEY=`.
 */
export function dotenvReport(outputs: RunOutputs): string {
  return Object.entries(outputs)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${dotenvKey(k)}=${v.replace(/[\r\n]/g, ' ')}\n`)
    .join('');
}

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** One issue, in the subset of the Code Climate format GitLab reads. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

function checkOf(f: Finding, exitCode: number): { check: string; severity: CodeQualitySeverity } {
  if (f.kind === 'warning') return { check: 'pgmi-raise-warning', severity: 'minor' };
  if (f.kind === 'test') return { check: 'pgmi-test-failed', severity: 'critical' };
  return { check: `pgmi-${resultName(exitCode)}`, severity: 'blocker' };
}

/**
 * Findings with a file become issues (GitLab requires a path; a connection error has none and
 * stays in the log and the JUnit report). Fingerprints are stable across pipelines for the same
 * problem at the same place, so GitLab can tell new issues from resolved ones.
 */
export function codeQualityReport(
  findings: Finding[],
  exitCode: number,
  toPath: (projectFile: string) => string,
): CodeQualityIssue[] {
  const out: CodeQualityIssue[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (!f.file) continue;
    const { check, severity } = checkOf(f, exitCode);
    const code = f.code
      ? /^[0-9A-Z]{5}$/.test(f.code)
        ? ` (SQLSTATE ${f.code})`
        : ` (${f.code})`
      : '';
    const description = findingText(f).replace(/\s*\n\s*/g, ' ') + code;
    const filePath = toPath(f.file);
    const line = f.line && f.line > 0 ? f.line : 1;
    const fingerprint = createHash('sha256')
      .update([check, filePath, line, description].join('\0'))
      .digest('hex');
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    out.push({
      description,
      check_name: check,
      fingerprint,
      severity,
      location: { path: filePath, lines: { begin: line } },
    });
  }
  return out;
}
