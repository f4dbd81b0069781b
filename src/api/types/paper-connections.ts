import { countPapers, listPapers } from '../../store/paper.store';
import type { PaperFilter } from '../../model/paper-filter';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { resolvePage } from '../paging';
import { AuthorNode } from './author';
import { PaperNode } from './paper';
import { PaperOrderEnum } from './paper-filter-input';
import { PillarNode } from './pillar';
import { SectionNode } from './section';

type PageArgs = Parameters<typeof resolvePage>[0] & {
  orderBy?: 'LIST' | 'NEWEST' | 'OLDEST' | 'TITLE' | null;
};

function resolvePapersWhere(filter: PaperFilter, args: PageArgs, ctx: ApiContext) {
  return resolvePage(args, countPapers(ctx.db, filter), ({ limit, offset }) =>
    listPapers(ctx.db, { filter, order: args.orderBy ?? 'LIST', limit, offset }),
  );
}

builder.objectField(PillarNode, 'papers', (t) =>
  t.connection({
    type: PaperNode,
    description: 'Papers placed under this pillar or group.',
    args: {
      orderBy: t.arg({ type: PaperOrderEnum, defaultValue: 'LIST', description: 'Sort order.' }),
    },
    resolve: (pillar, args, ctx) => resolvePapersWhere({ pillars: [pillar.slug] }, args, ctx),
  }),
);

builder.objectField(SectionNode, 'papers', (t) =>
  t.connection({
    type: PaperNode,
    description: 'Papers listed in this section or below it.',
    args: {
      orderBy: t.arg({ type: PaperOrderEnum, defaultValue: 'LIST', description: 'Sort order.' }),
    },
    resolve: (section, args, ctx) => resolvePapersWhere({ sectionIds: [section.id] }, args, ctx),
  }),
);

builder.objectField(AuthorNode, 'papers', (t) =>
  t.connection({
    type: PaperNode,
    description: 'Papers this author is credited on.',
    args: {
      orderBy: t.arg({ type: PaperOrderEnum, defaultValue: 'NEWEST', description: 'Sort order.' }),
    },
    resolve: (author, args, ctx) => resolvePapersWhere({ authorIds: [author.id] }, args, ctx),
  }),
);
