import { describeSearchQueryProblem } from '../../model/search-query-limits';
import { createGraphQLError } from 'graphql-yoga';
import type { ExportPaperRef, ExportSelection } from '../../model/export-selection';
import { parseArxivId } from '../../model/arxiv-id';
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
    searchLimit: t.int({ description: 'At most this many search hits (default: all).' }),
    collection: t.string({ description: 'The papers of this collection (by name), in its order.' }),
  }),
});

type SelectionArg = typeof ExportSelectionInput.$inferInput;

/** The selection an input names; a clear BAD_USER_INPUT error when it names several kinds. */
export function toExportSelection(input: SelectionArg | null | undefined): ExportSelection {
  if (!input) return { kind: 'all' };
  const refs = toRefs(input);
  const kinds = [
    refs.length > 0 || input.ids || input.arxivIds || input.keys ? 'ids' : undefined,
    input.search != null ? 'search' : undefined,
    input.collection != null ? 'collection' : undefined,
    input.filter != null && input.search == null ? 'filter' : undefined,
  ].filter((kind) => kind !== undefined);
  if (kinds.length > 1) {
    throw badInput(
      'Give papers by ids, arxivIds or keys, or one of filter, search or collection (filter may narrow search).',
    );
  }
  if (input.searchLimit != null && input.search == null)
    throw badInput('`searchLimit` needs `search`.');
  if (input.search != null) {
    const problem = describeSearchQueryProblem(input.search);
    if (problem) throw badInput(problem);
    const filter = toPaperFilter(input.filter);
    return { kind: 'search', query: input.search, filter, limit: input.searchLimit ?? undefined };
  }
  if (input.collection != null) return { kind: 'collection', name: input.collection };
  if (input.filter != null) return { kind: 'filter', filter: toPaperFilter(input.filter) };
  if (kinds.length === 1) return { kind: 'papers', refs };
  return { kind: 'all' };
}

function toRefs(input: SelectionArg): ExportPaperRef[] {
  return [
    ...(input.ids ?? []).map((id) => ({ paperId: decodeGlobalIdOf('Paper', String(id)) })),
    ...(input.arxivIds ?? []).map((text) => {
      const parsed = parseArxivId(text);
      if (!parsed.ok) throw badInput(`"${text}" is not an arXiv id: ${parsed.reason}.`);
      return { arxivId: parsed.id };
    }),
    ...(input.keys ?? []).map((key) => ({ key })),
  ];
}

function badInput(message: string) {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
