import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import type { SynonymTable } from '../../src/search/expand-query';
import { PaperIndex } from '../../src/search/paper-index';
import { buildSearchDocuments } from '../../src/search/search-documents';
import { findWords, foldTerm } from '../../src/search/search-terms';
import type { Db } from '../../src/store/database';
import type { Fusion } from './hybrid-ranking';
import { sharedHybridSearch } from './hybrid-ranking';
import { LegacyPaperIndex } from './legacy/paper-index';

/** A ranking variant: the paper ids it ranks for a query, best first. */
export type Ranker = (query: string) => number[] | Promise<number[]>;

export interface RankerVariant {
  name: string;
  build: (db: Db, synonyms: SynonymTable) => Ranker | Promise<Ranker>;
}

/** SQLite FTS5 over the same documents, Porter-stemmed, ranked by bm25 with our field weights. */
function fts5Ranker(db: Db, combine: 'AND' | 'OR'): Ranker {
  const fts = new Database(':memory:');
  fts.exec(`CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, authors, venue, sections,
    concepts, abstract, arxiv_id, tokenize = 'porter unicode61 remove_diacritics 2')`);
  const insert = fts.prepare('INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const d of buildSearchDocuments(db)) {
    insert.run(d.id, d.title, d.authors, d.venue, d.sections, d.concepts, d.abstract, d.arxivId);
  }
  const search = fts.prepare(
    `SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 3, 2, 1, 1.5, 1, 1, 2) LIMIT 100`,
  );
  return (query) => {
    const words = findWords(query).map((w) => `"${foldTerm(w.text).replace(/"/g, '')}"`);
    return words.length ? (search.pluck().all(words.join(` ${combine} `)) as number[]) : [];
  };
}

async function hybridRanker(db: Db, synonyms: SynonymTable, fusion: Fusion): Promise<Ranker> {
  const search = await sharedHybridSearch(db, synonyms);
  return async (query) => search.rank(query, await search.embedQuery(query), fusion);
}

/** What a newcomer would write: minisearch defaults over titles and section names. */
function naiveRanker(db: Db): Ranker {
  const index = new MiniSearch<{ id: number; title: string; sections: string }>({
    fields: ['title', 'sections'],
  });
  index.addAll(
    buildSearchDocuments(db).map(({ id, title, sections }) => ({ id, title, sections })),
  );
  return (query) => index.search(query).map((r) => r.id as number);
}

export const RANKER_VARIANTS: RankerVariant[] = [
  {
    name: 'before (minisearch AND→OR)',
    build: (db, synonyms) => {
      const index = LegacyPaperIndex.build(db, { synonyms });
      return (query) => index.search(query).map((hit) => hit.paperId);
    },
  },
  {
    name: 'final (idf-weighted coord.)',
    build: (db, synonyms) => {
      const index = PaperIndex.build(db, { synonyms });
      return (query) => index.search(query).map((hit) => hit.paperId);
    },
  },
  {
    name: 'tiered (AND, then OR fill-up)',
    build: (db, synonyms) => {
      const index = PaperIndex.build(db, { synonyms });
      return (query) => index.search(query, 'tiered').map((hit) => hit.paperId);
    },
  },
  {
    name: 'coordination (unweighted)',
    build: (db, synonyms) => {
      const index = PaperIndex.build(db, { synonyms });
      return (query) => index.search(query, 'coordination').map((hit) => hit.paperId);
    },
  },
  { name: 'SQLite FTS5 bm25 (OR)', build: (db) => fts5Ranker(db, 'OR') },
  { name: 'SQLite FTS5 bm25 (AND)', build: (db) => fts5Ranker(db, 'AND') },
  { name: 'naive minisearch', build: (db) => naiveRanker(db) },
  { name: 'USE lite cosine only', build: (db, syn) => hybridRanker(db, syn, 'cosine only') },
  { name: 'hybrid: RRF k=60', build: (db, syn) => hybridRanker(db, syn, 'rrf') },
  { name: 'hybrid: lexical + 0.2 cosine', build: (db, syn) => hybridRanker(db, syn, 'linear') },
];
