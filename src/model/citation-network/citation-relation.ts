import type { CitationGraph, CitationNode } from './citation-graph';

/** How two works are linked by citations, for people: the strongest ties first. */
export function describeCitationRelation(
  graph: CitationGraph,
  from: CitationNode,
  to: CitationNode,
): string | null {
  const parts: string[] = [];
  if (graph.cites(from, to)) parts.push('cites it');
  if (graph.cites(to, from)) parts.push('is cited by it');
  const citers = new Set(graph.citers(from));
  const coCiting = graph.citers(to).filter((n) => citers.has(n)).length;
  if (coCiting > 0) parts.push(`co-cited by ${coCiting} work${coCiting === 1 ? '' : 's'}`);
  const references = new Set(graph.references(from));
  const shared = graph.references(to).filter((n) => references.has(n)).length;
  if (shared > 0) parts.push(`${shared} shared reference${shared === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join('; ') : null;
}
