import type { PaperDetails } from '../model/paper/paper';
import { formatBibtex } from './format-bibtex';
import { formatCslJson } from './format-csl-json';
import { formatCsv } from './format-csv';
import { formatJson } from './format-json';
import { formatMarkdown, type MarkdownGroupBy } from './format-markdown';
import { formatRis } from './format-ris';

/** Options every format understands; each format ignores what does not concern it. */
export interface ExportOptions {
  /** Citation keys already given out, by paper id (kept as they are; new papers get new keys). */
  keys?: ReadonlyMap<number, string> | undefined;
  /** arXiv primary categories by paper id, for BibTeX `primaryClass`/`eprintclass`. */
  arxivCategories?: ReadonlyMap<number, string> | undefined;
  includeAbstracts?: boolean | undefined;
  /** CSV only: start with a UTF-8 byte order mark, so spreadsheet programs read UTF-8. */
  bom?: boolean | undefined;
  /** Markdown only. */
  groupBy?: MarkdownGroupBy | undefined;
  title?: string | undefined;
  /** Markdown only: the id of the paper the list accompanies (see `MarkdownOptions`). */
  surveyPaperId?: number | undefined;
}

export type ExportFormatName =
  'bibtex' | 'biblatex' | 'csl-json' | 'ris' | 'csv' | 'json' | 'markdown';

export interface ExportFormat {
  name: ExportFormatName;
  /** File extension without the dot. */
  extension: string;
  /** HTTP Content-Type, with charset where the type has one. */
  contentType: string;
  format(papers: PaperDetails[], options?: ExportOptions): string;
}

/** Every export format by name, so the CLI, HTTP and GraphQL layers dispatch the same way. */
export const exportFormats: Readonly<Record<ExportFormatName, ExportFormat>> = {
  bibtex: {
    name: 'bibtex',
    extension: 'bib',
    contentType: 'application/x-bibtex; charset=utf-8',
    format: (papers, options = {}) => formatBibtex(papers, { ...options, dialect: 'bibtex' }),
  },
  biblatex: {
    name: 'biblatex',
    extension: 'bib',
    contentType: 'application/x-bibtex; charset=utf-8',
    format: (papers, options = {}) => formatBibtex(papers, { ...options, dialect: 'biblatex' }),
  },
  'csl-json': {
    name: 'csl-json',
    extension: 'json',
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    format: (papers, options = {}) => formatCslJson(papers, options),
  },
  ris: {
    name: 'ris',
    extension: 'ris',
    contentType: 'application/x-research-info-systems; charset=utf-8',
    format: (papers, options = {}) => formatRis(papers, options),
  },
  csv: {
    name: 'csv',
    extension: 'csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    format: (papers, options = {}) => formatCsv(papers, options),
  },
  json: {
    name: 'json',
    extension: 'json',
    contentType: 'application/json; charset=utf-8',
    format: (papers, options = {}) => formatJson(papers, options),
  },
  markdown: {
    name: 'markdown',
    extension: 'md',
    contentType: 'text/markdown; charset=utf-8',
    format: (papers, options = {}) => formatMarkdown(papers, options),
  },
};

export const exportFormatNames = Object.keys(exportFormats) as ExportFormatName[];

/** The format called `name`, or undefined for a name no format has. */
export function findExportFormat(name: string): ExportFormat | undefined {
  return Object.hasOwn(exportFormats, name) ? exportFormats[name as ExportFormatName] : undefined;
}
