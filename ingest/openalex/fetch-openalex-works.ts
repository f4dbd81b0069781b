import { arxivDoi } from '../../src/model/paper/arxiv-id';
import type { CitationRecord, WorkRef } from '../../src/model/citation-network/citation';
import type { FetchDeps, PoliteSettings } from '../citations/fetch-json-pages';
import { ApiUnreachableError, createPoliteJsonGetter } from '../citations/fetch-json-pages';
import type { ParseResult } from '../types';
import { parseOpenAlexWorks } from './parse-openalex-works';

export const OPENALEX_API_URL = 'https://api.openalex.org';

/**
 * OpenAlex's documented limits: at most 10 requests per second (we keep to 5); `mailto` joins the
 * polite pool and `api_key` is sent when set. Neither is part of the cache key.
 */
export function openAlexQuery(env: {
  mailto?: string | undefined;
  apiKey?: string | undefined;
}): string {
  const params = new URLSearchParams();
  if (env.mailto) params.set('mailto', env.mailto);
  if (env.apiKey) params.set('api_key', env.apiKey);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Each paper's OpenAlex work by DOI (arXiv-only papers by their arXiv DOI), then its
 * `referenced_works` as citations. Works OpenAlex does not know are skipped with the reason.
 */
export async function fetchOpenAlexWorks(
  papers: readonly WorkRef[],
  deps: FetchDeps,
  settings: PoliteSettings & {
    baseUrl: string;
    query: string;
    onProgress?: (done: number, total: number, fromCache: boolean) => void;
  },
): Promise<ParseResult<CitationRecord>> {
  const result: ParseResult<CitationRecord> = { records: [], skipped: [], warnings: [] };
  // The query (mailto, api_key) goes on the request but not into the cache key.
  const get = createPoliteJsonGetter(
    { ...deps, fetch: (url, init) => deps.fetch(`${String(url)}${settings.query}`, init) },
    settings,
  );
  for (const [index, paper] of papers.entries()) {
    const doi = paper.doi ?? (paper.arxivId ? arxivDoi(paper.arxivId).toLowerCase() : undefined);
    if (!doi) continue;
    const url = `${settings.baseUrl}/works/doi:${doi}`;
    const answer = await get(url);
    if (answer.kind === 'unreachable')
      throw new ApiUnreachableError(settings.baseUrl, answer.reason, index, papers.length);
    if (answer.kind === 'missing') {
      result.skipped.push({
        where: url,
        code: 'not-in-openalex',
        reason: `doi:${doi}: ${answer.reason}`,
      });
    } else {
      const parsed = parseOpenAlexWorks(answer.text, `openalex:${doi}`);
      result.records.push(...parsed.records);
      result.skipped.push(...parsed.skipped);
    }
    settings.onProgress?.(index + 1, papers.length, answer.kind === 'ok' && answer.fromCache);
  }
  return result;
}
