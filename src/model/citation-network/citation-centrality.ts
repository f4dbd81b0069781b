/**
 * PageRank over the corpus's own citation network (papers citing papers): a paper is central
 * when central papers cite it. Damping 0.85; papers that cite nothing in the corpus spread their
 * rank evenly (the usual treatment of dangling nodes), so scores sum to 1.
 */
export function rankByPageRank(
  paperIds: readonly number[],
  edges: readonly (readonly [number, number])[],
  options: { damping?: number; iterations?: number; tolerance?: number } = {},
): Map<number, number> {
  const damping = options.damping ?? 0.85;
  const n = paperIds.length;
  const index = new Map(paperIds.map((id, i) => [id, i]));
  const outDegree = new Array<number>(n).fill(0);
  const incoming: number[][] = paperIds.map(() => []);
  for (const [from, to] of edges) {
    const i = index.get(from);
    const j = index.get(to);
    if (i === undefined || j === undefined || i === j) continue;
    outDegree[i]! += 1;
    incoming[j]!.push(i);
  }
  let rank = new Array<number>(n).fill(1 / n);
  for (let step = 0; step < (options.iterations ?? 100); step++) {
    const dangling = rank.reduce((sum, r, i) => (outDegree[i] === 0 ? sum + r : sum), 0);
    const base = (1 - damping) / n + (damping * dangling) / n;
    const next = incoming.map(
      (from) => base + damping * from.reduce((sum, i) => sum + rank[i]! / outDegree[i]!, 0),
    );
    const change = next.reduce((sum, r, i) => sum + Math.abs(r - rank[i]!), 0);
    rank = next;
    if (change < (options.tolerance ?? 1e-10)) break;
  }
  return new Map(paperIds.map((id, i) => [id, rank[i]!]));
}
