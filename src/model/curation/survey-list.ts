import type { SourceLocation } from '../finding';

/** What a link attached to a listed paper points at. */
export type LinkKind =
  | 'arxiv' // an arXiv abstract/pdf/html page
  | 'paper' // the paper itself somewhere else (publisher, OpenReview, PDF)
  | 'code' // a source repository
  | 'project' // a project or demo page
  | 'doi'
  | 'blog'
  | 'course'
  | 'model' // model weights, e.g. a Hugging Face model card
  | 'dataset'
  | 'web'; // anything else

/** What kind of work an entry is, judged from its links and its date note. */
export type PaperKind = 'preprint' | 'publication' | 'blog' | 'course' | 'web';

export interface EntryLink {
  kind: LinkKind;
  url: string;
  /** The badge alt text or link text that introduced this link (`Star`, `Code`, `Website`). */
  label?: string | undefined;
}

/** A heading of the list that holds entries (directly or below). `path` runs from the top. */
export interface SurveySection {
  path: string[];
  line: number;
}

/** One paper as one list states it, before identity resolution. */
export interface SurveyEntry {
  title: string;
  /** The title link (or the `[Paper]` link for plain-text titles). */
  url: string;
  /** Normalised, validated arXiv id (no version), when the entry carries one. */
  arxivId?: string | undefined;
  doi?: string | undefined;
  year?: number | undefined;
  month?: number | undefined;
  venue?: string | undefined;
  /** The date note exactly as written, e.g. `Jun. 2024, NeurIPS 2024`. */
  dateText?: string | undefined;
  kind: PaperKind;
  links: EntryLink[];
  sectionPath: string[];
  source: SourceLocation;
  /** The paper's short name as the list gives it (`DT`, `GRPO`), when it gives one apart from the title. */
  shortName?: string | undefined;
  /** Authors as an entry's sub-line or column names them, in order. */
  authors?: string[] | undefined;
}

/** A whole list: its title, the sections that hold entries, and the entries in reading order. */
export interface SurveyList {
  title: string | null;
  /** The survey the list accompanies, when it names one; never one of `entries`. */
  survey?: ListSurvey | undefined;
  /** How much of the list's arXiv links the parser understood (awesome-lists only). */
  coverage?: ArxivCoverage | undefined;
  sections: SurveySection[];
  entries: SurveyEntry[];
}

/** The survey paper a list accompanies (cited in its citation block or linked in its header). */
export interface ListSurvey {
  arxivId: string;
  title: string;
  /** Where the list names it. */
  line: number;
}

/** How many of the arXiv papers a list links to its parse understood, and where it did not. */
export interface ArxivCoverage {
  /** Distinct valid arXiv ids the rendered list links to (outside comments and code). */
  linked: number;
  /** Of those, the ids that became entries. */
  entries: number;
  /** The list's own survey, when its id is among them. */
  survey?: string | undefined;
  /**
   * Ids accounted for otherwise, with why: only in items skipped with a reason (`news-item`), or
   * linked by an entry that carries another id (`other-id-of-an-entry`).
   */
  skipped: { id: string; line: number; code: string }[];
  /** Ids linked from lines no entry was read from. */
  notUnderstood: { id: string; line: number }[];
}

/** Share of linked ids that became entries or the list's survey; 1 for a list without arXiv links. */
export function coverageShare(coverage: ArxivCoverage): number {
  if (coverage.linked === 0) return 1;
  return (coverage.entries + (coverage.survey ? 1 : 0)) / coverage.linked;
}
