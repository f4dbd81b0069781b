import { arxivIdYearMonth } from '../../src/model/paper/arxiv-id';

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * Why a written date contradicts the month an arXiv id was issued in, or undefined when it does
 * not. A note with a month must match the id's year and month; a bare year must match the id's
 * year unless a venue is named (a 2023 preprint may well be a 2024 conference paper).
 */
export function checkDateAgainstId(
  arxivId: string,
  date: { year?: number | undefined; month?: number | undefined; venue?: string | undefined },
): string | undefined {
  const issued = arxivIdYearMonth(arxivId);
  if (!issued || date.year === undefined) return undefined;
  const issuedText = `${MONTH_NAMES[issued.month - 1]} ${issued.year}`;
  if (date.month !== undefined) {
    if (date.year === issued.year && date.month === issued.month) return undefined;
    return `dated ${MONTH_NAMES[date.month - 1]} ${date.year} but arXiv ${arxivId} was issued in ${issuedText}`;
  }
  if (date.venue !== undefined || date.year === issued.year) return undefined;
  return `dated ${date.year} but arXiv ${arxivId} was issued in ${issuedText}`;
}
