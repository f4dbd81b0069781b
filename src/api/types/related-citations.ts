import { paperNode } from '../../model/citation-network/citation-graph';
import { describeCitationRelation } from '../../model/citation-network/citation-relation';
import { builder } from '../builder';
import { citationGraphOf } from '../citation-graph-cache';
import { RelatedPaperType } from './analysis-related';

builder.objectField(RelatedPaperType, 'citationReason', (t) =>
  t.string({
    nullable: true,
    description:
      'How the two papers are linked by imported citations ("cites it; co-cited by 3 works; 5 shared references"); null when they are not.',
    resolve: (related, _args, ctx) =>
      describeCitationRelation(
        citationGraphOf(ctx),
        paperNode(related.fromPaperId),
        paperNode(related.paperId),
      ),
  }),
);
