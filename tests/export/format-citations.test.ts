import { describe, expect, it } from 'vitest';
import {
  citationStyles,
  citePaper,
  formatCitations,
  type CitationStyle,
} from '../../src/export/format-citations';
import { generatePapers } from './generated-papers';
import {
  arxivOnlyPaperWithAccentedAuthors,
  blogPostWithoutAuthors,
  natureJournalPaperWithoutArxiv,
  neuripsPaperWithArxivVersion,
  samplePapers,
  titleWithInlineMath,
} from './paper-fixtures';

/** Lower-cased, without quote marks: styles title-case and turn inner quotes into single ones. */
function titleWords(title: string): string {
  return title
    .toLowerCase()
    .replace(/[“”‘’]/g, '')
    .replace(/\s+/g, ' ');
}

describe.each<CitationStyle>([...citationStyles])('formatCitations in the %s style', (style) => {
  it('renders one reference per paper, each with its title', () => {
    const text = formatCitations(samplePapers, style);
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(samplePapers.length);
    for (const { paper } of samplePapers.filter((details) => details !== titleWithInlineMath)) {
      expect(titleWords(text)).toContain(titleWords(paper.title));
    }
  });

  it('renders HTML with one csl-entry per paper', () => {
    const html = formatCitations(samplePapers, style, 'html');
    expect(html.match(/class="csl-entry"/g)).toHaveLength(samplePapers.length);
    expect(html).toContain('&#38;');
  });

  it('renders 250 generated papers', () => {
    const text = formatCitations(generatePapers(250), style);
    expect(text.trim().split('\n')).toHaveLength(250);
  });
});

describe('citePaper', () => {
  it('cites an arXiv preprint in APA 7 with its arXiv number and DOI', () => {
    expect(citePaper(arxivOnlyPaperWithAccentedAuthors, 'apa')).toBe(
      'Meng, F., Vulić, I., Krähenbühl, P., Martín-Martín, R., & de Rijke, M. (2025). ' +
        'MM-Eureka: Exploring the Frontiers of Multimodal Reasoning with Rule-based Reinforcement ' +
        'Learning (arXiv:2503.07365). arXiv. https://doi.org/10.48550/arXiv.2503.07365',
    );
  });

  it('cites a journal article in IEEE style with initials, quoted title and DOI', () => {
    expect(citePaper(natureJournalPaperWithoutArxiv, 'ieee')).toBe(
      '[1] D. Hafner, J. Pasukonis, J. Ba, and T. Lillicrap, “Mastering Diverse Domains through ' +
        'World Models,” Nature, Apr. 2025. doi: 10.1038/s41586-025-08744-2.',
    );
  });

  it('cites a conference paper in IEEE style as "in" its proceedings', () => {
    expect(citePaper(neuripsPaperWithArxivVersion, 'ieee')).toContain(
      '[1] Q. Wang, J. Yang, Y. Wang, X. Jin, W. Zeng, and X. Yang, “CoWorld: Making Offline RL ' +
        'Online: Collaborative World Models for Offline Visual Reinforcement Learning,” in ' +
        'Advances in Neural Information Processing Systems, 2024. [Online]. Available: ' +
        'https://arxiv.org/abs/2305.15260',
    );
  });

  it('cites in Chicago author-date with the first author inverted and the year after the names', () => {
    expect(citePaper(natureJournalPaperWithoutArxiv, 'chicago-author-date')).toBe(
      'Hafner, Danijar, Jurgis Pasukonis, Jimmy Ba, and Timothy Lillicrap. 2025. “Mastering ' +
        'Diverse Domains through World Models.” Nature. https://doi.org/10.1038/s41586-025-08744-2.',
    );
  });

  it('puts the title first when a blog post has no author', () => {
    expect(citePaper(blogPostWithoutAuthors, 'chicago-author-date')).toMatch(
      /^“Group Relative Policy Optimization \(GRPO\) Illustrated Breakdown & Explanation\.” 2025\./,
    );
  });

  it('renders TeX math in a title as Unicode and keeps its case', () => {
    for (const style of citationStyles) {
      expect(citePaper(titleWithInlineMath, style)).toContain('π₀: A Vision-Language-Action');
    }
  });

  it('uses the given citation keys as entry ids', () => {
    const keys = new Map([[natureJournalPaperWithoutArxiv.paper.id, 'hafner2025dreamerv3']]);
    expect(citePaper(natureJournalPaperWithoutArxiv, 'apa', 'html', { keys })).toContain(
      'data-csl-entry-id="hafner2025dreamerv3"',
    );
  });

  it('italicises the journal in HTML', () => {
    expect(citePaper(natureJournalPaperWithoutArxiv, 'ieee', 'html')).toContain('<i>Nature</i>');
  });
});
