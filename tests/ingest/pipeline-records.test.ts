import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../ingest/bibtex/parse-bibtex';
import { parsePaperJsonl } from '../../ingest/jsonl/parse-paper-jsonl';
import { ingestPaperRecords } from '../../ingest/pipeline/ingest-records';
import { listAuthorNamesOfPaper } from '../../src/store/author.store';
import { countPapers, findPaperByArxivId } from '../../src/store/paper.store';
import {
  listConflictsByPaperIds,
  listProvenanceByPaperIds,
} from '../../src/store/provenance.store';
import { createTestGraph, ingestMarkdown } from '../support/graph';
import { describeWithSharedData, sharedAwesomeListFiles, sharedFile } from '../support/shared-data';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const V1 = 'list version one.md';
const JSONL = 'metadata for two listed papers.jsonl';
const BIB = 'bibtex that disagrees with the list.bib';

function graphWithList() {
  const graph = createTestGraph();
  ingestMarkdown(graph.db, fixture(V1), V1);
  return graph;
}

const ingest = (
  db: Parameters<typeof ingestPaperRecords>[0],
  name: string,
  createMissing = true,
) => {
  const parsed = name.endsWith('.bib')
    ? parseBibtex(fixture(name), name)
    : parsePaperJsonl(fixture(name), name);
  return ingestPaperRecords(db, parsed.records, { format: 'test', sources: [name], createMissing });
};

describe('ingestPaperRecords', () => {
  it('fills authors, abstract and date of listed papers matched by arXiv id, with provenance', () => {
    const { db } = graphWithList();
    const summary = ingest(db, JSONL);
    expect(summary.matched).toMatchObject({ arxiv: 2, created: 0 });
    expect(summary.enriched).toBe(2);
    const eureka = findPaperByArxivId(db, '2503.07365')!;
    expect(listAuthorNamesOfPaper(db, eureka.id)).toEqual([
      'Fanqing Meng',
      'Lingxiao Du',
      'Wenqi Shao',
    ]);
    expect(eureka.abstract).toMatch(/rule-based RL/);
    expect(eureka.published).toBe('2025-03-10');
    expect(listProvenanceByPaperIds(db, [eureka.id])[0]).toContainEqual(
      expect.objectContaining({ fact: 'authors', sourceFile: JSONL, sourceLine: 1 }),
    );
  });

  it('keeps disagreeing values as conflicts instead of overwriting them', () => {
    const { db } = graphWithList();
    ingest(db, JSONL);
    const summary = ingest(db, BIB);
    const flow = findPaperByArxivId(db, '2505.05470')!;
    expect(flow.year).toBe(2025);
    const conflicts = listConflictsByPaperIds(db, [flow.id])[0]!;
    expect(conflicts).toContainEqual(
      expect.objectContaining({
        field: 'year',
        keptValue: '2025',
        otherValue: '2026',
        otherSource: `${BIB}:2`,
      }),
    );
    expect(summary.conflicts.map((c) => c.field)).toContain('year');
  });

  it('extends an author list that the other source cut short, and keeps a longer one against "and others"', () => {
    const { db } = graphWithList();
    ingest(db, JSONL);
    ingest(db, BIB);
    expect(listAuthorNamesOfPaper(db, findPaperByArxivId(db, '2505.05470')!.id)).toEqual([
      'Jie Liu',
      'Gongye Liu',
      'Jiajun Liang',
    ]);
    expect(listAuthorNamesOfPaper(db, findPaperByArxivId(db, '2503.07365')!.id)).toHaveLength(3);
  });

  it('fills a venue the list did not know', () => {
    const { db } = graphWithList();
    ingest(db, BIB);
    expect(findPaperByArxivId(db, '2505.05470')!.venue).toMatch(
      /Neural Information Processing Systems/,
    );
  });

  it('adds papers the graph lacks as unlisted papers, or only reports them with createMissing off', () => {
    const created = graphWithList();
    expect(ingest(created.db, BIB).matched.created).toBe(1);
    expect(countPapers(created.db, { listed: false })).toBe(1);
    const enrichOnly = graphWithList();
    const summary = ingest(enrichOnly.db, BIB, false);
    expect(summary.unmatched.map((f) => f.where)).toEqual([`${BIB}:16`]);
    expect(countPapers(enrichOnly.db)).toBe(4);
  });

  it('changes nothing when the same records are ingested again', () => {
    const { db } = graphWithList();
    ingest(db, JSONL);
    const again = ingest(db, JSONL);
    expect(again).toMatchObject({ enriched: 0, unchanged: 2, changed: false });
  });
});

describeWithSharedData('ingesting the real list, metadata and BibTeX into one database', () => {
  const { db } = createTestGraph();
  ingestMarkdown(
    db,
    readFileSync(sharedAwesomeListFiles().at(-1)!, 'utf8'),
    'README.md',
    'visual-rl',
  );
  const summaries = ['paper-metadata.jsonl', 'readme-citations.bib'].map((name) => {
    const text = readFileSync(sharedFile(name), 'utf8');
    const parsed = name.endsWith('.bib') ? parseBibtex(text, name) : parsePaperJsonl(text, name);
    return ingestPaperRecords(db, parsed.records, {
      format: 'test',
      sources: [name],
      createMissing: true,
    });
  });
  const listedWith = (condition: string) =>
    db
      .prepare(
        `SELECT count(*) FROM papers p WHERE EXISTS (SELECT 1 FROM paper_sections s WHERE s.paper_id = p.id) AND ${condition}`,
      )
      .pluck()
      .get() as number;

  it('gives authors to most listed papers and abstracts where the metadata has them', () => {
    expect(
      listedWith('EXISTS (SELECT 1 FROM paper_authors a WHERE a.paper_id = p.id)'),
    ).toBeGreaterThanOrEqual(200);
    expect(listedWith('p.abstract IS NOT NULL')).toBeGreaterThanOrEqual(200);
  });

  it('matches the metadata record of the paper whose list link has no valid arXiv id by its title', () => {
    const boosting = db
      .prepare(`SELECT id FROM papers WHERE title LIKE 'Boosting text-to-video%'`)
      .pluck()
      .get() as number;
    expect(listAuthorNamesOfPaper(db, boosting)[0]).toBe('Xun Wu');
  });

  it('names every conflicting record with its source line', () => {
    const conflicts = summaries.flatMap((s) => s.conflicts);
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts)
      expect(c.where).toMatch(/^(paper-metadata\.jsonl|readme-citations\.bib):\d+$/);
  });
});
