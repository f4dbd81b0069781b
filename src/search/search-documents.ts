import type { Db } from '../store/database';
import { listAuthorsByPaperIds } from '../store/author.store';
import { listPillarsByPaperIds } from '../store/entity.store';
import { listAllPapers } from '../store/paper.store';
import { listSectionsByPaperIds } from '../store/section.store';

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
    title: withShortName(paper.title, paper.shortName),
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

/** A short name the title does not spell (`DT` for "Decision Transformer: …") is searched as title text. */
function withShortName(title: string, shortName: string | null | undefined): string {
  if (!shortName || title.toLowerCase().includes(shortName.toLowerCase())) return title;
  return `${title} (${shortName})`;
}
