import { findKnownVenue } from '../model/paper/venues';

/**
 * What a list's venue note (`NeurIPS 2024`, `2025, ICLR oral`, `Nature`, `ICLR Blog`) says about
 * where a work appeared, in the terms citation formats need.
 */
export interface Venue {
  kind: 'conference' | 'journal' | 'blog';
  /** Full name for `booktitle`/`journal`/`container-title`, e.g. `Advances in Neural Information Processing Systems`. */
  name: string;
  /** The short name as people cite it, e.g. `NeurIPS`, `Nature`. */
  short: string;
}

/** Presentation notes that say how a paper was presented, not where. */
const PRESENTATION = /\b(oral|spotlight|poster|highlight|best paper|award)\b/gi;
const JOURNAL_WORDS = /\b(journal|transactions|letters|review|magazine)\b/i;

/** Reads a venue note; undefined when there is none or it only says "arXiv". */
export function classifyVenue(venue: string | null | undefined): Venue | undefined {
  const cleaned = (venue ?? '')
    .replace(/\b(19|20)\d{2}\b/g, '')
    .replace(PRESENTATION, '')
    .replace(/[\s,;()]+/g, ' ')
    .trim();
  if (cleaned === '' || /^arxiv\b/i.test(cleaned)) return undefined;
  if (/\bblog\b/i.test(cleaned)) return { kind: 'blog', name: cleaned, short: cleaned };
  if (/\bworkshops?\b/i.test(cleaned)) return { kind: 'conference', name: cleaned, short: cleaned };
  const match = findKnownVenue(cleaned);
  if (match) return { ...match };
  const kind = JOURNAL_WORDS.test(cleaned) ? 'journal' : 'conference';
  return { kind, name: cleaned, short: cleaned };
}
