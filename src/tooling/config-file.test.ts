import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePgmiYaml } from '../engine/project/config';
import { readExistingConfig, renderPgmiYaml, saveConnection } from './config-file';

const work = mkdtempSync(path.join(tmpdir(), 'pgmi-config-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('renderPgmiYaml', () => {
  it('writes the keys in the format order, 4-space indented, and reads back as the same configuration', () => {
    const connection = {
      google_instance: 'p:r:i',
      auth_method: 'google',
      database: 'app',
      username: 'sa@p.iam',
    };
    const text = renderPgmiYaml(connection, { params: { env: 'true', n: '0x1F' }, timeout: '5m' });
    expect(text).toContain(
      'connection:\n' +
        "    host: ''\n" +
        '    port: 0\n' +
        '    username: sa@p.iam\n' +
        '    database: app\n' +
        "    sslmode: ''\n" +
        '    auth_method: google\n' +
        '    google_instance: p:r:i\n',
    );
    expect(parsePgmiYaml(text, 'pgmi.yaml')).toEqual({
      connection: { host: '', port: 0, sslmode: '', ...connection },
      params: { env: 'true', n: '0x1F' },
      timeout: '5m',
    });
  });

  it('never has a password key, and writes empty params and timeout explicitly', () => {
    const text = renderPgmiYaml({
      host: 'h',
      port: 5432,
      username: 'u',
      database: 'd',
      sslmode: 'prefer',
    });
    expect(text).not.toMatch(/^\s*\w*password\w*:/im);
    expect(text.endsWith("params: {}\ntimeout: ''\n")).toBe(true);
  });
});

describe('saveConnection', () => {
  it('keeps params and timeout, replaces the connection block, mode 0600', () => {
    const dir = mkdtempSync(path.join(work, 'p-'));
    writeFileSync(
      path.join(dir, 'pgmi.yaml'),
      '# mine\nconnection:\n  host: old\nparams:\n  env: prod\ntimeout: 90s\n',
      { mode: 0o644 },
    );
    expect(readExistingConfig(dir)).toEqual({
      state: 'ok',
      config: { connection: { host: 'old' }, params: { env: 'prod' }, timeout: '90s' },
    });
    const file = saveConnection(dir, {
      host: 'new',
      port: 5433,
      username: 'u',
      database: 'd',
      sslmode: 'require',
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(parsePgmiYaml(readFileSync(file, 'utf8'), file)).toEqual({
      connection: { host: 'new', port: 5433, username: 'u', database: 'd', sslmode: 'require' },
      params: { env: 'prod' },
      timeout: '90s',
    });
  });

  it('an unparsable file is reported, then replaced whole', () => {
    const dir = mkdtempSync(path.join(work, 'p-'));
    writeFileSync(path.join(dir, 'pgmi.yaml'), 'connection:\n  usernmae: x\nparams:\n  a: b\n');
    const existing = readExistingConfig(dir);
    expect(existing.state).toBe('invalid');
    expect(existing.state === 'invalid' && existing.message).toContain('usernmae');
    saveConnection(dir, { host: 'h', database: 'd' });
    expect(parsePgmiYaml(readFileSync(path.join(dir, 'pgmi.yaml'), 'utf8'), 'x').params).toEqual(
      {},
    );
  });
});
