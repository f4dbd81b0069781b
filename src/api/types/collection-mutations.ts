import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  addPapersToCollection,
  annotateCollectionPaper,
  movePaperInCollection,
  removePapersFromCollection,
} from '../../store/collection-paper.store';
import {
  createCollection,
  deleteCollection,
  describeCollection,
  renameCollection,
} from '../../store/collection.store';
import { builder } from '../builder';
import { CollectionNode } from './collection';
import {
  AddPapersToCollectionInput,
  AnnotateCollectionPaperInput,
  CreateCollectionInput,
  decodeCollectionId,
  DeleteCollectionInput,
  DescribeCollectionInput,
  MovePaperInCollectionInput,
  RemovePapersFromCollectionInput,
  RenameCollectionInput,
  toPaperRef,
  toPaperSelection,
} from './collection-inputs';
import { now, requireWriteAccess, unwrap } from './collection-write';
import { DuplicateNameError, InvalidInputError, NotFoundError } from './errors';

builder.mutationType({
  description:
    'Changes to curated collections. Every mutation needs the server’s write token (`Authorization: Bearer <token>`); reads stay public.',
});

type ErrorClass = typeof NotFoundError | typeof DuplicateNameError | typeof InvalidInputError;

/** The result union of a mutation: the changed object, or one of the listed errors. */
function resultOf(name: string, types: ErrorClass[]) {
  const kinds = types.map((type) => type.name).join(', ');
  return {
    types,
    directResult: true as const,
    union: {
      name,
      description: `The result: the changed object, or why nothing changed (${kinds}).`,
    },
  };
}

interface DeletedCollection {
  id: number;
  name: string;
  paperCount: number;
}

const DeletedCollectionType = builder.objectRef<DeletedCollection>('DeletedCollection').implement({
  description: 'A collection as it was just before it was deleted.',
  fields: (t) => ({
    id: t.id({
      description: 'The global id it had (it no longer resolves).',
      resolve: (deleted) => encodeGlobalID('Collection', deleted.id),
    }),
    name: t.exposeString('name', { description: 'The name it had.' }),
    paperCount: t.exposeInt('paperCount', {
      description: 'How many papers it held (they stay in the graph).',
    }),
  }),
});

builder.mutationFields((t) => ({
  createCollection: t.field({
    // Null (with the error) when the request may not write; expected failures are typed results.
    nullable: true,
    type: CollectionNode,
    description: 'Creates an empty collection.',
    errors: resultOf('CreateCollectionResult', [DuplicateNameError, InvalidInputError]),
    args: {
      input: t.arg({
        type: CreateCollectionInput,
        required: true,
        description: 'Its name and description.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      requireWriteAccess(ctx);
      const fields = { name: input.name, description: input.description ?? undefined };
      return unwrap(createCollection(ctx.db, fields, now())).collection;
    },
  }),
  renameCollection: t.field({
    nullable: true,
    type: CollectionNode,
    description: 'Renames a collection.',
    errors: resultOf('RenameCollectionResult', [
      NotFoundError,
      DuplicateNameError,
      InvalidInputError,
    ]),
    args: {
      input: t.arg({
        type: RenameCollectionInput,
        required: true,
        description: 'Which collection and its new name.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      requireWriteAccess(ctx);
      const id = decodeCollectionId(input.collectionId);
      return unwrap(renameCollection(ctx.db, id, input.name, now())).collection;
    },
  }),
  describeCollection: t.field({
    nullable: true,
    type: CollectionNode,
    description: 'Sets (or clears) the description of a collection.',
    errors: resultOf('DescribeCollectionResult', [NotFoundError]),
    args: {
      input: t.arg({
        type: DescribeCollectionInput,
        required: true,
        description: 'Which collection and its description.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      requireWriteAccess(ctx);
      const id = decodeCollectionId(input.collectionId);
      return unwrap(describeCollection(ctx.db, id, input.description, now())).collection;
    },
  }),
  deleteCollection: t.field({
    nullable: true,
    type: DeletedCollectionType,
    description: 'Deletes a collection with its notes and sources; its papers stay in the graph.',
    errors: resultOf('DeleteCollectionResult', [NotFoundError]),
    args: {
      input: t.arg({
        type: DeleteCollectionInput,
        required: true,
        description: 'Which collection.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      requireWriteAccess(ctx);
      const deleted = unwrap(deleteCollection(ctx.db, decodeCollectionId(input.collectionId)));
      return {
        id: deleted.collection.id,
        name: deleted.collection.name,
        paperCount: deleted.paperCount,
      };
    },
  }),
  addPapersToCollection: t.field({
    nullable: true,
    type: CollectionNode,
    description:
      'Appends papers (those not in it yet) to a collection, all or none: by id, by arXiv id, every match of a filter (list order) or the hits of a search (best first).',
    errors: resultOf('AddPapersToCollectionResult', [NotFoundError, InvalidInputError]),
    args: {
      input: t.arg({
        type: AddPapersToCollectionInput,
        required: true,
        description: 'Which collection and which papers.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      requireWriteAccess(ctx);
      const id = decodeCollectionId(input.collectionId);
      return unwrap(addPapersToCollection(ctx.db, id, toPaperSelection(input, ctx), now()))
        .collection;
    },
  }),
  removePapersFromCollection: t.field({
    nullable: true,
    type: CollectionNode,
    description:
      'Removes papers from a collection (never from the graph); the rest keep their order.',
    errors: resultOf('RemovePapersFromCollectionResult', [NotFoundError, InvalidInputError]),
    args: {
      input: t.arg({
        type: RemovePapersFromCollectionInput,
        required: true,
        description: 'Which collection and which papers.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      requireWriteAccess(ctx);
      const id = decodeCollectionId(input.collectionId);
      const selection = toPaperSelection(input, ctx);
      return unwrap(removePapersFromCollection(ctx.db, id, selection, now())).collection;
    },
  }),
  movePaperInCollection: t.field({
    nullable: true,
    type: CollectionNode,
    description: 'Moves one paper of a collection to a position (from 1).',
    errors: resultOf('MovePaperInCollectionResult', [NotFoundError, InvalidInputError]),
    args: {
      input: t.arg({
        type: MovePaperInCollectionInput,
        required: true,
        description: 'Which paper of which collection, and where to.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      requireWriteAccess(ctx);
      const id = decodeCollectionId(input.collectionId);
      const result = movePaperInCollection(ctx.db, id, toPaperRef(input), input.position, now());
      return unwrap(result).collection;
    },
  }),
  annotateCollectionPaper: t.field({
    nullable: true,
    type: CollectionNode,
    description: 'Sets the note and/or tags of one paper in a collection.',
    errors: resultOf('AnnotateCollectionPaperResult', [NotFoundError, InvalidInputError]),
    args: {
      input: t.arg({
        type: AnnotateCollectionPaperInput,
        required: true,
        description: 'Which paper of which collection, and its note and tags.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      requireWriteAccess(ctx);
      const id = decodeCollectionId(input.collectionId);
      const annotation = { note: input.note, tags: input.tags ?? undefined };
      const result = annotateCollectionPaper(ctx.db, id, toPaperRef(input), annotation, now());
      return unwrap(result).collection;
    },
  }),
}));
