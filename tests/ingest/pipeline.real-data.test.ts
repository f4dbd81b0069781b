import { beforeAll, expect, it } from 'vitest';
import { parseAwesomeList } from '../../ingest/awesome-list/parse-awesome-list';
import type { IngestSummary } from '../../ingest/pipeline/ingest-list';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { listChangesOfRun } from '../../src/store/run.store';
import { createTestGraph, ingestMarkdownFile } from '../support/graph';
import { describeWithSharedData, sharedAwesomeListFiles } from '../support/shared-data';

describeWithSharedData('ingesting the three real versions of the Visual-RL list in order', () => {
  const graph = createTestGraph();
  const { db } = graph;
  let summaries: IngestSummary[];
  let newest: ReturnType<typeof parseAwesomeList>;

  beforeAll(() => {
    const files = sharedAwesomeListFiles();
    summaries = files.map((file) => ingestMarkdownFile(db, file));
    const last = files.at(-1)!;
    newest = parseAwesomeList(readFileSync(last, 'utf8'), basename(last));
  });

  it('makes every entry of the newest list a listed paper', () => {
    const listedLines = new Set(
      db
        .prepare(`SELECT source_line FROM provenance WHERE fact = 'listed_in' AND source_file = ?`)
        .pluck()
        .all(newest.records[0]!.source.file),
    );
    const missing = newest.records
      .filter((e) => !listedLines.has(e.source.line))
      .map((e) => `${e.source.line} ${e.title}`);
    expect(missing).toEqual([]);
  });

  it('stores each arXiv id of the newest list exactly once', () => {
    const ids = new Set(newest.records.flatMap((e) => (e.arxivId ? [e.arxivId] : [])));
    const stored = db
      .prepare('SELECT arxiv_id FROM papers WHERE arxiv_id IS NOT NULL')
      .pluck()
      .all() as string[];
    expect(new Set(stored).size).toBe(stored.length);
    for (const id of ids) expect(stored).toContain(id);
  });

  it('lists as many papers as the newest list has distinct works', () => {
    expect(summaries.at(-1)!.papers.total).toBe(224);
    expect(db.prepare('SELECT count(DISTINCT paper_id) FROM paper_sections').pluck().get()).toBe(
      224,
    );
  });

  it('reports the invalid id and the conflicting id in each version', () => {
    for (const summary of summaries) {
      const codes = summary.warnings.map((w) => w.code);
      expect(codes).toContain('invalid-arxiv-id');
      expect(codes).toContain('conflicting-id');
    }
    expect(summaries.at(-1)!.warnings.find((w) => w.code === 'invalid-arxiv-id')!.reason).toMatch(
      /7916\.37423/,
    );
    expect(summaries.at(-1)!.conflicts.map((c) => c.arxivId)).toEqual(['2305.15260']);
  });

  it('records the papers each newer version added', () => {
    const [, second, third] = summaries;
    expect(second!.papers.added).toBeGreaterThan(0);
    expect(third!.papers.added).toBeGreaterThan(0);
    const added = listChangesOfRun(db, third!.runId).filter((c) => c.change === 'added').length;
    expect(added).toBe(third!.papers.added);
  });

  it('changes nothing when the newest version is ingested again', () => {
    const again = ingestMarkdownFile(db, sharedAwesomeListFiles().at(-1)!);
    expect(again.papers).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(again.changed).toBe(false);
  });

  it('places the top-level sections under the four pillars and the other groups', () => {
    const rows = db
      .prepare(
        `SELECT s.name, e.slug FROM sections s JOIN entities e ON e.id = s.pillar_id WHERE s.parent_id IS NULL AND s.listed = 1`,
      )
      .all() as { name: string; slug: string }[];
    const pillarOf = Object.fromEntries(rows.map((r) => [r.name, r.slug]));
    expect(pillarOf).toMatchObject({
      'Multi-Modal Large Language Models with RL': 'mllm',
      'Visual Generation with RL': 'visual-generation',
      'RL for Unified Model': 'unified-models',
      'Vision Language Action Models with RL': 'vla',
      'Benchmarks environments and datasets with Visual RL': 'benchmarks',
      Others: 'others',
    });
  });
});
