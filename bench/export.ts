// Export figures for `npm run bench`: time and size of exporting the whole corpus in each format.
import type { ExportRequest } from '../src/service/export-papers';
import { exportPapers } from '../src/service/export-papers';
import { exportFormatNames } from '../src/export/export-file-types';
import { citationStyles } from '../src/export/citation-styles';
import { PaperIndex } from '../src/search/paper-index';
import { openDatabase } from '../src/store/database';
import { percentile, timeRuns } from './measure';

const RUNS = 10;

/** Every export the CLI, GraphQL and HTTP offer, over the whole corpus. */
function requests(citations: boolean): [label: string, request: ExportRequest][] {
  return [
    ...exportFormatNames.map((format): [string, ExportRequest] => [
      format,
      { format, selection: { kind: 'all' } },
    ]),
    ...(citations ? citationStyles : []).map((style): [string, ExportRequest] => [
      `citations ${style}`,
      { format: 'citations', style, selection: { kind: 'all' } },
    ]),
  ];
}

/** Prints a table: per format, the bytes written and the median and p99 time of an export. */
export async function benchExport(
  dbPath: string,
  { citations = true, runs = RUNS }: { citations?: boolean; runs?: number } = {},
): Promise<{ format: string; bytes: number; median: number; p99: number }[]> {
  const db = openDatabase(dbPath);
  const sources = { db, index: PaperIndex.open(db) };
  try {
    const rows: string[][] = [];
    const figures: { format: string; bytes: number; median: number; p99: number }[] = [];
    let papers = 0;
    for (const [label, request] of requests(citations)) {
      let bytes = 0;
      const times = await timeRuns(
        runs,
        async () => {
          const outcome = await exportPapers(sources, request);
          if (!outcome.ok) throw new Error(`${label}: ${outcome.reason}`);
          bytes = Buffer.byteLength(outcome.document.text);
          papers = outcome.document.paperCount;
        },
        1,
      );
      figures.push({
        format: label,
        bytes,
        median: percentile(times, 50),
        p99: percentile(times, 99),
      });
      rows.push([
        label,
        bytes.toLocaleString('en'),
        ms(percentile(times, 50)),
        ms(percentile(times, 99)),
      ]);
    }
    console.log(
      `\nexport of the whole corpus (${papers} papers), ${runs} runs each after a warm-up:`,
    );
    printTable(['format', 'bytes', 'median ms', 'p99 ms'], rows);
    return figures;
  } finally {
    db.close();
  }
}

function ms(value: number): string {
  return value.toFixed(1);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
