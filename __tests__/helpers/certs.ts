/**
 * Test PKI made with the real `openssl` binary: a CA, server and client certificates signed by
 * it, and encrypted copies of keys (PKCS#8 and traditional PEM). Everything lives in a temp
 * directory the caller owns.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Pair {
  cert: string;
  key: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function makeCa(dir: string, name: string): Pair {
  const key = path.join(dir, `${name}.key`);
  const cert = path.join(dir, `${name}.crt`);
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      `/CN=${name}`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  chmodSync(key, 0o600);
  return { cert, key };
}

/** A leaf certificate signed by `ca`; `san` like `DNS:localhost` or `IP:127.0.0.1`. */
export function makeLeaf(
  dir: string,
  ca: Pair,
  name: string,
  opts: { cn: string; san?: string; usage: 'serverAuth' | 'clientAuth' },
): Pair {
  const key = path.join(dir, `${name}.key`);
  const csr = path.join(dir, `${name}.csr`);
  const cert = path.join(dir, `${name}.crt`);
  const ext = path.join(dir, `${name}.ext`);
  openssl(
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      csr,
      '-subj',
      `/CN=${opts.cn}`,
    ],
    dir,
  );
  writeFileSync(
    ext,
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      `extendedKeyUsage=${opts.usage}`,
      ...(opts.san ? [`subjectAltName=${opts.san}`] : []),
    ].join('\n') + '\n',
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      ca.cert,
      '-CAkey',
      ca.key,
      '-CAcreateserial',
      '-out',
      cert,
      '-days',
      '2',
      '-extfile',
      ext,
    ],
    dir,
  );
  chmodSync(key, 0o600);
  return { cert, key };
}

/** The key encrypted as PKCS#8 (`BEGIN ENCRYPTED PRIVATE KEY`). */
export function encryptPkcs8(dir: string, key: string, passphrase: string): string {
  const out = path.join(dir, `${path.basename(key, '.key')}.pkcs8.key`);
  openssl(
    [
      'pkcs8',
      '-topk8',
      '-in',
      key,
      '-out',
      out,
      '-v2',
      'aes-256-cbc',
      '-passout',
      `pass:${passphrase}`,
    ],
    dir,
  );
  chmodSync(out, 0o600);
  return out;
}

/** The key in traditional PEM encryption (`Proc-Type: 4,ENCRYPTED`, RSA PKCS#1). */
export function encryptTraditional(dir: string, key: string, passphrase: string): string {
  const out = path.join(dir, `${path.basename(key, '.key')}.trad.key`);
  openssl(
    ['rsa', '-in', key, '-out', out, '-aes256', '-traditional', '-passout', `pass:${passphrase}`],
    dir,
  );
  chmodSync(out, 0o600);
  return out;
}

function postgresIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

/**
 * Copies server TLS files into a data directory. The server refuses a key readable by others,
 * and when the tests run as root the embedded server runs as `postgres`: chown the files.
 */
export function installServerTls(dataDir: string, server: Pair, ca: Pair): void {
  const ids = postgresIds();
  for (const [src, name, mode] of [
    [server.cert, 'server.crt', 0o644],
    [server.key, 'server.key', 0o600],
    [ca.cert, 'ca.crt', 0o644],
  ] as const) {
    const dest = path.join(dataDir, name);
    copyFileSync(src, dest);
    chmodSync(dest, mode);
    if (ids) chownSync(dest, ids.uid, ids.gid);
  }
}

export const SERVER_TLS_CONFIG = [
  'ssl = on',
  "ssl_cert_file = 'server.crt'",
  "ssl_key_file = 'server.key'",
  "ssl_ca_file = 'ca.crt'",
];
