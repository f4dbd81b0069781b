import type { Dimension, Matrix, MatrixHeader } from '../../model/analysis/analysis';
import { crossTabulate } from '../../model/analysis/analysis';
import { listDimensionAxis, listFilteredPaperIds } from '../../store/analysis.store';
import { builder } from '../builder';
import { createContentMemo } from '../content-memo';
import type { DimensionValueShape } from './analysis-dimension-value';
import { DimensionValueType } from './analysis-dimension-value';
import { DimensionEnum, encodePaperIds, toAxisOptions, toPublicKey } from './analysis-dimension';
import { PaperNode } from './paper';
import { PaperFilterInput, readPaperFilter } from './paper-filter-input';

interface MatrixCellShape {
  rowKey: string;
  columnKey: string;
  paperIds: number[];
}

interface MatrixShape {
  rowDimension: Dimension;
  columnDimension: Dimension;
  rows: DimensionValueShape[];
  columns: DimensionValueShape[];
  cells: MatrixCellShape[];
  paperCount: number;
  papersWithoutRowValue: number;
  papersWithoutColumnValue: number;
}

export function toDimensionValueShape(
  dimension: Dimension,
  header: MatrixHeader,
): DimensionValueShape {
  return {
    key: toPublicKey(dimension, header.key),
    label: header.label,
    parentKey: header.parentKey === null ? null : toPublicKey(dimension, header.parentKey),
    paperIds: encodePaperIds(header.paperIds),
  };
}

function toMatrixShape(
  matrix: Matrix,
  rowDimension: Dimension,
  columnDimension: Dimension,
): MatrixShape {
  return {
    ...matrix,
    rowDimension,
    columnDimension,
    rows: matrix.rows.map((row) => toDimensionValueShape(rowDimension, row)),
    columns: matrix.columns.map((column) => toDimensionValueShape(columnDimension, column)),
    cells: matrix.cells.map((cell) => ({
      rowKey: toPublicKey(rowDimension, cell.rowKey),
      columnKey: toPublicKey(columnDimension, cell.columnKey),
      paperIds: cell.paperIds,
    })),
  };
}

const matrixMemo = createContentMemo();

const MatrixCellType = builder.objectRef<MatrixCellShape>('MatrixCell').implement({
  description: 'The papers that have both a row value and a column value.',
  fields: (t) => ({
    rowKey: t.exposeString('rowKey', { description: 'Key of the row (see `Matrix.rows`).' }),
    columnKey: t.exposeString('columnKey', {
      description: 'Key of the column (see `Matrix.columns`).',
    }),
    count: t.int({ description: 'How many papers.', resolve: (cell) => cell.paperIds.length }),
    paperIds: t.stringList({
      description: 'Their global ids, ascending by creation.',
      resolve: (cell) => encodePaperIds(cell.paperIds),
    }),
    papers: t.field({
      type: [PaperNode],
      description: 'The papers themselves (loaded in one batch for all cells).',
      resolve: (cell) => cell.paperIds,
    }),
  }),
});

const MatrixType = builder.objectRef<MatrixShape>('Matrix').implement({
  description:
    'Papers counted by two dimensions at once, e.g. pillar × algorithm. Headers are complete; empty cells are left out.',
  fields: (t) => ({
    rowDimension: t.field({
      type: DimensionEnum,
      description: 'What rows count by.',
      resolve: (m) => m.rowDimension,
    }),
    columnDimension: t.field({
      type: DimensionEnum,
      description: 'What columns count by.',
      resolve: (m) => m.columnDimension,
    }),
    rows: t.field({
      type: [DimensionValueType],
      description:
        'Every row value some analysed paper has (all pillars or top sections always), in display order.',
      resolve: (m) => m.rows,
    }),
    columns: t.field({
      type: [DimensionValueType],
      description:
        'Every column value some analysed paper has (all pillars or top sections always), in display order.',
      resolve: (m) => m.columns,
    }),
    cells: t.field({
      type: [MatrixCellType],
      description: 'Non-empty cells, row by row in header order.',
      resolve: (m) => m.cells,
    }),
    paperCount: t.exposeInt('paperCount', { description: 'Papers the filter selects.' }),
    papersWithoutRowValue: t.exposeInt('papersWithoutRowValue', {
      description: 'Selected papers with no row value (e.g. no algorithm linked, no venue).',
    }),
    papersWithoutColumnValue: t.exposeInt('papersWithoutColumnValue', {
      description: 'Selected papers with no column value.',
    }),
  }),
});

builder.queryField('matrix', (t) =>
  t.field({
    type: MatrixType,
    description:
      'How many papers have each combination of two dimensions (pillar × algorithm, year × benchmark …), with the papers of every cell.',
    args: {
      rows: t.arg({ type: DimensionEnum, required: true, description: 'What rows count by.' }),
      columns: t.arg({
        type: DimensionEnum,
        required: true,
        description: 'What columns count by.',
      }),
      filter: t.arg({ type: PaperFilterInput, description: 'Only count these papers.' }),
      includeGroups: t.arg.boolean({
        defaultValue: false,
        description: 'Let PILLAR also count the list groups (benchmarks, others).',
      }),
      minConfidence: t.arg.float({
        defaultValue: 0,
        description: 'Ignore concept links the tagger is less sure of than this (0–1).',
      }),
      top: t.arg.int({
        description: 'Keep only this many values per axis, those with the most papers.',
      }),
    },
    resolve: (_root, args, ctx) =>
      matrixMemo(ctx.db, JSON.stringify(args), () => {
        const options = toAxisOptions(args);
        const paperIds = listFilteredPaperIds(ctx.db, readPaperFilter(ctx.db, args.filter));
        const rows = listDimensionAxis(ctx.db, args.rows, paperIds, options);
        const columns =
          args.columns === args.rows
            ? rows
            : listDimensionAxis(ctx.db, args.columns, paperIds, options);
        const matrix = crossTabulate(paperIds, rows, columns, { top: options.top });
        return toMatrixShape(matrix, args.rows, args.columns);
      }),
  }),
);
