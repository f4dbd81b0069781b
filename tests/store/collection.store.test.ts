import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import {
  annotateCollectionPaper,
  movePaperInCollection,
} from '../../src/store/collection-entry.store';
import type { PaperSelection } from '../../src/model/selection/paper-selection';
import * as service from '../../src/service/change-collection-papers';
import { listCollectionEntries } from '../../src/store/collection-paper.store';
import {
  createCollection,
  deleteCollection,
  describeCollection,
  findCollectionByName,
  listCollections,
  listSourcesByCollectionIds,
  renameCollection,
} from '../../src/store/collection.store';
import { findPaperByArxivId } from '../../src/store/paper.store';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const fixtures = join(import.meta.dirname, '../ingest/fixtures');
const V1 = 'list version one.md';
const V2 = 'list version two drops one paper and adds another.md';
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const AT = '2026-02-01T00:00:00.000Z';

function newCollection(db: Db, name = 'GRPO image generation'): number {
  const created = createCollection(db, { name }, AT);
  if (!created.ok) throw new Error(created.reason);
  return created.collection.id;
}

function arxivOrder(db: Db, collectionId: number): (string | null)[] {
  return listCollectionEntries(db, collectionId, { limit: 100, offset: 0 }).map(
    (entry) =>
      db.prepare('SELECT arxiv_id FROM papers WHERE id = ?').pluck().get(entry.paperId) as
        string | null,
  );
}

/** The search index's part: these hits, best first, whatever the query. */
const hitsIndex = (hitIds: readonly number[] = []) => ({
  select: () => [...hitIds],
  validate: () => undefined,
});
const addPapersToCollection = (db: Db, id: number, selection: PaperSelection, at: string) =>
  service.addPapersToCollection({ db, index: hitsIndex() }, id, selection, at);
const removePapersFromCollection = (db: Db, id: number, selection: PaperSelection, at: string) =>
  service.removePapersFromCollection({ db, index: hitsIndex() }, id, selection, at);

const arxiv = (...ids: string[]) => ({
  kind: 'papers' as const,
  refs: ids.map((arxivId) => ({ arxivId })),
});

describe('collections', () => {
  let db: Db;
  beforeEach(() => {
    db = createTestGraph().db;
    ingestMarkdown(db, fixture(V1), V1);
  });

  it('creates a collection with a trimmed name and a description', () => {
    const created = createCollection(
      db,
      { name: '  GRPO   image generation ', description: ' why ' },
      AT,
    );
    expect(created).toMatchObject({
      ok: true,
      collection: { name: 'GRPO image generation', description: 'why', createdAt: AT },
    });
  });

  it('refuses a name another collection has, ignoring case', () => {
    newCollection(db);
    expect(createCollection(db, { name: 'grpo IMAGE generation' }, AT)).toEqual({
      ok: false,
      reason: 'duplicate_name',
      name: 'GRPO image generation',
    });
    expect(listCollections(db)).toHaveLength(1);
  });

  it('refuses an empty name', () => {
    expect(createCollection(db, { name: '   ' }, AT)).toMatchObject({
      ok: false,
      reason: 'invalid_input',
      field: 'name',
    });
  });

  it('renames a collection, also to another case of its own name, but not onto another', () => {
    const id = newCollection(db);
    newCollection(db, 'Other');
    expect(renameCollection(db, id, 'grpo image generation', AT)).toMatchObject({
      ok: true,
      collection: { name: 'grpo image generation' },
    });
    expect(renameCollection(db, id, 'OTHER', AT)).toMatchObject({
      ok: false,
      reason: 'duplicate_name',
      name: 'Other',
    });
    expect(renameCollection(db, 999, 'x', AT)).toEqual({
      ok: false,
      reason: 'collection_not_found',
    });
  });

  it('finds a collection by name ignoring case', () => {
    const id = newCollection(db);
    expect(findCollectionByName(db, 'grpo image  GENERATION')?.id).toBe(id);
  });

  it('describes a collection', () => {
    const id = newCollection(db);
    expect(describeCollection(db, id, 'Papers on GRPO for images.', AT)).toMatchObject({
      ok: true,
      collection: { description: 'Papers on GRPO for images.' },
    });
  });

  it('deletes a collection with its entries and sources but never the papers', () => {
    const id = newCollection(db);
    addPapersToCollection(
      db,
      id,
      { kind: 'filter', filter: { pillars: ['visual-generation'] } },
      AT,
    );
    expect(deleteCollection(db, id)).toMatchObject({ ok: true, paperCount: 2 });
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([
      count('collections'),
      count('collection_papers'),
      count('collection_sources'),
      count('papers'),
    ]).toEqual([0, 0, 0, 4]);
    expect(deleteCollection(db, id)).toEqual({ ok: false, reason: 'collection_not_found' });
  });
});

describe('papers in a collection', () => {
  let db: Db;
  let id: number;
  beforeEach(() => {
    db = createTestGraph().db;
    ingestMarkdown(db, fixture(V1), V1);
    id = newCollection(db);
  });

  it('appends papers by arXiv id in the order given, skipping those already in', () => {
    addPapersToCollection(db, id, arxiv('2505.05470'), AT);
    const result = addPapersToCollection(db, id, arxiv('2503.07365', '2505.05470'), AT);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect([result.added.length, result.alreadyIn.length]).toEqual([1, 1]);
    expect(arxivOrder(db, id)).toEqual(['2505.05470', '2503.07365']);
  });

  it('adds nothing when one arXiv id is unknown, and says which', () => {
    const result = addPapersToCollection(db, id, arxiv('2505.05470', '2501.00001'), AT);
    expect(result).toEqual({
      ok: false,
      reason: 'unknown_papers',
      missing: [{ arxivId: '2501.00001' }],
    });
    expect(arxivOrder(db, id)).toEqual([]);
  });

  it('adds a paper by the citation key an export gave it', () => {
    const paperId = findPaperByArxivId(db, '2505.05470')!.id;
    db.prepare(`INSERT INTO citation_keys (paper_id, key, assigned_at) VALUES (?, ?, ?)`).run(
      paperId,
      'liu2025flowgrpo',
      AT,
    );
    const result = addPapersToCollection(
      db,
      id,
      { kind: 'papers', refs: [{ key: 'liu2025flowgrpo' }] },
      AT,
    );
    expect(result).toMatchObject({ ok: true, added: [paperId] });
  });

  it('refuses a filter slug the graph does not hold, listing the valid ones', () => {
    expect(
      addPapersToCollection(db, id, { kind: 'filter', filter: { pillars: ['visual-gen'] } }, AT),
    ).toMatchObject({
      reason: 'invalid_input',
      field: 'filter.pillars',
      message: expect.stringMatching(
        /unknown pillar or group "visual-gen"; valid: .*visual-generation/,
      ),
    });
  });

  it('adds every paper a filter selects in list order and keeps the filter as a source', () => {
    addPapersToCollection(
      db,
      id,
      { kind: 'filter', filter: { pillars: ['visual-generation'] } },
      AT,
    );
    expect(arxivOrder(db, id)).toEqual(['2505.05470', null]);
    expect(listSourcesByCollectionIds(db, [id])[0]).toMatchObject([
      { kind: 'filter', query: null, filter: { pillars: ['visual-generation'] }, paperCount: 2 },
    ]);
  });

  it('adds search hits best first, narrowed by the filter, and keeps the query as a source', () => {
    const hits = [
      findPaperByArxivId(db, '2506.04559')!.id,
      findPaperByArxivId(db, '2505.05470')!.id,
    ];
    service.addPapersToCollection(
      { db, index: hitsIndex(hits) },
      id,
      { kind: 'search', query: 'grpo', filter: { pillars: ['visual-generation'] } },
      AT,
    );
    expect(arxivOrder(db, id)).toEqual(['2505.05470']);
    expect(listSourcesByCollectionIds(db, [id])[0]).toMatchObject([
      { kind: 'search', query: 'grpo', paperCount: 1 },
    ]);
  });

  it('narrows search hits by the filter before the limit: at most N matching papers', () => {
    const hits = ['2506.04559', '2503.07365', '2505.05470'].map(
      (arxivId) => findPaperByArxivId(db, arxivId)!.id,
    );
    const filter = { pillars: ['visual-generation'] };
    service.addPapersToCollection(
      { db, index: hitsIndex(hits) },
      id,
      { kind: 'search', query: 'grpo', filter, limit: 1 },
      AT,
    );
    expect(arxivOrder(db, id)).toEqual(['2505.05470']);
  });

  it('removes papers and closes the gap in the order', () => {
    addPapersToCollection(db, id, arxiv('2503.07365', '2506.04559', '2505.05470'), AT);
    expect(removePapersFromCollection(db, id, arxiv('2506.04559'), AT)).toMatchObject({ ok: true });
    const entries = listCollectionEntries(db, id, { limit: 10, offset: 0 });
    expect(entries.map((e) => e.position)).toEqual([1, 2]);
    expect(arxivOrder(db, id)).toEqual(['2503.07365', '2505.05470']);
  });

  it('refuses to remove a paper that is not in the collection, removing nothing', () => {
    addPapersToCollection(db, id, arxiv('2503.07365'), AT);
    expect(removePapersFromCollection(db, id, arxiv('2503.07365', '2505.05470'), AT)).toEqual({
      ok: false,
      reason: 'not_in_collection',
      missing: [{ arxivId: '2505.05470' }],
    });
    expect(arxivOrder(db, id)).toEqual(['2503.07365']);
  });

  it('removes whichever papers of a filter are in the collection', () => {
    addPapersToCollection(db, id, arxiv('2503.07365', '2505.05470'), AT);
    const result = removePapersFromCollection(
      db,
      id,
      { kind: 'filter', filter: { pillars: ['visual-generation'] } },
      AT,
    );
    expect(result).toMatchObject({ ok: true, removed: [findPaperByArxivId(db, '2505.05470')!.id] });
    expect(arxivOrder(db, id)).toEqual(['2503.07365']);
  });

  it('moves a paper to a position, shifting the ones between', () => {
    addPapersToCollection(db, id, arxiv('2503.07365', '2506.04559', '2505.05470'), AT);
    expect(movePaperInCollection(db, id, { arxivId: '2505.05470' }, 1, AT)).toMatchObject({
      ok: true,
      entry: { position: 1 },
    });
    expect(arxivOrder(db, id)).toEqual(['2505.05470', '2503.07365', '2506.04559']);
    movePaperInCollection(db, id, { arxivId: '2505.05470' }, 3, AT);
    expect(arxivOrder(db, id)).toEqual(['2503.07365', '2506.04559', '2505.05470']);
  });

  it('refuses a position outside the collection', () => {
    addPapersToCollection(db, id, arxiv('2503.07365', '2506.04559'), AT);
    expect(movePaperInCollection(db, id, { arxivId: '2503.07365' }, 3, AT)).toMatchObject({
      reason: 'invalid_input',
      message: 'Position must be between 1 and 2 (got 3).',
    });
  });

  it('annotates a paper with a note and tags, and changes only what it is given', () => {
    addPapersToCollection(db, id, arxiv('2505.05470'), AT);
    const ref = { arxivId: '2505.05470' };
    annotateCollectionPaper(
      db,
      id,
      ref,
      { note: ' Flow matching + GRPO. ', tags: ['flow', ' GRPO ', 'grpo', ''] },
      AT,
    );
    expect(annotateCollectionPaper(db, id, ref, { tags: ['flow'] }, AT)).toMatchObject({
      entry: { note: 'Flow matching + GRPO.', tags: ['flow'] },
    });
    expect(annotateCollectionPaper(db, id, ref, { note: '' }, AT)).toMatchObject({
      entry: { note: null, tags: ['flow'] },
    });
  });

  it('refuses to annotate a paper that is not in the collection', () => {
    expect(
      annotateCollectionPaper(db, id, { arxivId: '2505.05470' }, { note: 'x' }, AT),
    ).toMatchObject({ reason: 'not_in_collection' });
  });
});

describe('when a newer version of the list drops a paper in a collection', () => {
  it('keeps the paper, its note and its place, marked as no longer listed', () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(V1), V1);
    const id = newCollection(db);
    addPapersToCollection(
      db,
      id,
      { kind: 'filter', filter: { pillars: ['visual-generation'] } },
      AT,
    );
    const dropped = listCollectionEntries(db, id, { limit: 10, offset: 0 })[1]!;
    annotateCollectionPaper(db, id, { paperId: dropped.paperId }, { note: 'IEEE only' }, AT);
    ingestMarkdown(db, fixture(V2), V2);
    const entries = listCollectionEntries(db, id, { limit: 10, offset: 0 });
    expect(entries.map((e) => [e.paperId, e.position, e.listed, e.note])).toEqual([
      [entries[0]!.paperId, 1, true, null],
      [dropped.paperId, 2, false, 'IEEE only'],
    ]);
  });
});
