import type { IngestSummary } from '../../ingest/pipeline/ingest-list';
import { UsageError } from './io';
import type { ParsedInput } from './parse-inputs';

/** Skips that are understood as not being entries (news, the list's own survey, comments, tables of contents). */
const NOT_ENTRIES = new Set([
  'news-item',
  'list-survey',
  'hidden-in-comment',
  'in-code-block',
  'navigation-table',
  'table-without-titles',
]);

/**
 * Refuses, before anything is written, an input that gave nothing to ingest (an entry-less list,
 * a project README, a file with no records) or of which most was not understood: more entries
 * skipped than read. A silent "success" would create an empty list or mark every paper removed.
 */
export function refuseInputsUnderstoodTooLittle(inputs: readonly ParsedInput[]): void {
  for (const input of inputs) {
    const read = input.kind === 'list' ? input.list.entries.length : input.records.length;
    const noun = input.kind === 'list' ? 'list entries' : `${input.format} records`;
    const skipped = input.skipped.filter((finding) => !NOT_ENTRIES.has(finding.code)).length;
    if (read === 0) {
      const all = input.skipped.length;
      const also = all > 0 ? ` (${all} entries skipped: ${firstSkipped(input)})` : '';
      throw new UsageError(`${input.path}: no ${noun} found${also}; nothing was written`);
    }
    if (input.kind === 'list' && input.list.entries.every((entry) => entry.kind === 'web')) {
      throw new UsageError(
        `${input.path}: none of its ${read} list entries looks like a paper (no arXiv id, DOI, venue or date note), so this is not a paper list (a project README?); nothing was written`,
      );
    }
    if (skipped > read) {
      throw new UsageError(
        `${input.path}: most of the file was not understood (${skipped} entries skipped, ${read} read; first: ${firstSkipped(input)}); nothing was written`,
      );
    }
  }
}

function firstSkipped(input: ParsedInput): string {
  const first = input.skipped.find((f) => !NOT_ENTRIES.has(f.code)) ?? input.skipped[0];
  return first ? `${first.where} ${first.reason}` : '';
}

/**
 * Refuses a list version that would remove more than half of the papers the list held (unless
 * `allowShrink`): usually a truncated or wrong file given under an existing list name.
 */
export function refuseShrinkingList(
  summary: IngestSummary,
  path: string,
  allowShrink: boolean,
): void {
  const { removed, unchanged, updated } = summary.papers;
  const before = removed + unchanged + updated;
  if (allowShrink || before === 0 || removed * 2 <= before) return;
  throw new UsageError(
    `${path}: this version of list "${summary.listName}" would remove ${removed} of its ${before} papers (keeping ${before - removed}); nothing was written. Run again with --allow-shrink if that is intended.`,
  );
}
