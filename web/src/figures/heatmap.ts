import * as Plot from '@observablehq/plot';
import { paperSetLink } from '../pages/paper-set-page';

export interface HeatCell {
  row: string;
  column: string;
  count: number;
  ids: readonly string[];
}

/** A heatmap of counts, each cell labelled and linking to its papers. */
export function drawHeatmap(cells: HeatCell[], rows: string[], columns: string[], width: number) {
  const longest = Math.max(0, ...rows.map((r) => r.length));
  const marginLeft = Math.min(200, 12 + Math.min(longest, MAX_LABEL) * 6);
  const href = (d: HeatCell) => paperSetLink(d.ids, `${d.row} × ${d.column}`);
  return Plot.plot({
    // Narrow screens scroll the chart sideways rather than squeeze the cells unreadably small.
    width: Math.max(width, marginLeft + columns.length * 30 + 40),
    height: Math.max(160, rows.length * 26 + 130),
    marginLeft,
    marginBottom: 110,
    padding: 0.05,
    x: { domain: columns, tickRotate: -40, label: null, tickFormat: shorten },
    y: { domain: rows, label: null, tickFormat: shorten },
    color: { type: 'sqrt', scheme: 'blues', legend: true, label: 'papers' },
    marks: [
      Plot.cell(cells, {
        x: 'column',
        y: 'row',
        fill: 'count',
        href,
        title: (d: HeatCell) => `${d.row} × ${d.column}: ${d.count}`,
      }),
      Plot.text(cells, {
        x: 'column',
        y: 'row',
        text: 'count',
        fill: (d: HeatCell) => (d.count > maxCount(cells) * 0.45 ? 'white' : 'black'),
        href,
        fontSize: 10,
      }),
    ],
  });
}

const MAX_LABEL = 28;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

function maxCount(cells: HeatCell[]): number {
  return Math.max(1, ...cells.map((c) => c.count));
}
