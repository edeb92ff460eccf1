/**
 * A local stand-in for Google Cloud SQL as the Node.js connector sees it:
 * - a GCE metadata server (GCE_METADATA_HOST) that hands Application Default Credentials a
 *   fixed access token;
 * - the SQL Admin API (`connectSettings`, `generateEphemeralCert`), which signs the connector's
 *   public key with a test CA made by `openssl` and records the access token it was sent;
 * - the instance's server-side proxy on <loopback address>:3307 (the connector's fixed port):
 *   TLS 1.3 with a client certificate required and verified against the CA, then plain bytes
 *   piped to a real PostgreSQL — as Cloud SQL's proxy does.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { makeCa, makeLeaf, tempDir } from './certs';

export interface FakeCloudSql {
  /** `http://127.0.0.1:<port>/` for CLOUDSDK_API_ENDPOINT_OVERRIDES_SQL. */
  apiUrl: string;
  /** `127.0.0.1:<port>` for GCE_METADATA_HOST. */
  metadataHost: string;
  accessToken: string;
  /** Access tokens received by generateEphemeralCert. */
  certRequests: Array<{ accessToken?: string; authorization?: string }>;
  /** Subject CNs of client certificates presented at the proxy. */
  clientCertificates: string[];
  proxyAddress: string;
  close(): Promise<void>;
}

async function listenOnRandomLoopback(server: net.Server): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const addr = `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(2, 255)}`;
    const ok = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(3307, addr, () => resolve(true));
    });
    if (ok) return addr;
  }
  throw new Error('no free loopback address for port 3307');
}

export async function startFakeCloudSql(opts: {
  project: string;
  region: string;
  instance: string;
  target: { host: string; port: number };
}): Promise<FakeCloudSql> {
  const dir = tempDir('pgmi-cloudsql-');
  const ca = makeCa(dir, 'cloudsql-ca');
  // Cloud SQL server certificates carry "project:instance" as CN; the connector checks it.
  const serverPair = makeLeaf(dir, ca, 'instance', {
    cn: `${opts.project}:${opts.instance}`,
    usage: 'serverAuth',
  });
  const caPem = readFileSync(ca.cert, 'utf8');
  const accessToken = `ya29.fake-${randomBytes(16).toString('hex')}`;
  const certRequests: FakeCloudSql['certRequests'] = [];
  const clientCertificates: string[] = [];
  const sockets = new Set<net.Socket>();
  let proxyAddress = '';

  const api = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const send = (status: number, body: unknown, type = 'application/json') => {
        res.writeHead(status, { 'content-type': type, 'metadata-flavor': 'Google' });
        res.end(typeof body === 'string' ? body : JSON.stringify(body));
      };
      if (url.startsWith('/computeMetadata/v1/')) {
        const what = url.slice('/computeMetadata/v1/'.length);
        if (what === 'instance' || what === 'instance/') return send(200, '', 'text/plain');
        if (what === 'instance/service-accounts/default/token') {
          return send(200, { access_token: accessToken, expires_in: 3599, token_type: 'Bearer' });
        }
        if (what === 'project/project-id') return send(200, opts.project, 'text/plain');
        if (what === 'universe/universe-domain') return send(200, 'googleapis.com', 'text/plain');
        if (what === 'instance/service-accounts/default/email') {
          return send(200, `pgmi-test@${opts.project}.iam.gserviceaccount.com`, 'text/plain');
        }
        return send(404, 'not found', 'text/plain');
      }
      const base = `/sql/v1beta4/projects/${opts.project}/instances/${opts.instance}`;
      if (req.method === 'GET' && url === `${base}/connectSettings`) {
        return send(200, {
          kind: 'sql#connectSettings',
          serverCaCert: {
            cert: caPem,
            expirationTime: new Date(Date.now() + 86_400_000).toISOString(),
          },
          ipAddresses: [{ type: 'PRIMARY', ipAddress: proxyAddress }],
          region: opts.region,
          databaseVersion: 'POSTGRES_17',
          backendType: 'SECOND_GEN',
        });
      }
      if (req.method === 'POST' && url === `${base}:generateEphemeralCert`) {
        const body = JSON.parse(raw || '{}') as { public_key?: string; access_token?: string };
        certRequests.push({
          accessToken: body.access_token,
          authorization: req.headers.authorization,
        });
        const pub = path.join(dir, `pub-${certRequests.length}.pem`);
        const out = path.join(dir, `eph-${certRequests.length}.crt`);
        writeFileSync(pub, body.public_key ?? '');
        execFileSync(
          'openssl',
          [
            'x509',
            '-new',
            '-force_pubkey',
            pub,
            '-subj',
            '/CN=ephemeral-client',
            '-CA',
            ca.cert,
            '-CAkey',
            ca.key,
            '-days',
            '1',
            '-out',
            out,
          ],
          { stdio: ['ignore', 'ignore', 'pipe'] },
        );
        return send(200, { ephemeralCert: { cert: readFileSync(out, 'utf8') } });
      }
      send(404, { error: { code: 404, message: `no route ${req.method} ${url}` } });
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', () => resolve()));
  const apiPort = (api.address() as net.AddressInfo).port;

  const proxy = tls.createServer(
    {
      cert: readFileSync(serverPair.cert),
      key: readFileSync(serverPair.key),
      ca: caPem,
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.3',
    },
    (socket) => {
      clientCertificates.push(String(socket.getPeerCertificate().subject?.CN ?? ''));
      const upstream = net.connect(opts.target.port, opts.target.host);
      for (const s of [socket, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => undefined);
      }
      socket.pipe(upstream).pipe(socket);
      socket.on('close', () => upstream.destroy());
      upstream.on('close', () => socket.destroy());
    },
  );
  proxyAddress = await listenOnRandomLoopback(proxy);

  return {
    apiUrl: `http://127.0.0.1:${apiPort}/`,
    metadataHost: `127.0.0.1:${apiPort}`,
    accessToken,
    certRequests,
    clientCertificates,
    proxyAddress,
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all([
        new Promise<void>((resolve) => api.close(() => resolve())),
        new Promise<void>((resolve) => proxy.close(() => resolve())),
      ]);
    },
  };
}
