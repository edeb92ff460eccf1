/**
 * The job summary: a result line, the test table, on failure the error in full (message,
 * SQLSTATE, detail, hint, file:line and the source line), and any annotation GitHub could not
 * show. Built as one Markdown string (pure, tested beside) and appended with `core.summary`.
 */
import type { ErrorDetail } from '../../engine/errors';
import type { DeployResult, TestResult } from '../../engine/events';
import { redact } from '../../engine/redact';
import { ANNOTATION_CAP, type Annotation } from './annotations';
import { mdCode, mdFence, mdText } from './markdown';
import { resultName } from './outputs';

export interface SummaryInput {
  exitCode: number;
  result: DeployResult;
  /** The failure, when there is one. */
  detail?: ErrorDetail;
  /** Where the failure is, relative to the repository root (`path`, `path:7`, `path:7:3`). */
  location?: string;
  overflow: readonly Annotation[];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

const STATUS: Record<TestResult['status'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ not run',
};

function testTable(tests: readonly TestResult[]): string[] {
  const rows = tests.map(
    (t) =>
      `| ${mdCode(t.path)}${t.kind === 'fixture' ? ' (fixture)' : ''} | ${STATUS[t.status]} | ${t.status === 'skipped' ? '' : `${t.durationMs} ms`} |`,
  );
  return ['| Test | Result | Duration |', '| --- | --- | ---: |', ...rows];
}

function failureSection(d: ErrorDetail, location: string | undefined): string[] {
  const rows: Array<[string, string | undefined]> = [
    ['SQLSTATE', d.sqlstate && mdCode(d.sqlstate)],
    ['Detail', d.detail && mdText(d.detail)],
    ['Hint', d.hint && mdText(d.hint)],
    ['Where', d.where && mdText(d.where)],
    ['Location', location && mdCode(location)],
  ];
  const out = ['### Failure', '', `**${mdText(d.message)}**`, ''];
  const present = rows.filter((r): r is [string, string] => !!r[1]);
  if (present.length) {
    out.push('| | |', '| --- | --- |', ...present.map(([k, v]) => `| ${k} | ${v} |`), '');
  }
  if (d.sourceLine) {
    if (d.line) out.push(`Line ${d.line}${d.column ? `, column ${d.column}` : ''}:`, '');
    out.push(mdFence(d.sourceLine, 'sql'), '');
  }
  return out;
}

function overflowSection(overflow: readonly Annotation[]): string[] {
  if (!overflow.length) return [];
  return [
    '### More annotations',
    '',
    `GitHub shows ${ANNOTATION_CAP} annotations of each type per step; these did not fit:`,
    '',
    ...overflow.map((a) => {
      const where = a.props.file
        ? ` ${mdCode(`${a.props.file}${a.props.startLine ? `:${a.props.startLine}` : ''}`)}`
        : '';
      return `- ${a.level === 'error' ? '❌' : '⚠️'}${where} ${mdText(a.message)}`;
    }),
    '',
  ];
}

/** The summary as Markdown. Every text passes through pgmi's redaction. */
export function summaryMarkdown(input: SummaryInput): string {
  const { result, exitCode } = input;
  const ok = exitCode === 0;
  const facts = [
    result.database ? `database ${mdCode(result.database)}` : undefined,
    result.engineRan ? `${result.filesLoaded} files loaded` : undefined,
    result.engineRan ? seconds(result.durationMs) : undefined,
    result.serverVersion ? `PostgreSQL ${mdText(result.serverVersion)}` : undefined,
    `exit code ${exitCode}${ok ? '' : ` (${resultName(exitCode)})`}`,
  ].filter(Boolean);
  const lines = [
    `## ${ok ? '✅ pgmi deploy succeeded' : '❌ pgmi deploy failed'}`,
    '',
    facts.join(' · '),
    '',
  ];
  if (result.tests.length) lines.push(...testTable(result.tests), '');
  if (!ok && input.detail) lines.push(...failureSection(input.detail, input.location));
  lines.push(...overflowSection(input.overflow));
  return redact(lines.join('\n'));
}
