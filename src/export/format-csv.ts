import { arxivAbsUrl } from '../model/paper/arxiv-id';
import type { PaperDetails } from '../model/paper/paper';
import type { LinkKind } from '../model/curation/survey-list';
import { assignCitationKeys } from '../model/paper/citation-key';
import { describeWork } from './describe-work';

export interface CsvOptions {
  keys?: ReadonlyMap<number, string> | undefined;
  /** Start with U+FEFF: Excel and LibreOffice then read UTF-8 instead of a legacy code page. */
  bom?: boolean | undefined;
}

const BOM = '\uFEFF';

export const csvColumns = [
  'key',
  'arxivId',
  'doi',
  'title',
  'authors',
  'year',
  'month',
  'venue',
  'kind',
  'pillars',
  'sections',
  'arxivUrl',
  'codeUrl',
  'projectUrl',
] as const;

/** Joins the values of a multi-valued column. */
const MULTI = '; ';
/** Joins the names of one section path (`Visual Generation with RL > Image Generation`). */
const PATH = ' > ';
/** RFC 4180: records end in CRLF. */
const CRLF = '\r\n';

/** One row per paper under a header row, quoted as RFC 4180 says. */
export function formatCsv(papers: PaperDetails[], options: CsvOptions = {}): string {
  const keys = assignCitationKeys(papers, options.keys ?? new Map());
  const rows = papers.map((details) => csvRow(details, keys.get(details.paper.id)!));
  const text = [[...csvColumns], ...rows].map((row) => row.map(quoteCsv).join(',') + CRLF).join('');
  return options.bom ? BOM + text : text;
}

function csvRow(details: PaperDetails, key: string): string[] {
  const { paper } = details;
  const work = describeWork(details);
  const row: Record<(typeof csvColumns)[number], string> = {
    key,
    arxivId: paper.arxivId ?? '',
    doi: work.doi ?? '',
    title: paper.title,
    authors: details.authors.join(MULTI),
    year: paper.year === null ? '' : String(paper.year),
    month: paper.month === null ? '' : String(paper.month),
    venue: paper.venue ?? '',
    kind: paper.kind,
    pillars: details.pillars.join(MULTI),
    sections: details.sections.map((path) => path.join(PATH)).join(MULTI),
    arxivUrl: paper.arxivId ? arxivAbsUrl(paper.arxivId) : '',
    codeUrl: linkUrls(details, 'code'),
    projectUrl: linkUrls(details, 'project'),
  };
  return csvColumns.map((column) => row[column]);
}

function linkUrls(details: PaperDetails, kind: LinkKind): string {
  return details.links
    .filter((link) => link.kind === kind)
    .map((link) => link.url)
    .join(MULTI);
}

/** Quotes a field when it holds a comma, a quote or a line break; quotes inside are doubled. */
export function quoteCsv(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
