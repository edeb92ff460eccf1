/**
 * workflow.ts against @actions/core itself: for the same calls, the same bytes on stdout and in
 * the GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files (delimiters are random in both).
 */
import * as toolkit from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ours from './workflow';

type Api = Pick<
  typeof ours,
  | 'getInput'
  | 'setSecret'
  | 'info'
  | 'startGroup'
  | 'endGroup'
  | 'error'
  | 'warning'
  | 'setOutput'
  | 'saveState'
  | 'getState'
>;

const TRICKY = 'a%b\r\nc: d, e::f ##[g] 100%';

/** Runs `script` with fresh runner files; returns stdout and the files, delimiters normalized. */
async function capture(script: () => void | Promise<void>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgmi-wf-'));
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'out'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const saved = { ...process.env };
  Object.assign(process.env, files, {
    'INPUT_PROJECT-PATH': '  ./db  ',
    INPUT_PASSWORD: ' pw ',
    STATE_dirs: '["/x"]',
  });
  let stdout = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => {
    stdout += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    await script();
  } finally {
    process.stdout.write = write;
    process.env = saved;
  }
  const norm = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
  return {
    stdout,
    output: norm(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: norm(readFileSync(files.GITHUB_STATE, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
  };
}

function exercise(api: Api): string[] {
  const got = [
    api.getInput('project-path'),
    api.getInput('project-path', { trimWhitespace: false }),
    api.getInput('password', { trimWhitespace: false }),
    api.getInput('missing'),
    api.getState('dirs'),
  ];
  api.setSecret(TRICKY);
  api.info(TRICKY);
  api.startGroup('pgmi: Run deploy.sql');
  api.endGroup();
  api.error(TRICKY, {
    title: 'pgmi: sql-error (exit 13, SQLSTATE 42601)',
    file: 'db/migrations/003 a,b:c.sql',
    startLine: 7,
    startColumn: 3,
  });
  api.error('no properties');
  api.warning('file only', { file: 'db/x.sql' });
  api.warning('empty title skipped', { title: '', file: 'f.sql', startLine: 1 });
  api.setOutput('exit-code', '13');
  api.setOutput('multi', 'line one\nline two');
  api.saveState('pgmi-temp-dirs', '["/tmp/a"]');
  return got;
}

describe('workflow.ts speaks exactly as @actions/core', () => {
  it('inputs, state, commands, annotations, outputs and state files', async () => {
    let a: string[] = [];
    let b: string[] = [];
    const theirs = await capture(() => {
      a = exercise(toolkit);
    });
    const mine = await capture(() => {
      b = exercise(ours);
    });
    expect(b).toEqual(a);
    expect(mine).toEqual(theirs);
    // And the content is what the runner expects (not just equal).
    expect(mine.stdout).toContain(
      '::error title=pgmi%3A sql-error (exit 13%2C SQLSTATE 42601),file=db/migrations/003 a%2Cb%3Ac.sql,line=7,col=3::a%25b%0D%0Ac: d, e::f ##[g] 100%25\n',
    );
    expect(mine.output).toBe(
      'exit-code<<DELIM\n13\nDELIM\nmulti<<DELIM\nline one\nline two\nDELIM\n',
    );
  });

  it('the job summary is appended as core.summary.addRaw(text, true).write() appends it', async () => {
    const md = '## ✅ pgmi deploy succeeded\n\n| a | b |';
    const theirs = await capture(async () => {
      await toolkit.summary.addRaw(md, true).write();
      await toolkit.summary.addRaw('second', true).write();
    });
    const mine = await capture(() => {
      ours.appendSummary(md);
      ours.appendSummary('second');
    });
    expect(mine.summary).toBe(theirs.summary);
    expect(mine.summary).toBe(`${md}\nsecond\n`);
  });

  it('without GITHUB_OUTPUT / GITHUB_STATE: the legacy commands, as the toolkit falls back', async () => {
    const run = (api: Api) => {
      const saved = { ...process.env };
      delete process.env.GITHUB_OUTPUT;
      delete process.env.GITHUB_STATE;
      try {
        api.setOutput('result', 'success');
        api.saveState('k', 'v');
      } finally {
        process.env = saved;
      }
    };
    const theirs = await capture(() => run(toolkit));
    const mine = await capture(() => run(ours));
    expect(mine.stdout).toBe(theirs.stdout);
    expect(mine.stdout).toBe('\n::set-output name=result::success\n::save-state name=k::v\n');
  });

  it('without GITHUB_STEP_SUMMARY the summary is refused, as by the toolkit', () => {
    const saved = process.env.GITHUB_STEP_SUMMARY;
    delete process.env.GITHUB_STEP_SUMMARY;
    try {
      expect(() => ours.appendSummary('x')).toThrow(/GITHUB_STEP_SUMMARY/);
    } finally {
      if (saved !== undefined) process.env.GITHUB_STEP_SUMMARY = saved;
    }
  });
});
