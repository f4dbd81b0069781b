import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../src/model/ontology/ontology';
import { listVariantAncestors, validateOntology } from '../../src/model/ontology/validate-ontology';
import {
  loadAbbreviations,
  loadOntology,
  loadSearchVocabulary,
  loadSynonyms,
} from '../../src/service/ontology-files';

describe('the committed ontology in db/ontology', () => {
  const ontology = loadOntology();
  const slugs = (kind: EntityKind) => ontology.filter((e) => e.kind === kind).map((e) => e.slug);

  it('parses and validates without problems', () => {
    expect(validateOntology(ontology)).toEqual([]);
  });

  it('holds the four pillars and the two list groups', () => {
    expect(slugs('pillar')).toEqual(['mllm', 'visual-generation', 'unified-models', 'vla']);
    expect(slugs('group')).toEqual(['benchmarks', 'others']);
  });

  it('holds the survey’s paradigms, evaluation levels and the two core algorithms', () => {
    expect(slugs('paradigm')).toEqual(expect.arrayContaining(['rlhf', 'dpo', 'rlvr']));
    expect(slugs('evaluation-level')).toEqual([
      'set-level-fidelity',
      'sample-level-preference',
      'state-level-stability',
    ]);
    expect(slugs('algorithm')).toEqual(expect.arrayContaining(['ppo', 'grpo', 'dpo']));
  });

  it('places the GRPO variants of the corpus under GRPO', () => {
    const grpoFamily = [
      'flow-grpo',
      'dance-grpo',
      'tempflow-grpo',
      'pref-grpo',
      'dense-grpo',
      'gdpo',
      'tgrpo',
    ];
    for (const slug of grpoFamily) {
      const entity = ontology.find((e) => e.kind === 'algorithm' && e.slug === slug)!;
      expect(
        listVariantAncestors(entity, ontology).map((a) => a.slug),
        slug,
      ).toContain('grpo');
    }
  });

  it('gives every benchmark a task and every pillar and group section patterns', () => {
    for (const entity of ontology) {
      if (entity.kind === 'benchmark') expect(entity.task, entity.slug).toBeTruthy();
      if (entity.kind === 'pillar' || entity.kind === 'group') {
        expect(entity.sectionPatterns?.length, entity.slug).toBeGreaterThan(0);
      }
    }
  });

  it('keeps every description to one short line', () => {
    for (const entity of ontology)
      expect(entity.description.length, entity.slug).toBeLessThanOrEqual(140);
  });

  it('lists abbreviations for tasks and modalities as well as methods', () => {
    const abbreviations = loadAbbreviations();
    const byName = new Map(abbreviations.map((a) => [a.abbreviation, a]));
    expect(byName.get('T2I')?.expansions).toContain('text-to-image');
    expect(byName.get('VQA')?.expansions).toContain('visual question answering');
    for (const name of ['VLA', 'MLLM', 'CoT', 'GUI', 'RL', 'RLHF'])
      expect(byName.has(name), name).toBe(true);
    expect(new Set(abbreviations.map((a) => a.category))).toEqual(
      new Set(['task', 'modality', 'model', 'method', 'metric']),
    );
  });

  it('lists synonym sets, each with its reason, and loads them with the rest of the vocabulary', () => {
    const synonyms = loadSynonyms();
    expect(synonyms.length).toBeGreaterThan(0);
    for (const set of synonyms) expect(set.why.length, set.spellings[0]).toBeGreaterThan(20);
    expect(synonyms.map((set) => set.spellings)).toContainEqual([
      'personalized',
      'customized',
      'subject-driven',
    ]);
    expect(loadSearchVocabulary().synonyms).toEqual(synonyms);
  });
});
