import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import { findEntityBySlug } from '../../src/store/entity.store';
import {
  countPapersByEntityIds,
  listEntitiesWithPaperCounts,
  listEntityLinksByPaperIds,
} from '../../src/store/entity-link.store';
import { FacetTable } from '../../src/model/selection/facet-table';
import { readFacetSources } from '../../src/store/facet.store';
import {
  findPaperByArxivId,
  listAllPapers,
  listPapers,
  updatePaperFields,
} from '../../src/store/paper.store';
import type { PaperFilter } from '../../src/model/selection/paper-filter';
import { listVenues } from '../../src/store/venue.store';
import { createLinkedGraph } from '../support/entity-graph';

const { db } = createLinkedGraph();
const arxivIdsWhere = (filter: PaperFilter) =>
  listPapers(db, { filter, limit: 100, offset: 0 })
    .map((p) => p.arxivId)
    .sort();
const idOf = (kind: 'algorithm' | 'benchmark', slug: string) =>
  findEntityBySlug(db, kind, slug)!.id;
const paperIds = (database: Db) => listAllPapers(database).map((p) => p.id);

describe('listEntityLinksByPaperIds', () => {
  it('returns the links of each paper in key order, [] for papers without any', () => {
    const ids = paperIds(db);
    const links = listEntityLinksByPaperIds(db, [...ids, 9999].reverse());
    expect(links[0]).toEqual([]);
    expect(links.slice(1).map((l) => l[0]?.paperId)).toEqual([...ids].reverse());
  });

  it('narrows to entity kinds and orders each paper surest first', () => {
    const [links] = listEntityLinksByPaperIds(db, [paperIds(db)[1]!], ['algorithm']);
    expect(links!.every((l) => l.kind === 'algorithm')).toBe(true);
    const confidences = links!.map((l) => l.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });
});

describe('paper filters over entity links', () => {
  it('matches an algorithm and every variant below it', () => {
    expect(arxivIdsWhere({ algorithms: ['flow-grpo'] })).toEqual(['2505.05470']);
    expect(arxivIdsWhere({ algorithms: ['grpo'] })).toEqual(['2505.05470', '2505.07818']);
    expect(arxivIdsWhere({ algorithms: ['policy-gradient'] })).toEqual([
      '2505.05470',
      '2505.07818',
    ]);
    expect(arxivIdsWhere({ algorithms: ['dpo'] })).toEqual(['2506.10001']);
  });

  it('combines kinds, pillars and authors with AND, values of one field with OR', () => {
    expect(arxivIdsWhere({ benchmarks: ['geneval', 'mmk12'] })).toHaveLength(3);
    expect(arxivIdsWhere({ benchmarks: ['geneval', 'mmk12'], pillars: ['mllm'] })).toEqual([
      '2503.07365',
    ]);
    expect(arxivIdsWhere({ paradigms: ['rlvr'], rewards: ['verifiable-reward'] })).toEqual([
      '2503.07365',
    ]);
    expect(arxivIdsWhere({ authors: ['Shao, Wenqi'] })).toEqual(['2503.07365', '2505.05470']);
    expect(arxivIdsWhere({ authors: ['wenqi shao'], algorithms: ['grpo'] })).toEqual([
      '2505.05470',
    ]);
    expect(arxivIdsWhere({ algorithms: ['no-such-algorithm'] })).toEqual([]);
  });

  it('requires every entity of entityIds', () => {
    const both = [idOf('algorithm', 'grpo'), idOf('benchmark', 'geneval')];
    expect(arxivIdsWhere({ entityIds: both })).toEqual(['2505.05470', '2505.07818']);
    expect(arxivIdsWhere({ entityIds: [...both, idOf('algorithm', 'dance-grpo')] })).toEqual([
      '2505.07818',
    ]);
  });
});

describe('counting papers per entity', () => {
  it('counts a family with its variants, within a filter', () => {
    const ids = [
      idOf('algorithm', 'grpo'),
      idOf('algorithm', 'dance-grpo'),
      idOf('benchmark', 'mmk12'),
    ];
    expect(countPapersByEntityIds(db, ids)).toEqual([2, 1, 1]);
    expect(countPapersByEntityIds(db, ids, { pillars: ['mllm'] })).toEqual([0, 0, 1]);
  });

  it('ranks the entities of a kind used by matching papers', () => {
    const ranked = listEntitiesWithPaperCounts(db, 'benchmark', {
      usedBy: { pillars: ['visual-generation'] },
      order: 'PAPER_COUNT',
    });
    expect(ranked.map((r) => [r.entity.slug, r.paperCount])).toEqual([['geneval', 2]]);
    const all = listEntitiesWithPaperCounts(db, 'benchmark', { order: 'NAME' });
    expect(all.length).toBeGreaterThan(50);
  });

  it('gives facet counts that match what filtering by each slug returns', () => {
    const sources = readFacetSources(db, ['algorithm']);
    const facet = new FacetTable(sources.get('algorithm')!).count(paperIds(db));
    for (const { value, count } of facet)
      expect(arxivIdsWhere({ algorithms: [value] })).toHaveLength(count);
    expect(facet.find((f) => f.value === 'grpo')?.count).toBe(2);
  });
});

describe('listVenues', () => {
  it('merges spellings that differ in case and counts their papers', () => {
    expect(listVenues(db, 'PAPER_COUNT')).toEqual([
      expect.objectContaining({ key: expect.stringMatching(/^neurips/), paperCount: 2 }),
    ]);
  });
});

describe('when papers spell one venue in different cases', () => {
  it('lists it once, under the spelling most of them use', () => {
    const graph = createLinkedGraph();
    for (const [arxivId, venue] of [
      ['2505.05470', 'ICLR'],
      ['2505.07818', 'ICLR'],
      ['2506.10001', 'iclr'],
    ] as const)
      updatePaperFields(graph.db, findPaperByArxivId(graph.db, arxivId)!.id, { venue }, 1);
    expect(listVenues(graph.db, 'NAME')).toEqual([{ key: 'iclr', name: 'ICLR', paperCount: 3 }]);
  });
});
