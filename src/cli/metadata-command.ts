/** `pgmi metadata scaffold | validate | plan <project_path>` (project-files.md §3.9). */
import type { Command } from 'commander';
import { PgmiError, UsageError } from '../engine/errors';
import { flagSpecs } from './completion-sources';
import type { FlagSpec } from './flags';
import type { CliIo } from './deploy-command';
import { addFlags, expectArgs, registrars } from './program';

const JSON_FLAG: FlagSpec = {
  long: 'json',
  kind: 'boolean',
  description: 'Print the result as JSON on stdout',
};

export const SCAFFOLD_FLAGS: FlagSpec[] = [
  {
    long: 'write',
    kind: 'boolean',
    description: 'Write the blocks into the files (default: preview)',
  },
  {
    long: 'idempotent',
    value: '[bool]',
    kind: 'string',
    description:
      'idempotent="true|false" in the generated blocks (default true; --idempotent=false)',
  },
];
flagSpecs.push(...SCAFFOLD_FLAGS);

/** Go strconv.ParseBool spellings, as upstream's `--idempotent=BOOL` accepts them. */
function parseBoolFlag(value: string | boolean | undefined): boolean {
  if (value === undefined || value === true) return true;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value as string)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value as string)) return false;
  throw new UsageError(
    `invalid argument "${String(value)}" for "--idempotent": expected true or false (write --idempotent=false)`,
  );
}

function projectPathArg(args: string[], sub: string): string {
  expectArgs(
    args,
    1,
    1,
    '<project_path>',
    `pgmi metadata ${sub} <project_path>`,
    `pgmi metadata ${sub} ./myproject`,
  );
  return args[0];
}

function verboseLines(program: Command, io: CliIo, lines: string[]): void {
  if (program.opts().verbose) for (const l of lines) io.stderr(`[VERBOSE] ${l}\n`);
}

registrars.push((program, io) => {
  const metadata = program
    .command('metadata')
    .description('Scaffold, validate and preview <pgmi-meta> script metadata (offline)')
    .allowExcessArguments(true);
  metadata.action(() => io.stdout(metadata.helpInformation()));
  const plain = () => !!io.env.NO_COLOR;

  const scaffold = metadata
    .command('scaffold')
    .description('Propose (or with --write, add) a <pgmi-meta> block for SQL files without one')
    .argument('[project_path...]', 'project directory');
  addFlags(scaffold, SCAFFOLD_FLAGS);
  scaffold.action(
    async (args: string[], opts: { write?: boolean; idempotent?: string | boolean }) => {
      const path = projectPathArg(args, 'scaffold');
      const idempotent = parseBoolFlag(opts.idempotent);
      verboseLines(program, io, [
        `Project path: ${path}`,
        `Write: ${!!opts.write}`,
        `Idempotent: ${idempotent}`,
      ]);
      const { metadataScaffold } = await import('../tooling/metadata');
      const result = await metadataScaffold(path, { write: opts.write, idempotent });
      if (result.files.length === 0) {
        io.stderr('All SQL files already have metadata.\n');
        return;
      }
      for (const f of result.files) {
        io.stderr(`${f.path}\n  ID: ${f.id} (fallback)\n  Idempotent: ${f.idempotent}\n`);
        if (f.written) io.stderr('  Written to file\n');
        io.stderr('\n');
      }
      io.stderr(
        opts.write
          ? `Generated metadata for ${result.files.length} file(s).\n`
          : `Preview only: nothing was written. Add --write to put these blocks at the top of the files.\n`,
      );
    },
  );

  const validate = metadata
    .command('validate')
    .description('Check every <pgmi-meta> block and that no two scripts share an id')
    .argument('[project_path...]', 'project directory');
  addFlags(validate, [JSON_FLAG]);
  validate.action(async (args: string[], opts: { json?: boolean }) => {
    const path = projectPathArg(args, 'validate');
    verboseLines(program, io, [`Project path: ${path}`]);
    const { metadataValidate } = await import('../tooling/metadata');
    if (!opts.json) io.stderr(`Scanning ${path} ...\nValidating metadata...\n`);
    const r = await metadataValidate(path);
    if (opts.json) io.stdout(JSON.stringify(r, null, 2) + '\n');
    else {
      io.stderr(
        '\nValidation Summary:\n' +
          `  Total files:            ${r.total_files}\n` +
          `  Files with metadata:    ${r.files_with_metadata}\n` +
          `  Files without metadata: ${r.files_without_metadata}\n`,
      );
      if (r.duplicate_ids.length > 0)
        io.stderr(
          `\nError: Duplicate IDs detected:\n${r.duplicate_ids.map((d) => `  ${d}\n`).join('')}`,
        );
      else io.stderr(`\n${plain() ? 'ok' : '✓'} Metadata validation passed.\n`);
    }
    if (!r.validation_passed)
      throw new PgmiError('metadata validation failed', {
        hints: ['Give each script its own id (uuidgen), or remove the copied block.'],
      });
  });

  const plan = metadata
    .command('plan')
    .description('Show the scripts in the order their sort keys give (one entry per file)')
    .argument('[project_path...]', 'project directory');
  addFlags(plan, [JSON_FLAG]);
  plan.action(async (args: string[], opts: { json?: boolean }) => {
    const path = projectPathArg(args, 'plan');
    verboseLines(program, io, [`Project path: ${path}`]);
    const { metadataPlan } = await import('../tooling/metadata');
    if (!opts.json) io.stderr(`Analyzing ${path} ...\n`);
    const r = await metadataPlan(path);
    if (opts.json) {
      io.stdout(JSON.stringify(r, null, 2) + '\n');
      return;
    }
    const out = [`\nMetadata Summary (${r.total_files} files):\n`];
    r.plan.forEach((e, i) => {
      out.push(`${i + 1}. ${e.path}`, `   ID: ${e.id}`);
      // The JSON keeps the description as written; here it is one line.
      const description = e.description.trim().replace(/\s+/g, ' ');
      if (description) out.push(`   Description: ${description}`);
      out.push(`   Idempotent: ${e.idempotent}`, `   Sort Keys: [${e.sort_keys.join(' ')}]`, '');
    });
    out.push(
      "Note: a file runs once per sort key; the exact order is pgmi_plan_view's at deploy time.",
      '',
    );
    io.stderr(out.join('\n'));
  });
});
