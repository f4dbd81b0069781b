import { describe, expect, it } from 'vitest';
import type { FeatureOccurrence, PaperFeature } from '../../../src/model/analysis/analysis-related';
import {
  describeRelation,
  rankRelatedPapers,
  TEXT_SIMILARITY_WEIGHT,
} from '../../../src/model/analysis/analysis-related';

const grpo: PaperFeature = { type: 'entity', id: 1, kind: 'algorithm', key: 'grpo', label: 'GRPO' };
const tempflow: PaperFeature = {
  type: 'entity',
  id: 2,
  kind: 'algorithm',
  key: 'tempflow-grpo',
  label: 'TempFlow-GRPO',
};
const section: PaperFeature = {
  type: 'section',
  id: 7,
  kind: null,
  key: '7',
  label: 'Generation / Image',
};
const has = (feature: PaperFeature, paperIds: number[], confidence = 1): FeatureOccurrence[] =>
  paperIds.map((paperId) => ({ feature, paperId, confidence }));

describe('rankRelatedPapers', () => {
  // Paper 1 uses GRPO (like papers 2–9) and TempFlow-GRPO (like paper 10 only).
  const concepts = [...has(grpo, [1, 2, 3, 4, 5, 6, 7, 8, 9]), ...has(tempflow, [1, 10])];
  const occurrences = [...concepts, ...has(section, [1, 2])];

  it('ranks a paper sharing a rare concept above papers sharing a common one', () => {
    const ranked = rankRelatedPapers(1, concepts, 20, { first: 3 });
    expect(ranked.map((r) => r.paperId)).toEqual([10, 2, 3]);
    expect(ranked[0]!.shared[0]).toMatchObject({ feature: tempflow, paperCount: 2 });
    expect(ranked[0]!.score).toBeCloseTo(Math.log(21 / 2));
  });

  it('adds similar wording as a reason, and lets papers sharing nothing else in', () => {
    const textSimilarity = new Map([
      [3, 0.5],
      [11, 0.4],
    ]);
    const ranked = rankRelatedPapers(1, concepts, 20, { first: 20, textSimilarity });
    const three = ranked.find((r) => r.paperId === 3)!;
    expect(three.score).toBeCloseTo(Math.log(21 / 9) + 0.5 * TEXT_SIMILARITY_WEIGHT);
    expect(ranked.map((r) => r.paperId).slice(0, 3)).toEqual([3, 11, 10]);
    expect(describeRelation(ranked.find((r) => r.paperId === 11)!.shared)).toBe(
      'Similar wording (cosine 0.40).',
    );
    const narrowed = rankRelatedPapers(1, concepts, 20, {
      first: 20,
      textSimilarity,
      candidates: new Set([2, 10]),
    });
    expect(narrowed.map((r) => r.paperId)).toEqual([10, 2]);
  });

  it('adds up what two papers share, heaviest first', () => {
    const [first, second] = rankRelatedPapers(1, occurrences, 20, { first: 2 });
    expect([first!.paperId, second!.paperId]).toEqual([2, 10]);
    expect(first!.shared.map((s) => s.feature.key)).toEqual(['7', 'grpo']);
    expect(first!.score).toBeCloseTo(Math.log(21 / 2) + Math.log(21 / 9));
  });

  it('weighs a link by the weaker confidence of the two papers', () => {
    const unsure = [...has(tempflow, [1], 0.5), ...has(tempflow, [10], 0.9)];
    expect(rankRelatedPapers(1, unsure, 20, { first: 1 })[0]!.score).toBeCloseTo(
      0.5 * Math.log(21 / 2),
    );
  });

  it('suggests only candidates when given, and never the paper itself', () => {
    const ranked = rankRelatedPapers(1, concepts, 20, { first: 10, candidates: new Set([1, 3]) });
    expect(ranked.map((r) => r.paperId)).toEqual([3]);
  });
});

describe('rankRelatedPapers with algorithm families', () => {
  const flowFamily: PaperFeature = {
    type: 'family',
    id: 3,
    kind: 'algorithm',
    key: 'flow-grpo',
    label: 'Flow-GRPO',
  };
  const flow: PaperFeature = {
    type: 'entity',
    id: 3,
    kind: 'algorithm',
    key: 'flow-grpo',
    label: 'Flow-GRPO',
  };
  // Paper 1 proposes Flow-GRPO; paper 2 builds on it (TempFlow-GRPO), paper 3 uses Flow-GRPO itself.
  const occurrences = [...has(flow, [1, 3]), ...has(flowFamily, [1, 2, 3])];

  it('relates papers through a family they both belong to', () => {
    const ranked = rankRelatedPapers(1, occurrences, 20, { first: 5 });
    expect(ranked.find((r) => r.paperId === 2)!.shared.map((s) => s.feature.type)).toEqual([
      'family',
    ]);
  });

  it('counts a family once when the concept itself is shared', () => {
    const exact = rankRelatedPapers(1, occurrences, 20, { first: 5 }).find((r) => r.paperId === 3)!;
    expect(exact.shared.map((s) => s.feature.type)).toEqual(['entity']);
    expect(exact.score).toBeCloseTo(Math.log(21 / 2));
  });
});

describe('describeRelation', () => {
  it('names the shared concepts, then the shared sections', () => {
    const [related] = rankRelatedPapers(1, [...has(grpo, [1, 2]), ...has(section, [1, 2])], 20, {
      first: 1,
    });
    expect(describeRelation(related!.shared)).toBe(
      'Shares GRPO; both listed in Generation / Image.',
    );
  });

  it('names a family as such', () => {
    const family: PaperFeature = { ...tempflow, type: 'family', label: 'Flow-GRPO' };
    const [related] = rankRelatedPapers(1, [...has(family, [1, 2]), ...has(grpo, [1, 2])], 20, {
      first: 1,
    });
    expect(describeRelation(related!.shared)).toBe('Shares the Flow-GRPO family and GRPO.');
  });
});
