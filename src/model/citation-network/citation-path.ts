import type { CitationGraph, CitationNode } from './citation-graph';

/**
 * The shortest chain of citations from one node to another (breadth-first): each step cites the
 * next. With `undirected`, a step may also go from a work to one that cites it. Ties are broken
 * by node order, so the answer is stable. Undefined when no chain exists.
 */
export function findCitationPath(
  graph: CitationGraph,
  from: CitationNode,
  to: CitationNode,
  options: { undirected?: boolean; maxLength?: number } = {},
): CitationNode[] | undefined {
  if (from === to) return [from];
  const previous = new Map<CitationNode, CitationNode>([[from, from]]);
  let frontier = [from];
  for (let depth = 0; frontier.length > 0 && depth < (options.maxLength ?? 20); depth++) {
    const next: CitationNode[] = [];
    for (const node of frontier) {
      const steps = options.undirected
        ? [...graph.references(node), ...graph.citers(node)]
        : graph.references(node);
      for (const step of steps.sort()) {
        if (previous.has(step)) continue;
        previous.set(step, node);
        if (step === to) return unwind(previous, to);
        next.push(step);
      }
    }
    frontier = next;
  }
  return undefined;
}

function unwind(previous: Map<CitationNode, CitationNode>, to: CitationNode): CitationNode[] {
  const path = [to];
  let node = to;
  while (previous.get(node) !== node) {
    node = previous.get(node)!;
    path.unshift(node);
  }
  return path;
}
