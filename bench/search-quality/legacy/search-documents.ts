import type { Db } from '../../../src/store/database';
import { listAuthorsByPaperIds } from '../../../src/store/author.store';
import { listPillarsByPaperIds } from '../../../src/store/entity.store';
import { listAllPapers } from '../../../src/store/paper.store';
import { listSectionsByPaperIds } from '../../../src/store/section.store';

/** What the full-text index sees of a paper. */
export interface SearchDocument {
  id: number;
  title: string;
  authors: string;
  venue: string;
  sections: string;
  abstract: string;
  arxivId: string;
}

/** Every paper as a search document, gathered with one statement per relation. */
export function buildSearchDocuments(db: Db): SearchDocument[] {
  const papers = listAllPapers(db);
  const ids = papers.map((p) => p.id);
  const authors = listAuthorsByPaperIds(db, ids);
  const sections = listSectionsByPaperIds(db, ids);
  const pillars = listPillarsByPaperIds(db, ids);
  return papers.map((paper, i) => ({
    id: paper.id,
    title: paper.title,
    authors: authors[i]!.map((a) => a.name).join('; '),
    venue: paper.venue ?? '',
    sections: [
      ...sections[i]!.map((s) => s.path.join(' ')),
      ...pillars[i]!.map((p) => p.name),
    ].join('; '),
    abstract: paper.abstract ?? '',
    arxivId: paper.arxivId ?? '',
  }));
}
