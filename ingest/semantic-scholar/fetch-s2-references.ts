import type { CitationRecord, WorkRef } from '../../src/model/citation-network/citation';
import type { FetchDeps, PoliteSettings } from '../citations/fetch-json-pages';
import { ApiUnreachableError, createPoliteJsonGetter } from '../citations/fetch-json-pages';
import type { ParseResult } from '../types';
import { parseS2Response } from './parse-s2-response';

export const S2_API_URL = 'https://api.semanticscholar.org/graph/v1';
const FIELDS = 'title,year,externalIds,contexts,intents,isInfluential';
const PAGE = 1000;

/**
 * Semantic Scholar's documented limits: 1 request per second with an API key (header
 * `x-api-key`); without one, requests share a pool with everyone else, so we go 3× slower.
 */
export function s2Settings(
  apiKey: string | undefined,
): Pick<PoliteSettings, 'minIntervalMs' | 'headers'> {
  return apiKey
    ? { minIntervalMs: 1100, headers: { 'x-api-key': apiKey } }
    : { minIntervalMs: 3000, headers: {} };
}

/** The S2 paper id for a work: `ARXIV:<id>` or `DOI:<doi>`. */
function s2PaperId(work: WorkRef): string | undefined {
  if (work.arxivId) return `ARXIV:${work.arxivId}`;
  return work.doi ? `DOI:${work.doi}` : undefined;
}

/**
 * The references of each paper from `/paper/{id}/references`, page by page (`next`), cached per
 * page so a run that stops resumes where it stopped. A paper S2 does not know is skipped.
 */
export async function fetchS2References(
  papers: readonly WorkRef[],
  deps: FetchDeps,
  settings: PoliteSettings & {
    baseUrl: string;
    onProgress?: (done: number, total: number, fromCache: boolean) => void;
  },
): Promise<ParseResult<CitationRecord>> {
  const get = createPoliteJsonGetter(deps, settings);
  const result: ParseResult<CitationRecord> = { records: [], skipped: [], warnings: [] };
  for (const [index, paper] of papers.entries()) {
    const id = s2PaperId(paper);
    if (!id) continue;
    let offset: number | undefined = 0;
    let fromCache = true;
    while (offset !== undefined) {
      const url = `${settings.baseUrl}/paper/${encodeURI(id)}/references?fields=${FIELDS}&limit=${PAGE}&offset=${offset}`;
      const answer = await get(url);
      if (answer.kind === 'unreachable')
        throw new ApiUnreachableError(settings.baseUrl, answer.reason, index, papers.length);
      if (answer.kind === 'missing') {
        result.skipped.push({
          where: url,
          code: 'not-in-semantic-scholar',
          reason: `${id}: ${answer.reason}`,
        });
        break;
      }
      fromCache &&= answer.fromCache;
      const page = parseS2Response(answer.text, `s2:${id}`, paper);
      result.records.push(...page.records);
      result.skipped.push(...page.skipped);
      const next = (JSON.parse(answer.text) as { next?: number }).next;
      offset = typeof next === 'number' && next > offset ? next : undefined;
    }
    settings.onProgress?.(index + 1, papers.length, fromCache);
  }
  return result;
}
