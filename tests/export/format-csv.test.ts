import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvColumns, formatCsv } from '../../src/export/format-csv';
import { generatePapers } from './generated-papers';
import {
  arxivOnlyPaperWithAccentedAuthors,
  neuripsPaperWithArxivVersion,
  samplePapers,
  secondOfTwoPapersCollidingOnKey,
  titleWithLatexSpecials,
} from './paper-fixtures';

/**
 * The tests read CSV back with csv-parse, an independent and maintained RFC 4180 reader, in its
 * strict defaults: a stray quote or a row with the wrong number of fields is an error.
 */
function readCsv(text: string): string[][] {
  return parse(text, { record_delimiter: '\r\n' }) as string[][];
}

describe('formatCsv', () => {
  const text = formatCsv(samplePapers);

  it('ends every record in CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(samplePapers.length + 2);
  });

  it('quotes a field with a comma or a quote and doubles the quotes inside', () => {
    const quoted = {
      ...titleWithLatexSpecials,
      paper: { ...titleWithLatexSpecials.paper, title: 'A "quoted", title' },
    };
    expect(formatCsv([quoted])).toContain(',"A ""quoted"", title",');
    expect(formatCsv([neuripsPaperWithArxivVersion])).toContain(',Qi Wang; Junming Yang;');
  });

  it('reads back with a header row and one row per paper', () => {
    const [header, ...rows] = readCsv(text);
    expect(header).toEqual([...csvColumns]);
    expect(rows).toHaveLength(samplePapers.length);
    rows.forEach((row, index) => expect(row[3]).toBe(samplePapers[index]!.paper.title));
  });

  it('joins multi-valued columns with "; " and section paths with " > "', () => {
    const rows = readCsv(
      formatCsv([arxivOnlyPaperWithAccentedAuthors, secondOfTwoPapersCollidingOnKey]),
    );
    const record = (row: string[]) =>
      Object.fromEntries(csvColumns.map((column, index) => [column, row[index]]));
    expect(record(rows[1]!)).toEqual({
      key: 'meng2025mmeureka',
      arxivId: '2503.07365',
      doi: '10.48550/arXiv.2503.07365',
      title: arxivOnlyPaperWithAccentedAuthors.paper.title,
      authors:
        'Fanqing Meng; Ivan Vulić; Philipp Krähenbühl; Roberto Martín-Martín; Maarten de Rijke',
      year: '2025',
      month: '3',
      venue: '',
      kind: 'preprint',
      pillars: 'Multi-Modal Large Language Models',
      sections:
        'Multi-Modal Large Language Models with RL > Conventional RL-based Frameworks for MLLM',
      arxivUrl: 'https://arxiv.org/abs/2503.07365',
      codeUrl: 'https://github.com/ModalMinds/MM-EUREKA',
      projectUrl: '',
    });
    expect(record(rows[2]!).sections).toBe(
      'Visual Generation with RL > Image Generation; Vision Language Action Models with RL > Visual Manipulation',
    );
  });

  it('reads back 250 generated papers', () => {
    const papers = generatePapers(250);
    const rows = readCsv(formatCsv(papers)).slice(1);
    expect(rows.map((row) => row[3])).toEqual(papers.map(({ paper }) => paper.title));
  });
});
