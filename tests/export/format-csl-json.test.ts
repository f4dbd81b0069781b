import { describe, expect, it } from 'vitest';
import { formatCslJson, toCslItems } from '../../src/export/format-csl-json';
import { cslDataSchema } from './csl-data-schema';
import { generatePapers } from './generated-papers';
import {
  arxivOnlyPaperWithAccentedAuthors,
  blogPostWithoutAuthors,
  corporateAuthorPaper,
  natureJournalPaperWithoutArxiv,
  neuripsPaperWithArxivVersion,
  samplePapers,
} from './paper-fixtures';

describe('formatCslJson', () => {
  it('writes a JSON array that the CSL-JSON schema accepts', () => {
    const parsed = cslDataSchema.safeParse(JSON.parse(formatCslJson(samplePapers)));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('uses the citation key as the item id', () => {
    const ids = toCslItems(samplePapers).map((item) => item.id);
    expect(ids).toContain('meng2025mmeureka');
    expect(new Set(ids).size).toBe(samplePapers.length);
  });

  it('writes an arXiv preprint as an article published by arXiv, numbered with its id', () => {
    const [item] = toCslItems([arxivOnlyPaperWithAccentedAuthors]);
    expect(item).toMatchObject({
      type: 'article',
      publisher: 'arXiv',
      number: 'arXiv:2503.07365',
      DOI: '10.48550/arXiv.2503.07365',
      URL: 'https://arxiv.org/abs/2503.07365',
      issued: { 'date-parts': [[2025, 3, 10]] },
    });
    expect(item?.author).toEqual([
      { family: 'Meng', given: 'Fanqing' },
      { family: 'Vulić', given: 'Ivan' },
      { family: 'Krähenbühl', given: 'Philipp' },
      { family: 'Martín-Martín', given: 'Roberto' },
      { family: 'Rijke', given: 'Maarten', 'non-dropping-particle': 'de' },
    ]);
  });

  it('writes an organization as a literal name', () => {
    expect(toCslItems([corporateAuthorPaper])[0]?.author).toEqual([{ literal: 'GLM-V Team' }]);
  });

  it('writes a conference paper with its proceedings and keeps the arXiv id in the note', () => {
    expect(toCslItems([neuripsPaperWithArxivVersion])[0]).toMatchObject({
      type: 'paper-conference',
      'container-title': 'Advances in Neural Information Processing Systems',
      'container-title-short': 'NeurIPS',
      note: 'arXiv:2305.15260',
      issued: { 'date-parts': [[2024]] },
    });
  });

  it('writes a journal article and a blog post with their own types', () => {
    const [journal, blog] = toCslItems([natureJournalPaperWithoutArxiv, blogPostWithoutAuthors]);
    expect(journal).toMatchObject({ type: 'article-journal', 'container-title': 'Nature' });
    expect(blog).toMatchObject({ type: 'post-weblog', URL: blogPostWithoutAuthors.links[0]?.url });
    expect(blog?.author).toBeUndefined();
  });

  it('leaves abstracts out unless asked', () => {
    expect(toCslItems([arxivOnlyPaperWithAccentedAuthors])[0]?.abstract).toBeUndefined();
    expect(
      toCslItems([arxivOnlyPaperWithAccentedAuthors], { includeAbstracts: true })[0]?.abstract,
    ).toContain('MMK12');
  });

  it('passes the schema over 250 generated papers', () => {
    const parsed = cslDataSchema.safeParse(JSON.parse(formatCslJson(generatePapers(250))));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
