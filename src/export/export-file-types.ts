/**
 * What each export format's file is called and served as, apart from the formatters themselves:
 * the CLI, HTTP and GraphQL layers validate and name exports from this without loading BibTeX,
 * CSL or LaTeX code (export-formats.ts), which loads on the first export.
 */
export type ExportFormatName =
  'bibtex' | 'biblatex' | 'csl-json' | 'ris' | 'csv' | 'json' | 'markdown';

export interface ExportFileType {
  /** File extension without the dot. */
  extension: string;
  /** HTTP Content-Type, with charset where the type has one. */
  contentType: string;
}

export const exportFileTypes: Readonly<Record<ExportFormatName, ExportFileType>> = {
  bibtex: { extension: 'bib', contentType: 'application/x-bibtex; charset=utf-8' },
  biblatex: { extension: 'bib', contentType: 'application/x-bibtex; charset=utf-8' },
  'csl-json': {
    extension: 'json',
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  },
  ris: { extension: 'ris', contentType: 'application/x-research-info-systems; charset=utf-8' },
  csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8; header=present' },
  json: { extension: 'json', contentType: 'application/json; charset=utf-8' },
  markdown: { extension: 'md', contentType: 'text/markdown; charset=utf-8' },
};

export const exportFormatNames = Object.keys(exportFileTypes) as ExportFormatName[];
