import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseBibtex } from '../../../ingest/bibtex/parse-bibtex';
import type { Finding } from '../../../ingest/types';
import { describeWithSharedData, sharedFile } from '../../support/shared-data';

function parseShared(name: string) {
  return parseBibtex(readFileSync(sharedFile(name), 'utf8'), name);
}

function countCodes(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { code } of findings) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

describeWithSharedData('when reading the real README citations (readme-citations.bib)', () => {
  const result = parseShared('readme-citations.bib');
  const byKey = new Map(result.records.map((record) => [record.citationKey, record]));

  it('reads all 85 entries and skips none', () => {
    expect(result.records).toHaveLength(85);
    expect(result.skipped).toEqual([]);
  });

  it('reports only the irregularities the dataset README lists', () => {
    expect(countCodes(result.warnings)).toEqual({
      'comma-separated-authors': 3,
      'truncated-arxiv-id': 1,
      'multiple-urls': 1,
      'text-outside-entries': 1,
    });
  });

  it('places each record at the line of its @type{', () => {
    expect(result.records[0]?.source).toEqual({ file: 'readme-citations.bib', line: 2 });
    expect(byKey.get('zhan2025gthinker')?.source.line).toBe(247);
  });

  it('finds an arXiv id for the 73 entries that state one', () => {
    expect(result.records.filter((record) => record.arxivId)).toHaveLength(73);
    expect(byKey.get('dang2025reinforcing')?.arxivId).toBe('2505.24718');
    expect(byKey.get('hu2024flare')?.arxivId).toBe('2409.16578');
  });

  it('splits the comma-separated and full-width-comma author lists', () => {
    expect(byKey.get('dang2025reinforcing')?.authors).toHaveLength(9);
    expect(byKey.get('yu2025reasongen')?.authors).toHaveLength(10);
    expect(byKey.get('kang2025viki')?.authors?.at(-1)).toBe('Zhenfei Yin');
  });

  it('keeps corporate, apostrophe and very long author lists intact', () => {
    const glm = byKey.get('vteam2025glm45vglm41vthinkingversatilemultimodal');
    expect(glm?.authors?.[0]).toBe('V Team');
    expect(glm?.authors).toHaveLength(88);
    expect(byKey.get('coreteam2025mimovltechnicalreport')?.authors).toEqual([
      'LLM-Core-Team Xiaomi',
    ]);
    expect(byKey.get('wang2025discretevisualtokensautoregression')?.authors).toContain("Li'an Bi");
  });

  it('reads venues from booktitle and never from arXiv preprint journals', () => {
    expect(byKey.get('lifightladder')?.venue).toBe(
      'Forty-first International Conference on Machine Learning',
    );
    expect(byKey.get('phygdpo')?.venue).toBe('ECCV');
    expect(result.records.filter((record) => /arxiv/i.test(record.venue ?? ''))).toEqual([]);
  });
});

describeWithSharedData(
  'when reading the extra README citations (readme-citations-extra.bib)',
  () => {
    const result = parseShared('readme-citations-extra.bib');
    const byKey = new Map(result.records.map((record) => [record.citationKey, record]));

    it('reads all 43 entries and skips none', () => {
      expect(result.records).toHaveLength(43);
      expect(result.skipped).toEqual([]);
    });

    it('reads the key with an invisible U+FE0F and drops the emoji from its title', () => {
      expect(byKey.get('deitke2022')?.title).toBe(
        'ProcTHOR: Large-Scale Embodied AI Using Procedural Generation',
      );
      expect(countCodes(result.warnings)).toEqual({
        'invisible-character-in-key': 1,
        'comma-separated-authors': 2,
      });
    });

    it('decodes accented names and reads a DOI and a publisher-held arXiv id', () => {
      expect(byKey.get('huang2022cleanrl')?.authors).toContain('João G.M. Araújo');
      expect(byKey.get('mittal2023orbit')?.doi).toBe('10.1109/lra.2023.3270034');
      expect(byKey.get('Emu2')?.arxivId).toBe('2312.13286');
    });
  },
);
