/**
 * Cross-tabulation of papers by two dimensions (pillar × algorithm, year × benchmark …): pure
 * counting over "which paper has which value" rows the store gathers, one statement per axis.
 */
export type Dimension =
  | 'pillar'
  | 'section' // top-level section of a list
  | 'paradigm'
  | 'algorithm'
  | 'algorithm-family' // an algorithm together with all its variants (variant_of, transitively)
  | 'reward'
  | 'benchmark'
  | 'evaluation-level'
  | 'year'
  | 'year-month'
  | 'venue'
  | 'author'
  | 'cited-pillar'; // pillars of the papers a paper cites (citation flow)

/** One value of a dimension: a row or column header. */
export interface DimensionValue {
  /** Pillar or entity slug, section or author id, `2025`, `2025-03`, venue name. */
  key: string;
  label: string;
  /** For algorithm families: the family this one is a variant of. */
  parentKey: string | null;
}

/** Paper `paperId` has value `key` on the dimension. */
export interface DimensionMember {
  paperId: number;
  key: string;
}

/** A dimension evaluated over some papers: its values in display order and who has which. */
export interface DimensionAxis {
  dimension: Dimension;
  values: DimensionValue[];
  members: DimensionMember[];
}

export interface MatrixHeader extends DimensionValue {
  /** The papers (among those tabulated) that have this value, ascending. */
  paperIds: number[];
}

export interface MatrixCell {
  rowKey: string;
  columnKey: string;
  /** Papers with both values, ascending. */
  paperIds: number[];
}

export interface Matrix {
  rows: MatrixHeader[];
  columns: MatrixHeader[];
  /** Non-empty cells only, row by row in header order. */
  cells: MatrixCell[];
  paperCount: number;
  papersWithoutRowValue: number;
  papersWithoutColumnValue: number;
}

/** Dimensions with a meaningful order of their own; the others list the most common first. */
const NATURAL_ORDER: ReadonlySet<Dimension> = new Set([
  'pillar',
  'section',
  'year',
  'year-month',
  'cited-pillar',
]);

/** The papers of each value on an axis, restricted to `paperIds`. */
function groupMembers(axis: DimensionAxis, paperIds: ReadonlySet<number>): Map<string, number[]> {
  const groups = new Map<string, Set<number>>(axis.values.map((v) => [v.key, new Set()]));
  for (const { paperId, key } of axis.members) {
    if (paperIds.has(paperId)) groups.get(key)?.add(paperId);
  }
  return new Map([...groups].map(([key, ids]) => [key, [...ids].sort((a, b) => a - b)]));
}

/** Headers in display order, cut to the `top` values with most papers when asked. */
export function tabulateAxis(
  axis: DimensionAxis,
  paperIds: ReadonlySet<number>,
  top?: number,
): MatrixHeader[] {
  const groups = groupMembers(axis, paperIds);
  const headers = axis.values.map((value) => ({ ...value, paperIds: groups.get(value.key) ?? [] }));
  const byCount = [...headers].sort(
    (a, b) => b.paperIds.length - a.paperIds.length || a.label.localeCompare(b.label),
  );
  const kept = top === undefined ? null : new Set(byCount.slice(0, top));
  const ordered = NATURAL_ORDER.has(axis.dimension) ? headers : byCount;
  return kept ? ordered.filter((h) => kept.has(h)) : ordered;
}

export function countWithout(axis: DimensionAxis, paperIds: ReadonlySet<number>): number {
  const placed = new Set(axis.members.map((m) => m.paperId).filter((id) => paperIds.has(id)));
  return paperIds.size - placed.size;
}

export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const other = new Set(b);
  return a.filter((id) => other.has(id));
}

/**
 * Counts the papers in every (row value, column value) pair. Headers are complete: every value
 * the store declares or some paper has, even when all its cells are empty.
 */
export function crossTabulate(
  paperIds: readonly number[],
  rowAxis: DimensionAxis,
  columnAxis: DimensionAxis,
  options: { top?: number | undefined } = {},
): Matrix {
  const ids = new Set(paperIds);
  const rows = tabulateAxis(rowAxis, ids, options.top);
  const columns = tabulateAxis(columnAxis, ids, options.top);
  const cells: MatrixCell[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const both = intersect(row.paperIds, column.paperIds);
      if (both.length > 0) cells.push({ rowKey: row.key, columnKey: column.key, paperIds: both });
    }
  }
  return {
    rows,
    columns,
    cells,
    paperCount: ids.size,
    papersWithoutRowValue: countWithout(rowAxis, ids),
    papersWithoutColumnValue: countWithout(columnAxis, ids),
  };
}

/** Two values that papers have together, e.g. an algorithm and a benchmark. */
export interface CoOccurrence {
  row: MatrixHeader;
  column: MatrixHeader;
  paperIds: number[];
  /** How much more often they meet than if independent: count × N / (row total × column total). */
  lift: number;
}

/**
 * The matrix's cells as pairs, most papers first (then highest lift). On a matrix of one
 * dimension against itself each pair is listed once and a value is never paired with itself.
 */
export function listCoOccurrences(
  matrix: Matrix,
  options: { sameDimension: boolean; minCount: number; first: number },
): CoOccurrence[] {
  const rows = new Map(matrix.rows.map((header, i) => [header.key, { header, i }]));
  const columns = new Map(matrix.columns.map((header, i) => [header.key, { header, i }]));
  const pairs: CoOccurrence[] = [];
  for (const cell of matrix.cells) {
    const row = rows.get(cell.rowKey)!;
    const column = columns.get(cell.columnKey)!;
    if (options.sameDimension && row.i >= column.i) continue;
    if (cell.paperIds.length < options.minCount) continue;
    const expected =
      (row.header.paperIds.length * column.header.paperIds.length) / matrix.paperCount;
    pairs.push({
      row: row.header,
      column: column.header,
      paperIds: cell.paperIds,
      lift: cell.paperIds.length / expected,
    });
  }
  pairs.sort(
    (a, b) =>
      b.paperIds.length - a.paperIds.length ||
      b.lift - a.lift ||
      a.row.label.localeCompare(b.row.label) ||
      a.column.label.localeCompare(b.column.label),
  );
  return pairs.slice(0, options.first);
}
