import type { AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadSavedIndex, SavableMiniSearch } from '../../src/search/saved-index';
import { PaperIndex } from '../../src/search/paper-index';
import { buildCorpus } from '../../bench/search-quality/evaluate';
import { loadJudgedQueries } from '../../bench/search-quality/judged-queries';
import { hitValues } from '../support/search-hits';

const OPTIONS = { fields: ['title', 'text'], idField: 'id' };
const DOCUMENTS = [
  { id: 1, title: 'Flow-GRPO', text: 'online reinforcement learning for flow matching models' },
  { id: 7, title: 'DanceGRPO', text: 'reinforcement learning for visual generation' },
  { id: 9, title: 'Eureka', text: 'human-level reward design by coding large language models' },
];

function savableIndex(): SavableMiniSearch<(typeof DOCUMENTS)[number]> {
  const index = new SavableMiniSearch<(typeof DOCUMENTS)[number]>(OPTIONS);
  index.addAll(DOCUMENTS);
  return index;
}

/** The radix tree lists terms in the order they were added; loading adds them in another. */
function byTerm(index: AsPlainObject): AsPlainObject {
  return { ...index, index: [...index.index].sort(([a], [b]) => a.localeCompare(b)) };
}

describe('SavableMiniSearch', () => {
  it('saves in parts what toJSON() gives whole, and loads back the same index', () => {
    const built = savableIndex();
    const parts = [...built.termParts(20)];
    expect(parts.length).toBeGreaterThan(5);
    const loaded = loadSavedIndex({ head: built.headJson(), parts }, OPTIONS);
    expect(byTerm(loaded.toJSON())).toEqual(byTerm(built.toJSON()));
    expect(loaded.search('reinforcement', { fuzzy: 0.2, prefix: true })).toEqual(
      built.search('reinforcement', { fuzzy: 0.2, prefix: true }),
    );
  });

  it('writes the terms as toJSON() does, each whole in one part', () => {
    const built = savableIndex();
    const terms = [...built.termParts(1)].map((part) => JSON.parse(part) as unknown[]);
    expect(terms.every((part) => part.length === 1)).toBe(true);
    expect(terms.flat()).toEqual(built.toJSON().index);
  });
});

describe('PaperIndex saved in parts', () => {
  it('opens from its parts with the same hits as an index built fresh', () => {
    const { db, dispose } = buildCorpus('bundled');
    try {
      const reopened = PaperIndex.open(db);
      expect(reopened.loadedFromCache).toBe(true);
      const fresh = PaperIndex.build(db);
      for (const { query } of loadJudgedQueries())
        expect(hitValues(reopened.search(query)), query).toEqual(hitValues(fresh.search(query)));
    } finally {
      dispose();
    }
  });
});
