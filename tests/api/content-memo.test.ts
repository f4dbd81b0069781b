import { describe, expect, it } from 'vitest';
import { createContentMemo } from '../../src/api/content-memo';
import { bumpContentVersion } from '../../src/store/meta.store';
import { createTestApp, generateList } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

describe('createContentMemo', () => {
  it('computes once per key and content version, per database', () => {
    const memo = createContentMemo();
    const { db } = createTestGraph();
    const other = createTestGraph().db;
    let calls = 0;
    const compute = () => ({ call: ++calls });
    const first = memo(db, 'k', compute);
    expect(memo(db, 'k', compute)).toBe(first);
    expect(memo(db, 'other key', compute)).toEqual({ call: 2 });
    expect(memo(other, 'k', compute)).toEqual({ call: 3 });
    bumpContentVersion(db);
    expect(memo(db, 'k', compute)).toEqual({ call: 4 });
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    const memo = createContentMemo(2);
    const { db } = createTestGraph();
    let calls = 0;
    const compute = () => ++calls;
    memo(db, 'a', compute);
    memo(db, 'b', compute);
    memo(db, 'c', compute);
    expect(memo(db, 'c', compute)).toBe(3);
    expect(memo(db, 'a', compute)).toBe(4);
  });
});

describe('the matrix, memoised', () => {
  it('answers for the data as it is after another ingest', async () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, generateList(8), 'list');
    const api = createTestApp(db);
    const query = '{ matrix(rows: PILLAR, columns: YEAR) { paperCount } }';
    const before = await api.query<{ matrix: { paperCount: number } }>(query);
    expect(before.data?.matrix.paperCount).toBe(8);
    ingestMarkdown(db, generateList(12), 'list');
    const after = await api.query<{ matrix: { paperCount: number } }>(query);
    expect(after.data?.matrix.paperCount).toBe(12);
  });
});
