import type { PaperSelection } from '../../model/selection/paper-selection';
import { readPaperSelection } from '../../model/selection/read-paper-selection';
import { toBadUserInput } from '../bad-user-input';
import { builder } from '../builder';
import { decodeGlobalIdOf } from '../global-id';
import { PaperFilterInput, toPaperFilter } from './paper-filter-input';

export const ExportSelectionInput = builder.inputType('ExportSelectionInput', {
  description:
    'Which papers to export: give papers by `ids`, `arxivIds` and/or `keys`, or one of `filter`, `search` (which `filter` may narrow) or `collection`. Omitted: the whole corpus.',
  fields: (t) => ({
    ids: t.idList({ description: 'Papers by global id, in the order given.' }),
    arxivIds: t.stringList({
      description: 'Papers by arXiv id (with or without version or `arXiv:`), in the order given.',
    }),
    keys: t.stringList({
      description:
        'Papers by paper key (`doi:…`, `url:…`) or by the citation key an earlier export gave them.',
    }),
    filter: t.field({
      type: PaperFilterInput,
      description:
        'Every paper this filter matches, in list order (or, with `search`, narrows its hits).',
    }),
    search: t.string({ description: 'The hits of this full-text search, best first.' }),
    searchLimit: t.int({
      description:
        'At most this many papers: the search hits narrowed by `filter` first, then the best N (default: all).',
    }),
    collection: t.string({ description: 'The papers of this collection (by name), in its order.' }),
  }),
});

type SelectionArg = typeof ExportSelectionInput.$inferInput;

/** The selection an input names; a clear BAD_USER_INPUT error when it is not acceptable. */
export function toExportSelection(input: SelectionArg | null | undefined): PaperSelection {
  const read = readPaperSelection(
    {
      paperIds: input?.ids?.map((id) => decodeGlobalIdOf('Paper', String(id))),
      arxivIds: input?.arxivIds,
      keys: input?.keys,
      filter: input?.filter == null ? undefined : toPaperFilter(input.filter),
      search: input?.search,
      limit: input?.searchLimit,
      collection: input?.collection,
    },
    {
      names: {
        paperIds: 'ids',
        arxivIds: 'arxivIds',
        keys: 'keys',
        filter: 'filter',
        search: 'search',
        collection: 'collection',
        limit: 'searchLimit',
      },
      purpose: 'export',
    },
  );
  if (!read.ok) throw toBadUserInput(read);
  return read.selection;
}
