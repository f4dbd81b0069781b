/** One stored edge: citing work → cited work, with the paper each is, when it is one. */
export interface CitationEdge {
  citingWorkId: number;
  citingPaperId: number | null;
  citedWorkId: number;
  citedPaperId: number | null;
}

/** A node: a paper of the graph (`p:<id>`) or an external work (`w:<id>`). */
export type CitationNode = `p:${number}` | `w:${number}`;

export function paperNode(paperId: number): CitationNode {
  return `p:${paperId}`;
}

export function nodeOf(paperId: number | null, workId: number): CitationNode {
  return paperId === null ? `w:${workId}` : `p:${paperId}`;
}

/** The paper id of a node, or undefined for an external work. */
export function paperIdOf(node: CitationNode): number | undefined {
  return node.startsWith('p:') ? Number(node.slice(2)) : undefined;
}

export function workIdOf(node: CitationNode): number | undefined {
  return node.startsWith('w:') ? Number(node.slice(2)) : undefined;
}

/**
 * The citation graph in memory, works that are papers folded into their paper (a preprint and
 * its published version, cited under different ids, are one node). Self-loops are dropped.
 */
export class CitationGraph {
  private readonly outgoing = new Map<CitationNode, Set<CitationNode>>();
  private readonly incoming = new Map<CitationNode, Set<CitationNode>>();
  private readonly pairs = new Map<string, [number, number][]>();

  constructor(edges: readonly CitationEdge[]) {
    for (const edge of edges) {
      const from = nodeOf(edge.citingPaperId, edge.citingWorkId);
      const to = nodeOf(edge.citedPaperId, edge.citedWorkId);
      if (from === to) continue;
      const pairKey = `${from}>${to}`;
      this.pairs.set(pairKey, [
        ...(this.pairs.get(pairKey) ?? []),
        [edge.citingWorkId, edge.citedWorkId],
      ]);
      add(this.outgoing, from, to);
      add(this.incoming, to, from);
    }
  }

  /** What `node` cites. */
  references(node: CitationNode): CitationNode[] {
    return [...(this.outgoing.get(node) ?? [])];
  }

  /** What cites `node`. */
  citers(node: CitationNode): CitationNode[] {
    return [...(this.incoming.get(node) ?? [])];
  }

  cites(from: CitationNode, to: CitationNode): boolean {
    return this.outgoing.get(from)?.has(to) ?? false;
  }

  /** The stored (citing work, cited work) edges folded into the edge from → to. */
  workPairs(from: CitationNode, to: CitationNode): [number, number][] {
    return this.pairs.get(`${from}>${to}`) ?? [];
  }

  /** Every node with at least one edge. */
  nodes(): CitationNode[] {
    return [...new Set([...this.outgoing.keys(), ...this.incoming.keys()])];
  }

  /** Edges between papers of the graph only: the corpus's own citation network. */
  paperEdges(): [number, number][] {
    const edges: [number, number][] = [];
    for (const [from, targets] of this.outgoing) {
      const citing = paperIdOf(from);
      if (citing === undefined) continue;
      for (const to of targets) {
        const cited = paperIdOf(to);
        if (cited !== undefined) edges.push([citing, cited]);
      }
    }
    return edges;
  }
}

function add(map: Map<CitationNode, Set<CitationNode>>, key: CitationNode, value: CitationNode) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
