import type { PaperHit } from '../../src/search/paper-index';

/** Hits as plain values, the matched terms and fields (read on demand) included, to compare. */
export function hitValues(hits: readonly PaperHit[]) {
  return hits.map(({ paperId, score, matchedAll, terms, fields }) => ({
    paperId,
    score,
    matchedAll,
    terms,
    fields,
  }));
}
