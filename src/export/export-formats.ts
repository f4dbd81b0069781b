import type { PaperDetails } from '../model/paper/paper';
import type { ExportFileType, ExportFormatName } from './export-file-types';
import { exportFileTypes } from './export-file-types';
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

export type { ExportFormatName } from './export-file-types';
export { exportFormatNames } from './export-file-types';

export interface ExportFormat extends ExportFileType {
  name: ExportFormatName;
  format(papers: PaperDetails[], options?: ExportOptions): string;
}

/** Every export format by name, so the CLI, HTTP and GraphQL layers dispatch the same way. */
export const exportFormats: Readonly<Record<ExportFormatName, ExportFormat>> = {
  bibtex: {
    name: 'bibtex',
    ...exportFileTypes['bibtex'],
    format: (papers, options = {}) => formatBibtex(papers, { ...options, dialect: 'bibtex' }),
  },
  biblatex: {
    name: 'biblatex',
    ...exportFileTypes['biblatex'],
    format: (papers, options = {}) => formatBibtex(papers, { ...options, dialect: 'biblatex' }),
  },
  'csl-json': {
    name: 'csl-json',
    ...exportFileTypes['csl-json'],
    format: (papers, options = {}) => formatCslJson(papers, options),
  },
  ris: {
    name: 'ris',
    ...exportFileTypes['ris'],
    format: (papers, options = {}) => formatRis(papers, options),
  },
  csv: {
    name: 'csv',
    ...exportFileTypes['csv'],
    format: (papers, options = {}) => formatCsv(papers, options),
  },
  json: {
    name: 'json',
    ...exportFileTypes['json'],
    format: (papers, options = {}) => formatJson(papers, options),
  },
  markdown: {
    name: 'markdown',
    ...exportFileTypes['markdown'],
    format: (papers, options = {}) => formatMarkdown(papers, options),
  },
};

/** The format called `name`, or undefined for a name no format has. */
export function findExportFormat(name: string): ExportFormat | undefined {
  return Object.hasOwn(exportFormats, name) ? exportFormats[name as ExportFormatName] : undefined;
}
