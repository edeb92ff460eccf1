import { gfmTableRows, gfmText } from '../../__tests__/helpers/gfm';
import { fleetSummaryMarkdown } from '../action/render/fleet-summary';
import { registerSecret } from '../engine/redact';
import { fleetResult, skippedTarget, type FleetTargetResult } from '../fleet/result';
import { GITHUB_COMMENT_LIMIT } from './review-markdown';
import { fleetReviewMarkdown } from './review-fleet';

const name = (i: number) => `tenant_${String(i).padStart(2, '0')}`;

function ok(i: number): FleetTargetResult {
  return {
    database: name(i),
    position: i,
    status: 'succeeded',
    exitCode: 0,
    durationMs: 410 + i,
    tests: [
      { kind: 'fixture', path: './__test__/_setup.sql', status: 'passed', durationMs: 1 },
      { kind: 'test', path: './__test__/test_a.sql', status: 'passed', durationMs: 2 },
    ],
    changes: {
      changes: [{ action: 'created', kind: 'table', name: 'public.invoices' }],
      counts: { created: 1, altered: 0, dropped: 0 },
    },
    error: null,
  };
}

function failed(
  i: number,
  message = 'column "plan" of relation "accounts" does not exist',
): FleetTargetResult {
  return {
    ...ok(i),
    status: 'failed',
    exitCode: 13,
    durationMs: 120,
    tests: [],
    changes: null,
    error: {
      message: `execution failed: ERROR: ${message} (SQLSTATE 42703)`,
      exitCode: 13,
      sqlstate: '42703',
      script: './migrations/001_billing.sql',
      line: 2,
    },
  };
}

const twelve = () =>
  fleetResult(
    Array.from({ length: 12 }, (_, k) => (k + 1 === 7 ? failed(7) : ok(k + 1))),
    1620,
  );

describe('the review comment of a fleet (rendered by marked)', () => {
  it('totals, then one row per target: status, duration, tests, objects changed, failure file:line', () => {
    const md = fleetReviewMarkdown(twelve(), {
      limit: GITHUB_COMMENT_LIMIT,
      marker: '<!-- pgmi:db:fleet -->',
      facts: {
        projectPath: 'db',
        host: 'db.internal',
        port: 5432,
        commit: 'abcdef0123456789',
        runUrl: 'https://ci.example.com/runs/9',
      },
    });
    expect(md.split('\n')[0]).toBe('<!-- pgmi:db:fleet -->');
    const text = gfmText(md);
    expect(text).toContain('❌ pgmi fleet deploy failed');
    expect(text).toContain(
      '12 target(s) · 11 succeeded · 1 failed · 0 skipped · 1.62 s · exit code 13 (sql-error)',
    );
    expect(text).toContain('server db.internal:5432 · project db · commit abcdef012345');
    const rows = gfmTableRows(md);
    expect(rows[0]).toEqual([
      'Database',
      'Status',
      'Duration',
      'Tests',
      'Objects changed',
      'Failure',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(
      Array.from({ length: 12 }, (_, k) => name(k + 1)),
    );
    expect(rows[1]).toEqual(['tenant_01', '✅ succeeded', '0.41 s', '1/1', '1', '']);
    expect(rows[7]).toEqual([
      'tenant_07',
      '❌ failed',
      '0.12 s',
      '',
      '',
      './migrations/001_billing.sql:2 execution failed: ERROR: column "plan" of relation "accounts" does not exist (SQLSTATE 42703) exit 13',
    ]);
    // The same table as the Action's job summary.
    expect(rows).toEqual(gfmTableRows(fleetSummaryMarkdown(twelve())));
  });

  it('a skipped target and a succeeded fleet', () => {
    const r = fleetResult([ok(1), skippedTarget(name(2), 2)], 900);
    const rows = gfmTableRows(fleetReviewMarkdown(r, { limit: GITHUB_COMMENT_LIMIT }));
    expect(rows[2]).toEqual(['tenant_02', '⏭️ skipped', '', '', '', '']);
    const done = fleetResult([ok(1), ok(2)], 900);
    expect(gfmText(fleetReviewMarkdown(done, { limit: GITHUB_COMMENT_LIMIT }))).toContain(
      '✅ pgmi fleet deploy succeeded',
    );
  });

  it('3000 targets fit the GitHub limit: every failed one listed, the rest counted', () => {
    const targets = Array.from({ length: 3000 }, (_, k) =>
      [17, 1500, 2999].includes(k + 1) ? failed(k + 1) : ok(k + 1),
    );
    const md = fleetReviewMarkdown(fleetResult(targets, 60_000), {
      limit: GITHUB_COMMENT_LIMIT,
      facts: { runUrl: 'https://ci.example.com/runs/9' },
    });
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const rows = gfmTableRows(md).slice(1);
    expect(rows.filter((r) => r[1] === '❌ failed').map((r) => r[0])).toEqual([
      'tenant_17',
      'tenant_1500',
      'tenant_2999',
    ]);
    const hidden = 3000 - rows.length;
    expect(hidden).toBeGreaterThan(0);
    expect(gfmText(md)).toContain(
      `…and ${hidden} more target(s) not shown (every failed one is listed): see the run.`,
    );
  });

  it('secrets in a failure message never reach the comment; Markdown in it renders as text', () => {
    registerSecret('Fleet-Canary-Secret-99');
    const r = fleetResult([failed(1, 'password "Fleet-Canary-Secret-99" | <b>x</b> **y**')], 100);
    const md = fleetReviewMarkdown(r, { limit: GITHUB_COMMENT_LIMIT });
    expect(md).not.toContain('Fleet-Canary-Secret-99');
    const cell = gfmTableRows(md)[1][5];
    expect(cell).toContain('| <b>x</b> **y**');
    expect(cell).not.toContain('Fleet-Canary-Secret-99');
  });
});
