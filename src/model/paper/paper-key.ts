import { normaliseTitle } from './title-key';

/**
 * A paper's identity key, strongest identifier first: arXiv id, DOI, the URL of a non-arXiv
 * page, and only then the title. The same work must get the same key in every ingest.
 */
export function paperKey(ids: {
  arxivId?: string | undefined;
  doi?: string | undefined;
  url?: string | undefined;
  title: string;
}): string {
  if (ids.arxivId) return `arxiv:${ids.arxivId}`;
  if (ids.doi) return `doi:${ids.doi.toLowerCase()}`;
  const url = ids.url ? normaliseUrlForKey(ids.url) : undefined;
  if (url) return `url:${url}`;
  return `title:${normaliseTitle(ids.title)}`;
}

/** host + path, lower-cased host, no scheme, `www.`, trailing slash or fragment; undefined if not a URL. */
export function normaliseUrlForKey(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    const path = parsed.pathname.replace(/\/+$/, '');
    return `${host}${path}${parsed.search}`;
  } catch {
    return undefined;
  }
}
