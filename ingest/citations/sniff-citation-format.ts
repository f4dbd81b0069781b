/** The citation formats `surveygraph ingest` can tell from a file's content. */
export type SniffedCitationFormat =
  'unarxive' | 's2' | 's2-dataset' | 'openalex' | 'crossref' | 'grobid';

/**
 * The citation format a file's beginning shows, by the keys or elements only that format has;
 * undefined when it shows none (then the extension decides, as for every other input).
 */
export function sniffCitationFormat(head: string): SniffedCitationFormat | undefined {
  if (/<TEI[\s>]/.test(head)) return 'grobid';
  if (/"bib_entries"\s*:/.test(head) && /"paper_id"\s*:/.test(head)) return 'unarxive';
  if (/"citingcorpusid"\s*:/.test(head)) return 's2-dataset';
  if (/"(citedPaper|citingPaper)"\s*:/.test(head)) return 's2';
  if (/"referenced_works"\s*:/.test(head) || /"id"\s*:\s*"https:\/\/openalex\.org\/W/.test(head)) {
    return 'openalex';
  }
  if (/"message-type"\s*:\s*"work/.test(head) || /"reference"\s*:\s*\[/.test(head))
    return 'crossref';
  return undefined;
}
