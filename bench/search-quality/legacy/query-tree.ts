import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type { QueryUnit } from './expand-query';

/**
 * An expanded query as a minisearch query tree: units combined with AND (or OR as a fallback),
 * each unit an OR of its spellings, each spelling an AND of its words.
 */

const fuzziness = (term: string) => (term.length >= 5 ? 0.2 : false);

/** How a query word matches indexed terms: prefixes from 3 letters, typos from 5. */
export const MATCH_OPTIONS: SearchOptions = {
  prefix: (term: string) => term.length >= 3,
  fuzzy: fuzziness,
};

/**
 * All words of a spelling must match, each weighing 1/n so a long spelling does not outscore a
 * short one. The query's own words keep prefix and typo tolerance; the other spellings are ours,
 * correctly spelled, so they match exactly ("action" must not find "actions", "preference" not
 * "reference").
 */
function phrase(terms: readonly string[], exact: boolean): Query {
  const options: SearchOptions = exact ? { prefix: false, fuzzy: false } : {};
  if (terms.length === 1 && !exact) return terms[0]!;
  return {
    ...options,
    combineWith: 'AND',
    boostTerm: () => 1 / terms.length,
    queries: [terms.join(' ')],
  };
}

/** Whether typo tolerance already makes `a` find what `b` finds (optimisation ≈ optimization). */
function isTypoOf(a: string, b: string): boolean {
  if (a === b) return true;
  const fuzzy = fuzziness(a);
  return fuzzy !== false && editDistance(a, b) <= Math.round(a.length * fuzzy);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The unit as written, or any of its other spellings the typo tolerance does not already cover. */
function unitQuery(unit: QueryUnit): Query {
  if (unit.alternatives.length === 0) return phrase(unit.terms, false);
  const covered = (terms: string[]) =>
    terms.length === unit.terms.length && unit.terms.every((term, i) => isTypoOf(term, terms[i]!));
  const others = unit.alternatives.filter((alternative) => !covered(alternative.terms));
  return {
    combineWith: 'OR',
    queries: [
      phrase(unit.terms, false),
      ...others.map((alternative) => phrase(alternative.terms, true)),
    ],
  };
}

/** Every unit (AND) or any unit (OR); each unit is itself any of its spellings. */
export function toQueryTree(units: readonly QueryUnit[], combineWith: 'AND' | 'OR'): Query {
  return { combineWith, queries: units.map(unitQuery) };
}

/**
 * Minisearch multiplies a score by the number of query terms matched; with expansion that would
 * favour a spelled-out name over its abbreviation, so count the units matched instead.
 */
export function rescoreByUnits(
  results: SearchResult[],
  units: readonly QueryUnit[],
): SearchResult[] {
  const unitTerms = units.map(
    (unit) => new Set([unit, ...unit.alternatives].flatMap((s) => s.terms)),
  );
  return results
    .map((result) => {
      const matched = new Set(result.queryTerms);
      const quality = unitTerms.filter((terms) => [...terms].some((t) => matched.has(t))).length;
      return { ...result, score: (result.score / Math.max(1, matched.size)) * quality };
    })
    .sort((a, b) => b.score - a.score);
}
