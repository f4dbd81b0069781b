import type { SourceLocation } from '../finding';

/** The metadata formats surveygraph reads paper records from. */
export type PaperRecordFormat = 'bibtex' | 'jsonl' | 'arxiv-atom';

/**
 * Paper metadata as one source states it (a BibTeX entry, a JSON line, an arXiv Atom entry),
 * decoded to plain Unicode text, before it is merged into the graph.
 */
export interface PaperRecord {
  format: PaperRecordFormat;
  source: SourceLocation;
  arxivId?: string | undefined;
  /** Bare DOI, lower-cased, without `https://doi.org/`. */
  doi?: string | undefined;
  title?: string | undefined;
  /** Author names as `Given Family`, in order; `and others` becomes `moreAuthors: true`. */
  authors?: string[] | undefined;
  moreAuthors?: boolean | undefined;
  abstract?: string | undefined;
  /** `YYYY-MM-DD` when the day is known. */
  published?: string | undefined;
  year?: number | undefined;
  month?: number | undefined;
  /** Where it was published (journal or conference), not "arXiv preprint". */
  venue?: string | undefined;
  url?: string | undefined;
  /** BibTeX entry type and key, when the record came from BibTeX. */
  entryType?: string | undefined;
  citationKey?: string | undefined;
  /**
   * An arXiv id that a comment next to the entry names (`% source: …; arxiv: ID`): the paper the
   * curator filed it under. A matching hint only, used when the titles agree (see match-record).
   */
  commentArxivId?: string | undefined;
  /** arXiv categories, primary first. */
  categories?: string[] | undefined;
  journalRef?: string | undefined;
}
