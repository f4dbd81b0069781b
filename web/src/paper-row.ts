/** The fields a result row shows; one fragment for every list of papers in the UI. */
export const PAPER_ROW_FIELDS = `id title year month venue arxivId
  authors { name } links { kind url } pillars { slug name }`;

export interface PaperRow {
  id: string;
  title: string;
  year: number | null;
  month: number | null;
  venue: string | null;
  arxivId: string | null;
  authors: { name: string }[];
  links: { kind: string; url: string }[];
  pillars: { slug: string; name: string }[];
}

export function hasCode(paper: PaperRow): boolean {
  return paper.links.some((link) => link.kind === 'code');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(paper: { year: number | null; month: number | null }): string {
  if (!paper.year) return 'undated';
  return paper.month ? `${MONTHS[paper.month - 1]} ${paper.year}` : String(paper.year);
}

/** Sorts rows the way the API's PaperOrder does (used for search hits, which come by relevance). */
export function sortRows(rows: PaperRow[], sort: string): PaperRow[] {
  const when = (p: PaperRow) => (p.year ?? 0) * 100 + (p.month ?? 0);
  const sorted = [...rows];
  if (sort === 'newest') sorted.sort((a, b) => when(b) - when(a));
  if (sort === 'oldest') sorted.sort((a, b) => when(a) - when(b));
  if (sort === 'title') sorted.sort((a, b) => a.title.localeCompare(b.title));
  return sorted;
}
