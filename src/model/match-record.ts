import type { PaperRecord } from './paper-record';
import { normaliseTitle } from './title-key';

export interface TitledPaper {
  id: number;
  title: string;
  year: number | null;
}

/** Titles at least this long (in words) are distinctive enough to match across years. */
const DISTINCTIVE_WORDS = 5;

/**
 * The paper a record names by title, or undefined when none or several match, so an ambiguous
 * title never merges two works. First the same normalised title (for short titles also the same
 * year ±1, since preprints and proceedings straddle new year; a long title may match a journal
 * version years later); then a title that contains the other ("CoWorld: Making Offline RL …" vs
 * "Making Offline RL …"), when the shorter one is distinctive.
 */
export function matchRecordByTitle(
  record: Pick<PaperRecord, 'title' | 'year'>,
  papers: readonly TitledPaper[],
): number | undefined {
  if (!record.title) return undefined;
  const key = normaliseTitle(record.title);
  const words = key.split(' ').length;
  if (words < 2) return undefined;
  const yearFits = (p: TitledPaper) =>
    words >= DISTINCTIVE_WORDS ||
    record.year === undefined ||
    p.year === null ||
    Math.abs(p.year - record.year) <= 1;
  const exact = papers.filter((p) => normaliseTitle(p.title) === key && yearFits(p));
  if (exact.length > 0) return exact.length === 1 ? exact[0]!.id : undefined;
  if (words < DISTINCTIVE_WORDS + 1) return undefined;
  const containing = papers.filter((p) => {
    const other = normaliseTitle(p.title);
    return (
      other.split(' ').length > DISTINCTIVE_WORDS && (other.includes(key) || key.includes(other))
    );
  });
  return containing.length === 1 ? containing[0]!.id : undefined;
}
