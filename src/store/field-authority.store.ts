import type { AuthoritativeField } from '../model/paper/field-authority';
import type { Db } from './database';

/** The fields of a paper that a source outranking the list has set. */
export function listAuthoritativeFields(db: Db, paperId: number): Set<AuthoritativeField> {
  const rows = db
    .prepare('SELECT field FROM paper_field_authority WHERE paper_id = ?')
    .pluck()
    .all(paperId) as AuthoritativeField[];
  return new Set(rows);
}

/** Marks fields as set by an authoritative record (`source` is its `file:line`). */
export function markAuthoritativeFields(
  db: Db,
  paperId: number,
  fields: readonly AuthoritativeField[],
  source: string,
): void {
  const insert = db.prepare(
    `INSERT INTO paper_field_authority (paper_id, field, source) VALUES (?, ?, ?)
     ON CONFLICT (paper_id, field) DO UPDATE SET source = excluded.source`,
  );
  for (const field of fields) insert.run(paperId, field, source);
}
