import type { CitationRecord, WorkRef } from '../../src/model/citation-network/citation';
import {
  isUsableWorkRef,
  normaliseArxivId,
  normaliseDoi,
  withArxivFromDoi,
} from '../../src/model/citation-network/citation';
import { decodeValue, readJsonDocuments } from '../citations/read-json-values';
import type { ParseResult } from '../types';
import { NotThisFormatError } from '../types';
import type { CrossrefReference, CrossrefWork } from './crossref-schema';
import { CrossrefWorkSchema } from './crossref-schema';

const ARXIV_IN_TEXT = /arxiv[:\s]*(?:\/abs\/)?(\d{4}\.\d{4,5})/i;

/**
 * Reads Crossref works (an API response `{ message: work }` or `{ message: { items } }`, a bare
 * work, an array or JSON Lines of them): one citation record per item of each work's `reference`.
 */
export function parseCrossrefWorks(text: string, file: string): ParseResult<CitationRecord> {
  const works = (readJsonDocuments(text) ?? []).flatMap(({ value, line }) =>
    unwrapMessage(value).map((item) => ({ value: item, line })),
  );
  if (!works.some(({ value }) => CrossrefWorkSchema.safeParse(value).success)) {
    throw new NotThisFormatError(file, 'no Crossref work (DOI, reference)', 1);
  }
  const result: ParseResult<CitationRecord> = { records: [], skipped: [], warnings: [] };
  for (const { value, line } of works) {
    const decoded = decodeValue(
      value,
      `${file}:${line}`,
      line,
      CrossrefWorkSchema,
      'a Crossref work',
    );
    if (!decoded.ok) result.skipped.push(decoded.finding);
    else readWork(decoded.value, file, line, result);
  }
  return result;
}

function readWork(
  work: CrossrefWork,
  file: string,
  line: number,
  result: ParseResult<CitationRecord>,
) {
  const citing = withArxivFromDoi({
    doi: normaliseDoi(work.DOI),
    title: work.title?.[0],
    year: work.issued?.['date-parts']?.[0]?.[0] ?? undefined,
  });
  for (const [index, reference] of (work.reference ?? []).entries()) {
    const cited = crossrefReferenceRef(reference);
    if (!isUsableWorkRef(cited)) {
      result.skipped.push({
        where: `${file}:${line}`,
        code: 'empty-reference',
        reason: `reference ${reference.key ?? index} of ${work.DOI} has no DOI, title or text`,
      });
      continue;
    }
    result.records.push({ format: 'crossref', source: { file, line }, citing, cited });
  }
}

function crossrefReferenceRef(reference: CrossrefReference): WorkRef {
  const raw = reference.unstructured?.trim() || undefined;
  const year = Number(String(reference.year ?? '').slice(0, 4));
  return withArxivFromDoi({
    doi: normaliseDoi(reference.DOI),
    arxivId: raw ? normaliseArxivId(ARXIV_IN_TEXT.exec(raw)?.[1]) : undefined,
    title: reference['article-title'] ?? reference['volume-title'] ?? undefined,
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    raw,
  });
}

function unwrapMessage(value: unknown): unknown[] {
  const message = (value as { message?: unknown } | null)?.message ?? value;
  const items = (message as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items : [message];
}
