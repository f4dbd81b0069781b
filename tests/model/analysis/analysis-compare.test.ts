import { describe, expect, it } from 'vitest';
import type { PaperEntityLink } from '../../../src/model/analysis/analysis-compare';
import { compareProperties, toPaperProperties } from '../../../src/model/analysis/analysis-compare';
import type { Paper } from '../../../src/model/paper/paper';

const paper = (id: number, fields: Partial<Paper> = {}): Paper => ({
  id,
  key: `k${id}`,
  arxivId: null,
  doi: null,
  title: `Paper ${id}`,
  year: 2025,
  month: null,
  venue: null,
  dateText: null,
  published: null,
  kind: 'preprint',
  abstract: null,
  ...fields,
});
const link = (slug: string, relation = 'uses', confidence = 0.9): PaperEntityLink => ({
  kind: 'algorithm',
  slug,
  name: slug.toUpperCase(),
  relation,
  confidence,
});
const mllm = { slug: 'mllm', name: 'Multimodal LLMs' };

describe('toPaperProperties', () => {
  it('keeps one value per concept, with its strongest relation and highest confidence', () => {
    const properties = toPaperProperties({
      paper: paper(1),
      pillars: [mllm],
      links: [link('grpo', 'uses', 0.95), link('grpo', 'proposes', 0.8)],
      codeUrl: 'https://github.com/x/y',
    });
    expect(properties.algorithms).toEqual([
      { key: 'grpo', label: 'GRPO', relation: 'proposes', confidence: 0.95, url: null },
    ]);
    expect(properties.code).toEqual([
      {
        key: 'code',
        label: 'Code',
        relation: null,
        confidence: null,
        url: 'https://github.com/x/y',
      },
    ]);
  });

  it('compares venues ignoring case', () => {
    const a = toPaperProperties({
      paper: paper(1, { venue: 'NeurIPS' }),
      pillars: [],
      links: [],
      codeUrl: null,
    });
    const b = toPaperProperties({
      paper: paper(2, { venue: 'neurips' }),
      pillars: [],
      links: [],
      codeUrl: null,
    });
    expect(compareProperties([a, b]).find((row) => row.property === 'venue')!.identical).toBe(true);
  });
});

describe('compareProperties', () => {
  const a = toPaperProperties({
    paper: paper(1),
    pillars: [mllm],
    links: [link('grpo'), link('dapo')],
    codeUrl: 'u',
  });
  const b = toPaperProperties({
    paper: paper(2, { year: 2024 }),
    pillars: [mllm],
    links: [link('grpo')],
    codeUrl: null,
  });
  const rows = Object.fromEntries(compareProperties([a, b]).map((row) => [row.property, row]));

  it('lists what every paper has, and whether they agree exactly', () => {
    expect(rows['algorithms']!.shared.map((v) => v.key)).toEqual(['grpo']);
    expect(rows['algorithms']!.identical).toBe(false);
    expect(rows['pillars']!.identical).toBe(true);
    expect(rows['year']!.shared).toEqual([]);
  });

  it('does not call a property shared when no paper has it', () => {
    expect(rows['venue']!.identical).toBe(false);
    expect(rows['code']!.identical).toBe(false);
  });

  it('keeps each paper’s values in the papers’ order', () => {
    expect(rows['algorithms']!.values.map((list) => list.map((v) => v.key))).toEqual([
      ['grpo', 'dapo'],
      ['grpo'],
    ]);
  });
});
