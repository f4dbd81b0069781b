import type { IngestSummary } from '../../ingest/pipeline/ingest-list';
import type { RecordsSummary } from '../../ingest/pipeline/ingest-records';
import type { Finding } from '../model/finding';
import { describeCoverage } from '../../ingest/awesome-list/measure-arxiv-coverage';

/** Findings worth a line of their own in every summary; the rest are counted by code. */
const ALWAYS_SHOWN = new Set([
  'invalid-arxiv-id',
  'conflicting-id',
  'link-id-mismatch',
  'low-coverage',
  'link-not-understood',
]);

export function formatIngestSummary(
  summary: IngestSummary,
  source: string,
  verbose: boolean,
): string {
  const { papers } = summary;
  const lines = [
    `${summary.listName} ← ${source} (run ${summary.runId})`,
    `  papers: ${papers.total} listed — ${papers.added} added, ${papers.updated} updated, ${papers.unchanged} unchanged, ${papers.removed} removed`,
    `  sections: ${summary.sections}`,
    ...formatCoverage(summary),
    formatFindingCounts('warnings', summary.warnings),
    formatFindingCounts('skipped', summary.skipped),
  ];
  const shown = verbose
    ? [...summary.warnings, ...summary.skipped]
    : summary.warnings.filter((f) => ALWAYS_SHOWN.has(f.code));
  for (const finding of shown)
    lines.push(`  ! ${finding.where} ${finding.code}: ${finding.reason}`);
  if (!verbose && summary.warnings.length + summary.skipped.length > shown.length) {
    lines.push('  (run with --verbose to see every finding, or `surveygraph lint FILE`)');
  }
  return lines.join('\n');
}

/** The survey line and the share of arXiv links understood, with what the rest were. */
function formatCoverage(summary: IngestSummary): string[] {
  const lines: string[] = [];
  if (summary.survey) {
    lines.push(
      `  survey: "${summary.survey.title}" (arXiv ${summary.survey.arxivId}), not a listed paper`,
    );
  }
  const coverage = summary.coverage;
  if (!coverage || coverage.linked === 0) return lines;
  const skipped = coverage.skipped.length;
  const lost = coverage.notUnderstood.length;
  const rest = [
    skipped > 0 ? `${skipped} only in skipped items` : '',
    lost > 0 ? `${lost} not understood` : '',
  ].filter(Boolean);
  const tail = rest.length > 0 ? `; ${rest.join(', ')}` : '';
  lines.push(`  arXiv links: ${describeCoverage(coverage)}${tail}`);
  return lines;
}

export function formatFindingCounts(label: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return `  ${label}: none`;
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
  return `  ${label}: ${findings.length} (${parts.join(', ')})`;
}

export function formatRecordsSummary(
  summary: RecordsSummary,
  source: string,
  verbose: boolean,
): string {
  const { matched } = summary;
  const lines = [
    `metadata ← ${source} (run ${summary.runId})`,
    `  records: ${summary.records} — matched ${matched.arxiv} by arXiv id, ${matched.doi} by DOI, ${matched.title} by title; ${matched.created} new papers`,
    `  papers enriched: ${summary.enriched}, unchanged: ${summary.unchanged}`,
    formatFindingCounts(
      'conflicts',
      summary.conflicts.map((c) => ({ where: c.where, code: c.field, reason: '' })),
    ),
    formatFindingCounts('unmatched', summary.unmatched),
    formatFindingCounts('warnings', summary.warnings),
    formatFindingCounts('skipped', summary.skipped),
  ];
  const conflicts = verbose ? summary.conflicts : summary.conflicts.slice(0, CONFLICTS_SHOWN);
  const named = [
    ...summary.skipped.map((f) => `  ✗ ${f.where} ${f.code}: ${f.reason}`),
    ...summary.unmatched.map((f) => `  ? ${f.where} ${f.reason}`),
    ...conflicts.map(formatConflict),
    ...(verbose ? summary.warnings.map((f) => `  ! ${f.where} ${f.code}: ${f.reason}`) : []),
  ];
  const hidden = summary.conflicts.length - conflicts.length;
  if (hidden > 0)
    named.push(`  (${hidden} more conflicts: run with --verbose, or query Paper.conflicts)`);
  return [...lines, ...named].join('\n');
}

/** Conflicts named one per line without --verbose; the rest are counted. */
const CONFLICTS_SHOWN = 3;

function formatConflict(c: RecordsSummary['conflicts'][number]): string {
  const head = `  ≠ ${c.where} ${c.field} of "${c.paperTitle}":`;
  return c.recordWon
    ? `${head} took the record's ${clip(c.kept)} over ${clip(c.other)}`
    : `${head} kept ${clip(c.kept)}, record says ${clip(c.other)}`;
}

function clip(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
}
