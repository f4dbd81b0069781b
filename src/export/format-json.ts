import type { PaperDetails } from '../model/paper/paper';
import { assignCitationKeys } from '../model/paper/citation-key';

export interface JsonOptions {
  keys?: ReadonlyMap<number, string> | undefined;
  includeAbstracts?: boolean | undefined;
}

/** One exported paper: the graph's own fields, its citation key, and what it is linked to. */
export interface PaperJson {
  key: string;
  id: number;
  arxivId: string | null;
  doi: string | null;
  title: string;
  authors: string[];
  year: number | null;
  month: number | null;
  published: string | null;
  venue: string | null;
  dateText: string | null;
  kind: string;
  abstract?: string | null;
  links: { kind: string; url: string }[];
  sections: string[][];
  pillars: string[];
}

/** The papers as a JSON array, in the order given, with fields in a fixed order. */
export function formatJson(papers: PaperDetails[], options: JsonOptions = {}): string {
  const keys = assignCitationKeys(papers, options.keys ?? new Map());
  const records = papers.map((details) =>
    toPaperJson(details, keys.get(details.paper.id)!, options),
  );
  return `${JSON.stringify(records, null, 2)}\n`;
}

function toPaperJson(details: PaperDetails, key: string, options: JsonOptions): PaperJson {
  const { paper } = details;
  const record: PaperJson = {
    key,
    id: paper.id,
    arxivId: paper.arxivId,
    doi: paper.doi,
    title: paper.title,
    authors: details.authors,
    year: paper.year,
    month: paper.month,
    published: paper.published,
    venue: paper.venue,
    dateText: paper.dateText,
    kind: paper.kind,
    links: details.links.map(({ kind, url }) => ({ kind, url })),
    sections: details.sections,
    pillars: details.pillars,
  };
  if (options.includeAbstracts) record.abstract = paper.abstract;
  return record;
}
