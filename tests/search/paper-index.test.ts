import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PaperIndex } from '../../src/search/paper-index';
import { foldTerm } from '../../src/search/search-terms';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../ingest/fixtures', name), 'utf8');
const V1 = 'list version one.md';
const V2 = 'list version two drops one paper and adds another.md';

describe('PaperIndex.open', () => {
  it('reuses the saved index while the content is unchanged', () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(V1), V1);
    expect(PaperIndex.open(db).loadedFromCache).toBe(false);
    const reopened = PaperIndex.open(db);
    expect(reopened.loadedFromCache).toBe(true);
    expect(reopened.search('eureka').map((h) => h.paperId)).toEqual(
      PaperIndex.build(db)
        .search('eureka')
        .map((h) => h.paperId),
    );
  });

  it('rebuilds after an ingest changed the content, and finds the new papers', () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(V1), V1);
    PaperIndex.open(db);
    ingestMarkdown(db, fixture(V2), V2);
    const index = PaperIndex.open(db);
    expect(index.loadedFromCache).toBe(false);
    expect(index.search('dancegrpo')).toHaveLength(1);
  });

  it('rebuilds an index an older release saved, built with other term processing', () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(V1), V1);
    PaperIndex.open(db);
    db.prepare(`UPDATE search_index SET schema_version = 'papers-v1'`).run();
    expect(PaperIndex.open(db).loadedFromCache).toBe(false);
    expect(PaperIndex.open(db).loadedFromCache).toBe(true);
    expect(PaperIndex.open(db).search('thinking').length).toBe(
      PaperIndex.build(db).search('think').length,
    );
  });

  it('does not rebuild after a re-ingest that changed nothing', () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(V1), V1);
    PaperIndex.open(db);
    ingestMarkdown(db, fixture(V1), V1);
    expect(PaperIndex.open(db).loadedFromCache).toBe(true);
  });
});

describe('PaperIndex.search', () => {
  const { db } = createTestGraph();
  ingestMarkdown(db, fixture(V1), V1);
  const index = PaperIndex.build(db);
  const titleOf = (id: number) =>
    db.prepare('SELECT title FROM papers WHERE id = ?').pluck().get(id) as string;

  it('ranks a title match above a match in section names only', () => {
    const hits = index.search('reasoning');
    expect(titleOf(hits[0]!.paperId)).toMatch(/Reasoning/);
    expect(hits[0]!.fields).toContain('title');
  });

  it('requires every word, and falls back to any word when that finds nothing', () => {
    expect(index.search('flow grpo')).toHaveLength(1);
    expect(index.search('flow zebra').length).toBeGreaterThan(0);
  });

  it('matches prefixes and small typos', () => {
    expect(titleOf(index.search('multimod')[0]!.paperId)).toMatch(/Multi-?modal/);
    expect(titleOf(index.search('captionning')[0]!.paperId)).toMatch(/Captioning/);
  });

  it('finds papers by section and pillar names', () => {
    const ids = index.search('video reasoning').map((h) => titleOf(h.paperId));
    expect(ids[0]).toMatch(/^Perceptual Decoupling/);
  });
});

describe('foldTerm', () => {
  it('folds accents and case', () => {
    expect(foldTerm('Araújo')).toBe('araujo');
    expect(foldTerm('GRPO')).toBe('grpo');
  });
});
