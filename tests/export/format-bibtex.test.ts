import { parse, type Entry } from '@retorquere/bibtex-parser';
import { escapeLatex } from '../../src/export/latex-text';
import { latexTitle } from '../../src/export/latex-title';
import { describe, expect, it } from 'vitest';
import { formatBibtex, type BibtexDialect } from '../../src/export/format-bibtex';
import type { PaperDetails } from '../../src/model/paper/paper';
import { generatePapers } from './generated-papers';
import {
  arxivOnlyPaperWithAccentedAuthors,
  blogPostWithoutAuthors,
  corporateAuthorPaper,
  natureJournalPaperWithoutArxiv,
  neuripsPaperWithArxivVersion,
  samplePapers,
  titleWithInlineMath,
  titleWithLatexSpecials,
} from './paper-fixtures';

/** Parses with Better BibTeX's parser, the independent reader these tests trust. */
function parseBib(text: string): { errors: unknown[]; entries: Entry[] } {
  return parse(text, { sentenceCase: false });
}

function entryFor(text: string, key: string): Entry {
  const entry = parseBib(text).entries.find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`no entry ${key}`);
  return entry;
}

/** Unicode-equivalent text compares equal: the parser may return accents as combining marks. */
function nfc<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).normalize('NFC')) as T;
}

/** What a title should read as once TeX is rendered: math becomes Unicode, the rest is kept. */
function renderedTitle(details: PaperDetails): string {
  if (details === titleWithInlineMath) {
    return 'π₀: A Vision-Language-Action Flow Model with πRL Fine-tuning';
  }
  return details.paper.title.normalize('NFC');
}

describe.each<BibtexDialect>(['bibtex', 'biblatex'])(
  'formatBibtex in the %s dialect',
  (dialect) => {
    const text = formatBibtex(samplePapers, { dialect });

    it('parses with no errors and holds every paper once, under unique keys', () => {
      const library = parseBib(text);
      expect(library.errors).toEqual([]);
      expect(library.entries).toHaveLength(samplePapers.length);
      expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(samplePapers.length);
    });

    it('round-trips every title, specials and accents included', () => {
      const library = parseBib(text);
      library.entries.forEach((entry, index) => {
        expect(entry.fields.title?.normalize('NFC')).toBe(renderedTitle(samplePapers[index]!));
      });
    });

    it('round-trips author names split into family and given parts', () => {
      const entry = entryFor(text, 'meng2025mmeureka');
      expect(nfc(entry.fields.author)).toEqual([
        { lastName: 'Meng', firstName: 'Fanqing' },
        { lastName: 'Vulić', firstName: 'Ivan' },
        { lastName: 'Krähenbühl', firstName: 'Philipp' },
        { lastName: 'Martín-Martín', firstName: 'Roberto' },
        { lastName: 'Rijke', firstName: 'Maarten', prefix: 'de' },
      ]);
    });

    it('keeps an organization as one name', () => {
      const entry = entryFor(text, 'glmvteam2025glm45v');
      expect(entry.fields.author).toEqual([{ name: 'GLM-V Team' }]);
    });

    it('reads a name with an inner particle as BibTeX reads First von Last', () => {
      const entry = entryFor(text, 'black2025pi0');
      expect(nfc(entry.fields.author)?.[2]).toEqual({
        firstName: 'Haitz Sáez',
        prefix: 'de',
        lastName: 'Ocáriz Borde',
      });
    });

    it('writes the same text every time', () => {
      expect(formatBibtex([...samplePapers], { dialect })).toBe(text);
    });
  },
);

describe('formatBibtex entry types', () => {
  it('writes an arXiv-only paper as @misc with eprint, archivePrefix, primaryClass and the arXiv DOI', () => {
    const text = formatBibtex([arxivOnlyPaperWithAccentedAuthors], {
      arxivCategories: new Map([[arxivOnlyPaperWithAccentedAuthors.paper.id, 'cs.CV']]),
    });
    const entry = entryFor(text, 'meng2025mmeureka');
    expect(entry.type).toBe('misc');
    expect(entry.fields).toMatchObject({
      eprint: '2503.07365',
      archiveprefix: 'arXiv',
      primaryclass: 'cs.CV',
      doi: '10.48550/arXiv.2503.07365',
      url: 'https://arxiv.org/abs/2503.07365',
      year: '2025',
      month: '3',
    });
    expect(text).toContain('  month = mar,');
  });

  it('writes an arXiv-only paper for BibLaTeX as @online with eprinttype arxiv and an ISO date', () => {
    const entry = entryFor(
      formatBibtex([arxivOnlyPaperWithAccentedAuthors], { dialect: 'biblatex' }),
      'meng2025mmeureka',
    );
    expect(entry.type).toBe('online');
    expect(entry.fields).toMatchObject({
      eprinttype: 'arxiv',
      eprint: '2503.07365',
      date: '2025-03-10',
    });
  });

  it('prefers the published conference version over the preprint', () => {
    const entry = entryFor(formatBibtex([neuripsPaperWithArxivVersion]), 'wang2024coworld');
    expect(entry.type).toBe('inproceedings');
    expect(entry.fields.booktitle).toBe('Advances in Neural Information Processing Systems');
    expect(entry.fields.eprint).toBe('2305.15260');
    expect(entry.fields.doi).toBeUndefined();
  });

  it('writes a Nature paper as @article in the journal Nature, with its own DOI', () => {
    const entry = entryFor(formatBibtex([natureJournalPaperWithoutArxiv]), 'hafner2025mastering');
    expect(entry.type).toBe('article');
    expect(entry.fields).toMatchObject({ journal: 'Nature', doi: '10.1038/s41586-025-08744-2' });
    const biblatex = formatBibtex([natureJournalPaperWithoutArxiv], { dialect: 'biblatex' });
    expect(entryFor(biblatex, 'hafner2025mastering').fields.journaltitle).toBe('Nature');
  });

  it('writes a blog post as @misc with howpublished and url, or @online for BibLaTeX', () => {
    const key = 'group2025relative';
    const entry = entryFor(formatBibtex([blogPostWithoutAuthors]), key);
    expect(entry.type).toBe('misc');
    expect(entry.fields.howpublished).toBe('Blog post');
    expect(entry.fields.url).toBe(blogPostWithoutAuthors.links[0]!.url);
    expect(
      entryFor(formatBibtex([blogPostWithoutAuthors], { dialect: 'biblatex' }), key).type,
    ).toBe('online');
  });
});

describe('formatBibtex escaping', () => {
  it('writes classic BibTeX as pure ASCII with braced accent commands', () => {
    const text = formatBibtex(samplePapers, { dialect: 'bibtex' });
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
    expect(text).toContain("Vuli{\\'c}, Ivan");
  });

  it('keeps UTF-8 for BibLaTeX and escapes only LaTeX specials', () => {
    const text = formatBibtex([titleWithLatexSpecials], { dialect: 'biblatex' });
    expect(text).toContain('Ünïcödé “quotes” – done…');
    expect(text).toContain('Reasoning \\& Rewards: 100\\% ');
    expect(text).toContain('\\$5');
  });

  it('protects acronyms and words with inner capitals or digits with braces', () => {
    const text = formatBibtex([corporateAuthorPaper, blogPostWithoutAuthors]);
    expect(text).toContain('title = {{GLM-4.5V} and {GLM-4.1V-Thinking}: Towards Versatile');
    expect(text).toContain('({GRPO})');
  });

  it('writes no character pdfLaTeX cannot read in BibLaTeX: Greek and symbols become commands', () => {
    expect(escapeLatex('π ≤ ł ß é – “x”', 'utf8')).toBe('$\\pi$ $\\leq$ {\\l} {\\ss} é – “x”');
    expect(escapeLatex('🚀 emoji', 'ascii')).toBe(' emoji');
  });

  it('never braces Title-Case words, hyphenated or not, so styles may change their case', () => {
    const title = latexTitle(
      'Fine-Tuning Next-Scale Visual Autoregressive Models with Group Relative Policy Optimization',
      'ascii',
    );
    expect(title).not.toContain('{');
    expect(latexTitle('Flow-GRPO: Training Flow Matching Models via Online RL', 'ascii')).toBe(
      '{Flow-GRPO}: Training Flow Matching Models via Online {RL}',
    );
  });

  it("protects proper names in a sentence-case title, but not a subtitle's first word", () => {
    expect(
      latexTitle('Dreamreward: Text-to-3d generation with Bayesian human preference', 'ascii'),
    ).toBe('Dreamreward: Text-to-3d generation with {Bayesian} human preference');
  });

  it('keeps math spans as math', () => {
    expect(formatBibtex([titleWithInlineMath])).toContain('title = {{$\\pi_0$}: A');
    expect(formatBibtex([titleWithInlineMath])).toContain('{${\\pi}_\\texttt{RL}$}');
  });
});

describe('formatBibtex over 250 generated papers', () => {
  const papers = generatePapers(250);

  it.each<BibtexDialect>(['bibtex', 'biblatex'])('parses cleanly in the %s dialect', (dialect) => {
    const library = parseBib(formatBibtex(papers, { dialect }));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(250);
    expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(250);
    library.entries.forEach((entry, index) => {
      const title = papers[index]!.paper.title.replace('$\\pi_0$', 'π₀');
      expect(entry.fields.title).toBe(title);
    });
  });
});
