/**
 * One run of `pgmi init`: the wizard when interactive and no template was named, then the
 * scaffold, the tree on stdout, and what to do next on stderr.
 */
import { join } from 'node:path';
import { initProject } from '../tooling/init';
import { saveConnection } from '../tooling/config-file';
import { listTemplates } from '../tooling/templates';
import { renderTreeLines, walkTree } from '../tooling/tree';
import type { PgmiYamlConnection } from '../engine/project/types';
import { isInteractive } from './approve';
import {
  connectionWizard,
  isPromptCancel,
  passwordAdvice,
  terminalPrompts,
  type Prompts,
  type WizardIo,
} from './config-wizard';

export interface InitIo extends WizardIo {
  stdout: (s: string) => void;
}

interface InitChoice {
  target: string;
  template: string;
  connection?: PgmiYamlConnection;
}

async function askInit(
  defaultTarget: string,
  io: WizardIo,
  p: Prompts,
): Promise<InitChoice | undefined> {
  const target = await p.input({ message: 'Project directory', default: defaultTarget });
  const template = await p.select({
    message: 'Template',
    choices: listTemplates().map((t) => ({
      value: t.name,
      name: t.name,
      description: t.description,
    })),
  });
  const setUp = await p.confirm({ message: 'Set up the database connection now?', default: false });
  if (!setUp) return { target, template };
  const connection = await connectionWizard(io, p);
  if (!connection) return undefined;
  return { target, template, connection };
}

const MANAGED_CLOUD_NOTE =
  'The advanced template creates six roles: the deploying user needs CREATEROLE (and CREATEDB\n' +
  'when pgmi creates the database). Its CREATE EXTENSION of hstore and pgcrypto needs no superuser\n' +
  '(both are trusted), so it runs on Azure Database for PostgreSQL, Amazon RDS and Cloud SQL with\n' +
  'their admin user. PostgreSQL 15+. Serve it over HTTP with tools/mcp-gateway.mjs (README.md).\n';

export async function runInit(
  targetArg: string | undefined,
  templateFlag: string | undefined,
  io: InitIo,
  prompts?: Prompts,
): Promise<number> {
  let choice: InitChoice = { target: targetArg ?? '.', template: templateFlag ?? 'basic' };
  if (templateFlag === undefined && (prompts || isInteractive(io.env))) {
    try {
      const asked = await askInit(targetArg ?? '.', io, prompts ?? terminalPrompts());
      if (!asked) {
        io.stderr('Cancelled.\n');
        return 0;
      }
      choice = asked;
    } catch (err) {
      if (!isPromptCancel(err)) throw err;
      io.stderr('Cancelled.\n');
      return 0;
    }
  }

  const result = await initProject(choice.target, choice.template);
  io.stderr(`Wrote ${choice.target} (${result.template} template).\n`);
  io.stdout([`${result.path}/`, ...renderTreeLines(walkTree(result.path))].join('\n') + '\n');
  if (result.kept.length > 0) io.stderr(`Kept the existing ${result.kept.join(' and ')}.\n`);
  if (result.template === 'advanced') io.stderr(`\n${MANAGED_CLOUD_NOTE}`);

  let database = 'mydb';
  if (choice.connection) {
    const path = saveConnection(result.path, choice.connection);
    io.stderr(`\nWrote ${path}\n${passwordAdvice(choice.connection)}`);
    database = choice.connection.database || database;
  }

  const deploy =
    result.template === 'advanced'
      ? `pgmi deploy ${choice.target} -d ${database} --params-file ${join(choice.target, '.secrets.params')}`
      : `pgmi deploy ${choice.target} -d ${database}`;
  const lines = ['', 'Next:', `  ${deploy}`];
  if (result.template === 'advanced')
    lines.push(
      '      (.secrets.params: admin_password=…, app_password=…, readonly_password=… lines; a hidden file',
      '       is not loaded by pgmi, and .gitignore keeps *.params out of git)',
    );
  lines.push(
    `  cd ${choice.target} && pgmi ai setup --assistant claude`,
    '      (writes .claude/skills/pgmi/: pgmi guidance for an AI coding assistant)',
    '',
  );
  io.stderr(lines.join('\n'));
  return 0;
}
