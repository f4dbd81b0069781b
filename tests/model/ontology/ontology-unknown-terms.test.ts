import { describe, expect, it } from 'vitest';
import { findUnknownTerms } from '../../../src/model/ontology/ontology-unknown-terms';
import { fixtureOntology } from '../tag-fixtures';

describe('findUnknownTerms', () => {
  const texts = [
    'We propose Group Relative Query Optimization (GRQO), building on GRPO and Flow GRPO.',
    'GRQO-based training beats DPO; see https://github.com/x/SECRETNAME.',
    'A GRQO variant with MLLMs and an MLLM judge; Fine-Tuning and Vision-Language models.',
    'Only Video-R1 here, and Video-R1 again.',
  ];

  it('reports frequent acronyms the ontology does not know, with their expansion', () => {
    expect(findUnknownTerms(texts, fixtureOntology, 2)).toEqual([
      { term: 'GRQO', count: 3, expansion: 'Group Relative Query Optimization' },
    ]);
  });

  it('counts texts, not occurrences, and keeps coined names with digits', () => {
    expect(findUnknownTerms(texts, fixtureOntology, 1)).toEqual(
      expect.arrayContaining([
        { term: 'MLLM', count: 1, expansion: undefined },
        { term: 'Video-R1', count: 1, expansion: undefined },
      ]),
    );
  });

  it('skips known names in any spelling, Title-Case compounds, URLs and extra known terms', () => {
    const terms = findUnknownTerms(texts, fixtureOntology, 1, { known: ['MLLM'] }).map(
      (t) => t.term,
    );
    expect(terms).not.toContain('GRPO');
    expect(terms).not.toContain('Flow GRPO');
    expect(terms).not.toContain('DPO');
    expect(terms).not.toContain('Fine-Tuning');
    expect(terms).not.toContain('SECRETNAME');
    expect(terms).not.toContain('MLLM');
  });
});
