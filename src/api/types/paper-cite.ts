import { listCitationKeysByPaperIds } from '../../store/citation-key.store';
import { listPaperDetailsByIds } from '../../store/paper-details.store';
import { builder } from '../builder';
import { PaperNode } from './paper';

export const CitationStyleEnum = builder.enumType('CitationStyle', {
  description: 'A citation style for formatted references (rendered by citeproc-js).',
  values: {
    APA: { value: 'apa', description: 'APA 7th edition (author–date).' },
    IEEE: { value: 'ieee', description: 'IEEE (numbered).' },
    CHICAGO_AUTHOR_DATE: {
      value: 'chicago-author-date',
      description: 'Chicago Manual of Style, author–date.',
    },
  } as const,
});

export const CitationFormatEnum = builder.enumType('CitationFormat', {
  description: 'How a formatted reference is marked up.',
  values: {
    TEXT: { value: 'text', description: 'Plain text.' },
    HTML: {
      value: 'html',
      description: 'HTML, as citeproc-js writes it (`<div class="csl-entry">`).',
    },
  } as const,
});

builder.objectFields(PaperNode, (t) => ({
  cite: t.loadable({
    type: 'String',
    byPath: true,
    description: 'The formatted reference of this paper in a citation style.',
    args: {
      style: t.arg({ type: CitationStyleEnum, required: true, description: 'The citation style.' }),
      format: t.arg({
        type: CitationFormatEnum,
        defaultValue: 'text',
        description: 'Plain text (default) or HTML.',
      }),
    },
    load: async (ids: number[], ctx, args) => {
      // citeproc is loaded by the first reference asked for, not at every server start.
      const { citePaper } = await import('../../export/format-citations');
      const byId = new Map(listPaperDetailsByIds(ctx.db, ids).map((d) => [d.paper.id, d]));
      return ids.map((id) => {
        const details = byId.get(id);
        return details
          ? citePaper(details, args.style, args.format ?? 'text')
          : new Error(`no paper ${id}`);
      });
    },
    resolve: (paper) => paper.id,
  }),
  citationKey: t.loadable({
    type: 'String',
    nullable: true,
    description:
      'The BibTeX/CSL key exports give this paper (`meng2025mmeureka`); null until its first export, then it never changes.',
    load: async (ids: number[], ctx) =>
      listCitationKeysByPaperIds(ctx.db, ids).map((key) => key ?? null),
    resolve: (paper) => paper.id,
  }),
}));
