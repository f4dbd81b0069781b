import {
  listAttributeEntitiesByIds,
  listVariantParentsByIds,
  listVariantsByIds,
} from '../../store/entity-relation.store';
import type { StoredEntityLink } from '../../store/entity-link.store';
import { builder } from '../builder';
import { EntityLinkInterface, linkArgs, loadLinksOfPaper } from './entity-link';
import { addEntityFields, entityNodeRef } from './entity-node';
import { ParadigmNode } from './paradigm';
import { PaperNode } from './paper';

export const AlgorithmNode = entityNodeRef('Algorithm', 'algorithm');

AlgorithmNode.implement({
  description:
    'A policy-optimisation algorithm (PPO, GRPO, DPO …) or a named variant a paper proposes; variants form a family tree.',
  fields: (t) => ({
    variantOf: t.loadable({
      type: AlgorithmNode,
      nullable: true,
      description:
        'The algorithm this one is a direct variant of (Flow-GRPO → GRPO); null at the root.',
      load: async (ids: number[], ctx) => listVariantParentsByIds(ctx.db, ids),
      resolve: (algorithm) => algorithm.id,
    }),
    variants: t.loadableList({
      type: AlgorithmNode,
      description: 'Algorithms that are direct variants of this one, by name.',
      load: async (ids: number[], ctx) => listVariantsByIds(ctx.db, ids),
      resolve: (algorithm) => algorithm.id,
    }),
    paradigms: t.loadableList({
      type: ParadigmNode,
      description: 'Paradigms this algorithm always belongs to (its variants inherit them).',
      load: async (ids: number[], ctx) =>
        listAttributeEntitiesByIds(ctx.db, ids, 'paradigms', ['paradigm']),
      resolve: (algorithm) => algorithm.id,
    }),
  }),
});

addEntityFields(AlgorithmNode, {
  kind: 'algorithm',
  noun: 'algorithms',
  listField: 'algorithms',
  findField: 'algorithm',
});

export const AlgorithmLinkType = builder.objectRef<StoredEntityLink>('AlgorithmLink').implement({
  description: "A paper's link to an algorithm it proposes or uses.",
  interfaces: [EntityLinkInterface],
  fields: (t) => ({
    algorithm: t.field({
      type: AlgorithmNode,
      description: 'The algorithm.',
      resolve: (link) => link.entity,
    }),
  }),
});

builder.objectField(PaperNode, 'algorithms', (t) =>
  t.field({
    type: [AlgorithmLinkType],
    description: 'Algorithms the paper proposes or uses, surest first, with evidence.',
    args: linkArgs,
    resolve: (paper, args, ctx) => loadLinksOfPaper(ctx, paper.id, 'algorithm', args),
  }),
);
