/**
 * GitLab CI (`GITLAB_CI=true`): one collapsible log section per phase, and two report files for
 * `artifacts:reports` written when the deploy ends, whatever its outcome:
 *
 *   PGMI_GITLAB_DOTENV        dotenv report, default `pgmi.env`:
 *                             PGMI_EXIT_CODE, PGMI_RESULT, PGMI_DURATION_MS, PGMI_FILES_LOADED,
 *                             PGMI_TESTS_PASSED, PGMI_TESTS_FAILED, PGMI_SERVER_VERSION
 *   PGMI_GITLAB_CODE_QUALITY  Code Quality report, default `gl-code-quality-report.json`
 *
 * Relative report paths are relative to the working directory; set a variable to the empty
 * string to skip that file. Code Quality paths are relative to CI_PROJECT_DIR (the repository).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DeployEvent, DeployResult } from '../engine/events';
import { errorFindings, repoPath, runOutputs, warningFinding, type Finding } from './findings';
import { codeQualityReport, dotenvReport } from './gitlab-reports';
import type { CiContext, CiRenderer } from './index';
import { phaseGroups } from './phases';

export const DEFAULT_DOTENV = 'pgmi.env';
export const DEFAULT_CODE_QUALITY = 'gl-code-quality-report.json';

/** The report files a GitLab run will write, named by their variables (checked before connecting). */
export function gitlabReportPaths(
  env: Record<string, string | undefined>,
): Array<[variable: string, file: string]> {
  const files: Array<[string, string]> = [
    ['PGMI_GITLAB_DOTENV', env.PGMI_GITLAB_DOTENV ?? DEFAULT_DOTENV],
    ['PGMI_GITLAB_CODE_QUALITY', env.PGMI_GITLAB_CODE_QUALITY ?? DEFAULT_CODE_QUALITY],
  ];
  return files.filter(([, file]) => file !== '');
}

/**
 * Section markers as GitLab documents them: `\e[0K` erases the marker from the rendered line,
 * `\r` returns over it, and the header follows. Names hold only letters, digits, `_.-`.
 */
export function sectionStart(name: string, header: string, collapsed: boolean, at: Date): string {
  const ts = Math.floor(at.getTime() / 1000);
  return `\x1b[0Ksection_start:${ts}:${name}${collapsed ? '[collapsed=true]' : ''}\r\x1b[0K${header}\n`;
}

export function sectionEnd(name: string, at: Date): string {
  return `\x1b[0Ksection_end:${Math.floor(at.getTime() / 1000)}:${name}\r\x1b[0K\n`;
}

export function gitlabRenderer(ctx: CiContext, clock: () => Date = () => new Date()): CiRenderer {
  const cwd = ctx.cwd ?? process.cwd();
  const root = ctx.env.CI_PROJECT_DIR || cwd;
  const warnings: Finding[] = [];
  // The run's own output is short except for deploy.sql's notices: keep that one open.
  const groups = phaseGroups(
    {
      start: (p, title) => sectionStart(`pgmi_${p}`, title, p !== 'execute', clock()),
      end: (p) => sectionEnd(`pgmi_${p}`, clock()),
    },
    ctx.stderr,
  );
  const write = (setting: string | undefined, fallback: string, body: string, what: string) => {
    const file = setting ?? fallback;
    if (file === '') return;
    // Already reported as the run's error (exit 10 before connecting): not a second line.
    if (ctx.unwritable?.has(path.resolve(cwd, file))) return;
    try {
      const abs = path.resolve(cwd, file);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, body);
    } catch (err) {
      ctx.stderr(
        `pgmi: warning: could not write the GitLab ${what} report ${file}: ${String(err)}\n`,
      );
    }
  };
  return {
    name: 'gitlab',
    onEvent(e: DeployEvent) {
      if (e.type === 'phase') groups.enter(e.phase);
      else if (e.type === 'notice') {
        const w = warningFinding(e);
        if (w) warnings.push(w);
      }
    },
    finish(result: DeployResult, exitCode: number) {
      groups.close();
      write(
        ctx.env.PGMI_GITLAB_DOTENV,
        DEFAULT_DOTENV,
        dotenvReport(runOutputs(result, exitCode)),
        'dotenv',
      );
      const findings = [...errorFindings(result, exitCode), ...warnings];
      const issues = codeQualityReport(findings, exitCode, (f) =>
        repoPath(root, cwd, ctx.projectPath ?? '.', f),
      );
      write(
        ctx.env.PGMI_GITLAB_CODE_QUALITY,
        DEFAULT_CODE_QUALITY,
        JSON.stringify(issues, null, 2) + '\n',
        'Code Quality',
      );
    },
  };
}
