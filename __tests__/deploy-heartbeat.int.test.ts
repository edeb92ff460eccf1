/**
 * gh-11: a long deploy shows signs of life. Without a terminal, a plain line after 10 s without
 * output (and at most every 10 s); on a terminal, a live status line that never ends up in the log
 * lines around it.
 */
import { spawn } from 'node:child_process';
import { runAction } from './helpers/action';
import { CLI, cleanEnv, connFlags } from './helpers/cli';
import { createTestDatabase, dropTestDatabase, serverUrl, urlFor } from './helpers/db';
import { makeProject, removeProjects } from './helpers/project';
import { needTools } from './helpers/tools';

const tools = needTools(['script']);
const ESC = String.fromCharCode(27);
let db: string;
beforeAll(async () => {
  db = await createTestDatabase('beat');
});
afterAll(async () => {
  await dropTestDatabase(db);
  removeProjects();
});

/** stderr lines with the time (ms since spawn) each arrived. */
function timedRun(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; lines: { at: number; text: string }[] }>(
    (resolve, reject) => {
      const t0 = Date.now();
      const child = spawn(process.execPath, [CLI, ...args], {
        env: cleanEnv(env),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const lines: { at: number; text: string }[] = [];
      let buf = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        buf += d;
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          lines.push({ at: Date.now() - t0, text: buf.slice(0, nl) });
          buf = buf.slice(nl + 1);
        }
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, lines });
      });
    },
  );
}

describe('heartbeat without a terminal (gh-11)', () => {
  it('a 15 s silent statement: a heartbeat line within 12 s, plain text, then the result', async () => {
    const project = makeProject({ 'deploy.sql': 'SELECT pg_sleep(15);\n' });
    const c = connFlags();
    const r = await timedRun(['deploy', project, ...c.args, '-d', db], c.env);
    expect(r.code).toBe(0);
    const start = r.lines.find((l) => l.text === 'Executing deploy.sql');
    expect(start).toBeDefined();
    const beats = r.lines.filter((l) => /still running/.test(l.text));
    expect(beats.length).toBeGreaterThanOrEqual(1);
    expect(beats[0].at - start!.at).toBeLessThan(12_000);
    expect(beats[0].at - start!.at).toBeGreaterThanOrEqual(9_000);
    // At most every 10 s: a 15 s statement leaves room for one.
    expect(beats).toHaveLength(1);
    expect(beats[0].text).toMatch(/^pgmi: running deploy\.sql · .*\d+s in all \(still running\)$/);
    // Plain: no cursor movement or colour in a log.
    const all = r.lines.map((l) => l.text).join('\n');
    expect(all.includes(ESC) || all.includes('\r')).toBe(false);
  }, 60_000);

  it('a quick deploy prints no heartbeat', async () => {
    const project = makeProject({ 'deploy.sql': 'SELECT 1;\n' });
    const c = connFlags();
    const r = await timedRun(['deploy', project, ...c.args, '-d', db], c.env);
    expect(r.code).toBe(0);
    expect(r.lines.some((l) => /still running/.test(l.text))).toBe(false);
  });
});

describe('heartbeat in the Action (gh-11)', () => {
  it('a plain heartbeat line inside the "Run deploy.sql" group', async () => {
    const project = makeProject({ 'deploy.sql': 'SELECT pg_sleep(12);\n' });
    const r = await runAction({
      inputs: { 'project-path': project, 'connection-string': urlFor(db, serverUrl()) },
    });
    expect(r.outputs['exit-code']).toBe('0');
    const lines = r.stdout.split('\n');
    const group = lines.indexOf('::group::pgmi: Run deploy.sql');
    const end = lines.indexOf('::endgroup::', group);
    const beat = lines.findIndex((l) =>
      /^pgmi: running deploy\.sql · .*\(still running\)$/.test(l),
    );
    expect(group).toBeGreaterThanOrEqual(0);
    expect(beat).toBeGreaterThan(group);
    expect(beat).toBeLessThan(end);
  }, 60_000);
});

tools.describe('live status line on a terminal (gh-11)', () => {
  it('redrawn in place during a silent statement and cleared before the next log line', async () => {
    const project = makeProject({ 'deploy.sql': 'SELECT pg_sleep(3);\n' });
    const c = connFlags();
    const command = [process.execPath, CLI, 'deploy', project, ...c.args, '-d', db]
      .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const out = await new Promise<string>((resolve) => {
      const child = spawn('script', ['-qefc', command, '/dev/null'], {
        env: cleanEnv({ ...c.env, CI: undefined, TERM: 'xterm' }),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (text += d));
      child.on('close', () => resolve(text));
    });
    expect(out).toContain(`\r${ESC}[2Kpgmi: running deploy.sql · `);
    // The result line starts on a cleared line, never after the status text.
    expect(out).toContain(`\r${ESC}[2K✓ `);
    expect(out).not.toContain('still running');
  }, 60_000);

  it('deploy.sql in several units: the live line names the unit running as k/n', async () => {
    const project = makeProject({
      'deploy.sql':
        'BEGIN;\nCREATE TABLE hb_units (id int);\nCOMMIT;\nSELECT 1;\nSELECT pg_sleep(3);\n',
    });
    const c = connFlags();
    const command = [process.execPath, CLI, 'deploy', project, ...c.args, '-d', db]
      .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const out = await new Promise<string>((resolve) => {
      const child = spawn('script', ['-qefc', command, '/dev/null'], {
        env: cleanEnv({ ...c.env, CI: undefined, TERM: 'xterm' }),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (text += d));
      child.on('close', () => resolve(text));
    });
    expect(out).toMatch(
      new RegExp(`\\r${ESC}\\[2Kpgmi: running deploy\\.sql · [^\\r]*unit 3/3 · \\ds in this step`),
    );
    expect(out).toContain(`\r${ESC}[2K✓ `);
  }, 60_000);
});
