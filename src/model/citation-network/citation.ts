import type { SourceLocation } from '../finding';
import { parseArxivId } from '../paper/arxiv-id';
import { normaliseTitle } from '../paper/title-key';

/** The citation formats surveygraph reads. */
export type CitationFormat =
  | 'unarxive'
  | 'bibtex-references'
  | 's2-references'
  | 's2-citations'
  | 's2-dataset'
  | 'openalex'
  | 'crossref'
  | 'grobid';

/** A work as one source names it, at either end of a citation. */
export interface WorkRef {
  arxivId?: string | undefined;
  /** Bare DOI, lower-cased. */
  doi?: string | undefined;
  /** OpenAlex short id, e.g. `W2741809807`. */
  openalexId?: string | undefined;
  /** Semantic Scholar paper id (40 hex digits) or corpus id (`corpus:123`). */
  s2Id?: string | undefined;
  title?: string | undefined;
  year?: number | undefined;
  /** The reference as the source printed it, when it has no structure. */
  raw?: string | undefined;
}

/** One citation as one source states it: `citing` cites `cited`. */
export interface CitationRecord {
  format: CitationFormat;
  source: SourceLocation;
  citing: WorkRef;
  cited: WorkRef;
  /** Sentences around the citation marker, as the source gives them. */
  contexts?: string[] | undefined;
  /** Why it is cited (Semantic Scholar: background, methodology, result). */
  intents?: string[] | undefined;
  isInfluential?: boolean | undefined;
}

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/** A bare, lower-cased DOI, or undefined when the text is not one. */
export function normaliseDoi(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const doi = text.trim().replace(DOI_PREFIX, '').toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}

/** A valid arXiv id without version, or undefined. */
export function normaliseArxivId(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const parsed = parseArxivId(text);
  return parsed.ok ? parsed.id : undefined;
}

/** Fills `arxivId` from an arXiv DOI (10.48550/arXiv.X) so both spellings meet. */
export function withArxivFromDoi(ref: WorkRef): WorkRef {
  const match = ref.doi ? ARXIV_DOI.exec(ref.doi) : null;
  if (!match || ref.arxivId) return ref;
  const arxivId = normaliseArxivId(match[1]);
  return arxivId ? { ...ref, arxivId } : ref;
}

/** True when the ref names something we can store: an id, a title, or at least a raw string. */
export function isUsableWorkRef(ref: WorkRef): boolean {
  return Boolean(
    ref.arxivId ||
    ref.doi ||
    ref.openalexId ||
    ref.s2Id ||
    (ref.title && normaliseTitle(ref.title)) ||
    ref.raw?.trim(),
  );
}

/** A work's identity key, strongest identifier first (like `paperKey`). */
export function workKey(ref: WorkRef): string {
  if (ref.arxivId) return `arxiv:${ref.arxivId}`;
  if (ref.doi) return `doi:${ref.doi}`;
  if (ref.openalexId) return `openalex:${ref.openalexId}`;
  if (ref.s2Id) return `s2:${ref.s2Id}`;
  const title = ref.title ? normaliseTitle(ref.title) : '';
  if (title) return `title:${title}|${ref.year ?? ''}`;
  return `raw:${normaliseTitle(ref.raw ?? '')}`;
}

/** A work named in text: an arXiv id or URL, or a DOI (bare, `doi:` or a doi.org URL). */
export function parseWorkRefText(text: string): WorkRef | undefined {
  const bare = text.trim().replace(/^(arxiv|doi):\s*/i, '');
  const arxivId =
    normaliseArxivId(bare) ??
    normaliseArxivId(/arxiv\.org\/(?:abs|pdf)\/([^?#]+?)(?:\.pdf)?$/i.exec(bare)?.[1]);
  if (arxivId) return { arxivId };
  const doi = normaliseDoi(bare);
  return doi ? withArxivFromDoi({ doi }) : undefined;
}
