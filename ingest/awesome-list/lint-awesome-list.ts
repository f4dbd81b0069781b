import type { SurveyEntry } from '../../src/model/curation/survey-list';
import type { Finding, ParseResult } from '../types';
import { findConflictingIds } from './find-conflicting-ids';
import { findDuplicatesInSection } from './find-duplicates-in-section';
import { findMixedArxivLinkForms } from './find-mixed-arxiv-link-forms';

/**
 * Everything a list maintainer should look at, in line order: what the parser warned about or
 * skipped, plus problems only visible across entries (one id under two titles, a paper twice in
 * a section, mixed `/abs/` and `/pdf/` links to one paper).
 */
export function lintAwesomeList(parsed: ParseResult<SurveyEntry>): Finding[] {
  const findings = [
    ...parsed.warnings,
    ...parsed.skipped,
    ...findConflictingIds(parsed.records),
    ...findDuplicatesInSection(parsed.records),
    ...findMixedArxivLinkForms(parsed.records),
  ];
  return findings
    .map((finding, index) => ({ finding, index, line: lineOf(finding) }))
    .sort((a, b) => a.line - b.line || a.index - b.index)
    .map(({ finding }) => finding);
}

/** The line of a `file:line` location; findings without one sort first. */
function lineOf(finding: Finding): number {
  const match = /:(\d+)$/.exec(finding.where);
  return match ? Number(match[1]) : 0;
}
