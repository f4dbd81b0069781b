import { describe, expect, it } from 'vitest';
import { linkPapersToOntology } from '../../ingest/pipeline/link-entities';
import type { Db } from '../../src/store/database';
import { findEntityBySlug } from '../../src/store/entity.store';
import { listEntityLinksByPaperIds } from '../../src/store/entity-link.store';
import { getContentVersion } from '../../src/store/meta.store';
import { findPaperByArxivId, updatePaperFields } from '../../src/store/paper.store';
import { createLinkedGraph, fixtureOverrides } from '../support/entity-graph';
import { linkGraph, ontology } from '../support/graph';

const overrides = fixtureOverrides;
const linkedGraph = () => createLinkedGraph();

function linksOf(db: Db, arxivId: string) {
  const paper = findPaperByArxivId(db, arxivId)!;
  return listEntityLinksByPaperIds(db, [paper.id])[0]!;
}

const slugsOf = (db: Db, arxivId: string) =>
  linksOf(db, arxivId)
    .map((l) => `${l.kind}/${l.slug} ${l.relation}`)
    .sort();

describe('linking papers to the ontology', () => {
  it('stores each link with its relation, confidence and the evidence the tagger found', () => {
    const { db } = linkedGraph();
    const flow = linksOf(db, '2505.05470');
    expect(flow.find((l) => l.slug === 'flow-grpo')).toMatchObject({
      relation: 'proposes',
      confidence: 0.95,
      origin: 'tagger',
      note: null,
      evidence: { field: 'title', matchedText: 'Flow-GRPO', start: 0, end: 9, rule: 'title-head' },
    });
    const abstract = findPaperByArxivId(db, '2505.05470')!.abstract!;
    const geneval = flow.find((l) => l.slug === 'geneval')!;
    expect(geneval.relation).toBe('uses');
    expect(abstract.slice(geneval.evidence!.start, geneval.evidence!.end)).toBe('GenEval');
  });

  it('keeps proposes and uses apart', () => {
    const { db } = linkedGraph();
    expect(slugsOf(db, '2505.07818')).toEqual([
      'algorithm/dance-grpo proposes',
      'algorithm/grpo uses',
      'benchmark/geneval uses',
    ]);
    expect(slugsOf(db, '2503.07365')).toContain('benchmark/mmk12 proposes');
  });

  it('syncs the ontology into entities, aliases and variant_of relations', () => {
    const { db } = linkedGraph();
    const tempflow = findEntityBySlug(db, 'algorithm', 'tempflow-grpo')!;
    expect(tempflow.aliases).toContain('Temporal Flow GRPO');
    expect(tempflow.attributes.variantOf).toBe('flow-grpo');
    const parent = db
      .prepare(
        `SELECT e.slug FROM entity_relations r JOIN entities e ON e.id = r.to_id WHERE r.from_id = ? AND r.relation = 'variant_of'`,
      )
      .pluck()
      .get(tempflow.id);
    expect(parent).toBe('flow-grpo');
  });

  describe('when an override adds or removes a link', () => {
    it('adds the link with confidence 1, origin override and the reason as note', () => {
      const { db } = linkedGraph();
      expect(linksOf(db, '2506.10001').find((l) => l.slug === 'diffusion-dpo')).toMatchObject({
        relation: 'uses',
        confidence: 1,
        origin: 'override',
        evidence: null,
        note: expect.stringMatching(/Diffusion-DPO/),
      });
    });

    it('removes what the tagger found, and reports overrides about papers not in the graph', () => {
      const { db, summary } = linkedGraph();
      expect(slugsOf(db, '2505.07818')).not.toContain('reward/hps uses');
      expect(linkGraph(db, []).changedPapers).toBe(2);
      expect(slugsOf(db, '2505.07818')).toContain('reward/hps uses');
      expect(summary.overridesApplied).toBe(2);
      expect(summary.unmatchedOverrides).toEqual(['9999.99999']);
    });
  });

  describe('when the linker runs again', () => {
    it('changes nothing and keeps the content version', () => {
      const { db } = linkedGraph();
      const before = db.prepare('SELECT * FROM paper_entities ORDER BY paper_id, entity_id').all();
      const version = getContentVersion(db);
      const again = linkGraph(db, overrides);
      expect(again).toMatchObject({ papers: 4, changedPapers: 0, changedEntities: 0 });
      expect(db.prepare('SELECT * FROM paper_entities ORDER BY paper_id, entity_id').all()).toEqual(
        before,
      );
      expect(getContentVersion(db)).toBe(version);
    });

    it('replaces only the links of papers whose text changed, and bumps the content version', () => {
      const { db } = linkedGraph();
      const paper = findPaperByArxivId(db, '2506.10001')!;
      updatePaperFields(db, paper.id, { abstract: 'We fine-tune with DPO on PickScore.' }, 1);
      const version = getContentVersion(db);
      const summary = linkPapersToOntology(db, ontology, overrides, [paper.id]);
      expect(summary).toMatchObject({ papers: 1, changedPapers: 1 });
      expect(slugsOf(db, '2506.10001')).toEqual(
        expect.arrayContaining(['algorithm/diffusion-dpo uses', 'reward/pickscore uses']),
      );
      expect(getContentVersion(db)).toBe(version + 1);
    });

    it('drops links to entities the ontology no longer has', () => {
      const { db } = linkedGraph();
      const withoutGeneval = ontology.filter(
        (e) => !(e.kind === 'benchmark' && e.slug === 'geneval'),
      );
      const summary = linkPapersToOntology(db, withoutGeneval, overrides);
      expect(summary.changedEntities).toBe(1);
      expect(findEntityBySlug(db, 'benchmark', 'geneval')).toBeUndefined();
      expect(slugsOf(db, '2505.05470')).not.toContain('benchmark/geneval uses');
    });
  });
});
