import type { SurveyEntry } from '../../src/model/curation/survey-list';
import { normaliseTitle } from '../../src/model/paper/title-key';
import { at } from '../../src/model/finding';
import type { Finding } from '../types';

/**
 * The same paper (same arXiv id, or same normalised title) listed twice in one section. The
 * finding sits on the repeat and names the first listing.
 */
export function findDuplicatesInSection(entries: SurveyEntry[]): Finding[] {
  const seen = new Map<string, SurveyEntry>();
  const findings: Finding[] = [];
  for (const entry of entries) {
    const section = entry.sectionPath.join('\u0000');
    const keys = [`title:${normaliseTitle(entry.title)}`];
    if (entry.arxivId !== undefined) keys.unshift(`arxiv:${entry.arxivId}`);
    const scoped = keys.map((key) => `${section}\u0001${key}`);
    const first = scoped.map((key) => seen.get(key)).find((found) => found !== undefined);
    if (first) {
      const sectionName = entry.sectionPath.join(' > ') || '(no section)';
      findings.push({
        where: at(entry.source),
        code: 'duplicate-in-section',
        reason: `"${entry.title}" is already listed in "${sectionName}" at line ${first.source.line}`,
      });
    }
    for (const key of scoped) if (!seen.has(key)) seen.set(key, entry);
  }
  return findings;
}
