/**
 * `pgmi config` and the `pgmi init` wizard (cli.md §2, §4, conformance-cli C104): the refusal
 * without a terminal, and the wizard driven through a real pseudo-terminal (util-linux `script`)
 * by typing keys when each prompt appears, against the real test server for the connection test.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, cleanEnv, runPgmi } from './helpers/cli';
import { connectionParts } from './helpers/db';
import { needTools } from './helpers/tools';

const tools = needTools(['script']);

const work = mkdtempSync(path.join(tmpdir(), 'pgmi-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
function projectDir(files: Record<string, string> = {}): string {
  const dir = path.join(work, `p${++n}`);
  mkdirSync(dir);
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  return dir;
}

const ENTER = '\r';
const DOWN = '\x1b[B';
const UP = '\x1b[A';
const CTRL_C = '\x03';
const ESC = '\x1b';
/** Terminal control sequences (cursor movement, colours). */
const CSI = new RegExp(`${ESC}\\[[0-9;?]*[A-Za-z]`, 'g');
const COLOUR = new RegExp(`${ESC}\\[(1|2|3\\d|9\\d)m`);
const strip = (s: string) => s.replace(CSI, '');

interface PtyRun {
  code: number | null;
  /** Everything the terminal showed (stdout and stderr share it), escape sequences removed. */
  screen: string;
  raw: string;
}

/**
 * Runs `pgmi <args>` on a pseudo-terminal. Each step waits until its text has appeared on the
 * screen since the previous step, then types its keys.
 */
function onTerminal(
  args: string[],
  steps: Array<[string, string]>,
  env: Record<string, string | undefined> = {},
): Promise<PtyRun> {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`);
  const child = spawn('script', ['-qfec', command.join(' '), '/dev/null'], {
    env: cleanEnv({ CI: undefined, TERM: 'xterm', ...env }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let raw = '';
  let pending = '';
  let step = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`stuck before step ${step} (${steps[step]?.[0]}); screen:\n${strip(raw)}`));
    }, 30_000);
    child.stdout.on('data', (d: Buffer) => {
      raw += d.toString('utf8');
      pending += d.toString('utf8');
      if (step < steps.length && strip(pending).includes(steps[step][0])) {
        const keys = steps[step++][1];
        pending = '';
        // Let the prompt finish drawing and start listening before typing.
        setTimeout(() => child.stdin.write(keys), 80);
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, screen: strip(raw), raw });
    });
  });
}

tools.describe('pgmi config without a terminal', () => {
  it('cli#104: stdin not a terminal: exit 1, and where to read about pgmi.yaml', async () => {
    const dir = projectDir();
    const r = await runPgmi(['config', dir], { env: { CI: undefined } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('config requires an interactive terminal');
    expect(r.stderr).toContain('pgmi.yaml');
    expect(() => statSync(path.join(dir, 'pgmi.yaml'))).toThrow();
  });

  it('cli#104: on a terminal, CI or PGMI_NON_INTERACTIVE=1 still refuse', async () => {
    for (const env of [{ CI: 'true' }, { PGMI_NON_INTERACTIVE: '1' }]) {
      const r = await onTerminal(['config', projectDir()], [], env);
      expect(r.code).toBe(1);
      expect(r.screen).toContain('config requires an interactive terminal');
    }
  });
});

tools.describe('pgmi config on a terminal', () => {
  const server = connectionParts();

  it('local server: the form, a real connection test with a typed password, pgmi.yaml 0600 without it', async () => {
    const dir = projectDir();
    const secret = server.password;
    const r = await onTerminal(
      ['config', dir],
      [
        ['Where does PostgreSQL run?', ENTER],
        ['Host', `${server.host}${ENTER}`],
        ['Port', `${server.port}${ENTER}`],
        ['Database', `appdb${ENTER}`],
        ['Maintenance database', ENTER],
        ['Username', `${server.user}${ENTER}`],
        ['sslmode', `${UP}${ENTER}`],
        ['Test the connection now?', ENTER],
        ['Password for the test', `${secret}${ENTER}`],
      ],
      { NO_COLOR: '1' },
    );
    expect(r.code).toBe(0);
    expect(r.screen).toMatch(/ok Connected: PostgreSQL \d+/);
    expect(r.screen).toContain(`Wrote ${path.join(dir, 'pgmi.yaml')}`);
    expect(r.screen).not.toContain(secret);
    // NO_COLOR: no colour or bold escape sequences, only cursor movement.
    expect(r.raw).not.toMatch(COLOUR);

    const file = path.join(dir, 'pgmi.yaml');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(secret);
    expect(text).toContain(
      'connection:\n' +
        `    host: ${server.host}\n` +
        `    port: ${server.port}\n` +
        `    username: ${server.user}\n` +
        '    database: appdb\n' +
        '    maintenance_database: postgres\n' +
        '    sslmode: allow\n' +
        'params: {}\n' +
        "timeout: ''\n",
    );
    // The file reads back as a valid pgmi.yaml.
    expect(JSON.parse((await runPgmi(['info', dir, '--json'])).stdout).configFile).toBe('ok');
  });

  it('a failed connection test offers to edit, save or cancel; cancel writes nothing', async () => {
    const dir = projectDir();
    const r = await onTerminal(
      ['config', dir],
      [
        ['Where does PostgreSQL run?', ENTER],
        ['Host', `127.0.0.1${ENTER}`],
        ['Port', `1${ENTER}`],
        ['Database', `appdb${ENTER}`],
        ['Maintenance database', ENTER],
        ['Username', ENTER],
        ['sslmode', ENTER],
        ['Test the connection now?', ENTER],
        ['Password for the test', ENTER],
        ['The test failed', `${DOWN}${DOWN}${ENTER}`],
      ],
    );
    expect(r.code).toBe(0);
    expect(r.screen).toContain('✗');
    expect(r.screen).toContain('Cancelled.');
    expect(() => statSync(path.join(dir, 'pgmi.yaml'))).toThrow();
  });

  it('an existing pgmi.yaml: replacing its connection (AWS IAM) keeps params and timeout', async () => {
    const dir = projectDir({
      'pgmi.yaml': 'connection:\n  host: old\nparams:\n  env: staging\ntimeout: 2m\n',
    });
    const r = await onTerminal(
      ['config', dir],
      [
        ['Replace its connection settings', `y${ENTER}`],
        ['Where does PostgreSQL run?', `${DOWN}${DOWN}${ENTER}`],
        ['Authentication', ENTER],
        ['Server host', `db.abc.eu-west-1.rds.amazonaws.com${ENTER}`],
        ['Port', ENTER],
        ['Database', `shop${ENTER}`],
        ['Username', `deployer${ENTER}`],
        ['AWS region', `eu-west-1${ENTER}`],
      ],
    );
    expect(r.code).toBe(0);
    expect(r.screen).toContain('pgmi.yaml exists.');
    expect(r.screen).toContain('aws authentication configured');
    expect(readFileSync(path.join(dir, 'pgmi.yaml'), 'utf8')).toContain(
      'connection:\n' +
        '    host: db.abc.eu-west-1.rds.amazonaws.com\n' +
        '    port: 5432\n' +
        '    username: deployer\n' +
        '    database: shop\n' +
        '    maintenance_database: postgres\n' +
        '    sslmode: require\n' +
        '    auth_method: aws\n' +
        '    aws_region: eu-west-1\n' +
        'params:\n' +
        '    env: staging\n' +
        'timeout: 2m\n',
    );
  });

  it('declining to replace, or Ctrl-C at any prompt: `Cancelled.`, exit 0, nothing changed', async () => {
    const original = 'connection:\n  host: keep\n';
    const dir = projectDir({ 'pgmi.yaml': original });
    const declined = await onTerminal(['config', dir], [['Replace its connection', `n${ENTER}`]]);
    expect(declined.code).toBe(0);
    expect(declined.screen).toContain('Cancelled.');
    expect(readFileSync(path.join(dir, 'pgmi.yaml'), 'utf8')).toBe(original);

    const interrupted = await onTerminal(
      ['config', projectDir()],
      [['Where does PostgreSQL run?', CTRL_C]],
    );
    expect(interrupted.code).toBe(0);
    expect(interrupted.screen).toContain('Cancelled.');
  });
});

tools.describe('pgmi init on a terminal', () => {
  it('without -t the wizard asks for the directory and the template', async () => {
    const parent = projectDir();
    const r = await onTerminal(
      ['init'],
      [
        ['Project directory', `${path.join(parent, 'shop')}${ENTER}`],
        ['Template', `${DOWN}${ENTER}`],
        ['Set up the database connection now?', `n${ENTER}`],
      ],
    );
    expect(r.code).toBe(0);
    expect(r.screen).toContain(`Wrote ${path.join(parent, 'shop')} (advanced template).`);
    expect(statSync(path.join(parent, 'shop', 'parameters.json')).isFile()).toBe(true);
  });

  it('the banner instead of the help when `pgmi` runs on a terminal (PGMI_NO_BANNER turns it off)', async () => {
    const banner = await onTerminal([], []);
    expect(banner.code).toBe(0);
    expect(banner.screen).toContain('pgmi init ./myproject');
    expect(banner.screen).not.toContain('Usage: pgmi');
    const plain = await onTerminal([], [], { PGMI_NO_BANNER: '1' });
    expect(plain.screen).toContain('Usage: pgmi');
  });
});
