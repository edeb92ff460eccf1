/**
 * One Markdown report of a deploy, shared by the job summary and the review comment on a pull
 * request (GitHub), merge request (GitLab) or PR (Azure DevOps): the result line, what was
 * deployed where (target without secrets, commit, parameter names, units), the change table,
 * the test table, on failure the message, SQLSTATE, file:line and source line, the tail units
 * not rehearsed, deploy.sql's notices and a link to the run.
 *
 * Long parts collapse into `<details>`; the whole stays under the caller's size limit (GitHub
 * comments: 65 536 characters) by showing fewer rows of the long lists, with a line that says
 * so and points at the run. Every text passes through pgmi's redaction.
 */
import type { ErrorDetail } from '../engine/errors';
import type {
  DeployResult,
  NoticeEvent,
  ObjectChange,
  NotRehearsedUnit,
  TestResult,
} from '../engine/events';
import { redact } from '../engine/redact';
import { mdCode, mdDetails, mdFence, mdText } from './markdown';

/** What the front door knows about the run beyond the engine's result. */
export interface ReviewFacts {
  /** Project directory as given (relative to the repository). */
  projectPath?: string;
  /** Target host and port (never a user or password). */
  host?: string;
  port?: number;
  /** Commit SHA and ref, when the CI system provides them. */
  commit?: string;
  ref?: string;
  /** The CI run's page. */
  runUrl?: string;
  /** Names of the parameters handed to deploy.sql (values are never shown). */
  params?: readonly string[];
  /** deploy.sql's notices (the renderer caps them). */
  notices?: readonly NoticeEvent[];
  /** The CI system's checkout folder (paths in the report are relative to it). */
  workspace?: string;
}

export interface ReviewInput {
  exitCode: number;
  /** The name of the exit code (`sql-error`, …) for the result line. */
  exitName: string;
  result: DeployResult;
  /** The failure, when there is one. */
  detail?: ErrorDetail;
  /** pgmi's own hints for the failure (`is PostgreSQL running …? check with: pg_isready …`). */
  hints?: readonly string[];
  /** Where the failure is, relative to the repository root (`path`, `path:7`, `path:7:3`). */
  location?: string;
  facts?: ReviewFacts;
}

export interface ReviewRenderOptions {
  /** Maximum length of the result, in UTF-16 code units (what GitHub counts). */
  limit: number;
  /** A first line (the comment's hidden marker). */
  marker?: string;
  /** Sections appended at the end (the summary's annotation overflow). */
  extra?: readonly string[];
}

/** GitHub's limit on an issue or pull request comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** GitLab's limit on a note (1 000 000 characters). */
export const GITLAB_NOTE_LIMIT = 1_000_000;
/** Azure DevOps' limit on a pull request thread comment (150 000 characters). */
export const AZURE_COMMENT_LIMIT = 150_000;
/** GitHub's limit on one step's job summary (1 MiB). */
export const STEP_SUMMARY_LIMIT = 1_000_000;

/** Above these counts a list is rendered collapsed. */
const COLLAPSE = { changes: 15, tests: 20, units: 10 };
/** Notices shown at most, and at most this much text of them. */
const NOTICE_CAP = { count: 100, chars: 8_000 };
/** Single texts (a message, a source line) are cut at this length. */
const TEXT_CAP = 4_000;

function cut(s: string, max = TEXT_CAP): string {
  return s.length > max ? `${s.slice(0, max)} …` : s;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const TEST_STATUS: Record<TestResult['status'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ not run',
};

const CHANGE_ICON: Record<ObjectChange['action'], string> = {
  created: '➕ created',
  altered: '✏️ altered',
  dropped: '➖ dropped',
};

function heading(result: DeployResult, ok: boolean): string {
  if (!ok) return '## ❌ pgmi deploy failed';
  if (result.status === 'rehearsed') return '## ✅ pgmi rehearsal passed (rolled back)';
  return '## ✅ pgmi deploy succeeded';
}

function factsLine(input: ReviewInput): string {
  const { result, exitCode } = input;
  return [
    result.database ? `database ${mdCode(result.database)}` : undefined,
    result.engineRan ? `${result.filesLoaded} files loaded` : undefined,
    result.engineRan ? seconds(result.durationMs) : undefined,
    result.serverVersion ? `PostgreSQL ${mdText(result.serverVersion)}` : undefined,
    `exit code ${exitCode}${exitCode === 0 ? '' : ` (${input.exitName})`}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Target, project, commit, parameter names and units: what was deployed, never a secret. */
function deployedLines(input: ReviewInput): string[] {
  const { result } = input;
  const f = input.facts ?? {};
  const out: string[] = [];
  const where: string[] = [];
  if (f.host) {
    const hostPort = f.host.startsWith('/') ? f.host : `${f.host}${f.port ? `:${f.port}` : ''}`;
    where.push(`target ${mdCode(hostPort)}`);
  }
  if (f.projectPath) where.push(`project ${mdCode(f.projectPath)}`);
  if (f.commit) where.push(`commit ${mdCode(f.commit.slice(0, 12))}`);
  if (f.ref) where.push(`ref ${mdCode(f.ref)}`);
  if (where.length) out.push(`- ${where.join(' · ')}`);
  if (f.params?.length) {
    out.push(`- parameters: ${f.params.map((p) => mdCode(p)).join(', ')} (values not shown)`);
  }
  const units = unitsLine(result);
  if (units) out.push(`- ${units}`);
  return out.length ? [...out, ''] : [];
}

function unitsLine(result: DeployResult): string | undefined {
  if (!result.engineRan || result.executionUnits === undefined) return undefined;
  const total = result.executionUnits;
  if (result.status === 'rehearsed') {
    const skipped = result.notRehearsed?.length ?? 0;
    return `units: the head ran and was rolled back; ${plural(skipped, 'tail unit')} not rehearsed`;
  }
  if (result.status === 'success') {
    if (total <= 1) return `units: ${plural(total, 'unit')} executed in one transaction`;
    return `units: ${plural(total, 'unit')} executed — the head and ${plural(total - 1, 'tail unit')}`;
  }
  if (result.failedUnit) {
    return `units: unit ${result.failedUnit} of ${total} failed; ${plural(result.unitsCommitted ?? 0, 'earlier unit')} committed`;
  }
  return undefined;
}

/** A list of `rows` shown up to `cap`; the caller learns how many were left out. */
interface Shown<T> {
  rows: T[];
  hidden: number;
}

function take<T>(items: readonly T[], cap: number, first?: (t: T) => boolean): Shown<T> {
  if (items.length <= cap) return { rows: [...items], hidden: 0 };
  // Keep what matters most (failed tests) when rows must go, in their original order.
  const keep = new Set<T>();
  if (first) for (const t of items) if (keep.size < cap && first(t)) keep.add(t);
  for (const t of items) if (keep.size < cap) keep.add(t);
  return { rows: items.filter((t) => keep.has(t)), hidden: items.length - cap };
}

function moreLine(hidden: number, what: string, runUrl?: string): string[] {
  if (!hidden) return [];
  const see = runUrl ? `see the [run](${runUrl})` : 'see the run';
  return [
    '',
    `… ${plural(hidden, `more ${what}`, `more ${what}s`)} not shown (truncated, ${see}).`,
  ];
}

function changeSection(input: ReviewInput, cap: number): string[] {
  const report = input.result.changeReport;
  if (!report) return [];
  const { created, altered, dropped } = report.counts;
  const counts = `${created} created · ${altered} altered · ${dropped} dropped`;
  if (!report.changes.length) return ['### Changes', '', 'No catalog changes.', ''];
  const shown = take(report.changes, cap);
  const table = [
    '| Change | Kind | Object | Detail |',
    '| --- | --- | --- | --- |',
    ...shown.rows.map(
      (c) =>
        `| ${CHANGE_ICON[c.action]} | ${c.kind} | ${mdCode(cut(c.name, 300))} | ${c.detail ? mdText(cut(c.detail, 300)) : ''} |`,
    ),
    ...moreLine(shown.hidden, 'change', input.facts?.runUrl),
  ];
  const body =
    report.changes.length > COLLAPSE.changes
      ? mdDetails(`${report.changes.length} catalog changes`, table)
      : table;
  return ['### Changes', '', counts, '', ...body, ''];
}

function testSection(input: ReviewInput, cap: number): string[] {
  const tests = input.result.tests;
  if (!tests.length) return [];
  const n = (s: TestResult['status']) => tests.filter((t) => t.status === s).length;
  const counts = [
    `${n('passed')} passed`,
    n('failed') ? `${n('failed')} failed` : undefined,
    n('skipped') ? `${n('skipped')} not run` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const shown = take(tests, cap, (t) => t.status === 'failed');
  const table = [
    '| Test | Result | Duration |',
    '| --- | --- | ---: |',
    ...shown.rows.map(
      (t) =>
        `| ${mdCode(t.path)}${t.kind === 'fixture' ? ' (fixture)' : ''} | ${TEST_STATUS[t.status]} | ${t.status === 'skipped' ? '' : `${t.durationMs} ms`} |`,
    ),
    ...moreLine(shown.hidden, 'test', input.facts?.runUrl),
  ];
  const body = tests.length > COLLAPSE.tests ? mdDetails(`${tests.length} tests`, table) : table;
  return ['### Tests', '', counts, '', ...body, ''];
}

function failureSection(input: ReviewInput): string[] {
  const d = input.detail;
  if (input.exitCode === 0 || !d) return [];
  const rows: Array<[string, string | undefined]> = [
    ['SQLSTATE', d.sqlstate && mdCode(d.sqlstate)],
    ['Detail', d.detail && mdText(cut(d.detail))],
    ['Hint', d.hint && mdText(cut(d.hint))],
    ['Where', d.where && mdText(cut(d.where))],
    ['Location', input.location && mdCode(input.location)],
  ];
  const out = ['### Failure', '', `**${mdText(cut(d.message))}**`, ''];
  const present = rows.filter((r): r is [string, string] => !!r[1]);
  if (present.length) {
    out.push('| | |', '| --- | --- |', ...present.map(([k, v]) => `| ${k} | ${v} |`), '');
  }
  if (d.sourceLine) {
    if (d.line) out.push(`Line ${d.line}${d.column ? `, column ${d.column}` : ''}:`, '');
    out.push(mdFence(cut(d.sourceLine), 'sql'), '');
  }
  if (input.hints?.length) {
    out.push(...input.hints.map((h) => `> 💡 ${mdText(cut(h))}`), '');
  }
  return out;
}

function notRehearsedSection(input: ReviewInput, cap: number): string[] {
  const units = input.result.notRehearsed;
  if (!units?.length) return [];
  const shown = take<NotRehearsedUnit>(units, cap);
  const list = [
    ...shown.rows.map((u) => `- unit ${u.unit}: ${mdCode(cut(u.firstLine, 200))}`),
    ...moreLine(shown.hidden, 'unit', input.facts?.runUrl),
  ];
  const intro = `The tail after deploy.sql's first COMMIT runs only in a real deploy: ${plural(units.length, 'unit')} not rehearsed.`;
  const body =
    units.length > COLLAPSE.units ? mdDetails(`${units.length} units not rehearsed`, list) : list;
  return ['### Not rehearsed', '', intro, '', ...body, ''];
}

function noticeSection(input: ReviewInput, cap: number): string[] {
  const notices = input.facts?.notices ?? [];
  if (!notices.length) return [];
  const lines: string[] = [];
  let chars = 0;
  for (const n of notices.slice(0, Math.min(cap, NOTICE_CAP.count))) {
    const where = n.file ? ` (${n.file}${n.line ? `:${n.line}` : ''})` : '';
    const line = cut(`${n.severity}: ${n.message}${where}`, 500);
    if (chars + line.length > NOTICE_CAP.chars) break;
    lines.push(line);
    chars += line.length + 1;
  }
  const hidden = notices.length - lines.length;
  const body = [mdFence(lines.join('\n')), ...moreLine(hidden, 'notice', input.facts?.runUrl)];
  return [...mdDetails(`deploy.sql notices (${notices.length})`, body), ''];
}

function runLink(input: ReviewInput): string[] {
  const url = input.facts?.runUrl;
  return url ? [`[View the run](${url})`, ''] : [];
}

function assemble(input: ReviewInput, opts: ReviewRenderOptions, cap: number): string {
  const lines = [
    ...(opts.marker ? [opts.marker] : []),
    heading(input.result, input.exitCode === 0),
    '',
    factsLine(input),
    '',
    ...deployedLines(input),
    ...failureSection(input),
    ...changeSection(input, cap),
    ...testSection(input, cap),
    ...notRehearsedSection(input, cap),
    ...noticeSection(input, cap),
    ...(opts.extra ?? []),
    ...runLink(input),
  ];
  return redact(lines.join('\n'));
}

/** Row caps tried in turn until the report fits its limit. */
const CAPS = [Infinity, 2000, 1000, 500, 250, 100, 50, 20, 10, 5, 0];

/**
 * The report as Markdown, at most `opts.limit` characters. Long lists lose rows first (each
 * says how many it left out); a report still too long is cut, with a closing line that says so.
 */
export function reviewMarkdown(input: ReviewInput, opts: ReviewRenderOptions): string {
  for (const cap of CAPS) {
    const md = assemble(input, opts, cap);
    if (md.length <= opts.limit) return md;
  }
  const url = input.facts?.runUrl;
  const tail = `\n\n---\n**Truncated** to fit the size limit: see the ${url ? `[run](${url})` : 'run'} for the full report.\n`;
  const md = assemble(input, opts, 0);
  return md.slice(0, Math.max(0, opts.limit - tail.length)) + tail;
}
