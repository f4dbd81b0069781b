import { annotateCollectionPaper, movePaperInCollection } from '../../store/collection-entry.store';
import {
  addPapersToCollection,
  removePapersFromCollection,
} from '../../service/change-collection-papers';
import { builder } from '../builder';
import { CollectionNode } from './collection';
import {
  AddPapersToCollectionInput,
  AnnotateCollectionPaperInput,
  decodeCollectionId,
  MovePaperInCollectionInput,
  RemovePapersFromCollectionInput,
  toPaperRef,
  toPaperSelection,
} from './collection-inputs';
import { now } from '../../service/now';
import { unwrap } from './collection-write';
import { InvalidInputError, NotFoundError } from './errors';
import { resultOf } from './result-of';

builder.mutationField('addPapersToCollection', (t) =>
  t.field({
    nullable: true,
    type: CollectionNode,
    description:
      'Appends papers (those not in it yet) to a collection, all or none: by id, arXiv id or key, every match of a filter (list order) or the hits of a search (best first).',
    errors: resultOf('AddPapersToCollectionResult', [NotFoundError, InvalidInputError]),
    args: {
      input: t.arg({
        type: AddPapersToCollectionInput,
        required: true,
        description: 'Which collection and which papers.',
      }),
    },
    resolve: (_root, { input }, ctx) => {
      const id = decodeCollectionId(input.collectionId);
      return unwrap(addPapersToCollection(ctx, id, toPaperSelection(input), now())).collection;
    },
  }),
);

builder.mutationField('removePapersFromCollection', (t) =>
  t.field({
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
      const id = decodeCollectionId(input.collectionId);
      const selection = toPaperSelection(input);
      return unwrap(removePapersFromCollection(ctx, id, selection, now())).collection;
    },
  }),
);

builder.mutationField('movePaperInCollection', (t) =>
  t.field({
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
      const id = decodeCollectionId(input.collectionId);
      const result = movePaperInCollection(ctx.db, id, toPaperRef(input), input.position, now());
      return unwrap(result).collection;
    },
  }),
);

builder.mutationField('annotateCollectionPaper', (t) =>
  t.field({
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
      const id = decodeCollectionId(input.collectionId);
      const annotation = { note: input.note, tags: input.tags ?? undefined };
      const result = annotateCollectionPaper(ctx.db, id, toPaperRef(input), annotation, now());
      return unwrap(result).collection;
    },
  }),
);
