import { escapeProperty as azureProperty, vso, azureVariableName } from './azure';
import { repoPath, type Finding } from './findings';
import { escapeProperty as githubProperty, workflowCommand } from './github';
import { codeQualityReport, dotenvKey, dotenvReport } from './gitlab-reports';
import { sectionEnd, sectionStart } from './gitlab';

describe('paths as CI systems link them', () => {
  it('relative to the repository root with forward slashes; absolute when outside it', () => {
    expect(repoPath('/repo', '/repo', 'db', './migrations/001.sql')).toBe('db/migrations/001.sql');
    expect(repoPath('/repo', '/repo/db', '.', 'deploy.sql')).toBe('db/deploy.sql');
    expect(repoPath('/repo', '/elsewhere', 'proj', './x.sql')).toBe('/elsewhere/proj/x.sql');
  });
});

describe('GitLab', () => {
  it('section markers: erase-line, name, collapsed option, carriage return, header', () => {
    const at = new Date(1700000000123);
    expect(sectionStart('pgmi_session', 'pgmi: Load', true, at)).toBe(
      '\x1b[0Ksection_start:1700000000:pgmi_session[collapsed=true]\r\x1b[0Kpgmi: Load\n',
    );
    expect(sectionEnd('pgmi_session', at)).toBe(
      '\x1b[0Ksection_end:1700000000:pgmi_session\r\x1b[0K\n',
    );
  });

  it('dotenv: valid variable names, empty values left out', () => {
    expect(dotenvKey('tests-failed')).toBe('PGMI_TESTS_FAILED');
    expect(
      dotenvReport({
        'exit-code': '11',
        result: 'connection-error',
        'duration-ms': '5',
        'files-loaded': '0',
        'tests-passed': '0',
        'tests-failed': '0',
        'server-version': '',
        'objects-created': '',
        'objects-altered': '',
        'objects-dropped': '',
      }),
    ).toBe(
      'PGMI_EXIT_CODE=11\nPGMI_RESULT=connection-error\nPGMI_DURATION_MS=5\nPGMI_FILES_LOADED=0\nPGMI_TESTS_PASSED=0\nPGMI_TESTS_FAILED=0\n',
    );
  });

  it('Code Quality: findings without a file are left out, duplicates once, stable fingerprints', () => {
    const f: Finding[] = [
      { level: 'error', kind: 'failure', code: 'exit 11', title: 't', message: 'no server' },
      { level: 'warning', kind: 'warning', file: './a.sql', title: 'RAISE WARNING', message: 'w' },
      { level: 'warning', kind: 'warning', file: './a.sql', title: 'RAISE WARNING', message: 'w' },
      { level: 'error', kind: 'test', file: './t.sql', code: 'P0001', title: 't', message: 'm\nn' },
    ];
    const a = codeQualityReport(f, 13, (p) => 'db/' + p.replace(/^\.\//, ''));
    expect(a.map((i) => [i.check_name, i.severity, i.location.path, i.description])).toEqual([
      ['pgmi-raise-warning', 'minor', 'db/a.sql', 'w'],
      ['pgmi-test-failed', 'critical', 'db/t.sql', 'Test failed: m n (SQLSTATE P0001)'],
    ]);
    expect(codeQualityReport(f, 13, (p) => 'db/' + p.replace(/^\.\//, ''))).toEqual(a);
    expect(a[0].fingerprint).not.toBe(a[1].fingerprint);
  });
});

describe('Azure DevOps', () => {
  it('escapes % first, then line breaks; properties also ; and ]', () => {
    expect(azureProperty('a;b]c%0D\r\n')).toBe('a%3Bb%5Dc%AZP250D%0D%0A');
    expect(
      vso('task.logissue', { type: 'error', sourcepath: undefined, code: '42P01' }, 'x;]\n'),
    ).toBe('##vso[task.logissue type=error;code=42P01]x;]%0A\n');
    expect(azureVariableName('files-loaded')).toBe('pgmi.filesLoaded');
  });
});

describe('GitHub', () => {
  it('workflow commands escape : and , in properties and line breaks everywhere', () => {
    expect(githubProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    expect(workflowCommand('error', { file: 'x,y.sql', line: 3, col: undefined }, 'a\nb')).toBe(
      '::error file=x%2Cy.sql,line=3::a%0Ab\n',
    );
  });
});
