import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parsePaperJsonl } from '../../../ingest/jsonl/parse-paper-jsonl';
import { describeWithSharedData, sharedFile } from '../../support/shared-data';

describeWithSharedData('when reading the real paper metadata (paper-metadata.jsonl)', () => {
  const text = readFileSync(sharedFile('paper-metadata.jsonl'), 'utf8');
  const result = parsePaperJsonl(text, 'paper-metadata.jsonl');

  it('reads all 213 records and skips none', () => {
    expect(result.records).toHaveLength(213);
    expect(result.skipped).toEqual([]);
  });

  it('matches the coverage its README states', () => {
    expect(result.records.filter((record) => record.abstract)).toHaveLength(205);
    expect(result.records.filter((record) => record.authors)).toHaveLength(207);
    expect(result.records.filter((record) => record.published)).toHaveLength(178);
  });

  it('reads the MM-Eureka authors in order', () => {
    const record = result.records.find((candidate) => candidate.arxivId === '2503.07365');
    expect(record?.authors?.slice(0, 2)).toEqual(['Fanqing Meng', 'Lingxiao Du']);
  });

  it('drops the invalid id 7916.37423 with a warning and keeps the paper', () => {
    const record = result.records.find((candidate) =>
      candidate.title?.startsWith('Boosting Text-to-Video'),
    );
    expect(record).toBeDefined();
    expect(record?.arxivId).toBeUndefined();
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'invalid-arxiv-id',
        reason: expect.stringContaining('7916.37423'),
      }),
    ]);
  });

  it('keeps LaTeX in titles and abstracts as written', () => {
    const record = result.records.find((candidate) => candidate.arxivId === '2510.25889');
    expect(record?.title).toBe(
      '$π_\\texttt{RL}$: Online RL Fine-tuning for Flow-based Vision-Language-Action Models',
    );
  });
});
