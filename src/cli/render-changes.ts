/**
 * The change report and a rehearsal's unrun tail as text lines for stderr: a compact list by
 * default, every change with `--verbose`.
 */
import type { DeployResult, ObjectChange } from '../engine/events';

/** How many changes the compact list shows before "… and N more". */
export const COMPACT_CHANGES = 20;

const SIGN: Record<ObjectChange['action'], string> = { created: '+', altered: '~', dropped: '-' };

export function changeLine(c: ObjectChange): string {
  return `  ${SIGN[c.action]} ${c.action} ${c.kind} ${c.name}${c.detail ? ` (${c.detail})` : ''}`;
}

export function changeReportLines(result: DeployResult, verbose: boolean): string[] {
  const lines: string[] = [];
  const report = result.changeReport;
  if (report) {
    const { created, altered, dropped } = report.counts;
    if (report.changes.length === 0) {
      lines.push('Changes: none (the catalog is as it was)');
    } else {
      lines.push(`Changes: ${created} created, ${altered} altered, ${dropped} dropped`);
      const shown = verbose ? report.changes : report.changes.slice(0, COMPACT_CHANGES);
      lines.push(...shown.map(changeLine));
      const more = report.changes.length - shown.length;
      if (more > 0) lines.push(`  … and ${more} more (--verbose lists every change)`);
    }
  }
  if (result.notRehearsed?.length) {
    lines.push(
      `Not rehearsed: ${result.notRehearsed.length} tail unit(s) after the head's terminator, listed and not run:`,
    );
    for (const u of result.notRehearsed) lines.push(`  unit ${u.unit}: ${u.firstLine}`);
  }
  return lines;
}
