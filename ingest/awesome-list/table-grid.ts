import type { Table } from 'mdast';
import type { Definitions, InlineToken } from './inline-tokens';
import { toInlineTokens } from './inline-tokens';
import { visibleText } from './visible-text';

/** A table of either syntax, reduced to header texts and rows of inline cells. */
export interface TableGrid {
  line: number;
  header: string[];
  rows: { line: number; cells: InlineToken[][] }[];
}

/** A GFM pipe table; its first row is the header. */
export function gridFromGfmTable(table: Table, definitions: Definitions): TableGrid {
  const [head, ...body] = table.children;
  const cellsOf = (row: Table['children'][number]) =>
    row.children.map((cell) => toInlineTokens(cell.children, definitions));
  return {
    line: table.position?.start.line ?? 0,
    header: head ? cellsOf(head).map(visibleText) : [],
    rows: body.map((row) => ({ line: row.position?.start.line ?? 0, cells: cellsOf(row) })),
  };
}
