import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { CitationsSummary } from '../../../ingest/pipeline/ingest-citations';
import { ingestCitations } from '../../../ingest/pipeline/ingest-citations';
import type { ParseResult } from '../../../ingest/types';
import { parseUnarxive } from '../../../ingest/unarxive/parse-unarxive';
import type { CitationRecord } from '../../../src/model/citation-network/citation';
import { createTestGraph } from '../../support/graph';
import { describeWithFiles, unarxiveSample } from '../../support/shared-citation-data';

describeWithFiles('importing the real unarXive sample', [unarxiveSample], () => {
  const { db } = createTestGraph();
  let text: string;
  let parsed: ParseResult<CitationRecord>;
  let summary: CitationsSummary;

  beforeAll(() => {
    text = readFileSync(unarxiveSample, 'utf8');
    parsed = parseUnarxive(text, basename(unarxiveSample));
    summary = ingestCitations(db, parsed.records, {
      format: 'unarxive',
      sources: [unarxiveSample],
    });
  });

  it('accounts for every bib entry of every paper: 1 786 records, none skipped', () => {
    // Counted independently of the parser: the bib_entries of each line as plain JSON.
    const entries = text
      .split('\n')
      .filter((line) => line.trim())
      .reduce(
        (sum, line) =>
          sum + Object.keys((JSON.parse(line) as { bib_entries: object }).bib_entries).length,
        0,
      );
    expect(entries).toBe(1786);
    expect(parsed.records.length + parsed.skipped.length).toBe(entries);
    expect(parsed.skipped).toEqual([]);
  });

  it('identifies 261 cited works by arXiv id, 368 by DOI, 111 by OpenAlex id and 1 046 by their string', () => {
    expect(summary.citedIds).toEqual({ arxiv: 261, doi: 368, openalex: 111, raw: 1046 });
  });

  it('stores 1 783 edges from the 44 papers that have a bibliography (3 entries repeat a work their paper already cites)', () => {
    expect(summary.edges).toEqual({ added: 1783, existing: 3 });
    const citing = db.prepare('SELECT count(DISTINCT citing_work_id) FROM citations').pluck().get();
    expect(citing).toBe(44);
  });

  it('keeps the works external, since none of them is a paper of an empty graph', () => {
    expect(summary.cited.external).toBe(1786);
    expect(db.prepare('SELECT count(*) FROM papers').pluck().get()).toBe(0);
  });

  it('keeps the sentence around the marker for most references', () => {
    const withContext = parsed.records.filter((r) => (r.contexts?.length ?? 0) > 0).length;
    expect(withContext).toBe(1717);
  });

  it('changes nothing when imported again', () => {
    const again = ingestCitations(db, parsed.records, {
      format: 'unarxive',
      sources: [unarxiveSample],
    });
    expect(again.edges.added).toBe(0);
    expect(again.worksCreated).toBe(0);
  });
});
