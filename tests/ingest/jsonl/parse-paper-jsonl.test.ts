import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePaperJsonl } from '../../../ingest/jsonl/parse-paper-jsonl';
import { NotThisFormatError } from '../../../ingest/types';

function parseFixture(name: string) {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return parsePaperJsonl(text, name);
}

describe('parsePaperJsonl', () => {
  it('reads one record per line with its line number and keeps LaTeX in the abstract', () => {
    const result = parseFixture('papers with a bad line in the middle.jsonl');
    expect(result.records[0]).toEqual({
      format: 'jsonl',
      source: { file: 'papers with a bad line in the middle.jsonl', line: 1 },
      arxivId: '2503.07365',
      title: 'MM-Eureka',
      authors: ['Fanqing Meng'],
      abstract: 'An abstract with $\\pi_0$ and 10\\%.',
      published: '2025-03-10',
      year: 2025,
      month: 3,
    });
    expect(result.records.map((record) => record.source.line)).toEqual([1, 6]);
  });

  it('skips invalid JSON and schema mismatches with their line numbers, ignoring blank lines', () => {
    const { skipped, warnings } = parseFixture('papers with a bad line in the middle.jsonl');
    expect(skipped).toEqual([
      expect.objectContaining({ where: expect.stringMatching(/:2$/), code: 'invalid-json' }),
      expect.objectContaining({ where: expect.stringMatching(/:4$/), code: 'schema-mismatch' }),
    ]);
    expect(skipped[1]?.reason).toContain('authors');
    expect(warnings).toEqual([]);
  });

  it('keeps a record with an invalid arXiv id without the id, and warns', () => {
    const result = parseFixture('paper with an invalid arxiv id.jsonl');
    expect(result.records[0]?.arxivId).toBeUndefined();
    expect(result.records[0]?.title).toBe(
      'Boosting Text-to-Video Generative Model with MLLMs Feedback',
    );
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'invalid-arxiv-id',
        reason: expect.stringContaining('month 16'),
      }),
    ]);
  });

  it('collapses odd whitespace in titles', () => {
    const [record] = parseFixture('paper with odd whitespace in its title.jsonl').records;
    expect(record?.title).toBe('MM-Eureka: Exploring the Frontiers of Multimodal Reasoning');
  });

  it('leaves out fields that are null', () => {
    const [record] = parseFixture('paper with null authors abstract and date.jsonl').records;
    expect(record).toEqual({
      format: 'jsonl',
      source: { file: 'paper with null authors abstract and date.jsonl', line: 1 },
      arxivId: '2503.07365',
      title: 'MM-Eureka',
    });
  });

  it('warns when the published date does not fit the arXiv id', () => {
    const { warnings } = parseFixture('paper published long before its id.jsonl');
    expect(warnings.map((warning) => warning.code)).toEqual(['date-id-mismatch']);
  });

  it('strips the version from a versioned arXiv id', () => {
    expect(parseFixture('paper with a versioned arxiv id.jsonl').records[0]?.arxivId).toBe(
      '2503.07365',
    );
  });

  it('throws NotThisFormatError for BibTeX and for a pretty-printed JSON array', () => {
    expect(() => parseFixture('not json lines at all.bib')).toThrow(NotThisFormatError);
    expect(() => parseFixture('a json array instead of lines.json')).toThrow(NotThisFormatError);
  });
});
