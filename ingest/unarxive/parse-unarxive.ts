import type { CitationRecord, WorkRef } from '../../src/model/citation-network/citation';
import {
  isUsableWorkRef,
  normaliseArxivId,
  normaliseDoi,
  withArxivFromDoi,
} from '../../src/model/citation-network/citation';
import { readJsonLines } from '../citations/read-json-values';
import type { ParseResult } from '../types';
import { NotThisFormatError } from '../types';
import { collectCitationContexts } from './citation-contexts';
import type { UnarxiveBibEntry, UnarxiveLine } from './unarxive-schema';
import { UnarxiveLineSchema } from './unarxive-schema';

/**
 * Reads unarXive JSONL: one citation record per bib entry of each paper, with the sentences
 * around its markers as contexts. Every bib entry is accounted for: a record (its resolved ids,
 * else its raw string) or a skipped finding saying why.
 */
export function parseUnarxive(text: string, file: string): ParseResult<CitationRecord> {
  const lines = readJsonLines(text, file, UnarxiveLineSchema, 'an unarXive paper');
  if (!lines.some((line) => line.ok)) {
    throw new NotThisFormatError(file, 'no line is an unarXive paper (paper_id, bib_entries)');
  }
  const result: ParseResult<CitationRecord> = { records: [], skipped: [], warnings: [] };
  for (const line of lines) {
    if (!line.ok) result.skipped.push(line.finding);
    else readPaper(line.value, file, line.line, result);
  }
  return result;
}

function readPaper(
  paper: UnarxiveLine,
  file: string,
  line: number,
  result: ParseResult<CitationRecord>,
): void {
  const citing = citingRef(paper);
  if (!citing.arxivId) {
    result.skipped.push({
      where: `${file}:${line}`,
      code: 'invalid-arxiv-id',
      reason: `paper_id "${paper.paper_id}" is not an arXiv id; its ${Object.keys(paper.bib_entries).length} bib entries are skipped`,
    });
    return;
  }
  const contexts = collectCitationContexts(paper.body_text ?? []);
  for (const [key, entry] of Object.entries(paper.bib_entries)) {
    const cited = citedRef(entry);
    if (!isUsableWorkRef(cited)) {
      result.skipped.push({
        where: `${file}:${line}`,
        code: 'empty-bib-entry',
        reason: `bib entry ${key} of ${paper.paper_id} has neither an identifier nor a reference string`,
      });
      continue;
    }
    result.records.push({
      format: 'unarxive',
      source: { file, line },
      citing,
      cited,
      contexts: contexts.get(key),
    });
  }
}

function citingRef(paper: UnarxiveLine): WorkRef {
  const created = paper.metadata?.versions?.[0]?.created;
  const year = created ? /\b(\d{4})\b/.exec(created)?.[1] : undefined;
  return {
    arxivId: normaliseArxivId(paper.paper_id),
    doi: normaliseDoi(paper.metadata?.doi),
    title: paper.metadata?.title?.replace(/\s+/g, ' ').trim() || undefined,
    year: year ? Number(year) : undefined,
  };
}

function citedRef(entry: UnarxiveBibEntry): WorkRef {
  const ids = entry.ids;
  const contained = entry.contained_arXiv_ids?.map((c) => normaliseArxivId(c.id)).find(Boolean);
  const openalex = ids?.open_alex_id ? /W\d+$/.exec(ids.open_alex_id)?.[0] : undefined;
  return withArxivFromDoi({
    arxivId: normaliseArxivId(ids?.arxiv_id) ?? contained,
    doi: normaliseDoi(ids?.doi),
    openalexId: openalex,
    raw: entry.bib_entry_raw?.replace(/\s+/g, ' ').trim() || undefined,
  });
}
