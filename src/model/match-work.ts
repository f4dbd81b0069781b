import type { WorkRef } from './citation';
import { matchRecordByTitle } from './match-record';
import { normaliseTitle } from './title-key';

/** What a work is matched against: the graph's papers with their identifiers. */
export interface IdentifiedPaper {
  id: number;
  arxivId: string | null;
  doi: string | null;
  title: string;
  year: number | null;
}

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

  constructor(private readonly papers: readonly IdentifiedPaper[]) {
    for (const paper of papers) this.add(paper);
  }

  add(paper: IdentifiedPaper): void {
    if (paper.arxivId) this.byArxiv.set(paper.arxivId, paper.id);
    if (paper.doi) this.byDoi.set(paper.doi.toLowerCase(), paper.id);
    const key = normaliseTitle(paper.title);
    const same = this.byTitle.get(key) ?? [];
    same.push(paper);
    this.byTitle.set(key, same);
  }

  match(ref: WorkRef): WorkMatch | undefined {
    const arxiv = ref.arxivId ? this.byArxiv.get(ref.arxivId) : undefined;
    if (arxiv !== undefined) return { paperId: arxiv, by: 'arxiv' };
    const doi = ref.doi ? this.byDoi.get(ref.doi) : undefined;
    if (doi !== undefined) return { paperId: doi, by: 'doi' };
    if (!ref.title) return undefined;
    const exact = this.byTitle.get(normaliseTitle(ref.title));
    const candidates = exact && exact.length > 0 ? exact : this.papers;
    const id = matchRecordByTitle({ title: ref.title, year: ref.year }, candidates);
    return id === undefined ? undefined : { paperId: id, by: 'title' };
  }
}
