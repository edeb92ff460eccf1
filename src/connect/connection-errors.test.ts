import { ConnectionError, errorDetail, exitCodeFor, formatError } from '../engine/errors';
import { connectionFailure, failureKind } from './connection-errors';

const ctx = { endpoint: 'db:5432', host: 'db', port: 5432, user: 'u', database: 'app' };

function pgError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, severity: 'FATAL' });
}

describe('connection failure messages (deploy-pipeline.md §4.13)', () => {
  it('core#34: 28P01 names user and database, keeps the SQLSTATE, exit 11', () => {
    const e = connectionFailure(
      pgError('28P01', 'password authentication failed for user "u"'),
      ctx,
    );
    expect(e).toBeInstanceOf(ConnectionError);
    expect(e.message).toBe('password authentication failed for user "u" on database "app"');
    expect(e.hints[0]).toBe('check $PGPASSWORD, ~/.pgpass, or the connection string');
    expect(exitCodeFor(e)).toBe(11);
    expect(errorDetail(e).sqlstate).toBe('28P01');
  });

  it('each SQLSTATE row of the table', () => {
    const m = (code: string, msg = 'server text') => connectionFailure(pgError(code, msg), ctx);
    expect(m('28000', 'no pg_hba.conf entry').message).toBe(
      'authentication rejected for user "u" on database "app": no pg_hba.conf entry',
    );
    expect(m('28000').hints).toContain('no pg_hba.conf entry matches this host, user, and method');
    expect(m('3D000').message).toBe('database "app" does not exist');
    expect(m('42501', 'permission denied for database app').hints[0]).toBe(
      'grant access with: GRANT CONNECT ON DATABASE app TO u',
    );
    // 53300 is three limits; each is named, with the command that raises it.
    const role = m('53300', 'too many connections for role "u"');
    expect([role.message, role.hints[0]]).toEqual([
      'too many connections for role "u": its CONNECTION LIMIT is reached',
      'close other sessions of "u", or raise the limit: ALTER ROLE u CONNECTION LIMIT <n>',
    ]);
    const db = m('53300', 'too many connections for database "app"');
    expect([db.message, db.hints[0]]).toEqual([
      'too many connections to database "app"',
      'its CONNECTION LIMIT is reached; close other sessions on "app", or raise the limit: ALTER DATABASE app CONNECTION LIMIT <n>',
    ]);
    for (const text of ['sorry, too many clients already', 'trop de clients']) {
      const server = m('53300', text);
      expect([server.message, server.hints[0]]).toEqual([
        'too many connections to database "app"',
        'the server has no free connection slots; close idle sessions or raise max_connections',
      ]);
    }
    expect(m('57P03', 'the database system is starting up').message).toBe(
      'server at db:5432 is not accepting connections: the database system is starting up',
    );
    expect(m('XX000', 'boom').message).toBe(
      'server at db:5432 refused the connection: boom (SQLSTATE XX000)',
    );
  });

  it('the SQLSTATE decides, never the text', () => {
    const e = connectionFailure(pgError('28P01', 'SSL connection refused, timeout'), ctx);
    expect(e.message).toMatch(/^password authentication failed/);
  });

  it('errors without a SQLSTATE', () => {
    const sys = (code: string, message: string) => Object.assign(new Error(message), { code });
    const refused = connectionFailure(sys('ECONNREFUSED', 'connect ECONNREFUSED'), {
      ...ctx,
      attempts: 4,
    });
    expect(refused.message).toBe('connection refused to db:5432');
    expect(formatError(refused)).toContain('pg_isready -h db -p 5432');
    expect(formatError(refused)).toContain('gave up after 4 attempts');
    expect(connectionFailure(sys('ENOTFOUND', 'getaddrinfo ENOTFOUND db'), ctx).message).toBe(
      'cannot resolve host "db"',
    );
    expect(connectionFailure(new Error('timeout expired'), ctx).message).toBe(
      'connection timed out to db:5432',
    );
    expect(
      connectionFailure(
        sys('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames"),
        ctx,
      ).message,
    ).toMatch(/^SSL\/TLS connection error: /);
    expect(
      connectionFailure(new Error('The server does not support SSL connections'), ctx).message,
    ).toBe('SSL/TLS connection error: The server does not support SSL connections');
    expect(connectionFailure(new Error('something odd'), ctx).message).toBe(
      'failed to connect to database: something odd',
    );
    expect(failureKind(sys('ENOENT', 'connect ENOENT /tmp/.s.PGSQL.5432'))).toBe('refused');
  });

  it('--wait says how long it waited', () => {
    const e = connectionFailure(new Error('Connection terminated unexpectedly'), {
      ...ctx,
      waitedMs: 10_040,
    });
    expect(e.hints).toContain('gave up after waiting 10s (--wait)');
  });
});
