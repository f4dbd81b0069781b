import type { CitationRecord, WorkRef } from '../../src/model/citation-network/citation';
import { withArxivFromDoi } from '../../src/model/citation-network/citation';
import type { ParseResult } from '../types';
import { parseBibtex } from './parse-bibtex';

/**
 * Reads a paper's own bibliography (a survey's `reference.bib`): every entry the BibTeX reader
 * keeps is a work `citing` cites, identified by its arXiv id, DOI, title and year; entries it
 * skips stay skipped with their reasons.
 */
export function parseBibtexReferences(
  text: string,
  file: string,
  citing: WorkRef,
): ParseResult<CitationRecord> {
  const parsed = parseBibtex(text, file);
  return {
    skipped: parsed.skipped,
    warnings: parsed.warnings,
    records: parsed.records.map((record) => ({
      format: 'bibtex-references',
      source: record.source,
      citing,
      cited: withArxivFromDoi({
        arxivId: record.arxivId,
        doi: record.doi,
        title: record.title,
        year: record.year,
      }),
    })),
  };
}
