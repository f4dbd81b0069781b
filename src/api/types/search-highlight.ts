import type { Highlight } from '../../search/highlight-hit';
import { markHighlight } from '../../search/highlight-hit';
import { builder } from '../builder';

const TextRangeType = builder.objectRef<{ start: number; end: number }>('TextRange').implement({
  description: 'A span of a text, in UTF-16 code units as JavaScript counts them.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
  }),
});

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const SearchHighlightType = builder.objectRef<Highlight>('SearchHighlight').implement({
  description:
    'A field of a found paper where the query matched: the whole field when short, else a fragment around the matches, with the matched words located.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'Which field: title, abstract, authors, venue, sections or concepts.',
    }),
    text: t.exposeString('text', {
      description: 'The field or a fragment of it; a cut end is marked with "…".',
    }),
    matches: t.field({
      type: [TextRangeType],
      description: 'Where the matched words are in `text`, in order.',
      resolve: (highlight) => highlight.ranges,
    }),
    html: t.string({
      description: '`text` as HTML-escaped text with every matched word in `<mark>…</mark>`.',
      resolve: (highlight) => markHighlight(highlight, '<mark>', '</mark>', escapeHtml),
    }),
  }),
});
