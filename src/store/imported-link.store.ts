import type { EntityLink } from '../model/ontology/entity-mention';
import type { EntityKind } from '../model/ontology/ontology';
import type { MentionRelation, TagRule } from '../model/ontology/entity-mention';
import type { Db } from './database';
import { groupRowsBy, jsonIds } from './group-rows';

interface ImportedLinkRow {
  paper_id: number;
  kind: string;
  slug: string;
  relation: string;
  confidence: number;
  field: string;
  matched_text: string;
  start_offset: number;
  end_offset: number;
  rule: string;
}

export function rowToImportedLink(row: ImportedLinkRow): EntityLink {
  return {
    kind: row.kind as EntityKind,
    slug: row.slug,
    relation: row.relation as MentionRelation,
    confidence: row.confidence,
    origin: 'corpus',
    note: null,
    evidence: {
      field: row.field,
      matchedText: row.matched_text,
      start: row.start_offset,
      end: row.end_offset,
      rule: row.rule as TagRule,
    },
  };
}

/** Imported links of each paper, in key order; one statement for any number of papers. */
export function listImportedLinksByPaperIds(db: Db, paperIds: readonly number[]): EntityLink[][] {
  const rows = db
    .prepare(
      `SELECT paper_id, kind, slug, relation, confidence, field, matched_text, start_offset,
         end_offset, rule
       FROM imported_entity_links WHERE paper_id IN (SELECT value FROM json_each(?))
       ORDER BY paper_id, kind, slug, relation`,
    )
    .all(jsonIds(paperIds)) as ImportedLinkRow[];
  return groupRowsBy(paperIds, rows, (row) => row.paper_id, rowToImportedLink);
}

/** Replaces the links one source imported for a paper. */
export function replaceImportedLinks(
  db: Db,
  paperId: number,
  source: string,
  links: readonly EntityLink[],
): void {
  db.prepare('DELETE FROM imported_entity_links WHERE paper_id = ? AND source = ?').run(
    paperId,
    source,
  );
  const insert = db.prepare(
    `INSERT OR REPLACE INTO imported_entity_links (paper_id, kind, slug, relation, confidence, field,
       matched_text, start_offset, end_offset, rule, source)
     VALUES (@paperId, @kind, @slug, @relation, @confidence, @field, @matchedText, @start, @end,
       @rule, @source)`,
  );
  for (const link of links) {
    if (!link.evidence) continue;
    insert.run({
      paperId,
      source,
      kind: link.kind,
      slug: link.slug,
      relation: link.relation,
      confidence: link.confidence,
      ...link.evidence,
    });
  }
}
