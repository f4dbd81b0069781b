import { describeSearchQueryProblem } from '../../model/search-query-limits';
import type { InputFieldBuilder } from '@pothos/core';
import { parseArxivId } from '../../model/arxiv-id';
import type { PaperRef, PaperSelection } from '../../model/collection';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { decodeGlobalIdOf } from '../global-id';
import { InvalidInputError } from './errors';
import { PaperFilterInput, toPaperFilter } from './paper-filter-input';

type FieldBuilder = InputFieldBuilder<typeof builder.$inferSchemaTypes, 'InputObject'>;

const collectionIdField = (t: FieldBuilder) =>
  t.id({ required: true, description: 'Global id of the collection.' });

export const CreateCollectionInput = builder.inputType('CreateCollectionInput', {
  description: 'A new, empty collection.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name; unique ignoring case.' }),
    description: t.string({ description: 'What it is for (default: empty).' }),
  }),
});

export const RenameCollectionInput = builder.inputType('RenameCollectionInput', {
  description: 'A new name for a collection.',
  fields: (t) => ({
    collectionId: collectionIdField(t),
    name: t.string({ required: true, description: 'The new name; unique ignoring case.' }),
  }),
});

export const DescribeCollectionInput = builder.inputType('DescribeCollectionInput', {
  description: 'A new description for a collection.',
  fields: (t) => ({
    collectionId: collectionIdField(t),
    description: t.string({ required: true, description: 'The description; empty clears it.' }),
  }),
});

export const DeleteCollectionInput = builder.inputType('DeleteCollectionInput', {
  description: 'The collection to delete (its papers stay in the graph).',
  fields: (t) => ({ collectionId: collectionIdField(t) }),
});

function selectionFields(t: FieldBuilder, verb: 'add' | 'remove') {
  const capitalized = verb === 'add' ? 'Add' : 'Remove';
  return {
    collectionId: collectionIdField(t),
    paperIds: t.idList({ description: `Papers to ${verb}, by global id.` }),
    arxivIds: t.stringList({
      description: `Papers to ${verb}, by arXiv id (with or without version or \`arXiv:\`).`,
    }),
    filter: t.field({
      type: PaperFilterInput,
      description: `${capitalized} every paper this filter matches (or, with \`search\`, narrow its hits).`,
    }),
    search: t.string({
      description: `${capitalized} the hits of this full-text search (narrowed by \`filter\` when given).`,
    }),
    searchLimit: t.int({
      description: 'At most this many search hits, best first (default: all).',
    }),
  };
}

export const AddPapersToCollectionInput = builder.inputType('AddPapersToCollectionInput', {
  description:
    'Papers to append to a collection: give `paperIds`, `arxivIds`, `filter` or `search` (a search may be narrowed by `filter`). A filter or search is kept as a source.',
  fields: (t) => selectionFields(t, 'add'),
});

export const RemovePapersFromCollectionInput = builder.inputType(
  'RemovePapersFromCollectionInput',
  {
    description:
      'Papers to remove from a collection: give `paperIds`, `arxivIds`, `filter` or `search`. Papers named one by one must be in it.',
    fields: (t) => selectionFields(t, 'remove'),
  },
);

function paperRefFields(t: FieldBuilder) {
  return {
    collectionId: collectionIdField(t),
    paperId: t.id({ description: 'The paper, by global id (or give `arxivId`).' }),
    arxivId: t.string({ description: 'The paper, by arXiv id (or give `paperId`).' }),
  };
}

export const MovePaperInCollectionInput = builder.inputType('MovePaperInCollectionInput', {
  description: 'Where to move one paper of a collection; the papers between shift by one.',
  fields: (t) => ({
    ...paperRefFields(t),
    position: t.int({ required: true, description: 'The new place, from 1 to the paper count.' }),
  }),
});

export const AnnotateCollectionPaperInput = builder.inputType('AnnotateCollectionPaperInput', {
  description:
    'A note and/or tags for one paper of a collection; fields left out stay as they are.',
  fields: (t) => ({
    ...paperRefFields(t),
    note: t.string({ description: 'The note; empty or null clears it.' }),
    tags: t.stringList({ description: 'The tags, replacing the old ones; empty clears them.' }),
  }),
});

type SelectionInput = typeof AddPapersToCollectionInput.$inferInput;

/** Turns the selection fields into a PaperSelection, running the search if one is given. */
export function toPaperSelection(input: SelectionInput, ctx: ApiContext): PaperSelection {
  const given = (['paperIds', 'arxivIds', 'search'] as const).filter((key) => input[key] != null);
  if (given.length > 1 || (given.length === 0 && input.filter == null)) {
    throw new InvalidInputError(
      'Give exactly one of `paperIds`, `arxivIds`, `filter` or `search` (with `search`, `filter` narrows it).',
    );
  }
  if (input.filter != null && (input.paperIds != null || input.arxivIds != null)) {
    throw new InvalidInputError(
      '`filter` goes alone or with `search`, not with papers named one by one.',
      'filter',
    );
  }
  if (input.searchLimit != null && input.search == null) {
    throw new InvalidInputError('`searchLimit` goes with `search`.', 'searchLimit');
  }
  const filter = toPaperFilter(input.filter);
  if (input.search != null) {
    if (!input.search.trim())
      throw new InvalidInputError('A search needs at least one word.', 'search');
    const problem = describeSearchQueryProblem(input.search);
    if (problem) throw new InvalidInputError(problem, 'search');
    if (input.searchLimit != null && input.searchLimit < 1) {
      throw new InvalidInputError('`searchLimit` must be at least 1.', 'searchLimit');
    }
    const hits = ctx.index.search(input.search).map((hit) => hit.paperId);
    const hitIds = hits.slice(0, input.searchLimit ?? hits.length);
    return { kind: 'search', query: input.search, filter, hitIds };
  }
  if (input.paperIds != null) {
    return { kind: 'papers', refs: input.paperIds.map((id) => ({ paperId: decodePaperId(id) })) };
  }
  if (input.arxivIds != null) {
    return { kind: 'papers', refs: input.arxivIds.map((id) => toArxivRef(id, 'arxivIds')) };
  }
  return { kind: 'filter', filter };
}

/** The one paper a move or annotation is about. */
export function toPaperRef(input: {
  paperId?: string | number | null;
  arxivId?: string | null;
}): PaperRef {
  if ((input.paperId == null) === (input.arxivId == null)) {
    throw new InvalidInputError('Give exactly one of `paperId` or `arxivId`.');
  }
  if (input.paperId != null) return { paperId: decodePaperId(input.paperId) };
  return toArxivRef(input.arxivId!, 'arxivId');
}

function toArxivRef(text: string, field: string): PaperRef {
  const parsed = parseArxivId(text);
  if (!parsed.ok)
    throw new InvalidInputError(`"${text}" is not an arXiv id: ${parsed.reason}.`, field);
  return { arxivId: parsed.id };
}

function decodePaperId(id: string | number): number {
  return decodeGlobalIdOf('Paper', String(id));
}

export function decodeCollectionId(id: string | number): number {
  return decodeGlobalIdOf('Collection', String(id));
}
