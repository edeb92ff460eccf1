import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTempFiles, removeRecordedDirs } from './temp-files';

describe('temp files for inline PEM inputs', () => {
  it('one private directory, files 0600 named after the input, recorded once, removed', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pgmi-tf-'));
    const recorded: string[][] = [];
    const t = createTempFiles(root, (d) => recorded.push(d));
    const key = t.write('ssl-key', 'KEY');
    const cert = t.write('ssl-cert', 'CERT\n');
    expect(recorded).toHaveLength(1);
    const [dir] = recorded[0];
    expect(path.dirname(dir)).toBe(root);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(key).toBe(path.join(dir, 'input-ssl-key.pem'));
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(key, 'utf8')).toBe('KEY\n');
    expect(readFileSync(cert, 'utf8')).toBe('CERT\n');
    t.remove();
    t.remove();
    expect(existsSync(dir)).toBe(false);
  });

  it('nothing written, nothing recorded', () => {
    const recorded: string[][] = [];
    createTempFiles(tmpdir(), (d) => recorded.push(d)).remove();
    expect(recorded).toEqual([]);
  });

  it('removeRecordedDirs removes only absolute pgmi-action- directories', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pgmi-tf-'));
    const ours = path.join(root, 'pgmi-action-x1');
    const other = path.join(root, 'keep');
    mkdirSync(ours);
    mkdirSync(other);
    expect(
      removeRecordedDirs(
        JSON.stringify([ours, other, 'pgmi-action-rel', 7, path.join(root, 'pgmi-action-gone')]),
      ),
    ).toEqual([ours]);
    expect(existsSync(ours)).toBe(false);
    expect(existsSync(other)).toBe(true);
    expect(removeRecordedDirs('')).toEqual([]);
    expect(removeRecordedDirs('not json')).toEqual([]);
    expect(removeRecordedDirs('{"a":1}')).toEqual([]);
  });
});
