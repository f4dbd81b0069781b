import { useMemo } from 'preact/hooks';
import { paperSetLink } from '../pages/paper-set-page';
import { navigate } from '../route';
import { useGql } from '../use-query';
import { FigureFrame } from './figure-frame';
import type { HeatCell } from './heatmap';
import { drawHeatmap } from './heatmap';

export const DIMENSIONS = [
  ['PILLAR', 'Pillar'],
  ['ALGORITHM_FAMILY', 'Algorithm family'],
  ['ALGORITHM', 'Algorithm'],
  ['REWARD', 'Reward design'],
  ['BENCHMARK', 'Benchmark'],
  ['PARADIGM', 'Paradigm'],
  ['EVALUATION_LEVEL', 'Evaluation level'],
  ['SECTION', 'Top-level section'],
  ['VENUE', 'Venue'],
  ['YEAR', 'Year'],
  ['YEAR_MONTH', 'Month'],
  ['AUTHOR', 'Author'],
] as const;

const MATRIX = `query Matrix($rows: Dimension!, $columns: Dimension!, $top: Int) {
  matrix(rows: $rows, columns: $columns, top: $top) {
    paperCount papersWithoutRowValue papersWithoutColumnValue
    rows { key label total } columns { key label total }
    cells { rowKey columnKey count paperIds } } }`;

interface Value {
  key: string;
  label: string;
  total: number;
}
interface MatrixAnswer {
  matrix: {
    paperCount: number;
    papersWithoutRowValue: number;
    papersWithoutColumnValue: number;
    rows: Value[];
    columns: Value[];
    cells: { rowKey: string; columnKey: string; count: number; paperIds: string[] }[];
  };
}

const isDimension = (value: string | null) => DIMENSIONS.some(([d]) => d === value);

/** Any two dimensions of `matrix` as a heatmap (pillar × algorithm family by default). */
export function MatrixFigure({ params }: { params: URLSearchParams }) {
  const rows = isDimension(params.get('rows')) ? params.get('rows')! : 'PILLAR';
  const columns = isDimension(params.get('columns')) ? params.get('columns')! : 'ALGORITHM_FAMILY';
  const [answer] = useGql<MatrixAnswer>(MATRIX, { rows, columns, top: 30 });
  const cells = useMemo<HeatCell[]>(() => {
    if (answer.state !== 'done') return [];
    const rowLabel = new Map(answer.data.matrix.rows.map((r) => [r.key, r.label]));
    const columnLabel = new Map(answer.data.matrix.columns.map((c) => [c.key, c.label]));
    return answer.data.matrix.cells.map((c) => ({
      row: rowLabel.get(c.rowKey) ?? c.rowKey,
      column: columnLabel.get(c.columnKey) ?? c.columnKey,
      count: c.count,
      ids: c.paperIds,
    }));
  }, [answer]);
  const draw = useMemo(() => {
    const m = answer.state === 'done' ? answer.data.matrix : null;
    return (width: number) =>
      drawHeatmap(
        cells,
        m?.rows.map((r) => r.label) ?? [],
        m?.columns.map((c) => c.label) ?? [],
        width,
      );
  }, [answer, cells]);
  const choose = (axis: 'rows' | 'columns', value: string) => {
    const next = new URLSearchParams({ rows, columns, [axis]: value });
    navigate(`/figures/matrix?${next.toString()}`);
  };
  return (
    <div>
      <form class="dimension-pickers" onSubmit={(e) => e.preventDefault()}>
        <DimensionPicker label="Rows" value={rows} onChange={(v) => choose('rows', v)} />
        <DimensionPicker label="Columns" value={columns} onChange={(v) => choose('columns', v)} />
      </form>
      {answer.state === 'loading' && <p aria-busy="true">Loading…</p>}
      {answer.state === 'error' && <p role="alert">{answer.message}</p>}
      {answer.state === 'done' && (
        <FigureFrame
          name={`matrix-${rows.toLowerCase()}-by-${columns.toLowerCase()}`}
          title={`${labelOf(rows)} × ${labelOf(columns)}`}
          caption={
            <>
              {answer.data.matrix.paperCount} papers; {answer.data.matrix.papersWithoutRowValue}{' '}
              have no {labelOf(rows).toLowerCase()}, {answer.data.matrix.papersWithoutColumnValue}{' '}
              no {labelOf(columns).toLowerCase()}. At most 30 values per axis. Click a cell for its
              papers.
            </>
          }
          draw={draw}
          csv={cells.map((c) => ({
            [labelOf(rows)]: c.row,
            [labelOf(columns)]: c.column,
            papers: c.count,
          }))}
        >
          <MatrixTable answer={answer.data} />
        </FigureFrame>
      )}
    </div>
  );
}

function labelOf(dimension: string): string {
  return DIMENSIONS.find(([d]) => d === dimension)?.[1] ?? dimension;
}

function DimensionPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {DIMENSIONS.map(([d, name]) => (
          <option key={d} value={d}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

function MatrixTable({ answer }: { answer: MatrixAnswer }) {
  const { rows, columns, cells } = answer.matrix;
  const cell = new Map(cells.map((c) => [`${c.rowKey}\u0000${c.columnKey}`, c]));
  return (
    <div class="table-scroll">
      <table data-testid="matrix-table">
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {columns.map((c) => {
                const found = cell.get(`${r.key}\u0000${c.key}`);
                return (
                  <td key={c.key} data-row={r.key} data-column={c.key}>
                    {found ? (
                      <a href={paperSetLink(found.paperIds, `${r.label} × ${c.label}`)}>
                        {found.count}
                      </a>
                    ) : (
                      0
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
