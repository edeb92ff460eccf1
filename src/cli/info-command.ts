/** `pgmi info [path] [--json]`: what a project holds, without a database (cli.md §3). */
import type { FlagSpec } from './flags';
import { addFlags, expectArgs, registrars } from './program';

const INFO_FLAGS: FlagSpec[] = [
  { long: 'json', kind: 'boolean', description: 'Print the summary as JSON on stdout' },
];

registrars.push((program, io) => {
  const info = program
    .command('info')
    .description('Summarise a project: template, deploy.sql, pgmi.yaml, files (offline)')
    .argument('[path...]', 'project directory (default: .)');
  addFlags(info, INFO_FLAGS);
  info.action(async (args: string[], opts: { json?: boolean }) => {
    expectArgs(args, 0, 1, '[path]', 'pgmi info [path] [--json]', 'pgmi info ./myproject');
    const { projectInfo } = await import('../tooling/info');
    const r = await projectInfo(args[0] ?? '.');
    if (opts.json) {
      io.stdout(JSON.stringify(r, null, 2) + '\n');
      return;
    }
    const plain = !!io.env.NO_COLOR;
    const mark = r.deploySql
      ? `${plain ? 'ok' : '✓'} present`
      : `${plain ? 'FAILED' : '✗'} missing`;
    const lines = [
      `Project:    ${r.path}`,
      `Template:   ${r.template}`,
      `deploy.sql: ${mark}`,
      `pgmi.yaml:  ${r.configFile}`,
      '',
      'Files',
      `  Total:    ${r.totalFiles}`,
      `  SQL:      ${r.sqlFiles}`,
      `  Tests:    ${r.testFiles}`,
      `  Metadata: ${r.metadataWith} / ${r.totalFiles}`,
      '',
      'Directories',
      ...Object.entries(r.directories).map(
        ([dir, n]) => `  ${dir.padEnd(30)} ${n} file${n === 1 ? '' : 's'}`,
      ),
      '',
    ];
    const { writePaged } = await import('./pager');
    await writePaged(lines.join('\n'), io.env, io.stdout);
  });
});
