import type { Dimension } from '../../model/analysis/analysis';
import type { Timeline, TimelinePeriod } from '../../model/analysis/analysis-timeline';
import { buildTimeline } from '../../model/analysis/analysis-timeline';
import { listDimensionAxis, listFilteredPaperIds } from '../../store/analysis.store';
import { builder } from '../builder';
import { DimensionEnum, encodePaperIds, toAxisOptions, toPublicKey } from './analysis-dimension';
import type { DimensionValueShape } from './analysis-dimension-value';
import { DimensionValueType } from './analysis-dimension-value';
import { toDimensionValueShape } from './analysis-matrix';
import { PaperNode } from './paper';
import { PaperFilterInput, readPaperFilter } from './paper-filter-input';

interface TimelineShape {
  by: TimelinePeriod;
  groupBy: Dimension | null;
  groups: DimensionValueShape[];
  points: Timeline['points'];
  paperCount: number;
  undatedCount: number;
}

type PointShape = Timeline['points'][number];
type GroupCountShape = PointShape['groups'][number];

const TimelinePeriodEnum = builder.enumType('TimelinePeriod', {
  description: 'How finely a timeline counts.',
  values: {
    YEAR: { value: 'year', description: 'One point per year.' },
    MONTH: {
      value: 'month',
      description: 'One point per month; papers without a month are undated.',
    },
  } as const,
});

const TimelineGroupCountType = builder.objectRef<GroupCountShape>('TimelineGroupCount').implement({
  description: 'The papers of one period that have one value of the split dimension.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Key of the value (see `Timeline.groups`).' }),
    count: t.int({ description: 'How many papers.', resolve: (g) => g.paperIds.length }),
    paperIds: t.stringList({
      description: 'Their global ids.',
      resolve: (g) => encodePaperIds(g.paperIds),
    }),
  }),
});

const TimelinePointType = builder.objectRef<PointShape>('TimelinePoint').implement({
  description: 'One period of a timeline.',
  fields: (t) => ({
    period: t.exposeString('period', { description: '`2025` by year, `2025-03` by month.' }),
    year: t.exposeInt('year', { description: 'The year.' }),
    month: t.exposeInt('month', { nullable: true, description: 'The month 1–12 (null by year).' }),
    count: t.int({ description: 'Papers of this period.', resolve: (p) => p.paperIds.length }),
    paperIds: t.stringList({
      description: 'Their global ids.',
      resolve: (p) => encodePaperIds(p.paperIds),
    }),
    papers: t.field({
      type: [PaperNode],
      description: 'The papers themselves (loaded in one batch for all points).',
      resolve: (p) => p.paperIds,
    }),
    groups: t.field({
      type: [TimelineGroupCountType],
      description: 'Counts per value of `groupBy` (values without papers here are left out).',
      resolve: (p) => p.groups,
    }),
  }),
});

const TimelineType = builder.objectRef<TimelineShape>('Timeline').implement({
  description:
    'Papers per year or month, optionally split by a dimension; periods without papers included.',
  fields: (t) => ({
    by: t.field({
      type: TimelinePeriodEnum,
      description: 'How finely it counts.',
      resolve: (tl) => tl.by,
    }),
    groupBy: t.field({
      type: DimensionEnum,
      nullable: true,
      description: 'The split dimension, if any.',
      resolve: (tl) => tl.groupBy,
    }),
    groups: t.field({
      type: [DimensionValueType],
      description:
        'The split dimension’s values over the whole timeline (empty without `groupBy`).',
      resolve: (tl) => tl.groups,
    }),
    points: t.field({
      type: [TimelinePointType],
      description: 'Every period from the first to the last with papers, in order.',
      resolve: (tl) => tl.points,
    }),
    paperCount: t.exposeInt('paperCount', { description: 'Papers the filter selects.' }),
    undatedCount: t.exposeInt('undatedCount', {
      description: 'Selected papers without a year (or, by month, without a month).',
    }),
  }),
});

builder.queryField('timeline', (t) =>
  t.field({
    type: TimelineType,
    description: 'How many papers appeared per year or month, optionally split by a dimension.',
    args: {
      by: t.arg({
        type: TimelinePeriodEnum,
        defaultValue: 'month',
        description: 'Count per month (default) or per year.',
      }),
      groupBy: t.arg({ type: DimensionEnum, description: 'Split each period by this dimension.' }),
      filter: t.arg({ type: PaperFilterInput, description: 'Only count these papers.' }),
      includeGroups: t.arg.boolean({
        defaultValue: false,
        description: 'Let a PILLAR split also count the list groups (benchmarks, others).',
      }),
      minConfidence: t.arg.float({
        defaultValue: 0,
        description: 'Ignore concept links the tagger is less sure of than this (0–1).',
      }),
      top: t.arg.int({
        description: 'Keep only this many split values, those with the most papers.',
      }),
    },
    resolve: (_root, args, ctx) => {
      const options = toAxisOptions(args);
      const by = args.by ?? 'month';
      const paperIds = listFilteredPaperIds(ctx.db, readPaperFilter(ctx.db, args.filter));
      const periodAxis = listDimensionAxis(ctx.db, by === 'year' ? 'year' : 'year-month', paperIds);
      const groupBy = args.groupBy ?? null;
      const split = groupBy ? listDimensionAxis(ctx.db, groupBy, paperIds, options) : undefined;
      const timeline = buildTimeline(paperIds, periodAxis, by, split, { top: options.top });
      return {
        ...timeline,
        by,
        groupBy,
        groups: groupBy ? timeline.groups.map((g) => toDimensionValueShape(groupBy, g)) : [],
        points: timeline.points.map((point) => ({
          ...point,
          groups: point.groups.map((g) => ({ ...g, key: toPublicKey(groupBy!, g.key) })),
        })),
      };
    },
  }),
);
