import type { CuratedList } from '../../model/paper/paper';
import { findListByName, listAllLists, listListsByIds } from '../../store/list.store';
import { listRootSections } from '../../store/section.store';
import { builder } from '../builder';
import { PaperNode } from './paper';
import { SectionNode } from './section';

export const ListNode = builder.loadableNodeRef<CuratedList, number, number>('List', {
  id: { resolve: (list) => list.id, parse: (id) => Number(id) },
  load: async (ids: number[], ctx) =>
    listListsByIds(ctx.db, ids).map((list, i) => list ?? new Error(`no list ${ids[i]}`)),
});

ListNode.implement({
  description: 'A curated list of papers (an awesome-list) whose versions were ingested.',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'The stable name the list was ingested under, e.g. `visual-rl`.',
    }),
    title: t.exposeString('title', { nullable: true, description: "The list's own title." }),
    survey: t.field({
      type: PaperNode,
      nullable: true,
      description:
        'The survey paper the list accompanies (from its citation block or header); it is not one of the listed papers.',
      resolve: (list) => list.surveyPaperId,
    }),
    sections: t.field({
      type: [SectionNode],
      description: "The list's top-level sections; follow `children` for the tree.",
      resolve: (list, _args, ctx) => listRootSections(ctx.db, list.name),
    }),
  }),
});

builder.queryField('lists', (t) =>
  t.field({
    type: [ListNode],
    description: 'Every ingested list, by name.',
    resolve: (_root, _args, ctx) => listAllLists(ctx.db),
  }),
);

builder.queryField('list', (t) =>
  t.field({
    type: ListNode,
    nullable: true,
    description: 'The list ingested under this name, or null.',
    args: {
      name: t.arg.string({ required: true, description: 'The list name, e.g. `visual-rl`.' }),
    },
    resolve: (_root, args, ctx) => findListByName(ctx.db, args.name),
  }),
);
