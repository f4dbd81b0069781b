import { listAttributeEntitiesByIds } from '../../store/entity-relation.store';
import type { StoredEntityLink } from '../../store/entity-link.store';
import { builder } from '../builder';
import { EntityLinkInterface, linkArgs, loadLinksOfPaper } from './entity-link';
import { addEntityFields, entityNodeRef } from './entity-node';
import { PaperNode } from './paper';
import { RewardTypeNode } from './reward-type';

export const ParadigmNode = entityNodeRef('Paradigm', 'paradigm');

ParadigmNode.implement({
  description:
    'An alignment or training paradigm: how the learning signal is obtained and used (RLHF, DPO, RLVR …).',
  fields: (t) => ({
    rewards: t.loadableList({
      type: RewardTypeNode,
      description:
        'Reward designs the paradigm always uses by definition (RLVR → verifiable reward).',
      load: async (ids: number[], ctx) =>
        listAttributeEntitiesByIds(ctx.db, ids, 'rewards', ['reward']),
      resolve: (paradigm) => paradigm.id,
    }),
  }),
});

addEntityFields(ParadigmNode, {
  kind: 'paradigm',
  noun: 'paradigms',
  listField: 'paradigms',
  findField: 'paradigm',
});

export const ParadigmLinkType = builder.objectRef<StoredEntityLink>('ParadigmLink').implement({
  description: "A paper's link to a paradigm it follows.",
  interfaces: [EntityLinkInterface],
  fields: (t) => ({
    paradigm: t.field({
      type: ParadigmNode,
      description: 'The paradigm.',
      resolve: (link) => link.entity,
    }),
  }),
});

builder.objectField(PaperNode, 'paradigms', (t) =>
  t.field({
    type: [ParadigmLinkType],
    description: 'Paradigms the paper follows, surest first, with evidence.',
    args: linkArgs,
    resolve: (paper, args, ctx) => loadLinksOfPaper(ctx, paper.id, 'paradigm', args),
  }),
);
