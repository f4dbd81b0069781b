import type { PaperLink } from '../model/paper/paper';
import type { LinkKind } from '../model/curation/survey-list';
import type { Db } from './database';
import { groupRowsBy, jsonIds } from './group-rows';

interface LinkRow {
  paper_id: number;
  kind: string;
  url: string;
}

export function rowToLink(row: LinkRow): PaperLink {
  return { kind: row.kind as LinkKind, url: row.url };
}

export function listLinksByPaperIds(db: Db, paperIds: readonly number[]): PaperLink[][] {
  const rows = db
    .prepare(
      `SELECT paper_id, kind, url FROM paper_links WHERE paper_id IN (SELECT value FROM json_each(?))
       ORDER BY paper_id, rowid`,
    )
    .all(jsonIds(paperIds)) as LinkRow[];
  return groupRowsBy(paperIds, rows, (row) => row.paper_id, rowToLink);
}

/** Adds links the paper does not have yet; returns how many were new. */
export function addPaperLinks(db: Db, paperId: number, links: readonly PaperLink[]): number {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO paper_links (paper_id, kind, url) VALUES (?, ?, ?)',
  );
  return links.reduce((added, link) => added + insert.run(paperId, link.kind, link.url).changes, 0);
}
