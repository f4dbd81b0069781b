import { listAttributeEntitiesByIds } from '../../store/entity-relation.store';
import type { StoredEntityLink } from '../../store/entity-link.store';
import { builder } from '../builder';
import { EntityLinkInterface, linkArgs, loadLinksOfPaper } from './entity-link';
import { addEntityFields, entityNodeRef } from './entity-node';
import { PaperNode } from './paper';
import { PillarNode } from './pillar';

export const BenchmarkNode = entityNodeRef('Benchmark', 'benchmark');

BenchmarkNode.implement({
  description: 'A benchmark, environment or dataset that papers train or evaluate on.',
  fields: (t) => ({
    task: t.string({
      nullable: true,
      description: 'The task family, e.g. `visual math reasoning`, `text-to-image`.',
      resolve: (benchmark) => benchmark.attributes.task ?? null,
    }),
    pillars: t.loadableList({
      type: PillarNode,
      description: 'The survey pillars it mostly serves.',
      load: async (ids: number[], ctx) =>
        listAttributeEntitiesByIds(ctx.db, ids, 'pillars', ['pillar', 'group']),
      resolve: (benchmark) => benchmark.id,
    }),
  }),
});

addEntityFields(BenchmarkNode, {
  kind: 'benchmark',
  noun: 'benchmarks',
  listField: 'benchmarks',
  findField: 'benchmark',
});

export const BenchmarkLinkType = builder.objectRef<StoredEntityLink>('BenchmarkLink').implement({
  description: "A paper's link to a benchmark it proposes or reports results on.",
  interfaces: [EntityLinkInterface],
  fields: (t) => ({
    benchmark: t.field({
      type: BenchmarkNode,
      description: 'The benchmark.',
      resolve: (link) => link.entity,
    }),
  }),
});

builder.objectField(PaperNode, 'benchmarks', (t) =>
  t.field({
    type: [BenchmarkLinkType],
    description: 'Benchmarks the paper proposes or reports on, surest first, with evidence.',
    args: linkArgs,
    resolve: (paper, args, ctx) => loadLinksOfPaper(ctx, paper.id, 'benchmark', args),
  }),
);
