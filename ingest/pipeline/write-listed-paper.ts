import type { AuthoritativeField } from '../../src/model/paper/field-authority';
import { betterCasedTitle, dateOfPaper } from '../../src/model/paper/field-authority';
import type { ListedPaper } from '../../src/model/curation/merge-list-entries';
import type { Paper } from '../../src/model/paper/paper';
import { normaliseTitle } from '../../src/model/paper/title-key';
import { SAME_WORK_SIMILARITY, titleSimilarity } from '../../src/model/paper/title-similarity';
import type { Db } from '../../src/store/database';
import { normalisePersonName } from '../../src/model/paper/person-name';
import { listAuthoritativeFields } from '../../src/store/field-authority.store';
import { addPaperLinks } from '../../src/store/link.store';
import {
  listAuthorNamesOfPaper,
  replacePaperAuthors,
  upsertAuthor,
} from '../../src/store/author.store';
import type { PaperFields } from '../../src/store/paper.store';
import {
  findPaperByArxivId,
  findPaperByKey,
  insertPaper,
  updatePaper,
} from '../../src/store/paper.store';
import { addConflict, addProvenance } from '../../src/store/provenance.store';
import type { PaperChange } from '../../src/store/run.store';

/**
 * Writes one work as a list states it: a new paper, or the known one (found by key, else arXiv
 * id) updated with what the list says. A title too unlike the stored one is kept as a conflict,
 * not written over. Returns the paper's id and how it changed, if it did.
 */
export function writeListedPaper(
  db: Db,
  runId: number,
  listed: ListedPaper,
): { paperId: number; change?: PaperChange } {
  const existing =
    findPaperByKey(db, listed.key) ??
    (listed.arxivId ? findPaperByArxivId(db, listed.arxivId) : undefined);
  const pinned = existing
    ? listAuthoritativeFields(db, existing.id)
    : new Set<AuthoritativeField>();
  const fields = fieldsFromList(listed, existing, pinned);
  const { paperId, change } = existing
    ? updateListedPaper(db, runId, existing, fields, listed)
    : { paperId: insertPaper(db, fields, runId), change: 'added' as const };
  recordListConflicts(db, runId, paperId, listed, fields);
  const linked = addPaperLinks(db, paperId, listed.links) > 0;
  writeProvenance(db, runId, paperId, listed);
  writeListedAuthors(db, runId, paperId, listed);
  const changed = change ?? (linked ? 'updated' : undefined);
  return changed ? { paperId, change: changed } : { paperId };
}

function updateListedPaper(
  db: Db,
  runId: number,
  existing: Paper,
  fields: PaperFields,
  listed: ListedPaper,
): { paperId: number; change?: PaperChange } {
  if (!existing.title || titleSimilarity(existing.title, listed.title) < SAME_WORK_SIMILARITY) {
    const { file, line } = listed.placements[0]!.source;
    addConflict(db, runId, {
      paperId: existing.id,
      field: 'title',
      keptValue: existing.title,
      otherValue: listed.title,
      keptSource: null,
      otherSource: `${file}:${line}`,
    });
    fields.title = existing.title;
  }
  if (!differs(existing, fields)) return { paperId: existing.id };
  updatePaper(db, existing.id, fields, runId);
  return { paperId: existing.id, change: 'updated' };
}
/**
 * What a list says about a paper, under the authority rule (src/model/paper/field-authority.ts): the
 * list does not override a field an arXiv record or a published venue set, a paper with an arXiv
 * id is dated by the id, and a case-only title difference keeps the better-cased spelling.
 * What the list does not say (abstract, exact date) is kept.
 */
function fieldsFromList(
  listed: ListedPaper,
  existing: Paper | undefined,
  pinned: ReadonlySet<AuthoritativeField>,
): PaperFields {
  const keep = <T>(
    field: AuthoritativeField,
    mine: T | undefined,
    theirs: T | undefined | null,
  ): T | null => (existing && pinned.has(field) ? (theirs ?? null) : (mine ?? theirs ?? null));
  const arxivId = listed.arxivId ?? existing?.arxivId ?? null;
  const date = dateOfPaper(arxivId, listed.year ?? existing?.year, listed.month ?? existing?.month);
  return {
    key: existing?.key ?? listed.key,
    arxivId,
    doi: keep('doi', listed.doi, existing?.doi),
    title: titleFromList(listed.title, existing?.title, pinned.has('title')),
    ...date,
    venue: keep('venue', listed.venue, existing?.venue),
    dateText: listed.dateText ?? existing?.dateText ?? null,
    published: existing?.published ?? null,
    kind: listed.kind,
    abstract: existing?.abstract ?? null,
    shortName: listed.shortName ?? existing?.shortName ?? null,
  };
}

function titleFromList(listed: string, existing: string | undefined, pinned: boolean): string {
  if (!existing) return listed;
  if (pinned) return existing;
  return normaliseTitle(existing) === normaliseTitle(listed)
    ? betterCasedTitle(listed, existing)
    : listed;
}

/** The list's own title and date, where the stored paper keeps another, become conflicts. */
function recordListConflicts(
  db: Db,
  runId: number,
  paperId: number,
  listed: ListedPaper,
  fields: PaperFields,
): void {
  const { file, line } = listed.placements[0]!.source;
  const add = (field: string, keptValue: string, otherValue: string) =>
    addConflict(db, runId, {
      paperId,
      field,
      keptValue,
      otherValue,
      keptSource: null,
      otherSource: `${file}:${line}`,
    });
  if (
    fields.title !== listed.title &&
    titleSimilarity(fields.title, listed.title) >= SAME_WORK_SIMILARITY
  )
    add('title', fields.title, listed.title);
  const listedDate = formatYearMonth(listed.year, listed.month);
  const keptDate = formatYearMonth(fields.year ?? undefined, fields.month ?? undefined);
  if (listed.year !== undefined && listedDate !== keptDate.slice(0, listedDate.length))
    add('date', keptDate, listed.dateText ?? listedDate);
}

function formatYearMonth(year: number | undefined, month: number | undefined): string {
  if (year === undefined) return '';
  return month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}

function differs(existing: Paper, fields: PaperFields): boolean {
  return (Object.keys(fields) as (keyof PaperFields)[]).some(
    (name) => existing[name] !== fields[name],
  );
}

/** Authors a list names fill a paper that has none; metadata records remain the authority. */
function writeListedAuthors(db: Db, runId: number, paperId: number, listed: ListedPaper): void {
  if (!listed.authors?.length || listAuthorNamesOfPaper(db, paperId).length > 0) return;
  const ids = listed.authors.map((name) => upsertAuthor(db, name, normalisePersonName(name)));
  replacePaperAuthors(db, paperId, ids);
  const { file, line } = listed.placements[0]!.source;
  const value = listed.authors.join('; ');
  addProvenance(db, paperId, { runId, sourceFile: file, sourceLine: line, fact: 'authors', value });
}

function writeProvenance(db: Db, runId: number, paperId: number, listed: ListedPaper): void {
  for (const { sectionPath, source } of listed.placements) {
    const base = { runId, sourceFile: source.file, sourceLine: source.line };
    addProvenance(db, paperId, { ...base, fact: 'listed_in', value: sectionPath.join(' / ') });
    addProvenance(db, paperId, { ...base, fact: 'title', value: listed.title });
    if (listed.shortName)
      addProvenance(db, paperId, { ...base, fact: 'short_name', value: listed.shortName });
    if (listed.dateText)
      addProvenance(db, paperId, { ...base, fact: 'date', value: listed.dateText });
    for (const link of listed.links)
      addProvenance(db, paperId, { ...base, fact: `link:${link.kind}`, value: link.url });
  }
}
