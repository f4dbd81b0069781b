import type MiniSearch from 'minisearch';
import type { SearchDocument, SearchField } from './search-documents';

/** Frequency of one term in each document of one field, by minisearch's short document id. */
export type Postings = Map<number, number>;
/** One indexed term's postings per field id. */
export type TermPostings = Map<number, Postings>;

/**
 * The members of minisearch 7 this module reads. They are protected, not public: the scorer works
 * on minisearch's own index instead of calling `search()`, whose result object per matching
 * document (a term list and a field map each) was most of a search at 10k papers. The parity
 * test (tests/search/index-postings.test.ts) compares scores with `search()` so an upgrade that
 * changes them fails there.
 */
interface MiniSearchInternals {
  _index: {
    get(term: string): TermPostings | undefined;
    atPrefix(prefix: string): Iterable<[string, TermPostings]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [TermPostings, number]>;
  };
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
}

/** One field's postings of one term as parallel arrays (documents, frequencies). */
export interface PostingColumns {
  ids: Int32Array;
  frequencies: Float64Array;
}

/**
 * Postings this long are kept as arrays once read: a loop over arrays is several times faster
 * than over a Map, and common words are the ones searched most and the longest to score.
 */
const COLUMN_MIN_LENGTH = 512;
/** Postings kept as arrays at most (12 bytes each: 48 MB), oldest read dropped first. */
const COLUMN_CACHE_POSTINGS = 4_000_000;

/** minisearch's BM25+ parameters (its defaults; `search()` uses the same). */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * A read-only view of a minisearch index for scoring: postings by term, field lengths as typed
 * arrays, and short document ids (dense, 0 … size − 1) mapped to paper ids.
 */
export class IndexPostings {
  /** Length of dense per-document arrays: every short id is below it. */
  readonly size: number;
  readonly documentCount: number;
  readonly fieldIds: Readonly<Record<SearchField, number>>;
  /** Words per field per document: `fieldLengths[fieldId][shortId]`. */
  readonly fieldLengths: Float64Array[];
  readonly averageFieldLengths: readonly number[];
  private readonly paperIds: Int32Array;
  private readonly internals: MiniSearchInternals;
  private readonly columnCache = new Map<Postings, PostingColumns>();
  private readonly spareNumbers: Float64Array[] = [];
  private cachedPostings = 0;

  constructor(index: MiniSearch<SearchDocument>) {
    const internals = index as unknown as MiniSearchInternals;
    this.internals = internals;
    this.size = internals._nextId;
    this.documentCount = internals._documentCount;
    this.fieldIds = internals._fieldIds as Record<SearchField, number>;
    this.averageFieldLengths = internals._avgFieldLength;
    const fieldCount = Object.keys(this.fieldIds).length;
    this.fieldLengths = Array.from({ length: fieldCount }, () => new Float64Array(this.size));
    this.paperIds = new Int32Array(this.size);
    for (const [shortId, lengths] of internals._fieldLength) {
      for (let field = 0; field < fieldCount; field++) {
        this.fieldLengths[field]![shortId] = lengths[field] ?? 0;
      }
    }
    for (const [shortId, paperId] of internals._documentIds) this.paperIds[shortId] = paperId;
  }

  postings(term: string): TermPostings | undefined {
    return this.internals._index.get(term);
  }

  /** Indexed terms that begin with `prefix`, itself included. */
  withPrefix(prefix: string): Iterable<[string, TermPostings]> {
    return this.internals._index.atPrefix(prefix);
  }

  /** Indexed terms within `maxDistance` edits of `term`, with their distance. */
  nearTerms(term: string, maxDistance: number): Map<string, [TermPostings, number]> {
    return this.internals._index.fuzzyGet(term, maxDistance);
  }

  /** The postings as arrays, kept for the next search when they are long. */
  columns(postings: Postings): PostingColumns {
    const cached = this.columnCache.get(postings);
    if (cached) return cached;
    const ids = new Int32Array(postings.size);
    const frequencies = new Float64Array(postings.size);
    let i = 0;
    postings.forEach((frequency, id) => {
      ids[i] = id;
      frequencies[i++] = frequency;
    });
    const columns = { ids, frequencies };
    if (postings.size >= COLUMN_MIN_LENGTH) this.keepColumns(postings, columns);
    return columns;
  }

  private keepColumns(postings: Postings, columns: PostingColumns): void {
    this.columnCache.set(postings, columns);
    this.cachedPostings += columns.ids.length;
    for (const [old, oldColumns] of this.columnCache) {
      if (this.cachedPostings <= COLUMN_CACHE_POSTINGS) break;
      this.columnCache.delete(old);
      this.cachedPostings -= oldColumns.ids.length;
    }
  }

  /**
   * A zeroed array with a number per document, for one computation: `giveBack` it with the
   * documents it set, so the next search reuses it instead of allocating and zeroing another.
   */
  borrowNumbers(): Float64Array {
    return this.spareNumbers.pop() ?? new Float64Array(this.size);
  }

  giveBack(numbers: Float64Array, touched: ArrayLike<number>): void {
    for (let i = 0; i < touched.length; i++) numbers[touched[i]!] = 0;
    this.spareNumbers.push(numbers);
  }

  paperIdOf(shortId: number): number {
    return this.paperIds[shortId]!;
  }

  shortIdOf(paperId: number): number | undefined {
    return this.internals._idToShortId.get(paperId);
  }
}
