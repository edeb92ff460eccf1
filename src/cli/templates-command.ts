/** `pgmi templates list` and `pgmi templates describe <template_name>` (cli.md §6). */
import { argumentSources } from './completion-sources';
import { expectArgs, registrars } from './program';

/** Greedy word wrap at `width` columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

registrars.push((program, io) => {
  const templates = program
    .command('templates')
    .description('List the project templates and describe one')
    .allowExcessArguments(true);
  // A group without a subcommand (or with an unknown one) shows its help, exit 0.
  templates.action(() => io.stdout(templates.helpInformation()));

  templates
    .command('list')
    .description('List the templates, recommended first')
    .allowExcessArguments(true)
    .action(async () => {
      const { listTemplates } = await import('../tooling/templates');
      for (const t of listTemplates()) {
        io.stdout(`${t.name.padEnd(12)} ${t.description}\n`);
        if (t.bestFor) io.stdout(`${' '.repeat(12)}   for: ${t.bestFor}\n`);
      }
      io.stderr('\nScaffold one with: pgmi init <path> -t <template>\n');
    });

  templates
    .command('describe')
    .description('Describe a template: structure, features, what it is for')
    .argument('[template_name...]', 'basic or advanced')
    .action(async (args: string[]) => {
      expectArgs(
        args,
        1,
        1,
        '<template_name>',
        'pgmi templates describe <template_name>  (names: pgmi templates list)',
        'pgmi templates describe basic',
      );
      const { describeTemplate, templatesDir } = await import('../tooling/templates');
      const { unknownTemplateError } = await import('../tooling/init');
      const { renderTreeLines, walkTree } = await import('../tooling/tree');
      const t = describeTemplate(args[0]);
      if (!t) throw unknownTemplateError(args[0]);
      const tree = renderTreeLines(walkTree(`${templatesDir()}${t.name}`, 2));
      io.stdout(
        [
          `${t.name} — ${t.description}`,
          '',
          ...wrap(t.long, 80),
          '',
          'Structure:',
          ...tree.map((l) => `  ${l}`),
          '',
          'Features:',
          ...t.features.map((f) => `  - ${f}`),
          '',
          `For: ${t.bestFor}`,
          `Requires: PostgreSQL ${t.minPostgres} or later`,
          '',
        ].join('\n'),
      );
      io.stderr(`\nScaffold with: pgmi init <path> -t ${t.name}\n`);
    });
  argumentSources.set('templates describe', 'template');
});
