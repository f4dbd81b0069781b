import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ComparisonRow, PropertyValue } from '../../model/analysis/analysis-compare';
import { compareProperties, toPaperProperties } from '../../model/analysis/analysis-compare';
import type { Paper } from '../../model/paper/paper';
import { listEntityLinksByPaperIds } from '../../store/entity-link.store';
import { listPillarsByPaperIds } from '../../store/entity.store';
import { listLinksByPaperIds } from '../../store/link.store';
import { listPapersByIds } from '../../store/paper.store';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { decodeGlobalIdOf } from '../global-id';
import { badInput } from './analysis-dimension';
import { PaperNode } from './paper';

/** At most this many papers side by side; a wider table is not a comparison any more. */
const MAX_COMPARED = 50;

interface ComparisonShape {
  papers: Paper[];
  rows: ComparisonRow[];
  missingIds: string[];
}

interface ComparisonCellShape {
  paperId: number;
  values: PropertyValue[];
}

const ComparedPropertyEnum = builder.enumType('ComparedProperty', {
  description: 'A row of a comparison table.',
  values: {
    YEAR: { value: 'year', description: 'Year of the work.' },
    VENUE: { value: 'venue', description: 'Publication venue (compared ignoring case).' },
    PILLARS: {
      value: 'pillars',
      description: 'Survey pillars and list groups it is placed under.',
    },
    PARADIGMS: { value: 'paradigms', description: 'Alignment paradigms it is linked to.' },
    ALGORITHMS: { value: 'algorithms', description: 'Algorithms it proposes or uses.' },
    REWARDS: { value: 'rewards', description: 'Reward designs it is linked to.' },
    BENCHMARKS: { value: 'benchmarks', description: 'Benchmarks it is linked to.' },
    CODE: { value: 'code', description: 'Whether it links to code (key `code`, with the URL).' },
  } as const,
});

const ComparisonValueType = builder.objectRef<PropertyValue>('ComparisonValue').implement({
  description: 'One value of a property for one paper.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description:
        'What makes values equal across papers: a slug, a year, a lower-cased venue, `code`.',
    }),
    label: t.exposeString('label', { description: 'Human-readable value.' }),
    relation: t.exposeString('relation', {
      nullable: true,
      description: 'For linked concepts: `proposes` or `uses` (the strongest link).',
    }),
    confidence: t.exposeFloat('confidence', {
      nullable: true,
      description: 'For linked concepts: how sure the link is (0–1).',
    }),
    url: t.exposeString('url', { nullable: true, description: 'For code: the repository URL.' }),
  }),
});

const ComparisonCellType = builder.objectRef<ComparisonCellShape>('ComparisonCell').implement({
  description: 'The values of one property for one paper.',
  fields: (t) => ({
    paperId: t.id({
      description: 'Global id of the paper (the column).',
      resolve: (cell) => encodeGlobalID('Paper', cell.paperId),
    }),
    values: t.field({
      type: [ComparisonValueType],
      description: 'Its values; empty when it has none.',
      resolve: (cell) => cell.values,
    }),
  }),
});

type ComparisonRowShape = ComparisonRow & { paperIds: number[] };

const ComparisonRowType = builder.objectRef<ComparisonRowShape>('ComparisonRow').implement({
  description: 'One property across all compared papers, and what they have in common.',
  fields: (t) => ({
    property: t.field({
      type: ComparedPropertyEnum,
      description: 'Which property.',
      resolve: (row) => row.property,
    }),
    cells: t.field({
      type: [ComparisonCellType],
      description: 'One cell per paper, in the order of `Comparison.papers`.',
      resolve: (row) => row.values.map((values, i) => ({ paperId: row.paperIds[i]!, values })),
    }),
    shared: t.field({
      type: [ComparisonValueType],
      description: 'Values every compared paper has (as the first paper states them).',
      resolve: (row) => row.shared,
    }),
    identical: t.exposeBoolean('identical', {
      description: 'True when every paper has exactly the same, non-empty values.',
    }),
  }),
});

const ComparisonType = builder.objectRef<ComparisonShape>('Comparison').implement({
  description: 'Papers side by side, property by property (like an ORKG comparison).',
  fields: (t) => ({
    papers: t.field({
      type: [PaperNode],
      description: 'The compared papers, in the order asked (the table’s columns).',
      resolve: (c) => c.papers,
    }),
    rows: t.field({
      type: [ComparisonRowType],
      description:
        'One row per property: year, venue, pillars, paradigms, algorithms, rewards, benchmarks, code.',
      resolve: (c) => c.rows.map((row) => ({ ...row, paperIds: c.papers.map((p) => p.id) })),
    }),
    sharedProperties: t.field({
      type: [ComparedPropertyEnum],
      description: 'Properties on which all the papers agree exactly.',
      resolve: (c) => c.rows.filter((row) => row.identical).map((row) => row.property),
    }),
    missingIds: t.exposeStringList('missingIds', {
      description: 'Ids asked for that name no paper (left out of the table).',
    }),
  }),
});

function decodePaperIds(ids: readonly (string | number)[]): number[] {
  if (ids.length === 0) throw badInput('Give at least one paper id to compare.');
  const decoded = [...new Set(ids.map((id) => decodeGlobalIdOf('Paper', String(id))))];
  if (decoded.length > MAX_COMPARED) {
    throw badInput(`Compare at most ${MAX_COMPARED} papers at once (got ${decoded.length}).`);
  }
  return decoded;
}

function buildComparison(ctx: ApiContext, ids: number[]): ComparisonShape {
  const found = listPapersByIds(ctx.db, ids);
  const papers = found.filter((paper): paper is Paper => paper !== undefined);
  const paperIds = papers.map((paper) => paper.id);
  const pillars = listPillarsByPaperIds(ctx.db, paperIds);
  const links = listEntityLinksByPaperIds(ctx.db, paperIds);
  const webLinks = listLinksByPaperIds(ctx.db, paperIds);
  const properties = papers.map((paper, i) =>
    toPaperProperties({
      paper,
      pillars: pillars[i]!,
      links: links[i]!.map((link) => ({ ...link, name: link.entity.name })),
      codeUrl: webLinks[i]!.find((link) => link.kind === 'code')?.url ?? null,
    }),
  );
  const missingIds = ids.filter((_, i) => !found[i]).map((id) => encodeGlobalID('Paper', id));
  return { papers, rows: compareProperties(properties), missingIds };
}

builder.queryField('compare', (t) =>
  t.field({
    type: ComparisonType,
    description: `A comparison table of up to ${MAX_COMPARED} papers: their properties side by side and which ones all share.`,
    args: {
      ids: t.arg.idList({
        required: true,
        description: 'Global ids of the papers, in column order.',
      }),
    },
    resolve: (_root, args, ctx) => buildComparison(ctx, decodePaperIds(args.ids)),
  }),
);
