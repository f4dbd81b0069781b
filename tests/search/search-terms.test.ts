import { describe, expect, it } from 'vitest';
import {
  camelCaseParts,
  findWords,
  toSearchTerm,
  tokenizeForIndex,
} from '../../src/search/search-terms';

describe('toSearchTerm', () => {
  it('stems English words so inflections meet (Porter2)', () => {
    expect(toSearchTerm('Thinking')).toBe(toSearchTerm('think'));
    expect(toSearchTerm('images')).toBe(toSearchTerm('Image'));
    expect(toSearchTerm('agents')).toBe(toSearchTerm('agent'));
    expect(toSearchTerm('segmentation')).toBe(toSearchTerm('segment'));
  });

  it('spells British -isation as -ization, and folds case and accents', () => {
    expect(toSearchTerm('Optimisation')).toBe(toSearchTerm('optimization'));
    expect(toSearchTerm('Araújo')).toBe(toSearchTerm('araujo'));
  });

  it('makes plural acronyms singular, which Porter2 leaves alone for want of a vowel', () => {
    expect(toSearchTerm('LLMs')).toBe(toSearchTerm('LLM'));
    expect(toSearchTerm('MLLMs')).toBe('mllm');
    expect(toSearchTerm('PRMs')).toBe('prm');
    expect(toSearchTerm('GANs')).toBe(toSearchTerm('GAN'));
  });

  it('leaves acronyms and names whole', () => {
    expect(toSearchTerm('GRPO')).toBe('grpo');
    expect(toSearchTerm('T2I')).toBe('t2i');
  });
});

describe('findWords and tokenizeForIndex', () => {
  it('splits on every Unicode dash, U+2010 to U+2015 and the ASCII hyphen', () => {
    for (const dash of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015']) {
      const words = findWords(`Device${dash}Control agents`);
      expect(words.map((w) => w.text)).toEqual(['Device', 'Control', 'agents']);
      expect(words.map((w) => w.joinedToNext)).toEqual([true, false, false]);
    }
  });

  it('indexes dash-joined words also as one word, so "multimodal" finds "Multi-Modal"', () => {
    expect(tokenizeForIndex('Scalable Multi\u2011Modal Reasoning')).toEqual([
      'Scalable',
      'Multi',
      'Modal',
      'Reasoning',
      'MultiModal',
    ]);
  });

  it('indexes the parts of camel-case names too, so "GRPO" finds "DenseGRPO"', () => {
    expect(tokenizeForIndex('DenseGRPO and VideoChat')).toEqual([
      'DenseGRPO',
      'and',
      'VideoChat',
      'Dense',
      'GRPO',
      'Video',
      'Chat',
    ]);
    expect(camelCaseParts('GRPOTrainer')).toEqual(['GRPO', 'Trainer']);
    expect(camelCaseParts('MLLMs')).toEqual([]);
    expect(camelCaseParts('TGRPO')).toEqual([]);
  });

  it('ignores a soft hyphen inside a word and never joins across spaces', () => {
    expect(findWords('rein\u00ADforcement learning').map((w) => w.text)).toEqual([
      'rein\u00ADforcement',
      'learning',
    ]);
    expect(toSearchTerm('rein\u00ADforcement')).toBe(toSearchTerm('reinforcement'));
    expect(findWords('vision - language').map((w) => w.joinedToNext)).toEqual([false, false]);
  });
});
