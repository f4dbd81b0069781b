import type { RecordMerge } from '../../src/model/paper/merge-record-fields';
import type { Paper } from '../../src/model/paper/paper';
import type { PaperRecord } from '../../src/model/paper/paper-record';
import { normalisePersonName } from '../../src/model/paper/person-name';
import { replacePaperAuthors, upsertAuthor } from '../../src/store/author.store';
import type { Db } from '../../src/store/database';
import type { PaperFields } from '../../src/store/paper.store';
import { findPaperByArxivId, updatePaperFields } from '../../src/store/paper.store';
import { markAuthoritativeFields } from '../../src/store/field-authority.store';
import { addProvenance } from '../../src/store/provenance.store';
import { addPaperChange } from '../../src/store/run.store';

/**
 * Writes what the record fills in or outranks (with provenance, and which fields it is now the
 * authority for); returns whether anything changed.
 */
export function applyRecordMerge(
  db: Db,
  runId: number,
  paper: Paper,
  merge: RecordMerge,
  record: PaperRecord,
): boolean {
  const fill = { ...merge.fill } as Partial<PaperFields>;
  if (fill.arxivId && findPaperByArxivId(db, fill.arxivId as string)) delete fill.arxivId;
  updatePaperFields(db, paper.id, fill, runId);
  const source = { runId, sourceFile: record.source.file, sourceLine: record.source.line };
  for (const [fact, value] of Object.entries(fill))
    addProvenance(db, paper.id, { ...source, fact, value: String(value) });
  if (merge.authors) {
    replacePaperAuthors(
      db,
      paper.id,
      merge.authors.map((name) => upsertAuthor(db, name, normalisePersonName(name))),
    );
    addProvenance(db, paper.id, { ...source, fact: 'authors', value: merge.authors.join('; ') });
  }
  markAuthoritativeFields(
    db,
    paper.id,
    merge.authoritative,
    `${record.source.file}:${record.source.line}`,
  );
  const changed = Object.keys(fill).length > 0 || merge.authors !== undefined;
  if (changed) addPaperChange(db, { runId, paperId: paper.id, change: 'updated' });
  return changed;
}
