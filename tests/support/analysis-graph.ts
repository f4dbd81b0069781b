import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOntology } from '../../src/service/ontology-files';
import type { EntityKind } from '../../src/model/ontology/ontology';
import type { MentionRelation } from '../../src/model/ontology/entity-mention';
import { TAGGED_KINDS } from '../../src/model/ontology/tag-entities';
import type { Db } from '../../src/store/database';
import { replaceEntityLinksOfPaper } from '../../src/store/entity-link.store';
import { findEntityId, syncOntologyEntities } from '../../src/store/entity.store';
import { findPaperByArxivId, findPaperByKey } from '../../src/store/paper.store';
import { createTestGraph, ingestMarkdown } from './graph';

export const NINE_PAPERS = 'nine papers over four pillars.md';

type Link = [kind: EntityKind, slug: string, relation: MentionRelation, confidence: number];

/** Hand-set links of the fixture's papers, by arXiv id: what a perfect tagger would store. */
export const FIXTURE_LINKS: Record<string, Link[]> = {
  '2503.06749': [
    ['algorithm', 'grpo', 'uses', 0.9],
    ['paradigm', 'rlvr', 'uses', 0.85],
    ['benchmark', 'mathvista', 'uses', 0.9],
    ['reward', 'accuracy-reward', 'uses', 0.7],
  ],
  '2503.07365': [
    ['algorithm', 'grpo', 'uses', 0.75],
    ['paradigm', 'rlvr', 'uses', 0.85],
    ['benchmark', 'mathvista', 'uses', 0.9],
    ['benchmark', 'mmk12', 'proposes', 0.85],
  ],
  '2503.21776': [
    ['algorithm', 't-grpo', 'proposes', 0.85],
    ['paradigm', 'rlvr', 'uses', 0.85],
  ],
  '2505.05470': [
    ['algorithm', 'flow-grpo', 'proposes', 0.95],
    ['benchmark', 'geneval', 'uses', 0.9],
    ['reward', 'pickscore', 'uses', 0.9],
  ],
  '2505.07818': [
    ['algorithm', 'dance-grpo', 'proposes', 0.95],
    ['algorithm', 'grpo', 'uses', 0.9],
    ['reward', 'hps', 'uses', 0.9],
  ],
  '2311.12908': [
    ['algorithm', 'diffusion-dpo', 'proposes', 0.95],
    ['paradigm', 'dpo', 'uses', 0.85],
    ['reward', 'pickscore', 'uses', 0.9],
  ],
  '2505.23380': [
    ['algorithm', 'grpo', 'uses', 0.9],
    ['benchmark', 'geneval', 'uses', 0.9],
  ],
  '2504.10458': [
    ['algorithm', 'grpo', 'uses', 0.9],
    ['paradigm', 'rlvr', 'uses', 0.85],
    ['benchmark', 'screenspot', 'uses', 0.9],
  ],
};

/** Stores the ontology (entities and variant_of relations) and the given links, as the linker would. */
export function storeLinks(db: Db, linksByArxivId: Record<string, Link[]>): void {
  syncOntologyEntities(db, loadOntology(), TAGGED_KINDS);
  for (const [arxivId, links] of Object.entries(linksByArxivId)) {
    const paper = findPaperByArxivId(db, arxivId);
    if (!paper) throw new Error(`fixture has no paper ${arxivId}`);
    replaceEntityLinksOfPaper(
      db,
      paper.id,
      links.map(([kind, slug, relation, confidence]) => {
        const entityId = findEntityId(db, kind, slug);
        if (entityId === undefined) throw new Error(`ontology has no ${kind}/${slug}`);
        return {
          kind,
          slug,
          relation,
          confidence,
          origin: 'tagger',
          evidence: null,
          note: null,
          entityId,
        };
      }),
    );
  }
}

/** The nine-paper fixture list, ingested and linked by hand; `id` finds a paper by arXiv id. */
export function createAnalysisGraph(options: { onStatement?: (sql: string) => void } = {}) {
  const graph = createTestGraph(options);
  const file = join(import.meta.dirname, '../api/fixtures', NINE_PAPERS);
  ingestMarkdown(graph.db, readFileSync(file, 'utf8'), NINE_PAPERS);
  storeLinks(graph.db, FIXTURE_LINKS);
  const id = (arxivId: string) => findPaperByArxivId(graph.db, arxivId)!.id;
  const course = findPaperByKey(graph.db, 'url:example.org/course')?.id;
  return { ...graph, id, courseId: course! };
}
