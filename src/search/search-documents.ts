import type { Paper } from '../model/paper/paper';
import type { Db } from '../store/database';
import { listAuthorsByPaperIds } from '../store/author.store';
import { listEntityLinksByPaperIds } from '../store/entity-link.store';
import { listPillarsByPaperIds } from '../store/entity.store';
import { listAllPapers, listPapersAfterId, listPapersByIds } from '../store/paper.store';
import { listSectionsByPaperIds } from '../store/section.store';

/** What the full-text index sees of a paper. */
export interface SearchDocument {
  id: number;
  title: string;
  authors: string;
  venue: string;
  sections: string;
  /**
   * Names and aliases of the concepts the paper is linked to (algorithms, rewards, benchmarks,
   * paradigms): the bundled corpus carries these links, so a database without abstracts still
   * finds a GenEval paper by "GenEval".
   */
  concepts: string;
  abstract: string;
  arxivId: string;
}

export type SearchField = Exclude<keyof SearchDocument, 'id'>;

/** Every paper as a search document, gathered with one statement per relation. */
export function buildSearchDocuments(db: Db): SearchDocument[] {
  return toSearchDocuments(db, listAllPapers(db));
}

/**
 * Every paper as search documents, a page at a time in id order (the order of
 * `buildSearchDocuments`), so that a big corpus's documents are never all in memory at once.
 */
export function* searchDocumentPages(db: Db, pageSize: number): Generator<SearchDocument[]> {
  for (let afterId = 0; ;) {
    const papers = listPapersAfterId(db, afterId, pageSize);
    if (papers.length === 0) return;
    yield toSearchDocuments(db, papers);
    afterId = papers.at(-1)!.id;
  }
}

/** The search documents of some papers (to check phrases and cut snippets), in id order given. */
export function listSearchDocumentsByIds(db: Db, ids: readonly number[]): SearchDocument[] {
  const papers = listPapersByIds(db, ids).filter((paper): paper is Paper => paper !== undefined);
  return toSearchDocuments(db, papers);
}

function toSearchDocuments(db: Db, papers: Paper[]): SearchDocument[] {
  const ids = papers.map((p) => p.id);
  const authors = listAuthorsByPaperIds(db, ids);
  const sections = listSectionsByPaperIds(db, ids);
  const pillars = listPillarsByPaperIds(db, ids);
  const links = listEntityLinksByPaperIds(db, ids, [
    'algorithm',
    'reward',
    'benchmark',
    'paradigm',
  ]);
  return papers.map((paper, i) => ({
    id: paper.id,
    title: withShortName(paper.title, paper.shortName),
    authors: authors[i]!.map((a) => a.name).join('; '),
    venue: paper.venue ?? '',
    sections: [
      ...sections[i]!.map((s) => s.path.join(' ')),
      ...pillars[i]!.map((p) => p.name),
    ].join('; '),
    concepts: [
      ...new Set(links[i]!.flatMap((link) => [link.entity.name, ...link.entity.aliases])),
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
