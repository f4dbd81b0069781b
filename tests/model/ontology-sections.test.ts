import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchPillar } from '../../src/model/ontology/assign-pillars';
import { describeWithSharedData, sharedAwesomeListFiles } from '../support/shared-data';
import { loadOntology } from '../../src/service/ontology-files';

// The committed pillars.yaml, read by the list ingest's matcher; unmatched headings go to `others`.
const pillars = loadOntology().filter((e) => e.kind === 'pillar' || e.kind === 'group');
const place = (heading: string) => matchPillar(heading, pillars) ?? 'others';

describe('the committed section patterns', () => {
  it('place the real list’s top-level headings as the survey does', () => {
    expect(place('Benchmarks environments and datasets with Visual RL')).toBe('benchmarks');
    expect(place('Multi-Agent')).toBe('others');
    expect(place('Multi-Modal Large Language Models with RL')).toBe('mllm');
    expect(place('Visual Perception with RL')).toBe('mllm');
    expect(place('Visual Generation with RL')).toBe('visual-generation');
    expect(place('RL for Unified Model')).toBe('unified-models');
    expect(place('Vision Language Action Models with RL')).toBe('vla');
    expect(place('Discussion: Why RL Works for Vision')).toBe('others');
    expect(place('Others')).toBe('others');
  });

  it('cover other lists’ spellings: hyphens, plurals, acronyms', () => {
    expect(place('Vision-Language-Action Models')).toBe('vla');
    expect(place('RL for MLLMs')).toBe('mllm');
    expect(place('GUI Agents')).toBe('vla');
    expect(place('Text-to-Image Generation')).toBe('visual-generation');
    expect(place('Datasets')).toBe('benchmarks');
  });

  it('let the pattern that comes first in the heading win', () => {
    expect(place('Benchmarks for Visual Generation')).toBe('benchmarks');
    expect(place('Unified Multimodal Large Language Models')).toBe('unified-models');
  });

  it('match whole words only', () => {
    expect(place('Regeneration of Vlamingo')).toBe('others');
  });
});

describeWithSharedData(
  'the committed section patterns over every dated version of the list',
  () => {
    it('spread each version’s top-level headings over all four pillars and both groups', () => {
      for (const file of sharedAwesomeListFiles()) {
        const lines = readFileSync(file, 'utf8').split('\n');
        const start = lines.findIndex((line) => /^## .*Table of Contents/.test(line));
        const end = lines.findIndex((line) => /^## .*Acknowledgements/.test(line));
        const headings = lines.slice(start, end).filter((line) => /^### /.test(line));
        expect(headings.length, file).toBeGreaterThan(3);
        const placed = new Set(headings.map((heading) => place(heading.slice(4))));
        expect(placed, file).toEqual(
          new Set(['benchmarks', 'others', 'mllm', 'visual-generation', 'unified-models', 'vla']),
        );
      }
    });
  },
);
