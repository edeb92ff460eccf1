import { redact } from '../engine/redact';
import { connectionStringSecrets, createMasker, inputSecrets, pemKeySecrets } from './secrets';
import { readActionInputs, type InputName } from './inputs';

describe('connectionStringSecrets', () => {
  it('URI: the password as written (percent-encoded) and decoded', () => {
    expect(
      connectionStringSecrets('postgresql://app:p%40ss%2Fw0rd@db.example.com:5432/app'),
    ).toEqual(expect.arrayContaining(['p@ss/w0rd', 'p%40ss%2Fw0rd']));
  });

  it('URI: an unencoded @ or / in the password, and ?password= / ?sslpassword=', () => {
    const found = connectionStringSecrets(
      'postgres://app:raw@pa/ss@db/app?sslpassword=k3y-pass&password=q%20pw',
    );
    expect(found).toEqual(expect.arrayContaining(['raw@pa/ss', 'k3y-pass', 'q%20pw']));
  });

  it('ADO.NET: quoted values with ; and doubled quotes, and the unquoted form', () => {
    expect(connectionStringSecrets("Host=h;Username=u;Password='a;b''c';SSL Password=kp")).toEqual(
      expect.arrayContaining(["a;b'c", "'a;b''c'", 'kp']),
    );
    expect(connectionStringSecrets('Host=h;Password=plain pw;Database=d')).toEqual(
      expect.arrayContaining(['plain pw']),
    );
  });

  it('an unparsable keyword string is still searched', () => {
    expect(connectionStringSecrets('host=h password=s3cr3t dbname=d')).toEqual(
      expect.arrayContaining(['s3cr3t']),
    );
  });

  it('nothing for a string without a password', () => {
    expect(connectionStringSecrets('postgresql://app@db/app')).toEqual([]);
  });
});

describe('pemKeySecrets', () => {
  it('each body line, not the armour', () => {
    expect(
      pemKeySecrets('-----BEGIN PRIVATE KEY-----\nAAA\r\nBBB\n-----END PRIVATE KEY-----\n'),
    ).toEqual(['AAA', 'BBB']);
  });
});

describe('inputSecrets and the masker', () => {
  const inputs = (given: Partial<Record<InputName, string>>) =>
    readActionInputs((name) => given[name] ?? '');

  it('collects password, connection-string password, secret-params values, inline key lines', () => {
    const key = '-----BEGIN PRIVATE KEY-----\nKEYLINE1\nKEYLINE2\n-----END PRIVATE KEY-----';
    const found = inputSecrets(
      inputs({
        password: 'pw-one',
        'connection-string': 'postgresql://u:pw%2Btwo@h/d',
        'secret-params': 'a=sp-one\n# comment\nb = sp-two\nnot-a-pair',
        params: 'visible=plain-value',
        'ssl-key': key,
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'pw-one',
        'pw+two',
        'sp-one',
        ' sp-two',
        'not-a-pair',
        key,
        'KEYLINE1',
        'KEYLINE2',
      ]),
    );
    expect(found).not.toContain('plain-value');
  });

  it('registers each spelling once with the runner and with pgmi redaction', () => {
    const masked: string[] = [];
    const mask = createMasker((s) => masked.push(s));
    mask('Uniq ue/Secret');
    mask('Uniq ue/Secret');
    mask('');
    mask('   ');
    mask(undefined);
    expect(masked).toEqual(['Uniq ue/Secret', 'Uniq%20ue%2FSecret']);
    expect(redact('x Uniq ue/Secret y Uniq%20ue%2FSecret')).toBe('x [redacted] y [redacted]');
  });

  it('a multi-line value is masked whole, without encoded spellings', () => {
    const masked: string[] = [];
    createMasker((s) => masked.push(s))('line one\nline two');
    expect(masked).toEqual(['line one\nline two']);
  });
});
