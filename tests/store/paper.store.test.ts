import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPaperByArxivId, narrowPaperIdsByFilter } from '../../src/store/paper.store';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const V1 = 'list version one.md';

describe('narrowPaperIdsByFilter', () => {
  const { db } = createTestGraph();
  ingestMarkdown(db, readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8'), V1);
  const id = (arxivId: string) => findPaperByArxivId(db, arxivId)!.id;
  const ranked = [id('2505.05470'), id('2503.07365'), id('2506.04559'), id('2505.05470')];

  it('keeps the given order and drops repeats when the filter narrows nothing', () => {
    expect(narrowPaperIdsByFilter(db, ranked, {})).toEqual(ranked.slice(0, 3));
  });

  it('keeps only the ids the filter matches, in the given order', () => {
    expect(narrowPaperIdsByFilter(db, ranked, { pillars: ['mllm'] })).toEqual([
      id('2503.07365'),
      id('2506.04559'),
    ]);
  });
});
