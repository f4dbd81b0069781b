import type { GraphDocument, GraphDocumentNode } from './citation-graph-document';

const HEADER = ['source', 'target', 'source_title', 'target_title', 'target_kind', 'target_listed'];

/** A CSV edge list (RFC 4180), one citation per row, with the titles to read it by eye. */
export function formatCitationEdgesCsv(graph: GraphDocument): string {
  const byId = new Map<string, GraphDocumentNode>(graph.nodes.map((node) => [node.id, node]));
  const rows = graph.edges.map((edge) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    return [
      edge.source,
      edge.target,
      source?.label ?? '',
      target?.label ?? '',
      target?.kind ?? '',
      String(target?.listed ?? false),
    ];
  });
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
