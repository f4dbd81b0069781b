import { findArxivIdInUrl } from '../../src/model/paper/arxiv-id';
import type { CitationRecord, WorkRef } from '../../src/model/citation-network/citation';
import { normaliseDoi, withArxivFromDoi } from '../../src/model/citation-network/citation';
import { decodeValue, readJsonDocuments } from '../citations/read-json-values';
import type { ParseResult } from '../types';
import { NotThisFormatError } from '../types';
import type { OpenAlexWork } from './openalex-schema';
import { OpenAlexWorkSchema } from './openalex-schema';

const OPENALEX_ID = /(?:^|\/)(W\d+)$/i;

/**
 * Reads OpenAlex work objects (one work, an array, a `{ results: [...] }` page, or a snapshot's
 * JSON Lines): one citation record per entry of each work's `referenced_works`.
 */
export function parseOpenAlexWorks(text: string, file: string): ParseResult<CitationRecord> {
  const works = (readJsonDocuments(text) ?? []).flatMap(({ value, line }) =>
    isPage(value) ? value.results.map((item) => ({ value: item, line })) : [{ value, line }],
  );
  if (!works.some(({ value }) => OpenAlexWorkSchema.safeParse(value).success)) {
    throw new NotThisFormatError(file, 'no OpenAlex work object (id, referenced_works)', 1);
  }
  const result: ParseResult<CitationRecord> = { records: [], skipped: [], warnings: [] };
  for (const { value, line } of works) {
    const decoded = decodeValue(
      value,
      `${file}:${line}`,
      line,
      OpenAlexWorkSchema,
      'an OpenAlex work',
    );
    if (!decoded.ok) {
      result.skipped.push(decoded.finding);
      continue;
    }
    readWork(decoded.value, file, line, result);
  }
  return result;
}

function readWork(
  work: OpenAlexWork,
  file: string,
  line: number,
  result: ParseResult<CitationRecord>,
) {
  const citing = openAlexWorkRef(work);
  for (const referenced of work.referenced_works) {
    const id = OPENALEX_ID.exec(referenced)?.[1]?.toUpperCase();
    if (!id) {
      result.skipped.push({
        where: `${file}:${line}`,
        code: 'invalid-openalex-id',
        reason: `referenced work "${referenced}" of ${citing.openalexId ?? work.id} is not an OpenAlex work id`,
      });
      continue;
    }
    result.records.push({
      format: 'openalex',
      source: { file, line },
      citing,
      cited: { openalexId: id },
    });
  }
}

/** The work itself: OpenAlex id, DOI, the arXiv id of an arXiv location, title and year. */
export function openAlexWorkRef(work: OpenAlexWork): WorkRef {
  const locations = [work.primary_location, ...(work.locations ?? [])];
  const arxiv = locations
    .flatMap((location) => [location?.landing_page_url, location?.pdf_url])
    .map((url) => (url ? findArxivIdInUrl(url) : undefined))
    .find((found) => found?.ok);
  return withArxivFromDoi({
    openalexId: OPENALEX_ID.exec(work.id)?.[1]?.toUpperCase(),
    doi: normaliseDoi(work.doi ?? work.ids?.doi),
    arxivId: arxiv?.ok ? arxiv.id : undefined,
    title: work.title ?? work.display_name ?? undefined,
    year: work.publication_year ?? undefined,
  });
}

function isPage(value: unknown): value is { results: unknown[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { results?: unknown }).results)
  );
}
