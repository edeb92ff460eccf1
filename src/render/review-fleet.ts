/**
 * The review comment (PR/MR) of a fleet deploy: the totals, what was deployed from where, and the
 * same per-target table as the Action's job summary (status, duration, tests, objects changed,
 * failure file:line). A fleet of thousands still fits the system's size limit: the table keeps
 * every failed target and as many others as fit, in list order, and says how many it left out.
 * Every text passes through pgmi's redaction.
 */
import { redact } from '../engine/redact';
import type { FleetResult, FleetTargetResult } from '../fleet/result';
import { FLEET_TABLE_HEAD, fleetFactsLine, fleetStoppedLines, fleetTableRow } from './fleet-table';
import { mdCode } from './markdown';
import type { ReviewFacts, ReviewRenderOptions } from './review-markdown';

function heading(r: FleetResult): string {
  if (r.exitCode !== 0) return '## ❌ pgmi fleet deploy failed';
  const rehearsedAll = r.totals.total > 0 && r.totals.rehearsed === r.totals.total;
  return rehearsedAll
    ? '## ✅ pgmi fleet rehearsal passed (rolled back)'
    : '## ✅ pgmi fleet deploy succeeded';
}

function deployedLine(f: ReviewFacts): string[] {
  const where: string[] = [];
  if (f.host) {
    const hostPort = f.host.startsWith('/') ? f.host : `${f.host}${f.port ? `:${f.port}` : ''}`;
    where.push(`server ${mdCode(hostPort)}`);
  }
  if (f.projectPath) where.push(`project ${mdCode(f.projectPath)}`);
  if (f.commit) where.push(`commit ${mdCode(f.commit.slice(0, 12))}`);
  if (f.ref) where.push(`ref ${mdCode(f.ref)}`);
  const out = where.length ? [`- ${where.join(' · ')}`] : [];
  if (f.params?.length) {
    out.push(`- parameters: ${f.params.map((p) => mdCode(p)).join(', ')} (values not shown)`);
  }
  return out.length ? [...out, ''] : [];
}

/** At most `cap` rows: every failed target first in priority, then the others, in list order. */
function shownTargets(targets: FleetTargetResult[], cap: number): FleetTargetResult[] {
  if (targets.length <= cap) return targets;
  const keep = new Set<FleetTargetResult>();
  for (const t of targets) if (t.status === 'failed' && keep.size < cap) keep.add(t);
  for (const t of targets) if (keep.size < cap) keep.add(t);
  return targets.filter((t) => keep.has(t));
}

function assemble(r: FleetResult, opts: FleetReviewOptions, cap: number): string {
  const rows = shownTargets(r.targets, cap);
  const hidden = r.targets.length - rows.length;
  const allFailedShown = rows.filter((t) => t.status === 'failed').length === r.totals.failed;
  const url = opts.facts?.runUrl;
  const lines = [
    ...(opts.marker ? [opts.marker] : []),
    heading(r),
    '',
    fleetFactsLine(r),
    '',
    ...fleetStoppedLines(r),
    ...deployedLine(opts.facts ?? {}),
    ...(r.targets.length
      ? [...FLEET_TABLE_HEAD, ...rows.map((t) => fleetTableRow(t, 500)), '']
      : []),
    ...(hidden > 0
      ? [
          `…and ${hidden} more target(s) not shown${allFailedShown ? ' (every failed one is listed)' : ''}${url ? `: see the [run](${url})` : ''}.`,
          '',
        ]
      : []),
    ...(opts.extra ?? []),
    ...(url ? [`[View the run](${url})`, ''] : []),
  ];
  return redact(lines.join('\n'));
}

export interface FleetReviewOptions extends ReviewRenderOptions {
  facts?: ReviewFacts;
}

/** Row caps tried in turn until the comment fits its limit. */
const CAPS = [Infinity, 2000, 1000, 500, 250, 100, 50, 20, 10, 5, 0];

/** The fleet's comment as Markdown, at most `opts.limit` characters. */
export function fleetReviewMarkdown(r: FleetResult, opts: FleetReviewOptions): string {
  for (const cap of CAPS) {
    const md = assemble(r, opts, cap);
    if (md.length <= opts.limit) return md;
  }
  const tail = '\n\n---\n**Truncated** to fit the size limit: see the run for the full report.\n';
  const md = assemble(r, opts, 0);
  return md.slice(0, Math.max(0, opts.limit - tail.length)) + tail;
}
