import type { InputFieldBuilder } from '@pothos/core';
import { capitalize } from '../../model/capitalize';
import type { InvalidInput, PaperRef, PaperSelection } from '../../model/selection/paper-selection';
import { readPaperRef, readPaperSelection } from '../../model/selection/read-paper-selection';
import { builder } from '../builder';
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
    keys: t.stringList({
      description: `Papers to ${verb}, by paper key (\`doi:…\`, \`url:…\`) or by the citation key an export gave them.`,
    }),
    filter: t.field({
      type: PaperFilterInput,
      description: `${capitalized} every paper this filter matches (or, with \`search\`, narrow its hits).`,
    }),
    search: t.string({
      description: `${capitalized} the hits of this full-text search (narrowed by \`filter\` when given).`,
    }),
    searchLimit: t.int({
      description:
        'At most this many papers: the search hits narrowed by `filter` first, then the best N (default: all).',
    }),
  };
}

export const AddPapersToCollectionInput = builder.inputType('AddPapersToCollectionInput', {
  description:
    'Papers to append to a collection: give `paperIds`, `arxivIds` and/or `keys`, or `filter` or `search` (a search may be narrowed by `filter`). A filter or search is kept as a source.',
  fields: (t) => selectionFields(t, 'add'),
});

export const RemovePapersFromCollectionInput = builder.inputType(
  'RemovePapersFromCollectionInput',
  {
    description:
      'Papers to remove from a collection: give `paperIds`, `arxivIds` and/or `keys`, or `filter` or `search`. Papers named one by one must be in it.',
    fields: (t) => selectionFields(t, 'remove'),
  },
);

function paperRefFields(t: FieldBuilder) {
  return {
    collectionId: collectionIdField(t),
    paperId: t.id({ description: 'The paper, by global id (or give `arxivId` or `key`).' }),
    arxivId: t.string({ description: 'The paper, by arXiv id (or give `paperId` or `key`).' }),
    key: t.string({
      description: 'The paper, by paper key or citation key (or give `paperId` or `arxivId`).',
    }),
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

const SELECTION_NAMES = {
  paperIds: '`paperIds`',
  arxivIds: '`arxivIds`',
  keys: '`keys`',
  filter: '`filter`',
  search: '`search`',
  limit: '`searchLimit`',
};

/** The selection the input names; invalid input becomes the mutation's InvalidInputError. */
export function toPaperSelection(input: SelectionInput): PaperSelection {
  const read = readPaperSelection(
    {
      paperIds: input.paperIds?.map(decodePaperId),
      arxivIds: input.arxivIds,
      keys: input.keys,
      filter: input.filter == null ? undefined : toPaperFilter(input.filter),
      search: input.search,
      limit: input.searchLimit,
    },
    { names: SELECTION_NAMES, purpose: 'collection' },
  );
  if (!read.ok) throw toInvalidInputError(read);
  return read.selection;
}

/** The one paper a move or annotation is about. */
export function toPaperRef(input: {
  paperId?: string | number | null;
  arxivId?: string | null;
  key?: string | null;
}): PaperRef {
  const read = readPaperRef(
    {
      paperId: input.paperId == null ? undefined : decodePaperId(input.paperId),
      arxivId: input.arxivId,
      key: input.key,
    },
    { paperId: '`paperId`', arxivId: '`arxivId`', key: '`key`' },
  );
  if (!read.ok) throw toInvalidInputError(read);
  return read.ref;
}

function toInvalidInputError(failure: InvalidInput): InvalidInputError {
  const field = failure.field === 'limit' ? 'searchLimit' : failure.field;
  return new InvalidInputError(capitalize(failure.message), field === 'selection' ? null : field);
}

function decodePaperId(id: string | number): number {
  return decodeGlobalIdOf('Paper', String(id));
}

export function decodeCollectionId(id: string | number): number {
  return decodeGlobalIdOf('Collection', String(id));
}
