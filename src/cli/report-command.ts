/** `pgmi report merge <json-report>… [--json] [--summary FILE] [--junit FILE] [--tap FILE]` */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FlagSpec } from './flags';
import { addFlags, expectArgs, registrars } from './program';

const MERGE_FLAGS: FlagSpec[] = [
  { long: 'json', kind: 'boolean', description: 'Print the merged result as JSON on stdout' },
  {
    long: 'summary',
    value: '<file>',
    kind: 'string',
    complete: 'file',
    description: 'Write a Markdown summary table (one row per target)',
  },
  {
    long: 'junit',
    value: '<file>',
    kind: 'string',
    complete: 'file',
    description: 'Write JUnit XML, one testsuite per target',
  },
  {
    long: 'tap',
    value: '<file>',
    kind: 'string',
    complete: 'file',
    description: 'Write TAP 14, one subtest per target',
  },
];

registrars.push((program, io, setExit) => {
  const report = program
    .command('report')
    .description('Work with deploy reports')
    .helpOption('--help', 'Show help');
  const merge = report
    .command('merge')
    .description(
      "Join the JSON reports of a fleet's shards into one result; exits with the merged exit code",
    )
    .argument('[reports...]', 'JSON reports (from --json or the json-report input)')
    .helpOption('--help', 'Show help');
  addFlags(merge, MERGE_FLAGS);
  merge.action(
    async (
      args: string[],
      opts: { json?: boolean; summary?: string; junit?: string; tap?: string },
    ) => {
      expectArgs(
        args,
        1,
        Number.MAX_SAFE_INTEGER,
        '<json-report>',
        'pgmi report merge <json-report>... [--json] [--summary FILE] [--junit FILE] [--tap FILE]',
        'pgmi report merge reports/shard-*.json --json',
      );
      const { expandReportPaths, mergeReports, readReport } = await import('../fleet/merge');
      const { totalsLine, targetLine } = await import('../fleet/lines');
      const result = mergeReports(expandReportPaths(args).map(readReport));
      const write = (file: string, content: string) => {
        mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
        writeFileSync(file, content);
      };
      if (opts.summary) {
        const { fleetSummaryMarkdown } = await import('../action/render/fleet-summary');
        write(opts.summary, fleetSummaryMarkdown(result));
      }
      if (opts.junit) {
        const { fleetJunitReport } = await import('../reports/junit-fleet');
        write(opts.junit, fleetJunitReport(result));
      }
      if (opts.tap) {
        const { fleetTapReport } = await import('../reports/tap-fleet');
        write(opts.tap, fleetTapReport(result));
      }
      const plain = !!io.env.NO_COLOR;
      for (const t of result.targets) io.stderr(targetLine(t, plain) + '\n');
      io.stderr(totalsLine(result) + '\n');
      if (opts.json) io.stdout(JSON.stringify(result, null, 2) + '\n');
      setExit(result.exitCode);
    },
  );
});
