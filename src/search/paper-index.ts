import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import type { Db } from '../store/database';
import { getContentVersion } from '../store/meta.store';
import { listPaperIds, narrowPaperIdsByFilter } from '../store/paper.store';
import { readSavedSearchIndex, saveSearchIndex } from '../store/search-index.store';
import type { QueryUnit, SynonymTable } from './expand-query';
import { expandQuery } from './expand-query';
import type { ParsedQuery, TextClause } from './parse-search-query';
import { parseSearchQuery, SearchSyntaxError } from './parse-search-query';
import type { Highlight } from './highlight-hit';
import { highlightDocument } from './highlight-hit';
import { hasPhrase, termSequence } from './phrase-match';
import type { SpellingRequest } from './query-tree';
import { FIELD_BOOSTS, matchAnySpelling } from './query-tree';
import type { RankedUnit, RankingMode } from './rank-hits';
import { rankHits } from './rank-hits';
import { IndexPostings } from './index-postings';
import type { UnitMatches } from './unit-matches';
import { loadSavedIndex, SavableMiniSearch } from './saved-index';
import type { SearchDocument } from './search-documents';
import { listSearchDocumentsByIds, searchDocumentPages } from './search-documents';
import { foldTerm, isStopWord, toSearchTerm, tokenizeForIndex } from './search-terms';
import { resolveConceptFilter } from './resolve-concepts';
import { suggestTerms } from './suggest-terms';
import type { SimilarPaper } from './text-similarity';
import { TextSimilarityBuild } from './text-similarity-build';

/** Bump when fields, boosts or term processing change: a saved index built otherwise is stale. */
export const SEARCH_SCHEMA_VERSION = 'papers-v3-camel-case';

/** Papers turned into search documents at a time while the index is built (not all at once). */
const DOCUMENT_PAGE_SIZE = 5_000;

/** How papers are indexed: the fields searched and the term processing (stems, folding). */
export const SEARCH_INDEX_OPTIONS: Options<SearchDocument> = {
  fields: Object.keys(FIELD_BOOSTS),
  idField: 'id',
  tokenize: tokenizeForIndex,
  processTerm: (term) => toSearchTerm(term) || null,
};

export interface PaperHit {
  paperId: number;
  score: number;
  /** The indexed terms that matched (stems, after typo tolerance). */
  terms: string[];
  /** The fields each matched term was found in. */
  fields: string[];
  /** True when the paper has every word of the query (else it fills the list up). */
  matchedAll: boolean;
}

export interface PaperIndexOptions {
  /**
   * Other spellings of known concepts, looked for too (query expansion); none when absent. A
   * function is called on the first search, so opening the index for other work stays cheap.
   */
  synonyms?: SynonymTable | (() => SynonymTable) | undefined;
}

/** The full-text index over papers; derived from the store, never the source of truth. */
export class PaperIndex {
  private similarity: TextSimilarityBuild | undefined;
  private postingsView: IndexPostings | undefined;

  private constructor(
    private readonly db: Db,
    private readonly index: MiniSearch<SearchDocument>,
    readonly contentVersion: number,
    readonly loadedFromCache: boolean,
    private synonyms: PaperIndexOptions['synonyms'],
  ) {}

  /** Loads the saved index when it matches the data, else re-tokenises and saves it. */
  static open(db: Db, options: PaperIndexOptions & { save?: boolean } = {}): PaperIndex {
    const version = getContentVersion(db);
    const loaded = readSavedSearchIndex(db, (saved) =>
      saved?.contentVersion === version && saved.schemaVersion === SEARCH_SCHEMA_VERSION
        ? loadSavedIndex(saved, SEARCH_INDEX_OPTIONS)
        : undefined,
    );
    if (loaded) return new PaperIndex(db, loaded, version, true, options.synonyms);
    const index = buildMiniSearch(db);
    if (options.save ?? true) {
      saveSearchIndex(db, {
        contentVersion: version,
        schemaVersion: SEARCH_SCHEMA_VERSION,
        head: index.headJson(),
        parts: index.termParts(),
      });
    }
    return new PaperIndex(db, index, version, false, options.synonyms);
  }

  static build(db: Db, options: PaperIndexOptions = {}): PaperIndex {
    return new PaperIndex(db, buildMiniSearch(db), getContentVersion(db), false, options.synonyms);
  }

  get documentCount(): number {
    return this.index.documentCount;
  }

  /** How the query's words are read: each word, and the other spellings looked for with it. */
  expand(query: string): QueryUnit[] {
    if (typeof this.synonyms === 'function') this.synonyms = this.synonyms();
    return expandQuery(query, this.synonyms);
  }

  /** The query's free words that name a known concept, with the other spellings searched too. */
  expansions(query: string): QueryUnit[] {
    return this.expand(parseSearchQuery(query).words).filter(
      (unit) => unit.alternatives.length > 0,
    );
  }

  /**
   * Ranked hits: BM25 times the (IDF-weighted) share of the query's words or known concepts a
   * paper has, so papers with every word lead and papers with most of them follow (see
   * rank-hits.ts); phrases, field clauses and filters must hold, exclusions must not.
   * Throws SearchSyntaxError for a query that cannot be read.
   */
  search(query: string, mode: RankingMode = 'weighted'): PaperHit[] {
    const parsed = parseSearchQuery(query);
    const units = this.expand(parsed.words).map((unit) => this.rankedUnit(unit));
    const required = parsed.required.map((clause) => this.clauseUnit(clause));
    const excluded = new Set(
      parsed.excluded.flatMap((clause) => this.paperIdsOf(this.clauseUnit(clause).matches)),
    );
    const allowed = this.filteredIds(parsed);
    let hits: PaperHit[];
    if (units.length === 0 && required.length === 0) {
      hits = (allowed ?? []).map((paperId) => ({
        paperId,
        score: 0,
        terms: [],
        fields: [],
        matchedAll: true,
      }));
    } else {
      hits = rankHits([...units, ...required], mode, this.postings);
    }
    const keep = allowed && new Set(allowed);
    return hits.filter((hit) => !excluded.has(hit.paperId) && (!keep || keep.has(hit.paperId)));
  }

  /**
   * The papers a search selects for a collection or an export: those with every word (the
   * fill-up is for reading a ranked list, not for selecting), best first; all hits when no paper
   * has every word.
   */
  select(query: string): number[] {
    const hits = this.search(query);
    const full = hits.filter((hit) => hit.matchedAll);
    return (full.length ? full : hits).map((hit) => hit.paperId);
  }

  /** Why the query cannot be searched (syntax, an unknown concept), or undefined when it can. */
  validate(query: string): string | undefined {
    try {
      this.filteredIds(parseSearchQuery(query));
      return undefined;
    } catch (error) {
      if (error instanceof SearchSyntaxError) return error.message;
      throw error;
    }
  }

  /** Title, abstract and other fields of each hit, cut down and with the matched words marked. */
  highlight(hits: readonly PaperHit[]): Highlight[][] {
    const documents = new Map(
      listSearchDocumentsByIds(
        this.db,
        hits.map((hit) => hit.paperId),
      ).map((d) => [d.id, d]),
    );
    return hits.map((hit) => {
      const document = documents.get(hit.paperId);
      return document ? highlightDocument(document, hit.terms) : [];
    });
  }

  /** Papers worded most like this one (TF-IDF cosine of title and abstract), most alike first. */
  similarPapers(paperId: number, first: number): SimilarPaper[] {
    return this.similarityBuild().result().similarTo(paperId, first);
  }

  /** Builds the text model of `similarPapers` in the background, so it is ready when first asked. */
  warmUpSimilarity(): void {
    this.similarityBuild().continueInBackground();
  }

  private similarityBuild(): TextSimilarityBuild {
    return (this.similarity ??= new TextSimilarityBuild(this.db));
  }

  /** Nearest indexed words for query words that match nothing (for "no results" help). */
  suggest(query: string): string[] {
    let words: string;
    try {
      const parsed = parseSearchQuery(query);
      words = [parsed.words, ...parsed.required.map((clause) => clause.text)].join(' ');
    } catch {
      return [];
    }
    return suggestTerms(this.db, this.index, words);
  }

  private rankedUnit(unit: QueryUnit): RankedUnit {
    const spellings: SpellingRequest[] = [
      { terms: unit.terms, tolerant: true, partial: unit.terms.length > 1 },
      ...unit.alternatives.map((alternative) => ({ terms: alternative.terms, tolerant: false })),
    ];
    const stopWord =
      unit.alternatives.length === 0 && unit.terms.length === 1 && isStopWord(foldTerm(unit.text));
    return {
      matches: matchAnySpelling(this.postings, spellings),
      counts: !stopWord,
      required: false,
    };
  }

  /** A phrase or field clause: its words must all match (a phrase, next to each other). */
  private clauseUnit(clause: TextClause): RankedUnit {
    const terms = termSequence(clause.text);
    const matches = matchAnySpelling(this.postings, [
      { terms, field: clause.field, tolerant: false },
    ]);
    return {
      matches: clause.phrase ? this.keepPhrase(matches, terms, clause) : matches,
      counts: true,
      required: true,
    };
  }

  private keepPhrase(matches: UnitMatches, terms: string[], clause: TextClause): UnitMatches {
    const documents = listSearchDocumentsByIds(this.db, this.paperIdsOf(matches));
    const kept = new Set(
      documents
        .filter((document) => hasPhrase(document, terms, clause.field))
        .map((document) => document.id),
    );
    return matches.filter((id) => kept.has(this.postings.paperIdOf(id)));
  }

  /** The index's postings as the scorer reads them, set up on the first search. */
  private get postings(): IndexPostings {
    return (this.postingsView ??= new IndexPostings(this.index));
  }

  private paperIdsOf(matches: UnitMatches): number[] {
    return Array.from(matches.ids, (id) => this.postings.paperIdOf(id));
  }

  /** Papers the year and concept clauses allow; undefined when there are none. */
  private filteredIds(parsed: ParsedQuery): number[] | undefined {
    const filters = resolveConceptFilter(this.db, parsed.concepts);
    if (parsed.yearFrom !== undefined || parsed.yearTo !== undefined) {
      filters.push({ yearFrom: parsed.yearFrom, yearTo: parsed.yearTo });
    }
    if (filters.length === 0) return undefined;
    let ids = listPaperIds(this.db, { filter: filters[0], order: 'NEWEST', limit: -1, offset: 0 });
    for (const filter of filters.slice(1)) ids = narrowPaperIdsByFilter(this.db, ids, filter);
    return ids;
  }
}

function buildMiniSearch(db: Db): SavableMiniSearch<SearchDocument> {
  const index = new SavableMiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  for (const page of searchDocumentPages(db, DOCUMENT_PAGE_SIZE)) index.addAll(page);
  return index;
}
