import { redact, registerSecret } from './redact';

describe('redact', () => {
  it('hides keyword passwords in every quoting form', () => {
    expect(redact('host=h password=hunter2 user=u')).toBe('host=h password=[redacted] user=u');
    expect(redact("Password='p ass' x")).toBe('password=[redacted] x');
    expect(redact('Password = "sp aced";Host=h')).toBe('password=[redacted];Host=h');
    expect(redact('?sslpassword=abc&x=1')).toBe('?sslpassword=[redacted]&x=1');
  });

  it('hides URI passwords up to the last @ and keeps the context', () => {
    const out = redact('postgresql://admin:p@ssw0rd@db.example.com:5432/prod: connection refused');
    expect(out).toBe('postgresql://admin:[redacted]@db.example.com:5432/prod: connection refused');
    expect(redact('postgresql://user:se@cret@host/db')).toBe(
      'postgresql://user:[redacted]@host/db',
    );
  });

  it('hides registered literal secrets, raw and URL-encoded', () => {
    registerSecret('tok/en+x=');
    expect(redact('token tok/en+x= and tok%2Fen%2Bx%3D')).toBe('token [redacted] and [redacted]');
  });
});
