import type { PaperFilter, PaperOrder } from '../../model/selection/paper-filter';
import { countPapers, listPapers } from '../../store/paper.store';
import { builder } from '../builder';
import { resolvePage } from '../paging';
import { AuthorNode } from './author';
import { PaperNode } from './paper';
import { PaperOrderEnum } from './paper-filter-input';
import { PillarNode } from './pillar';
import { SectionNode } from './section';

/** Adds a `papers` connection to a type whose papers are described by a PaperFilter. */
function addPapersField<Parent>(
  ref: Parameters<typeof builder.objectField>[0],
  options: {
    description: string;
    defaultOrder: PaperOrder;
    filterOf: (parent: Parent) => PaperFilter;
  },
): void {
  builder.objectField(ref, 'papers', (t) =>
    t.connection({
      type: PaperNode,
      description: options.description,
      args: {
        orderBy: t.arg({
          type: PaperOrderEnum,
          defaultValue: options.defaultOrder,
          description: 'Sort order.',
        }),
      },
      resolve: (parent, args, ctx) => {
        const filter = options.filterOf(parent as Parent);
        return resolvePage(args, countPapers(ctx.db, filter), ({ limit, offset }) =>
          listPapers(ctx.db, {
            filter,
            order: args.orderBy ?? options.defaultOrder,
            limit,
            offset,
          }),
        );
      },
    }),
  );
}

addPapersField<{ slug: string }>(PillarNode, {
  description: 'Papers placed under this pillar or group.',
  defaultOrder: 'LIST',
  filterOf: (pillar) => ({ pillars: [pillar.slug] }),
});

addPapersField<{ id: number }>(SectionNode, {
  description: 'Papers listed in this section or below it.',
  defaultOrder: 'LIST',
  filterOf: (section) => ({ sectionIds: [section.id] }),
});

addPapersField<{ id: number }>(AuthorNode, {
  description: 'Papers this author is credited on.',
  defaultOrder: 'NEWEST',
  filterOf: (author) => ({ authorIds: [author.id] }),
});
