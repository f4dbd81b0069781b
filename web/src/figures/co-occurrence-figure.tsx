import { useMemo } from 'preact/hooks';
import { paperSetLink } from '../pages/paper-set-page';
import { navigate } from '../route';
import { useGql } from '../use-query';
import { FigureFrame } from './figure-frame';
import type { HeatCell } from './heatmap';
import { drawHeatmap } from './heatmap';

const CO_OCCURRENCE = `query CoOccurrence($with: EntityKind!) {
  coOccurrence(kind: ALGORITHM, with: $with, first: 80) {
    paperCount pairs { entity { key label } other { key label } count lift paperIds } } }`;

interface CoOccurrenceAnswer {
  coOccurrence: {
    paperCount: number;
    pairs: {
      entity: { key: string; label: string };
      other: { key: string; label: string };
      count: number;
      lift: number;
      paperIds: string[];
    }[];
  };
}

const WITH = [
  ['REWARD', 'Reward designs'],
  ['BENCHMARK', 'Benchmarks'],
] as const;

/** Which algorithms appear with which rewards or benchmarks, as a heatmap of shared papers. */
export function CoOccurrenceFigure({ params }: { params: URLSearchParams }) {
  const other = params.get('with') === 'BENCHMARK' ? 'BENCHMARK' : 'REWARD';
  const [answer] = useGql<CoOccurrenceAnswer>(CO_OCCURRENCE, { with: other });
  const pairs = answer.state === 'done' ? answer.data.coOccurrence.pairs : [];
  const cells = useMemo<HeatCell[]>(
    () =>
      pairs.map((p) => ({
        row: p.entity.label,
        column: p.other.label,
        count: p.count,
        ids: p.paperIds,
      })),
    [pairs],
  );
  const draw = useMemo(() => {
    const rows = [...new Set(cells.map((c) => c.row))];
    const columns = [...new Set(cells.map((c) => c.column))];
    return (width: number) => drawHeatmap(cells, rows, columns, width);
  }, [cells]);
  const otherLabel = WITH.find(([w]) => w === other)![1];
  return (
    <div>
      <fieldset class="dimension-pickers">
        <legend>Algorithms with</legend>
        {WITH.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="with"
              value={value}
              checked={other === value}
              onChange={() => navigate(`/figures/co-occurrence?with=${value}`)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      {answer.state === 'loading' && <p aria-busy="true">Loading…</p>}
      {answer.state === 'error' && <p role="alert">{answer.message}</p>}
      {answer.state === 'done' && (
        <FigureFrame
          name={`co-occurrence-algorithm-${other.toLowerCase()}`}
          title={`Algorithms × ${otherLabel.toLowerCase()}`}
          caption={
            <>
              The 80 pairs shared by the most papers (of {answer.data.coOccurrence.paperCount}).
              Click a cell for its papers.
            </>
          }
          draw={draw}
          csv={pairs.map((p) => ({
            algorithm: p.entity.label,
            [other.toLowerCase()]: p.other.label,
            papers: p.count,
            lift: p.lift,
          }))}
        >
          <table data-testid="co-occurrence-table">
            <thead>
              <tr>
                <th scope="col">Algorithm</th>
                <th scope="col">{otherLabel}</th>
                <th scope="col">Papers</th>
                <th scope="col">Lift</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr
                  key={`${p.entity.key}/${p.other.key}`}
                  data-pair={`${p.entity.key}/${p.other.key}`}
                >
                  <td>{p.entity.label}</td>
                  <td>{p.other.label}</td>
                  <td>
                    <a href={paperSetLink(p.paperIds, `${p.entity.label} with ${p.other.label}`)}>
                      {p.count}
                    </a>
                  </td>
                  <td>{p.lift.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </FigureFrame>
      )}
    </div>
  );
}
