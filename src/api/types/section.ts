import type { Section } from '../../model/paper/paper';
import {
  countPapersBySectionIds,
  listChildSectionsByIds,
  listRootSections,
  listSectionsByIds,
} from '../../store/section.store';
import { listEntitiesByIds } from '../../store/entity.store';
import { builder } from '../builder';
import { PillarNode } from './pillar';

export const SectionNode = builder.loadableNodeRef<Section, number, number>('Section', {
  id: { resolve: (section) => section.id, parse: (id) => Number(id) },
  load: async (ids: number[], ctx) =>
    listSectionsByIds(ctx.db, ids).map(
      (section, i) => section ?? new Error(`no section ${ids[i]}`),
    ),
});

SectionNode.implement({
  description: 'A heading of a curated list that places papers; sections form a tree.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The heading text.' }),
    path: t.exposeStringList('path', {
      description: 'Headings from the top of the list down to this one.',
    }),
    depth: t.exposeInt('depth', { description: '0 for a top-level section.' }),
    parent: t.loadable({
      type: SectionNode,
      nullable: true,
      description: 'The enclosing section (null at the top).',
      load: async (ids: number[], ctx) => listSectionsByIds(ctx.db, ids),
      resolve: (section) => section.parentId,
    }),
    children: t.loadableList({
      type: SectionNode,
      description: 'Sections directly below this one, in list order.',
      load: async (ids: number[], ctx) => listChildSectionsByIds(ctx.db, ids),
      resolve: (section) => section.id,
    }),
    pillar: t.loadable({
      type: PillarNode,
      nullable: true,
      description: 'The pillar or group this section belongs to.',
      load: async (ids: number[], ctx) => listEntitiesByIds(ctx.db, ids),
      resolve: (section) => section.pillarId,
    }),
    paperCount: t.loadable({
      type: 'Int',
      description: 'Distinct papers listed here or in any section below.',
      load: async (ids: number[], ctx) => countPapersBySectionIds(ctx.db, ids),
      resolve: (section) => section.id,
    }),
  }),
});

builder.queryField('sections', (t) =>
  t.field({
    type: [SectionNode],
    description:
      'The top-level sections of every list (or of one); follow `children` for the tree.',
    args: { list: t.arg.string({ description: 'Only the sections of the list with this name.' }) },
    resolve: (_root, args, ctx) => listRootSections(ctx.db, args.list ?? undefined),
  }),
);
