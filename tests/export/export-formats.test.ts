import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import {
  exportFormatNames,
  exportFormats,
  findExportFormat,
} from '../../src/export/export-formats';
import { generatePapers } from './generated-papers';
import { arxivOnlyPaperWithAccentedAuthors, samplePapers } from './paper-fixtures';

describe('exportFormats', () => {
  it('names bibtex, biblatex, csl-json, ris, csv, json and markdown', () => {
    expect(exportFormatNames).toEqual([
      'bibtex',
      'biblatex',
      'csl-json',
      'ris',
      'csv',
      'json',
      'markdown',
    ]);
    for (const name of exportFormatNames) expect(exportFormats[name].name).toBe(name);
  });

  it('gives each format an extension and a content type', () => {
    expect(exportFormats.bibtex).toMatchObject({
      extension: 'bib',
      contentType: 'application/x-bibtex; charset=utf-8',
    });
    expect(exportFormats.ris.extension).toBe('ris');
    expect(exportFormats.csv.contentType).toMatch(/^text\/csv/);
    expect(exportFormats['csl-json'].contentType).toMatch(
      /^application\/vnd\.citationstyles\.csl\+json/,
    );
  });

  it('finds a format by name and nothing for an unknown or inherited name', () => {
    expect(findExportFormat('ris')?.name).toBe('ris');
    expect(findExportFormat('docx')).toBeUndefined();
    expect(findExportFormat('toString')).toBeUndefined();
  });

  it('fixes the BibTeX dialect by format name', () => {
    const papers = [arxivOnlyPaperWithAccentedAuthors];
    expect(exportFormats.bibtex.format(papers)).toContain('@misc{meng2025mmeureka,');
    expect(exportFormats.biblatex.format(papers)).toContain('@online{meng2025mmeureka,');
  });

  it('uses the keys it is given in every format that writes keys', () => {
    const keys = new Map([[arxivOnlyPaperWithAccentedAuthors.paper.id, 'meng2025eureka']]);
    for (const name of ['bibtex', 'biblatex', 'csl-json', 'ris', 'csv', 'json'] as const) {
      const text = exportFormats[name].format(samplePapers, { keys });
      expect(text, name).toContain('meng2025eureka');
      expect(text, name).not.toContain('meng2025mmeureka');
    }
  });

  it('writes every format for 250 generated papers, deterministically', () => {
    const papers = generatePapers(250);
    for (const name of exportFormatNames) {
      const text = exportFormats[name].format(papers, { groupBy: 'section' });
      expect(text.length, name).toBeGreaterThan(0);
      expect(exportFormats[name].format(generatePapers(250), { groupBy: 'section' }), name).toBe(
        text,
      );
    }
    expect(JSON.parse(exportFormats.json.format(papers))).toHaveLength(250);
    expect(parse(exportFormats.biblatex.format(papers), { sentenceCase: false }).errors).toEqual(
      [],
    );
  });
});
