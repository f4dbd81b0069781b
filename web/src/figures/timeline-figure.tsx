import * as Plot from '@observablehq/plot';
import { useMemo } from 'preact/hooks';
import { paperSetLink } from '../pages/paper-set-page';
import { navigate } from '../route';
import { useGql } from '../use-query';
import { FigureFrame } from './figure-frame';

const TIMELINE = `query Timeline($filter: PaperFilterInput) { years: timeline(by: YEAR) { points { period count } }
  timeline(by: MONTH, groupBy: PILLAR, filter: $filter) {
  paperCount undatedCount groups { key label total }
  points { period count groups { key count paperIds } } } }`;

interface TimelineAnswer {
  years: { points: { period: string; count: number }[] };
  timeline: {
    paperCount: number;
    undatedCount: number;
    groups: { key: string; label: string; total: number }[];
    points: {
      period: string;
      count: number;
      groups: { key: string; count: number; paperIds: string[] }[];
    }[];
  };
}

/** The survey's Figure 1, live: papers per month, stacked by pillar. */
export function TimelineFigure({ params }: { params: URLSearchParams }) {
  const from = /^\d{4}$/.test(params.get('from') ?? '') ? Number(params.get('from')) : null;
  const [answer] = useGql<TimelineAnswer>(TIMELINE, { filter: from ? { yearFrom: from } : null });
  const rows = useMemo(() => {
    if (answer.state !== 'done') return [];
    const label = new Map(answer.data.timeline.groups.map((g) => [g.key, g.label]));
    return answer.data.timeline.points.flatMap((p) =>
      p.groups.map((g) => ({
        period: p.period,
        pillar: label.get(g.key) ?? g.key,
        count: g.count,
        ids: g.paperIds,
      })),
    );
  }, [answer]);
  const draw = useMemo(() => {
    const periods = answer.state === 'done' ? answer.data.timeline.points.map((p) => p.period) : [];
    return (width: number) =>
      Plot.plot({
        width,
        height: 340,
        marginBottom: 50,
        x: {
          type: 'band',
          domain: periods,
          ticks: periods.filter((_, i) => i % 3 === 0),
          tickRotate: -45,
          label: 'month',
        },
        y: { grid: true, label: 'papers' },
        color: { legend: true, scheme: 'tableau10' },
        marks: [
          Plot.barY(rows, {
            x: 'period',
            y: 'count',
            fill: 'pillar',
            href: (d: (typeof rows)[number]) => paperSetLink(d.ids, `${d.pillar}, ${d.period}`),
            title: (d: (typeof rows)[number]) => `${d.pillar}, ${d.period}: ${d.count}`,
          }),
          Plot.ruleY([0]),
        ],
      });
  }, [answer, rows]);
  if (answer.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (answer.state === 'error') return <p role="alert">{answer.message}</p>;
  const { timeline } = answer.data;
  const years = answer.data.years.points.filter((p) => p.count > 0).map((p) => p.period);
  return (
    <>
      <label class="dimension-pickers">
        Since{' '}
        <select
          value={from ? String(from) : ''}
          onChange={(e) => {
            const year = (e.currentTarget as HTMLSelectElement).value;
            navigate(year ? `/figures/timeline?from=${year}` : '/figures/timeline');
          }}
        >
          <option value="">the first paper</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <FigureFrame
        name="timeline-by-pillar"
        title="Papers by month, per pillar"
        caption={
          <>
            {timeline.paperCount} papers; {timeline.undatedCount} without a month are left out.
            Click a bar for its papers.
          </>
        }
        draw={draw}
        csv={rows.map((r) => ({ period: r.period, pillar: r.pillar, papers: r.count }))}
      >
        <table data-testid="timeline-table">
          <thead>
            <tr>
              <th scope="col">Pillar</th>
              <th scope="col">Papers</th>
            </tr>
          </thead>
          <tbody>
            {timeline.groups.map((g) => (
              <tr key={g.key} data-key={g.key}>
                <th scope="row">{g.label}</th>
                <td data-testid={`timeline-total-${g.key}`}>
                  {rows.filter((r) => r.pillar === g.label).reduce((n, r) => n + r.count, 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </FigureFrame>
    </>
  );
}
