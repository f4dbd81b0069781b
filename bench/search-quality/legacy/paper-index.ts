// The search as it was before issue 8 (AND of every word, OR only when that finds nothing, no
// stemming), kept verbatim so the bench can compare it with today's ranking. Not used by the app.
import MiniSearch from 'minisearch';
import type { Options, SearchOptions, SearchResult } from 'minisearch';
import type { Db } from '../../../src/store/database';
import { getContentVersion } from '../../../src/store/meta.store';
import type { QueryUnit, SynonymTable } from './expand-query';
import { expandQuery } from './expand-query';
import type { SearchDocument } from './search-documents';
import { buildSearchDocuments } from './search-documents';
import { MATCH_OPTIONS, rescoreByUnits, toQueryTree } from './query-tree';
import { foldTerm } from './search-terms';

const FIELD_BOOSTS = { title: 3, authors: 2, arxivId: 2, sections: 1.5, venue: 1, abstract: 1 };

const SEARCH_OPTIONS: SearchOptions = { boost: FIELD_BOOSTS, ...MATCH_OPTIONS };

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

export interface PaperIndexOptions {
  /**
   * Other spellings of known concepts, looked for too (query expansion); none when absent. A
   * function is called on the first search, so opening the index for other work stays cheap.
   */
  synonyms?: SynonymTable | (() => SynonymTable) | undefined;
}

/** The full-text index over papers; derived from the store, never the source of truth. */
export class LegacyPaperIndex {
  private constructor(
    private readonly index: MiniSearch<SearchDocument>,
    readonly contentVersion: number,
    readonly loadedFromCache: boolean,
    private synonyms: PaperIndexOptions['synonyms'],
  ) {}

  static build(db: Db, options: PaperIndexOptions = {}): LegacyPaperIndex {
    const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
    index.addAll(buildSearchDocuments(db));
    return new LegacyPaperIndex(index, getContentVersion(db), false, options.synonyms);
  }

  get documentCount(): number {
    return this.index.documentCount;
  }

  /** How the query is read: its words, and the other spellings looked for with each. */
  expand(query: string): QueryUnit[] {
    if (typeof this.synonyms === 'function') this.synonyms = this.synonyms();
    return expandQuery(query, this.synonyms);
  }

  /**
   * Ranked hits for a query: every word (or known concept, in any of its spellings) must match,
   * prefix and typo-tolerant, falling back to any of them when that finds nothing.
   */
  search(query: string): PaperHit[] {
    const units = this.expand(query);
    if (units.every((unit) => unit.alternatives.length === 0)) {
      let results = this.index.search(query, { ...SEARCH_OPTIONS, combineWith: 'AND' });
      if (results.length === 0)
        results = this.index.search(query, { ...SEARCH_OPTIONS, combineWith: 'OR' });
      return results.map(toHit);
    }
    let results = this.index.search(toQueryTree(units, 'AND'), SEARCH_OPTIONS);
    if (results.length === 0) results = this.index.search(toQueryTree(units, 'OR'), SEARCH_OPTIONS);
    return rescoreByUnits(results, units).map(toHit);
  }
}

function toHit(result: SearchResult): PaperHit {
  const fields = new Set(Object.values(result.match).flat());
  return {
    paperId: result.id as number,
    score: result.score,
    terms: result.terms,
    fields: [...fields],
  };
}
