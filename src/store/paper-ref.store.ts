import type { PaperRef } from '../model/selection/paper-selection';
import type { Db } from './database';

/**
 * The paper each reference names, in the order given (undefined where none), in one statement.
 * A `key` matches a paper key (`arxiv:…`, `doi:…`, `title:…`) first, else a citation key, else
 * a retired one (a provisional key an older export printed).
 */
export function findPaperIdsByRefs(db: Db, refs: readonly PaperRef[]): (number | undefined)[] {
  const encoded = refs.map((ref) =>
    'paperId' in ref
      ? ['id', ref.paperId]
      : 'arxivId' in ref
        ? ['arxiv', ref.arxivId]
        : ['key', ref.key],
  );
  const rows = db
    .prepare(
      `SELECT r.key AS position, CASE json_extract(r.value, '$[0]')
         WHEN 'id' THEN (SELECT id FROM papers WHERE id = json_extract(r.value, '$[1]'))
         WHEN 'arxiv' THEN (SELECT id FROM papers WHERE arxiv_id = json_extract(r.value, '$[1]'))
         ELSE coalesce(
           (SELECT id FROM papers WHERE key = json_extract(r.value, '$[1]')),
           (SELECT paper_id FROM citation_keys WHERE key = json_extract(r.value, '$[1]')),
           (SELECT paper_id FROM retired_citation_keys WHERE key = json_extract(r.value, '$[1]')))
       END AS paper_id
       FROM json_each(?) r ORDER BY r.key`,
    )
    .all(JSON.stringify(encoded)) as { position: number; paper_id: number | null }[];
  return rows.map((row) => row.paper_id ?? undefined);
}
