import type { GraphDocument, GraphDocumentNode } from '../export/citation-graph-document';
import { formatCitationEdgesCsv } from '../export/format-citation-edges-csv';
import { formatGexf } from '../export/format-gexf';
import { formatGraphml } from '../export/format-graphml';
import type { CitationNode } from '../model/citation-network/citation-graph';
import {
  CitationGraph,
  paperIdOf,
  paperNode,
  workIdOf,
} from '../model/citation-network/citation-graph';
import type { PaperSelection, SelectionFailure } from '../model/selection/paper-selection';
import { listCitationEdges, listListedPaperIds } from '../store/citation-graph.store';
import { listPapersByIds } from '../store/paper.store';
import { listWorksByIds } from '../store/work.store';
import type { ExportSources } from './export-papers';
import { selectPapers } from './select-papers';

export const GRAPH_FORMATS = {
  graphml: { format: formatGraphml, contentType: 'application/graphml+xml', extension: 'graphml' },
  gexf: { format: formatGexf, contentType: 'application/gexf+xml', extension: 'gexf' },
  csv: { format: formatCitationEdgesCsv, contentType: 'text/csv; charset=utf-8', extension: 'csv' },
} as const;
export type GraphFormat = keyof typeof GRAPH_FORMATS;

export interface GraphExport {
  text: string;
  contentType: string;
  filename: string;
  nodeCount: number;
  edgeCount: number;
}

/**
 * The citation graph of a selection of papers: the citations among them and, with
 * `includeExternal`, the works outside the selection they cite (external or not selected).
 */
export function exportCitationGraph(
  sources: ExportSources & { graph?: CitationGraph | undefined },
  request: { format: GraphFormat; selection: PaperSelection; includeExternal: boolean },
): { ok: true; document: GraphExport } | SelectionFailure {
  const selected = selectPapers(sources, request.selection);
  if (!selected.ok) return selected;
  const graph = sources.graph ?? new CitationGraph(listCitationEdges(sources.db));
  const inSelection = new Set<CitationNode>(selected.paperIds.map(paperNode));
  const edges: { source: CitationNode; target: CitationNode }[] = [];
  const nodes = new Set<CitationNode>(inSelection);
  for (const source of inSelection) {
    for (const target of graph.references(source)) {
      if (!inSelection.has(target) && !request.includeExternal) continue;
      nodes.add(target);
      edges.push({ source, target });
    }
  }
  const document: GraphDocument = {
    nodes: describeNodes(sources, [...nodes]),
    edges: edges.map(publicEdge),
  };
  const format = GRAPH_FORMATS[request.format];
  return {
    ok: true,
    document: {
      text: format.format(document),
      contentType: format.contentType,
      filename: `citations.${format.extension}`,
      nodeCount: document.nodes.length,
      edgeCount: document.edges.length,
    },
  };
}

function publicId(node: CitationNode): string {
  return node.replace(/^p:/, 'paper:').replace(/^w:/, 'work:');
}

function publicEdge(edge: { source: CitationNode; target: CitationNode }) {
  return { source: publicId(edge.source), target: publicId(edge.target) };
}

function describeNodes(sources: ExportSources, nodes: CitationNode[]): GraphDocumentNode[] {
  const paperIds = nodes.flatMap((n) => paperIdOf(n) ?? []);
  const workIds = nodes.flatMap((n) => workIdOf(n) ?? []);
  const papers = new Map(
    listPapersByIds(sources.db, paperIds).flatMap((p) => (p ? [[p.id, p]] : [])),
  );
  const works = new Map(listWorksByIds(sources.db, workIds).flatMap((w) => (w ? [[w.id, w]] : [])));
  const listed = new Set(listListedPaperIds(sources.db));
  return nodes.map((node) => {
    const paper = papers.get(paperIdOf(node) ?? -1);
    if (paper) {
      return {
        id: publicId(node),
        label: paper.title,
        kind: 'paper',
        year: paper.year,
        arxivId: paper.arxivId,
        doi: paper.doi,
        listed: listed.has(paper.id),
      };
    }
    const work = works.get(workIdOf(node) ?? -1);
    return {
      id: publicId(node),
      label: work?.title ?? work?.raw ?? work?.key ?? publicId(node),
      kind: 'external',
      year: work?.year ?? null,
      arxivId: work?.arxivId ?? null,
      doi: work?.doi ?? null,
      listed: false,
    };
  });
}
