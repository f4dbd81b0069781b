import type { Command } from 'commander';
import { resolve } from 'node:path';
import {
  fetchArxivRecords,
  ArxivUnreachableError,
  ARXIV_API_URL,
} from '../../ingest/arxiv/fetch-arxiv';
import { createFileCache } from '../../ingest/arxiv/file-cache';
import { ingestPaperRecords } from '../../ingest/pipeline/ingest-records';
import { parseArxivId } from '../model/paper/arxiv-id';
import { saveIndexForNewContent } from './save-index';
import { listArxivIdsMissingMetadata } from '../store/paper.store';
import { formatRecordsSummary } from './format-summary';
import type { CliIo } from './io';
import { readWholeNumber } from './read-whole-number';
import { UsageError } from './io';
import { openGraph } from './open-graph';
import { resolveDbPath } from './paths';

interface FetchOptions {
  db?: string;
  apiUrl: string;
  cacheDir: string;
  intervalMs: string;
  timeoutMs: string;
  verbose?: boolean;
}

export function registerFetchArxivCommand(program: Command, io: CliIo): void {
  program
    .command('fetch-arxiv')
    .description(
      'Fetch titles, authors, abstracts and dates from the arXiv API for the given ids, or for every paper still missing them; polite (one request per 3 s, retries, on-disk cache)',
    )
    .argument('[ids...]', 'arXiv ids (default: papers in the graph without authors or abstract)')
    .option(
      '--api-url <url>',
      'arXiv API endpoint (env SURVEYGRAPH_ARXIV_API)',
      io.env['SURVEYGRAPH_ARXIV_API'] ?? ARXIV_API_URL,
    )
    .option(
      '--cache-dir <dir>',
      'where raw API answers are kept, so re-runs resume',
      '.cache/arxiv',
    )
    .option('--interval-ms <ms>', 'minimum time between two requests', '3000')
    .option('--timeout-ms <ms>', 'give up on one request after this long', '30000')
    .option('--verbose', 'print every warning')
    .option('--db <path>', 'database file')
    .action((ids: string[], options: FetchOptions) => fetchArxiv(ids, options, io));
}

async function fetchArxiv(requested: string[], options: FetchOptions, io: CliIo): Promise<void> {
  const graph = openGraph(resolveDbPath(options.db, io));
  try {
    const ids =
      requested.length > 0 ? requested.map(validId) : listArxivIdsMissingMetadata(graph.db);
    if (ids.length === 0)
      return io.out('every arXiv paper in the graph already has authors and an abstract');
    io.err(`asking ${options.apiUrl} about ${ids.length} arXiv ids…`);
    const fetched = await fetchArxivRecords(
      ids,
      {
        fetch,
        cache: createFileCache(resolve(io.cwd, options.cacheDir)),
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        now: Date.now,
      },
      {
        baseUrl: options.apiUrl,
        minIntervalMs: readWholeNumber('--interval-ms', options.intervalMs, { min: 0 }),
        timeoutMs: readWholeNumber('--timeout-ms', options.timeoutMs),
        onProgress: (p) =>
          io.err(
            `  batch ${p.batch}/${p.batches}: ${p.doneIds}/${p.totalIds} ids${p.fromCache ? ' (cached)' : ''}`,
          ),
      },
    ).catch((error: unknown) => {
      if (error instanceof ArxivUnreachableError)
        throw new UsageError(`${error.message}; the database was not changed`, 1);
      throw error;
    });
    const summary = ingestPaperRecords(graph.db, fetched.records, {
      format: 'arxiv-api',
      sources: [options.apiUrl],
      createMissing: requested.length > 0,
      parserFindings: { skipped: fetched.skipped, warnings: fetched.warnings },
    });
    saveIndexForNewContent(graph.db);
    io.out(formatRecordsSummary(summary, options.apiUrl, options.verbose ?? false));
  } finally {
    graph.db.close();
  }
}

function validId(text: string): string {
  const parsed = parseArxivId(text);
  if (!parsed.ok) throw new UsageError(`"${text}" is not an arXiv id: ${parsed.reason}`);
  return parsed.id;
}
