import { describe, expect, it } from 'vitest';
import { formatJson, type PaperJson } from '../../src/export/format-json';
import { arxivOnlyPaperWithAccentedAuthors, samplePapers } from './paper-fixtures';

describe('formatJson', () => {
  it('writes a JSON array with one record per paper, keys included', () => {
    const records = JSON.parse(formatJson(samplePapers)) as PaperJson[];
    expect(records).toHaveLength(samplePapers.length);
    expect(records[0]).toMatchObject({
      key: 'meng2025mmeureka',
      id: 11,
      arxivId: '2503.07365',
      title: arxivOnlyPaperWithAccentedAuthors.paper.title,
      authors: arxivOnlyPaperWithAccentedAuthors.authors,
      sections: arxivOnlyPaperWithAccentedAuthors.sections,
      pillars: ['Multi-Modal Large Language Models'],
    });
    expect(records[0]).not.toHaveProperty('abstract');
  });

  it('includes abstracts when asked', () => {
    const [record] = JSON.parse(
      formatJson([arxivOnlyPaperWithAccentedAuthors], { includeAbstracts: true }),
    ) as PaperJson[];
    expect(record?.abstract).toContain('MMK12');
  });

  it('writes the same text every time', () => {
    expect(formatJson([...samplePapers])).toBe(formatJson(samplePapers));
  });
});
