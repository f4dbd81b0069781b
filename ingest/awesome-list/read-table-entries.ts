import { at } from '../../src/model/finding';
import type { Finding } from '../types';
import type { EntryReading } from './assemble-entry';
import { assembleEntry } from './assemble-entry';
import { cleanTitle } from './clean-title';
import type { ColumnRole } from './column-roles';
import { findColumnRoles } from './column-roles';
import type { InlineToken, LinkToken } from './inline-tokens';
import { isLabelLink } from './read-entry-head';
import { splitAuthors } from './split-authors';
import type { TableGrid } from './table-grid';
import { visibleText } from './visible-text';

export interface TableReading {
  readings: EntryReading[];
  skipped: Finding[];
}

/** Columns whose links belong to the paper; notes and figures may link anywhere. */
const LINK_ROLES = new Set<ColumnRole>(['title', 'shortName', 'paper', 'code', 'stars', 'venue']);
const EMPTY_CELL = /^[-–—/]?$|^n\/?a$/i;

/**
 * Reads each row of a table as one entry, whichever column carries the link: the title, the
 * short name (method-first tables) or a badge column. A table with no column of titles is
 * navigation or decoration (a table of contents, contributors), skipped with a reason.
 */
export function readTableEntries(
  grid: TableGrid,
  file: string,
  sectionPath: string[],
): TableReading {
  const roles = findColumnRoles(
    grid.header,
    grid.rows.map((row) => row.cells),
  );
  const titleColumn = roles.indexOf('title');
  if (titleColumn < 0) return { readings: [], skipped: skipTable(grid, file) };
  const readings: EntryReading[] = [];
  const skipped: Finding[] = [];
  for (const row of grid.rows) {
    const reading = readRow(row, roles, titleColumn, file, sectionPath);
    if (reading) readings.push(reading);
    else if (row.cells.some((cell) => cell.some((token) => token.type === 'link'))) {
      const where = at({ file, line: row.line });
      skipped.push({
        where,
        code: 'row-without-title',
        reason: 'table row has links but no title',
      });
    }
  }
  return { readings, skipped };
}

function readRow(
  row: TableGrid['rows'][number],
  roles: ColumnRole[],
  titleColumn: number,
  file: string,
  sectionPath: string[],
): EntryReading | undefined {
  const cellText = (role: ColumnRole): string | undefined => {
    const column = roles.indexOf(role);
    const text = column < 0 ? '' : visibleText(row.cells[column] ?? []);
    return EMPTY_CELL.test(text) ? undefined : text;
  };
  const titleCell = row.cells[titleColumn] ?? [];
  const cleaned = cleanTitle(visibleText(titleCell));
  if (EMPTY_CELL.test(cleaned.title)) return undefined;
  const linkTokens = row.cells
    .filter((_, column) => LINK_ROLES.has(roles[column]!))
    .flatMap((cell) => cell.filter((token): token is LinkToken => token.type === 'link'))
    .filter((link) => link.url !== '' && !link.url.startsWith('#'));
  const titleLink = findTitleLink(titleCell) ?? findTitleLink(cellOf(row, roles, 'shortName'));
  const shortName = cellText('shortName');
  const dateText = [cleaned.dateText, cellText('venue'), cellText('date')]
    .filter((part): part is string => part !== undefined)
    .join(', ');
  const authors = cellText('authors');
  return assembleEntry(
    {
      title: cleaned.title,
      titleLink,
      linkTokens,
      dateText: dateText === '' ? undefined : dateText,
      tags: [],
      shortName: shortName === cleaned.title ? undefined : shortName,
      authors: authors === undefined ? undefined : splitAuthors(authors),
      line: row.line,
    },
    file,
    sectionPath,
  );
}

function cellOf(row: TableGrid['rows'][number], roles: ColumnRole[], role: ColumnRole) {
  const column = roles.indexOf(role);
  return column < 0 ? [] : (row.cells[column] ?? []);
}

/** A link whose text is a name or title, not a `[Paper]` label or a badge. */
function findTitleLink(cell: InlineToken[]): LinkToken | undefined {
  return cell.find(
    (token): token is LinkToken =>
      token.type === 'link' &&
      !isLabelLink(token) &&
      !token.url.startsWith('#') &&
      token.url !== '',
  );
}

function skipTable(grid: TableGrid, file: string): Finding[] {
  const links = grid.rows.flatMap((row) => row.cells.flat()).filter((t) => t.type === 'link');
  if (links.length === 0) return [];
  const navigation = links.every((link) => link.type === 'link' && link.url.startsWith('#'));
  return [
    {
      where: at({ file, line: grid.line }),
      code: navigation ? 'navigation-table' : 'table-without-titles',
      reason: navigation
        ? "a table of links to the list's own headings, not entries"
        : `no column of titles among "${grid.header.join(' | ')}": not read as entries`,
    },
  ];
}
