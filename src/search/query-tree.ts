import type { IndexPostings, TermPostings } from './index-postings';
import { BM25 } from './index-postings';
import type { SearchField } from './search-documents';
import { UnitMatches } from './unit-matches';

/**
 * A query unit's spellings scored on the index's postings: BM25+ per term and field, as
 * minisearch's `search()` scores them, summed into typed arrays instead of one result object per
 * matching paper. Terms arrive already processed (`toSearchTerm`).
 */

export const FIELD_BOOSTS: Record<SearchField, number> = {
  title: 3,
  authors: 2,
  arxivId: 2,
  sections: 1.5,
  concepts: 1,
  venue: 1,
  abstract: 1,
};

const SEARCH_FIELDS = Object.keys(FIELD_BOOSTS) as SearchField[];

/** minisearch's default weights of a prefix and a fuzzy match against an exact one. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/**
 * Typo tolerance, in edits: terms are stems, shorter than the word typed ("lerning" → "lern"),
 * so one edit from 4 letters and two from 7.
 */
const typoEdits = (term: string) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : 0);
/** A shortened word ("segmentaion" → "segment") weighs this much of an exact match. */
const TRUNCATION_WEIGHT = 0.4;
const MIN_TRUNCATION = 5;

export interface SpellingRequest {
  terms: readonly string[];
  field?: SearchField | undefined;
  /** Words the index does not have get typo and prefix tolerance. */
  tolerant: boolean;
  /** Papers with only some of the words match too, with `coverage` below 1. */
  partial?: boolean;
}

/** One indexed term looked for in place of a query term, and how much it weighs. */
interface TermVariant {
  /** Which term of the spelling it stands for. */
  position: number;
  term: string;
  weight: number;
  /** Counts as finding the query term (a shortened word does not). */
  found: boolean;
  postings: TermPostings;
}

/** A field searched: its id in the index, and its boost. */
type FieldWeight = [fieldId: number, boost: number, name: SearchField];

/**
 * The papers where every term of the spelling occurs (or, `partial`, some), scored by the sum of
 * term scores over the number of terms, so a long spelling does not outscore a short one.
 */
export function matchSpelling(index: IndexPostings, request: SpellingRequest): UnitMatches {
  const fields: FieldWeight[] = (request.field ? [request.field] : SEARCH_FIELDS).map((name) => [
    index.fieldIds[name],
    FIELD_BOOSTS[name],
    name,
  ]);
  const variants = request.terms.flatMap((term, position) =>
    termVariants(index, request.tolerant, term, position, fields),
  );
  const scratch = scratchFor(index);
  for (const variant of variants) addVariantScores(index, scratch, variant, fields);
  const termCount = request.terms.length;
  const needsAll = !request.partial && termCount > 1;
  const matches = scratch.collect(needsAll ? termCount : 1, (found) =>
    request.partial ? Math.max(found, 1) / termCount : 1,
  );
  const scores = matches.scores;
  for (let i = 0; i < scores.length; i++) scores[i]! /= termCount;
  return new UnitMatches(matches.ids, scores, matches.coverages, index.size, (id, into) => {
    for (const variant of variants) {
      for (const [fieldId, , name] of fields) {
        if (!variant.postings.get(fieldId)?.has(id)) continue;
        into.terms.add(variant.term);
        into.fields.add(name);
      }
    }
  });
}

/** Any of the spellings; a paper scores as its best spelling. */
export function matchAnySpelling(
  index: IndexPostings,
  spellings: readonly SpellingRequest[],
): UnitMatches {
  const matches = spellings.map((spelling) => matchSpelling(index, spelling));
  return matches.length === 1 ? matches[0]! : UnitMatches.best(matches, index);
}

/**
 * The term as written and, for a tolerant spelling of a word no paper has in these fields, the
 * near spellings: longer words it begins, words a typo or two away, and the words it begins with
 * (a shortened word). Only unknown words get these, so typo tolerance never drowns the papers
 * that have the word as written.
 */
function termVariants(
  index: IndexPostings,
  tolerant: boolean,
  term: string,
  position: number,
  fields: readonly FieldWeight[],
): TermVariant[] {
  const postings = index.postings(term);
  const exact: TermVariant[] = postings
    ? [{ position, term, weight: 1, found: true, postings }]
    : [];
  const known = postings && fields.some(([fieldId]) => postings.get(fieldId)?.size);
  if (!tolerant || known) return exact;
  const variants = exact;
  const longer = new Set<string>();
  if (term.length >= 3) {
    for (const [word, wordPostings] of index.withPrefix(term)) {
      const distance = word.length - term.length;
      if (distance === 0) continue;
      longer.add(word);
      const weight = (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance);
      variants.push({ position, term: word, weight, found: true, postings: wordPostings });
    }
  }
  const edits = typoEdits(term);
  if (edits > 0) {
    for (const [word, [wordPostings, distance]] of index.nearTerms(term, edits)) {
      if (distance === 0 || longer.has(word)) continue;
      const weight = (FUZZY_WEIGHT * word.length) / (word.length + distance);
      variants.push({ position, term: word, weight, found: true, postings: wordPostings });
    }
  }
  for (let length = term.length - 1; length >= MIN_TRUNCATION; length--) {
    const word = term.slice(0, length);
    const wordPostings = index.postings(word);
    if (!wordPostings) continue;
    variants.push({
      position,
      term: word,
      weight: TRUNCATION_WEIGHT,
      found: false,
      postings: wordPostings,
    });
  }
  return variants;
}

/** BM25+ of one term variant in each field, added to the papers that have it. */
function addVariantScores(
  index: IndexPostings,
  scratch: SpellingScratch,
  variant: TermVariant,
  fields: readonly FieldWeight[],
): void {
  const { k, b, d } = BM25;
  const mark = variant.position + 1;
  for (const [fieldId, boost] of fields) {
    const postings = variant.postings.get(fieldId);
    if (!postings) continue;
    const frequency = postings.size;
    const idf = Math.log(1 + (index.documentCount - frequency + 0.5) / (frequency + 0.5));
    const weight = variant.weight * boost * idf;
    const lengths = index.fieldLengths[fieldId]!;
    const averageLength = index.averageFieldLengths[fieldId]!;
    const { ids, frequencies } = index.columns(postings);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const tf = frequencies[i]!;
      const norm = tf + k * (1 - b + (b * lengths[id]!) / averageLength);
      scratch.add(id, weight * (d + (tf * (k + 1)) / norm), mark, variant.found);
    }
  }
}

/**
 * Per-paper sums while one spelling is scored, in arrays as long as the index, reused from
 * spelling to spelling (only the papers touched are reset).
 */
class SpellingScratch {
  private readonly score: Float64Array;
  /** Terms of the spelling the paper has, and how many of them as written (not shortened). */
  private readonly termsMatched: Uint16Array;
  private readonly termsFound: Uint16Array;
  /** The last term (position + 1) counted for the paper, so each term counts once. */
  private readonly lastMatched: Int32Array;
  private readonly lastFound: Int32Array;
  private touched: number[] = [];

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.termsMatched = new Uint16Array(size);
    this.termsFound = new Uint16Array(size);
    this.lastMatched = new Int32Array(size);
    this.lastFound = new Int32Array(size);
  }

  add(id: number, score: number, mark: number, found: boolean): void {
    this.score[id]! += score;
    if (this.lastMatched[id] !== mark) {
      if (this.termsMatched[id] === 0) this.touched.push(id);
      this.lastMatched[id] = mark;
      this.termsMatched[id]!++;
    }
    if (found && this.lastFound[id] !== mark) {
      this.lastFound[id] = mark;
      this.termsFound[id]!++;
    }
  }

  /** The papers with at least `minTerms` terms, then resets what this spelling touched. */
  collect(
    minTerms: number,
    coverage: (found: number) => number,
  ): { ids: Int32Array; scores: Float64Array; coverages: Float64Array } {
    const { touched } = this;
    const kept = new Int32Array(touched.length);
    let count = 0;
    for (const id of touched) if (this.termsMatched[id]! >= minTerms) kept[count++] = id;
    const ids = kept.slice(0, count);
    const scores = new Float64Array(count);
    const coverages = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      scores[i] = this.score[ids[i]!]!;
      coverages[i] = coverage(this.termsFound[ids[i]!]!);
    }
    for (const id of touched) {
      this.score[id] = 0;
      this.termsMatched[id] = 0;
      this.termsFound[id] = 0;
      this.lastMatched[id] = 0;
      this.lastFound[id] = 0;
    }
    this.touched = [];
    return { ids, scores, coverages };
  }
}

const scratches = new WeakMap<IndexPostings, SpellingScratch>();

function scratchFor(index: IndexPostings): SpellingScratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = new SpellingScratch(index.size);
    scratches.set(index, scratch);
  }
  return scratch;
}
