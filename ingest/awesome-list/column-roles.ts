import type { InlineToken } from './inline-tokens';
import { visibleText } from './visible-text';

/** What a table column holds, as far as entries are concerned. */
export type ColumnRole =
  'title' | 'shortName' | 'venue' | 'date' | 'authors' | 'paper' | 'code' | 'stars' | 'notes';

/** Header words in the order they are tried: `Title & Time` is a title, `Paper Link` a link. */
const HEADER_ROLES: [RegExp, ColumnRole][] = [
  [/\btitles?\b|论文标题|题目/i, 'title'],
  [/\bauthors?\b|作者/i, 'authors'],
  [
    /\b(?:short ?names?|names?|methods?|models?|abbr\.?|abbreviations?|acronyms?|alias)\b/i,
    'shortName',
  ],
  [/\b(?:venues?|conf(?:erence)?s?\.?|journals?|publications?|published|pub\.?)\b/i, 'venue'],
  [/\b(?:dates?|time|years?|months?|released?)\b|时间|日期/i, 'date'],
  [/\bstars?\b/i, 'stars'],
  [/\b(?:codes?|github|repos?|repository|implementation)\b|代码/i, 'code'],
  [/\b(?:papers?|pdfs?|arxiv|links?|urls?|resources?)\b|论文/i, 'paper'],
];

/** Average words per non-empty cell above which a column holds titles rather than labels. */
const TITLE_WORDS = 3.5;

/**
 * The role of each column, from its header and, where the header is not enough, its content:
 * a table without a `Title` column takes its titles from the first paper, name or unnamed
 * column whose cells read like titles (several words), so `| Paper | Venue |` tables whose
 * Paper cells are `[Title](url)` and `| Name | … |` tables of full titles both work.
 */
export function findColumnRoles(header: string[], rows: InlineToken[][][]): ColumnRole[] {
  const roles = header.map(roleFromHeader);
  if (roles.includes('title')) return roles;
  const candidate = roles.findIndex(
    (role, column) =>
      (role === 'paper' || role === 'shortName' || header[column]!.trim() === '') &&
      averageWords(rows, column) >= TITLE_WORDS &&
      !looksLikeProse(rows, column),
  );
  if (candidate >= 0) roles[candidate] = 'title';
  return roles;
}

function roleFromHeader(text: string): ColumnRole {
  return HEADER_ROLES.find(([pattern]) => pattern.test(text))?.[1] ?? 'notes';
}

function averageWords(rows: InlineToken[][][], column: number): number {
  const counts = rows
    .map((cells) => visibleText(cells[column] ?? []))
    .filter((text) => text !== '' && text !== '-')
    .map((text) => text.split(/\s+/).length);
  return counts.length === 0 ? 0 : counts.reduce((a, b) => a + b, 0) / counts.length;
}

/** Descriptions run to many words; titles rarely pass thirty. */
function looksLikeProse(rows: InlineToken[][][], column: number): boolean {
  return averageWords(rows, column) > 30;
}
