import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder';

export interface DeletedCollection {
  id: number;
  name: string;
  paperCount: number;
}

export const DeletedCollectionType = builder
  .objectRef<DeletedCollection>('DeletedCollection')
  .implement({
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
