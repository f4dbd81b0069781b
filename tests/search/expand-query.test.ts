import { describe, expect, it } from 'vitest';
import { loadSearchVocabulary } from '../../src/service/ontology-files';
import type { Abbreviation } from '../../src/model/ontology/abbreviations';
import type { OntologyEntity } from '../../src/model/ontology/ontology';
import { buildSynonymTable, expandQuery } from '../../src/search/expand-query';

const entity = (
  kind: OntologyEntity['kind'],
  slug: string,
  name: string,
  aliases: string[],
): OntologyEntity => ({
  kind,
  slug,
  name,
  aliases,
  description: 'fixture',
});
const abbreviation = (short: string, ...expansions: string[]): Abbreviation => ({
  abbreviation: short,
  expansions,
  category: 'other',
});

const table = buildSynonymTable({
  ontology: [
    entity('algorithm', 'grpo', 'Group relative policy optimization', ['GRPO']),
    entity('algorithm', 'flow-grpo', 'Flow-GRPO', ['FlowGRPO']),
    entity('paradigm', 'dpo', 'Direct preference optimisation', [
      'DPO',
      'direct preference optimization',
    ]),
    entity('algorithm', 'dpo', 'Direct preference optimization', ['DPO']),
    entity('pillar', 'vla', 'Vision-Language-Action Agents', ['VLA', 'embodied agent']),
  ],
  abbreviations: [
    abbreviation('T2I', 'text-to-image'),
    abbreviation('VLA', 'vision-language-action', 'vision-language-action model'),
    abbreviation('CoT', 'chain-of-thought'),
    abbreviation('RL', 'reinforcement learning'),
    abbreviation('RLHF', 'reinforcement learning from human feedback'),
    abbreviation('MLLM', 'multimodal large language model'),
  ],
  synonyms: [
    { spellings: ['personalized', 'customized', 'subject-driven'], why: 'fixture' },
    { spellings: ['video reasoning', 'video understanding'], why: 'fixture' },
    { spellings: ['MLLM', 'LVLM'], why: 'fixture' },
    { spellings: ['LoRA', 'low-rank adapter'], why: 'fixture' },
    { spellings: ['reinforcement fine-tuning', 'RL fine-tuning'], why: 'fixture' },
  ],
});
const read = (query: string) =>
  expandQuery(query, table).map((unit) => [unit.text, unit.alternatives.map((a) => a.text)]);

describe('expandQuery', () => {
  it('pairs an abbreviation with its spelled-out form, both ways', () => {
    expect(read('T2I')).toEqual([['T2I', ['text-to-image', 'texttoimage']]]);
    expect(read('text-to-image')).toEqual([['text-to-image', ['T2I', 'texttoimage']]]);
    expect(read('text to image')).toEqual([['text to image', ['T2I', 'texttoimage']]]);
  });

  it('also looks for a dash-joined spelling joined, as the index has it (one word, adjacent)', () => {
    const [unit] = expandQuery('VLA', table);
    expect(unit!.alternatives).toContainEqual({
      text: 'visionlanguageaction',
      terms: ['visionlanguageact'],
    });
  });

  it('reads an ontology name as its aliases, in any letter case', () => {
    expect(read('Group Relative Policy Optimization')).toEqual([
      ['Group Relative Policy Optimization', ['GRPO']],
    ]);
    expect(read('grpo for images')).toEqual([
      ['grpo', ['Group relative policy optimization']],
      ['for', []],
      ['images', []],
    ]);
  });

  it('merges concepts that share a spelling, and drops spellings a shorter one covers', () => {
    const [unit] = expandQuery('DPO', table);
    // British and American spellings are one search term, so one of them is enough
    expect(unit!.alternatives.map((a) => a.text)).toEqual(['Direct preference optimisation']);
    expect(unit!.sources).toEqual(['paradigm/dpo', 'algorithm/dpo']);
    expect(read('VLA')).toEqual([['VLA', ['vision-language-action', 'visionlanguageaction']]]);
  });

  it('does not treat pillar aliases as synonyms', () => {
    expect(read('embodied agent')).toEqual([
      ['embodied', []],
      ['agent', []],
    ]);
  });

  it('reads the longest known phrase first', () => {
    expect(read('reinforcement learning from human feedback')).toEqual([
      ['reinforcement learning from human feedback', ['RLHF']],
    ]);
    expect(read('reinforcement learning')).toEqual([['reinforcement learning', ['RL']]]);
  });

  it('matches short and mixed-case abbreviations only as written', () => {
    expect(read('CoT')).toEqual([['CoT', ['chain-of-thought', 'chainofthought']]]);
    expect(read('cot')).toEqual([['cot', []]]);
    expect(read('rl')).toEqual([['rl', []]]);
    expect(read('t2i')).toEqual([['t2i', ['text-to-image', 'texttoimage']]]);
  });

  it('reads a synonym set both ways, word or phrase, in any inflection', () => {
    expect(read('personalized generation')).toEqual([
      ['personalized', ['customized', 'subject-driven', 'subjectdriven']],
      ['generation', []],
    ]);
    expect(read('image customization')).toEqual([
      ['image', []],
      ['customization', ['personalized', 'subject-driven', 'subjectdriven']],
    ]);
    expect(read('long video understanding')).toEqual([
      ['long', []],
      ['video understanding', ['video reasoning']],
    ]);
    expect(expandQuery('video', table)[0]!.alternatives).toEqual([]);
  });

  it('joins a synonym set to the abbreviation it shares a spelling with', () => {
    const [unit] = expandQuery('LVLM', table);
    expect(unit!.alternatives.map((a) => a.text)).toEqual([
      'MLLM',
      'multimodal large language model',
    ]);
    expect(unit!.sources).toEqual(['abbreviation/MLLM', 'synonym/MLLM']);
    expect(read('lvlm')).toEqual([['lvlm', ['MLLM', 'multimodal large language model']]]);
    // mixed-case spellings keep their case, as abbreviations do
    expect(read('LoRA')).toEqual([['LoRA', ['low-rank adapter', 'lowrank adapter']]]);
    expect(read('lora')).toEqual([['lora', []]]);
    // an acronym inside a phrase does not make the phrase case-sensitive
    expect(read('rl Fine-Tuning')).toEqual([
      [
        'rl Fine-Tuning',
        ['reinforcement fine-tuning', 'reinforcement finetuning', 'RL finetuning'],
      ],
    ]);
  });

  it('keeps every word a unit of its own without a table, as a search term (stemmed)', () => {
    expect(
      expandQuery('thinking with images').map((u) => [u.text, u.terms, u.alternatives]),
    ).toEqual([
      ['thinking', ['think'], []],
      ['with', ['with'], []],
      ['images', ['imag'], []],
    ]);
  });

  it('reads dash-joined words as one unit that also looks for the joined word', () => {
    expect(expandQuery('Multi-Modal agents').map((u) => [u.text, u.terms, u.alternatives])).toEqual(
      [
        ['Multi-Modal', ['multi', 'modal'], [{ text: 'MultiModal', terms: ['multimod'] }]],
        ['agents', ['agent'], []],
      ],
    );
    // U+2011 (non-breaking hyphen) and U+2013 (en dash) join words as "-" does
    expect(expandQuery('Device\u2011Control').map((u) => u.terms)).toEqual([['devic', 'control']]);
    expect(expandQuery('vision\u2013language').map((u) => u.alternatives[0]?.terms)).toEqual([
      ['visionlanguag'],
    ]);
  });
});

describe('buildSynonymTable over the curated files', () => {
  const curated = buildSynonymTable(loadSearchVocabulary());
  const alternatives = (query: string) =>
    expandQuery(query, curated).flatMap((u) => u.alternatives.map((a) => a.text.toLowerCase()));

  it('knows the synonym sets of db/ontology/synonyms.yaml', () => {
    expect(alternatives('personalized image generation')).toContain('customized');
    expect(alternatives('video understanding')).toContain('video reasoning');
    expect(alternatives('multimodal math reasoning')).toContain('mathematics');
  });

  it('knows the survey’s own pairs', () => {
    expect(alternatives('GRPO')).toContain('group relative policy optimization');
    expect(alternatives('Group Relative Policy Optimization')).toContain('grpo');
    expect(alternatives('T2I')).toContain('text-to-image');
    expect(alternatives('vision-language-action')).toContain('vla');
    expect(alternatives('Direct Preference Optimization')).toContain('dpo');
    expect(alternatives('RLVR')).toContain('verifiable reward');
  });
});
