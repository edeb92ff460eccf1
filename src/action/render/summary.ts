/**
 * The job summary: the shared deploy report (src/render/review-markdown.ts, also the PR
 * comment's body) plus any annotation GitHub could not show. Built as one Markdown string (pure,
 * tested beside) and appended with `core.summary`.
 */
import type { ErrorDetail } from '../../engine/errors';
import type { DeployResult } from '../../engine/events';
import { mdCode, mdText } from '../../render/markdown';
import { STEP_SUMMARY_LIMIT, reviewMarkdown, type ReviewFacts } from '../../render/review-markdown';
import { ANNOTATION_CAP, type Annotation } from './annotations';
import { resultName } from './outputs';

export interface SummaryInput {
  exitCode: number;
  result: DeployResult;
  /** The failure, when there is one. */
  detail?: ErrorDetail;
  /** pgmi's hints for the failure (the same lines the annotation carries). */
  hints?: readonly string[];
  /** Where the failure is, relative to the repository root (`path`, `path:7`, `path:7:3`). */
  location?: string;
  overflow: readonly Annotation[];
  facts?: ReviewFacts;
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
  return reviewMarkdown(
    {
      exitCode: input.exitCode,
      exitName: resultName(input.exitCode),
      result: input.result,
      detail: input.detail,
      hints: input.hints,
      location: input.location,
      facts: input.facts,
    },
    { limit: STEP_SUMMARY_LIMIT, extra: overflowSection(input.overflow) },
  );
}
