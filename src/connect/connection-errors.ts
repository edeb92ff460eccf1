/**
 * Turns a failed connection attempt into the message users see (connections.md §9.2,
 * deploy-pipeline.md §4.13). A server SQLSTATE decides the wording, never the text: a server
 * that refuses TLS first produces misleading prose. The original error stays as `cause` so the
 * SQLSTATE reaches `--json`. Messages name host, port, user and database — never a secret.
 */
import { ConnectionError, isPgDatabaseError, messageOf } from '../engine/errors';

export interface FailureContext {
  /** `host:port` as shown to users. */
  endpoint: string;
  host: string;
  port: number;
  user: string;
  database: string;
  /** Cloud auth in use: changes the authentication hint. */
  authLabel?: string;
  /** Attempts made (1 + retries), for the "gave up" line. */
  attempts?: number;
  /** --wait in effect, ms. */
  waitedMs?: number;
}

export type FailureKind = 'refused' | 'dns' | 'timeout' | 'tls' | 'protocol' | 'other';

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'INVALID_CA',
  'HOSTNAME_MISMATCH',
]);

/**
 * `message` and `code` of anything thrown. Duck-typed: socket errors can come from another
 * realm (a test VM, a worker), where `instanceof Error` is false.
 */
export function errorFields(err: unknown): { message: string; code: string } | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { message, code } = err as { message?: unknown; code?: unknown };
  if (typeof message !== 'string') return undefined;
  return { message, code: typeof code === 'string' ? code : '' };
}

/** Classifies an error that carries no SQLSTATE. */
export function failureKind(err: unknown): FailureKind {
  const f = errorFields(err);
  if (!f) return 'other';
  const code = f.code;
  const text = f.message.toLowerCase();
  if (code === 'ECONNREFUSED' || code === 'ENOENT') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === 'ETIMEDOUT' || text.includes('timeout expired') || text.includes('timed out')) {
    return 'timeout';
  }
  if (
    TLS_CODES.has(code) ||
    code.startsWith('ERR_TLS') ||
    code.startsWith('ERR_SSL') ||
    /\bssl\b|\btls\b|certificate/.test(text)
  ) {
    return 'tls';
  }
  if (text.includes('unknown message code') || text.includes('received invalid response')) {
    return 'protocol';
  }
  return 'other';
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}

/** The ConnectionError for a failed attempt (exit 11), cause kept. */
export function connectionFailure(err: unknown, ctx: FailureContext): ConnectionError {
  const { endpoint, user, database } = ctx;
  let message: string;
  const hints: string[] = [];
  if (isPgDatabaseError(err)) {
    const msg = err.message;
    switch (err.code) {
      case '28P01':
        message = `password authentication failed for user "${user}" on database "${database}"`;
        hints.push(
          ctx.authLabel
            ? `check that "${user}" is a database role allowed to sign in with ${ctx.authLabel}`
            : 'check $PGPASSWORD, ~/.pgpass, or the connection string',
        );
        break;
      case '28000':
        message = `authentication rejected for user "${user}" on database "${database}": ${msg}`;
        hints.push('no pg_hba.conf entry matches this host, user, and method');
        break;
      case '3D000':
        message = `database "${database}" does not exist`;
        hints.push('create it first, or deploy with --overwrite to (re)create it');
        break;
      case '42501':
        message = msg;
        hints.push(`grant access with: GRANT CONNECT ON DATABASE ${database} TO ${user}`);
        break;
      case '53300':
        // One SQLSTATE for three limits. A role's is named as such (the database is not what is
        // full); the server's English text says which, otherwise upstream's wording stands.
        if (msg.includes('too many connections for role')) {
          message = `too many connections for role "${user}": its CONNECTION LIMIT is reached`;
          hints.push(
            `close other sessions of "${user}", or raise the limit: ALTER ROLE ${user} CONNECTION LIMIT <n>`,
          );
        } else {
          message = `too many connections to database "${database}"`;
          hints.push(
            msg.includes('too many connections for database')
              ? `its CONNECTION LIMIT is reached; close other sessions on "${database}", or raise the limit: ALTER DATABASE ${database} CONNECTION LIMIT <n>`
              : 'the server has no free connection slots; close idle sessions or raise max_connections',
          );
        }
        break;
      case '57P03':
        message = `server at ${endpoint} is not accepting connections: ${msg}`;
        hints.push(
          'the server is starting up or recovering; retry in a moment (--wait 30s keeps trying)',
        );
        break;
      default:
        message = `server at ${endpoint} refused the connection: ${msg} (SQLSTATE ${err.code})`;
    }
  } else {
    const kind = failureKind(err);
    const detail = firstLine(errorFields(err)?.message ?? messageOf(err));
    switch (kind) {
      case 'refused':
        message = `connection refused to ${endpoint}`;
        hints.push(
          `is PostgreSQL running and accepting connections there? check with: pg_isready -h ${ctx.host} -p ${ctx.port}`,
        );
        break;
      case 'dns':
        message = `cannot resolve host "${ctx.host}"`;
        hints.push('check the host name spelling, DNS, and $PGHOST');
        break;
      case 'timeout':
        message = `connection timed out to ${endpoint}`;
        hints.push('check network access to the server, or raise --timeout');
        break;
      case 'tls':
        message = `SSL/TLS connection error: ${detail}`;
        hints.push(
          'check --sslmode, --sslrootcert, --sslcert and --sslkey (and the server certificate)',
        );
        break;
      case 'protocol':
        message = `the server at ${endpoint} does not speak the PostgreSQL protocol (${detail})`;
        hints.push('check the host and port: pgmi needs PostgreSQL 11 or newer there');
        break;
      default:
        message = `failed to connect to database: ${detail}`;
    }
  }
  if (ctx.waitedMs) {
    hints.push(`gave up after waiting ${Math.round(ctx.waitedMs / 100) / 10}s (--wait)`);
  } else if (ctx.attempts && ctx.attempts > 1) {
    hints.push(`gave up after ${ctx.attempts} attempts`);
  }
  return new ConnectionError(message, { cause: err, hints });
}
