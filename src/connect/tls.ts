/**
 * libpq's sslmode semantics on top of Node's TLS (connections.md §7). node-postgres maps
 * sslmode differently from libpq (its `require` verifies, `prefer` does not fall back), so the
 * `ssl` object is built here from the mode and never from pg's own parsing:
 *
 * | mode        | attempts          | verification                                       |
 * |-------------|-------------------|----------------------------------------------------|
 * | disable     | plain             | —                                                  |
 * | allow       | plain, then TLS   | none                                               |
 * | prefer      | TLS, then plain   | none                                               |
 * | require     | TLS               | none; chain (as verify-ca) when a root cert is set |
 * | verify-ca   | TLS               | chain against the root certificate                 |
 * | verify-full | TLS               | chain and host name                                |
 *
 * Unix-socket connections never use TLS (libpq ignores sslmode there).
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isIP } from 'node:net';
import tls from 'node:tls';
import path from 'node:path';
import type { SslMode, TlsMaterial } from './settings';

/** A configured value and where it came from (`--sslcert`, `$PGSSLKEY`, …) for messages. */
export interface Sourced {
  value: string;
  origin: string;
}

export interface TlsInputs {
  sslmode: SslMode;
  sslcert?: Sourced;
  sslkey?: Sourced;
  sslrootcert?: Sourced;
  sslpassword?: string;
  /** Home directory for libpq's `~/.postgresql/` defaults. */
  home: string;
}

export interface LoadedTls {
  material: TlsMaterial;
  /** The mode after libpq's upgrades (`sslrootcert=system` forces verify-full). */
  sslmode: SslMode;
  /** Paths actually used (including `~/.postgresql` defaults), for summaries. */
  paths: { sslcert?: string; sslkey?: string; sslrootcert?: string };
}

function readText(file: string, what: string, origin: string, problems: string[]) {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const reason =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    problems.push(`${what} "${file}" (${origin}) ${reason}`);
    return undefined;
  }
}

/**
 * libpq refuses a private key that others can read: 0600 or less when owned by the user,
 * 0640 or less when owned by root (so a key shared through a root-owned group works).
 */
function checkKeyPermissions(file: string, origin: string, problems: string[]) {
  if (process.platform === 'win32') return;
  try {
    const st = statSync(file);
    const loose = st.uid === 0 ? st.mode & 0o037 : st.mode & 0o077;
    if (loose) {
      problems.push(
        `private key file "${file}" (${origin}) has group or world access; file must have permissions u=rw (0600) or less if owned by the current user, or permissions u=rw,g=r (0640) or less if owned by root`,
      );
    }
  } catch {
    // Reported by the read.
  }
}

function checkKey(pem: string, file: string, origin: string, passphrase: string | undefined) {
  try {
    createPrivateKey({ key: pem, format: 'pem', passphrase });
    return undefined;
  } catch {
    const encrypted = /ENCRYPTED/.test(pem);
    if (encrypted && !passphrase) {
      return `SSL key file "${file}" (${origin}) is encrypted and no passphrase was given: set $PGSSLPASSWORD or sslpassword in the connection string`;
    }
    if (encrypted) {
      return `could not decrypt SSL key file "${file}" (${origin}): wrong passphrase (from $PGSSLPASSWORD or sslpassword)`;
    }
    return `SSL key file "${file}" (${origin}) does not hold a PEM private key`;
  }
}

/** Reads and checks every certificate and key offline; problems are collected, not thrown. */
export function loadTlsMaterial(inputs: TlsInputs, problems: string[]): LoadedTls {
  const material: TlsMaterial = {};
  const paths: LoadedTls['paths'] = {};
  let sslmode = inputs.sslmode;
  const dotdir = path.join(inputs.home, '.postgresql');

  // Root certificate: explicit, `system`, or libpq's ~/.postgresql/root.crt when present.
  const root = inputs.sslrootcert;
  if (root?.value === 'system') {
    material.ca = 'system';
    paths.sslrootcert = 'system';
    if (sslmode !== 'disable') sslmode = 'verify-full';
  } else if (root) {
    const pem = readText(root.value, 'root certificate file', root.origin, problems);
    if (pem !== undefined) {
      try {
        new X509Certificate(pem);
        material.ca = pem;
      } catch {
        problems.push(
          `root certificate file "${root.value}" (${root.origin}) is not a PEM certificate`,
        );
      }
    }
    paths.sslrootcert = root.value;
  } else if (sslmode === 'require' || sslmode.startsWith('verify-')) {
    const def = path.join(dotdir, 'root.crt');
    if (existsSync(def)) {
      const pem = readText(def, 'root certificate file', 'default', problems);
      if (pem !== undefined) material.ca = pem;
      paths.sslrootcert = def;
    } else if (sslmode.startsWith('verify-')) {
      problems.push(
        `root certificate file "${def}" does not exist (sslmode ${sslmode} verifies the server): provide one with --sslrootcert, use the system's trusted roots with sslrootcert=system, or change sslmode to disable server certificate verification`,
      );
    }
  }

  // Client certificate: both or neither; libpq's defaults only when both files exist.
  let cert = inputs.sslcert;
  let key = inputs.sslkey;
  if (!cert && !key) {
    const dc = path.join(dotdir, 'postgresql.crt');
    const dk = path.join(dotdir, 'postgresql.key');
    if (existsSync(dc) && existsSync(dk)) {
      cert = { value: dc, origin: 'default' };
      key = { value: dk, origin: 'default' };
    }
  }
  if (cert && !key) {
    problems.push(`sslcert (${cert.origin}) is set but sslkey is not: give both, or neither`);
  } else if (key && !cert) {
    problems.push(`sslkey (${key.origin}) is set but sslcert is not: give both, or neither`);
  } else if (cert && key) {
    paths.sslcert = cert.value;
    paths.sslkey = key.value;
    const certPem = readText(cert.value, 'SSL certificate file', cert.origin, problems);
    if (certPem !== undefined) {
      try {
        new X509Certificate(certPem);
        material.cert = certPem;
      } catch {
        problems.push(
          `SSL certificate file "${cert.value}" (${cert.origin}) is not a PEM certificate`,
        );
      }
    }
    const keyPem = readText(key.value, 'SSL key file', key.origin, problems);
    if (keyPem !== undefined) {
      checkKeyPermissions(key.value, key.origin, problems);
      const bad = checkKey(keyPem, key.value, key.origin, inputs.sslpassword);
      if (bad) problems.push(bad);
      else material.key = keyPem;
    }
    if (inputs.sslpassword) material.passphrase = inputs.sslpassword;
  }
  return { material, sslmode, paths };
}

/** Which physical attempts a mode makes, in order: true = TLS. */
export function tlsAttempts(sslmode: SslMode, host: string): boolean[] {
  if (host.startsWith('/')) return [false];
  switch (sslmode) {
    case 'disable':
      return [false];
    case 'allow':
      return [false, true];
    case 'prefer':
      return [true, false];
    default:
      return [true];
  }
}

/** The node-postgres `ssl` value for one attempt. */
export function sslConfig(
  sslmode: SslMode,
  material: TlsMaterial,
  host: string,
  useTls: boolean,
): false | tls.ConnectionOptions {
  if (!useTls) return false;
  const out: tls.ConnectionOptions = {};
  if (material.cert && material.key) {
    out.cert = material.cert;
    out.key = material.key;
    if (material.passphrase) out.passphrase = material.passphrase;
  }
  // SNI carries host names only, never IP literals (RFC 6066 §3).
  if (isIP(host) === 0) out.servername = host;
  const ca = material.ca;
  const mode = sslmode === 'require' && ca ? 'verify-ca' : sslmode;
  if (mode === 'verify-ca' || mode === 'verify-full') {
    out.rejectUnauthorized = true;
    if (ca && ca !== 'system') out.ca = ca;
    out.checkServerIdentity =
      mode === 'verify-full'
        ? (_name, cert) => tls.checkServerIdentity(host, cert)
        : () => undefined;
  } else {
    out.rejectUnauthorized = false;
  }
  return out;
}
