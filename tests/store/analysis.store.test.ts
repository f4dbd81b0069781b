import { describe, expect, it } from 'vitest';
import type { Dimension } from '../../src/model/analysis/analysis';
import { listDimensionAxis, listFilteredPaperIds } from '../../src/store/analysis.store';
import { listSharedFeatures } from '../../src/store/analysis-related.store';
import { createAnalysisGraph } from '../support/analysis-graph';

describe('listDimensionAxis over the nine-paper fixture', () => {
  const graph = createAnalysisGraph();
  const { db, id, courseId } = graph;
  const all = listFilteredPaperIds(db);
  const papersOf = (dimension: Dimension, key: string, options = {}) =>
    listDimensionAxis(db, dimension, all, options)
      .members.filter((m) => m.key === key)
      .map((m) => m.paperId)
      .sort((a, b) => a - b);
  const keysOf = (dimension: Dimension, options = {}) =>
    listDimensionAxis(db, dimension, all, options).values.map((v) => v.key);

  it('declares the four pillars in survey order, and the groups only when asked', () => {
    expect(keysOf('pillar')).toEqual(['mllm', 'visual-generation', 'unified-models', 'vla']);
    expect(keysOf('pillar', { includeGroups: true })).toEqual(
      expect.arrayContaining(['vla', 'benchmarks', 'others']),
    );
    expect(papersOf('pillar', 'vla')).toEqual([id('2504.10458'), courseId]);
  });

  it('places papers of subsections under their top-level section', () => {
    const sections = listDimensionAxis(db, 'section', all);
    expect(sections.values.map((v) => v.label)).toEqual([
      'Multi-Modal Large Language Models with RL',
      'Visual Generation with RL',
      'RL for Unified Model',
      'Vision Language Action Models with RL',
    ]);
    const top = sections.values[0]!.key;
    expect(papersOf('section', top)).toEqual([
      id('2503.06749'),
      id('2503.07365'),
      id('2503.21776'),
    ]);
  });

  it('counts direct algorithm links per algorithm', () => {
    expect(papersOf('algorithm', 'grpo')).toEqual(
      ['2503.06749', '2503.07365', '2505.07818', '2505.23380', '2504.10458']
        .map(id)
        .sort((a, b) => a - b),
    );
    expect(papersOf('algorithm', 'flow-grpo')).toEqual([id('2505.05470')]);
  });

  it('rolls variants up into every family above them, naming the enclosing family', () => {
    const families = listDimensionAxis(db, 'algorithm-family', all);
    expect(papersOf('algorithm-family', 'grpo')).toHaveLength(7);
    expect(papersOf('algorithm-family', 'dpo')).toEqual([id('2311.12908')]);
    expect(families.values.find((v) => v.key === 'flow-grpo')!.parentKey).toBe('grpo');
    expect(keysOf('algorithm-family')).not.toContain('dance-grpo'); // a leaf, not a family
  });

  it('ignores links below the minimum confidence', () => {
    expect(papersOf('algorithm', 'grpo', { minConfidence: 0.8 })).not.toContain(id('2503.07365'));
  });

  it('reads years, months and venues from the papers, dating each by its arXiv id', () => {
    // Diffusion-DPO is listed as "CVPR 2024" but its arXiv id says November 2023.
    expect(keysOf('year')).toEqual(['2023', '2025']);
    expect(keysOf('year-month')).toEqual(['2023-11', '2025-03', '2025-04', '2025-05']);
    expect(keysOf('venue')).toEqual(['CVPR', 'NeurIPS']);
    expect(papersOf('year', '2023')).toEqual([id('2311.12908')]);
  });

  it('reads only the papers asked about', () => {
    const some = [id('2505.05470'), courseId];
    const axis = listDimensionAxis(db, 'benchmark', some);
    expect(axis.members).toEqual([{ paperId: id('2505.05470'), key: 'geneval' }]);
  });

  it('selects papers with the shared paper filter', () => {
    expect(listFilteredPaperIds(db, { pillars: ['visual-generation'] })).toHaveLength(3);
    expect(listFilteredPaperIds(db, { yearFrom: 2026 })).toEqual([]);
  });
});

describe('listSharedFeatures', () => {
  const { db, id } = createAnalysisGraph();

  const { paperCount, occurrences } = listSharedFeatures(db, id('2503.06749'));
  const holders = (type: string, key: string) =>
    occurrences
      .filter((o) => o.feature.type === type && o.feature.key === key)
      .map((o) => o.paperId)
      .sort((a, b) => a - b);
  const ids = (...arxivIds: string[]) => arxivIds.map(id).sort((a, b) => a - b);

  it('returns every holder of each of the paper’s concepts and sections, and the corpus size', () => {
    expect(paperCount).toBe(9);
    expect(holders('entity', 'mathvista')).toEqual(ids('2503.06749', '2503.07365'));
    expect(holders('entity', 'grpo')).toHaveLength(5);
    expect(
      holders('section', String(occurrences.find((o) => o.feature.type === 'section')!.feature.id)),
    ).toEqual(ids('2503.06749', '2503.07365'));
  });

  it('puts each algorithm in its nearest family: T-GRPO and DanceGRPO in GRPO, Flow-GRPO in its own', () => {
    expect(holders('family', 'grpo')).toEqual(
      ids('2503.06749', '2503.07365', '2503.21776', '2505.07818', '2505.23380', '2504.10458'),
    );
  });
});
