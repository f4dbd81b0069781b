import type { LinkSummary } from '../../ingest/pipeline/link-entities';

/** `entity links: 228 papers (12 changed) — algorithm 131 (40 proposes), benchmark 128 …`. */
export function formatLinkSummary(summary: LinkSummary): string {
  const kinds = Object.entries(summary.links)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `${kind} ${n.links}${n.proposes ? ` (${n.proposes} proposes)` : ''}`);
  const lines = [
    `entity links: ${summary.papers} papers tagged, ${summary.changedPapers} changed — ${kinds.join(', ') || 'none'}`,
    `  overrides: ${summary.overridesApplied} applied`,
  ];
  if (summary.unmatchedOverrides.length > 0) {
    lines[1] += `, ${summary.unmatchedOverrides.length} about papers not in the graph (${summary.unmatchedOverrides.join(', ')})`;
  }
  return lines.join('\n');
}
