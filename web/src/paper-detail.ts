import type { Evidence } from './components/evidence';

/** A paper's link to a concept, as the paper page asks for it (entity aliased per kind). */
export interface EntityLink {
  relation: 'PROPOSES' | 'USES';
  confidence: number;
  origin: string;
  note: string | null;
  evidence: Evidence | null;
  entity: { slug: string; name: string };
}

export interface PaperDetail {
  id: string;
  title: string;
  year: number | null;
  month: number | null;
  published: string | null;
  dateText: string | null;
  venue: string | null;
  arxivId: string | null;
  doi: string | null;
  kind: string;
  listed: boolean;
  abstract: string | null;
  authors: { name: string }[];
  links: { kind: string; url: string }[];
  sections: { id: string; path: string[]; pillar: { slug: string; name: string } | null }[];
  pillars: { slug: string; name: string }[];
  algorithms: EntityLink[];
  rewards: EntityLink[];
  benchmarks: EntityLink[];
  paradigms: EntityLink[];
  conflicts: {
    field: string;
    keptValue: string | null;
    keptSource: string | null;
    otherValue: string;
    otherSource: string;
  }[];
  collections: { id: string; name: string }[];
}

export interface PaperAnswer {
  paper: PaperDetail | null;
  related:
    | {
        score: number;
        reason: string;
        paper: { id: string; title: string; year: number | null; month: number | null };
      }[]
    | null;
}
