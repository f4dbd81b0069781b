import type { CoOccurrence } from '../../model/analysis/analysis';
import { crossTabulate, listCoOccurrences } from '../../model/analysis/analysis';
import { listDimensionAxis, listFilteredPaperIds } from '../../store/analysis.store';
import { builder } from '../builder';
import { badInput, encodePaperIds, toAxisOptions } from './analysis-dimension';
import type { DimensionValueShape } from './analysis-dimension-value';
import { DimensionValueType } from './analysis-dimension-value';
import type { AnalysedKind } from './analysis-entity-kind';
import { EntityKindEnum } from './analysis-entity-kind';
import { toDimensionValueShape } from './analysis-matrix';
import { PaperNode } from './paper';
import { PaperFilterInput, readPaperFilter } from './paper-filter-input';

const MAX_PAIRS = 500;

interface PairShape {
  entity: DimensionValueShape;
  other: DimensionValueShape;
  paperIds: number[];
  lift: number;
}

interface CoOccurrenceShape {
  kind: AnalysedKind;
  with: AnalysedKind;
  pairs: PairShape[];
  paperCount: number;
}

const CoOccurrencePairType = builder.objectRef<PairShape>('CoOccurrencePair').implement({
  description: 'Two concepts that papers engage with together.',
  fields: (t) => ({
    entity: t.field({
      type: DimensionValueType,
      description: 'The concept of `kind` (key is its slug; total counts all its papers).',
      resolve: (pair) => pair.entity,
    }),
    other: t.field({
      type: DimensionValueType,
      description: 'The concept of `with`.',
      resolve: (pair) => pair.other,
    }),
    count: t.int({
      description: 'Papers linked to both.',
      resolve: (pair) => pair.paperIds.length,
    }),
    lift: t.exposeFloat('lift', {
      description: 'How many times more often they meet than if unrelated (1 = chance).',
    }),
    paperIds: t.stringList({
      description: 'Global ids of the papers linked to both.',
      resolve: (pair) => encodePaperIds(pair.paperIds),
    }),
    papers: t.field({
      type: [PaperNode],
      description: 'Those papers (loaded in one batch for all pairs).',
      resolve: (pair) => pair.paperIds,
    }),
  }),
});

const CoOccurrenceType = builder.objectRef<CoOccurrenceShape>('CoOccurrence').implement({
  description: 'Which concepts of one kind appear with which of another, most papers first.',
  fields: (t) => ({
    kind: t.field({
      type: EntityKindEnum,
      description: 'Kind of `entity`.',
      resolve: (c) => c.kind,
    }),
    with: t.field({
      type: EntityKindEnum,
      description: 'Kind of `other`.',
      resolve: (c) => c.with,
    }),
    pairs: t.field({
      type: [CoOccurrencePairType],
      description: 'The pairs, most shared papers first, then highest lift.',
      resolve: (c) => c.pairs,
    }),
    paperCount: t.exposeInt('paperCount', { description: 'Papers the filter selects.' }),
  }),
});

function toPairShape(kind: AnalysedKind, other: AnalysedKind, pair: CoOccurrence): PairShape {
  return {
    entity: toDimensionValueShape(kind, pair.row),
    other: toDimensionValueShape(other, pair.column),
    paperIds: pair.paperIds,
    lift: pair.lift,
  };
}

builder.queryField('coOccurrence', (t) =>
  t.field({
    type: CoOccurrenceType,
    description:
      'Which concepts appear together in papers, e.g. algorithms × benchmarks or rewards × rewards, as pairs with counts.',
    args: {
      kind: t.arg({ type: EntityKindEnum, required: true, description: 'One side of each pair.' }),
      with: t.arg({
        type: EntityKindEnum,
        required: true,
        description: 'The other side; the same kind pairs concepts of one kind with each other.',
      }),
      filter: t.arg({ type: PaperFilterInput, description: 'Only count these papers.' }),
      minConfidence: t.arg.float({
        defaultValue: 0,
        description: 'Ignore concept links the tagger is less sure of than this (0–1).',
      }),
      minCount: t.arg.int({
        defaultValue: 1,
        description: 'Only pairs shared by at least this many papers.',
      }),
      first: t.arg.int({ defaultValue: 20, description: `How many pairs (at most ${MAX_PAIRS}).` }),
    },
    resolve: (_root, args, ctx) => {
      const options = toAxisOptions(args);
      const first = args.first ?? 20;
      if (first < 1 || first > MAX_PAIRS) {
        throw badInput(`\`first\` must be between 1 and ${MAX_PAIRS} (got ${first}).`);
      }
      const paperIds = listFilteredPaperIds(ctx.db, readPaperFilter(ctx.db, args.filter));
      const rows = listDimensionAxis(ctx.db, args.kind, paperIds, options);
      const same = args.kind === args.with;
      const columns = same ? rows : listDimensionAxis(ctx.db, args.with, paperIds, options);
      const matrix = crossTabulate(paperIds, rows, columns);
      const pairs = listCoOccurrences(matrix, {
        sameDimension: same,
        minCount: Math.max(1, args.minCount ?? 1),
        first,
      });
      return {
        kind: args.kind,
        with: args.with,
        pairs: pairs.map((pair) => toPairShape(args.kind, args.with, pair)),
        paperCount: matrix.paperCount,
      };
    },
  }),
);
