import { findArxivIdInUrl } from '../../src/model/paper/arxiv-id';
import type { SurveyEntry } from '../../src/model/curation/survey-list';
import { at } from '../../src/model/finding';
import type { Finding } from '../types';
import { safeUrl } from './classify-link';

/** Where each arXiv paper is linked, by form (`abs`, `pdf`, `html`), as entries. */
type FormsById = Map<string, Map<string, SurveyEntry[]>>;

/**
 * One paper linked both as `/abs/` and `/pdf/` (or `/html/`), within an entry or across
 * entries: harmless for readers, but a list should pick one form. One finding per paper, at
 * its first entry, naming the lines of each form.
 */
export function findMixedArxivLinkForms(entries: SurveyEntry[]): Finding[] {
  const forms = collectForms(entries);
  const findings: Finding[] = [];
  for (const [id, byForm] of forms) {
    if (byForm.size < 2) continue;
    const first = [...byForm.values()].flat().sort((a, b) => a.source.line - b.source.line)[0]!;
    const described = [...byForm].map(([form, uses]) => {
      const lines = [...new Set(uses.map((entry) => entry.source.line))].sort((a, b) => a - b);
      return `/${form}/ (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`;
    });
    findings.push({
      where: at(first.source),
      code: 'mixed-arxiv-link-forms',
      reason: `arXiv ${id} is linked as ${described.join(' and as ')}`,
    });
  }
  return findings;
}

function collectForms(entries: SurveyEntry[]): FormsById {
  const forms: FormsById = new Map();
  for (const entry of entries) {
    for (const link of entry.links) {
      const result = findArxivIdInUrl(link.url);
      const form = safeUrl(link.url)?.pathname.split('/')[1];
      if (!result?.ok || form === undefined) continue;
      const byForm = forms.get(result.id) ?? new Map<string, SurveyEntry[]>();
      byForm.set(form, [...(byForm.get(form) ?? []), entry]);
      forms.set(result.id, byForm);
    }
  }
  return forms;
}
