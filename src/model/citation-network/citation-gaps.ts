import type { CitationGraph, CitationNode } from './citation-graph';
import { paperIdOf, paperNode } from './citation-graph';

/** A work the list lacks, with the listed papers (or the survey) that cite it. */
export interface CoverageGap {
  node: CitationNode;
  /** Listed papers that cite it, ascending ids. */
  citingListed: number[];
  /** True when the survey (if one was given) cites it. */
  citedBySurvey: boolean;
}

/**
 * "What did this list miss?": works not in the list cited by at least `minCiters` listed papers,
 * or by the survey itself, ranked by how many listed papers cite them (survey-cited first among
 * equals), then by node for a stable order.
 */
export function findCoverageGaps(
  graph: CitationGraph,
  listed: ReadonlySet<number>,
  options: { minCiters: number; survey?: CitationNode | undefined },
): CoverageGap[] {
  const counts = new Map<CitationNode, number[]>();
  for (const paperId of listed) {
    for (const cited of graph.references(paperNode(paperId))) {
      const citedPaper = paperIdOf(cited);
      if (citedPaper !== undefined && listed.has(citedPaper)) continue;
      counts.set(cited, [...(counts.get(cited) ?? []), paperId]);
    }
  }
  const surveyCites = new Set(options.survey ? graph.references(options.survey) : []);
  for (const cited of surveyCites) {
    const citedPaper = paperIdOf(cited);
    if (citedPaper !== undefined && listed.has(citedPaper)) continue;
    if (!counts.has(cited)) counts.set(cited, []);
  }
  return [...counts]
    .map(([node, citers]) => ({
      node,
      citingListed: citers.sort((a, b) => a - b),
      citedBySurvey: surveyCites.has(node),
    }))
    .filter((gap) => gap.citingListed.length >= options.minCiters || gap.citedBySurvey)
    .sort(
      (a, b) =>
        b.citingListed.length - a.citingListed.length ||
        Number(b.citedBySurvey) - Number(a.citedBySurvey) ||
        a.node.localeCompare(b.node),
    );
}

/** Listed papers no paper of the graph cites (external citers do not count), ascending. */
export function findUncitedListedPapers(
  graph: CitationGraph,
  listed: ReadonlySet<number>,
): number[] {
  return [...listed]
    .filter((paperId) => !graph.citers(paperNode(paperId)).some((n) => paperIdOf(n) !== undefined))
    .sort((a, b) => a - b);
}

/** A survey's bibliography against its list, both directions. */
export interface SurveyListComparison {
  /** Listed papers the survey cites. */
  citedAndListed: number[];
  /** Works the survey cites that the list lacks (papers of the graph or external works). */
  citedNotListed: CitationNode[];
  /** Listed papers the survey does not cite. */
  listedNotCited: number[];
}

export function compareSurveyWithList(
  graph: CitationGraph,
  survey: CitationNode,
  listed: ReadonlySet<number>,
): SurveyListComparison {
  const cited = graph.references(survey);
  const citedPapers = new Set(cited.map(paperIdOf).filter((id) => id !== undefined));
  return {
    citedAndListed: [...listed].filter((id) => citedPapers.has(id)).sort((a, b) => a - b),
    citedNotListed: cited
      .filter((node) => {
        const paperId = paperIdOf(node);
        return paperId === undefined || !listed.has(paperId);
      })
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    listedNotCited: [...listed].filter((id) => !citedPapers.has(id)).sort((a, b) => a - b),
  };
}
