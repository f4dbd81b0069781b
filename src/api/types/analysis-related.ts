import type { RelatedPaper, SharedFeature } from '../../model/analysis/analysis-related';
import {
  describeRelation,
  rankRelatedPapers,
  TEXT_SIMILARITY_WEIGHT,
} from '../../model/analysis/analysis-related';
import { listFilteredPaperIds } from '../../store/analysis.store';
import { listSharedFeatures } from '../../store/analysis-related.store';
import { listPapersByIds } from '../../store/paper.store';
import type { ApiContext } from '../context';
import { builder } from '../builder';
import { createContentMemo } from '../content-memo';
import { decodeGlobalIdOf } from '../global-id';
import { badInput, toAxisOptions } from './analysis-dimension';
import type { AnalysedKind } from './analysis-entity-kind';
import { EntityKindEnum } from './analysis-entity-kind';
import { PaperNode } from './paper';
import { PaperFilterInput, readPaperFilter } from './paper-filter-input';
import { SectionNode } from './section';

const MAX_RELATED = 100;

const relatedMemo = createContentMemo();

const SharedConceptType = builder.objectRef<SharedFeature>('SharedConcept').implement({
  description:
    'An ontology concept both papers are linked to, or an algorithm family both use a variant of.',
  fields: (t) => ({
    viaFamily: t.boolean({
      description:
        'True when shared through variants: both papers use this algorithm family, not the same member of it (TempFlow-GRPO and Pref-GRPO share the Flow-GRPO family).',
      resolve: (s) => s.feature.type === 'family',
    }),
    kind: t.field({
      type: EntityKindEnum,
      description: 'What kind of concept.',
      // Papers are linked only to tagged kinds (never to list groups).
      resolve: (s) => s.feature.kind as AnalysedKind,
    }),
    slug: t.string({ description: 'Its slug.', resolve: (s) => s.feature.key }),
    name: t.string({ description: 'Its name.', resolve: (s) => s.feature.label }),
    weight: t.exposeFloat('weight', {
      description:
        'What it adds to the score: ln((N + 1) / paperCount) × the weaker link’s confidence.',
    }),
    paperCount: t.exposeInt('paperCount', { description: 'How many papers in the graph have it.' }),
  }),
});

const SharedSectionType = builder.objectRef<SharedFeature>('SharedSection').implement({
  description: 'A list section that places both papers.',
  fields: (t) => ({
    section: t.field({
      type: SectionNode,
      description: 'The section.',
      resolve: (s) => s.feature.id,
    }),
    weight: t.exposeFloat('weight', {
      description: 'What it adds to the score: ln((N + 1) / paperCount).',
    }),
    paperCount: t.exposeInt('paperCount', { description: 'How many papers the section lists.' }),
  }),
});

export const RelatedPaperType = builder
  .objectRef<RelatedPaper & { fromPaperId: number }>('RelatedPaper')
  .implement({
    description: 'A paper related to another one, with why.',
    fields: (t) => ({
      paper: t.field({
        type: PaperNode,
        description: 'The related paper.',
        resolve: (r) => r.paperId,
      }),
      score: t.exposeFloat('score', {
        description:
          'Sum of the weights of what they share (rare concepts weigh more than common ones), plus 10 × the cosine similarity of their wording.',
      }),
      reason: t.string({
        description:
          'Why, in words: the shared concepts and sections, heaviest first, and similar wording.',
        resolve: (r) => describeRelation(r.shared),
      }),
      sharedConcepts: t.field({
        type: [SharedConceptType],
        description:
          'Ontology concepts (and algorithm families) both are linked to, heaviest first.',
        resolve: (r) =>
          r.shared.filter((s) => s.feature.type === 'entity' || s.feature.type === 'family'),
      }),
      textSimilarity: t.float({
        description:
          'How alike their titles and abstracts are worded: cosine of TF-IDF vectors, 0 to 1 (0 when below 0.05). Adds 10 × this to the score.',
        resolve: (r) =>
          (r.shared.find((s) => s.feature.type === 'text')?.weight ?? 0) / TEXT_SIMILARITY_WEIGHT,
      }),
      sharedSections: t.field({
        type: [SharedSectionType],
        description: 'List sections that place both, heaviest first.',
        resolve: (r) => r.shared.filter((s) => s.feature.type === 'section'),
      }),
    }),
  });

builder.queryField('related', (t) =>
  t.field({
    type: [RelatedPaperType],
    nullable: true,
    description:
      'Papers that share the most specific concepts and sections with a paper, or are worded most like it (TF-IDF cosine of titles and abstracts), best first (null when no paper has the id).',
    args: {
      paper: t.arg.id({ required: true, description: 'Global id of the paper.' }),
      first: t.arg.int({ defaultValue: 10, description: `How many (at most ${MAX_RELATED}).` }),
      filter: t.arg({ type: PaperFilterInput, description: 'Only suggest papers matching this.' }),
      minConfidence: t.arg.float({
        defaultValue: 0,
        description: 'Ignore concept links the tagger is less sure of than this (0–1).',
      }),
    },
    resolve: (_root, args, ctx) => {
      const paperId = decodeGlobalIdOf('Paper', String(args.paper));
      const first = args.first ?? 10;
      if (first < 1 || first > MAX_RELATED) {
        throw badInput(`\`first\` must be between 1 and ${MAX_RELATED} (got ${first}).`);
      }
      return relatedMemo(ctx.db, JSON.stringify(args), () =>
        findRelated(ctx, paperId, first, args),
      );
    },
  }),
);

function findRelated(
  ctx: ApiContext,
  paperId: number,
  first: number,
  args: { filter?: typeof PaperFilterInput.$inferInput | null; minConfidence?: number | null },
) {
  const { minConfidence } = toAxisOptions(args);
  if (!listPapersByIds(ctx.db, [paperId])[0]) return null;
  const candidates = args.filter
    ? new Set(listFilteredPaperIds(ctx.db, readPaperFilter(ctx.db, args.filter)))
    : undefined;
  const { paperCount, occurrences } = listSharedFeatures(ctx.db, paperId, minConfidence);
  const textSimilarity = new Map(
    ctx.index.similarPapers(paperId, MAX_RELATED).map((s) => [s.paperId, s.cosine]),
  );
  return rankRelatedPapers(paperId, occurrences, paperCount, {
    candidates,
    first,
    textSimilarity,
  }).map((related) => ({ ...related, fromPaperId: paperId }));
}
