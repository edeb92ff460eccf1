import tls from 'node:tls';
import { sslConfig, tlsAttempts } from './tls';

describe('sslmode → attempts and node TLS options (libpq semantics)', () => {
  it('attempt order per mode; Unix sockets never use TLS', () => {
    expect(tlsAttempts('disable', 'h')).toEqual([false]);
    expect(tlsAttempts('allow', 'h')).toEqual([false, true]);
    expect(tlsAttempts('prefer', 'h')).toEqual([true, false]);
    expect(tlsAttempts('require', 'h')).toEqual([true]);
    expect(tlsAttempts('verify-ca', 'h')).toEqual([true]);
    expect(tlsAttempts('verify-full', 'h')).toEqual([true]);
    expect(tlsAttempts('verify-full', '/var/run/postgresql')).toEqual([false]);
  });

  it('allow/prefer/require do not verify; require with a root cert verifies the chain only', () => {
    for (const m of ['allow', 'prefer', 'require'] as const) {
      const c = sslConfig(m, {}, 'db.example.com', true);
      expect(c).toMatchObject({ rejectUnauthorized: false, servername: 'db.example.com' });
    }
    const r = sslConfig('require', { ca: 'CA' }, 'db', true);
    expect(r).toMatchObject({ rejectUnauthorized: true, ca: 'CA' });
    expect(r && r.checkServerIdentity?.('db', {} as tls.PeerCertificate)).toBeUndefined();
  });

  it('verify-ca skips the host name; verify-full checks it against the configured host', () => {
    const ca = sslConfig('verify-ca', { ca: 'CA' }, '127.0.0.1', true);
    expect(ca).toMatchObject({ rejectUnauthorized: true, ca: 'CA' });
    expect(ca && 'servername' in ca).toBe(false);
    const cert = {
      subject: { CN: 'localhost' },
      subjectaltname: 'DNS:localhost',
    } as tls.PeerCertificate;
    expect(ca && ca.checkServerIdentity?.('127.0.0.1', cert)).toBeUndefined();
    const full = sslConfig('verify-full', { ca: 'CA' }, '127.0.0.1', true);
    expect(full && full.checkServerIdentity?.('x', cert)?.message).toMatch(/IP: 127\.0\.0\.1/);
    const ok = sslConfig('verify-full', { ca: 'system' }, 'localhost', true);
    expect(ok && ok.checkServerIdentity?.('x', cert)).toBeUndefined();
    expect(ok && 'ca' in ok).toBe(false);
  });

  it('client certificate, key and passphrase pass through; no TLS → false', () => {
    const c = sslConfig('prefer', { cert: 'C', key: 'K', passphrase: 'P' }, 'h', true);
    expect(c).toMatchObject({ cert: 'C', key: 'K', passphrase: 'P' });
    expect(sslConfig('prefer', { cert: 'C', key: 'K' }, 'h', false)).toBe(false);
  });
});
