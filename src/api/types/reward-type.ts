import type { StoredEntityLink } from '../../store/entity-link.store';
import { builder } from '../builder';
import { EntityLinkInterface, linkArgs, loadLinksOfPaper } from './entity-link';
import { addEntityFields, entityNodeRef } from './entity-node';
import { PaperNode } from './paper';

export const RewardTypeNode = entityNodeRef('RewardType', 'reward');

RewardTypeNode.implement({
  description:
    'A reward design: verifiable checks, learned preference models, MLLM judges, metric scores, process versus outcome signals.',
  fields: (t) => ({
    evaluationLevel: t.string({
      nullable: true,
      description: 'The evaluation level it mostly measures (slug), for metric-like rewards.',
      resolve: (reward) => reward.attributes.evaluationLevel ?? null,
    }),
  }),
});

addEntityFields(RewardTypeNode, {
  kind: 'reward',
  noun: 'reward designs',
  listField: 'rewardTypes',
  findField: 'rewardType',
});

export const RewardLinkType = builder.objectRef<StoredEntityLink>('RewardLink').implement({
  description: "A paper's link to a reward design it proposes or trains with.",
  interfaces: [EntityLinkInterface],
  fields: (t) => ({
    reward: t.field({
      type: RewardTypeNode,
      description: 'The reward design.',
      resolve: (link) => link.entity,
    }),
  }),
});

builder.objectField(PaperNode, 'rewards', (t) =>
  t.field({
    type: [RewardLinkType],
    description: 'Reward designs the paper proposes or trains with, surest first, with evidence.',
    args: linkArgs,
    resolve: (paper, args, ctx) => loadLinksOfPaper(ctx, paper.id, 'reward', args),
  }),
);
