import type { Entity } from '../../store/entity.store';
import {
  countPapersByPillarIds,
  listEntitiesByIds,
  listEntitiesByKinds,
} from '../../store/entity.store';
import { builder } from '../builder';

export const PillarNode = builder.loadableNodeRef<Entity, number, number>('Pillar', {
  id: { resolve: (pillar) => pillar.id, parse: (id) => Number(id) },
  load: async (ids: number[], ctx) =>
    listEntitiesByIds(ctx.db, ids).map((entity, i) =>
      entity && (entity.kind === 'pillar' || entity.kind === 'group')
        ? entity
        : new Error(`no pillar ${ids[i]}`),
    ),
});

PillarNode.implement({
  description:
    "One of the survey's pillars (MLLMs, visual generation, unified models, VLA agents) or one of the list's other groups (benchmarks, others).",
  fields: (t) => ({
    slug: t.exposeString('slug', {
      description: 'Stable short name, usable in `PaperFilterInput.pillars`.',
    }),
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { description: 'What belongs here, in one line.' }),
    isGroup: t.boolean({
      description:
        "True for the list's other groups (benchmarks, others), false for survey pillars.",
      resolve: (pillar) => pillar.kind === 'group',
    }),
    paperCount: t.loadable({
      type: 'Int',
      description: 'How many distinct papers the lists place under it.',
      load: async (ids: number[], ctx) => countPapersByPillarIds(ctx.db, ids),
      resolve: (pillar) => pillar.id,
    }),
  }),
});

builder.queryField('pillars', (t) =>
  t.field({
    type: [PillarNode],
    description: "The survey's pillars, and with `includeGroups` the list's other groups too.",
    args: {
      includeGroups: t.arg.boolean({
        defaultValue: false,
        description: 'Also return the benchmarks and others groups.',
      }),
    },
    resolve: (_root, args, ctx) =>
      listEntitiesByKinds(ctx.db, args.includeGroups ? ['pillar', 'group'] : ['pillar']),
  }),
);
