import type { WorkRef } from './citation';
import { matchRecordByTitle } from '../paper/match-record';
import { normaliseTitle } from '../paper/title-key';

/** What a work is matched against: the graph's papers with their identifiers. */
export interface IdentifiedPaper {
  id: number;
  arxivId: string | null;
  doi: string | null;
  title: string;
  year: number | null;
}

/** matchRecordByTitle's containment rule applies to titles longer than this many words. */
const CONTAINMENT_MIN_WORDS = 5;

export type WorkMatch = { paperId: number; by: 'arxiv' | 'doi' | 'title' };

/**
 * Resolves cited works to papers: by arXiv id, then DOI, then normalised title + year with the
 * same rules as metadata records (`matchRecordByTitle`). Titles are indexed once, so resolving
 * thousands of references costs a map lookup each; only the rarer containment rule scans.
 */
export class PaperMatcher {
  private readonly byArxiv = new Map<string, number>();
  private readonly byDoi = new Map<string, number>();
  private readonly byTitle = new Map<string, IdentifiedPaper[]>();
  private readonly titleKeys: [string, IdentifiedPaper][] = [];

  constructor(papers: readonly IdentifiedPaper[]) {
    for (const paper of papers) this.add(paper);
  }

  add(paper: IdentifiedPaper): void {
    if (paper.arxivId) this.byArxiv.set(paper.arxivId, paper.id);
    if (paper.doi) this.byDoi.set(paper.doi.toLowerCase(), paper.id);
    const key = normaliseTitle(paper.title);
    const same = this.byTitle.get(key) ?? [];
    same.push(paper);
    this.byTitle.set(key, same);
    this.titleKeys.push([key, paper]);
  }

  match(ref: WorkRef): WorkMatch | undefined {
    const arxiv = ref.arxivId ? this.byArxiv.get(ref.arxivId) : undefined;
    if (arxiv !== undefined) return { paperId: arxiv, by: 'arxiv' };
    const doi = ref.doi ? this.byDoi.get(ref.doi) : undefined;
    if (doi !== undefined) return { paperId: doi, by: 'doi' };
    if (!ref.title) return undefined;
    const key = normaliseTitle(ref.title);
    const exact = this.byTitle.get(key);
    // Without an exact title, only the containment rule can match, and only for long titles: scan
    // just the titles that contain this one or are contained in it (cheap string tests).
    const candidates =
      exact && exact.length > 0
        ? exact
        : key.split(' ').length > CONTAINMENT_MIN_WORDS
          ? this.titleKeys
              .filter(([other]) => other.includes(key) || key.includes(other))
              .map(([, paper]) => paper)
          : [];
    if (candidates.length === 0) return undefined;
    const id = matchRecordByTitle({ title: ref.title, year: ref.year }, candidates);
    return id === undefined ? undefined : { paperId: id, by: 'title' };
  }
}
