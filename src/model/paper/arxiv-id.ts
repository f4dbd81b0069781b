import { safeDecodeUri } from '../safe-decode-uri';

/**
 * arXiv identifiers: https://info.arxiv.org/help/arxiv_identifier.html
 * New style `YYMM.NNNN` (2007-04 … 2014-12) and `YYMM.NNNNN` (2015-01 on), old style
 * `archive(.SC)/YYMMNNN` (1991 … 2007-03); either may carry a `vN` version.
 */
export type ArxivIdResult =
  | { ok: true; id: string; version?: number | undefined }
  | { ok: false; candidate: string; reason: string };

const NEW_STYLE = /^(\d{2})(\d{2})\.(\d{4,5})(?:v(\d+))?$/;
const OLD_STYLE = /^([a-z-]+(?:\.[A-Z]{2})?)\/(\d{2})(\d{2})(\d{3})(?:v(\d+))?$/;
const ARXIV_HOST = /(^|\.)arxiv\.org$/i;
const ID_IN_PATH = /^\/(?:abs|pdf|html|format|ps)\/(.+?)(?:\.pdf)?\/?$/;
const ID_LIKE = /(\d{4})\.(\d{4,5})(?:v\d+)?/;

/** Validates a bare id such as `2503.07365v2`, `arXiv:2503.07365` or `hep-th/9901001`. */
export function parseArxivId(text: string): ArxivIdResult {
  const candidate = text.trim().replace(/^arxiv:\s*/i, '');
  const newStyle = NEW_STYLE.exec(candidate);
  if (newStyle) return checkNewStyle(candidate, newStyle);
  const oldStyle = OLD_STYLE.exec(candidate);
  if (oldStyle) return checkOldStyle(candidate, oldStyle);
  return { ok: false, candidate, reason: 'does not have the form YYMM.NNNNN or archive/YYMMNNN' };
}

function checkNewStyle(
  candidate: string,
  [, yy, mm, serial, version]: RegExpExecArray,
): ArxivIdResult {
  const year = 2000 + Number(yy);
  const month = Number(mm);
  if (month < 1 || month > 12)
    return { ok: false, candidate, reason: `month ${mm} does not exist` };
  if (year < 2007 || (year === 2007 && month < 4)) {
    return { ok: false, candidate, reason: 'new-style ids start in April 2007' };
  }
  const digits = year >= 2015 ? 5 : 4;
  if (serial!.length !== digits) {
    return { ok: false, candidate, reason: `ids from ${year} have ${digits} digits after the dot` };
  }
  return { ok: true, id: `${yy}${mm}.${serial}`, version: version ? Number(version) : undefined };
}

function checkOldStyle(candidate: string, match: RegExpExecArray): ArxivIdResult {
  const [, archive, yy, mm, serial, version] = match;
  const month = Number(mm);
  if (month < 1 || month > 12)
    return { ok: false, candidate, reason: `month ${mm} does not exist` };
  const year = Number(yy) >= 91 ? 1900 + Number(yy) : 2000 + Number(yy);
  if (year > 2007 || (year === 2007 && month > 3)) {
    return { ok: false, candidate, reason: 'old-style ids end in March 2007' };
  }
  return {
    ok: true,
    id: `${archive}/${yy}${mm}${serial}`,
    version: version ? Number(version) : undefined,
  };
}

/**
 * Reads the arXiv id out of an arXiv URL (abs, pdf, html, versioned, with query strings).
 * Returns undefined when the URL is not on arXiv.
 */
export function findArxivIdInUrl(url: string): ArxivIdResult | undefined {
  const parsed = safeUrl(url);
  if (!parsed || !ARXIV_HOST.test(parsed.hostname)) return undefined;
  const path = ID_IN_PATH.exec(safeDecodeUri(parsed.pathname));
  if (!path) return { ok: false, candidate: parsed.pathname, reason: 'arXiv URL names no paper' };
  return parseArxivId(path[1]!);
}

/**
 * Finds something shaped like a new-style id anywhere in a string, the way naive tools read
 * ids out of links labelled "arXiv" that point elsewhere. Used to report such links, never to
 * assign an id.
 */
export function findIdLikeToken(text: string): ArxivIdResult | undefined {
  const match = ID_LIKE.exec(text);
  return match ? parseArxivId(match[0]) : undefined;
}

/** The year and month an arXiv id was issued in (new-style ids only). */
export function arxivIdYearMonth(id: string): { year: number; month: number } | undefined {
  const match = /^(\d{2})(\d{2})\./.exec(id);
  if (match) return { year: 2000 + Number(match[1]), month: Number(match[2]) };
  const old = /\/(\d{2})(\d{2})\d{3}$/.exec(id);
  if (!old) return undefined;
  const yy = Number(old[1]);
  return { year: yy >= 91 ? 1900 + yy : 2000 + yy, month: Number(old[2]) };
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export function arxivDoi(id: string): string {
  return `10.48550/arXiv.${id}`;
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
