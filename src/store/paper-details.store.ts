import type { PaperDetails } from '../model/paper/paper';
import { listAuthorsByPaperIds } from './author.store';
import type { Db } from './database';
import { listPillarsByPaperIds } from './entity.store';
import { listLinksByPaperIds } from './link.store';
import { listPapersByIds } from './paper.store';
import { listSectionsByPaperIds } from './section.store';

/**
 * Papers with their authors, links, sections and pillars, in the order of the ids; ids with no
 * paper are left out. Five statements whatever the number of papers.
 */
export function listPaperDetailsByIds(db: Db, ids: readonly number[]): PaperDetails[] {
  const papers = listPapersByIds(db, ids);
  const authors = listAuthorsByPaperIds(db, ids);
  const links = listLinksByPaperIds(db, ids);
  const sections = listSectionsByPaperIds(db, ids);
  const pillars = listPillarsByPaperIds(db, ids);
  return papers.flatMap((paper, i) =>
    paper
      ? [
          {
            paper,
            authors: authors[i]!.map((author) => author.name),
            links: links[i]!,
            sections: sections[i]!.map((section) => section.path),
            pillars: pillars[i]!.map((pillar) => pillar.name),
          },
        ]
      : [],
  );
}
