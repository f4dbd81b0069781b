import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CsvRow } from './download';
import { downloadCsv, downloadPng, downloadSvg } from './download';

/**
 * A figure: the chart `draw` makes (re-drawn when the width changes), buttons to save it as SVG,
 * PNG and its data as CSV, and its data as a table (`children`) for screen readers and keyboards.
 */
export function FigureFrame(props: {
  name: string;
  title: string;
  caption: ComponentChildren;
  draw: (width: number) => Element;
  csv: CsvRow[];
  children: ComponentChildren;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    let lastWidth = 0;
    const render = () => {
      const width = Math.max(320, Math.floor(element.clientWidth));
      if (width === lastWidth) return;
      lastWidth = width;
      element.replaceChildren(props.draw(width));
      // The drawing is hidden from assistive technology; its links are reachable in the table.
      for (const link of element.querySelectorAll('a')) link.setAttribute('tabindex', '-1');
    };
    render();
    const observer = new ResizeObserver(render);
    observer.observe(element);
    return () => observer.disconnect();
  }, [props.draw]);
  // Plot puts a legend (HTML, or an SVG ramp) before the chart's own SVG: the chart is the last one.
  const svg = () => [...(holder.current?.querySelectorAll('svg') ?? [])].at(-1) ?? null;
  const save = async (kind: 'svg' | 'png' | 'csv') => {
    try {
      const chart = svg();
      if (kind === 'csv') downloadCsv(props.csv, props.name);
      else if (!chart) throw new Error('Nothing drawn yet.');
      else if (kind === 'svg') downloadSvg(chart, props.name);
      else await downloadPng(chart, props.name);
      setStatus(`Saved ${props.name}.${kind}`);
    } catch (error) {
      setStatus((error as Error).message);
    }
  };
  return (
    <figure class="figure" data-figure={props.name}>
      <h2>{props.title}</h2>
      <figcaption>{props.caption}</figcaption>
      <div class="chart" ref={holder} aria-hidden="true" />
      <div class="downloads" role="group" aria-label={`Download ${props.title}`}>
        <button type="button" onClick={() => save('svg')}>
          SVG
        </button>
        <button type="button" onClick={() => save('png')}>
          PNG
        </button>
        <button type="button" onClick={() => save('csv')}>
          Data (CSV)
        </button>
        <span role="status">{status}</span>
      </div>
      <details class="figure-data">
        <summary>Data as a table</summary>
        {props.children}
      </details>
    </figure>
  );
}
