import type { ArxivIdResult } from '../../src/model/paper/arxiv-id';
import { findArxivIdInUrl, findIdLikeToken, parseArxivId } from '../../src/model/paper/arxiv-id';
import { at } from '../../src/model/finding';
import type { Finding } from '../types';
import { kindFromLabel, safeUrl } from './classify-link';
import { safeDecodeUri } from '../../src/model/safe-decode-uri';

/** A link of an entry, with the line it is on; the title link has no label. */
export interface LocatedLink {
  url: string;
  label?: string | undefined;
  line: number;
  /** The badge image the link shows, which may carry the id (`img.shields.io/badge/arXiv-2604.11784-…`). */
  imageUrl?: string | undefined;
}

export interface Identifiers {
  arxivId?: string | undefined;
  doi?: string | undefined;
  warnings: Finding[];
}

const DOI_PATH = /^\/(?:doi\/(?:abs\/|pdf\/|full\/|fullHtml\/|epdf\/)?)?(10\.\d{4,9}\/\S+)$/i;

/**
 * Reads the arXiv id and DOI an entry's links carry. The title link comes first, so its id
 * wins over a badge that names another (`link-id-mismatch`). Ids that do not validate are
 * reported (`invalid-arxiv-id`) and never stored, including id-like tokens that naive tools
 * read out of links labelled arXiv that point elsewhere (`dl.acm.org/doi/10.5555/3737916.…`).
 */
export function readIdentifiers(links: LocatedLink[], file: string, title: string): Identifiers {
  const warnings: Finding[] = [];
  const reported = new Set<string>();
  let arxiv: { id: string; line: number } | undefined;
  let doi: string | undefined;
  for (const link of links) {
    doi ??= readDoi(link.url);
    const result = readArxivResult(link);
    if (result === undefined) continue;
    if (!result.ok) {
      if (!reported.has(result.candidate)) warnings.push(invalidId(file, link, title, result));
      reported.add(result.candidate);
    } else if (arxiv === undefined) arxiv = { id: result.id, line: link.line };
    else if (arxiv.id !== result.id && !reported.has(result.id)) {
      reported.add(result.id);
      warnings.push(idMismatch(file, link.line, title, arxiv.id, result.id));
    }
  }
  arxiv ??= findIdInBadges(links);
  return { arxivId: arxiv?.id, doi, warnings };
}

const BADGE_ID = /img\.shields\.io\/badge\/arxiv-(\d{4}\.\d{4,5})(?:v\d+)?-/i;
const HF_PAPER = /^https?:\/\/(?:www\.)?huggingface\.co\/papers\/(\d{4}\.\d{4,5})(?:v\d+)?\/?$/i;

/**
 * When no link is on arXiv: the id an arXiv badge image shows, or the id of a Hugging Face
 * paper page (`huggingface.co/papers/2604.11784` is that arXiv paper's page).
 */
function findIdInBadges(links: LocatedLink[]): { id: string; line: number } | undefined {
  for (const link of links) {
    const candidate = BADGE_ID.exec(link.imageUrl ?? '')?.[1] ?? HF_PAPER.exec(link.url)?.[1];
    const result = candidate === undefined ? undefined : parseArxivId(candidate);
    if (result?.ok) return { id: result.id, line: link.line };
  }
  return undefined;
}

/** An arXiv URL's id, or the id-like token of a link labelled arXiv that is not on arXiv. */
function readArxivResult(link: LocatedLink): ArxivIdResult | undefined {
  const onArxiv = findArxivIdInUrl(link.url);
  if (onArxiv !== undefined) return onArxiv;
  if (link.label === undefined || kindFromLabel(link.label) !== 'arxiv') return undefined;
  const token = findIdLikeToken(link.url);
  return token?.ok === false ? token : undefined;
}

/** Bare, lower-cased DOI from doi.org and publisher `/doi/` links. */
export function readDoi(url: string): string | undefined {
  const parsed = safeUrl(url);
  if (!parsed) return undefined;
  const onDoiOrg = /(^|\.)doi\.org$/i.test(parsed.hostname);
  const path = safeDecodeUri(parsed.pathname);
  const match = DOI_PATH.exec(path);
  if (!match || (!onDoiOrg && !/^\/doi\//i.test(path))) return undefined;
  return match[1]!.toLowerCase();
}

function invalidId(
  file: string,
  link: LocatedLink,
  title: string,
  result: { candidate: string; reason: string },
): Finding {
  return {
    where: at({ file, line: link.line }),
    code: 'invalid-arxiv-id',
    reason: `"${title}": ${link.url} gives arXiv id candidate "${result.candidate}", which is not valid: ${result.reason}`,
  };
}

function idMismatch(
  file: string,
  line: number,
  title: string,
  kept: string,
  other: string,
): Finding {
  return {
    where: at({ file, line }),
    code: 'link-id-mismatch',
    reason: `"${title}": this link names arXiv ${other} but the title link (or first arXiv link) names ${kept}; kept ${kept}`,
  };
}
