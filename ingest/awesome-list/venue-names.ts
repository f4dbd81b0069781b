import { findKnownVenue } from '../../src/model/paper/venues';

/** Words around a venue that carry no information (`accepted by CVPR 2025`). */
export const VENUE_FILLERS = new Set(['accepted', 'by', 'at', 'in', 'to', 'appear']);

/** Notes that name where a resource lives rather than a venue. */
export const PLATFORMS: Record<string, string> = {
  'hugging face': 'Hugging Face',
  huggingface: 'Hugging Face',
  github: 'GitHub',
  youtube: 'YouTube',
  medium: 'Medium',
  substack: 'Substack',
  zhihu: 'Zhihu',
};

/** The community's spelling of a well-known venue (`Neurips`, `NIPS` → `NeurIPS`); else as written. */
export function canonicalVenue(name: string): string {
  return findKnownVenue(name)?.short ?? name.replace(/\s+/g, ' ').trim();
}

export function isKnownVenue(name: string): boolean {
  return findKnownVenue(name) !== undefined;
}
