import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { graphql } from 'graphql';
import { schema } from '../api/schema';
import type { CliIo } from './io';
import { UsageError } from './io';
import { localContext, openGraph } from './open-graph';
import { resolveDbPath } from './paths';
import type { SelectionFlags } from './read-selection-flags';
import { readExportSelection } from './read-selection-flags';
import { describeSelectionFailure } from '../model/selection/paper-selection';
import { exportCitationGraph, GRAPH_FORMATS } from '../service/export-citation-graph';
import type { GraphFormat } from '../service/export-citation-graph';
import { citationGraphOf } from '../api/citation-graph-cache';

interface NodeOut {
  key: string;
  paper: { title: string; arxivId: string | null; year: number | null } | null;
  work: {
    title: string | null;
    raw: string | null;
    arxivId: string | null;
    doi: string | null;
    year: number | null;
  } | null;
}
const NODE = 'key paper { title arxivId year } work { title raw arxivId doi year }';

/** One line for a node: its id (arXiv id or DOI), year and title. */
function describeNode(node: NodeOut): string {
  const item = node.paper ?? node.work;
  const id = item?.arxivId ?? node.work?.doi ?? node.key;
  const title = node.paper?.title ?? node.work?.title ?? node.work?.raw ?? '';
  const clipped = title.length > 100 ? `${title.slice(0, 99)}…` : title;
  return `${id}${item?.year ? ` (${item.year})` : ''}${node.paper ? '' : ' [external]'}  ${clipped}`;
}

async function runQuery<T>(
  dbFlag: string | undefined,
  io: CliIo,
  document: string,
  variables: Record<string, unknown>,
) {
  const graph = openGraph(resolveDbPath(dbFlag, io));
  try {
    const result = await graphql({
      schema,
      source: document,
      variableValues: variables,
      contextValue: localContext(graph),
    });
    if (result.errors?.length) throw new UsageError(result.errors.map((e) => e.message).join('; '));
    return result.data as T;
  } finally {
    graph.db.close();
  }
}

export function registerCitationsCommand(program: Command, io: CliIo): void {
  const citations = program
    .command('citations')
    .description(
      'What the imported citations reveal: gaps in a list, a survey against its list, central papers, paths, graph export',
    );
  registerGaps(citations, io);
  registerSurveyVsList(citations, io);
  registerCentral(citations, io);
  registerPath(citations, io);
  registerGraphExport(citations, io);
}

function registerGaps(parent: Command, io: CliIo) {
  parent
    .command('gaps')
    .description(
      'Works cited by at least --min-citers listed papers (or by --survey) that the list lacks, most cited first; and listed papers nothing cites',
    )
    .option('--list <name>', 'the list (default: every list)')
    .option('--min-citers <k>', 'listed papers that must cite a work', '2')
    .option('--survey <paper>', "the list's survey (arXiv id or DOI): what it cites counts too")
    .option('-n, --first <n>', 'how many gaps to print', '20')
    .option('--json', 'print as JSON')
    .option('--db <path>', 'database file')
    .action(
      async (o: {
        list?: string;
        minCiters: string;
        survey?: string;
        first: string;
        json?: boolean;
        db?: string;
      }) => {
        const data = await runQuery<{
          citationCoverage: {
            gapCount: number;
            uncitedListedCount: number;
            gaps: { citingListedCount: number; citedBySurvey: boolean; node: NodeOut }[];
            uncitedListed: { title: string; arxivId: string | null }[];
          };
        }>(
          o.db,
          io,
          `query ($list: String, $k: Int, $survey: String, $n: Int) { citationCoverage(list: $list, minCiters: $k, survey: $survey) {
          gapCount uncitedListedCount gaps(first: $n) { citingListedCount citedBySurvey node { ${NODE} } } uncitedListed(first: $n) { title arxivId } } }`,
          {
            list: o.list,
            k: readInt(o.minCiters, '--min-citers'),
            survey: o.survey,
            n: readInt(o.first, '--first'),
          },
        );
        if (o.json) return io.out(JSON.stringify(data.citationCoverage, null, 2));
        const c = data.citationCoverage;
        io.out(
          [
            `gaps: ${c.gapCount} works the list lacks`,
            ...c.gaps.map(
              (g) =>
                `  ${String(g.citingListedCount).padStart(3)}${g.citedBySurvey ? ' +survey' : '        '}  ${describeNode(g.node)}`,
            ),
            `listed papers nothing in the graph cites: ${c.uncitedListedCount}`,
            ...c.uncitedListed.map((p) => `  ${p.arxivId ?? '-'}  ${p.title}`),
          ].join('\n'),
        );
      },
    );
}

function registerSurveyVsList(parent: Command, io: CliIo) {
  parent
    .command('survey-vs-list')
    .description("A survey's imported bibliography against its list, both directions counted")
    .requiredOption('--list <name>', 'the list')
    .requiredOption(
      '--survey <paper>',
      'the survey (arXiv id or DOI) whose bibliography was imported with --references-of',
    )
    .option('-n, --first <n>', 'how many of each side to print', '20')
    .option('--json', 'print as JSON')
    .option('--db <path>', 'database file')
    .action(
      async (o: { list: string; survey: string; first: string; json?: boolean; db?: string }) => {
        const data = await runQuery<{
          surveyVsList: Record<string, number> & {
            citedNotListed: NodeOut[];
            listedNotCited: { title: string; arxivId: string | null }[];
          };
        }>(
          o.db,
          io,
          `query ($list: String!, $survey: String!, $n: Int) { surveyVsList(list: $list, survey: $survey) {
          citedCount listedCount citedAndListedCount citedNotListedCount listedNotCitedCount
          citedAndListed(first: $n) { title arxivId } citedNotListed(first: $n) { ${NODE} }
          listedNotCited(first: $n) { title arxivId } } }`,
          { list: o.list, survey: o.survey, n: readInt(o.first, '--first') },
        );
        const r = data.surveyVsList;
        if (o.json) return io.out(JSON.stringify(r, null, 2));
        io.out(
          [
            `the survey cites ${r.citedCount} works; the list places ${r.listedCount} papers`,
            `  cited and listed:     ${r.citedAndListedCount}`,
            `  cited, not listed:    ${r.citedNotListedCount}`,
            ...r.citedNotListed.map((n) => `    ${describeNode(n)}`),
            `  listed, not cited:    ${r.listedNotCitedCount}`,
            ...r.listedNotCited.map((p) => `    ${p.arxivId ?? '-'}  ${p.title}`),
          ].join('\n'),
        );
      },
    );
}

function registerCentral(parent: Command, io: CliIo) {
  parent
    .command('central')
    .description(
      'Papers by PageRank in the citation network among papers of the graph (or of one list)',
    )
    .option('--list <name>', "rank this list's papers on the citations among them")
    .option('-n, --first <n>', 'how many', '20')
    .option('--db <path>', 'database file')
    .action(async (o: { list?: string; first: string; db?: string }) => {
      const data = await runQuery<{
        citationCentrality: {
          score: number;
          citedByCorpus: number;
          paper: { title: string; arxivId: string | null };
        }[];
      }>(
        o.db,
        io,
        'query ($list: String, $n: Int) { citationCentrality(list: $list, first: $n) { score citedByCorpus paper { title arxivId } } }',
        { list: o.list, n: readInt(o.first, '--first') },
      );
      io.out(
        data.citationCentrality
          .map(
            (c) =>
              `${c.score.toFixed(4)}  ${String(c.citedByCorpus).padStart(3)} citers  ${c.paper.arxivId ?? '-'}  ${c.paper.title}`,
          )
          .join('\n') || 'no citations among papers of the graph yet',
      );
    });
}

function registerPath(parent: Command, io: CliIo) {
  parent
    .command('path')
    .description('The shortest chain of citations from one paper to another')
    .argument('<from>', 'arXiv id or DOI')
    .argument('<to>', 'arXiv id or DOI')
    .option('--undirected', 'also step from a work to one that cites it')
    .option('--db <path>', 'database file')
    .action(async (from: string, to: string, o: { undirected?: boolean; db?: string }) => {
      const data = await runQuery<{ citationPath: NodeOut[] | null }>(
        o.db,
        io,
        `query ($from: String!, $to: String!, $u: Boolean) { citationPath(from: $from, to: $to, undirected: $u) { ${NODE} } }`,
        { from, to, u: o.undirected ?? false },
      );
      if (!data.citationPath)
        throw new UsageError(
          `no chain of citations leads from ${from} to ${to}${o.undirected ? '' : ' (try --undirected)'}`,
        );
      io.out(
        data.citationPath.map((n, i) => `${i === 0 ? '  ' : '→ '}${describeNode(n)}`).join('\n'),
      );
    });
}

function registerGraphExport(parent: Command, io: CliIo) {
  parent
    .command('export')
    .description(
      'The citation graph of a selection (default: every paper) as GraphML, GEXF (Gephi) or a CSV edge list',
    )
    .option('-f, --format <format>', Object.keys(GRAPH_FORMATS).join(' | '), 'graphml')
    .option('--external', 'also the works outside the selection that it cites')
    .option('--collection <name>', 'the papers of a collection')
    .option('--search <words>', 'the hits of a full-text search')
    .option('--limit <n>', 'with --search: at most this many hits')
    .option('--filter <json>', 'every paper a filter matches')
    .option('--ids <ids...>', 'papers by arXiv id, paper key or citation key')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--db <path>', 'database file')
    .action(
      (
        o: SelectionFlags & { format: string; external?: boolean; output?: string; db?: string },
      ) => {
        if (!(o.format in GRAPH_FORMATS))
          throw new UsageError(
            `unknown graph format "${o.format}"; use ${Object.keys(GRAPH_FORMATS).join(', ')}`,
          );
        const selection = readExportSelection([], o);
        const graph = openGraph(resolveDbPath(o.db, io));
        try {
          const context = localContext(graph);
          const outcome = exportCitationGraph(
            { ...context, graph: citationGraphOf(context) },
            { format: o.format as GraphFormat, selection, includeExternal: o.external ?? false },
          );
          if (!outcome.ok) throw new UsageError(describeSelectionFailure(outcome));
          const { text, nodeCount, edgeCount } = outcome.document;
          if (o.output === undefined) return io.out(text);
          const path = resolve(io.cwd, o.output);
          writeFileSync(path, text);
          io.err(`wrote ${nodeCount} nodes and ${edgeCount} citations to ${path} (${o.format})`);
        } finally {
          graph.db.close();
        }
      },
    );
}

function readInt(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${flag} must be a positive whole number (got "${text}")`);
  return value;
}
