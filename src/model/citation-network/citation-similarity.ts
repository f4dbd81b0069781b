import type { CitationGraph, CitationNode } from './citation-graph';

/** Another node's similarity to a given one, by what they share. */
export interface CitationSimilarity {
  node: CitationNode;
  /** How many works they share (citers for co-citation, references for coupling). */
  shared: number;
  /** Salton's cosine: shared / √(n₁ · n₂), in 0…1. */
  score: number;
}

/**
 * Co-citation (Small 1973): two works are similar when the same works cite both. Counted over
 * every citer, external ones included (a survey citing both counts).
 */
export function rankCoCited(graph: CitationGraph, node: CitationNode): CitationSimilarity[] {
  return rankByShared(
    node,
    (n) => graph.citers(n),
    (n) => graph.references(n),
  );
}

/**
 * Bibliographic coupling (Kessler 1963): two works are similar when they cite the same works.
 */
export function rankCoupled(graph: CitationGraph, node: CitationNode): CitationSimilarity[] {
  return rankByShared(
    node,
    (n) => graph.references(n),
    (n) => graph.citers(n),
  );
}

function rankByShared(
  node: CitationNode,
  neighbours: (n: CitationNode) => CitationNode[],
  back: (n: CitationNode) => CitationNode[],
): CitationSimilarity[] {
  const own = neighbours(node);
  const shared = new Map<CitationNode, number>();
  for (const middle of own) {
    for (const other of back(middle)) {
      if (other !== node) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  return [...shared]
    .map(([other, count]) => ({
      node: other,
      shared: count,
      score: count / Math.sqrt(own.length * neighbours(other).length),
    }))
    .sort((a, b) => b.shared - a.shared || b.score - a.score || a.node.localeCompare(b.node));
}
