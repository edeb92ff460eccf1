/**
 * The committed bundles as a checkout of `pgmi/deploy-action` provides them: a folder holding
 * only action.yml and dist/ (no node_modules), run from elsewhere; the post step removing the
 * temp directories recorded in the state; cancellation by the runner's SIGINT.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadActionYml, runAction, runPost } from './helpers/action';
import { connectionParts, dropTestDatabase, uniqueDbName } from './helpers/db';

const created: string[] = [];
afterAll(async () => {
  for (const db of created) await dropTestDatabase(db);
});

function connection(database: string): Record<string, string> {
  const c = connectionParts();
  return {
    host: c.host,
    port: String(c.port),
    username: c.user,
    password: c.password,
    database,
  };
}

/** Every path under `dir`, relative. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory()
      ? [path.relative(base, p) + '/', ...walk(p, base)]
      : [path.relative(base, p)];
  });
}

describe('Action bundle', () => {
  it('runs from a folder holding only action.yml and dist/, with the working directory elsewhere', async () => {
    const actionDir = mkdtempSync(path.join(tmpdir(), 'pgmi-action-checkout-'));
    cpSync('action.yml', path.join(actionDir, 'action.yml'));
    for (const d of ['dist/action', 'dist/action-post']) {
      cpSync(d, path.join(actionDir, d), { recursive: true });
    }
    expect(walk(actionDir).filter((p) => p.includes('node_modules'))).toEqual([]);
    const yml = loadActionYml(path.join(actionDir, 'action.yml'));
    expect(yml.runs).toEqual({
      using: 'node24',
      main: 'dist/action/index.js',
      post: 'dist/action-post/index.js',
    });

    const ws = mkdtempSync(path.join(tmpdir(), 'pgmi-action-ws-'));
    cpSync('examples/quickstart', path.join(ws, 'app/db'), { recursive: true });
    const db = uniqueDbName('action_bundle');
    created.push(db);
    const r = await runAction({
      bundle: path.join(actionDir, yml.runs.main),
      workspace: ws,
      inputs: { ...connection(db), 'project-path': 'app/db' },
    });
    expect(r.stderr).toBe('');
    expect(r.outputs).toMatchObject({ 'exit-code': '0', result: 'success', 'tests-passed': '3' });

    // The post step from the same folder: nothing recorded (no inline PEM), nothing to do.
    const post = await runPost(r.state, path.join(actionDir, yml.runs.post as string));
    expect(post).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('the post step removes the temp directories recorded in the state, and nothing else', async () => {
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'pgmi-runner-temp-'));
    const ours = path.join(runnerTemp, 'pgmi-action-Ab12Cd');
    mkdirSync(ours);
    writeFileSync(path.join(ours, 'input-ssl-key.pem'), 'key', { mode: 0o600 });
    const foreign = path.join(runnerTemp, 'not-pgmi');
    mkdirSync(foreign);
    const r = await runPost({
      'pgmi-temp-dirs': JSON.stringify([ours, foreign, 'relative/pgmi-action-x']),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Removed ${ours}\n`);
    expect(existsSync(ours)).toBe(false);
    expect(existsSync(foreign)).toBe(true);
  });

  it('cancellation (the runner sends SIGINT): exit-code 130, result interrupted, step failed', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'pgmi-action-ws-'));
    mkdirSync(path.join(ws, 'proj'));
    writeFileSync(path.join(ws, 'proj', 'deploy.sql'), 'SELECT pg_sleep(30);\n');
    const db = uniqueDbName('action_cancel');
    created.push(db);
    const started = Date.now();
    const r = await runAction({
      workspace: ws,
      inputs: { ...connection(db), 'project-path': 'proj' },
      onSpawn: (child) => {
        let out = '';
        child.stdout?.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('Executing deploy.sql')) {
            out = '';
            setTimeout(() => child.kill('SIGINT'), 300);
          }
        });
      },
    });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ 'exit-code': '130', result: 'interrupted' });
    expect(r.stdout).toContain('pgmi: interrupted, cancelling deployment...');
    expect(r.summary).toContain('exit code 130 (interrupted)');
  });
});
