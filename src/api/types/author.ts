import type { Author } from '../../model/paper';
import { countPapersByAuthorIds, listAuthorsByIds } from '../../store/author.store';
import { builder } from '../builder';

export const AuthorNode = builder.loadableNodeRef<Author, number, number>('Author', {
  id: { resolve: (author) => author.id, parse: (id) => Number(id) },
  load: async (ids: number[], ctx) =>
    listAuthorsByIds(ctx.db, ids).map((author, i) => author ?? new Error(`no author ${ids[i]}`)),
});

AuthorNode.implement({
  description: 'A person credited on papers; one node per normalised name.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name as first seen, e.g. `Fanqing Meng`.' }),
    paperCount: t.loadable({
      type: 'Int',
      description: 'How many papers in the graph this author is credited on.',
      load: async (ids: number[], ctx) => countPapersByAuthorIds(ctx.db, ids),
      resolve: (author) => author.id,
    }),
  }),
});
