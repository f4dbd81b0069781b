import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findWords, foldTerm, isStopWord, toSearchTerm } from '../../src/search/search-terms';
import type { SimilarPaper } from '../../src/search/text-similarity';
import { TextSimilarity } from '../../src/search/text-similarity';
import type { PaperText } from '../../src/store/paper.store';
import { describeWithSharedData, sharedFile } from '../support/shared-data';

/**
 * The model's definition, written the plain way: a Map of TF-IDF weights per paper and a
 * term-by-term dot product with every other paper. The packed model must give the same papers
 * with the same cosines, to the last bit.
 */
function similarByDefinition(papers: PaperText[]) {
  const counts = new Map<number, Map<string, number>>();
  for (const paper of papers) {
    const terms = new Map<string, number>();
    for (const word of findWords(`${paper.title}. ${paper.abstract ?? ''}`)) {
      if (isStopWord(foldTerm(word.text))) continue;
      const term = toSearchTerm(word.text);
      if (term.length > 1) terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    counts.set(paper.id, terms);
  }
  const df = new Map<string, number>();
  for (const terms of counts.values()) {
    for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const vectors = new Map<number, Map<string, number>>();
  for (const [id, terms] of counts) {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of terms) {
      const weight = (1 + Math.log(count)) * Math.log((counts.size + 1) / df.get(term)!);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    vectors.set(id, vector);
  }
  return (paperId: number, minCosine = 0.05): SimilarPaper[] => {
    const own = vectors.get(paperId)!;
    const similar: SimilarPaper[] = [];
    for (const [otherId, other] of vectors) {
      let cosine = 0;
      for (const [term, weight] of own) cosine += weight * (other.get(term) ?? 0);
      if (otherId !== paperId && cosine > 0 && cosine >= minCosine) {
        similar.push({ paperId: otherId, cosine });
      }
    }
    return similar.sort((a, b) => b.cosine - a.cosine || a.paperId - b.paperId);
  };
}

const PAPERS: PaperText[] = [
  { id: 2, title: 'DanceGRPO: GRPO for Video Generation', abstract: 'Video generation with GRPO.' },
  {
    id: 3,
    title: 'Flow-GRPO: Training Flow Matching Models',
    abstract: 'Flow matching, online RL.',
  },
  { id: 5, title: 'Text-to-Image Generation with Rewards', abstract: 'Reward models for images.' },
  { id: 8, title: 'Optimisation of MLLMs', abstract: 'Optimization of multimodal LLMs.' },
  { id: 9, title: 'A Survey of the Field', abstract: null },
  { id: 13, title: 'Araújo and the VLMs', abstract: 'Vision–language models (VLMs) and GRPO.' },
  { id: 21, title: 'Unrelated: cooking pasta', abstract: 'Boil water; add salt; pasta pasta.' },
];

describe('TextSimilarity', () => {
  const model = TextSimilarity.fromTexts(PAPERS);

  it('gives every paper the same similar papers and cosines as the plain definition', () => {
    const expected = similarByDefinition(PAPERS);
    for (const paper of PAPERS) {
      expect(model.similarTo(paper.id, 100), `paper ${paper.id}`).toEqual(expected(paper.id));
    }
  });

  it('keeps the first n, most alike first, never the paper itself', () => {
    const all = model.similarTo(2, 100, 0.001);
    expect(all.length).toBeGreaterThan(2);
    expect(model.similarTo(2, 2, 0.001)).toEqual(all.slice(0, 2));
    expect(all.map((s) => s.paperId)).not.toContain(2);
    expect(all[0]!.cosine).toBeLessThanOrEqual(1);
  });

  it('lists no paper that shares no word, whatever the threshold', () => {
    expect(model.similarTo(21, 100, Number.MIN_VALUE)).toEqual([]);
  });

  it('answers nothing for a paper it does not know', () => {
    expect(model.similarTo(4, 10)).toEqual([]);
  });

  it('refuses papers that do not come in ascending id order', () => {
    expect(() => TextSimilarity.fromTexts([PAPERS[1]!, PAPERS[0]!])).toThrow(/ascending id/);
  });
});

describeWithSharedData('TextSimilarity over the real abstracts', () => {
  const papers = readFileSync(sharedFile('paper-metadata.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i): PaperText => {
      const record = JSON.parse(line) as { title: string; abstract?: string | null };
      return { id: i + 1, title: record.title, abstract: record.abstract ?? null };
    });

  it('gives every paper the same similar papers and cosines as the plain definition', () => {
    const model = TextSimilarity.fromTexts(papers);
    const expected = similarByDefinition(papers);
    for (const paper of papers) {
      expect(model.similarTo(paper.id, 1000), `paper ${paper.id}`).toEqual(expected(paper.id));
    }
  });
});
