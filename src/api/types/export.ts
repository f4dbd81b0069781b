import { createGraphQLError } from 'graphql-yoga';
import { capitalize } from '../../model/capitalize';
import type { SelectionFailure } from '../../model/selection/paper-selection';
import { describePaperRef, describeSelectionFailure } from '../../model/selection/paper-selection';
import { builder } from '../builder';
import type { ExportDocument } from '../../service/export-papers';
import { exportPapers } from '../../service/export-papers';
import { toBadUserInput } from '../bad-user-input';
import { ExportSelectionInput, toExportSelection } from './export-selection-input';
import { CitationFormatEnum, CitationStyleEnum } from './paper-cite';

export const ExportFormatEnum = builder.enumType('ExportFormat', {
  description: 'What an export is written as.',
  values: {
    BIBTEX: { value: 'bibtex', description: 'Classic BibTeX (ASCII with LaTeX escapes), `.bib`.' },
    BIBLATEX: { value: 'biblatex', description: 'BibLaTeX for Biber (UTF-8, ISO dates), `.bib`.' },
    CSL_JSON: { value: 'csl-json', description: 'CSL-JSON, as Zotero and citeproc read it.' },
    RIS: { value: 'ris', description: 'RIS, as Zotero, EndNote and Mendeley import it.' },
    CSV: { value: 'csv', description: 'CSV (RFC 4180), one row per paper under a header row.' },
    JSON: {
      value: 'json',
      description: "surveygraph's own JSON: every field, links and sections.",
    },
    MARKDOWN: {
      value: 'markdown',
      description: 'An awesome-list in the style of the survey list.',
    },
    CITATIONS: {
      value: 'citations',
      description: 'A formatted reference list in a citation style (`style`, default APA).',
    },
  } as const,
});

export const ExportGroupByEnum = builder.enumType('ExportGroupBy', {
  description: 'The headings a Markdown export groups papers under.',
  values: {
    SECTION: { value: 'section', description: 'The list sections, nested as in the list.' },
    PILLAR: { value: 'pillar', description: 'The survey pillars.' },
    YEAR: { value: 'year', description: 'Years, newest first.' },
    VENUE: { value: 'venue', description: 'Venues; arXiv-only work last.' },
    NONE: { value: 'none', description: 'No headings: one flat list.' },
  } as const,
});

const ExportType = builder.objectRef<ExportDocument>('Export').implement({
  description: 'An exported file: its text with what a download needs.',
  fields: (t) => ({
    format: t.field({
      type: ExportFormatEnum,
      description: 'The format it is written in.',
      resolve: (doc) => doc.format,
    }),
    contentType: t.exposeString('contentType', {
      description: 'Its media type, e.g. `application/x-bibtex; charset=utf-8`.',
    }),
    filename: t.exposeString('filename', {
      description: 'A file name for it, from the selection and the format, e.g. `grpo.bib`.',
    }),
    paperCount: t.exposeInt('paperCount', { description: 'How many papers it holds.' }),
    text: t.exposeString('text', { description: 'The exported text itself.' }),
  }),
});

builder.queryField('export', (t) =>
  t.field({
    type: ExportType,
    description:
      'Papers exported as BibTeX, CSL-JSON, RIS, CSV, JSON, Markdown or formatted citations. A paper exported for the first time gets its lasting citation key (see `Paper.citationKey`).',
    args: {
      format: t.arg({ type: ExportFormatEnum, required: true, description: 'The format.' }),
      selection: t.arg({
        type: ExportSelectionInput,
        description: 'Which papers (default: the whole corpus).',
      }),
      groupBy: t.arg({
        type: ExportGroupByEnum,
        description: 'MARKDOWN only: the headings to group under (default SECTION).',
      }),
      style: t.arg({
        type: CitationStyleEnum,
        description: 'CITATIONS only: the citation style (default APA).',
      }),
      citationFormat: t.arg({
        type: CitationFormatEnum,
        description: 'CITATIONS only: plain text (default) or HTML.',
      }),
      includeAbstracts: t.arg.boolean({
        defaultValue: false,
        description: 'Include abstracts where the format has a field for them.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const outcome = await exportPapers(ctx, {
        format: args.format,
        selection: toExportSelection(args.selection),
        groupBy: args.groupBy ?? undefined,
        style: args.style ?? undefined,
        citationFormat: args.citationFormat ?? undefined,
        includeAbstracts: args.includeAbstracts ?? false,
      });
      if (!outcome.ok) throw toGraphQLError(outcome);
      return outcome.document;
    },
  }),
);

export function toGraphQLError(failure: SelectionFailure) {
  const message = `${capitalize(describeSelectionFailure(failure))}.`.replace(/\.\.$/, '.');
  switch (failure.reason) {
    case 'collection_not_found':
      return createGraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
    case 'unknown_papers':
      return createGraphQLError(message, {
        extensions: { code: 'BAD_USER_INPUT', missing: failure.missing.map(describePaperRef) },
      });
    case 'invalid_input':
      return toBadUserInput(failure);
  }
}
