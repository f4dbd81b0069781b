import {
  createCollection,
  deleteCollection,
  describeCollection,
  renameCollection,
} from '../../store/collection.store';
import { builder } from '../builder';
import { CollectionNode } from './collection';
import {
  CreateCollectionInput,
  decodeCollectionId,
  DeleteCollectionInput,
  DescribeCollectionInput,
  RenameCollectionInput,
} from './collection-inputs';
import { now } from '../../service/now';
import { unwrap } from './collection-write';
import { DeletedCollectionType } from './deleted-collection';
import { DuplicateNameError, InvalidInputError, NotFoundError } from './errors';
import { resultOf } from './result-of';

builder.mutationField('createCollection', (t) =>
  t.field({
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
      const fields = { name: input.name, description: input.description ?? undefined };
      return unwrap(createCollection(ctx.db, fields, now())).collection;
    },
  }),
);

builder.mutationField('renameCollection', (t) =>
  t.field({
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
      const id = decodeCollectionId(input.collectionId);
      return unwrap(renameCollection(ctx.db, id, input.name, now())).collection;
    },
  }),
);

builder.mutationField('describeCollection', (t) =>
  t.field({
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
      const id = decodeCollectionId(input.collectionId);
      return unwrap(describeCollection(ctx.db, id, input.description, now())).collection;
    },
  }),
);

builder.mutationField('deleteCollection', (t) =>
  t.field({
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
      const deleted = unwrap(deleteCollection(ctx.db, decodeCollectionId(input.collectionId)));
      return {
        id: deleted.collection.id,
        name: deleted.collection.name,
        paperCount: deleted.paperCount,
      };
    },
  }),
);
