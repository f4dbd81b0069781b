import { describe, expect, it } from 'vitest';
import type { EntityMention, TagInput } from '../../../src/model/ontology/entity-mention';
import { tagEntities } from '../../../src/model/ontology/tag-entities';
import { fixtureOntology } from '../tag-fixtures';

const tag = (input: TagInput): EntityMention[] => tagEntities(input, fixtureOntology);
const slugsOf = (mentions: EntityMention[], kind = 'algorithm') =>
  mentions
    .filter((m) => m.kind === kind)
    .map((m) => m.slug)
    .sort();
const inAbstract = (abstract: string, kind = 'algorithm') =>
  slugsOf(tag({ title: 'A paper', abstract }), kind);
const mentionOf = (mentions: EntityMention[], slug: string) =>
  mentions.find((m) => m.slug === slug);

describe('tagEntities', () => {
  describe('when matching whole words', () => {
    it('finds PPO on its own and next to punctuation', () => {
      expect(inAbstract('We train with PPO.')).toEqual(['ppo']);
      expect(inAbstract('A PPO-style update (PPO), like PPO/GRPO.')).toEqual(['grpo', 'ppo']);
    });

    it('does not find PPO inside a longer token', () => {
      expect(inAbstract('PPOX and DPPO and PPO2 are other things.')).toEqual([]);
    });

    it('allows a plural s after the last word', () => {
      expect(inAbstract('Two reward models and several RMs.', 'reward')).toEqual(['reward-model']);
    });

    it('ignores names inside URLs', () => {
      expect(
        inAbstract('Code: https://github.com/x/DPG-T2I and www.example.org/PPO', 'benchmark'),
      ).toEqual([]);
      expect(inAbstract('Code: https://github.com/x/PPO-repo')).toEqual([]);
    });
  });

  describe('when an alias is an acronym', () => {
    it('matches its exact letter case only', () => {
      expect(inAbstract('we use ppo and Ppo in prose')).toEqual([]);
      expect(inAbstract('we use PPO')).toEqual(['ppo']);
    });

    it('matches other cases when the alias itself is written that way', () => {
      expect(inAbstract('tuned with remax-lower and REMAX-LOWER')).toEqual(['remax']);
      expect(inAbstract('ReMax, not remax or REMAX')).toEqual(['remax']);
    });

    it('matches any case when the entity says matchCase insensitive', () => {
      expect(inAbstract('a kto loss')).toEqual(['kto']);
    });

    it('keeps a capitalised ordinary word exact when the entity says matchCase sensitive', () => {
      expect(inAbstract('the natural habitat of agents', 'benchmark')).toEqual([]);
      expect(inAbstract('navigation in Habitat', 'benchmark')).toEqual(['habitat']);
    });
  });

  describe('when an alias is spelled out', () => {
    it('ignores letter case', () => {
      expect(inAbstract('Proximal Policy Optimization')).toEqual(['ppo']);
      expect(inAbstract('proximal policy optimization')).toEqual(['ppo']);
    });

    it('treats hyphens and spaces alike', () => {
      expect(inAbstract('we apply Flow GRPO')).toEqual(['flow-grpo']);
      expect(inAbstract('we apply Flow-GRPO')).toEqual(['flow-grpo']);
      expect(inAbstract('we apply Flow\u2011GRPO')).toEqual(['flow-grpo']);
      expect(inAbstract('rule based rewards', 'reward')).toEqual(['verifiable-reward']);
    });

    it('does not join words that the alias separates', () => {
      expect(inAbstract('we apply FlowGRPO')).toEqual([]);
    });
  });

  describe('when names overlap', () => {
    it('records the most specific algorithm and not the family name inside it', () => {
      const mentions = tag({ title: 'A paper', abstract: 'We build on Flow-GRPO.' });
      expect(slugsOf(mentions)).toEqual(['flow-grpo']);
    });

    it('still records the family when it is also named on its own', () => {
      expect(inAbstract('Flow-GRPO improves on GRPO.')).toEqual(['flow-grpo', 'grpo']);
    });

    it('does not read a paradigm inside an algorithm name', () => {
      const mentions = tag({
        title: 'A paper',
        abstract: 'We use Location Preference Optimization.',
      });
      expect(slugsOf(mentions)).toEqual(['lpo']);
      expect(slugsOf(mentions, 'paradigm')).toEqual([]);
    });

    it('lets one span name an algorithm and a paradigm of the same name', () => {
      const mentions = tag({ title: 'A paper', abstract: 'We fine-tune with DPO.' });
      expect(slugsOf(mentions)).toEqual(['dpo']);
      expect(slugsOf(mentions, 'paradigm')).toEqual(['dpo']);
    });

    it('reports one mention per entity however often it occurs', () => {
      const mentions = tag({ title: 'GRPO for all', abstract: 'GRPO, GRPO and again GRPO.' });
      expect(mentions.filter((m) => m.slug === 'grpo')).toHaveLength(1);
    });
  });

  describe('when deciding between proposes and uses', () => {
    it('marks the head of a "Head: subtitle" title as proposed', () => {
      const mention = mentionOf(
        tag({ title: 'DanceGRPO: Unleashing GRPO on Visual Generation' }),
        'dance-grpo',
      );
      expect(mention).toMatchObject({
        relation: 'proposes',
        evidence: { rule: 'title-head', field: 'title' },
      });
    });

    it('marks a named leaf variant elsewhere in the title as proposed', () => {
      const mention = mentionOf(
        tag({ title: 'Timing matters via TempFlow-GRPO' }),
        'tempflow-grpo',
      );
      expect(mention).toMatchObject({ relation: 'proposes', evidence: { rule: 'title-variant' } });
    });

    it('marks a family that others build on as used, even in the title', () => {
      const mentions = tag({ title: 'DanceGRPO: Unleashing GRPO, improving on Flow-GRPO' });
      expect(mentionOf(mentions, 'grpo')?.relation).toBe('uses');
      expect(mentionOf(mentions, 'flow-grpo')?.relation).toBe('uses');
    });

    it('marks "we propose X" and "X, a novel …" in the abstract as proposed', () => {
      const proposed = tag({
        title: 'A paper',
        abstract: 'We propose Diffusion-DPO to align models.',
      });
      expect(mentionOf(proposed, 'diffusion-dpo')).toMatchObject({
        relation: 'proposes',
        evidence: { rule: 'abstract-proposal' },
      });
      const appositive = tag({
        title: 'A paper',
        abstract: 'Here DanceGRPO, a novel recipe, is shown.',
      });
      expect(mentionOf(appositive, 'dance-grpo')?.relation).toBe('proposes');
    });

    it('marks what others introduced, or what the paper merely applies, as used', () => {
      const mentions = tag({
        title: 'A paper',
        abstract: 'Recent studies have introduced DPO. We propose a reward with PPO updates.',
      });
      expect(mentionOf(mentions, 'dpo')?.relation).toBe('uses');
      expect(mentionOf(mentions, 'ppo')?.relation).toBe('uses');
    });
  });

  describe('when the abstract says it does without something', () => {
    it('drops the negated mention', () => {
      expect(inAbstract('without training a reward model', 'reward')).toEqual([]);
      expect(inAbstract('eliminating the need for reward models', 'reward')).toEqual([]);
      expect(inAbstract('no pairwise data nor a reward model', 'reward')).toEqual([]);
    });

    it('keeps a mention after the negated clause ends', () => {
      expect(inAbstract('Instead of PPO, we train a reward model.', 'reward')).toEqual([
        'reward-model',
      ]);
      expect(inAbstract('Instead of PPO, we train a reward model.')).toEqual([]);
    });
  });

  describe('when one entity implies another', () => {
    it('adds the paradigm an algorithm family belongs to', () => {
      const mentions = tag({ title: 'A paper', abstract: 'We fine-tune with Diffusion-DPO.' });
      expect(mentionOf(mentions, 'dpo')).toMatchObject({
        kind: 'paradigm',
        relation: 'uses',
        confidence: 0.6,
        evidence: { rule: 'implied-by-algorithm', matchedText: 'Diffusion-DPO' },
      });
    });

    it('adds the reward a paradigm always uses', () => {
      const mentions = tag({ title: 'A paper', abstract: 'Training with RLVR.' });
      expect(slugsOf(mentions, 'paradigm')).toEqual(['rlvr']);
      expect(mentions.find((m) => m.kind === 'reward')).toMatchObject({
        slug: 'verifiable-reward',
        evidence: { rule: 'implied-by-paradigm' },
      });
    });
  });

  describe('when reporting evidence', () => {
    it('gives the field, the matched text and offsets into that field', () => {
      const abstract = 'Results on T2I-CompBench and DPG-Bench.';
      const mentions = tag({ title: 'A paper', abstract });
      for (const mention of mentions) {
        const { start, end, matchedText, field } = mention.evidence;
        expect(field).toBe('abstract');
        expect(abstract.slice(start, end)).toBe(matchedText);
      }
      expect(slugsOf(mentions, 'benchmark')).toEqual(['dpg-bench', 't2i-compbench']);
    });

    it('reads BibTeX fields under their own names', () => {
      const mentions = tag({ title: 'A paper', bibtexFields: { keywords: 'GRPO; reward model' } });
      expect(mentionOf(mentions, 'grpo')?.evidence.field).toBe('bibtex.keywords');
    });

    it('keeps confidence between 0 and 1 and surer for long names than short acronyms', () => {
      const mentions = tag({
        title: 'A paper',
        abstract: 'PPO, Proximal Policy Optimization and an RM.',
      });
      for (const mention of mentions) {
        expect(mention.confidence).toBeGreaterThan(0);
        expect(mention.confidence).toBeLessThanOrEqual(1);
      }
      expect(mentionOf(mentions, 'reward-model')!.confidence).toBeLessThan(
        mentionOf(mentions, 'ppo')!.confidence,
      );
    });

    it('never tags pillars, which come from list sections', () => {
      const mentions = tag({ title: 'Visual Generation with RL', abstract: 'visual generation' });
      expect(mentions.filter((m) => m.kind === 'pillar')).toEqual([]);
    });

    it('returns nothing for text that names no entity', () => {
      expect(tag({ title: 'On the weather', abstract: 'Clouds and rain.' })).toEqual([]);
    });
  });
});
