import type { PaperRow } from './paper-row';
import type { FacetKey } from './search-state';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export type Facets = Partial<Record<FacetKey, FacetValue[]>>;

export interface SearchResult {
  totalCount: number;
  rows: PaperRow[];
  /** Set when venue/author counts and sorting cover only the best hits. */
  hitsCapped: number | null;
  /** Words of the query that name a known concept, and the other spellings searched for. */
  expansions: Expansion[];
}

export interface Expansion {
  text: string;
  alternatives: string[];
}

/** Offset cursors as Pothos' offset connections write them ("OffsetConnection:<n>", base64). */
export function cursorBefore(offset: number): string | null {
  return offset > 0 ? btoa(`OffsetConnection:${offset - 1}`) : null;
}

export function byCount(values: FacetValue[]): FacetValue[] {
  return values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function codeFacet(withCode: number, withoutCode: number): FacetValue[] {
  return [
    { value: 'yes', label: 'has code', count: withCode },
    { value: 'no', label: 'no code', count: withoutCode },
  ].filter((v) => v.count > 0);
}
