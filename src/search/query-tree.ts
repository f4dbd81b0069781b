import type MiniSearch from 'minisearch';
import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type { SearchDocument, SearchField } from './search-documents';

/**
 * One spelling of a query unit as minisearch queries: every term must match (AND). Terms arrive
 * already processed (`toSearchTerm`), so minisearch must not process them again.
 */

/** Where a unit matched one paper, and how well. */
export interface UnitMatch {
  score: number;
  /** Share of the spelling's words the paper has: 1, or less for a partly matched phrase. */
  coverage: number;
  /** Indexed terms that matched (stems, after typo tolerance). */
  terms: string[];
  fields: string[];
}

export type UnitMatches = Map<number, UnitMatch>;

export const FIELD_BOOSTS: Record<SearchField, number> = {
  title: 3,
  authors: 2,
  arxivId: 2,
  sections: 1.5,
  concepts: 1,
  venue: 1,
  abstract: 1,
};

const PROCESSED: SearchOptions = {
  boost: FIELD_BOOSTS,
  processTerm: (term) => term,
  tokenize: (text) => text.split(' '),
  prefix: false,
  fuzzy: false,
};

/**
 * Typo tolerance, in edits: terms are stems, shorter than the word typed ("lerning" → "lern"),
 * so one edit from 4 letters and two from 7.
 */
const typoEdits = (term: string) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : false);
/** A shortened word ("segmentaion" → "segment") weighs this much of an exact match. */
const TRUNCATION_WEIGHT = 0.4;
const MIN_TRUNCATION = 5;

/**
 * A word no paper has: look for near spellings instead (typos, prefixes of longer words, and a
 * known word that begins it). Only unknown words get this, so typo tolerance never drowns the
 * papers that have the word as written.
 */
function tolerantTerm(term: string): Query {
  const truncations: Query[] = [];
  for (let k = term.length - 1; k >= MIN_TRUNCATION; k--) {
    truncations.push({ queries: [term.slice(0, k)], boostTerm: () => TRUNCATION_WEIGHT });
  }
  return {
    combineWith: 'OR',
    queries: [
      { queries: [term], prefix: term.length >= 3, fuzzy: typoEdits(term) },
      ...truncations,
    ],
  };
}

export interface SpellingRequest {
  terms: readonly string[];
  field?: SearchField | undefined;
  /** Words the index does not have get typo and prefix tolerance. */
  tolerant: boolean;
  /** Papers with only some of the words match too, with `coverage` below 1. */
  partial?: boolean;
}

/**
 * The papers where every term of the spelling occurs (or, `partial`, some), scored by the sum of
 * term scores over the number of terms, so a long spelling does not outscore a short one.
 */
export function matchSpelling(
  index: MiniSearch<SearchDocument>,
  request: SpellingRequest,
): UnitMatches {
  const options: SearchOptions = {
    ...PROCESSED,
    ...(request.field && { fields: [request.field] }),
  };
  const combineWith = request.partial || request.terms.length === 1 ? 'OR' : 'AND';
  let results = index.search({ combineWith, queries: [...request.terms] }, options);
  if (request.tolerant) {
    const unknown = unknownTerms(index, request.terms, results, combineWith, options);
    if (unknown.size > 0) {
      const queries = request.terms.map((t) => (unknown.has(t) ? tolerantTerm(t) : t));
      results = index.search({ combineWith, queries }, options);
    }
  }
  const matches: UnitMatches = new Map();
  for (const result of results) {
    const quality = Math.max(1, result.queryTerms.length);
    const found = request.terms.filter((term) => result.queryTerms.includes(term)).length;
    const { match } = result;
    let fields: string[] | undefined;
    matches.set(result.id as number, {
      score: result.score / quality / request.terms.length,
      coverage: request.partial ? Math.max(found, 1) / request.terms.length : 1,
      terms: result.terms,
      // Read only for the hits a page shows (see rank-hits.ts): built on first read.
      get fields() {
        return (fields ??= [...new Set(Object.values(match).flat())]);
      },
    });
  }
  return matches;
}

/** Terms no paper has: read off an OR search's results, else asked one by one. */
function unknownTerms(
  index: MiniSearch<SearchDocument>,
  terms: readonly string[],
  results: readonly SearchResult[],
  combineWith: string,
  options: SearchOptions,
): Set<string> {
  if (combineWith === 'OR') {
    const missing = new Set(terms);
    for (const result of results) {
      for (const term of result.queryTerms) missing.delete(term);
      if (missing.size === 0) break;
    }
    return missing;
  }
  if (results.length > 0) return new Set();
  return new Set(terms.filter((term) => index.search(term, options).length === 0));
}

/** Any of the spellings; a paper scores as its best spelling. */
export function matchAnySpelling(
  index: MiniSearch<SearchDocument>,
  spellings: readonly SpellingRequest[],
): UnitMatches {
  const best: UnitMatches = new Map();
  for (const spelling of spellings) {
    for (const [id, match] of matchSpelling(index, spelling)) {
      const current = best.get(id);
      best.set(id, current ? mergeMatches(current, match) : match);
    }
  }
  return best;
}

/** One paper's matches of two spellings; terms and fields merged on first read, like `fields`. */
function mergeMatches(a: UnitMatch, b: UnitMatch): UnitMatch {
  let terms: string[] | undefined;
  let fields: string[] | undefined;
  return {
    score: Math.max(a.score, b.score),
    coverage: Math.max(a.coverage, b.coverage),
    get terms() {
      return (terms ??= [...new Set([...a.terms, ...b.terms])]);
    },
    get fields() {
      return (fields ??= [...new Set([...a.fields, ...b.fields])]);
    },
  };
}
