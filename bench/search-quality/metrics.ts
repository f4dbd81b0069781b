/**
 * Ranking metrics at a cut-off k (10), binary relevance:
 * - recall@k: relevant papers in the top k over min(k, relevant papers), so a query with 14
 *   relevant papers can still reach 1 (the "capped" recall of BEIR);
 * - nDCG@k: discounted gain of the top k over the best possible ordering;
 * - MRR: 1 / rank of the first relevant paper (0 when none is ranked at all).
 */
export interface QueryScores {
  recall: number;
  ndcg: number;
  mrr: number;
}

export function scoreRanking(
  ranked: readonly number[],
  relevant: ReadonlySet<number>,
  k = 10,
): QueryScores {
  const top = ranked.slice(0, k);
  const found = top.filter((id) => relevant.has(id)).length;
  const ideal = Math.min(k, relevant.size);
  const dcg = top.reduce((sum, id, i) => sum + (relevant.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  let idcg = 0;
  for (let i = 0; i < ideal; i++) idcg += 1 / Math.log2(i + 2);
  const first = ranked.findIndex((id) => relevant.has(id));
  return {
    recall: ideal ? found / ideal : 0,
    ndcg: idcg ? dcg / idcg : 0,
    mrr: first < 0 ? 0 : 1 / (first + 1),
  };
}

export function meanScores(scores: readonly QueryScores[]): QueryScores {
  const mean = (pick: (s: QueryScores) => number) =>
    scores.reduce((sum, s) => sum + pick(s), 0) / Math.max(1, scores.length);
  return { recall: mean((s) => s.recall), ndcg: mean((s) => s.ndcg), mrr: mean((s) => s.mrr) };
}
