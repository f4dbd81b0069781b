import * as Plot from '@observablehq/plot';
import { useMemo } from 'preact/hooks';
import { paperSetLink } from '../pages/paper-set-page';
import { useGql } from '../use-query';
import { FigureFrame } from './figure-frame';

const TIMELINE = `{ timeline(by: MONTH, groupBy: PILLAR) {
  paperCount undatedCount groups { key label total }
  points { period count groups { key count paperIds } } } }`;

interface TimelineAnswer {
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
export function TimelineFigure() {
  const [answer] = useGql<TimelineAnswer>(TIMELINE, {});
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
  return (
    <FigureFrame
      name="timeline-by-pillar"
      title="Papers by month, per pillar"
      caption={
        <>
          {timeline.paperCount} papers; {timeline.undatedCount} without a month are left out. Click
          a bar for its papers.
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
  );
}
