import MiniSearch from 'minisearch';
import type { Options, SearchResult } from 'minisearch';
import type { Db } from '../store/database';
import { getContentVersion } from '../store/meta.store';
import { loadSearchIndex, saveSearchIndex } from '../store/search-index.store';
import type { SearchDocument } from './search-documents';
import { buildSearchDocuments } from './search-documents';

/** Bump when fields, boosts or term processing change: a saved index built otherwise is stale. */
export const SEARCH_SCHEMA_VERSION = 'papers-v1';

const FIELD_BOOSTS = { title: 3, authors: 2, arxivId: 2, sections: 1.5, venue: 1, abstract: 1 };

/** Folds accents and case so "Araújo" finds "Araujo" and "GRPO" finds "grpo". */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: Object.keys(FIELD_BOOSTS),
  idField: 'id',
  processTerm: (term) => foldTerm(term) || null,
};

export interface PaperHit {
  paperId: number;
  score: number;
  /** The indexed terms that matched (after prefix and fuzzy expansion). */
  terms: string[];
  /** The fields each matched term was found in. */
  fields: string[];
}

/** The full-text index over papers; derived from the store, never the source of truth. */
export class PaperIndex {
  private constructor(
    private readonly index: MiniSearch<SearchDocument>,
    readonly contentVersion: number,
    readonly loadedFromCache: boolean,
  ) {}

  /** Loads the saved index when it matches the data, else re-tokenises and saves it. */
  static open(db: Db, options: { save?: boolean } = {}): PaperIndex {
    const version = getContentVersion(db);
    const saved = loadSearchIndex(db);
    if (saved && saved.contentVersion === version && saved.schemaVersion === SEARCH_SCHEMA_VERSION) {
      return new PaperIndex(MiniSearch.loadJSON(saved.data, INDEX_OPTIONS), version, true);
    }
    const index = PaperIndex.build(db);
    if (options.save ?? true) {
      saveSearchIndex(db, {
        contentVersion: version,
        schemaVersion: SEARCH_SCHEMA_VERSION,
        data: JSON.stringify(index.index),
      });
    }
    return index;
  }

  static build(db: Db): PaperIndex {
    const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
    index.addAll(buildSearchDocuments(db));
    return new PaperIndex(index, getContentVersion(db), false);
  }

  get documentCount(): number {
    return this.index.documentCount;
  }

  /**
   * Ranked hits for a query: every word must match (prefix and typo-tolerant), falling back to
   * any word when that finds nothing.
   */
  search(query: string): PaperHit[] {
    const options = {
      boost: FIELD_BOOSTS,
      prefix: (term: string) => term.length >= 3,
      fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
    };
    let results = this.index.search(query, { ...options, combineWith: 'AND' });
    if (results.length === 0) results = this.index.search(query, { ...options, combineWith: 'OR' });
    return results.map(toHit);
  }
}

function toHit(result: SearchResult): PaperHit {
  const fields = new Set(Object.values(result.match).flat());
  return { paperId: result.id as number, score: result.score, terms: result.terms, fields: [...fields] };
}
