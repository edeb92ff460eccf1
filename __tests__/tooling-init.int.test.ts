/**
 * `pgmi init`, `pgmi templates`, `pgmi info` and the root command, by spawning the built CLI
 * (conformance-cli C97–C105, C128–C129): output streams, exact --json documents, exit codes, and
 * templates found from the bundle wherever it is run from.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, runNode, runPgmi } from './helpers/cli';

const work = mkdtempSync(path.join(tmpdir(), 'pgmi-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = () => path.join(work, `t${++n}`);

/** Every file of a template directory in the repository, relative, sorted. */
function templateFiles(name: string): string[] {
  const root = path.resolve('templates', name);
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('pgmi init', () => {
  it('cli#97: scaffolds the basic template: the tree on stdout, what was written and what next on stderr', async () => {
    const target = path.join(fresh(), 'myapp');
    const r = await runPgmi(['init', target]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${target}/`);
    expect(lines).toContain('├── .gitignore');
    expect(lines).toContain('├── migrations/');
    expect(lines).toContain('│   ├── 001_customer.sql');
    expect(lines[lines.length - 1]).toBe('    └── demo_customers.sql');
    expect(r.stderr).toContain(`Wrote ${target} (basic template).`);
    expect(r.stderr).toContain(`pgmi deploy ${target} -d mydb`);
    expect(r.stderr).toContain('pgmi ai setup --assistant claude');

    // Every template file, dotfiles included, with the project name in place of the placeholder.
    const written = readdirSync(target, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(target, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
    expect(written).toEqual(templateFiles('basic'));
    expect(JSON.parse(readFileSync(path.join(target, 'project.json'), 'utf8')).app_name).toBe(
      'myapp',
    );
    for (const f of written)
      expect(readFileSync(path.join(target, f), 'utf8')).not.toContain('{{PROJECT_NAME}}');
  });

  it('cli#98: the advanced template, with its note on privileges', async () => {
    const target = fresh();
    const r = await runPgmi(['init', target, '-t', 'advanced']);
    expect(r.code).toBe(0);
    expect(readdirSync(target)).toEqual(
      expect.arrayContaining(['deploy.sql', 'parameters.json', 'bootstrap']),
    );
    expect(r.stderr).toContain('CREATEROLE');
    expect(r.stderr).toContain('CREATE EXTENSION');
    expect(r.stderr).toContain('--params-file');
  });

  it('cli#99: a target holding anything else is refused (exit 2), names what blocks it, and is left alone', async () => {
    const target = fresh();
    mkdirSync(target);
    writeFileSync(path.join(target, 'existing.txt'), 'keep me\n');
    writeFileSync(path.join(target, 'deploy.sql'), 'SELECT 1;\n');
    const r = await runPgmi(['init', target, '-t', 'basic']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `directory "${target}" is not empty (blocking: [deploy.sql existing.txt])`,
    );
    expect(readdirSync(target).sort()).toEqual(['deploy.sql', 'existing.txt']);
    expect(readFileSync(path.join(target, 'existing.txt'), 'utf8')).toBe('keep me\n');
  });

  it('cli#100: pgmi.yaml and .env already there are kept byte for byte', async () => {
    const target = fresh();
    mkdirSync(target);
    const yaml = 'connection:\n  host: myserver\n  port: 5433\n';
    writeFileSync(path.join(target, 'pgmi.yaml'), yaml);
    writeFileSync(path.join(target, '.env'), 'PGUSER=me\n');
    const r = await runPgmi(['init', target, '-t', 'basic']);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(target, 'pgmi.yaml'), 'utf8')).toBe(yaml);
    expect(readFileSync(path.join(target, '.env'), 'utf8')).toBe('PGUSER=me\n');
    expect(readFileSync(path.join(target, 'deploy.sql'), 'utf8')).toContain('CALL pgmi_test()');
    expect(r.stderr).toContain('Kept the existing pgmi.yaml');
  });

  it('cli#101: an unknown template and two targets are usage errors (exit 2); a file in the way is exit 1', async () => {
    const target = fresh();
    const unknown = await runPgmi(['init', target, '-t', 'nonexistent']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown template "nonexistent" (available: [advanced basic])',
    );
    expect(unknown.stderr).toContain('pgmi templates list');
    expect(() => readdirSync(target)).toThrow();

    const two = await runPgmi(['init', 'a', 'b']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('accepts 1 arg(s), received 2');

    const file = path.join(work, 'a-file');
    writeFileSync(file, 'x');
    const onFile = await runPgmi(['init', file, '-t', 'basic']);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toContain('path exists but is not a directory');
  });

  it('cli#128: there is no -h help shorthand: `pgmi init -h` is exit 2', async () => {
    const r = await runPgmi(['init', '-h']);
    expect(r.code).toBe(2);
    const help = await runPgmi(['init', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--template <name>');
  });

  it('the bundle finds the templates beside it wherever it runs: from an empty directory and from a copied image layout', async () => {
    const empty = fresh();
    mkdirSync(empty);
    const here = await runPgmi(['init', 'proj', '-t', 'basic'], { cwd: empty });
    expect(here.code).toBe(0);
    expect(readdirSync(path.join(empty, 'proj'))).toContain('deploy.sql');

    // The container image and the Action ship dist/ with templates/ beside it.
    const image = fresh();
    cpSync(path.dirname(CLI), path.join(image, 'dist', 'cli'), { recursive: true });
    cpSync(path.resolve('templates'), path.join(image, 'templates'), { recursive: true });
    const copied = await runNode(
      path.join(image, 'dist', 'cli', 'index.js'),
      ['init', path.join(image, 'p'), '-t', 'advanced'],
      {
        cwd: empty,
      },
    );
    expect(copied.code).toBe(0);
    expect(readFileSync(path.join(image, 'p', 'parameters.json'), 'utf8')).toContain(
      '"parameters"',
    );
  });
});

describe('pgmi templates', () => {
  it('cli#105: list: basic first, then advanced, each with what it is for; the hint on stderr', async () => {
    const r = await runPgmi(['templates', 'list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^basic {8}\S/);
    expect(lines[1]).toMatch(/^ {12} {3}for: \S/);
    expect(lines[2]).toMatch(/^advanced {5}\S/);
    expect(r.stderr).toBe('\nScaffold one with: pgmi init <path> -t <template>\n');
    const extra = await runPgmi(['templates', 'list', 'ignored']);
    expect(extra.code).toBe(0);
  });

  it('cli#105: describe shows structure, features and what it is for; errors are usage errors', async () => {
    const r = await runPgmi(['templates', 'describe', 'advanced']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^advanced — /);
    expect(r.stdout).toContain('Structure:');
    expect(r.stdout).toContain('  ├── bootstrap/');
    expect(r.stdout).toContain('Features:');
    expect(r.stdout).toContain('\nFor: ');
    expect(r.stdout).not.toMatch(/start here|the production tier/i);
    expect(r.stderr).toContain('Scaffold with: pgmi init <path> -t advanced');

    const unknown = await runPgmi(['templates', 'describe', 'nosuch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown template "nosuch"');
    const none = await runPgmi(['templates', 'describe']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('missing required argument: <template_name>');
  });

  it('cli#129: `pgmi templates` and an unknown subcommand show the help on stdout, exit 0', async () => {
    for (const args of [['templates'], ['templates', 'bogus']]) {
      const r = await runPgmi(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: pgmi templates');
      expect(r.stdout).toContain('describe');
    }
  });
});

describe('pgmi info', () => {
  it('cli#103: a fresh basic project as the exact --json document', async () => {
    const target = fresh();
    expect((await runPgmi(['init', target, '-t', 'basic'])).code).toBe(0);
    const r = await runPgmi(['info', target, '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      JSON.stringify(
        {
          path: target,
          template: 'basic',
          deploySql: true,
          configFile: 'ok',
          totalFiles: 11,
          sqlFiles: 8,
          testFiles: 4,
          metadataWith: 0,
          directories: { './': 3, './__test__/': 4, './migrations/': 3, './seed/': 1 },
        },
        null,
        2,
      ) + '\n',
    );
  });

  it('cli#103: template guesses (advanced by layout, unknown without deploy.sql); a broken pgmi.yaml is reported, not fatal; a missing path is exit 10', async () => {
    const adv = fresh();
    expect((await runPgmi(['init', adv, '-t', 'advanced'])).code).toBe(0);
    const advInfo = JSON.parse((await runPgmi(['info', adv, '--json'])).stdout);
    expect(advInfo).toMatchObject({ template: 'advanced', metadataWith: 25, sqlFiles: 41 });

    const upstreamLayout = fresh();
    mkdirSync(path.join(upstreamLayout, 'lib', 'api'), { recursive: true });
    writeFileSync(path.join(upstreamLayout, 'lib', 'api', 'x.sql'), 'SELECT 1;');
    writeFileSync(path.join(upstreamLayout, 'pgmi.yaml'), 'connection:\n  usernmae: oops\n');
    const up = await runPgmi(['info', upstreamLayout, '--json']);
    expect(up.code).toBe(0);
    const upInfo = JSON.parse(up.stdout);
    expect(upInfo.template).toBe('advanced');
    expect(upInfo.deploySql).toBe(false);
    expect(upInfo.configFile).toMatch(/^error: .*usernmae/);

    const empty = fresh();
    mkdirSync(empty);
    expect(JSON.parse((await runPgmi(['info', empty, '--json'])).stdout)).toEqual({
      path: empty,
      template: 'unknown',
      deploySql: false,
      configFile: 'absent',
      totalFiles: 0,
      sqlFiles: 0,
      testFiles: 0,
      metadataWith: 0,
      directories: {},
    });

    const missing = await runPgmi(['info', path.join(work, 'nope')]);
    expect(missing.code).toBe(10);
  });

  it('human output on stdout, not paged when not interactive; NO_COLOR gives plain marks', async () => {
    const empty = fresh();
    mkdirSync(empty);
    const r = await runPgmi(['info', empty], { env: { NO_COLOR: '1', PAGER: 'false' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `Project:    ${empty}\nTemplate:   unknown\ndeploy.sql: FAILED missing\npgmi.yaml:  absent\n`,
    );
    expect(r.stdout).toContain('  Metadata: 0 / 0');
    const colored = await runPgmi(['info', empty]);
    expect(colored.stdout).toContain('deploy.sql: ✗ missing');
  });
});

describe('root command', () => {
  it('cli#128: `pgmi` without arguments outside a terminal: the root help on stdout, nothing on stderr', async () => {
    const r = await runPgmi([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: pgmi');
    expect(r.stdout).toContain('init');
    expect(r.stderr).toBe('');
  });

  it('cli.md §11: `pgmi help` and `pgmi help init` print help on stdout', async () => {
    const root = await runPgmi(['help']);
    expect(root.code).toBe(0);
    expect(root.stdout).toContain('Usage: pgmi');
    const init = await runPgmi(['help', 'init']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Usage: pgmi init');
  });
});
