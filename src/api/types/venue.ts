import type { Venue } from '../../store/venue.store';
import { listVenues, listVenuesByKeys } from '../../store/venue.store';
import { countPapers, listPapers } from '../../store/paper.store';
import type { PaperFilter } from '../../model/selection/paper-filter';
import { builder } from '../builder';
import { resolvePage } from '../paging';
import { EntityOrderEnum } from './entity-node';
import { PaperNode } from './paper';
import { PaperFilterInput, PaperOrderEnum, readPaperFilter } from './paper-filter-input';

export const VenueNode = builder.loadableNodeRef<Venue, string, string>('Venue', {
  id: { resolve: (venue) => venue.key, parse: (id) => id },
  load: async (keys: string[], ctx) =>
    listVenuesByKeys(ctx.db, keys).map((venue, i) => venue ?? new Error(`no venue ${keys[i]}`)),
});

VenueNode.implement({
  description:
    'Where papers were published, as their metadata names it (`NeurIPS`, `CVPR`); spellings differing only in case are one venue.',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'The spelling most of its papers use; usable in `PaperFilterInput.venues`.',
    }),
    paperCount: t.exposeInt('paperCount', { description: 'How many papers name this venue.' }),
    papers: t.connection({
      type: PaperNode,
      description: 'Papers published at this venue, a page at a time.',
      args: {
        filter: t.arg({ type: PaperFilterInput, description: 'Only papers that also match this.' }),
        orderBy: t.arg({
          type: PaperOrderEnum,
          defaultValue: 'NEWEST',
          description: 'Sort order.',
        }),
      },
      resolve: (venue, args, ctx) => {
        const given = readPaperFilter(ctx.db, args.filter);
        const filter: PaperFilter = { ...given, venues: [venue.key] };
        if (given.venues?.length && !given.venues.some((v) => v.toLowerCase() === venue.key))
          filter.paperIds = [];
        return resolvePage(args, countPapers(ctx.db, filter), ({ limit, offset }) =>
          listPapers(ctx.db, { filter, order: args.orderBy ?? 'NEWEST', limit, offset }),
        );
      },
    }),
  }),
});

builder.queryFields((t) => ({
  venues: t.field({
    type: [VenueNode],
    description: 'Every venue the papers name, with counts (preprints have none).',
    args: {
      orderBy: t.arg({
        type: EntityOrderEnum,
        defaultValue: 'PAPER_COUNT',
        description: 'Sort order.',
      }),
    },
    resolve: (_root, args, ctx) => listVenues(ctx.db, args.orderBy ?? 'PAPER_COUNT'),
  }),
  venue: t.field({
    type: VenueNode,
    nullable: true,
    description: 'One venue by name, ignoring case (null when no paper names it).',
    args: { name: t.arg.string({ required: true, description: 'Its name, e.g. `NeurIPS`.' }) },
    resolve: (_root, args, ctx) => listVenuesByKeys(ctx.db, [args.name])[0] ?? null,
  }),
}));
