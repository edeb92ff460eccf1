/**
 * gh-10 item 6: hostile input found by the fault campaign, through the CLI bundle. Each offline
 * problem is exit 10 with one line naming the file or flag, and the listener standing where the
 * server would be records no connection. The `.env` expansion bomb is bounded and reported by
 * line, then the run goes on without the file, as for any unparsable `.env`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from './helpers/action';
import { runPgmi, type RunResult } from './helpers/cli';
import { makeProject, removeProjects } from './helpers/project';
import { startTcpListener, type TcpListener } from './helpers/tcp-listeners';

let listener: TcpListener;
beforeAll(async () => {
  listener = await startTcpListener({ behaviour: 'close' });
});
afterAll(async () => {
  await listener.close();
  removeProjects();
});

const hostArgs = () => ['-h', '127.0.0.1', '-p', String(listener.port), '-U', 'u', '-d', 'app'];

/** Runs `pgmi deploy`, asserting that nothing dialled the listener meanwhile. */
async function deployOffline(project: string, args: string[]): Promise<RunResult> {
  const before = listener.connections;
  const r = await runPgmi(['deploy', project, ...args], {
    env: { PGPASSWORD: 'pw', PGCONNECT_TIMEOUT: '2' },
    timeoutMs: 60000,
  });
  expect(listener.connections).toBe(before);
  return r;
}

/**
 * The error as the one line the CLI printed: nothing on stdout, and on stderr only that line,
 * after the run's summary line when the engine had started.
 */
function oneLine(r: RunResult): string {
  const lines = r.stderr.trimEnd().split('\n');
  expect(r.stdout).toBe('');
  if (lines.length === 2) expect(lines[0]).toMatch(/^✗ app: failed after \d+\.\d\ds$/);
  else expect(lines).toHaveLength(1);
  return lines[lines.length - 1];
}

describe('gh-10: bad input is exit 10 offline, one line naming the file or flag', () => {
  it('a NUL byte in deploy.sql: exit 10 naming deploy.sql, the byte offset, line and column', async () => {
    const project = makeProject({
      'deploy.sql': Buffer.from('SELECT 1;\n-- é\nSELECT \0 2;\n', 'utf8'),
    });
    const r = await deployOffline(project, hostArgs());
    expect(r.code).toBe(10);
    expect(oneLine(r)).toBe(
      'pgmi: error: invalid configuration: deploy.sql contains a NUL byte at offset 23 (line 3, column 8); PostgreSQL cannot receive one in SQL text — remove it',
    );
  });

  it('gh-11: a report path that cannot be written is exit 10 before connecting, naming the flag', async () => {
    const project = makeProject({ 'deploy.sql': 'SELECT 1;', 'notes.txt': 'a file' });
    const under = path.join(project, 'notes.txt', 'junit.xml');
    const r = await deployOffline(project, [...hostArgs(), '--junit-report', under]);
    expect(r.code).toBe(10);
    expect(oneLine(r)).toBe(
      `pgmi: error: invalid configuration: --junit-report: cannot write ${JSON.stringify(under)}: ${path.join(project, 'notes.txt')} is not a directory`,
    );
    const dir = await deployOffline(project, [...hostArgs(), '--tap', project]);
    expect(dir.code).toBe(10);
    expect(oneLine(dir)).toBe(
      `pgmi: error: invalid configuration: --tap: cannot write ${JSON.stringify(project)}: it is a directory`,
    );
  });

  it('gh-11: an unwritable GitLab dotenv or Code Quality path is exit 10 before connecting, naming the variable', async () => {
    const project = makeProject({ 'deploy.sql': 'SELECT 1;', 'notes.txt': 'a file' });
    const under = path.join(project, 'notes.txt', 'cq.json');
    const before = listener.connections;
    const gitlab = (env: Record<string, string>) =>
      runPgmi(['deploy', project, ...hostArgs()], {
        cwd: project,
        env: { PGPASSWORD: 'pw', GITLAB_CI: 'true', CI_PROJECT_DIR: project, ...env },
      });
    const r = await gitlab({
      PGMI_GITLAB_DOTENV: 'reports/pgmi.env',
      PGMI_GITLAB_CODE_QUALITY: under,
    });
    expect(r.code).toBe(10);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `pgmi: error: invalid configuration: PGMI_GITLAB_CODE_QUALITY: cannot write ${JSON.stringify(under)}: ${path.join(project, 'notes.txt')} is not a directory`,
    ]);
    // The writable report still tells the pipeline what happened.
    expect(readFileSync(path.join(project, 'reports/pgmi.env'), 'utf8')).toContain(
      'PGMI_EXIT_CODE=10\nPGMI_RESULT=config-error\n',
    );

    const dir = await gitlab({ PGMI_GITLAB_DOTENV: 'reports', PGMI_GITLAB_CODE_QUALITY: '' });
    expect(dir.code).toBe(10);
    expect(dir.stderr.trimEnd()).toBe(
      'pgmi: error: invalid configuration: PGMI_GITLAB_DOTENV: cannot write "reports": it is a directory',
    );
    expect(listener.connections).toBe(before);
  });

  it('gh-11: the Action: an unwritable report input is exit 10 before connecting, naming the input', async () => {
    const project = makeProject({ 'deploy.sql': 'SELECT 1;', 'notes.txt': 'a file' });
    const before = listener.connections;
    const r = await runAction({
      workspace: project,
      inputs: {
        host: '127.0.0.1',
        port: String(listener.port),
        username: 'u',
        password: 'pw',
        database: 'app',
        'junit-report': 'notes.txt/junit.xml',
        'json-report': 'out/pgmi.json',
      },
    });
    expect(listener.connections).toBe(before);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({
      'exit-code': '10',
      result: 'config-error',
      'junit-report': '',
    });
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      `invalid configuration: input "junit-report": cannot write "notes.txt/junit.xml": ${path.join(project, 'notes.txt')} is not a directory`,
    );
    expect(r.stdout).not.toMatch(/could not write a report/);
    // The other report is written, with the error.
    expect(JSON.parse(readFileSync(path.join(project, 'out/pgmi.json'), 'utf8'))).toMatchObject({
      exitCode: 10,
    });
  });

  it('--json still carries the NUL-byte error', async () => {
    const project = makeProject({ 'deploy.sql': Buffer.from([0x53, 0x00]) });
    const r = await deployOffline(project, [...hostArgs(), '--json']);
    expect(r.code).toBe(10);
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'failed',
      exitCode: 10,
      error:
        'invalid configuration: deploy.sql contains a NUL byte at offset 1 (line 1, column 2); PostgreSQL cannot receive one in SQL text — remove it',
    });
  });

  it('an ADO.NET segment without "=" (Host=h;Port;) is exit 10 naming --connection', async () => {
    const project = makeProject({ 'deploy.sql': 'SELECT 1;' });
    const r = await deployOffline(project, [
      '--connection',
      `Host=127.0.0.1;Port;Username=u;Database=app`,
    ]);
    expect(r.code).toBe(10);
    expect(oneLine(r)).toBe(
      'pgmi: error: invalid configuration: invalid connection string: segment "Port" has no "=" (write Key=Value pairs separated by ";"; quote a value that holds ";") (from --connection)',
    );
    // An unquoted password holding `;` is not echoed.
    const leak = await deployOffline(project, [
      '--connection',
      `Host=127.0.0.1;Port=${listener.port};Password=abc;tail-s3cr3t;Database=app`,
    ]);
    expect(leak.code).toBe(10);
    expect(oneLine(leak)).toContain('segment number 4 has no "="');
    expect(leak.stderr).not.toContain('s3cr3t');
  });

  it('pgmi.yaml: a self-referencing merge is exit 10 with a clear message (was a stack overflow)', async () => {
    const project = makeProject({
      'deploy.sql': 'SELECT 1;',
      'pgmi.yaml': 'connection: &c\n  host: 127.0.0.1\n  <<: *c\n',
    });
    const r = await deployOffline(project, hostArgs());
    expect(r.code).toBe(10);
    expect(oneLine(r)).toBe(
      `pgmi: error: invalid configuration: failed to load pgmi.yaml: parse ${path.join(project, 'pgmi.yaml')}: line 2: a merge key (<<) refers to a mapping that contains it (a cycle through an alias)`,
    );
  });

  it('pgmi.yaml: a 487-byte nested merge-key alias bomb parses at once (took 35 s)', async () => {
    // Ten levels of eight aliases each: 8^9 merges when every alias is expanded anew.
    const items = ['&a0 {host: 127.0.0.1, nope: 1}'];
    for (let i = 1; i < 10; i++) {
      items.push(
        `&a${i} {<<: [${Array(8)
          .fill(`*a${i - 1}`)
          .join(',')}]}`,
      );
    }
    const yaml = `connection: {<<: [${items.join(', ')}]}\n`;
    expect(yaml.length).toBeLessThanOrEqual(487);
    const project = makeProject({ 'deploy.sql': 'SELECT 1;', 'pgmi.yaml': yaml });
    const t0 = Date.now();
    const r = await deployOffline(project, hostArgs());
    // Generous: a loaded machine; the unbounded parse took 35 s.
    expect(Date.now() - t0).toBeLessThan(25000);
    expect(r.code).toBe(10);
    expect(oneLine(r)).toBe(
      `pgmi: error: invalid configuration: failed to load pgmi.yaml: parse ${path.join(project, 'pgmi.yaml')}: line 1: unknown key "nope" in connection (known keys: host, port, username, database, maintenance_database, sslmode, sslcert, sslkey, sslrootcert, auth_method, azure_tenant_id, azure_client_id, aws_region, google_instance)`,
    );
  });

  it('pgmi.yaml: too many aliases are exit 10', async () => {
    const project = makeProject({
      'deploy.sql': 'SELECT 1;',
      'pgmi.yaml': `params:\n  a: &v x\n  b: [${Array(1500).fill('*v').join(', ')}]\n`,
    });
    const r = await deployOffline(project, hostArgs());
    expect(r.code).toBe(10);
    expect(oneLine(r)).toMatch(
      /^pgmi: error: invalid configuration: failed to load pgmi\.yaml: parse .*pgmi\.yaml: line 3: more than 1000 aliases \(\*name\); pgmi\.yaml needs few, if any$/,
    );
  });
});

describe('gh-10: a .env whose variables expand each other', () => {
  it('is bounded (no 700 MB), warned about with its line, and none of it applied', async () => {
    let text = 'A=' + 'x'.repeat(40) + '\n';
    const names = 'BCDEFGHIJ';
    for (let i = 0; i < names.length; i++) {
      text += `${names[i]}="${('$' + (i ? names[i - 1] : 'A')).repeat(8)}"\n`;
    }
    text += 'PGDATABASE=from_env_file\n';
    expect(text.length).toBeLessThanOrEqual(430);
    const project = makeProject({ 'deploy.sql': 'SELECT 1;' });
    writeFileSync(path.join(project, '.env'), text);
    // The run goes on without the file (as for any unparsable .env); -d is missing, so it ends
    // offline at the database check. The heap is capped: a 700 MB expansion would abort it.
    const r = await runPgmi(
      ['deploy', project, '-h', '127.0.0.1', '-p', String(listener.port), '-U', 'u'],
      { env: { PGPASSWORD: 'pw', NODE_OPTIONS: '--max-old-space-size=96' }, timeoutMs: 30000 },
    );
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `WARNING: ${path.join(project, '.env')} could not be parsed (line 5: variable expansion makes a value longer than 128 KiB), so none of its values were applied.`,
    );
    // PGDATABASE from the file was not applied: the database is still missing.
    expect(r.code).toBe(10);
    expect(r.stderr).toContain('database name is required');
    expect(listener.connections).toBe(0);
  });
});
