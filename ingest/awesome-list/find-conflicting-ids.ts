import type { SurveyEntry } from '../../src/model/curation/survey-list';
import { normaliseTitle } from '../../src/model/paper/title-key';
import { at } from '../../src/model/finding';
import type { Finding } from '../types';

/**
 * The same arXiv id under titles that differ once normalised: one of the links is probably
 * wrong. Every entry involved gets a finding naming the others.
 */
export function findConflictingIds(entries: SurveyEntry[]): Finding[] {
  const byId = new Map<string, SurveyEntry[]>();
  for (const entry of entries) {
    if (entry.arxivId !== undefined)
      byId.set(entry.arxivId, [...(byId.get(entry.arxivId) ?? []), entry]);
  }
  const findings: Finding[] = [];
  for (const [id, group] of byId) {
    for (const entry of group) {
      const key = normaliseTitle(entry.title);
      const others = group.filter((other) => normaliseTitle(other.title) !== key);
      if (others.length === 0) continue;
      const elsewhere = others.map((other) => `"${other.title}" (line ${other.source.line})`);
      findings.push({
        where: at(entry.source),
        code: 'conflicting-id',
        reason: `arXiv ${id} is listed here as "${entry.title}" and also as ${elsewhere.join(', ')}`,
      });
    }
  }
  return findings;
}
