import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Html } from 'mdast';
import { htmlToTokens } from './html-links';
import type { TableGrid } from './table-grid';
import { visibleText } from './visible-text';

/**
 * The tables of an HTML block (`<table><tr><th>Paper</th>…`), as grids like GFM tables: the
 * first row is the header. Parsed by parse5 (hast-util-from-html), so the implied `<tbody>`,
 * unclosed cells and entities come out as a browser shows them.
 */
export function gridsFromHtmlTables(node: Html): TableGrid[] {
  if (!/<table[\s>]/i.test(node.value)) return [];
  const firstLine = node.position?.start.line ?? 1;
  const tree = fromHtml(node.value, { fragment: true });
  return findAll(tree, 'table').map((table) => toGrid(table, firstLine));
}

function toGrid(table: Element, firstLine: number): TableGrid {
  const lineOf = (element: Element) => firstLine + (element.position?.start.line ?? 1) - 1;
  const [head, ...body] = findAll(table, 'tr');
  const cellsOf = (row: Element) =>
    row.children
      .filter((cell): cell is Element => cell.type === 'element' && /^t[dh]$/.test(cell.tagName))
      .map((cell) => htmlToTokens(cell, lineOf(cell)));
  return {
    line: lineOf(table),
    header: head ? cellsOf(head).map(visibleText) : [],
    rows: body.map((row) => ({ line: lineOf(row), cells: cellsOf(row) })),
  };
}

function findAll(node: Nodes, tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (child: Nodes): void => {
    if (child.type === 'element' && child.tagName === tagName) found.push(child);
    if ('children' in child) child.children.forEach(walk);
  };
  walk(node);
  return found;
}
