import type { DeployResult } from '../../engine/events';
import { ACTION_OUTPUTS, actionOutputs, resultName } from './outputs';

describe('outputs', () => {
  it('result names for every exit code pgmi uses', () => {
    expect([0, 10, 11, 12, 13, 14, 15, 16, 130, 143, 1, 2, 3].map(resultName)).toEqual([
      'success',
      'config-error',
      'connection-error',
      'overwrite-denied',
      'sql-error',
      'deploy-missing',
      'concurrent-deploy',
      'timeout',
      'interrupted',
      'interrupted',
      'error',
      'error',
      'error',
    ]);
  });

  it('counts test files and fixtures; paths of written reports; strings only', () => {
    const result: DeployResult = {
      status: 'failed',
      exitCode: 13,
      database: 'd',
      filesLoaded: 9,
      testMacros: 1,
      durationMs: 321,
      serverVersion: '16.4',
      tests: [
        { kind: 'fixture', path: 'a', status: 'passed', durationMs: 1 },
        { kind: 'test', path: 'b', status: 'passed', durationMs: 1 },
        { kind: 'test', path: 'c', status: 'failed', durationMs: 1 },
        { kind: 'test', path: 'd', status: 'skipped', durationMs: 0 },
      ],
      engineRan: true,
    };
    const o = actionOutputs(13, result, { junit: '/w/junit.xml' });
    expect(o).toEqual({
      'exit-code': '13',
      result: 'sql-error',
      'duration-ms': '321',
      'files-loaded': '9',
      'tests-passed': '2',
      'tests-failed': '1',
      'server-version': '16.4',
      'json-report': '',
      'junit-report': '/w/junit.xml',
      'objects-created': '',
      'objects-altered': '',
      'objects-dropped': '',
      // Set by fleet runs only.
      'targets-total': '',
      'targets-succeeded': '',
      'targets-failed': '',
      'targets-skipped': '',
      'comment-url': '',
      'comment-file': '',
    });
    expect(Object.keys(o)).toEqual([...ACTION_OUTPUTS]);
  });
});

describe('outputs of a rehearsal (gh-12)', () => {
  it('result=rehearsed and the change counts', () => {
    const o = actionOutputs(
      0,
      {
        status: 'rehearsed',
        exitCode: 0,
        database: 'd',
        filesLoaded: 1,
        testMacros: 0,
        durationMs: 5,
        tests: [],
        engineRan: true,
        changeReport: { changes: [], counts: { created: 4, altered: 1, dropped: 0 } },
      },
      {},
    );
    expect(o).toMatchObject({
      result: 'rehearsed',
      'exit-code': '0',
      'objects-created': '4',
      'objects-altered': '1',
      'objects-dropped': '0',
    });
  });
});
