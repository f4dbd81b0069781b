import type { ArxivCoverage, SurveyEntry } from '../../src/model/curation/survey-list';
import { coverageShare } from '../../src/model/curation/survey-list';
import { at } from '../../src/model/finding';
import type { Finding } from '../types';
import { findArxivIdInUrl } from '../../src/model/paper/arxiv-id';
import type { ArxivLinkSighting } from './find-arxiv-links';

/** Below this share of understood arXiv links a list is reported as poorly understood. */
export const LOW_COVERAGE = 0.5;

/**
 * Compares the arXiv ids a list links to (`noteArxivLinks`) with the ids its entries carry: ids of the list's
 * survey and of items skipped with a reason are accounted for; the rest are lines whose links
 * were not understood, each reported (`link-not-understood`), and a list where most links were
 * not understood gets one `low-coverage` warning.
 */
export function measureArxivCoverage(
  linked: readonly ArxivLinkSighting[],
  entries: readonly SurveyEntry[],
  skippedIds: ReadonlyMap<string, string>,
  survey: string | undefined,
  file: string,
): { coverage: ArxivCoverage; findings: Finding[] } {
  const taken = new Set(entries.map((entry) => entry.arxivId).filter(Boolean));
  const secondary = new Set(entries.flatMap(arxivIdsOfLinks));
  const coverage: ArxivCoverage = {
    linked: linked.length,
    entries: linked.filter((sighting) => taken.has(sighting.id)).length,
    survey: linked.some((sighting) => sighting.id === survey) ? survey : undefined,
    skipped: [],
    notUnderstood: [],
  };
  for (const { id, line } of linked) {
    if (taken.has(id) || id === survey) continue;
    const code = skippedIds.get(id) ?? (secondary.has(id) ? 'other-id-of-an-entry' : undefined);
    if (code) coverage.skipped.push({ id, line, code });
    else coverage.notUnderstood.push({ id, line });
  }
  return { coverage, findings: coverageFindings(coverage, file) };
}

/** Ids an entry links besides its own (a badge naming another paper: `link-id-mismatch`). */
function arxivIdsOfLinks(entry: SurveyEntry): string[] {
  return entry.links.flatMap((link) => {
    const id = findArxivIdInUrl(link.url);
    return id?.ok ? [id.id] : [];
  });
}

function coverageFindings(coverage: ArxivCoverage, file: string): Finding[] {
  const findings: Finding[] = coverage.notUnderstood.map(({ id, line }) => ({
    where: at({ file, line }),
    code: 'link-not-understood',
    reason: `arXiv ${id} is linked here, but no entry carrying it was read from this line`,
  }));
  const share = coverageShare(coverage);
  if (share < LOW_COVERAGE) {
    findings.unshift({
      where: file,
      code: 'low-coverage',
      reason: `only ${describeCoverage(coverage)}: most of this list was not understood`,
    });
  }
  return findings;
}

/** `444 of 445 linked arXiv papers became entries or the survey (99.8%)`. */
export function describeCoverage(coverage: ArxivCoverage): string {
  const understood = coverage.entries + (coverage.survey ? 1 : 0);
  const percent = (100 * coverageShare(coverage)).toFixed(1);
  return `${understood} of ${coverage.linked} linked arXiv papers became entries or the list's survey (${percent}%)`;
}
