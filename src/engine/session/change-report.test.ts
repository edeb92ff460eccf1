import { buildChangeReport, propsOf, snapshotSql, type CatalogDiffRow } from './change-report';

const row = (r: Partial<CatalogDiffRow> & Pick<CatalogDiffRow, 'kind' | 'name' | 'action'>) =>
  ({ parent: null, before: null, after: null, ...r }) as CatalogDiffRow;

describe('propsOf', () => {
  it('reads the key/value array the snapshot sends: lists from their JSON, the rest as text', () => {
    expect(propsOf(null)).toBeNull();
    expect(
      propsOf([
        'owner',
        'alice',
        'options',
        '["fillfactor=70","a, b"]',
        'settings',
        null,
        'not null',
        'true',
        'max',
        '9223372036854775807',
      ]),
    ).toEqual({
      owner: 'alice',
      options: ['fillfactor=70', 'a, b'],
      settings: null,
      'not null': 'true',
      max: '9223372036854775807',
    });
  });

  it("reports a created column's type and not null from the text form", () => {
    const report = buildChangeReport([
      row({
        kind: 'column',
        name: 'public.w.a',
        parent: 'public.w',
        action: 'created',
        after: propsOf(['type', 'text', 'not null', 'true']),
      }),
      row({
        kind: 'column',
        name: 'public.w.b',
        parent: 'public.w',
        action: 'created',
        after: propsOf(['type', 'numeric(12,2)', 'not null', 'false']),
      }),
      row({
        kind: 'table',
        name: 'public.w',
        action: 'altered',
        before: propsOf(['options', null]),
        after: propsOf(['options', '["fillfactor=70","autovacuum_enabled=false"]']),
      }),
    ]);
    expect(report.changes.map((c) => c.detail)).toEqual([
      'text not null',
      'numeric(12,2)',
      'options: none → fillfactor=70, autovacuum_enabled=false',
    ]);
  });
});

describe('buildChangeReport', () => {
  it("folds a created table's columns into it, keeps its index, counts by action", () => {
    const report = buildChangeReport([
      row({ kind: 'column', name: 'public.gadget.id', parent: 'public.gadget', action: 'created' }),
      row({ kind: 'table', name: 'public.gadget', action: 'created', after: { owner: 'o' } }),
      row({ kind: 'index', name: 'public.gadget_i', parent: 'public.gadget', action: 'created' }),
      row({
        kind: 'column',
        name: 'public.widget.label',
        parent: 'public.widget',
        action: 'created',
        after: { type: 'text', 'not null': true },
      }),
    ]);
    expect(report.changes).toEqual([
      { action: 'created', kind: 'table', name: 'public.gadget' },
      { action: 'created', kind: 'column', name: 'public.widget.label', detail: 'text not null' },
      { action: 'created', kind: 'index', name: 'public.gadget_i' },
    ]);
    expect(report.counts).toEqual({ created: 3, altered: 0, dropped: 0 });
  });

  it('leaves out what went with a dropped table, and says what changed in an altered object', () => {
    const report = buildChangeReport([
      row({ kind: 'table', name: 'public.old', action: 'dropped' }),
      row({ kind: 'index', name: 'public.old_i', parent: 'public.old', action: 'dropped' }),
      row({ kind: 'column', name: 'public.old.a', parent: 'public.old', action: 'dropped' }),
      row({
        kind: 'column',
        name: 'public.w.n',
        parent: 'public.w',
        action: 'altered',
        before: { type: 'integer', default: null },
        after: { type: 'bigint', default: 'abc' },
      }),
      row({
        kind: 'function',
        name: 'public.f(integer)',
        action: 'altered',
        before: { body: 'x', owner: 'a' },
        after: { body: 'y', owner: 'a' },
      }),
    ]);
    expect(report.changes).toEqual([
      {
        action: 'altered',
        kind: 'column',
        name: 'public.w.n',
        detail: 'default: none → abc; type: integer → bigint',
      },
      { action: 'altered', kind: 'function', name: 'public.f(integer)', detail: 'body changed' },
      { action: 'dropped', kind: 'table', name: 'public.old' },
    ]);
    expect(report.counts).toEqual({ created: 0, altered: 2, dropped: 1 });
  });

  it('no rows, no changes', () => {
    expect(buildChangeReport([])).toEqual({
      changes: [],
      counts: { created: 0, altered: 0, dropped: 0 },
    });
  });
});

describe('snapshotSql', () => {
  it('reads the version-specific columns only where they exist', () => {
    expect(snapshotSql(110000)).not.toMatch(/a\.attgenerated|pp\.prosqlbody|\{\{[A-Z]/);
    expect(snapshotSql(170000)).toMatch(/a\.attgenerated/);
    expect(snapshotSql(170000)).toMatch(/pp\.prosqlbody/);
  });
});
