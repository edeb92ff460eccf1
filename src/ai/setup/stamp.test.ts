import { normaliseBody, readStamp, stampFile } from './stamp';

describe('managed stamp', () => {
  it('a stamped file verifies and gives back its body and version', () => {
    const text = stampFile('# Title\r\n\r\nbody\n\n\n', '1.2.3');
    expect(text.startsWith('# Title\n\nbody\n<!-- pgmi:managed\nversion: 1.2.3\n')).toBe(true);
    expect(readStamp(text)).toEqual({ kind: 'valid', version: '1.2.3', body: '# Title\n\nbody\n' });
  });

  it('any edit to body or stamp breaks the checksum', () => {
    const text = stampFile('body\n', '1.0.0');
    expect(readStamp(text.replace('body', 'bodY')).kind).toBe('edited');
    expect(readStamp(text.replace('version: 1.0.0', 'version: 1.0.1')).kind).toBe('edited');
    expect(readStamp(text + 'appended line\n').kind).toBe('edited');
    expect(readStamp('no stamp at all\n').kind).toBe('edited');
  });

  it('normalises line endings and trailing newlines', () => {
    expect(normaliseBody('a\r\nb')).toBe('a\nb\n');
    expect(normaliseBody('a\n\n\n')).toBe('a\n');
  });
});
