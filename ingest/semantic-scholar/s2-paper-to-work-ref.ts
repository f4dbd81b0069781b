import type { WorkRef } from '../../src/model/citation-network/citation';
import {
  normaliseArxivId,
  normaliseDoi,
  withArxivFromDoi,
} from '../../src/model/citation-network/citation';
import type { S2Paper } from './s2-schema';

/** A Semantic Scholar paper as a work: its corpus id (else paper id), arXiv id, DOI, title. */
export function s2PaperToWorkRef(paper: S2Paper): WorkRef {
  const corpusId = paper.externalIds?.CorpusId;
  return withArxivFromDoi({
    arxivId: normaliseArxivId(paper.externalIds?.ArXiv),
    doi: normaliseDoi(paper.externalIds?.DOI),
    s2Id:
      corpusId !== null && corpusId !== undefined
        ? `corpus:${corpusId}`
        : (paper.paperId ?? undefined),
    title: paper.title ?? undefined,
    year: paper.year ?? undefined,
  });
}
