import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { formatRis } from '../../src/export/format-ris';
import { generatePapers } from './generated-papers';
import {
  blogPostWithoutAuthors,
  natureJournalPaperWithoutArxiv,
  neuripsPaperWithArxivVersion,
  samplePapers,
  titleWithInlineMath,
} from './paper-fixtures';

interface RisItem {
  id: string;
  type: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  DOI?: string;
  URL?: string;
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
}

/** Reads RIS back with citation-js's RIS parser, the independent reader these tests trust. */
function readRis(text: string): RisItem[] {
  return new Cite(text, { forceType: '@ris/file' }).data as unknown as RisItem[];
}

describe('formatRis', () => {
  const text = formatRis(samplePapers);

  it('ends every line in CRLF, as the RIS specification says', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
  });

  it('types an arXiv-only paper as an unpublished work, never a journal article', () => {
    const preprint = samplePapers.find((p) => p.paper.arxivId && !p.paper.venue)!;
    const record = formatRis([preprint]);
    expect(record).toMatch(/^TY {2}- UNPB\r\n/);
    expect(record).toContain(`AN  - arXiv:${preprint.paper.arxivId}\r\n`);
    expect(record).not.toMatch(/^T2 {2}- arXiv/m);
    expect(readRis(record)[0]!.type).toBe('manuscript');
  });

  it('reads back with every paper present, in order, under its key', () => {
    const items = readRis(text);
    expect(items.map((item) => item.id)).toEqual([
      'meng2025mmeureka',
      'glmvteam2025glm45v',
      'orstedalund2025reasoning',
      'wang2025diffusion',
      'wang2025diffusiona',
      'black2025pi0',
      'wang2024coworld',
      'hafner2025mastering',
      'group2025relative',
      'deepreinforcement',
    ]);
  });

  it('reads back titles intact, TeX math as Unicode', () => {
    const items = readRis(text);
    items.forEach((item, index) => {
      const details = samplePapers[index]!;
      const expected =
        details === titleWithInlineMath
          ? 'π₀: A Vision-Language-Action Flow Model with π_RL Fine-tuning'
          : details.paper.title;
      expect(item.title).toBe(expected);
    });
  });

  it('reads back authors intact, one AU line each', () => {
    const [first, corporate] = readRis(text);
    expect(first?.author).toEqual([
      { family: 'Meng', given: 'Fanqing' },
      { family: 'Vulić', given: 'Ivan' },
      { family: 'Krähenbühl', given: 'Philipp' },
      { family: 'Martín-Martín', given: 'Roberto' },
      { family: 'de Rijke', given: 'Maarten' },
    ]);
    expect(corporate?.author).toEqual([{ literal: 'GLM-V Team' }]);
  });

  it('types a journal article JOUR, a conference paper CONF and a blog post ELEC', () => {
    const [journal, conference, blog] = readRis(
      formatRis([
        natureJournalPaperWithoutArxiv,
        neuripsPaperWithArxivVersion,
        blogPostWithoutAuthors,
      ]),
    );
    expect(journal).toMatchObject({
      type: 'article-journal',
      'container-title': 'Nature',
      DOI: '10.1038/s41586-025-08744-2',
      issued: { 'date-parts': [[2025, 4]] },
    });
    expect(conference?.type).toBe('paper-conference');
    expect(blog).toMatchObject({ type: 'webpage', URL: blogPostWithoutAuthors.links[0]?.url });
  });

  it('writes abstracts only when asked', () => {
    expect(formatRis(samplePapers)).not.toContain('AB  - ');
    expect(formatRis(samplePapers, { includeAbstracts: true })).toContain('AB  - We introduce');
  });

  it('reads back 250 generated papers with their titles and author counts', () => {
    const papers = generatePapers(250);
    const items = readRis(formatRis(papers));
    expect(items).toHaveLength(250);
    items.forEach((item, index) => {
      const details = papers[index]!;
      expect(item.title).toBe(details.paper.title.replace('$\\pi_0$', 'π₀'));
      expect(item.author?.length ?? 0).toBe(details.authors.length);
    });
  });
});
