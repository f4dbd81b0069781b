import type { Command } from 'commander';
import { resolve } from 'node:path';
import { createFileCache } from '../../ingest/arxiv/file-cache';
import type { FetchDeps } from '../../ingest/citations/fetch-json-pages';
import { ApiUnreachableError } from '../../ingest/citations/fetch-json-pages';
import {
  OPENALEX_API_URL,
  fetchOpenAlexWorks,
  openAlexQuery,
} from '../../ingest/openalex/fetch-openalex-works';
import { ingestCitations } from '../../ingest/pipeline/ingest-citations';
import {
  S2_API_URL,
  fetchS2References,
  s2Settings,
} from '../../ingest/semantic-scholar/fetch-s2-references';
import type { WorkRef } from '../model/citation-network/citation';
import { parseWorkRefText } from '../model/citation-network/citation';
import { listListedPaperIds } from '../store/citation-graph.store';
import { listIdentifiedPapers } from '../store/work.store';
import type { Db } from '../store/database';
import { saveIndexForNewContent } from './save-index';
import { formatCitationsSummary } from './format-citations-summary';
import type { CliIo } from './io';
import { UsageError } from './io';
import { openGraph } from './open-graph';
import { resolveDbPath } from './paths';

interface FetchFlags {
  db?: string;
  apiUrl: string;
  cacheDir: string;
  intervalMs?: string;
  timeoutMs: string;
  retries: string;
  list?: string;
  verbose?: boolean;
}

function addCommonOptions(command: Command, api: string, cacheDir: string): Command {
  return command
    .argument('[papers...]', 'arXiv ids or DOIs (default: every paper of the graph that has one)')
    .option('--list <name>', "only this list's papers")
    .option('--api-url <url>', 'API endpoint', api)
    .option('--cache-dir <dir>', 'where raw answers are kept, so re-runs resume', cacheDir)
    .option(
      '--interval-ms <ms>',
      'minimum time between two requests (default: the API’s documented limit)',
    )
    .option('--timeout-ms <ms>', 'give up on one request after this long', '30000')
    .option('--retries <n>', 'further attempts after a 429, 5xx or timeout', '3')
    .option('--verbose', 'print every skipped paper')
    .option('--db <path>', 'database file');
}

export function registerFetchCitationsCommands(program: Command, io: CliIo): void {
  addCommonOptions(
    program
      .command('fetch-s2')
      .description(
        "Fetch the references of the graph's papers from the Semantic Scholar Graph API (contexts, intents, influence); $S2_API_KEY for a key (1 request/s, else 1 per 3 s), retries, on-disk cache, resumable",
      ),
    io.env['SURVEYGRAPH_S2_API'] ?? S2_API_URL,
    '.cache/s2',
  ).action((papers: string[], flags: FetchFlags) =>
    runFetch(papers, flags, io, 's2-references', (refs, deps, common) =>
      fetchS2References(refs, deps, {
        ...common,
        ...s2Settings(io.env['S2_API_KEY']),
        ...interval(flags),
      }),
    ),
  );
  addCommonOptions(
    program
      .command('fetch-openalex')
      .description(
        "Fetch the graph's papers from OpenAlex (referenced_works); $OPENALEX_MAILTO joins the polite pool, $OPENALEX_API_KEY is sent when set; 5 requests/s, retries, on-disk cache, resumable",
      ),
    io.env['SURVEYGRAPH_OPENALEX_API'] ?? OPENALEX_API_URL,
    '.cache/openalex',
  ).action((papers: string[], flags: FetchFlags) =>
    runFetch(papers, flags, io, 'openalex', (refs, deps, common) =>
      fetchOpenAlexWorks(refs, deps, {
        ...common,
        minIntervalMs: 200,
        headers: {},
        query: openAlexQuery({
          mailto: io.env['OPENALEX_MAILTO'],
          apiKey: io.env['OPENALEX_API_KEY'],
        }),
        ...interval(flags),
      }),
    ),
  );
}

function interval(flags: FetchFlags): { minIntervalMs?: number } {
  return flags.intervalMs === undefined
    ? {}
    : { minIntervalMs: readNumber(flags.intervalMs, '--interval-ms') };
}

type Fetcher = (
  refs: WorkRef[],
  deps: FetchDeps,
  common: {
    baseUrl: string;
    timeoutMs: number;
    retries: number;
    onProgress: (done: number, total: number, cached: boolean) => void;
  },
) => ReturnType<typeof fetchS2References>;

async function runFetch(
  papers: string[],
  flags: FetchFlags,
  io: CliIo,
  format: string,
  fetchWith: Fetcher,
) {
  const graph = openGraph(resolveDbPath(flags.db, io));
  try {
    const refs = papers.length > 0 ? papers.map(readRef) : graphPaperRefs(graph.db, flags.list);
    if (refs.length === 0) return io.out('no paper with an arXiv id or DOI to ask about');
    io.err(`asking ${flags.apiUrl} about ${refs.length} papers…`);
    const deps: FetchDeps = {
      fetch,
      cache: createFileCache(resolve(io.cwd, flags.cacheDir)),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      now: Date.now,
    };
    const fetched = await fetchWith(refs, deps, {
      baseUrl: flags.apiUrl,
      timeoutMs: readNumber(flags.timeoutMs, '--timeout-ms'),
      retries: readNumber(flags.retries, '--retries'),
      onProgress: (done, total, cached) => {
        if (done % 10 === 0 || done === total)
          io.err(`  ${done}/${total} papers${cached ? ' (cached)' : ''}`);
      },
    }).catch((error: unknown) => {
      if (error instanceof ApiUnreachableError)
        throw new UsageError(`${error.message}; the database was not changed`, 1);
      throw error;
    });
    const summary = ingestCitations(graph.db, fetched.records, {
      format,
      sources: [flags.apiUrl],
      parserFindings: { skipped: fetched.skipped, warnings: fetched.warnings },
    });
    saveIndexForNewContent(graph.db);
    io.out(formatCitationsSummary(summary, flags.apiUrl, flags.verbose ?? false));
  } finally {
    graph.db.close();
  }
}

function graphPaperRefs(db: Db, list: string | undefined): WorkRef[] {
  const listed = list ? new Set(listListedPaperIds(db, list)) : undefined;
  if (listed?.size === 0) throw new UsageError(`no list named "${list}" places any paper`);
  return listIdentifiedPapers(db)
    .filter((p) => (p.arxivId || p.doi) && (!listed || listed.has(p.id)))
    .map((p) => ({
      arxivId: p.arxivId ?? undefined,
      doi: p.doi?.toLowerCase() ?? undefined,
      title: p.title,
    }));
}

function readRef(text: string): WorkRef {
  const ref = parseWorkRefText(text);
  if (!ref) throw new UsageError(`"${text}" is neither an arXiv id nor a DOI`);
  return ref;
}

function readNumber(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0)
    throw new UsageError(`${flag} must be a number ≥ 0 (got "${text}")`);
  return value;
}
