import { findArxivIdInUrl, parseArxivId } from '../../src/model/paper/arxiv-id';
import type { ArxivIdResult } from '../../src/model/paper/arxiv-id';

export interface FieldProblem {
  code: string;
  reason: string;
}

export interface BibtexArxivId {
  arxivId?: string | undefined;
  problems: FieldProblem[];
}

interface Candidate {
  field: string;
  result: ArxivIdResult;
}

/** `arXiv preprint arXiv:2503.07365`, `arXiv:2503.07365v2`, `CoRR abs/2503.07365`. */
const ID_IN_TEXT = /arxiv\s*:\s*([^\s,;{}()]+)/i;
const TEXT_FIELDS = ['journal', 'booktitle', 'publisher', 'howpublished', 'note'];
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/**
 * The arXiv id an entry states, from (in this order of trust) `eprint`, an `arXiv:ID` in a venue
 * or note field, a DBLP `CoRR` volume, an arxiv.org URL, or an arXiv DOI. Ids that do not parse
 * (e.g. a URL cut off at `2503.1119`) and ids that disagree are reported, never used.
 */
export function findBibtexArxivId(
  fields: ReadonlyMap<string, string>,
  urls: string[],
): BibtexArxivId {
  const candidates = collectCandidates(fields, urls);
  const validIds = candidates.flatMap(({ result }) => (result.ok ? [result.id] : []));
  const arxivId = validIds[0];
  const problems = candidates.flatMap(({ field, result }): FieldProblem[] => {
    if (result.ok) return [];
    const full = validIds.find((id) => id.startsWith(result.candidate));
    const code = full ? 'truncated-arxiv-id' : 'invalid-arxiv-id';
    const hint = full ? `; it looks like a truncated ${full}` : '';
    return [
      { code, reason: `${field} holds arXiv id "${result.candidate}": ${result.reason}${hint}` },
    ];
  });
  const others = [...new Set(validIds)].filter((id) => id !== arxivId);
  if (arxivId && others.length > 0) {
    const reason = `the entry names several arXiv ids (${others.join(', ')}); using ${arxivId}`;
    problems.push({ code: 'conflicting-arxiv-ids', reason });
  }
  return { arxivId, problems };
}

function collectCandidates(fields: ReadonlyMap<string, string>, urls: string[]): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (field: string, text: string | undefined) => {
    if (text !== undefined) candidates.push({ field, result: parseArxivId(text) });
  };
  const eprint = fields.get('eprint');
  const prefix = fields.get('archiveprefix') ?? fields.get('eprinttype');
  if (eprint && (prefix ? /arxiv/i.test(prefix) : parseArxivId(eprint).ok)) add('eprint', eprint);
  for (const field of TEXT_FIELDS) add(field, ID_IN_TEXT.exec(fields.get(field) ?? '')?.[1]);
  if (fields.get('journal')?.trim().toLowerCase() === 'corr') {
    add('volume', /^abs\/(.+)$/.exec(fields.get('volume') ?? '')?.[1]);
  }
  for (const url of urls) {
    const result = findArxivIdInUrl(url);
    if (result) candidates.push({ field: 'url', result });
  }
  add('doi', ARXIV_DOI.exec(fields.get('doi') ?? '')?.[1]);
  return candidates;
}
