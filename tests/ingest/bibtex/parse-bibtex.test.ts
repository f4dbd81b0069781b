import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../ingest/bibtex/parse-bibtex';
import { NotThisFormatError } from '../../../ingest/types';

function parseFixture(name: string) {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return parseBibtex(text, name);
}

function codes(findings: { code: string }[]): string[] {
  return findings.map((finding) => finding.code);
}

describe('parseBibtex', () => {
  it('decodes LaTeX accents and escapes to Unicode', () => {
    const [record] = parseFixture('entry with escaped ampersand.bib').records;
    expect(record?.title).toBe('Café & Bar: Learning Über-Policies with Naïve Rewards');
    expect(record?.authors).toEqual(['José García', 'João Araújo', 'Jörg Müller']);
    expect(record?.venue).toBe('Journal of Robotics & Automation');
  });

  it('reads the arXiv id from eprint fields of a misc entry', () => {
    const result = parseFixture('misc entry with arxiv eprint fields.bib');
    expect(result.records[0]).toEqual({
      format: 'bibtex',
      source: { file: 'misc entry with arxiv eprint fields.bib', line: 1 },
      arxivId: '2503.07365',
      title:
        'MM-Eureka: Exploring the Frontiers of Multimodal Reasoning with Rule-based Reinforcement Learning',
      authors: ['Fanqing Meng', 'Lingxiao Du', 'Zongkai Liu'],
      year: 2025,
      url: 'https://arxiv.org/abs/2503.07365',
      entryType: 'misc',
      citationKey: 'meng2025mmeureka',
    });
    expect(result.warnings).toEqual([]);
  });

  it('reads an arXiv preprint journal as an arXiv id and not as a venue', () => {
    const [withId, withoutId] = parseFixture('article with arxiv preprint journal.bib').records;
    expect(withId).toMatchObject({ arxivId: '2503.24376', year: 2025 });
    expect(withId?.venue).toBeUndefined();
    expect(withoutId?.arxivId).toBeUndefined();
    expect(withoutId?.venue).toBeUndefined();
  });

  it('turns "and others" into moreAuthors', () => {
    const [record] = parseFixture('author list ending in and others.bib').records;
    expect(record?.authors).toEqual(['Zhongwei Wan', 'Zhihao Dou', 'Che Liu']);
    expect(record?.moreAuthors).toBe(true);
  });

  it('splits comma-separated author lists, full-width commas included, and warns', () => {
    const result = parseFixture('comma separated authors without and.bib');
    const byKey = new Map(result.records.map((record) => [record.citationKey, record.authors]));
    expect(byKey.get('dang2025reinforcing')).toEqual([
      'Jisheng Dang',
      'Jingze Wu',
      'Teng Wang',
      'Xuanhui Lin',
    ]);
    expect(byKey.get('yu2025reasongen')).toEqual([
      'Yu Zhang',
      'Yunqi Li',
      'Rui Wang',
      'Yuqin Yang',
    ]);
    expect(byKey.get('jiang2024anisora')).toHaveLength(5);
    expect(byKey.get('li2025temporal')).toEqual(['Hongyu Li', 'Songhao Han']);
    expect(codes(result.warnings)).toEqual(Array(4).fill('comma-separated-authors'));
  });

  it('leaves BibTeX `Last, Jr, First` names and braced corporate names alone', () => {
    const result = parseFixture('comma separated authors without and.bib');
    const record = result.records.find((candidate) => candidate.citationKey === 'normal2025');
    expect(record?.authors).toEqual([
      'Henry Ford Jr.',
      'Roberto Martin-Martin',
      'Barnes and Noble',
    ]);
  });

  it('removes braces and per-letter case protection from titles, keeping the case', () => {
    const [miro, visualQuality] = parseFixture(
      'title with case protection and double braces.bib',
    ).records;
    expect(miro?.title).toBe(
      'MIRO: MultI-Reward cOnditioned pretraining improves T2I quality and efficiency',
    );
    expect(miro?.venue).toBe('International Conference on Machine Learning (ICML)');
    expect(visualQuality?.title).toBe(
      'VisualQuality-R1: Reasoning-Induced Image Quality Assessment',
    );
  });

  it('drops a decorative emoji at the start of a title', () => {
    const [record] = parseFixture('title starting with an emoji.bib').records;
    expect(record?.title).toBe('ProcTHOR: Large-Scale Embodied AI Using Procedural Generation');
  });

  it('ignores % comment lines: the source annotation does not set the arXiv id', () => {
    const result = parseFixture('entry preceded by a source comment.bib');
    expect(result.records[0]).toMatchObject({ arxivId: '2503.21620', source: { line: 3 } });
    expect(result.warnings).toEqual([]);
  });

  it('reports a truncated arXiv id and picks the usable one of two URLs', () => {
    const result = parseFixture('url holding two urls and a truncated arxiv id.bib');
    expect(result.records[0]).toMatchObject({
      arxivId: '2503.11197',
      url: 'https://github.com/xiaomi-research/r1-aqa',
    });
    expect(codes(result.warnings)).toEqual(['truncated-arxiv-id', 'multiple-urls']);
    expect(result.warnings[0]?.reason).toContain('2503.1119');
  });

  it('reads venue, year and month from booktitle, quoted values and month names', () => {
    const [conference, blog] = parseFixture(
      'conference entry with booktitle and month.bib',
    ).records;
    expect(conference).toMatchObject({
      title:
        'Parallel Q-Learning: Scaling Off-policy Reinforcement Learning under Massively Parallel Simulation',
      venue: 'International Conference on Machine Learning',
      year: 2023,
      month: 7,
    });
    expect(blog).toMatchObject({ year: 2025, month: 2, authors: ['Antonin Raffin'] });
  });

  it('skips a broken entry with its line and reason and still reads the others', () => {
    const result = parseFixture('broken entry between two good ones.bib');
    expect(result.records.map((record) => [record.citationKey, record.source.line])).toEqual([
      ['first2025', 1],
      ['third2025', 12],
    ]);
    expect(result.skipped).toEqual([
      {
        where: 'broken entry between two good ones.bib:6',
        code: 'malformed-entry',
        reason: expect.stringContaining('line 8'),
      },
    ]);
  });

  it('throws NotThisFormatError for text without any @type{ entry', () => {
    expect(() => parseFixture('not bibtex at all.md')).toThrow(NotThisFormatError);
  });

  it('keeps both entries that reuse a key and warns, saying whether the content differs', () => {
    const result = parseFixture('same key reused with different content.bib');
    expect(result.records).toHaveLength(3);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'duplicate-key', where: expect.stringMatching(/:9$/) }),
      expect.objectContaining({ code: 'duplicate-entry', where: expect.stringMatching(/:16$/) }),
    ]);
  });

  it('tolerates an invisible U+FE0F at the end of a key', () => {
    const result = parseFixture('key ending in an invisible variation selector.bib');
    expect(result.records[0]?.citationKey).toBe('deitke2022');
    expect(codes(result.warnings)).toEqual(['invisible-character-in-key']);
  });

  it('warns about a stray closing brace and reads the entry after it', () => {
    const result = parseFixture('stray closing brace after an entry.bib');
    expect(result.records.map((record) => record.citationKey)).toEqual([
      'zhan2025gthinker',
      'next2025',
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'text-outside-entries',
        where: expect.stringMatching(/:6$/),
      }),
    ]);
  });

  it('reads a DOI given as a URL and keeps unknown LaTeX commands as written, with a warning', () => {
    const result = parseFixture('entry with a doi and an unknown latex command.bib');
    expect(result.records[0]).toMatchObject({
      doi: '10.1109/lra.2023.3270034',
      venue: 'IEEE Robotics and Automation Letters',
    });
    expect(result.records[0]?.title).toContain('\\frobnicate');
    expect(codes(result.warnings)).toEqual(['unknown-latex-command']);
  });

  it('skips an entry with no title, arXiv id or DOI', () => {
    const result = parseFixture('entry with only a year.bib');
    expect(result.records).toEqual([]);
    expect(codes(result.skipped)).toEqual(['no-identifying-fields']);
  });
});
