/**
 * A local stand-in for the Microsoft identity platform: OpenID discovery and the v2.0 token
 * endpoint for a tenant (client-secret flow), the instance-discovery endpoint, and an App
 * Service managed-identity endpoint (`IDENTITY_ENDPOINT` + `IDENTITY_HEADER`). It issues one
 * fixed token and records every request, so a test can see what the real SDK asked for.
 */
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: Record<string, string>;
}

export interface FakeAzure {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeAzure(opts: {
  token: string;
  tls?: { cert: string; key: string };
  identityHeader?: string;
  /** Lifetime of every issued token, seconds (default 3600). */
  expiresIn?: number;
}): Promise<FakeAzure> {
  const lifetime = opts.expiresIn ?? 3600;
  const requests: RecordedRequest[] = [];
  let base = '';
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const rec: RecordedRequest = {
        method: req.method ?? 'GET',
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        headers: req.headers,
        body: Object.fromEntries(new URLSearchParams(raw)),
      };
      requests.push(rec);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const now = Math.floor(Date.now() / 1000);
      const discovery = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(u.pathname);
      if (discovery) {
        const t = discovery[1];
        return json(200, {
          issuer: `${base}/${t}/v2.0`,
          authorization_endpoint: `${base}/${t}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}/${t}/oauth2/v2.0/token`,
          end_session_endpoint: `${base}/${t}/oauth2/v2.0/logout`,
          jwks_uri: `${base}/${t}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'token'],
        });
      }
      if (u.pathname === '/common/discovery/instance') {
        const host = new URL(base).host;
        return json(200, {
          tenant_discovery_endpoint: `${base}/common/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
        });
      }
      if (/\/oauth2\/v2\.0\/token$/.test(u.pathname)) {
        return json(200, {
          token_type: 'Bearer',
          expires_in: lifetime,
          ext_expires_in: lifetime,
          access_token: opts.token,
        });
      }
      if (u.pathname === '/msi/token') {
        if (opts.identityHeader && req.headers['x-identity-header'] !== opts.identityHeader) {
          return json(401, { error: 'bad identity header' });
        }
        return json(200, {
          access_token: opts.token,
          expires_on: String(now + lifetime),
          resource: rec.query.resource,
          token_type: 'Bearer',
          client_id: rec.query.client_id ?? 'system-assigned',
        });
      }
      json(404, { error: `not found: ${u.pathname}` });
    });
  };
  const server: net.Server = opts.tls
    ? https.createServer({ cert: opts.tls.cert, key: opts.tls.key }, handler)
    : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  base = `${opts.tls ? 'https' : 'http'}://localhost:${port}`;
  return {
    url: base,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
