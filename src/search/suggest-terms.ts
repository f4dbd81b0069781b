import type MiniSearch from 'minisearch';
import type { Db } from '../store/database';
import type { SearchDocument } from './search-documents';
import { listSearchDocumentsByIds } from './search-documents';
import { findWords, foldTerm, toSearchTerm } from './search-terms';

const EXACT = {
  processTerm: (t: string) => t,
  tokenize: (t: string) => [t],
  prefix: false,
  fuzzy: false,
};
/** Looser than search's typo tolerance: a suggestion may be further away than a silent match. */
const SUGGEST = { ...EXACT, fuzzy: 0.4, prefix: true, maxFuzzy: 3 };
const PER_WORD = 3;

/**
 * For each query word the index does not have, the indexed words nearest to it, as papers write
 * them ("reinforcment" → "reinforcement"), most frequent first.
 */
export function suggestTerms(db: Db, index: MiniSearch<SearchDocument>, words: string): string[] {
  const suggestions: string[] = [];
  for (const word of findWords(words)) {
    const term = toSearchTerm(word.text);
    if (term.length < 3 || index.search(term, EXACT).length > 0) continue;
    const results = index.search(term, SUGGEST).slice(0, 20);
    const counts = new Map<string, number>();
    for (const result of results) {
      for (const stem of result.terms) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
    const stems = [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, PER_WORD)
      .map(([stem]) => stem);
    const documents = listSearchDocumentsByIds(
      db,
      results.map((r) => r.id as number),
    );
    for (const stem of stems) {
      const surface = surfaceWord(documents, stem);
      if (surface && !suggestions.includes(surface)) suggestions.push(surface);
    }
  }
  return suggestions;
}

/** The commonest way the papers write a term: `imag` → `image`. */
function surfaceWord(documents: readonly SearchDocument[], stem: string): string | undefined {
  const counts = new Map<string, number>();
  for (const document of documents) {
    for (const text of [document.title, document.abstract, document.concepts]) {
      for (const word of findWords(text)) {
        if (toSearchTerm(word.text) !== stem) continue;
        const folded = foldTerm(word.text);
        counts.set(folded, (counts.get(folded) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
}
