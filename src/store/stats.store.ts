import type { Db } from './database';

export interface GraphStats {
  papers: number;
  listedPapers: number;
  arxivPapers: number;
  papersWithCode: number;
  authors: number;
  lists: number;
  sections: number;
  conflicts: number;
  runs: number;
  byPillar: { slug: string; name: string; papers: number }[];
}

export function readGraphStats(db: Db): GraphStats {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    papers: count('SELECT count(*) FROM papers'),
    listedPapers: count('SELECT count(DISTINCT paper_id) FROM paper_sections'),
    arxivPapers: count('SELECT count(*) FROM papers WHERE arxiv_id IS NOT NULL'),
    papersWithCode: count(`SELECT count(DISTINCT paper_id) FROM paper_links WHERE kind = 'code'`),
    authors: count('SELECT count(*) FROM authors'),
    lists: count('SELECT count(*) FROM lists'),
    sections: count('SELECT count(*) FROM sections WHERE listed = 1'),
    conflicts: count('SELECT count(*) FROM conflicts'),
    runs: count('SELECT count(*) FROM ingest_runs'),
    byPillar: db
      .prepare(
        `SELECT e.slug, e.name, count(DISTINCT ps.paper_id) AS papers FROM entities e
         LEFT JOIN sections s ON s.pillar_id = e.id LEFT JOIN paper_sections ps ON ps.section_id = s.id
         WHERE e.kind IN ('pillar', 'group') GROUP BY e.id ORDER BY e.kind DESC, e.id`,
      )
      .all() as GraphStats['byPillar'],
  };
}
