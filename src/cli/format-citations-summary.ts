import type { CitationsSummary } from '../../ingest/pipeline/ingest-citations';
import { formatFindingCounts } from './format-summary';

/** The summary of a citation import: every record accounted for, resolved or external or skipped. */
export function formatCitationsSummary(
  summary: CitationsSummary,
  source: string,
  verbose: boolean,
): string {
  const { cited, edges } = summary;
  const ids = Object.entries(summary.citedIds)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  const lines = [
    `citations (${summary.format}) ← ${source} (run ${summary.runId})`,
    `  references: ${summary.records} read, ${summary.skipped.length} skipped`,
    `  cited works: ${cited.arxiv + cited.doi + cited.title} are papers of the graph (${cited.arxiv} by arXiv id, ${cited.doi} by DOI, ${cited.title} by title), ${cited.external} external`,
    `  identified by: ${ids || 'nothing'}`,
    `  citing works: ${summary.citingPapers} papers of the graph, ${summary.citingExternal} external`,
    `  edges: ${edges.added} added, ${edges.existing} already known; works: ${summary.worksCreated} new${summary.worksLinked ? `, ${summary.worksLinked} earlier ones now linked to papers` : ''}`,
    formatFindingCounts('warnings', [...summary.warnings, ...summary.selfCitations]),
    formatFindingCounts('skipped', summary.skipped),
  ];
  const named = verbose
    ? [...summary.skipped, ...summary.warnings, ...summary.selfCitations]
    : summary.skipped.slice(0, 5);
  for (const finding of named)
    lines.push(`  ✗ ${finding.where} ${finding.code}: ${finding.reason}`);
  if (!verbose && summary.skipped.length > named.length)
    lines.push('  (run with --verbose to see every finding)');
  return lines.join('\n');
}
