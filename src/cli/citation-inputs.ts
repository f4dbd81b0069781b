import { parseBibtexReferences } from '../../ingest/bibtex/parse-bibtex-references';
import { parseCrossrefWorks } from '../../ingest/crossref/parse-crossref-works';
import { parseGrobidTei } from '../../ingest/grobid/parse-grobid-tei';
import { parseOpenAlexWorks } from '../../ingest/openalex/parse-openalex-works';
import { parseS2CitationsDataset } from '../../ingest/semantic-scholar/parse-s2-citations-dataset';
import { parseS2Response } from '../../ingest/semantic-scholar/parse-s2-response';
import { sniffCitationFormat } from '../../ingest/citations/sniff-citation-format';
import type { ParseResult } from '../../ingest/types';
import { parseUnarxive } from '../../ingest/unarxive/parse-unarxive';
import type { CitationRecord, WorkRef } from '../model/citation-network/citation';
import { parseWorkRefText } from '../model/citation-network/citation';
import { UsageError } from './io';

export const CITATION_FORMATS = [
  'unarxive',
  's2',
  's2-dataset',
  'openalex',
  'crossref',
  'grobid',
] as const;
export type CitationInputFormat = (typeof CITATION_FORMATS)[number] | 'bibtex-references';

/** Where the CLI takes the paper a file is about: `--references-of` / `--citations-of`. */
export interface CitationSubject {
  referencesOf?: string | undefined;
  citationsOf?: string | undefined;
}

/** The citation format of a file's text, when its content shows one (JSON keys, a TEI root). */
export function sniffCitationText(text: string): CitationInputFormat | undefined {
  const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
  return sniffCitationFormat(firstLine.length > 200 ? firstLine : text.slice(0, 200_000));
}

/** Parses a citation file; the subject options say which paper a bibliography or S2 page is about. */
export function parseCitationText(
  format: CitationInputFormat,
  text: string,
  file: string,
  subject: CitationSubject,
): ParseResult<CitationRecord> {
  switch (format) {
    case 'unarxive':
      return parseUnarxive(text, file);
    case 's2-dataset':
      return parseS2CitationsDataset(text, file);
    case 'openalex':
      return parseOpenAlexWorks(text, file);
    case 'crossref':
      return parseCrossrefWorks(text, file);
    case 'grobid':
      return parseGrobidTei(text, file);
    case 'bibtex-references':
      return parseBibtexReferences(text, file, subjectRef(subject.referencesOf, '--references-of'));
    case 's2':
      return parseS2Page(text, file, subject);
  }
}

function parseS2Page(text: string, file: string, subject: CitationSubject) {
  const ref = subject.referencesOf ?? subject.citationsOf;
  const flag = subject.referencesOf ? '--references-of' : '--citations-of';
  const parsed = parseS2Response(text, file, subjectRef(ref, '--references-of or --citations-of'));
  const expected = subject.referencesOf ? 'references' : 'citations';
  if (parsed.direction !== expected) {
    throw new UsageError(
      `${file}: these are Semantic Scholar ${parsed.direction} (items have ${parsed.direction === 'references' ? 'citedPaper' : 'citingPaper'}), but ${flag} was given; use --${parsed.direction}-of`,
    );
  }
  return parsed;
}

/** A paper named on the command line as a work: an arXiv id or URL, or a DOI (bare or URL). */
export function subjectRef(text: string | undefined, flag: string): WorkRef {
  if (!text) {
    throw new UsageError(
      `this file does not say which paper it is about; pass ${flag} <arXiv id or DOI>`,
    );
  }
  const ref = parseWorkRefText(text);
  if (ref) return ref;
  throw new UsageError(
    `${flag} "${text}": give the paper's arXiv id (2509.08827) or DOI (10.1145/…)`,
  );
}
