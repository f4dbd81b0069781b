import type { IncomingMessage, ServerResponse } from 'node:http';
import { listAuthorsByPaperIds } from '../../src/store/author.store';
import type { Db } from '../../src/store/database';
import { listEntityLinksByPaperIds } from '../../src/store/entity-link.store';
import { countPapers, listPaperIds, listPapersByIds } from '../../src/store/paper.store';
import { listSectionsByPaperIds } from '../../src/store/section.store';

/**
 * The GraphQL baseline: the 100-paper page's data (papers, authors, sections, algorithms)
 * fetched with the same store functions, hence the same SQL, and written as JSON by a plain
 * node:http handler. Our overhead over it is the GraphQL layer's.
 */
export function handWrittenPage(db: Db) {
  return (_: IncomingMessage, response: ServerResponse) => {
    const ids = listPaperIds(db, { limit: 100, offset: 0 });
    const papers = listPapersByIds(db, ids);
    const authors = listAuthorsByPaperIds(db, ids);
    const sections = listSectionsByPaperIds(db, ids);
    const algorithms = listEntityLinksByPaperIds(db, ids, ['algorithm']);
    const edges = papers.map((paper, i) => ({
      node: {
        title: paper!.title,
        year: paper!.year,
        authors: authors[i]!.map((a) => ({ name: a.name })),
        sections: sections[i]!.map((s) => ({ name: s.name, path: s.path })),
        algorithms: algorithms[i]!.map((l) => ({
          relation: l.relation,
          algorithm: { name: l.entity.name },
        })),
      },
    }));
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ data: { papers: { totalCount: countPapers(db), edges } } }));
  };
}
